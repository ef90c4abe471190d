// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import tailwindcss from '@tailwindcss/vite';
import { backendGuide } from './src/integrations/index.ts';
import { movedPages } from './src/deploy/redirects.ts';

// Environment variables are read here and nowhere else in the project.
const env = process.env;

export default defineConfig({
  // Set SITE_URL when deploying: pages then carry canonical links, and the offline edition links each page online.
  site: env.SITE_URL || undefined,
  // Tests and benchmarks build fixture content into folders of their own.
  outDir: env.BG_OUT_DIR ?? './dist',
  cacheDir: env.BG_CACHE_DIR ?? './node_modules/.astro',
  trailingSlash: 'always',
  build: { format: 'directory', inlineStylesheets: 'always' },
  // Pages that moved keep their old URL working (the list: src/deploy/redirects.ts); tests/urls.txt lists every public URL.
  redirects: movedPages,
  integrations: [
    mdx(),
    backendGuide({
      contentDir: env.BG_CONTENT_DIR ?? 'content',
      // Fixture builds that test content rules skip the editions and the search index (BG_FAST=1).
      offline: env.BG_FAST !== '1',
      search: env.BG_FAST !== '1',
      // The PDF is rendered by the Chromium the browser tests use; BG_PDF=0 skips it (the base-path build test).
      pdf: env.BG_PDF !== '0',
      chromiumPath: env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    }),
  ],
  markdown: {
    shikiConfig: {
      // Both themes meet WCAG AA contrast for every token, comments included.
      themes: { light: 'github-light-high-contrast', dark: 'github-dark-high-contrast' },
      defaultColor: false,
    },
  },
  devToolbar: { enabled: false },
  vite: { plugins: [tailwindcss()] },
});
