/**
 * The glossary definitions as the browser receives them, from the classic
 * script /glossary-previews.js (src/pages/glossary-previews.js.ts), which
 * calls back with term id → [term, definition]. Loaded once, on first use.
 */
import { loadClassicScript } from '../lib/classic-script.ts';

export type PreviewData = Record<string, [term: string, definition: string]>;

export const PREVIEWS_CALLBACK = 'BG_GLOSSARY_PREVIEWS';

declare global {
  interface Window {
    [PREVIEWS_CALLBACK]?: (data: PreviewData) => void;
  }
}

let loading: Promise<PreviewData> | undefined;

/** The definitions, from `url` (the script's address: online under the base, offline relative to the page). */
export function loadPreviews(url: string): Promise<PreviewData> {
  loading ??= new Promise<PreviewData>((resolve, reject) => {
    window[PREVIEWS_CALLBACK] = resolve;
    loadClassicScript(url).catch((error: unknown) => {
      loading = undefined;
      reject(error);
    });
  });
  return loading;
}
