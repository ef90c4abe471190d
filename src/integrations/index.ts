/**
 * The site's one integration. It reads Astro's resolved config (site, base,
 * output folder), works out the build's facts once, installs the Markdown
 * pipeline and the virtual config module, and runs the post-build steps in
 * their fixed order. A failed build leaves no half-written output folder.
 */
import { satteri } from '@astrojs/markdown-satteri';
import sitemap from '@astrojs/sitemap';
import type { AstroIntegration } from 'astro';
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { normalizeBase } from '../lib/urls.ts';
import { codeColorClasses } from '../markdown/code-colors.ts';
import { markdownPlugins } from '../markdown/index.ts';
import { computeBuildInfo } from './build-info.ts';
import { pdfUnavailable } from '../pdf/edition.ts';
import { listedInSitemap } from '../deploy/sitemap.ts';
import { postBuild } from './post-build.ts';
import { virtualConfigPlugin } from './virtual-config.ts';

export interface BackendGuideOptions {
  /** The content folder, relative to the project root (fixtures point it elsewhere). */
  contentDir?: string;
  /** Write the offline edition (fixture builds that test only content skip it). */
  offline?: boolean;
  /** Write the Pagefind index. */
  search?: boolean;
  /** Render the PDF edition (needs Chromium; skipped with a message when there is none). */
  pdf?: boolean;
  /** The Chromium the PDF is rendered with (the one the browser tests use). */
  chromiumPath?: string;
}

export function backendGuide({ contentDir = 'content', offline = true, search = true, pdf = true, chromiumPath = '/usr/bin/chromium' }: BackendGuideOptions = {}): AstroIntegration {
  let base = '/';
  let outDir = '';
  let onlineRoot: string | undefined;
  let started = false;
  let buildInfo: ReturnType<typeof computeBuildInfo>;
  let printWith: string | undefined;
  return {
    name: 'backend-guide',
    hooks: {
      'astro:config:setup': async ({ config, command, updateConfig, logger }) => {
        base = normalizeBase(config.base);
        buildInfo = computeBuildInfo(fileURLToPath(config.root));
        // Known before any page renders, so the Download page offers a PDF only when the build can make one.
        const noPdf = offline ? (pdf ? await pdfUnavailable(chromiumPath) : 'turned off for this build (BG_PDF=0)') : undefined;
        if (noPdf && command === 'build') logger.warn(`PDF edition skipped: ${noPdf}; the Download page does not offer it.`);
        printWith = offline && !noPdf ? chromiumPath : undefined;
        updateConfig({
          // A sitemap needs absolute URLs, so only a build that knows its address (SITE_URL) writes one; as Starlight adds it.
          integrations: config.site ? [sitemap({ filter: (page) => listedInSitemap(page, base) })] : [],
          markdown: { processor: satteri(markdownPlugins({ base })), shikiConfig: { transformers: [codeColorClasses()] } },
          vite: {
            plugins: [
              virtualConfigPlugin({
                contentDir,
                buildInfo,
                editions: { offline, pdf: printWith !== undefined },
                previewCacheDir: join(fileURLToPath(config.cacheDir), 'social-previews'),
              }),
            ],
            build: {
              // Every script is a file of its own, never inlined: the pages' Content Security Policy then needs no
              // hash per script, and the offline edition can swap all of them for one classic script (src/offline/site.ts).
              assetsInlineLimit: 0,
              // No preload helper: it would ride on every page for the few lazy imports (search, previews), whose
              // own dependencies are a chunk or two that load fast enough in turn.
              modulePreload: false,
              rollupOptions: {
                onwarn(warning: { code?: string; message: string }, warn: (warning: { code?: string; message: string }) => void) {
                  // Astro marks every MDX module "use astro:head-inject", and the bundler warns once per file
                  // (withastro/astro#18087); those hundred lines would bury real problems.
                  if (warning.code === 'MODULE_LEVEL_DIRECTIVE' && warning.message.includes('astro:head-inject')) return;
                  warn(warning);
                },
              },
            },
          },
        });
        if (command === 'build') {
          process.once('exit', (code) => {
            if (code !== 0 && started && outDir) rmSync(outDir, { recursive: true, force: true });
          });
        }
      },
      'astro:config:done': ({ config }) => {
        outDir = fileURLToPath(config.outDir);
        onlineRoot = config.site ? new URL(base, config.site).href : undefined;
      },
      'astro:build:start': () => {
        started = true;
      },
      'astro:build:done': async ({ dir, logger }) => {
        await postBuild({ outDir: fileURLToPath(dir), base, onlineRoot, contentDir, buildInfo, search, offline, pdf: printWith, logger });
      },
    },
  };
}
