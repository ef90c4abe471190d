/**
 * Writes the hint index (core/hint-match.ts) at build time: every page's
 * title, other names and questions, filed under each of their meaningful
 * stems, one classic script per first letter.
 */
import type { ExtractedPage } from './extract.ts';
import type { PageHints } from './hints.ts';
import { HINT_CALLBACK, HINT_SHARDS, HintKind, hintShardOf, hintStems, type HintEntry, type HintShard } from './core/hint-match.ts';

export class HintIndexBuilder {
  private readonly shards: Record<string, HintShard> = {};

  private file(entry: HintEntry, stems: readonly string[]): void {
    for (const stem of stems) {
      const shard = (this.shards[hintShardOf(stem)] ??= {});
      (shard[stem] ??= []).push(entry);
    }
  }

  add(path: string, page: ExtractedPage, hints: PageHints | undefined): void {
    const hint = (kind: HintKind, text: string, anchor = '') => {
      const stems = hintStems(text);
      if (stems.length > 0) this.file([path, page.title, page.section, kind, anchor, text, stems.length], stems);
    };
    hint(HintKind.Title, page.title);
    for (const alias of hints?.aliases ?? []) hint(HintKind.Alias, alias);
    for (const { text, section } of hints?.questions ?? []) hint(HintKind.Question, text, section);
  }

  /** File name (shard + ".js") → script text; every shard a query can ask for has a file, empty or not, so no lookup ends in a 404. */
  scripts(): Record<string, string> {
    return Object.fromEntries(HINT_SHARDS.map((shard) => [`${shard}.js`, `${HINT_CALLBACK}(${JSON.stringify(shard)},${JSON.stringify(this.shards[shard] ?? {})});\n`]));
  }
}
