/**
 * Opens search from the header button, Ctrl/Cmd+K or "/". Tiny on purpose:
 * the dialog and the index load only when a reader asks for them. Without
 * JavaScript the button is a plain link to /search/, which points to the A-Z
 * index.
 */
import { bindSearchShortcuts, searchPageInput } from './shortcuts.ts';

const loadDialog = () => Promise.all([import('./search-dialog.ts'), import('../pagefind/backend.ts')]);

async function open(launcher: HTMLElement): Promise<void> {
  const pageInput = searchPageInput();
  if (pageInput) return pageInput.focus();
  const [{ openSearch }, { pagefindBackend }] = await loadDialog();
  openSearch({
    backend: pagefindBackend(),
    sections: JSON.parse(launcher.dataset.sections ?? '[]') as string[],
    indexUrl: launcher.dataset.indexUrl ?? '/a-z/',
  });
}

const launcher = document.querySelector<HTMLAnchorElement>('[data-search-launch]');
if (launcher) {
  // A pointer or focus on the button fetches the dialog's code, so it opens at once.
  for (const type of ['pointerenter', 'focus']) launcher.addEventListener(type, () => void loadDialog(), { once: true });
  bindSearchShortcuts(launcher, () => void open(launcher));
}
