/**
 * Loads the hint index (hint-match.ts): first the list of shards that exist,
 * then each shard a query needs, as classic scripts that call a global
 * function (the same way online and from disk, where fetching a local file is
 * refused). A shard that is not on the list is empty and never requested.
 */
import { loadClassicScript } from '../../lib/classic-script.ts';
import { HINT_CALLBACK, HINT_KEYS_CALLBACK, HINT_KEYS_FILE, readHintShard, type HintShard, type HintShardFile } from './hint-match.ts';

declare global {
  interface Window {
    [HINT_KEYS_CALLBACK]?: (keys: string[]) => void;
    [HINT_CALLBACK]?: (shard: string, file: HintShardFile) => void;
  }
}

/** A loader for the shards in `folderUrl` (ending in "/"). */
export function hintLoader(folderUrl: string): (shard: string) => Promise<HintShard> {
  const waiting = new Map<string, (file: HintShardFile) => void>();
  const loaded = new Map<string, Promise<HintShard>>();
  let keys: Promise<Set<string>> | undefined;
  window[HINT_CALLBACK] = (shard, file) => waiting.get(shard)?.(file);
  return async (shard) => {
    keys ??= new Promise<Set<string>>((resolve) => {
      window[HINT_KEYS_CALLBACK] = (list) => resolve(new Set(list));
      loadClassicScript(`${folderUrl}${HINT_KEYS_FILE}.js`).catch(() => resolve(new Set()));
    });
    if (!(await keys).has(shard)) return {};
    let promise = loaded.get(shard);
    if (!promise) {
      promise = new Promise<HintShard>((resolve) => {
        waiting.set(shard, (file) => resolve(readHintShard(file)));
        loadClassicScript(`${folderUrl}${shard}.js`).catch(() => resolve({}));
      });
      loaded.set(shard, promise);
    }
    return promise;
  };
}
