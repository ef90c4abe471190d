/**
 * "Export progress" and "Import progress" on the path page. Export downloads
 * the reader's progress as a JSON file; import reads one, checks it the same
 * way stored progress is checked, says what it holds, and replaces the
 * current progress only after the reader confirms.
 */
import { exportProgress, loadProgress, parseProgress, saveProgress, type Progress } from './progress.ts';

const plural = (count: number, word: string) => `${count} ${word}${count === 1 ? '' : 's'}`;
const describe = (progress: Progress) => `${plural(Object.keys(progress.done).length, 'article')} done and ${plural(Object.keys(progress.cards).length, 'review card')}`;

class ProgressControls extends HTMLElement {
  connectedCallback(): void {
    const exportButton = this.querySelector<HTMLButtonElement>('[data-export]');
    const input = this.querySelector<HTMLInputElement>('input[type="file"]');
    const confirmBox = this.querySelector<HTMLElement>('[data-confirm]');
    const confirmText = this.querySelector<HTMLElement>('[data-confirm-text]');
    const replace = this.querySelector<HTMLButtonElement>('[data-replace]');
    const cancel = this.querySelector<HTMLButtonElement>('[data-cancel]');
    const status = this.querySelector<HTMLElement>('[data-status]');
    if (!exportButton || !input || !confirmBox || !confirmText || !replace || !cancel || !status) return;
    let pending: Progress | undefined;
    const say = (message: string) => (status.textContent = message);

    exportButton.addEventListener('click', () => {
      const blob = new Blob([exportProgress(loadProgress().progress)], { type: 'application/json' });
      const link = Object.assign(document.createElement('a'), { href: URL.createObjectURL(blob), download: `backend-guide-progress-${new Date().toISOString().slice(0, 10)}.json` });
      document.body.append(link);
      link.click();
      link.remove();
      setTimeout(() => URL.revokeObjectURL(link.href), 1000);
      say(`Exported ${describe(loadProgress().progress)}.`);
    });

    input.addEventListener('change', async () => {
      const file = input.files?.[0];
      input.value = '';
      if (!file) return;
      let parsed: Progress | undefined;
      try {
        parsed = file.size <= 512 * 1024 ? parseProgress(JSON.parse(await file.text())) : undefined;
      } catch {
        parsed = undefined;
      }
      if (!parsed) {
        say(`${file.name} is not a Backend Guide progress file. Nothing was changed.`);
        return;
      }
      pending = parsed;
      confirmText.textContent = `${file.name} holds ${describe(parsed)}. Replace your current progress (${describe(loadProgress().progress)}) with it?`;
      confirmBox.hidden = false;
      replace.focus();
    });

    replace.addEventListener('click', () => {
      if (!pending) return;
      const saved = saveProgress(pending);
      say(saved ? `Imported ${describe(pending)}.` : 'This browser does not let the page save progress.');
      pending = undefined;
      confirmBox.hidden = true;
      input.focus();
    });
    cancel.addEventListener('click', () => {
      pending = undefined;
      confirmBox.hidden = true;
      say('Import cancelled. Nothing was changed.');
      input.focus();
    });
  }
}

if (!customElements.get('bg-progress-controls')) customElements.define('bg-progress-controls', ProgressControls);

export {};
