/**
 * What a page answers and what else its subject is called, from its
 * frontmatter (`questions`, `aliases`), for both search indexes. Written at
 * build time as one file the post-build step reads and removes (pages carry
 * none of it), keyed by the page's site path.
 */
import { readFile, rm } from 'node:fs/promises';
import { join } from 'node:path';

/** A page's search hints: other names of its subject, and the questions it answers (with the heading that answers each, if one does). */
export interface PageHints {
  aliases: string[];
  questions: { text: string; section?: string }[];
}

/** Site path without the base (e.g. `/skills/apis/`) → hints. */
export type SearchHints = Record<string, PageHints>;

/** The file the build writes at the output root and the post-build step removes. */
export const HINTS_FILE = 'search-hints.json';

/**
 * How much a match in a hint counts, against 1 for body text. Pagefind weighs
 * an h1 at 7 and an h2 at 6: another name for the subject counts like the
 * title, a question like the heading that answers it.
 */
export const HINT_WEIGHT = { alias: 7, question: 6 } as const;

/**
 * A glossary definition is short, so every word in it stands out; at full
 * weight a term would outrank the article about a query that merely uses a
 * word of its definition ("post or put" finding "Idempotent").
 */
export const TERM_DEFINITION_WEIGHT = 0.5;

/** Checks the file's shape, naming what is wrong. */
export function parseHints(text: string, file: string): SearchHints {
  const data: unknown = JSON.parse(text);
  const fail = (why: string): never => {
    throw new Error(`${file}: ${why}`);
  };
  if (typeof data !== 'object' || data === null || Array.isArray(data)) fail('not an object of page paths');
  for (const [path, hints] of Object.entries(data as Record<string, unknown>)) {
    const { aliases, questions } = (hints ?? {}) as Partial<PageHints>;
    if (!path.startsWith('/') || !Array.isArray(aliases) || !Array.isArray(questions)) fail(`${path}: needs aliases and questions`);
  }
  return data as SearchHints;
}

/** Reads the hints the build wrote into `outDir` and removes the file, so it is never published. */
export async function takeHints(outDir: string): Promise<SearchHints> {
  const file = join(outDir, HINTS_FILE);
  const hints = parseHints(await readFile(file, 'utf8'), `${HINTS_FILE} (written by src/pages/search-hints.json.ts)`);
  await rm(file);
  return hints;
}
