/**
 * Search for the offline edition, bundled into one classic script
 * (offline/search.js) because browsers refuse module scripts from disk. It
 * wires the same header button, shortcuts, dialog and /search/ page as the
 * online site, fed by backend.ts instead of Pagefind. Part of the offline edition's one script (src/offline/site.ts).
 */
import { openSearch } from '../ui/search-dialog.ts';
import { mountSearchPage } from '../ui/search-page.ts';
import { bindSearchShortcuts, searchPageInput } from '../ui/shortcuts.ts';
import { offlineBackend } from './backend.ts';

// The site root, from where this script lives: <root>/offline/search.js.
const scriptUrl = (document.currentScript as HTMLScriptElement | null)?.src ?? location.href;
const root = new URL('../', scriptUrl).href;
const backend = offlineBackend(root);
const indexUrl = new URL('a-z/index.html', root).href;

function start(): void {
  const page = document.querySelector<HTMLElement>('[data-search-page]');
  if (page) mountSearchPage(page, backend, indexUrl);
  const launchers = [...document.querySelectorAll<HTMLElement>('[data-search-launch]')];
  const launcher = launchers.find((candidate) => candidate.dataset.sections);
  if (!launcher) return;
  bindSearchShortcuts(launchers, () => {
    const pageInput = searchPageInput();
    if (pageInput) pageInput.focus();
    else openSearch({ backend, sections: JSON.parse(launcher.dataset.sections ?? '[]') as string[], indexUrl });
  });
}

if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', start);
else start();
