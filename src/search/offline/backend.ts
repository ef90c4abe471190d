/**
 * The offline edition's search index, read from classic scripts next to the
 * pages (see index-builder.ts and core/shards.ts): ranking.js once, then
 * terms-<xyz>.js for the first three characters of each of a query's words, and
 * docs-<n>.js only for the results shown. No fetch, no modules, no
 * WebAssembly, so it works from file://. Ranking is core/rank.ts.
 */
import { loadClassicScript } from '../../lib/classic-script.ts';
import { escapeHtml } from '../core/html.ts';
import { emptyOutcome, pagedOutcome, SUB_RESULTS } from '../core/paging.ts';
import { searchWords } from '../core/query.ts';
import { rank, type Match } from '../core/rank.ts';
import { refine } from '../core/refine.ts';
import { loadVocabulary } from '../core/vocabulary-file.ts';
import { hintLoader } from '../core/hint-loader.ts';
import { DOCS_CALLBACK, docsFileOf, DOCS_PER_FILE, RANKING_CALLBACK, shardOf, TERMS_CALLBACK, type OfflineDoc, type OfflineRanking, type OfflineShard } from '../core/shards.ts';
import { tokenize } from '../core/tokenize.ts';
import type { SearchBackend, SearchHit } from '../core/types.ts';

declare global {
  interface Window {
    [RANKING_CALLBACK]?: (ranking: OfflineRanking) => void;
    [DOCS_CALLBACK]?: (file: number, docs: OfflineDoc[]) => void;
    [TERMS_CALLBACK]?: (shard: string, terms: OfflineShard) => void;
  }
}

/** Loads each classic script of the index once: `file` names it, `key` is what its callback reports. */
function scriptCache<K, T>(path: (key: K) => string) {
  const loaded = new Map<K, Promise<T>>();
  const waiting = new Map<K, (value: T) => void>();
  return {
    deliver: (key: K, value: T) => waiting.get(key)?.(value),
    load(key: K): Promise<T> {
      let promise = loaded.get(key);
      if (!promise) {
        promise = new Promise<T>((resolve, reject) => {
          waiting.set(key, resolve);
          loadClassicScript(path(key)).catch(reject);
        });
        loaded.set(key, promise);
      }
      return promise;
    },
  };
}

/** Marks every word of `text` whose stem starts with one of the query's stems. */
export function highlight(text: string, stems: readonly string[]): string {
  return text
    .split(/([\p{L}\p{N}]+(?:-[\p{L}\p{N}]+)*)/u)
    .map((part, index) => {
      if (index % 2 === 0) return escapeHtml(part);
      const [word] = tokenize(part);
      return word && stems.some((stem) => word.startsWith(stem)) ? `<mark>${escapeHtml(part)}</mark>` : escapeHtml(part);
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
  const ranking = scriptCache<'ranking', OfflineRanking>(() => `${root}offline/ranking.js`);
  const docFiles = scriptCache<number, OfflineDoc[]>((file) => `${root}offline/docs-${file}.js`);
  const shardFiles = scriptCache<string, OfflineShard>((shard) => `${root}offline/terms-${shard}.js`);
  window[RANKING_CALLBACK] = (value) => ranking.deliver('ranking', value);
  window[DOCS_CALLBACK] = (file, docs) => docFiles.deliver(file, docs);
  window[TERMS_CALLBACK] = (shard, terms) => shardFiles.deliver(shard, terms);
  // ranking.js lists the term files there are: a word no term starts like has no file, and so no matches.
  const loadShard = async (shard: string) => ((await ranking.load('ranking')).shards.includes(shard) ? shardFiles.load(shard) : {});
  const docOf = async (doc: number) => (await docFiles.load(docsFileOf(doc)))[doc % DOCS_PER_FILE]!;

  const backend: SearchBackend = {
    async search(query, section) {
      const words = searchWords(query);
      const stems = [...new Set(tokenize(words))];
      if (stems.length === 0) return emptyOutcome();
      const [{ sections, docs }, ...loaded] = await Promise.all([ranking.load('ranking'), ...stems.map((stem) => loadShard(shardOf(stem)))]);
      const byShard = new Map(stems.map((stem, index) => [shardOf(stem), loaded[index]!]));
      const { matches, perSection } = rank({
        stems,
        docs: docs.map(([sectionIndex, words]) => ({ section: sections[sectionIndex]!, words })),
        termsFor: (stem) => byShard.get(shardOf(stem)) ?? {},
        section,
      });
      const toHit = async ({ doc, headings }: Match): Promise<SearchHit> => {
        const [url, title, sectionTitle, description, , docHeadings, aliases] = await docOf(doc);
        const ranked = [...headings].sort((a, b) => b[1] - a[1]);
        // Heading -1 is the page's top: when it matches best, the result opens there, as Pagefind's does.
        const opensAtTop = ranked[0]?.[0] === -1;
        const subResults = ranked.filter(([heading]) => heading >= 0).slice(0, SUB_RESULTS).map(([heading]) => {
          const [id, headingTitle] = docHeadings[heading]!;
          return { url: fileUrl(`${url.split('#')[0]}#${id}`), title: headingTitle, excerpt: highlight(headingTitle, stems) };
        });
        return {
          page: url,
          url: (!opensAtTop && subResults[0]?.url) || fileUrl(url),
          title,
          section: sectionTitle,
          excerpt: highlight(description, stems),
          subResults,
          ...(aliases ? { term: { definition: description, aliases } } : {}),
        };
      };
      return pagedOutcome(matches, perSection, (page) => Promise.all(page.map(toHit)));
    },
  };
  return refine(backend, {
    vocabulary: () => loadVocabulary(`${root}offline/vocabulary.js`),
    hints: hintLoader(`${root}offline/hints/`),
    pageUrl: (page, anchor) => fileUrl(`${page}${anchor ? `#${anchor}` : ''}`),
  });
}
