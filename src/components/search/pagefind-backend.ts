/**
 * The online index: Pagefind's browser API, loaded from /pagefind/ the first
 * time a search runs. Pagefind ranks; this file only shapes its results.
 */
import { preferTitleMatches, searchWords } from './query.ts';
import type { SearchBackend, SearchHit, SearchLocation } from './types.ts';

/** Results shown, and results whose data is loaded to pick them (a fragment request each). */
const SHOWN = 10;
const CONSIDERED = 16;
const SUB_RESULTS = 3;

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
interface PagefindApi {
  options(options: Record<string, unknown>): Promise<void>;
  init(): Promise<void>;
  filters(): Promise<Record<string, Record<string, number>>>;
  search(
    query: string,
    options?: { filters?: Record<string, string> },
  ): Promise<{ results: { data(): Promise<PagefindData> }[]; filters?: Record<string, Record<string, number>>; totalFilters?: Record<string, Record<string, number>> } | null>;
}

const score = (sub: PagefindSubResult) => (sub.weighted_locations ?? []).reduce((sum, location) => sum + location.balanced_score, 0);

let api: Promise<PagefindApi> | undefined;

function load(base: string): Promise<PagefindApi> {
  api ??= (async () => {
    const pagefind = (await import(/* @vite-ignore */ `${base}pagefind/pagefind.js`)) as PagefindApi;
    // Result links carry ?highlight=… so the opened page marks the words.
    await pagefind.options({ highlightParam: 'highlight' });
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
  return {
    // Opening a result goes straight to its best-matching heading.
    url: best && best.url.includes('#') ? best.url : pageUrl,
    title: data.meta.title ?? pageUrl,
    section: data.filters.section?.[0] ?? '',
    excerpt: data.excerpt,
    subResults: headings,
  };
}

export function pagefindBackend(base = '/'): SearchBackend {
  return {
    async search(query, section) {
      const pagefind = await load(base);
      const words = searchWords(query);
      const found = await pagefind.search(words, section ? { filters: { section } } : {});
      if (!found) return { hits: [], total: 0, perSection: {} };
      const considered = await Promise.all(found.results.slice(0, CONSIDERED).map(async (result) => toHit(await result.data())));
      const hits = preferTitleMatches(words, considered).slice(0, SHOWN);
      return { hits, total: found.results.length, perSection: found.totalFilters?.section ?? found.filters?.section ?? {} };
    },
  };
}
