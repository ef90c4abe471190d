/**
 * "Did you mean": when a query finds little, each word the guide never uses
 * is replaced by the closest word it does use (by edit distance, counting a
 * swap of two letters as one edit), and two words that the guide writes as
 * one are joined ("micro services"). The vocabulary is every word of the
 * guide's titles, headings, descriptions, hints and text, most frequent first
 * (built by ../vocabulary.ts); it is loaded only when a suggestion is needed.
 */

/** Optimal string alignment distance (Damerau-Levenshtein without repeated edits of one substring), stopping early past `limit`. */
export function editDistance(a: string, b: string, limit: number): number {
  if (Math.abs(a.length - b.length) > limit) return limit + 1;
  let before = Array.from({ length: b.length + 1 }, (_, index) => index);
  let previous = before;
  for (let i = 1; i <= a.length; i += 1) {
    const row = [i];
    let best = i;
    for (let j = 1; j <= b.length; j += 1) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let value = Math.min(previous[j]! + 1, row[j - 1]! + 1, previous[j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) value = Math.min(value, before[j - 2]! + 1);
      row.push(value);
      best = Math.min(best, value);
    }
    if (best > limit) return limit + 1;
    before = previous;
    previous = row;
  }
  return previous[b.length]!;
}

/** Words as the vocabulary holds them: lower case, accents folded, letters and digits. */
export function vocabularyWords(text: string): string[] {
  return text
    .toLowerCase()
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .split(/[^a-z0-9]+/)
    .filter((word) => word.length >= 2 && word.length <= 30);
}

/** Edits allowed for a word of this length: none for very short words, one up to five letters, two beyond. */
const allowedEdits = (word: string) => (word.length <= 3 ? 0 : word.length <= 5 ? 1 : 2);

export class Suggester {
  private readonly words: readonly string[];
  private readonly known: Set<string>;

  /** `words` most frequent first. */
  constructor(words: readonly string[]) {
    this.words = words;
    this.known = new Set(words);
  }

  /** The closest known word, the more frequent on a tie; undefined when none is close enough. */
  private closest(word: string): string | undefined {
    const limit = allowedEdits(word);
    let best: string | undefined;
    let bestDistance = limit + 1;
    for (const candidate of this.words) {
      const distance = editDistance(word, candidate, Math.min(limit, bestDistance - 1));
      // Vocabulary order is frequency order, so the first word at a distance wins it.
      if (distance < bestDistance) [best, bestDistance] = [candidate, distance];
      if (bestDistance === 1) break;
    }
    return bestDistance <= limit ? best : undefined;
  }

  /** A query the guide's words can answer, or undefined when the query's words are all known or nothing is close. */
  suggest(query: string): string | undefined {
    const words = vocabularyWords(query);
    const out: string[] = [];
    let changed = false;
    for (let index = 0; index < words.length; index += 1) {
      const word = words[index]!;
      const next = words[index + 1];
      if (next !== undefined && !this.known.has(word) && this.known.has(word + next)) {
        out.push(word + next);
        index += 1;
        changed = true;
      } else if (this.known.has(word)) out.push(word);
      else {
        const closest = this.closest(word);
        out.push(closest ?? word);
        changed ||= closest !== undefined;
      }
    }
    return changed ? out.join(' ') : undefined;
  }
}
