/**
 * The offline index in files a query loads only as it needs them, however
 * large the guide grows: terms split by their first three characters (a prefix
 * match needs three, so every term a stem can match shares its stem's file;
 * two characters put every common "wh…" word in one file, 650 KB at 1,000
 * articles), a
 * small ranking file (each page's section and length, and which term files
 * exist), and the pages' records in chunks, loaded only for the results shown.
 * Shared by the index builder (Node) and the browser loader, with no
 * dependency either way.
 */

/** Characters of a term that name its shard: MIN_PREFIX in core/rank.ts, the shortest stem that matches as a prefix. */
const SHARD_PREFIX = 3;

/** The shard a term lives in: its first three characters, anything outside a-z and 0-9 read as "_". */
export function shardOf(term: string): string {
  return (term.slice(0, SHARD_PREFIX) || '_').replace(/[^a-z0-9]/g, '_');
}

/** Page records per docs file: few, since a page with many headings makes a long record and the five results shown may sit in five files. */
export const DOCS_PER_FILE = 8;

/** The docs file that holds page `doc`. */
export const docsFileOf = (doc: number) => Math.floor(doc / DOCS_PER_FILE);

/** [url, title, section, description, words, headings as [id, title], and for a glossary term its other names] */
export type OfflineDoc = [string, string, string, string, number, [string, string][], string[]?];
/** term -> postings ([doc, weighted frequency, heading indexes]) */
export type OfflineShard = Record<string, [number, number, number[]][]>;
/** What ranking needs of every page, and the term files there are. */
export interface OfflineRanking {
  sections: string[];
  /** Per page: [index into sections, words]. */
  docs: [number, number][];
  shards: string[];
}

/** The global callbacks the index's classic scripts call. */
export const RANKING_CALLBACK = 'BG_OFFLINE_RANKING';
export const DOCS_CALLBACK = 'BG_OFFLINE_DOCS';
export const TERMS_CALLBACK = 'BG_OFFLINE_TERMS';
