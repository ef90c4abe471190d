/**
 * The offline edition, written as part of `astro build`: a copy of the site
 * whose pages work from disk, an index for offline search as classic scripts,
 * the search script, and a README, streamed into a zip under
 * dist/downloads/ as the post-build pass hands over each page, so the build
 * never holds the whole archive in memory.
 */
import { build, type Plugin } from 'esbuild';
import { strToU8, Zip, ZipDeflate } from 'fflate';
import { createWriteStream } from 'node:fs';
import { mkdir, readFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { BuiltPage } from '../integrations/built-site.ts';
import type { BuildInfo } from '../integrations/build-info.ts';
import { versionLabel } from '../integrations/build-info.ts';
import { formatDate, isoDate } from '../lib/dates.ts';
import { editionPaths, previewImagesPath, searchHintsPath, searchVocabularyPath } from '../lib/urls.ts';
import { offlinePage } from './page.ts';

/** `import css from './x.css?inline'` as Vite reads it: the stylesheet's text. */
const inlineCss: Plugin = {
  name: 'inline-css',
  setup(builder) {
    builder.onResolve({ filter: /\.css\?inline$/ }, (args) => ({ path: join(args.resolveDir, args.path.replace(/\?inline$/, '')), namespace: 'inline-css' }));
    builder.onLoad({ filter: /.*/, namespace: 'inline-css' }, async (args) => ({ contents: await readFile(args.path, 'utf8'), loader: 'text' }));
  },
};

/** The folder inside the zip; readers open backend-guide/index.html. */
export const FOLDER = 'backend-guide';

/**
 * What the offline copy leaves out: the online search index, hints and vocabulary (it has its own), module scripts,
 * the downloads themselves, and the social preview images (only link previews in chat apps and social sites show them).
 */
export const skippedFromOffline = (file: string) =>
  file.startsWith('pagefind/') ||
  file.startsWith('downloads/') ||
  /^_astro\/.*\.js$/.test(file) ||
  `/${file}` === searchVocabularyPath ||
  `/${file}`.startsWith(searchHintsPath) ||
  `/${file}`.startsWith(previewImagesPath);

const readme = (builtOn: string, version: string, onlineRoot: string | undefined) => `Backend Guide, offline edition
==============================

Built ${builtOn} from version ${version}.

How to open it
1. Unzip this file anywhere (you have probably done that already).
2. Open the "${FOLDER}" folder and double-click index.html. It opens in your web browser.
3. Read, follow links and search as you would online. Nothing is fetched from the internet.
${onlineRoot ? `\nEvery page links to the same page online, where the latest version lives:\n${onlineRoot}\n` : ''}`;

/** "1.2 MB" */
export const formatSize = (bytes: number) => (bytes >= 1024 * 1024 ? `${(bytes / 1024 / 1024).toFixed(1)} MB` : `${Math.round(bytes / 1024)} KB`);

export interface OfflineEditionOptions {
  outDir: string;
  base: string;
  /** The site's root URL (site + base) when known; otherwise the copy links nothing online. */
  onlineRoot?: string;
  buildInfo: BuildInfo;
}

export interface OfflineEdition {
  page(page: BuiltPage): void;
  /** Adds every non-page file, the search index scripts (name → text, from src/search/build-step.ts) and the site script, and closes the zip. */
  finish(files: readonly string[], searchScripts: Record<string, string>): Promise<{ pages: number; bytes: number; indexBytes: number; indexFiles: number }>;
}

export async function offlineEdition({ outDir, base, onlineRoot, buildInfo }: OfflineEditionOptions): Promise<OfflineEdition> {
  const built = new Date(buildInfo.builtAt);
  const builtOn = formatDate(built);
  const zipFile = join(outDir, editionPaths.offlineZip);
  await mkdir(dirname(zipFile), { recursive: true });
  const out = createWriteStream(zipFile);
  let bytes = 0;
  let failure: Error | undefined;
  const done = new Promise<void>((resolve, reject) => {
    out.on('finish', resolve);
    out.on('error', reject);
  });
  const zip = new Zip((error, chunk, final) => {
    if (error) failure = error;
    else {
      bytes += chunk.length;
      out.write(chunk);
      if (final) out.end();
    }
  });
  const add = (name: string, data: Uint8Array) => {
    const entry = new ZipDeflate(`${FOLDER}/${name}`, { level: 9 });
    zip.add(entry);
    entry.push(data, true);
  };
  let pages = 0;

  return {
    page({ file, $ }) {
      if (skippedFromOffline(file)) return;
      add(file, strToU8(offlinePage($, { file, base, onlineRoot, builtOn, builtIso: isoDate(built) })));
      pages += 1;
    },
    async finish(files, searchScripts) {
      add('README.txt', strToU8(readme(builtOn, versionLabel(buildInfo), onlineRoot)));
      for (const file of files) {
        if (!file.endsWith('.html') && !skippedFromOffline(file)) add(file, await readFile(join(outDir, file)));
      }
      let indexBytes = 0;
      for (const [name, text] of Object.entries(searchScripts)) {
        add(`offline/${name}`, strToU8(text));
        indexBytes += text.length;
      }
      const bundle = await build({
        entryPoints: [fileURLToPath(new URL('./site.ts', import.meta.url))],
        bundle: true,
        format: 'iife',
        minify: true,
        write: false,
        target: 'es2022',
        logLevel: 'silent',
        plugins: [inlineCss],
      });
      add('offline/site.js', bundle.outputFiles[0]!.contents);
      zip.end();
      await done;
      if (failure) throw failure;
      return { pages, bytes, indexBytes, indexFiles: Object.keys(searchScripts).length };
    },
  };
}
