/**
 * Questions a page answers, other names of its subject, and its title, as a
 * small index of their own, the same online and offline. A query whose
 * meaningful words are all in one of them finds that page first, opened at
 * the section that answers the question: a page that answers "post or put"
 * outranks pages that merely say "post" and "put" more often.
 *
 * The index is split by the first two letters of each stem, one classic
 * script per pair, and a list of the pairs that exist; a query loads the list
 * and the pairs its words need, so it costs about the same however large the
 * guide grows.
 */
import { FILLER } from './query.ts';
import { tokenize } from './tokenize.ts';

/** What a hint is: the page's title, another name of its subject, or a question it answers. */
export const HintKind = { Title: 0, Alias: 1, Question: 2 } as const;
export type HintKind = (typeof HintKind)[keyof typeof HintKind];

/** [page site path, page title, section label, kind, heading id or "", the hint's number within its page, its meaningful word count] */
export type HintEntry = [string, string, string, HintKind, string, number, number];
/** stem → the hints that hold it */
export type HintShard = Record<string, HintEntry[]>;

/** A shard file as written: its pages once, then per stem [page ref, hint number, kind, anchor, word count]. */
export interface HintShardFile {
  p: [string, string, string][];
  s: Record<string, [number, number, HintKind, string, number][]>;
}

/** The global callbacks the hint scripts call: the list of shards, and each shard. */
export const HINT_KEYS_CALLBACK = 'BG_SEARCH_HINT_KEYS';
export const HINT_CALLBACK = 'BG_SEARCH_HINTS';
/** The list of shards' file name (without ".js"). */
export const HINT_KEYS_FILE = 'index';

/** The query's words must be at least this share of a hint's meaningful words ("post put" is half of "POST vs PUT vs PATCH, which one should I use?"). */
export const MIN_COVERAGE = 0.5;
/** At most this many pages are put first by their hints. */
export const MAX_PROMOTED = 3;

/** The meaningful words of a text, stemmed, each once. */
export function hintStems(text: string): string[] {
  const words = text.split(/\s+/).filter((word) => !FILLER.has(word.toLowerCase().replace(/[^\p{L}\p{N}]/gu, '')));
  return [...new Set(tokenize(words.join(' ')))];
}

/** The shard a stem lives in: its first two characters (a-z, 0-9, anything else as "_"). */
export function hintShardOf(stem: string): string {
  return [...stem.padEnd(2, '_').slice(0, 2)].map((char) => (/[a-z0-9]/.test(char) ? char : '_')).join('');
}

/** A shard file's entries, one list per stem. */
export function readHintShard(file: HintShardFile): HintShard {
  return Object.fromEntries(
    Object.entries(file.s).map(([stem, entries]) => [
      stem,
      entries.map(([page, number, kind, anchor, words]): HintEntry => {
        const [path, title, section] = file.p[page]!;
        return [path, title, section, kind, anchor, number, words];
      }),
    ]),
  );
}

export interface HintMatch {
  entry: HintEntry;
  /** How much of the hint the query covers: 1 when the query is the hint. */
  coverage: number;
}

/**
 * The pages whose hints hold every stem of the query, best first: the
 * closest hint (coverage), then titles before other names before questions,
 * then the shorter hint, then the path, so both editions order them alike.
 */
export function matchHints(stems: readonly string[], entriesFor: (stem: string) => readonly HintEntry[]): HintMatch[] {
  if (stems.length === 0) return [];
  const [first, ...rest] = stems;
  const candidates = entriesFor(first!).filter((entry) => rest.every((stem) => entriesFor(stem).some((other) => sameHint(other, entry))));
  const best = new Map<string, HintMatch>();
  for (const entry of candidates) {
    const coverage = stems.length / Math.max(stems.length, entry[6]);
    if (coverage < MIN_COVERAGE) continue;
    const current = best.get(entry[0]);
    if (!current || compare({ entry, coverage }, current) < 0) best.set(entry[0], { entry, coverage });
  }
  return [...best.values()].sort(compare).slice(0, MAX_PROMOTED);
}

const sameHint = (a: HintEntry, b: HintEntry) => a[0] === b[0] && a[5] === b[5];

function compare(a: HintMatch, b: HintMatch): number {
  return b.coverage - a.coverage || a.entry[3] - b.entry[3] || a.entry[6] - b.entry[6] || (a.entry[0] < b.entry[0] ? -1 : a.entry[0] > b.entry[0] ? 1 : 0);
}
