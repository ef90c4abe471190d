/**
 * The only module that queries the content collections. It loads, orders and
 * checks all content once per build (the cross-entry rules and the editorial
 * rules, over the facts the Markdown pipeline recorded), and hands each route
 * a finished view model: pages render, they do not derive.
 */
import { getCollection, render, type CollectionEntry } from 'astro:content';
import { contentDir } from 'virtual:backend-guide/config';
import type { MarkdownHeading } from 'astro';
import type { ArticleFacts } from '../markdown/article-facts.ts';
import { byOrder, bySectionThenOrder, neighbours } from '../lib/ordering.ts';
import { resolveFigures, type SalaryFigure } from '../lib/salary.ts';
import { faqJsonLd } from '../lib/structured-data.ts';
import { buildToc, type TocItem } from '../lib/toc.ts';
import { articleUrl, sectionUrl, splitArticleId } from '../lib/urls.ts';
import { GLOSSARY_SECTION } from '../site.ts';
import type { Level } from '../schemas/article.ts';
import type { SectionData } from '../schemas/section.ts';
import type { ReadingPathData } from '../schemas/reading-path.ts';
import { checkArticle } from './rules/article-rules.ts';
import { checkContent, checkPayReferences } from './rules/content-rules.ts';

/** An article entry. */
export type Article = CollectionEntry<'articles'>;
/** A glossary entry. */
export type Term = CollectionEntry<'glossary'>;
/** A section with its id (the URL segment). */
export type Section = SectionData & { id: string };
/** A reading path with its id. */
export type ReadingPath = ReadingPathData & { id: string };

/** An article with what rendering it taught us. */
interface LoadedArticle {
  entry: Article;
  facts: ArticleFacts;
  headings: MarkdownHeading[];
}

interface Content {
  sections: Section[];
  articles: LoadedArticle[];
  terms: Term[];
  paths: ReadingPath[];
  salary: SalaryFigure[];
}

let loaded: Promise<Content> | undefined;

const fail = (problems: readonly string[]) => {
  if (problems.length > 0) throw new Error(`Content problems:\n${problems.map((problem) => `  - ${problem}`).join('\n')}`);
};

async function load(): Promise<Content> {
  const sections = byOrder((await getCollection('sections')).map(({ id, data }) => ({ id, ...data })));
  const published = await getCollection('articles', ({ data }) => import.meta.env.DEV || !data.draft);
  const ordered = bySectionThenOrder(
    published.map((entry) => ({ entry, id: entry.id, order: entry.data.order })),
    (item) => splitArticleId(item.id).section,
    sections.map((section) => section.id),
  ).map((item) => item.entry);
  const terms = await getCollection('glossary');
  const paths = (await getCollection('readingPaths')).map(({ id, data }) => ({ id, ...data }));
  const salaryFile = `${contentDir}/data/salary.yaml`;
  const salary = resolveFigures((await getCollection('salary')).map(({ data }) => data), salaryFile);

  fail(
    checkContent(
      ordered.map(({ id, filePath, data }) => ({ id, filePath: filePath ?? id, title: data.title, order: data.order, related: data.related })),
      terms.map(({ id, filePath, data }) => ({ id, filePath: filePath ?? id, term: data.term, article: data.article })),
      sections.map((section) => section.id),
      paths.map(({ id, articles: ids }) => ({ id, filePath: `${contentDir}/reading-paths.yaml`, articles: ids })),
    ),
  );

  // Rendering once here gives every page the facts of every article (cards need their reading time).
  const articles = await Promise.all(
    ordered.map(async (entry) => {
      const { headings, remarkPluginFrontmatter } = await render(entry);
      const facts = remarkPluginFrontmatter.facts as ArticleFacts | undefined;
      if (!facts) throw new Error(`${entry.filePath}: the Markdown pipeline recorded no facts (is the backend-guide integration installed?)`);
      return { entry, facts, headings };
    }),
  );
  const figureIds = new Set(salary.map((figure) => figure.id));
  const problems: string[] = [];
  for (const { entry, facts } of articles) {
    const file = entry.filePath ?? entry.id;
    problems.push(...checkPayReferences(facts.payIds, file, figureIds, salaryFile));
    // Editorial rules hold for what is published; drafts in development may be unfinished.
    if (!entry.data.draft) problems.push(...checkArticle(file, facts, entry.data));
  }
  fail(problems);
  return { sections, articles, terms, paths, salary };
}

