/**
 * The vocabulary for suggestions travels as a classic script calling a
 * global function: it loads the same way online and from disk (where fetch
 * of a local file is refused). Written by ../vocabulary.ts.
 */
import { loadClassicScript } from '../../lib/classic-script.ts';

export const VOCABULARY_CALLBACK = 'BG_SEARCH_VOCABULARY';

declare global {
  interface Window {
    [VOCABULARY_CALLBACK]?: (words: string[]) => void;
  }
}

let loading: Promise<string[]> | undefined;

/** Loads the vocabulary script at `url` once; later calls share the result. */
export function loadVocabulary(url: string): Promise<string[]> {
  loading ??= new Promise<string[]>((resolve, reject) => {
    window[VOCABULARY_CALLBACK] = resolve;
    loadClassicScript(url).catch(reject);
  });
  return loading;
}
