/**
 * The words the guide uses, most frequent first, for "did you mean"
 * (core/suggest.ts). Words of titles, headings, descriptions and search
 * hints count more than words of the text, so a suggestion leans toward
 * what pages are about. A word met once in running text is left out (it is
 * as likely a name or a typo as a subject), which keeps the file small as the
 * guide grows.
 */
import { classicScript } from '../lib/classic-script.ts';
import type { ExtractedPage } from './extract.ts';
import type { PageHints } from './hints.ts';
import { vocabularyWords } from './core/suggest.ts';
import { VOCABULARY_CALLBACK } from './core/vocabulary-file.ts';

/** The most words the file holds. */
export const MAX_WORDS = 20_000;
const PROMINENT = 3;

export class VocabularyBuilder {
  private readonly counts = new Map<string, number>();

  private count(text: string, weight: number): void {
    for (const word of vocabularyWords(text)) this.counts.set(word, (this.counts.get(word) ?? 0) + weight);
  }

  add(page: ExtractedPage, hints: PageHints | undefined): void {
    this.count([page.title, page.description, ...page.headings.map(([, title]) => title)].join(' '), PROMINENT);
    if (hints) this.count([...hints.aliases, ...hints.questions.map((question) => question.text)].join(' '), PROMINENT);
    for (const segment of page.segments) this.count(segment.text, 1);
  }

  /** The words, most frequent first (then alphabetically), without words seen once. */
  words(): string[] {
    return [...this.counts]
      .filter(([, count]) => count > 1)
      .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))
      .slice(0, MAX_WORDS)
      .map(([word]) => word);
  }

  script(): string {
    return classicScript(VOCABULARY_CALLBACK, this.words());
  }
}
