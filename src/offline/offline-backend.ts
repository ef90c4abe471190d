/**
 * The offline edition's search index, read from classic scripts next to the
 * pages (see offline-index.ts): docs.js once, then terms-<letter>.js for each
 * letter a query starts a word with. No fetch, no modules, no WebAssembly, so
 * it works from file://.
 */
import { preferTitleMatches, searchWords } from '../components/search/query.ts';
import { tokenize } from '../components/search/tokenize.ts';
import type { SearchBackend, SearchHit } from '../components/search/types.ts';
import type { OfflineDoc, OfflineShard } from './offline-index.ts';

declare global {
  interface Window {
    BG_OFFLINE_DOCS?: (docs: OfflineDoc[]) => void;
    BG_OFFLINE_TERMS?: (shard: string, terms: OfflineShard) => void;
  }
}

const SHOWN = 5;
const PAGE = 10;
const SUB_RESULTS = 3;

let docs: Promise<OfflineDoc[]> | undefined;
const shards = new Map<string, Promise<OfflineShard>>();
const waiting = { docs: (_: OfflineDoc[]) => {}, terms: new Map<string, (terms: OfflineShard) => void>() };

window.BG_OFFLINE_DOCS = (list) => waiting.docs(list);
window.BG_OFFLINE_TERMS = (shard, terms) => waiting.terms.get(shard)?.(terms);

function loadScript(src: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const script = Object.assign(document.createElement('script'), { src });
    script.addEventListener('load', () => resolve());
    script.addEventListener('error', () => reject(new Error(`Could not load ${src}`)));
    document.head.append(script);
  });
}

const shardOf = (term: string) => (/[a-z0-9]/.test(term[0] ?? '') ? term[0]! : '_');

/** Escapes text for the excerpt, which the panel parses as text plus <mark>. */
const escape = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** Marks every word of `text` whose stem starts with one of the query's stems. */
function highlight(text: string, stems: string[]): string {
  return text
    .split(/([\p{L}\p{N}]+(?:-[\p{L}\p{N}]+)*)/u)
    .map((part, index) => {
      if (index % 2 === 0) return escape(part);
      const [word] = tokenize(part);
      return word && stems.some((stem) => word.startsWith(stem)) ? `<mark>${escape(part)}</mark>` : escape(part);
    })
    .join('');
}

/**
 * `root` is the site root as a URL ending in "/", e.g. file:///home/ana/guide/.
 * Site paths such as /skills/apis/#x become file URLs of index.html files.
 */
export function offlineBackend(root: string): SearchBackend {
  const fileUrl = (sitePath: string) => {
    const [path = '', hash] = sitePath.split('#');
    return `${root}${path.replace(/^\//, '')}index.html${hash ? `#${hash}` : ''}`;
  };
  const loadDocs = () =>
    (docs ??= new Promise<OfflineDoc[]>((resolve, reject) => {
      waiting.docs = resolve;
      loadScript(`${root}offline/docs.js`).catch(reject);
    }));
  const loadShard = (shard: string) => {
    let promise = shards.get(shard);
    if (!promise) {
      promise = new Promise<OfflineShard>((resolve) => {
        waiting.terms.set(shard, resolve);
        // A letter no word starts with has no file; that just means no matches.
        loadScript(`${root}offline/terms-${shard}.js`).catch(() => resolve({}));
      });
      shards.set(shard, promise);
    }
    return promise;
  };

  return {
    async search(query, section) {
      const words = searchWords(query);
      const stems = [...new Set(tokenize(words))];
      if (stems.length === 0) return { hits: [], total: 0, perSection: {}, more: async () => [] };
      const [all, ...loaded] = await Promise.all([loadDocs(), ...stems.map((stem) => loadShard(shardOf(stem)))]);
      const averageWords = all.reduce((sum, doc) => sum + doc[4], 0) / Math.max(1, all.length);
      // BM25-style: every stem must match (as a whole term or a prefix), rarer terms count more.
      let scores: Map<number, { score: number; headings: Map<number, number> }> | undefined;
      stems.forEach((stem, index) => {
        const shard = loaded[index]!;
        const found = new Map<number, { score: number; headings: Map<number, number> }>();
        const terms = Object.keys(shard).filter((term) => term === stem || (stem.length >= 3 && term.startsWith(stem)));
        const postings = terms.flatMap((term) => shard[term]!.map((posting) => ({ term, posting })));
        const docsWithStem = new Set(postings.map(({ posting }) => posting[0])).size;
        const idf = Math.log(1 + (all.length - docsWithStem + 0.5) / (docsWithStem + 0.5));
        for (const { term, posting } of postings) {
          const [doc, tf, headings] = posting;
          const length = all[doc]![4];
          const exact = term === stem ? 1 : 0.6;
          const score = exact * idf * ((tf * 2.2) / (tf + 1.2 * (0.25 + 0.75 * (length / averageWords))));
          const current = found.get(doc) ?? { score: 0, headings: new Map<number, number>() };
          current.score += score;
          for (const heading of headings) current.headings.set(heading, (current.headings.get(heading) ?? 0) + score);
          found.set(doc, current);
        }
        if (!scores) scores = found;
        else {
          for (const [doc, value] of scores) {
            const other = found.get(doc);
            if (!other) scores.delete(doc);
            else {
              value.score += other.score;
              for (const [heading, score] of other.headings) value.headings.set(heading, (value.headings.get(heading) ?? 0) + score);
            }
          }
        }
      });
      const matches = [...(scores ?? new Map())].map(([doc, value]) => ({ doc: all[doc]!, ...value }));
      const perSection: Record<string, number> = {};
      for (const { doc } of matches) perSection[doc[2]] = (perSection[doc[2]] ?? 0) + 1;
      const inSection = matches.filter(({ doc }) => !section || doc[2] === section).sort((a, b) => b.score - a.score);
      const ranked = preferTitleMatches(words, inSection.map((match) => ({ ...match, title: match.doc[1] })));
      const toHit = ({ doc, headings }: (typeof ranked)[number]): SearchHit => {
        const [url, title, sectionTitle, description, , docHeadings] = doc;
        const best = [...headings].sort((a, b) => b[1] - a[1]).slice(0, SUB_RESULTS);
        const subResults = best.map(([heading]) => {
          const [id, headingTitle] = docHeadings[heading]!;
          return { url: fileUrl(`${url.split('#')[0]}#${id}`), title: headingTitle, excerpt: highlight(headingTitle, stems) };
        });
        return { url: subResults[0]?.url ?? fileUrl(url), title, section: sectionTitle, excerpt: highlight(description, stems), subResults };
      };
      let next = SHOWN;
      return {
        hits: ranked.slice(0, SHOWN).map(toHit),
        total: ranked.length,
        perSection,
        async more() {
          const page = ranked.slice(next, next + PAGE).map(toHit);
          next += PAGE;
          return page;
        },
      };
    },
  };
}
