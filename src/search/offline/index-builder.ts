/**
 * The offline edition's search index, built page by page from what search
 * reads of each built page (../extract.ts) plus one document per glossary
 * entry. It is written as classic scripts, which browsers run from disk where
 * fetch, modules and WebAssembly are refused: one file of documents, and the
 * terms split by first character so a query loads only what it needs.
 */
import type { ExtractedPage } from '../extract.ts';
import { DOCS_CALLBACK, shardOf, TERMS_CALLBACK, type OfflineDoc, type OfflineShard } from '../core/shards.ts';
import { tokenize } from '../core/tokenize.ts';

/** How much a word counts by where it stands. */
const WEIGHT = { title: 10, heading: 5, description: 3, body: 1 } as const;
/** Headings a posting remembers, enough to offer the best three. */
const MAX_HEADINGS = 8;

export interface OfflineIndex {
  docs: OfflineDoc[];
  shards: Record<string, OfflineShard>;
}

export class OfflineIndexBuilder {
  private readonly index: OfflineIndex = { docs: [], shards: {} };

  /** Adds one page (`url` is its site path under the base) or one glossary entry (no headings or segments). */
  add(url: string, page: ExtractedPage): void {
    const id = this.index.docs.length;
    const weights = new Map<string, { tf: number; headings: Set<number> }>();
    const add = (text: string, weight: number, heading = -1) => {
      const terms = tokenize(text);
      for (const term of terms) {
        const entry = weights.get(term) ?? { tf: 0, headings: new Set<number>() };
        entry.tf += weight;
        if (heading >= 0) entry.headings.add(heading);
        weights.set(term, entry);
      }
      return terms.length;
    };
    let words = add(page.title, WEIGHT.title) + add(page.description, WEIGHT.description);
    page.headings.forEach(([, title], heading) => add(title, WEIGHT.heading, heading));
    for (const segment of page.segments) words += add(segment.text, WEIGHT.body, segment.heading);
    this.index.docs.push([url, page.title, page.section, page.description, words, page.headings]);
    for (const [term, { tf, headings }] of weights) {
      const shard = (this.index.shards[shardOf(term)] ??= {});
      (shard[term] ??= []).push([id, tf, [...headings].slice(0, MAX_HEADINGS)]);
    }
  }

  build(): OfflineIndex {
    return this.index;
  }
}

/** The classic scripts that carry the index: `docs.js` and one `terms-<c>.js` per shard. */
export function offlineIndexScripts(index: OfflineIndex): Record<string, string> {
  const files: Record<string, string> = { 'docs.js': `${DOCS_CALLBACK}(${JSON.stringify(index.docs)});\n` };
  for (const [shard, terms] of Object.entries(index.shards)) files[`terms-${shard}.js`] = `${TERMS_CALLBACK}(${JSON.stringify(shard)},${JSON.stringify(terms)});\n`;
  return files;
}
