/**
 * Glossary previews. A click, a tap or Enter on a link to a glossary term
 * inside an article opens a small popover with the term's definition and a
 * link to its full entry, without leaving the page; Escape or a click outside
 * closes it (the Popover API's light dismiss) and focus goes back to the link.
 * Nothing happens on hover, so it never covers what the pointer is reading
 * (WCAG 1.4.13). Without JavaScript the link simply opens the term's page.
 */
import { loadPreviews } from './preview-data.ts';

/** The term id of a link to a term's page (`/glossary/cors/`, or `../glossary/cors/index.html` offline). */
export function termIdOf(href: string): string | undefined {
  return /(?:^|\/)glossary\/([a-z0-9][a-z0-9-]*)\/(?:index\.html)?(?:[?#].*)?$/.exec(href)?.[1];
}

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

async function show(link: HTMLAnchorElement, id: string, scriptUrl: string): Promise<void> {
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

/** Starts answering clicks on glossary links inside `.prose`; `scriptUrl` is where glossary-previews.js lives. */
export function installGlossaryPreviews(scriptUrl: string): void {
  if (!HTMLElement.prototype.hasOwnProperty('popover')) return; // older browsers follow the link
  document.addEventListener('click', (event) => {
    if (event.defaultPrevented || event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
    const link = (event.target as Element | null)?.closest?.<HTMLAnchorElement>('.prose a[href]');
    const id = link && termIdOf(link.getAttribute('href') ?? '');
    if (!link || !id) return;
    event.preventDefault();
    void show(link, id, scriptUrl);
  });
}
