/**
 * Redirects, in one place. Pages that moved go in `movedPages`: Astro writes
 * an HTML redirect at the old address (for hosts that cannot redirect, such as
 * GitHub Pages) and the host files send a 301 (src/deploy/host-files.ts). No
 * page has moved since tests/urls.txt began listing every public URL, so the
 * list is empty; a page that moves adds its old path here.
 */
export const movedPages: Record<string, string> = {};

/**
 * Addresses that are not pages, sent where readers and crawlers expect them.
 * Only hosts with redirect rules (nginx, Netlify, Cloudflare Pages) serve these.
 */
export const fileAliases: Record<string, string> = {
  // Crawlers and people try /sitemap.xml first; @astrojs/sitemap writes an index of sitemaps.
  '/sitemap.xml': '/sitemap-index.xml',
  // The usual names for a feed.
  '/rss.xml': '/feed.xml',
  '/whats-new/feed/': '/feed.xml',
};
