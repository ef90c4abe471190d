/**
 * The copy of a page Pagefind indexes: the page as published, plus its search
 * hints as weighted text (HINT_WEIGHT) where they belong: other names and
 * whole-page questions at the top, a question a section answers right after
 * that section's heading, so a match opens the page there. A glossary term's
 * definition counts for less (TERM_DEFINITION_WEIGHT), and its other names
 * ride along as metadata, for the answer card. The published page never
 * carries any of it.
 *
 * Plain string insertion into the built page, which the build writes in one
 * known shape: parsing each page again would cost the build seconds per
 * thousand pages.
 */
import { escapeHtml } from '../core/html.ts';
import { HINT_WEIGHT, TERM_DEFINITION_WEIGHT, type PageHints } from '../hints.ts';

const weighted = (text: string, weight: number) => `<p data-pagefind-weight="${weight}">${escapeHtml(text)}</p>`;

export function withHints(html: string, hints: PageHints | undefined): string {
  const term = html.includes('data-glossary-entry');
  if (!term && (!hints || (hints.aliases.length === 0 && hints.questions.length === 0))) return html;
  const body = /<[a-z]+\b[^>]*\bdata-pagefind-body\b[^>]*>/.exec(html);
  if (!body) return html;
  let out = html;
  const top: string[] = [];
  if (hints && hints.aliases.length > 0) top.push(weighted(`${hints.aliases.join('. ')}.`, HINT_WEIGHT.alias));
  for (const { text, section } of hints?.questions ?? []) {
    const heading = section ? new RegExp(`<h([2-6])\\b[^>]*\\bid="${section}"[^>]*>[\\s\\S]*?</h\\1>`).exec(out) : null;
    if (heading) {
      const end = heading.index + heading[0].length;
      out = `${out.slice(0, end)}${weighted(text, HINT_WEIGHT.question)}${out.slice(end)}`;
    } else top.push(weighted(text, HINT_WEIGHT.question));
  }
  const start = out.indexOf(body[0]) + body[0].length;
  out = `${out.slice(0, start)}${top.join('')}${out.slice(start)}`;
  if (term) {
    // A term page should win when the query names the term (its title and other names), not because its short definition mentions a word.
    out = out.replace('data-pagefind-meta="description"', `data-pagefind-meta="description" data-pagefind-weight="${TERM_DEFINITION_WEIGHT}"`);
    const aliases = `<meta data-pagefind-meta="aliases[content]" content="${escapeHtml(JSON.stringify(hints?.aliases ?? []))}">`;
    out = out.replace(/<\/article>(?![\s\S]*<\/article>)/, `${aliases}</article>`);
  }
  return out;
}
