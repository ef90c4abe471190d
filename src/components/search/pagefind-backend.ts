/**
 * The online index: Pagefind's browser API, loaded from /pagefind/ the first
 * time a search runs. Pagefind ranks; this file only shapes its results.
 */
import { preferTitleMatches, searchWords } from './query.ts';
import type { SearchBackend, SearchHit, SearchLocation } from './types.ts';

/**
 * Each result's data is a fragment request (a few KB), so the first answer
 * loads only the top five; "Show more" loads the rest ten at a time. Title
 * matches move up first, using titles.json (written at build time), so that
 * costs no fragment downloads.
 */
const SHOWN = 5;
const PAGE = 10;
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
  ): Promise<{ results: { id: string; data(): Promise<PagefindData> }[]; filters?: Record<string, Record<string, number>>; totalFilters?: Record<string, Record<string, number>> } | null>;
}

const score = (sub: PagefindSubResult) => (sub.weighted_locations ?? []).reduce((sum, location) => sum + location.balanced_score, 0);

let api: Promise<PagefindApi> | undefined;
let titles: Promise<Record<string, string>> | undefined;

function load(base: string): Promise<PagefindApi> {
  api ??= (async () => {
    titles ??= fetch(`${base}pagefind/titles.json`).then((response) => (response.ok ? response.json() : {}), () => ({}));
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
      if (!found) return { hits: [], total: 0, perSection: {}, more: async () => [] };
      const known = (await titles) ?? {};
      const ranked = preferTitleMatches(words, found.results.map((result) => ({ result, title: known[result.id] ?? '' })));
      const loadHits = (from: number, to: number) => Promise.all(ranked.slice(from, to).map(async ({ result }) => toHit(await result.data())));
      let next = SHOWN;
      return {
        hits: await loadHits(0, SHOWN),
        total: found.results.length,
        perSection: found.totalFilters?.section ?? found.filters?.section ?? {},
        async more() {
          const page = await loadHits(next, next + PAGE);
          next += PAGE;
          return page;
        },
      };
    },
  };
}
