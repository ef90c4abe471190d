import type { AstroIntegration } from 'astro';
import { readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { gunzipSync } from 'node:zlib';
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
        // Code samples stay out of the index: their tokens drown the prose, and they
        // would swell the fragments each result downloads.
        const { index, errors } = await pagefind.createIndex({ excludeSelectors: ['pre'] });
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
          const titles = await writeTitles(outDir);
          logger.info(
            `indexed ${pages.page_count} pages and ${records.length} glossary entries (${titles} titles) in ${Math.round(performance.now() - started)} ms`,
          );
        } finally {
          await pagefind.close();
        }
      },
    },
  };
}

/**
 * Writes pagefind/titles.json: each result id with its title, so the client
 * can move title matches up before it downloads any result's fragment. Read
 * from the fragments Pagefind just wrote (gzipped "pagefind_dcd" + JSON).
 */
async function writeTitles(outDir: string): Promise<number> {
  const titles: Record<string, string> = {};
  for (const name of await readdir(join(outDir, 'fragment'))) {
    const text = gunzipSync(await readFile(join(outDir, 'fragment', name))).toString('utf8');
    const fragment = JSON.parse(text.slice(text.indexOf('{'))) as { url: string; meta?: { title?: string } };
    titles[name.replace(/\.pf_fragment$/, '')] = fragment.meta?.title ?? fragment.url;
  }
  await writeFile(join(outDir, 'titles.json'), JSON.stringify(titles));
  return Object.keys(titles).length;
}
