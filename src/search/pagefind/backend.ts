/**
 * The online index: Pagefind's browser API, loaded from the site's pagefind/
 * folder the first time a search runs. Pagefind ranks, with its own title
 * weighting (`ranking.metaWeights`); this file only shapes its results.
 */
import { pagefindUrl, searchHintsUrl, searchVocabularyUrl, stripBase, withBase } from '../../lib/urls.ts';
import { GLOSSARY_SECTION } from '../../site.ts';
import { emptyOutcome, pagedOutcome, SUB_RESULTS } from '../core/paging.ts';
import { searchWords } from '../core/query.ts';
import { LENGTH_WEIGHT } from '../core/rank.ts';
import { refine } from '../core/refine.ts';
import { loadVocabulary } from '../core/vocabulary-file.ts';
import { hintLoader } from '../core/hint-loader.ts';
import type { SearchBackend, SearchHit, SearchLocation } from '../core/types.ts';

interface PagefindSubResult {
  url: string;
  title: string;
  excerpt: string;
  weighted_locations?: { weight: number; balanced_score: number }[];
}
interface PagefindData {
  url: string;
  excerpt: string;
  meta: Record<string, string | undefined>;
  filters: Record<string, string[] | undefined>;
  sub_results?: PagefindSubResult[];
}
interface PagefindResult {
  id: string;
  data(): Promise<PagefindData>;
}
interface PagefindApi {
  options(options: Record<string, unknown>): Promise<void>;
  init(): Promise<void>;
  filters(): Promise<Record<string, Record<string, number>>>;
  search(
    query: string,
    options?: { filters?: Record<string, string> },
  ): Promise<{ results: PagefindResult[]; filters?: Record<string, Record<string, number>>; totalFilters?: Record<string, Record<string, number>> } | null>;
}

/**
 * How much a match in a page's title counts on top of its text. Pagefind's
 * default is 5; learners type a page's subject, so the page about it should
 * win over pages that mention it often (tests/search-queries.ts holds us to it).
 */
export const TITLE_WEIGHT = 10;

const score = (sub: PagefindSubResult) => (sub.weighted_locations ?? []).reduce((sum, location) => sum + location.balanced_score, 0);

let api: Promise<PagefindApi> | undefined;

function load(): Promise<PagefindApi> {
  api ??= (async () => {
    const pagefind = (await import(/* @vite-ignore */ `${pagefindUrl}pagefind.js`)) as PagefindApi;
    // Result links carry ?highlight=… so the opened page marks the words.
    await pagefind.options({ highlightParam: 'highlight', ranking: { metaWeights: { title: TITLE_WEIGHT }, pageLength: LENGTH_WEIGHT } });
    await pagefind.init();
    // Per-section counts come with each search only once the filter index is loaded.
    await pagefind.filters();
    return pagefind;
  })();
  return api;
}

function toHit(data: PagefindData): SearchHit {
  const pageUrl = data.url;
  const subs = [...(data.sub_results ?? [])].sort((a, b) => score(b) - score(a));
  const best = subs[0];
  const headings: SearchLocation[] = subs
    .filter((sub) => sub.url.includes('#') && sub.url !== pageUrl)
    .slice(0, SUB_RESULTS)
    .map(({ url, title, excerpt }) => ({ url, title, excerpt }));
  const section = data.filters.section?.[0] ?? '';
  return {
    page: stripBase(new URL(pageUrl, location.href).pathname) ?? pageUrl,
    // Opening a result goes straight to its best-matching heading.
    url: best && best.url.includes('#') ? best.url : pageUrl,
    title: data.meta.title ?? pageUrl,
    section,
    excerpt: data.excerpt,
    subResults: headings,
    ...(section === GLOSSARY_SECTION ? { term: { definition: data.meta.description ?? '', aliases: termAliases(data.meta.aliases) } } : {}),
  };
}

/** A term's other names, as src/search/pagefind/with-hints.ts stored them (a JSON list). */
function termAliases(stored: string | undefined): string[] {
  try {
    const list: unknown = JSON.parse(stored ?? '[]');
    return Array.isArray(list) ? list.filter((name): name is string => typeof name === 'string') : [];
  } catch {
    return [];
  }
}

export function pagefindBackend(): SearchBackend {
  const backend: SearchBackend = {
    prepare: () => void load().catch(() => undefined),
    async search(query, section) {
      const pagefind = await load();
      const found = await pagefind.search(searchWords(query), section ? { filters: { section } } : {});
      if (!found) return emptyOutcome();
      const perSection = found.totalFilters?.section ?? found.filters?.section ?? {};
      return pagedOutcome(found.results, perSection, (page) => Promise.all(page.map(async (result) => toHit(await result.data()))));
    },
  };
  return refine(backend, {
    vocabulary: () => loadVocabulary(searchVocabularyUrl),
    hints: hintLoader(searchHintsUrl),
    pageUrl: (page, anchor) => `${withBase(page)}${anchor ? `#${anchor}` : ''}`,
  });
}
