/**
 * The glossary page holds every term; search wants each term as its own
 * result, so a query for "CORS" finds the CORS entry itself rather than a
 * page that mentions every term. Read from the built page the reader sees
 * (Pagefind's model: index what is published), for both indexes.
 */
import type { CheerioAPI } from 'cheerio';
import { GLOSSARY_SECTION } from '../site.ts';

/** One entry of the built glossary page. */
export interface GlossaryEntry {
  /** The entry's URL, `/glossary/#<id>` under the base. */
  url: string;
  term: string;
  definition: string;
}

/**
 * The entries of the glossary page (`[data-glossary-entry]`). Throws, naming
 * the entry, when one lacks an id, a term or a definition.
 */
export function glossaryEntries($: CheerioAPI, glossaryUrl: string): GlossaryEntry[] {
  return $('[data-glossary-entry]')
    .toArray()
    .map((element) => {
      const entry = $(element);
      const id = entry.attr('data-glossary-entry') ?? '';
      const term = entry.find('[data-glossary-term]').first().text().trim();
      const definition = entry.find('[data-glossary-definition]').first().text().replace(/\s+/g, ' ').trim();
      if (!id || !term || !definition) throw new Error(`${glossaryUrl}: a glossary entry lacks an id, a term or a definition (id "${id}")`);
      return { url: `${glossaryUrl}#${id}`, term, definition };
    });
}

export { GLOSSARY_SECTION };
