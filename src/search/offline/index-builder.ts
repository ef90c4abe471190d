/**
 * The offline edition's search index, built page by page from what search
 * reads of each built page (../extract.ts) and its search hints. It is written as classic scripts, which browsers run from disk where
 * fetch, modules and WebAssembly are refused, and split (core/shards.ts) so a
 * query loads only what it needs.
 */
import { classicScript } from '../../lib/classic-script.ts';
import type { ExtractedPage } from '../extract.ts';
import { HINT_WEIGHT, TERM_DEFINITION_WEIGHT, type PageHints } from '../hints.ts';
import { GLOSSARY_SECTION } from '../../site.ts';
import { DOCS_CALLBACK, DOCS_PER_FILE, RANKING_CALLBACK, shardOf, TERMS_CALLBACK, type OfflineDoc, type OfflineRanking, type OfflineShard } from '../core/shards.ts';
import { tokenizeForIndex } from '../core/tokenize.ts';

/**
 * How much a word counts by where it stands: as Pagefind weighs the online
 * index (title through ranking.metaWeights, headings by level, hints by
 * HINT_WEIGHT), so both editions rank alike.
 */
const WEIGHT = { title: 10, heading: 6, description: 1, body: 1 } as const;
/** Places (headings, or -1 for the top) a posting remembers, heaviest first: enough to offer the best three. */
const MAX_HEADINGS = 8;

export interface OfflineIndex {
  docs: OfflineDoc[];
  shards: Record<string, OfflineShard>;
}

export class OfflineIndexBuilder {
  private readonly index: OfflineIndex = { docs: [], shards: {} };

  /** Adds one page (`url` is its site path without the base) with its hints. */
  add(url: string, page: ExtractedPage, hints?: PageHints): void {
    const id = this.index.docs.length;
    const weights = new Map<string, { tf: number; headings: Map<number, number> }>();
    const add = (text: string, weight: number, heading = -1) => {
      const terms = tokenizeForIndex(text);
      for (const term of terms) {
        const entry = weights.get(term) ?? { tf: 0, headings: new Map<number, number>() };
        entry.tf += weight;
        // -1 is the page's top (its title and the text before the first heading): a place a result may open, as online.
        entry.headings.set(heading, (entry.headings.get(heading) ?? 0) + weight);
        weights.set(term, entry);
      }
      return terms.length;
    };
    const term = page.section === GLOSSARY_SECTION;
    let words = add(page.title, WEIGHT.title) + add(page.description, term ? TERM_DEFINITION_WEIGHT : WEIGHT.description);
    page.headings.forEach(([, title], heading) => add(title, WEIGHT.heading, heading));
    for (const segment of page.segments) words += add(segment.text, WEIGHT.body, segment.heading);
    for (const alias of hints?.aliases ?? []) words += add(alias, HINT_WEIGHT.alias);
    for (const { text, section } of hints?.questions ?? []) {
      words += add(text, HINT_WEIGHT.question, section ? page.headings.findIndex(([id]) => id === section) : -1);
    }
    this.index.docs.push([url, page.title, page.section, page.description, words, page.headings, ...(term ? [hints?.aliases ?? []] : [])] as OfflineDoc);
    for (const [term, { tf, headings }] of weights) {
      const shard = (this.index.shards[shardOf(term)] ??= {});
      // Where the word weighs most first, so the engine can open a result there (core/rank.ts).
      const places = [...headings].sort((a, b) => b[1] - a[1]).map(([heading]) => heading);
      (shard[term] ??= []).push([id, tf, places.slice(0, MAX_HEADINGS)]);
    }
  }

  build(): OfflineIndex {
    return this.index;
  }
}

/** The classic scripts that carry the index: `ranking.js`, `docs-<n>.js` for each chunk of pages, and `terms-<shard>.js` for each shard that has terms. */
export function offlineIndexScripts(index: OfflineIndex): Record<string, string> {
  const sections = [...new Set(index.docs.map((doc) => doc[2]))];
  const shards = Object.keys(index.shards).sort();
  const ranking: OfflineRanking = { sections, docs: index.docs.map((doc) => [sections.indexOf(doc[2]), doc[4]]), shards };
  const files: Record<string, string> = { 'ranking.js': classicScript(RANKING_CALLBACK, ranking) };
  for (let start = 0, file = 0; start < index.docs.length; start += DOCS_PER_FILE, file += 1) {
    files[`docs-${file}.js`] = classicScript(DOCS_CALLBACK, file, index.docs.slice(start, start + DOCS_PER_FILE));
  }
  for (const shard of shards) files[`terms-${shard}.js`] = classicScript(TERMS_CALLBACK, shard, index.shards[shard]);
  return files;
}
