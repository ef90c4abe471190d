/**
 * The offline edition's search index, built from the same HTML Pagefind
 * indexes (data-pagefind-body) plus one document per glossary entry. It is
 * written as classic scripts, which browsers run from disk where fetch,
 * modules and WebAssembly are refused: one file of documents, and the terms
 * split by first letter so a query loads only the letters it needs.
 */
import { load, type CheerioAPI } from 'cheerio';
import { tokenize } from '../components/search/tokenize.ts';
import { GLOSSARY_SECTION, glossaryEntries } from '../lib/search-records.ts';

/** [id, title] of a heading inside a document. */
export type OfflineHeading = [string, string];
/** [url, title, section, description, words, headings] */
export type OfflineDoc = [string, string, string, string, number, OfflineHeading[]];
/** term -> [[doc, weighted frequency, heading indexes]] */
export type OfflineShard = Record<string, [number, number, number[]][]>;

const WEIGHT = { title: 10, heading: 5, description: 3, body: 1 } as const;

interface Segment {
  heading: number; // -1: before the first heading
  text: string;
}

interface Extracted {
  url: string;
  title: string;
  section: string;
  description: string;
  headings: OfflineHeading[];
  segments: Segment[];
}

const clean = (text: string) => text.replace(/\s+/g, ' ').trim();

function extractPage($: CheerioAPI, url: string): Extracted | undefined {
  const bodies = $('[data-pagefind-body]');
  if (bodies.length === 0) return undefined;
  bodies.find('[data-pagefind-ignore], pre, script, style').remove();
  const section = (bodies.filter('[data-pagefind-filter]').attr('data-pagefind-filter') ?? '').replace(/^section:/, '');
  const title = clean($('[data-pagefind-meta="title"]').first().text());
  const description = clean($('[data-pagefind-meta="description"]').first().text());
  const headings: OfflineHeading[] = [];
  const segments: Segment[] = [{ heading: -1, text: '' }];
  const prose = bodies.filter('.prose');
  if (prose.length > 0) {
    prose.children().each((_, child) => {
      const heading = $(child).is('.heading') ? $(child).find('h2[id], h3[id]').first() : $(child).is('h2[id], h3[id]') ? $(child) : undefined;
      if (heading && heading.length > 0) {
        headings.push([heading.attr('id')!, clean(heading.text())]);
        segments.push({ heading: headings.length - 1, text: '' });
      } else {
        segments.at(-1)!.text += ` ${$(child).text()}`;
      }
    });
  } else {
    bodies.find('[data-pagefind-meta]').remove();
    segments[0]!.text = bodies.text();
  }
  return { url, title, section, description, headings, segments };
}

export interface OfflineIndex {
  docs: OfflineDoc[];
  shards: Record<string, OfflineShard>;
}

/** The shard a term lives in: its first character, or "_" for anything outside a-z and 0-9. */
export function shardOf(term: string): string {
  const first = term[0] ?? '_';
  return /[a-z0-9]/.test(first) ? first : '_';
}

/** Builds the index from built pages: `url` is the page's site path, `html` its markup. */
export function buildOfflineIndex(pages: readonly { url: string; html: string }[], glossaryUrl = '/glossary/'): OfflineIndex {
  const extracted: Extracted[] = [];
  for (const page of pages) {
    if (page.url === glossaryUrl) {
      for (const { url, term, definition } of glossaryEntries(page.html, glossaryUrl)) {
        extracted.push({ url, title: term, section: GLOSSARY_SECTION, description: definition, headings: [], segments: [] });
      }
    } else {
      const doc = extractPage(load(page.html), page.url);
      if (doc) extracted.push(doc);
    }
  }
  const docs: OfflineDoc[] = [];
  const shards: Record<string, OfflineShard> = {};
  extracted.forEach((doc, index) => {
    const weights = new Map<string, { tf: number; headings: Set<number> }>();
    const add = (text: string, weight: number, heading = -1) => {
      for (const term of tokenize(text)) {
        const entry = weights.get(term) ?? { tf: 0, headings: new Set<number>() };
        entry.tf += weight;
        if (heading >= 0) entry.headings.add(heading);
        weights.set(term, entry);
      }
    };
    add(doc.title, WEIGHT.title);
    add(doc.description, WEIGHT.description);
    doc.headings.forEach(([, title], heading) => add(title, WEIGHT.heading, heading));
    let words = tokenize(`${doc.title} ${doc.description}`).length;
    for (const segment of doc.segments) {
      add(segment.text, WEIGHT.body, segment.heading);
      words += tokenize(segment.text).length;
    }
    docs.push([doc.url, doc.title, doc.section, doc.description, words, doc.headings]);
    for (const [term, { tf, headings }] of weights) {
      const shard = (shards[shardOf(term)] ??= {});
      (shard[term] ??= []).push([index, tf, [...headings].slice(0, 8)]);
    }
  });
  return { docs, shards };
}

/** The classic scripts that carry the index: `docs.js` and one `terms-<c>.js` per shard. */
export function offlineIndexScripts(index: OfflineIndex): Record<string, string> {
  const files: Record<string, string> = { 'docs.js': `BG_OFFLINE_DOCS(${JSON.stringify(index.docs)});\n` };
  for (const [shard, terms] of Object.entries(index.shards)) files[`terms-${shard}.js`] = `BG_OFFLINE_TERMS(${JSON.stringify(shard)},${JSON.stringify(terms)});\n`;
  return files;
}
