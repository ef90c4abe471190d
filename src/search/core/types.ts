/** What the search UI needs from an index, whichever index feeds it. */

/** A place inside a page that matched: a heading and the text under it. */
export interface SearchLocation {
  url: string;
  title: string;
  /** Text with matched words wrapped in <mark>; sanitised before display. */
  excerpt: string;
}

/** One page (or glossary entry) that matched. */
export interface SearchHit extends SearchLocation {
  section: string;
  /** The best-matching headings inside the page, best first. */
  subResults: SearchLocation[];
}

export interface SearchOutcome {
  hits: SearchHit[];
  /** How many pages matched in all, before the display limit. */
  total: number;
  /** Matches per section for the same words, ignoring the section filter. */
  perSection: Record<string, number>;
  /** The next results after those already returned; empty when there are no more. */
  more(): Promise<SearchHit[]>;
}

export interface SearchBackend {
  search(query: string, section: string | undefined): Promise<SearchOutcome>;
}
