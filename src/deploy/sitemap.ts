/**
 * Which pages the sitemap lists (@astrojs/sitemap, added in astro.config.mjs
 * when SITE_URL is set): every page a search engine should send readers to,
 * not the personal ones (the review queue reads the reader's own progress),
 * the search page's results, or the 404 page.
 */
import { stripBase } from '../lib/urls.ts';

const UNLISTED = ['/search/', '/review/', '/404/'];

/** `page` is an absolute URL as the sitemap integration passes it. */
export function listedInSitemap(page: string, base = '/'): boolean {
  const path = stripBase(new URL(page).pathname, base);
  return path !== undefined && !UNLISTED.includes(path);
}
