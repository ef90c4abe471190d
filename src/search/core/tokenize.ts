/**
 * Words for the offline search index, the same at build time and in the
 * browser: lower case, accents folded, hyphenated words joined ("back-end"
 * is "backend", as Pagefind does), and a light English stem so "caching",
 * "caches" and "cache" meet at "cach".
 */
export function stem(word: string): string {
  if (word.length <= 4) return word;
  for (const suffix of ['ing', 'ed', 'es', 's', 'e']) {
    if (word.endsWith(suffix) && word.length - suffix.length >= 4 && !word.endsWith('ss')) return word.slice(0, -suffix.length);
  }
  return word;
}

export function tokenize(text: string): string[] {
  return text
    .toLowerCase()
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .replace(/(\p{L})-(?=\p{L})/gu, '$1')
    .split(/[^\p{L}\p{N}]+/u)
    .filter((word) => word.length > 0 && word.length <= 40)
    .map(stem);
}
