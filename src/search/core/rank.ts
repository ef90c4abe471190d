/**
 * The offline engine's ranking, pure and testable in Node. Given the query's
 * stems and the postings the index holds for them, it keeps only documents
 * that match every stem (as a whole term or, for stems of three characters or
 * more, as a prefix), scores them BM25-style so rarer terms weigh more and
 * whole-term matches beat prefix matches, counts matches per section before
 * the section filter applies. (Title matches first, answers and
 * suggestions: refine.ts, shared with the online index.)
 */
/** [doc index, weighted term frequency, places the term appears (heading indexes, -1 for the page's top), where it weighs most first]. */
export type Posting = [number, number, number[]];

/** What ranking needs to know of a document. */
export interface RankedDocInfo {
  section: string;
  /** Words in the document, for length normalisation. */
  words: number;
}

/** One matching document: its index, score and the score of each matching heading. */
export interface Match {
  doc: number;
  score: number;
  headings: Map<number, number>;
}

export interface RankInput {
  /** The query's stems (tokenize(words)), deduplicated. */
  stems: readonly string[];
  docs: readonly RankedDocInfo[];
  /** Every indexed term that shares a shard with `stem`, with its postings. */
  termsFor(stem: string): Readonly<Record<string, readonly Posting[]>>;
  /** Only results from this section (counts per section ignore it). */
  section?: string;
}

export interface RankOutput {
  matches: Match[];
  perSection: Record<string, number>;
}

/** Scores given to a prefix match relative to a whole-term match. */
export const PREFIX_FACTOR = 0.6;
/** The shortest stem that may match terms it only begins. */
export const MIN_PREFIX = 3;

/**
 * BM25's b: how much a page's length counts against it. Low, because the
 * guide mixes 2,400-word articles with two-sentence glossary entries, and
 * with BM25's usual 0.75 a short entry that mentions a word outranks the
 * article about it. The online index uses the same (Pagefind's pageLength).
 */
export const LENGTH_WEIGHT = 0.3;
/** BM25's k1: how fast repeated terms saturate. */
const K1 = 1.2;
const B = LENGTH_WEIGHT;

export function rank({ stems, docs, termsFor, section }: RankInput): RankOutput {
  if (stems.length === 0) return { matches: [], perSection: {} };
  const averageWords = docs.reduce((sum, doc) => sum + doc.words, 0) / Math.max(1, docs.length);
  let scores: Map<number, Match> | undefined;
  for (const stem of stems) {
    const terms = termsFor(stem);
    const found = new Map<number, Match>();
    const matching = Object.keys(terms).filter((term) => term === stem || (stem.length >= MIN_PREFIX && term.startsWith(stem)));
    const postings = matching.flatMap((term) => terms[term]!.map((posting) => ({ exact: term === stem, posting })));
    const docsWithStem = new Set(postings.map(({ posting }) => posting[0])).size;
    const idf = Math.log(1 + (docs.length - docsWithStem + 0.5) / (docsWithStem + 0.5));
    for (const { exact, posting } of postings) {
      const [doc, tf, headings] = posting;
      const length = docs[doc]?.words ?? averageWords;
      const score = (exact ? 1 : PREFIX_FACTOR) * idf * ((tf * (K1 + 1)) / (tf + K1 * (1 - B + B * (length / averageWords))));
      const current = found.get(doc) ?? { doc, score: 0, headings: new Map<number, number>() };
      current.score += score;
      // A place earns less the further down the term's list it comes (the list is heaviest first).
      headings.forEach((heading, place) => current.headings.set(heading, (current.headings.get(heading) ?? 0) + score / (1 + place)));
      found.set(doc, current);
    }
    // Every stem must match: keep only documents found for all stems so far.
    if (!scores) scores = found;
    else {
      for (const [doc, match] of scores) {
        const other = found.get(doc);
        if (!other) {
          scores.delete(doc);
          continue;
        }
        match.score += other.score;
        for (const [heading, score] of other.headings) match.headings.set(heading, (match.headings.get(heading) ?? 0) + score);
      }
    }
  }
  const all = [...(scores ?? new Map<number, Match>()).values()];
  const perSection: Record<string, number> = {};
  for (const { doc } of all) {
    const name = docs[doc]?.section ?? '';
    perSection[name] = (perSection[name] ?? 0) + 1;
  }
  const inSection = all.filter(({ doc }) => !section || docs[doc]?.section === section).sort((a, b) => b.score - a.score || a.doc - b.doc);
  return { matches: inSection, perSection };
}
