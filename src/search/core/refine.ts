/**
 * What both indexes share on top of their own matching, so online and
 * offline differ only in how they match words, not in what the reader sees:
 *
 * - variant spellings made one (variants.ts);
 * - pages with a question, other name or title that holds the whole query
 *   first, opened where the question is answered (hint-match.ts);
 * - then a page whose title holds the query ahead of pages that only mention
 *   it (query.ts);
 * - a glossary term the query names first, as an answer (answer.ts);
 * - when little or nothing matches, the closest query the guide's words
 *   allow (suggest.ts), run at once when nothing matched.
 */
import { answerFor } from './answer.ts';
import { hintShardOf, hintStems, matchHints, type HintEntry, type HintShard } from './hint-match.ts';
import { preferTitleMatches, searchWords } from './query.ts';
import type { Suggester } from './suggest.ts';
import type { SearchBackend, SearchHit, SearchOutcome } from './types.ts';
import { canonicalQuery } from './variants.ts';

/** Fewer results than this, and a better query is suggested. */
export const FEW_RESULTS = 3;

export interface RefineSources {
  /** The guide's words, most frequent first. */
  vocabulary(): Promise<readonly string[]>;
  /** One shard of the hint index. */
  hints(shard: string): Promise<HintShard>;
  /** The URL that opens `page` (a site path) at `anchor`, in this edition. */
  pageUrl(page: string, anchor: string): string;
}

export function refine(backend: SearchBackend, sources: RefineSources): SearchBackend {
  let suggester: Promise<Suggester> | undefined;
  // Loaded only when a query finds little, like the vocabulary it reads.
  const suggest = async (query: string) =>
    (await (suggester ??= Promise.all([import('./suggest.ts'), sources.vocabulary()]).then(([{ Suggester }, words]) => new Suggester(words)))).suggest(query);

  /** The pages the query's words all fall in one hint of, as hits, best first. */
  function hinted(query: string, hits: readonly SearchHit[], section: string | undefined, shards: Map<string, HintShard>): SearchHit[] {
    const stems = hintStems(searchWords(query));
    const inSection = (entries: readonly HintEntry[]) => (section ? entries.filter((entry) => entry[2] === section) : entries);
    return matchHints(stems, (stem) => inSection(shards.get(hintShardOf(stem))?.[stem] ?? [])).map(({ entry: [page, title, section, , anchor] }) => {
      const found = hits.find((hit) => hit.page === page);
      // A question opens the page where it is answered; a title or another name of the subject, at its top.
      // A hit the index returned keeps its address otherwise (online, ?highlight= marks the words on the page).
      if (found) return { ...found, url: `${found.url.split('#')[0]}${anchor ? `#${anchor}` : ''}` };
      return { page, url: sources.pageUrl(page, anchor), title, section, excerpt: '', subResults: [] };
    });
  }

  /** The hint shards a query needs, requested at once so they load while the index searches. */
  function hintShards(query: string): Promise<Map<string, HintShard>> {
    const shards = [...new Set(hintStems(searchWords(query)).map(hintShardOf))];
    return Promise.all(shards.map(async (shard) => [shard, await sources.hints(shard)] as const)).then((loaded) => new Map(loaded));
  }

  async function arrange(query: string, outcome: SearchOutcome, section: string | undefined, shards: Promise<Map<string, HintShard>>): Promise<SearchOutcome> {
    // A missing hint file costs the boost, never the results.
    const first = await shards.then((loaded) => hinted(query, outcome.hits, section, loaded)).catch(() => []);
    const promoted = new Set(first.map((hit) => hit.page));
    const rest = preferTitleMatches(searchWords(query), outcome.hits.filter((hit) => !promoted.has(hit.page)));
    const hits = [...first, ...rest];
    const answer = answerFor(query, hits);
    // Both indexes hold the hints too, so a promoted page is among their results already: the counts stand, and "Show more" skips it.
    return {
      ...outcome,
      total: Math.max(outcome.total, hits.length),
      hits: answer ? [answer, ...hits.filter((hit) => hit !== answer)] : hits,
      answer,
      more: async () => (await outcome.more()).filter((hit) => !promoted.has(hit.page)),
    };
  }

  return {
    prepare: () => backend.prepare?.(),
    async search(typed, section) {
      const query = canonicalQuery(typed);
      const shards = hintShards(query);
      const outcome = await backend.search(query, section);
      if (outcome.total >= FEW_RESULTS) return arrange(query, outcome, section, shards);
      // A missing vocabulary costs the suggestion, never the results.
      const better = await suggest(query).catch(() => undefined);
      if (!better) return arrange(query, outcome, section, shards);
      if (outcome.total === 0) {
        const retried = await backend.search(better, section);
        if (retried.total > 0) return { ...(await arrange(better, retried, section, hintShards(better))), corrected: { from: typed, to: better } };
        return arrange(query, outcome, section, shards);
      }
      return { ...(await arrange(query, outcome, section, shards)), suggestion: better };
    },
  };
}
