/**
 * Learners type questions ("what is CORS", "sql vs nosql"). Pagefind matches
 * pages containing every word, so filler words would hide the right page;
 * they are dropped unless nothing else is left.
 */
export const FILLER = new Set(
  'a actually an and are as at be can do does for from how i in is it me my of on one or really should the to use vs versus what whats when where which who why will with you'.split(
    ' ',
  ),
);

/** The words worth matching, as a query string for the index. */
export function searchWords(query: string): string {
  const words = query.trim().split(/\s+/).filter(Boolean);
  const meaningful = words.filter((word) => !FILLER.has(word.toLowerCase().replace(/[^\p{L}\p{N}]/gu, '')));
  return (meaningful.length > 0 ? meaningful : words).join(' ');
}

// Hyphens separate words ("back-end" is "back end"), as the indexes split them.
const normalize = (text: string) => text.toLowerCase().replace(/-/g, ' ').replace(/[^\p{L}\p{N}\s]/gu, '');

/** True when every query word starts a word of the title ("back-end dev" fits "What is back-end development?"). */
export function titleMatches(words: string, title: string): boolean {
  const titleWords = normalize(title).split(/\s+/);
  const wanted = normalize(words).split(/\s+/).filter(Boolean);
  return wanted.length > 0 && wanted.every((word) => titleWords.some((candidate) => candidate.startsWith(word)));
}

/** How much of a title's meaningful words the query covers: 1 when the query is the title. */
export function titleCoverage(words: string, title: string): number {
  const wanted = normalize(words).split(/\s+/).filter(Boolean);
  const titleWords = normalize(title).split(/\s+/).filter((word) => word && !FILLER.has(word));
  if (titleWords.length === 0) return 0;
  return titleWords.filter((word) => wanted.some((query) => word.startsWith(query))).length / titleWords.length;
}

/**
 * Pages whose title holds every query word move ahead of pages that merely
 * mention the words often, the closest titles first ("back-end development"
 * finds "What is back-end development?" before "Back-end development:
 * frequently asked questions"); otherwise the index's order stands.
 */
export function preferTitleMatches<T extends { title: string }>(words: string, hits: readonly T[]): T[] {
  const inTitle = hits.filter((hit) => titleMatches(words, hit.title));
  const closest = inTitle
    .map((hit, order) => ({ hit, order, coverage: titleCoverage(words, hit.title) }))
    .sort((a, b) => b.coverage - a.coverage || a.order - b.order)
    .map(({ hit }) => hit);
  return [...closest, ...hits.filter((hit) => !titleMatches(words, hit.title))];
}
