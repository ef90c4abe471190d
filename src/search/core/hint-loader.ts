/**
 * Loads the hint index (hint-match.ts) a letter at a time, as classic scripts
 * that call a global function: the same way online and from disk, where
 * fetching a local file is refused.
 */
import { HINT_CALLBACK, type HintShard } from './hint-match.ts';

declare global {
  interface Window {
    [HINT_CALLBACK]?: (shard: string, entries: HintShard) => void;
  }
}

const waiting = new Map<string, (entries: HintShard) => void>();
const loaded = new Map<string, Promise<HintShard>>();

/** A loader for the shards in `folderUrl` (ending in "/"); a letter no hint word starts with has no file and loads as empty. */
export function hintLoader(folderUrl: string): (shard: string) => Promise<HintShard> {
  window[HINT_CALLBACK] = (shard, entries) => waiting.get(shard)?.(entries);
  return (shard) => {
    let promise = loaded.get(shard);
    if (!promise) {
      promise = new Promise<HintShard>((resolve) => {
        waiting.set(shard, resolve);
        const script = Object.assign(document.createElement('script'), { src: `${folderUrl}${shard}.js` });
        script.addEventListener('error', () => resolve({}));
        document.head.append(script);
      });
      loaded.set(shard, promise);
    }
    return promise;
  };
}
