/**
 * The search panel's styles reach the page only when search is first used:
 * most readers never open it, so no page carries them in its first bytes.
 * A constructed stylesheet needs no <style> element, so the page's Content
 * Security Policy has nothing to allow for it.
 */
import css from './search.css?inline';

let adopted = false;

/** Adds the search styles to the document, once. */
export function adoptSearchStyles(): void {
  if (adopted) return;
  adopted = true;
  const sheet = new CSSStyleSheet();
  sheet.replaceSync(css);
  document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
}
