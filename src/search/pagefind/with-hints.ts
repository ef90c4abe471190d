/**
 * The copy of a page Pagefind indexes: the page as published, plus its search
 * hints as weighted text (HINT_WEIGHT) where they belong: other names and
 * whole-page questions at the top, a question a section answers right after
 * that section's heading, so a match opens the page there. A glossary term's
 * definition counts for less (TERM_DEFINITION_WEIGHT), and its other names
 * ride along as metadata, for the answer card. The published page never
 * carries any of it.
 *
 * The additions go into the source text at the places the post-build parse
 * found (each element's startIndex and endIndex), so the page is neither
 * parsed again nor searched with patterns.
 */
import type { CheerioAPI } from 'cheerio';
import type { Element } from 'domhandler';
import { escapeHtml } from '../core/html.ts';
import { HINT_WEIGHT, TERM_DEFINITION_WEIGHT, type PageHints } from '../hints.ts';

const weighted = (text: string, weight: number) => `<p data-pagefind-weight="${weight}">${escapeHtml(text)}</p>`;

/** Where `element` starts, ends, and its start tag ends, in the source `html`. */
function place(element: Element, html: string): { start: number; end: number; afterStartTag: number } {
  const { startIndex: start, endIndex: last } = element;
  if (start === null || last === null) throw new Error(`Search hints: <${element.name}> has no source position; parse pages with parseHtml (src/integrations/built-site.ts).`);
  const end = last + 1;
  // The start tag ends where the first child begins, or, with no children, where the end tag begins.
  const afterStartTag = element.children[0]?.startIndex ?? end - `</${element.name}>`.length;
  if (afterStartTag === null || html.slice(end - element.name.length - 3, end) !== `</${element.name}>`) {
    throw new Error(`Search hints: <${element.name}> at ${start} has no end tag where the parse placed it.`);
  }
  return { start, end, afterStartTag };
}

/** `html` with `$` (its parse) and the page's hints woven in. */
export function withHints(html: string, $: CheerioAPI, hints: PageHints | undefined): string {
  const term = $('[data-glossary-entry]').get(0);
  if (!term && (!hints || (hints.aliases.length === 0 && hints.questions.length === 0))) return html;
  const body = $('[data-pagefind-body]').get(0);
  if (!body) return html;
  const insertions: { at: number; text: string }[] = [];
  const top: string[] = [];
  if (hints && hints.aliases.length > 0) top.push(weighted(`${hints.aliases.join('. ')}.`, HINT_WEIGHT.alias));
  for (const { text, section } of hints?.questions ?? []) {
    const heading = section ? $(`:is(h2, h3, h4, h5, h6)[id="${section}"]`).get(0) : undefined;
    if (heading) insertions.push({ at: place(heading, html).end, text: weighted(text, HINT_WEIGHT.question) });
    else top.push(weighted(text, HINT_WEIGHT.question));
  }
  insertions.push({ at: place(body, html).afterStartTag, text: top.join('') });
  if (term) {
    // A term page should win when the query names the term (its title and other names), not because its short definition mentions a word.
    const definition = $('[data-pagefind-meta="description"]').get(0);
    if (definition) insertions.push({ at: place(definition, html).afterStartTag - 1, text: ` data-pagefind-weight="${TERM_DEFINITION_WEIGHT}"` });
    const aliases = `<meta data-pagefind-meta="aliases[content]" content="${escapeHtml(JSON.stringify(hints?.aliases ?? []))}">`;
    const entry = place(term, html);
    insertions.push({ at: entry.end - `</${term.name}>`.length, text: aliases });
  }
  // From the end backwards, so each place found in the source still holds.
  let out = html;
  for (const { at, text } of insertions.sort((a, b) => b.at - a.at)) out = `${out.slice(0, at)}${text}${out.slice(at)}`;
  return out;
}
