import type { MarkdownHeading } from 'astro';

/** One table-of-contents entry: an h2 with the h3s under it. */
export interface TocItem {
  slug: string;
  text: string;
  children: TocItem[];
}

/**
 * Builds a two-level table of contents from h2 and h3 headings. An h3 that
 * comes before any h2 is promoted so that no heading is lost.
 */
export function buildToc(headings: readonly MarkdownHeading[]): TocItem[] {
  const toc: TocItem[] = [];
  for (const { depth, slug, text } of headings) {
    if (depth !== 2 && depth !== 3) continue;
    const item: TocItem = { slug, text, children: [] };
    const parent = toc.at(-1);
    if (depth === 3 && parent) parent.children.push(item);
    else toc.push(item);
  }
  return toc;
}
