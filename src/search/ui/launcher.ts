/**
 * Opens search from the header button, Ctrl/Cmd+K or "/". Tiny on purpose:
 * the dialog and the index load only when a reader asks for them. Without
 * JavaScript the button is a plain link to /search/, which points to the A-Z
 * index.
 */
import { bindSearchShortcuts, searchPageInput } from './shortcuts.ts';

const loadDialog = () => Promise.all([import('./search-dialog.ts'), import('../pagefind/backend.ts')]);

/** The header's control carries the filter labels and the A-Z address; other buttons (the reading bar's) open the same dialog. */
async function open(config: HTMLElement): Promise<void> {
  const pageInput = searchPageInput();
  if (pageInput) return pageInput.focus();
  const [{ openSearch }, { pagefindBackend }] = await loadDialog();
  openSearch({
    backend: pagefindBackend(),
    sections: JSON.parse(config.dataset.sections ?? '[]') as string[],
    indexUrl: config.dataset.indexUrl ?? '/a-z/',
  });
}

const launchers = [...document.querySelectorAll<HTMLElement>('[data-search-launch]')];
const config = launchers.find((launcher) => launcher.dataset.sections);
if (config) {
  // A pointer or focus on a search control fetches the dialog's code, so it opens at once.
  for (const launcher of launchers) {
    for (const type of ['pointerenter', 'focus']) launcher.addEventListener(type, () => void loadDialog(), { once: true });
  }
  bindSearchShortcuts(launchers, () => void open(config));
}
