/**
 * schema.org structured data, as strings safe to place inside a
 * `<script type="application/ld+json">` element.
 */

/** One question and its answer as plain text. */
export interface FaqEntry {
  question: string;
  answer: string;
}

/** "<" escaped so no text can close the script element early. */
const jsonForScript = (data: unknown) => JSON.stringify(data).replace(/</g, '\\u003c');

/** FAQPage JSON-LD for an FAQ article's questions. */
export function faqJsonLd(entries: readonly FaqEntry[]): string {
  return jsonForScript({
    '@context': 'https://schema.org',
    '@type': 'FAQPage',
    mainEntity: entries.map(({ question, answer }) => ({
      '@type': 'Question',
      name: question,
      acceptedAnswer: { '@type': 'Answer', text: answer },
    })),
  });
}

type Absolute = (path: string) => string;

const organization = (name: string, url: string) => ({ '@type': 'Organization', name, url });

export interface ArticleFactsForData {
  title: string;
  url: string;
  section: string;
  published: Date;
  updated: Date;
  image: string;
  /** Home, section, article: each with its label and site path. */
  trail: { label: string; href: string }[];
}

/** An article as schema.org sees it: an Article with its dates, and the breadcrumb trail to it. */
export function articleJsonLd(article: ArticleFactsForData, site: { name: string; home: string }, absolute: Absolute): string {
  const publisher = organization(site.name, absolute(site.home));
  return jsonForScript({
    '@context': 'https://schema.org',
    '@graph': [
      {
        '@type': 'Article',
        headline: article.title,
        url: absolute(article.url),
        articleSection: article.section,
        datePublished: article.published.toISOString().slice(0, 10),
        dateModified: article.updated.toISOString().slice(0, 10),
        image: absolute(article.image),
        author: publisher,
        publisher,
      },
      breadcrumbList(article.trail, absolute),
    ],
  });
}

function breadcrumbList(trail: { label: string; href: string }[], absolute: Absolute) {
  return {
    '@type': 'BreadcrumbList',
    itemListElement: trail.map((crumb, index) => ({ '@type': 'ListItem', position: index + 1, name: crumb.label, item: absolute(crumb.href) })),
  };
}

/** A BreadcrumbList on its own, for pages that are not articles (glossary terms). */
export function breadcrumbJsonLd(trail: { label: string; href: string }[], absolute: Absolute): string {
  return jsonForScript({ '@context': 'https://schema.org', ...breadcrumbList(trail, absolute) });
}

/** The glossary as a DefinedTermSet naming each term and where it is defined (the definitions are on the terms' own pages). */
export function glossaryJsonLd(glossary: { name: string; description: string; url: string }, terms: { name: string; url: string }[], absolute: Absolute): string {
  return jsonForScript({
    '@context': 'https://schema.org',
    '@type': 'DefinedTermSet',
    '@id': absolute(glossary.url),
    name: glossary.name,
    description: glossary.description,
    url: absolute(glossary.url),
    hasDefinedTerm: terms.map((term) => ({ '@type': 'DefinedTerm', name: term.name, url: absolute(term.url) })),
  });
}

/** One glossary term, with its definition, in the glossary's set. */
export function termJsonLd(term: { name: string; description: string; url: string; aliases: string[] }, glossaryUrl: string, absolute: Absolute): string {
  return jsonForScript({
    '@context': 'https://schema.org',
    '@type': 'DefinedTerm',
    name: term.name,
    description: term.description,
    url: absolute(term.url),
    ...(term.aliases.length > 0 ? { alternateName: term.aliases } : {}),
    inDefinedTermSet: absolute(glossaryUrl),
  });
}
