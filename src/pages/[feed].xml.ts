/**
 * The RSS feed: the same entries as What's new (new articles and substantive
 * updates, newest first), every one of them, so a reader subscribing today
 * sees every article the guide has. @astrojs/rss writes and escapes it.
 * Feed readers need absolute links, so only a build that knows its address
 * (SITE_URL) writes /feed.xml: a route with parameters, so it can be left out.
 */
import rss from '@astrojs/rss';
import type { APIRoute, GetStaticPaths } from 'astro';
import { getChanges } from '../data/content.ts';
import { homeUrl } from '../lib/urls.ts';
import { site } from '../site.ts';

export const getStaticPaths = (() => (import.meta.env.SITE ? [{ params: { feed: 'feed' } }] : [])) satisfies GetStaticPaths;

export const GET: APIRoute = async (context) => {
  const changes = await getChanges();
  return rss({
    title: site.name,
    description: site.description,
    site: new URL(homeUrl, context.site),
    items: changes.map((change) => ({
      title: change.kind === 'new' ? change.article.title : `Updated: ${change.article.title}`,
      link: change.href,
      pubDate: change.date,
      description: change.summary,
      categories: [change.sectionTitle],
    })),
    customData: '<language>en</language>',
    trailingSlash: true,
  });
};
