/**
 * Every internal URL is built here, so a change of scheme is one edit. All
 * page URLs end in a slash (the site builds `<path>/index.html`) and carry the
 * base path the site is deployed under (`/` by default, `/guide/` with
 * `astro build --base /guide/`).
 */

/** Astro's base path in pages and browser code; plain Node (tests, build scripts) sees the default. */
const configuredBase = (import.meta as { env?: { BASE_URL?: string } }).env?.BASE_URL ?? '/';

/** A base path with exactly one leading and one trailing slash. */
export function normalizeBase(base: string): string {
  const trimmed = base.replace(/^\/+|\/+$/g, '');
  return trimmed ? `/${trimmed}/` : '/';
}

/** The base path this build uses. */
export const base = /* @__PURE__ */ normalizeBase(configuredBase);

/** A root-relative site path (`/skills/apis/`) as a URL under the base (`/guide/skills/apis/`). */
export function withBase(path: string, under: string = base): string {
  if (!path.startsWith('/') || path.startsWith('//')) return path;
  return `${normalizeBase(under)}${path.slice(1)}`;
}

/** The site path of a URL under the base, or undefined when the URL is not under it. */
export function stripBase(url: string, under: string = base): string | undefined {
  const prefix = normalizeBase(under);
  if (url === prefix.slice(0, -1)) return '/';
  return url.startsWith(prefix) ? `/${url.slice(prefix.length)}` : undefined;
}

/** The home page. */
export const homeUrl = /* @__PURE__ */ withBase('/');
/** The glossary page. */
export const glossaryUrl = /* @__PURE__ */ withBase('/glossary/');
/** The A-Z index of every article and term. */
export const indexUrl = /* @__PURE__ */ withBase('/a-z/');
/** The learning path, with the reader's progress. */
export const pathUrl = /* @__PURE__ */ withBase('/path/');
/** The glossary review (flash cards). */
export const reviewUrl = /* @__PURE__ */ withBase('/review/');
/** The glossary definitions as a script, for previews and review (src/pages/glossary-previews.js.ts). */
export const glossaryPreviewsUrl = /* @__PURE__ */ withBase('/glossary-previews.js');
/** The downloads page. */
export const downloadUrl = /* @__PURE__ */ withBase('/download/');
/** The search page; `?q=` runs a query on load. */
export const searchUrl = /* @__PURE__ */ withBase('/search/');
/** Pagefind's bundle, written by the build (src/search/pagefind/). */
export const pagefindUrl = /* @__PURE__ */ withBase('/pagefind/');
/** Every word the guide uses, for search suggestions (src/search/vocabulary.ts): its site path, and its URL under the base. */
export const searchVocabularyPath = '/search-vocabulary.js';
export const searchVocabularyUrl = /* @__PURE__ */ withBase(searchVocabularyPath);
/** The hint index, one script per letter (src/search/hint-index.ts): its folder's site path, and its URL under the base. */
export const searchHintsPath = '/search-hints/';
export const searchHintsUrl = /* @__PURE__ */ withBase(searchHintsPath);
/** The site icon. */
export const faviconUrl = /* @__PURE__ */ withBase('/favicon.svg');
/** The index of sitemaps @astrojs/sitemap writes (only when SITE_URL is set). */
export const sitemapUrl = /* @__PURE__ */ withBase('/sitemap-index.xml');
/** The RSS feed of new and updated articles, and the page that lists them. */
export const feedUrl = /* @__PURE__ */ withBase('/feed.xml');
export const whatsNewUrl = /* @__PURE__ */ withBase('/whats-new/');
/** The guide described for AI tools (llmstxt.org). */
export const llmsTxtUrl = /* @__PURE__ */ withBase('/llms.txt');
/** An article's Markdown alternate, beside its page: `/skills/apis/index.md`. */
export function markdownUrl(pageUrl: string): string {
  return `${pageUrl}index.md`;
}

/** Where the editions are written, as site paths (the build writes them; pages link them with `withBase`). */
export const editionPaths = {
  offlineZip: '/downloads/backend-guide-offline.zip',
  epub: '/downloads/backend-guide.epub',
  pdf: '/downloads/backend-guide.pdf',
} as const;

/** A section's page, e.g. `/skills/`. */
export function sectionUrl(section: string): string {
  return withBase(`/${section}/`);
}

/** An article's page from its id `<section>/<slug>`, e.g. `/skills/apis/`. */
export function articleUrl(id: string): string {
  return withBase(`/${id}/`);
}

/** A glossary term's own page, e.g. `/glossary/api/`. (`/glossary/#api` still finds the term on the glossary page.) */
export function termUrl(termId: string): string {
  return `${glossaryUrl}${termId}/`;
}

/** Splits an article id into its section and slug. */
export function splitArticleId(id: string): { section: string; slug: string } {
  const [section = '', slug = ''] = id.split('/');
  return { section, slug };
}

/** The folder of the social preview images, as a site path. */
export const previewImagesPath = '/og/';

/**
 * A page's social preview image (Open Graph / Twitter card) as a site path:
 * an article's own, `/og/<section>/<slug>.png`, or the one every other page
 * shares, `/og/site.png` (src/pages/og/[...slug].png.ts writes them).
 */
export function previewImagePath(articleId?: string): string {
  return `${previewImagesPath}${articleId ?? 'site'}.png`;
}

/** A page's social preview image under the base; meta tags need it absolute, e.g. `new URL(previewImageUrl(id), Astro.site)`. */
export function previewImageUrl(articleId?: string): string {
  return withBase(previewImagePath(articleId));
}

/**
 * Site paths (carrying the base) made absolute against the site's address when
 * the build knows it (SITE_URL), and left root-relative when it does not: for
 * structured data, llms.txt and the Markdown files.
 */
export const absoluteUrls =
  (site: URL | string | undefined) =>
  (path: string): string =>
    site ? new URL(path, site).href : path;
