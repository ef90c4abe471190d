/**
 * The offline index splits its terms by first character, so a query loads only
 * the files for the letters its words start with. Shared by the index builder
 * (Node) and the browser loader, with no dependency either way.
 */

/** The shard a term lives in: its first character, or "_" for anything outside a-z and 0-9. */
export function shardOf(term: string): string {
  const first = term[0] ?? '_';
  return /[a-z0-9]/.test(first) ? first : '_';
}

/** Every shard name shardOf can give. */
export const SHARDS = [...'abcdefghijklmnopqrstuvwxyz0123456789', '_'];

/** [url, title, section, description, words, headings as [id, title], and for a glossary term its other names] */
export type OfflineDoc = [string, string, string, string, number, [string, string][], string[]?];
/** term -> postings ([doc, weighted frequency, heading indexes]) */
export type OfflineShard = Record<string, [number, number, number[]][]>;

/** The global callbacks the index's classic scripts call. */
export const DOCS_CALLBACK = 'BG_OFFLINE_DOCS';
export const TERMS_CALLBACK = 'BG_OFFLINE_TERMS';
