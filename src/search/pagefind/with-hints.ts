/**
 * The copy of a page Pagefind indexes: the page as published, plus its search
 * hints as weighted text (HINT_WEIGHT) where they belong: other names and
 * whole-page questions at the top, a question a section answers right after
 * that section's heading, so a match opens the page there. A glossary term's
 * definition counts for less (TERM_DEFINITION_WEIGHT), and its other names
 * ride along as metadata, for the answer card. The published
 * page never carries any of it.
 */
import { load } from 'cheerio';
import { HINT_WEIGHT, TERM_DEFINITION_WEIGHT, type PageHints } from '../hints.ts';

export function withHints(html: string, hints: PageHints | undefined): string {
  const term = html.includes('data-glossary-entry');
  if (!term && (!hints || (hints.aliases.length === 0 && hints.questions.length === 0))) return html;
  const $ = load(html, { xml: { xmlMode: false, decodeEntities: true } });
  const body = $('[data-pagefind-body]').first();
  if (body.length === 0) return html;
  const weighted = (text: string, weight: number) => $('<p>').attr('data-pagefind-weight', String(weight)).text(text);
  const top = [];
  if (hints && hints.aliases.length > 0) top.push(weighted(`${hints.aliases.join('. ')}.`, HINT_WEIGHT.alias));
  for (const { text, section } of hints?.questions ?? []) {
    const heading = section ? $(`[id="${section}"]`).first() : undefined;
    if (heading && heading.length > 0) {
      // Heading tools wrap h2/h3 in a div (src/markdown/heading-tools.ts); the question goes after the wrapper.
      const wrapper = heading.parent('.heading');
      (wrapper.length > 0 ? wrapper : heading).after(weighted(text, HINT_WEIGHT.question));
    } else top.push(weighted(text, HINT_WEIGHT.question));
  }
  body.prepend(...top);
  if (term) {
    // A term page should win when the query names the term (its title and other names), not because its short definition mentions a word.
    $('[data-pagefind-meta="description"]').attr('data-pagefind-weight', String(TERM_DEFINITION_WEIGHT));
    body.append($('<meta>').attr('data-pagefind-meta', 'aliases[content]').attr('content', JSON.stringify(hints?.aliases ?? [])));
  }
  return $.html();
}
