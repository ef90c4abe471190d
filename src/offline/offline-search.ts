/**
 * Search for the offline edition, bundled into one classic script
 * (offline/search.js) because browsers refuse module scripts from disk. It
 * wires the same header button, shortcuts, dialog and /search/ page as the
 * online site, fed by offline-backend.ts instead of Pagefind.
 */
import { openSearch } from '../components/search/search-dialog.ts';
import { createSearchPanel } from '../components/search/search-panel.ts';
import { offlineBackend } from './offline-backend.ts';

// The site root, from where this script lives: <root>/offline/search.js.
const scriptUrl = (document.currentScript as HTMLScriptElement | null)?.src ?? location.href;
const root = new URL('../', scriptUrl).href;
const backend = offlineBackend(root);

function typingInField(target: EventTarget | null): boolean {
  return target instanceof HTMLElement && (target.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName));
}

function start(): void {
  const launcher = document.querySelector<HTMLAnchorElement>('[data-search-launch]');
  const page = document.querySelector<HTMLElement>('[data-search-page]');
  const options = (element: HTMLElement) => ({
    backend,
    sections: JSON.parse(element.dataset.sections ?? '[]') as string[],
    indexUrl: new URL('a-z/index.html', root).href,
  });

  if (page) {
    const panel = createSearchPanel({
      ...options(page),
      onChange(query, section) {
        const params = new URLSearchParams();
        if (query) params.set('q', query);
        if (section) params.set('section', section);
        const search = params.size > 0 ? `?${params}` : '';
        if (search !== location.search) history.replaceState(null, '', `${location.pathname}${search}`);
      },
    });
    page.querySelector('[data-no-script]')?.remove();
    page.querySelector('[data-search-mount]')?.replaceWith(panel.element);
    const params = new URLSearchParams(location.search);
    panel.input.value = params.get('q') ?? '';
    if (panel.input.value) void panel.run(panel.input.value, params.get('section') ?? undefined);
    panel.input.focus();
  }

  if (!launcher) return;
  const open = () => {
    const pageInput = page?.querySelector<HTMLInputElement>('input[type="search"]');
    if (pageInput) pageInput.focus();
    else openSearch(options(launcher));
  };
  launcher.addEventListener('click', (event) => {
    if (event.metaKey || event.ctrlKey || event.shiftKey || event.button !== 0) return;
    event.preventDefault();
    open();
  });
  document.addEventListener('keydown', (event) => {
    const shortcut = (event.key === 'k' || event.key === 'K') && (event.ctrlKey || event.metaKey) && !event.altKey;
    const slash = event.key === '/' && !event.ctrlKey && !event.metaKey && !event.altKey && !typingInField(event.target);
    if (!shortcut && !slash) return;
    event.preventDefault();
    open();
  });
}

if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', start);
else start();
