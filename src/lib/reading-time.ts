/** Adult silent reading of non-fiction averages about 238 words a minute (Brysbaert, 2019); we round down for technical text. */
export const WORDS_PER_MINUTE = 220;

/**
 * Counts the words a reader reads in an MDX body: prose and code, without
 * import/export lines, JSX tags, Markdown link targets or syntax punctuation.
 */
export function countWords(mdx: string): number {
  const text = mdx
    .replace(/^(import|export)\s.*$/gm, ' ')
    .replace(/<\/?[A-Za-z][^>]*>/g, ' ')
    .replace(/\]\([^)]*\)/g, ' ')
    .replace(/[#*_>`|[\]{}()-]+/g, ' ');
  return text.split(/\s+/).filter((word) => /[\p{L}\p{N}]/u.test(word)).length;
}

/** Whole minutes to read an MDX body, at least one. */
export function readingMinutes(mdx: string): number {
  return Math.max(1, Math.round(countWords(mdx) / WORDS_PER_MINUTE));
}
