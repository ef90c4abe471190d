/**
 * Turns the built glossary page into one search record per term, so a query
 * for "CORS" finds the CORS entry itself rather than a page that mentions
 * every term. Parsed with cheerio from the HTML the reader sees.
 */
import { load } from 'cheerio';

/** One page-like record for Pagefind's `addHTMLFile`. */
export interface SearchRecord {
  url: string;
  content: string;
}

const escapeHtml = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** The filter value, chip label and result label of glossary entries. */
export const GLOSSARY_SECTION = 'Glossary';

/** One entry of the built glossary page. */
export interface GlossaryEntry {
  url: string;
  term: string;
  definition: string;
}

/**
 * The entries of the built glossary page (`[data-glossary-entry]`), as both
 * the online and the offline index read them. Throws, naming the entry, when
 * one lacks an id, a term or a definition.
 */
export function glossaryEntries(glossaryHtml: string, glossaryUrl: string): GlossaryEntry[] {
  const $ = load(glossaryHtml);
  return $('[data-glossary-entry]')
    .toArray()
    .map((element) => {
      const entry = $(element);
      const id = entry.attr('data-glossary-entry') ?? '';
      const term = entry.find('dt').text().trim();
      const definition = entry.find('dd > :not(.see)').text().replace(/\s+/g, ' ').trim();
      if (!id || !term || !definition) throw new Error(`${glossaryUrl}: a glossary entry lacks an id, a term or a definition (id "${id}")`);
      return { url: `${glossaryUrl}#${id}`, term, definition };
    });
}

/** Each glossary entry as a small HTML document for Pagefind: the term as its title, the definition as its body. */
export function glossaryRecords(glossaryHtml: string, glossaryUrl: string): SearchRecord[] {
  return glossaryEntries(glossaryHtml, glossaryUrl).map(({ url, term, definition }) => ({
    url,
    content: [
      '<!doctype html><html lang="en"><head><title></title></head><body>',
      `<main data-pagefind-body data-pagefind-filter="section:${GLOSSARY_SECTION}">`,
      `<h1 data-pagefind-meta="title">${escapeHtml(term)}</h1>`,
      `<p data-pagefind-meta="description">${escapeHtml(definition)}</p>`,
      '</main></body></html>',
    ].join(''),
  }));
}
