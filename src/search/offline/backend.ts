/**
 * The offline edition's search index, read from classic scripts next to the
 * pages (see index-builder.ts): docs.js once, then terms-<c>.js for each
 * character a query's words start with. No fetch, no modules, no WebAssembly,
 * so it works from file://. Ranking is core/rank.ts.
 */
import { loadClassicScript } from '../../lib/classic-script.ts';
import { escapeHtml } from '../core/html.ts';
import { emptyOutcome, pagedOutcome, SUB_RESULTS } from '../core/paging.ts';
import { searchWords } from '../core/query.ts';
import { rank, type Match } from '../core/rank.ts';
import { refine } from '../core/refine.ts';
import { loadVocabulary } from '../core/vocabulary-file.ts';
import { hintLoader } from '../core/hint-loader.ts';
import { DOCS_CALLBACK, shardOf, TERMS_CALLBACK, type OfflineDoc, type OfflineShard } from '../core/shards.ts';
import { tokenize } from '../core/tokenize.ts';
import type { SearchBackend, SearchHit } from '../core/types.ts';

declare global {
  interface Window {
    [DOCS_CALLBACK]?: (docs: OfflineDoc[]) => void;
    [TERMS_CALLBACK]?: (shard: string, terms: OfflineShard) => void;
  }
}

let docs: Promise<OfflineDoc[]> | undefined;
const shards = new Map<string, Promise<OfflineShard>>();
const waiting = { docs: (_: OfflineDoc[]) => {}, terms: new Map<string, (terms: OfflineShard) => void>() };

window[DOCS_CALLBACK] = (list) => waiting.docs(list);
window[TERMS_CALLBACK] = (shard, terms) => waiting.terms.get(shard)?.(terms);

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
  const loadDocs = () =>
    (docs ??= new Promise<OfflineDoc[]>((resolve, reject) => {
      waiting.docs = resolve;
      loadClassicScript(`${root}offline/docs.js`).catch(reject);
    }));
  const loadShard = (shard: string) => {
    let promise = shards.get(shard);
    if (!promise) {
      promise = new Promise<OfflineShard>((resolve) => {
        waiting.terms.set(shard, resolve);
        // A character no word starts with has no file; that just means no matches.
        loadClassicScript(`${root}offline/terms-${shard}.js`).catch(() => resolve({}));
      });
      shards.set(shard, promise);
    }
    return promise;
  };

  const backend: SearchBackend = {
    async search(query, section) {
      const words = searchWords(query);
      const stems = [...new Set(tokenize(words))];
      if (stems.length === 0) return emptyOutcome();
      const [all, ...loaded] = await Promise.all([loadDocs(), ...stems.map((stem) => loadShard(shardOf(stem)))]);
      const byShard = new Map(stems.map((stem, index) => [shardOf(stem), loaded[index]!]));
      const { matches, perSection } = rank({
        stems,
        docs: all.map(([, title, sectionTitle, , length]) => ({ title, section: sectionTitle, words: length })),
        termsFor: (stem) => byShard.get(shardOf(stem)) ?? {},
        section,
      });
      const toHit = ({ doc, headings }: Match): SearchHit => {
        const [url, title, sectionTitle, description, , docHeadings, aliases] = all[doc]!;
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
      return pagedOutcome(matches, perSection, (page) => page.map(toHit));
    },
  };
  return refine(backend, {
    vocabulary: () => loadVocabulary(`${root}offline/vocabulary.js`),
    hints: hintLoader(`${root}offline/hints/`),
    pageUrl: (page, anchor) => fileUrl(`${page}${anchor ? `#${anchor}` : ''}`),
  });
}
