/**
 * Writes the hint index (core/hint-match.ts) at build time: every page's
 * title, other names and questions, filed under each of their meaningful
 * stems, one classic script per two-letter shard, plus the list of shards.
 */
import { classicScript } from '../lib/classic-script.ts';
import type { ExtractedPage } from './extract.ts';
import type { PageHints } from './hints.ts';
import { HINT_CALLBACK, HINT_KEYS_CALLBACK, HINT_KEYS_FILE, HintKind, hintShardOf, hintStems, type HintShardFile } from './core/hint-match.ts';

export class HintIndexBuilder {
  private readonly shards = new Map<string, { pages: Map<string, number>; file: HintShardFile }>();

  add(path: string, page: ExtractedPage, hints: PageHints | undefined): void {
    let number = 0;
    const hint = (kind: HintKind, text: string, anchor = '') => {
      const stems = hintStems(text);
      number += 1;
      for (const stem of stems) {
        const key = hintShardOf(stem);
        let shard = this.shards.get(key);
        if (!shard) this.shards.set(key, (shard = { pages: new Map(), file: { p: [], s: {} } }));
        let ref = shard.pages.get(path);
        if (ref === undefined) {
          ref = shard.file.p.push([path, page.title, page.section]) - 1;
          shard.pages.set(path, ref);
        }
        (shard.file.s[stem] ??= []).push([ref, number, kind, anchor, stems.length]);
      }
    };
    hint(HintKind.Title, page.title);
    for (const alias of hints?.aliases ?? []) hint(HintKind.Alias, alias);
    for (const { text, section } of hints?.questions ?? []) hint(HintKind.Question, text, section);
  }

  /** File name → script text: one per shard, and the list of shards. */
  scripts(): Record<string, string> {
    const keys = [...this.shards.keys()].sort();
    return {
      [`${HINT_KEYS_FILE}.js`]: classicScript(HINT_KEYS_CALLBACK, keys),
      ...Object.fromEntries(keys.map((key) => [`${key}.js`, classicScript(HINT_CALLBACK, key, this.shards.get(key)!.file)])),
    };
  }
}
