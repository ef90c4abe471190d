/**
 * Glossary previews. A click, a tap or Enter on a link to a glossary term
 * inside an article opens a small popover with the term's definition and a
 * link to its full entry, without leaving the page; Escape or a click outside
 * closes it (the Popover API's light dismiss) and focus goes back to the link.
 * Nothing happens on hover, so it never covers what the pointer is reading
 * (WCAG 1.4.13). Without JavaScript the link simply opens the term's page.
 */

/** The term id of a link to a term's page (`/glossary/cors/`, or `../glossary/cors/index.html` offline). */
export function termIdOf(href: string): string | undefined {
  return /(?:^|\/)glossary\/([a-z0-9][a-z0-9-]*)\/(?:index\.html)?(?:[?#].*)?$/.exec(href)?.[1];
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
    void import('./glossary-popover.ts').then(({ show }) => show(link, id, scriptUrl));
  });
}
