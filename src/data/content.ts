/**
 * The only module that queries the content collections. Pages get plain,
 * ordered, validated objects from here; the cross-entry rules run once.
 */
import { getCollection, type CollectionEntry } from 'astro:content';
import { readFile } from 'node:fs/promises';
import { checkCalendarDates, checkContent, checkPayReferences } from '../lib/content-rules.ts';
import { resolveFigures, type SalaryFigure } from '../lib/salary.ts';
import { GLOSSARY_SECTION } from '../lib/search-records.ts';
import { byOrder, bySectionThenOrder } from '../lib/ordering.ts';
import { contentDir } from '../lib/content-dir.ts';
import { splitArticleId } from '../lib/urls.ts';

/** An article entry as pages use it. */
export type Article = CollectionEntry<'articles'>;
/** A glossary entry as pages use it. */
export type Term = CollectionEntry<'glossary'>;
/** A section with its id (the URL segment). */
export interface Section {
  id: string;
  title: string;
  description: string;
  order: number;
}

/** A reading path with its id. */
export interface ReadingPath {
  id: string;
  title: string;
  description: string;
  articles: string[];
}

interface Content {
  sections: Section[];
  articles: Article[];
  terms: Term[];
  paths: ReadingPath[];
  salary: SalaryFigure[];
}

let loaded: Promise<Content> | undefined;

async function load(): Promise<Content> {
  const sections = byOrder((await getCollection('sections')).map(({ id, data }) => ({ id, ...data })));
  const published = await getCollection('articles', ({ data }) => import.meta.env.DEV || !data.draft);
  const articles = bySectionThenOrder(
    published.map((entry) => ({ entry, id: entry.id, order: entry.data.order })),
    (item) => splitArticleId(item.id).section,
    sections.map((section) => section.id),
  ).map((item) => item.entry);
  const terms = await getCollection('glossary');
  const paths = (await getCollection('readingPaths')).map(({ id, data }) => ({ id, ...data }));
  const salaryFile = `${contentDir}/data/salary.yaml`;
  const salary = resolveFigures((await getCollection('salary')).map(({ data }) => data), salaryFile);

  const problems = checkContent(
    articles.map(({ id, filePath, data }) => ({ id, filePath: filePath ?? id, title: data.title, order: data.order, related: data.related })),
    terms.map(({ id, filePath, data }) => ({ id, filePath: filePath ?? id, term: data.term, article: data.article })),
    sections.map((section) => section.id),
    paths.map(({ id, articles: ids }) => ({ id, filePath: `${contentDir}/reading-paths.yaml`, articles: ids })),
  );
  const figureIds = new Set(salary.map((figure) => figure.id));
  for (const article of articles) {
    problems.push(...checkPayReferences(article.body ?? '', article.filePath ?? article.id, figureIds, salaryFile));
  }
  for (const entry of [...articles, ...terms]) {
    if (entry.filePath) problems.push(...checkCalendarDates(await readFile(entry.filePath, 'utf8'), entry.filePath));
  }
  if (problems.length > 0) {
    throw new Error(`Content problems:\n${problems.map((problem) => `  - ${problem}`).join('\n')}`);
  }
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
  return (await content()).articles;
}

/** The search filters in site order: every section's title, then the glossary. */
export async function getSearchSections(): Promise<string[]> {
  return [...(await getSections()).map((section) => section.title), GLOSSARY_SECTION];
}

/** The published articles of one section, in order. */
export async function getSectionArticles(section: string): Promise<Article[]> {
  return (await getArticles()).filter((article) => splitArticleId(article.id).section === section);
}

/** Articles by id, in the order given; ids are checked to exist at load time. */
export async function getArticlesByIds(ids: readonly string[]): Promise<Article[]> {
  const articles = await getArticles();
  return ids.flatMap((id) => articles.filter((article) => article.id === id));
}

/** Every glossary term. */
export async function getTerms(): Promise<Term[]> {
  return (await content()).terms;
}

/** A reading path by id; the build fails if it is missing. */
export async function getReadingPath(id: string): Promise<{ path: ReadingPath; articles: Article[] }> {
  const path = (await content()).paths.find((candidate) => candidate.id === id);
  if (!path) throw new Error(`${contentDir}/reading-paths.yaml: no reading path with id "${id}"`);
  return { path, articles: await getArticlesByIds(path.articles) };
}

/** The reported pay figures, in the order of the data file, derived ones computed. */
export async function getSalaryFigures(): Promise<SalaryFigure[]> {
  return (await content()).salary;
}