/** Loads, orders and checks all content once per build. */
function content(): Promise<Content> {
  loaded ??= load();
  return loaded;
}

/** The sections in navigation order. */
export async function getSections(): Promise<Section[]> {
  return (await content()).sections;
}

/** Every published article, in section order, then order within the section. */
export async function getArticles(): Promise<Article[]> {
  return (await content()).articles.map(({ entry }) => entry);
}

/** The search filters in site order: every section's title, then the glossary. */
export async function getSearchFilterLabels(): Promise<string[]> {
  return [...(await getSections()).map((section) => section.title), GLOSSARY_SECTION];
}

/** Every glossary term. */
export async function getTerms(): Promise<Term[]> {
  return (await content()).terms;
}

/** The reported pay figures, in the order of the data file, derived ones computed. */
export async function getSalaryFigures(): Promise<SalaryFigure[]> {
  return (await content()).salary;
}

/** A link to an article as lists and cards show it. */
export interface ArticleLink {
  id: string;
  href: string;
  title: string;
  description: string;
  level: Level;
  minutes: number;
}

const toLink = ({ entry, facts }: LoadedArticle): ArticleLink => ({
  id: entry.id,
  href: articleUrl(entry.id),
  title: entry.data.title,
  description: entry.data.description,
  level: entry.data.level,
  minutes: facts.minutes,
});

/** Links to articles by id, in the order given (ids are checked to exist at load time). */
export async function getArticleLinks(ids: readonly string[]): Promise<ArticleLink[]> {
  const { articles } = await content();
  return ids.flatMap((id) => articles.filter(({ entry }) => entry.id === id).map(toLink));
}

/** A reading path with its articles; the build fails if it is missing. */
export async function getReadingPath(id: string): Promise<{ path: ReadingPath; articles: ArticleLink[] }> {
  const path = (await content()).paths.find((candidate) => candidate.id === id);
  if (!path) throw new Error(`${contentDir}/reading-paths.yaml: no reading path with id "${id}"`);
  return { path, articles: await getArticleLinks(path.articles) };
}

/** What a section page shows. */
export interface SectionPage {
  section: Section;
  url: string;
  articles: ArticleLink[];
}

/** Every section page's view model, in navigation order. */
export async function getSectionPages(): Promise<SectionPage[]> {
  const { sections, articles } = await content();
  return sections.map((section) => ({
    section,
    url: sectionUrl(section.id),
    articles: articles.filter(({ entry }) => splitArticleId(entry.id).section === section.id).map(toLink),
  }));
}

/** What an article page shows, all worked out. */
export interface ArticlePage {
  entry: Article;
  url: string;
  section: Section;
  breadcrumbs: { label: string; href: string }[];
  toc: TocItem[];
  minutes: number;
  facts: ArticleFacts;
  /** FAQPage structured data for FAQ articles. */
  faqJsonLd?: string;
  previous?: ArticleLink;
  next?: ArticleLink;
  related: ArticleLink[];
}

/** Every article page's view model, in reading order. */
export async function getArticlePages(): Promise<ArticlePage[]> {
  const { sections, articles } = await content();
  return Promise.all(
    articles.map(async (article) => {
      const { entry, facts, headings } = article;
      const section = sections.find((candidate) => candidate.id === splitArticleId(entry.id).section)!;
      const inSection = articles.filter(({ entry: other }) => splitArticleId(other.id).section === section.id);
      const { previous, next } = neighbours(
        inSection.map((item) => ({ ...item, id: item.entry.id })),
        entry.id,
      );
      const url = articleUrl(entry.id);
      return {
        entry,
        url,
        section,
        breadcrumbs: [
          { label: section.title, href: sectionUrl(section.id) },
          { label: entry.data.title, href: url },
        ],
        toc: buildToc(headings),
        minutes: facts.minutes,
        facts,
        faqJsonLd: entry.data.format === 'faq' ? faqJsonLd(facts.faq) : undefined,
        previous: previous && toLink(previous),
        next: next && toLink(next),
        related: await getArticleLinks(entry.data.related),
      };
    }),
  );
}
