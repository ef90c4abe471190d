/** robots.txt: everything may be crawled; with SITE_URL set, it names the sitemap (@astrojs/sitemap's index). */
import type { APIRoute } from 'astro';
import { sitemapUrl } from '../lib/urls.ts';

export const GET: APIRoute = ({ site }) => {
  const lines = ['User-agent: *', 'Allow: /'];
  if (site) lines.push(`Sitemap: ${new URL(sitemapUrl, site).href}`);
  return new Response(`${lines.join('\n')}\n`, { headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
};
