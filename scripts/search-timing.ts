/** Timing one search as a reader sees it, shared by the benchmarks (bench-search.ts online, offline-search-probe.ts from disk). */
import type { Page } from '@playwright/test';

/** Sets the query in the open search dialog as one input event and resolves with the ms until results (or "no results") are on screen. */
export async function timeQuery(page: Page, query: string): Promise<number> {
  return page.evaluate(
    (text) =>
      new Promise<number>((resolve) => {
        const input = document.querySelector<HTMLInputElement>('dialog[open] input[type="search"]')!;
        const status = document.querySelector('dialog[open] .search-status')!;
        const started = performance.now();
        const observer = new MutationObserver(() => {
          if (status.textContent?.includes(`“${text}”`)) {
            observer.disconnect();
            requestAnimationFrame(() => resolve(performance.now() - started));
          }
        });
        observer.observe(status, { childList: true, characterData: true, subtree: true });
        input.value = text;
        input.dispatchEvent(new Event('input', { bubbles: true }));
      }),
    query,
  );
}
