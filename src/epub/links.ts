/**
 * Where a link in the site points inside the book. Articles are chapters
 * (`skills-apis.xhtml`), glossary terms are entries of `glossary.xhtml`, and
 * heading anchors keep the ids they have on the site, so `#fragment`s carry
 * over unchanged. Pages the book does not hold (section lists, the path,
 * search) point to the site online, or lose their link when the build has no
 * site address.
 */
import { stripBase } from '../lib/urls.ts';

export const GLOSSARY_FILE = 'glossary.xhtml';

/** The chapter file of the article with id `<section>/<slug>`. */
export const chapterFile = (articleId: string) => `${articleId.replace('/', '-')}.xhtml`;

export interface BookLinks {
  base: string;
  /** The site's root URL, or undefined when the build has none. */
  onlineRoot: string | undefined;
  /** Ids of the articles the book holds. */
  articles: ReadonlySet<string>;
  /** Ids of the glossary terms the book holds. */
  terms: ReadonlySet<string>;
}

/**
 * The href a site link becomes in the book: another file of the book (with its
 * fragment), an address online, or undefined (the link is dropped, its text kept).
 */
export function bookHref(href: string, links: BookLinks): string | undefined {
  if (href.startsWith('#')) return href;
  if (/^(https?:|mailto:)/.test(href)) return href;
  if (!href.startsWith('/')) return undefined;
  const url = new URL(href, 'https://site.invalid');
  const path = stripBase(url.pathname, links.base);
  if (path === undefined) return undefined;
  const fragment = url.hash;
  const glossaryTerm = /^\/glossary\/([^/]+)\/$/.exec(path)?.[1];
  if (glossaryTerm && links.terms.has(glossaryTerm)) return `${GLOSSARY_FILE}#${glossaryTerm}`;
  if (path === '/glossary/') return `${GLOSSARY_FILE}${fragment && links.terms.has(fragment.slice(1)) ? fragment : ''}`;
  const article = /^\/([^/]+\/[^/]+)\/$/.exec(path)?.[1];
  if (article && links.articles.has(article)) return `${chapterFile(article)}${fragment}`;
  return links.onlineRoot ? new URL(`${path.slice(1)}${fragment}`, links.onlineRoot).href : undefined;
}
