/**
 * Indexes the built site with Pagefind's Node API, page by page as the
 * post-build pass reads them (no second read of dist/), plus one custom
 * record per glossary entry. Only what pages mark `data-pagefind-body` is
 * indexed; code samples stay out, since their tokens drown the prose and
 * swell the fragments each result downloads.
 */
import { readdir, rm } from 'node:fs/promises';
import { join } from 'node:path';
import * as pagefind from 'pagefind';
import type { BuiltPage } from '../../integrations/built-site.ts';
import { withBase } from '../../lib/urls.ts';
import { GLOSSARY_SECTION, glossaryEntry } from '../glossary-records.ts';

export interface PagefindStep {
  page(page: BuiltPage): Promise<void>;
  /** Writes the index into `<outDir>/pagefind/`; returns pages and records indexed. */
  finish(): Promise<{ pages: number; records: number }>;
}

const fail = (what: string, errors: readonly string[]): never => {
  throw new Error(`Search index: ${what} failed:\n${errors.map((error) => `  - ${error}`).join('\n')}`);
};

export async function pagefindStep(outDir: string, base: string): Promise<PagefindStep> {
  const { index, errors } = await pagefind.createIndex({ excludeSelectors: ['pre'] });
  if (!index) return fail('creating the index', errors);
  let pages = 0;
  let records = 0;
  return {
    async page({ path, html, $ }) {
      if ($('[data-pagefind-body]').length > 0) {
        const added = await index.addHTMLFile({ url: withBase(path, base), content: html });
        if (added.errors.length > 0) fail(`indexing ${path}`, added.errors);
        pages += 1;
      }
      const entry = glossaryEntry($, path);
      if (!entry) return;
      const record = await index.addCustomRecord({
        url: entry.url,
        content: entry.definition,
        language: 'en',
        meta: { title: entry.term, description: entry.definition },
        filters: { section: [GLOSSARY_SECTION] },
      });
      if (record.errors.length > 0) fail(`indexing ${entry.url}`, record.errors);
      records += 1;
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
        return { pages, records };
      } finally {
        await pagefind.close();
      }
    },
  };
}
