/**
 * The glossary preview popover itself (see glossary-preview.ts): built the
 * first time a reader opens a preview, so pages carry none of it until then.
 */
import { loadPreviews } from './preview-data.ts';

let popover: HTMLElement | undefined;
let opener: HTMLAnchorElement | undefined;

function build(): HTMLElement {
  const box = document.createElement('div');
  box.className = 'glossary-preview';
  box.setAttribute('popover', 'auto');
  box.setAttribute('role', 'dialog');
  box.setAttribute('aria-labelledby', 'glossary-preview-term');
  box.tabIndex = -1;
  const term = Object.assign(document.createElement('p'), { id: 'glossary-preview-term', className: 'glossary-preview-term' });
  const definition = Object.assign(document.createElement('p'), { className: 'glossary-preview-definition' });
  const more = Object.assign(document.createElement('a'), { className: 'glossary-preview-more' });
  const close = Object.assign(document.createElement('button'), { type: 'button', className: 'glossary-preview-close', textContent: 'Close' });
  close.addEventListener('click', () => box.hidePopover());
  box.append(term, definition, more, close);
  box.addEventListener('toggle', (event) => {
    if ((event as ToggleEvent).newState === 'closed') opener?.focus();
  });
  document.body.append(box);
  return box;
}

/** Puts the popover under the link (or above it, near the bottom of the screen), inside the viewport. */
function place(box: HTMLElement, link: HTMLElement): void {
  const rect = link.getBoundingClientRect();
  const width = Math.min(22 * 16, window.innerWidth - 16);
  box.style.width = `${width}px`;
  box.style.left = `${Math.max(8, Math.min(rect.left, window.innerWidth - width - 8))}px`;
  const below = rect.bottom + 8;
  const height = box.offsetHeight;
  box.style.top = `${below + height > window.innerHeight - 8 && rect.top - 8 - height > 8 ? rect.top - 8 - height : below}px`;
}

export async function show(link: HTMLAnchorElement, id: string, scriptUrl: string): Promise<void> {
  popover ??= build();
  opener = link;
  const [term, definition, more] = [...popover.children] as [HTMLElement, HTMLElement, HTMLAnchorElement];
  term.textContent = link.textContent?.trim() ?? '';
  definition.textContent = 'Loading the definition…';
  // The link's own attribute, not the resolved URL: it stays relative in the offline edition.
  more.setAttribute('href', link.getAttribute('href') ?? '');
  more.textContent = 'Read the full entry';
  if (!popover.matches(':popover-open')) popover.showPopover();
  place(popover, link);
  popover.focus();
  try {
    const entry = (await loadPreviews(scriptUrl))[id];
    if (opener !== link) return;
    if (entry) {
      term.textContent = entry[0];
      definition.textContent = entry[1];
      more.textContent = `Read the full entry: ${entry[0]}`;
    } else definition.textContent = 'This term has no preview; its full entry has the definition.';
  } catch {
    definition.textContent = 'The definition could not be loaded; its full entry has it.';
  }
  place(popover, link);
}

