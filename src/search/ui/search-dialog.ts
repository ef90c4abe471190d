/**
 * The search dialog: a native modal <dialog> (focus stays inside, the page
 * behind is inert, Escape closes it) holding the search panel. Loaded the
 * first time a reader opens search, so pages carry none of this until then.
 */
import { el } from './dom.ts';
import { createSearchPanel, type SearchPanel } from './search-panel.ts';
import type { SearchBackend } from '../core/types.ts';

export interface DialogOptions {
  backend: SearchBackend;
  sections: string[];
  indexUrl: string;
}

let dialog: HTMLDialogElement | undefined;
let panel: SearchPanel | undefined;
let opener: Element | null = null;

function build({ backend, sections, indexUrl }: DialogOptions): HTMLDialogElement {
  panel = createSearchPanel({ backend, sections, indexUrl });
  const title = el('h2', { id: 'search-dialog-title', className: 'search-dialog-title' }, 'Search the guide');
  const close = el('button', { type: 'button', className: 'search-close' }, 'Close');
  const box = el('dialog', { className: 'search-dialog' }, el('div', { className: 'search-dialog-head' }, title, close), panel.element);
  box.setAttribute('aria-labelledby', title.id);
  close.addEventListener('click', () => box.close());
  // A click on the backdrop (the dialog element itself, outside its content) closes it.
  box.addEventListener('click', (event) => {
    if (event.target === box) box.close();
  });
  // Escape closes at once, even when a search box would first use it to clear its text.
  box.addEventListener('keydown', (event) => {
    if (event.key === 'Escape') {
      event.preventDefault();
      box.close();
    }
  });
  box.addEventListener('close', () => {
    if (opener instanceof HTMLElement) opener.focus();
  });
  document.body.append(box);
  return box;
}

export function openSearch(options: DialogOptions): void {
  // The index starts loading as the dialog opens: by the first keystroke it is usually ready.
  options.backend.prepare?.();
  dialog ??= build(options);
  if (!dialog.open) {
    opener = document.activeElement;
    dialog.showModal();
  }
  panel?.input.focus();
  panel?.input.select();
}
