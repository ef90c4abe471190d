/**
 * The /search/ page: mounts the search panel in place of the no-JavaScript
 * note, runs `?q=` (and `?section=`) on load, and keeps the address in step
 * with what the reader types, so a search can be shared. Used online and in
 * the offline edition, each with its own index.
 */
import { createSearchPanel } from './search-panel.ts';
import type { SearchBackend } from '../core/types.ts';

export function mountSearchPage(page: HTMLElement, backend: SearchBackend, indexUrl: string): void {
  const mount = page.querySelector('[data-search-mount]');
  if (!mount) return;
  const panel = createSearchPanel({
    backend,
    sections: JSON.parse(page.dataset.sections ?? '[]') as string[],
    indexUrl,
    onChange(query, section) {
      const params = new URLSearchParams();
      if (query) params.set('q', query);
      if (section) params.set('section', section);
      const search = params.size > 0 ? `?${params}` : '';
      if (search !== location.search) history.replaceState(null, '', `${location.pathname}${search}`);
    },
  });
  backend.prepare?.();
  page.querySelector('[data-no-script]')?.remove();
  mount.replaceWith(panel.element);
  const params = new URLSearchParams(location.search);
  panel.input.value = params.get('q') ?? '';
  if (panel.input.value) void panel.run(panel.input.value, params.get('section') ?? undefined);
  panel.input.focus();
}
