// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import tailwindcss from '@tailwindcss/vite';
import { builtSiteChecks } from './src/integrations/built-site-checks.ts';
import { offlineEdition } from './src/integrations/offline-edition.ts';
import { searchIndex } from './src/integrations/search-index.ts';

export default defineConfig({
  // Set SITE_URL when deploying so pages carry canonical links; the site works without it.
  site: process.env.SITE_URL,
  outDir: process.env.BG_OUT_DIR ?? './dist',
  cacheDir: process.env.BG_CACHE_DIR ?? './node_modules/.astro',
  trailingSlash: 'always',
  build: { format: 'directory', inlineStylesheets: 'always' },
  // Pages that moved keep their old URL working; tests/urls.txt lists every public URL.
  redirects: {},
  // After rendering: the offline zip (so the Download page's link resolves), then the
  // link check over everything, then the search index.
  integrations: [mdx(), offlineEdition(), builtSiteChecks(), searchIndex()],
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
