/**
 * Pagefind's index of the online site, through its Node API, page by page as
 * the post-build pass reads them (no second read of dist/). Only what pages
 * mark `data-pagefind-body` is indexed; code samples stay out, since their
 * tokens drown the prose and swell the fragments each result downloads.
 */
import type { CheerioAPI } from 'cheerio';
import { readdir, rm } from 'node:fs/promises';
import { join } from 'node:path';
import * as pagefind from 'pagefind';
import { withBase } from '../../lib/urls.ts';
import type { PageHints } from '../hints.ts';
import { withHints } from './with-hints.ts';

export interface PagefindIndex {
  /** Indexes one page (its site path without the base) with its hints. */
  add(path: string, html: string, $: CheerioAPI, hints: PageHints | undefined): Promise<void>;
  /** Writes the index into `<outDir>/pagefind/`. */
  finish(): Promise<void>;
}

const fail = (what: string, errors: readonly string[]): never => {
  throw new Error(`Search index: ${what} failed:\n${errors.map((error) => `  - ${error}`).join('\n')}`);
};

export async function pagefindIndex(outDir: string, base: string): Promise<PagefindIndex> {
  const { index, errors } = await pagefind.createIndex({ excludeSelectors: ['pre'] });
  if (!index) return fail('creating the index', errors);
  return {
    async add(path, html, $, hints) {
      const added = await index.addHTMLFile({ url: withBase(path, base), content: withHints(html, $, hints) });
      if (added.errors.length > 0) fail(`indexing ${path}`, added.errors);
    },
    async finish() {
      try {
        const outputPath = join(outDir, 'pagefind');
        const written = await index.writeFiles({ outputPath });
        if (written.errors.length > 0) fail('writing the index', written.errors);
        // Our own dialog renders results; Pagefind's ready-made UIs would only be dead weight.
        for (const name of await readdir(outputPath)) {
          if (/^pagefind-(component-|modular-)?ui\./.test(name)) await rm(join(outputPath, name));
        }
      } finally {
        await pagefind.close();
      }
    },
  };
}
