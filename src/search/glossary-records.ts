/**
 * Each glossary term has a page of its own; search gives it one result of
 * its own, with the term as the title and the definition as the text, so a
 * query for "CORS" finds the CORS entry itself. Read from the built term page
 * the reader sees (Pagefind's model: index what is published), for both
 * indexes.
 */
import type { CheerioAPI } from 'cheerio';
import { GLOSSARY_SECTION } from '../site.ts';

/** One glossary term as search records it. */
export interface GlossaryEntry {
  /** The term page's URL as the page gives it (under the base). */
  url: string;
  term: string;
  definition: string;
}

/**
 * The entry a built term page holds (`[data-glossary-entry]`), or undefined
 * on other pages. Throws, naming the entry, when it lacks its parts.
 */
export function glossaryEntry($: CheerioAPI, pagePath: string): GlossaryEntry | undefined {
  const entry = $('[data-glossary-entry]').first();
  if (entry.length === 0) return undefined;
  const url = entry.attr('data-glossary-url') ?? '';
  const term = entry.find('[data-glossary-term]').first().text().trim();
  const definition = entry.find('[data-glossary-definition]').first().text().replace(/\s+/g, ' ').trim();
  if (!url || !term || !definition) throw new Error(`${pagePath}: the glossary entry lacks a URL, a term or a definition`);
  return { url, term, definition };
}

export { GLOSSARY_SECTION };
