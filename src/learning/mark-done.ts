/**
 * The "Mark as done" toggle at the end of an article: a button whose name
 * stays the same and whose aria-pressed says whether the article is done.
 * The first time a reader marks something, the browser is asked to keep the
 * site's storage.
 */
import { askToPersist, loadProgress, saveProgress, watchProgress, withDone } from './progress.ts';

class MarkDone extends HTMLElement {
  connectedCallback(): void {
    const button = this.querySelector('button');
    const id = this.dataset.article;
    const status = this.querySelector<HTMLElement>('[data-done-status]');
    if (!button || !id) return;
    watchProgress((progress) => {
      const done = Boolean(progress.done[id]);
      button.setAttribute('aria-pressed', String(done));
      if (status) status.textContent = done ? 'Marked as done in this browser.' : '';
    });
    button.addEventListener('click', () => {
      const { progress } = loadProgress();
      const done = !progress.done[id];
      if (done && Object.keys(progress.done).length === 0) askToPersist();
      if (!saveProgress(withDone(progress, id, done)) && status) status.textContent = 'This browser does not let the page save progress.';
    });
  }
}

if (!customElements.get('bg-mark-done')) customElements.define('bg-mark-done', MarkDone);

export {};
