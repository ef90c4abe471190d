/**
 * Words for the offline search index, the same at build time and in the
 * browser: lower case, accents folded, and a light English stem so
 * "caching", "caches" and "cache" meet at "cach". A hyphenated word is
 * indexed as its parts and as one word ("back-end": "back", "end",
 * "backend"), as Pagefind does, so "back end" and "backend" both find it; a
 * query is split into parts only, so every word it needs is in the text.
 */
export function stem(word: string): string {
  if (word.length <= 4) return word;
  for (const suffix of ['ing', 'ed', 'es', 's', 'e']) {
    if (word.endsWith(suffix) && word.length - suffix.length >= 4 && !word.endsWith('ss')) return word.slice(0, -suffix.length);
  }
  return word;
}

const fold = (text: string) => text.toLowerCase().normalize('NFKD').replace(/\p{M}/gu, '');
const words = (text: string) => text.split(/[^\p{L}\p{N}]+/u).filter((word) => word.length > 0 && word.length <= 40);

/** The words of a query. */
export function tokenize(text: string): string[] {
  return words(fold(text)).map(stem);
}

/** The words of indexed text: every word, plus each hyphenated word joined. */
export function tokenizeForIndex(text: string): string[] {
  const folded = fold(text);
  const joined = [...folded.matchAll(/[\p{L}\p{N}]+(?:-[\p{L}\p{N}]+)+/gu)].map(([compound]) => compound.replace(/-/g, ''));
  return [...words(folded), ...joined.filter((word) => word.length <= 40)].map(stem);
}
