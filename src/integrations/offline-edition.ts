import type { AstroIntegration } from 'astro';
import { build } from 'esbuild';
import { strToU8, zipSync, type Zippable } from 'fflate';
import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import { dirname, join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildInfo, versionLabel } from '../lib/build-info.ts';
import { formatDate, isoDate } from '../lib/dates.ts';
import { offlineZipUrl } from '../lib/urls.ts';
import { buildOfflineIndex, offlineIndexScripts } from '../offline/offline-index.ts';
import { offlinePage, sitePath } from '../offline/transform-page.ts';
import { site } from '../site.ts';

/** The folder inside the zip; readers open backend-guide/index.html. */
const FOLDER = 'backend-guide';

/** What the offline copy leaves out: the online search index, module scripts, and the zip itself. */
const skipped = (file: string) => file.startsWith('pagefind/') || file.startsWith('downloads/') || /^_astro\/.*\.js$/.test(file);

const readme = (builtOn: string) => `Backend Guide, offline edition
==============================

Built ${builtOn} from version ${versionLabel}.

How to open it
1. Unzip this file anywhere (you have probably done that already).
2. Open the "${FOLDER}" folder and double-click index.html. It opens in your web browser.
3. Read, follow links and search as you would online. Nothing is fetched from the internet.

Every page links to the same page online, where the latest version lives:
${site.url}
`;

/** "1.2 MB" */
const formatSize = (bytes: number) => (bytes >= 1024 * 1024 ? `${(bytes / 1024 / 1024).toFixed(1)} MB` : `${Math.round(bytes / 1024)} KB`);

/**
 * Writes the offline edition as part of `astro build`: a copy of the site
 * whose pages work from disk, an index for offline search as classic
 * scripts, and a README, zipped to dist/downloads/. Then fills the zip's size
 * into the Download page.
 */
export function offlineEdition(): AstroIntegration {
  return {
    name: 'backend-guide:offline-edition',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const root = fileURLToPath(dir);
        const started = performance.now();
        const builtOn = formatDate(buildInfo.builtAt);
        const files = (await readdir(root, { recursive: true, withFileTypes: true }))
          .filter((entry) => entry.isFile())
          .map((entry) => relative(root, join(entry.parentPath, entry.name)).split(sep).join('/'))
          .filter((file) => !skipped(file))
          .sort();

        const zip: Zippable = { [`${FOLDER}/README.txt`]: strToU8(readme(builtOn)) };
        const pages: { url: string; html: string }[] = [];
        for (const file of files) {
          const bytes = await readFile(join(root, file));
          if (file.endsWith('.html')) {
            const html = bytes.toString('utf8');
            pages.push({ url: sitePath(file), html });
            zip[`${FOLDER}/${file}`] = strToU8(offlinePage(html, { file, onlineRoot: site.url, builtOn, builtIso: isoDate(buildInfo.builtAt) }));
          } else {
            zip[`${FOLDER}/${file}`] = bytes;
          }
        }

        const index = offlineIndexScripts(buildOfflineIndex(pages));
        let indexBytes = 0;
        for (const [name, text] of Object.entries(index)) {
          zip[`${FOLDER}/offline/${name}`] = strToU8(text);
          indexBytes += text.length;
        }
        const bundle = await build({
          entryPoints: [fileURLToPath(new URL('../offline/offline-search.ts', import.meta.url))],
          bundle: true,
          format: 'iife',
          minify: true,
          write: false,
          target: 'es2022',
          logLevel: 'silent',
        });
        zip[`${FOLDER}/offline/search.js`] = bundle.outputFiles[0]!.contents;

        const archive = zipSync(zip, { level: 9 });
        const zipFile = join(root, offlineZipUrl);
        await mkdir(dirname(zipFile), { recursive: true });
        await writeFile(zipFile, archive);

        const downloadPage = join(root, 'download', 'index.html');
        const page = await readFile(downloadPage, 'utf8');
        const filled = page.replace(/(<span data-offline-size[^>]*>)[^<]*(<\/span>)/, `$1${formatSize(archive.length)}$2`);
        if (filled === page) throw new Error('src/pages/download.astro: no <span data-offline-size> to fill with the zip size');
        await writeFile(downloadPage, filled);
        logger.info(
          `offline edition: ${pages.length} pages, ${formatSize(archive.length)} zip, index ${formatSize(indexBytes)} in ${Object.keys(index).length} files, in ${Math.round(performance.now() - started)} ms`,
        );
      },
    },
  };
}
