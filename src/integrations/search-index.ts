import type { AstroIntegration } from 'astro';
import { readdir, readFile, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as pagefind from 'pagefind';
import { glossaryRecords } from '../lib/search-records.ts';

/**
 * Indexes the built site with Pagefind's Node API as the last step of
 * `astro build`, so one command yields a searchable site. Only what pages
 * mark with data-pagefind-body is indexed (article bodies, section pages);
 * glossary entries are added one record each.
 */
export function searchIndex(): AstroIntegration {
  return {
    name: 'backend-guide:search-index',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const root = fileURLToPath(dir);
        const started = performance.now();
        const fail = (what: string, errors: string[]) => {
          throw new Error(`Search index: ${what} failed:\n${errors.map((error) => `  - ${error}`).join('\n')}`);
        };
        const { index, errors } = await pagefind.createIndex({});
        if (!index) return fail('creating the index', errors);
        try {
          const pages = await index.addDirectory({ path: root });
          if (pages.errors.length > 0) fail('indexing dist/', pages.errors);
          if (pages.page_count === 0) fail('indexing dist/', ['no page has data-pagefind-body']);

          const records = glossaryRecords(await readFile(join(root, 'glossary', 'index.html'), 'utf8'), '/glossary/');
          for (const record of records) {
            const added = await index.addHTMLFile(record);
            if (added.errors.length > 0) fail(`indexing ${record.url}`, added.errors);
          }
          const written = await index.writeFiles({ outputPath: join(root, 'pagefind') });
          if (written.errors.length > 0) fail('writing the index', written.errors);
          // Our own dialog renders results; Pagefind's ready-made UIs would only be dead weight in dist/.
          const outDir = join(root, 'pagefind');
          for (const name of await readdir(outDir)) {
            if (/^pagefind-(component-|modular-)?ui\./.test(name)) await rm(join(outDir, name));
          }
          logger.info(
            `indexed ${pages.page_count} pages and ${records.length} glossary entries in ${Math.round(performance.now() - started)} ms`,
          );
        } finally {
          await pagefind.close();
        }
      },
    },
  };
}
