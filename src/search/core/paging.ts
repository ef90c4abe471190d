/**
 * Results arrive ranked; the panel shows the best few at once and the rest
 * on request. One place decides how many, for both indexes.
 */
import type { SearchHit, SearchOutcome } from './types.ts';

/** Results shown at first, results each "Show more" adds, and matching headings shown per result. */
export const SHOWN = 5;
export const PAGE = 10;
export const SUB_RESULTS = 3;

/** An outcome over ranked `items`, turning each into a hit only when it is shown. */
export async function pagedOutcome<T>(
  items: readonly T[],
  perSection: Record<string, number>,
  toHits: (items: readonly T[]) => Promise<SearchHit[]> | SearchHit[],
): Promise<SearchOutcome> {
  let next = SHOWN;
  return {
    hits: await toHits(items.slice(0, SHOWN)),
    total: items.length,
    perSection,
    async more() {
      const page = await toHits(items.slice(next, next + PAGE));
      next += PAGE;
      return page;
    },
  };
}

/** An outcome with nothing in it. */
export const emptyOutcome = (): SearchOutcome => ({ hits: [], total: 0, perSection: {}, more: async () => [] });
