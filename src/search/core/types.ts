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
  /** The page's site path without the base, e.g. "/skills/apis/": the same in both editions. */
  page: string;
  section: string;
  /** The best-matching headings inside the page, best first. */
  subResults: SearchLocation[];
  /** Set for a glossary term: its definition as plain text and its other names. */
  term?: { definition: string; aliases: string[] };
}

export interface SearchOutcome {
  hits: SearchHit[];
  /** How many pages matched in all, before the display limit. */
  total: number;
  /** Matches per section for the same words, ignoring the section filter. */
  perSection: Record<string, number>;
  /** The next results after those already returned; empty when there are no more. */
  more(): Promise<SearchHit[]>;
  /** The glossary term the query names; also the first of `hits`. */
  answer?: SearchHit;
  /** Nothing matched the query as typed, so these are the results for `to`, the closest query the guide's words allow. */
  corrected?: { from: string; to: string };
  /** Few results: a query the guide's words suggest instead. */
  suggestion?: string;
}

export interface SearchBackend {
  search(query: string, section: string | undefined): Promise<SearchOutcome>;
  /** Starts loading the index, so the first query does not wait for it (called when search opens). */
  prepare?(): void;
}
