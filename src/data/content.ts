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
import { alphabetical, byOrder, bySectionThenOrder, indexLetter } from '../lib/ordering.ts';
import { resolveFigures, type SalaryFigure } from '../lib/salary.ts';
import { faqJsonLd } from '../lib/structured-data.ts';
import { buildToc, type TocItem } from '../lib/toc.ts';
import { articleUrl, sectionUrl, splitArticleId, termUrl, whatsNewUrl, withBase } from '../lib/urls.ts';
import { GLOSSARY_SECTION } from '../site.ts';
import type { Level } from '../schemas/article.ts';
import type { SectionData } from '../schemas/section.ts';
import type { PathStageData } from '../schemas/path-stage.ts';
import { checkArticle } from './rules/article-rules.ts';
import { checkContent, checkPayReferences } from './rules/content-rules.ts';

/** An article entry. */
export type Article = CollectionEntry<'articles'>;
/** A glossary entry. */
export type Term = CollectionEntry<'glossary'>;
/** A section with its id (the URL segment). */
export type Section = SectionData & { id: string };
/** A stage of the learning path with its id. */
export type PathStage = PathStageData & { id: string };

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
  /** Each term's definition as plain text (first paragraph) and its first sentence, by id. */
  termTexts: Map<string, { lead: string; summary: string }>;
  stages: PathStage[];
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
  const stages = byOrder((await getCollection('pathStages')).map(({ id, data }) => ({ id, ...data })));
  const salaryFile = `${contentDir}/data/salary.yaml`;
  const salary = resolveFigures((await getCollection('salary')).map(({ data }) => data), salaryFile);

  fail(
    checkContent(
      ordered.map(({ id, filePath, data }) => ({ id, filePath: filePath ?? id, title: data.title, order: data.order, related: data.related })),
      terms.map(({ id, filePath, data }) => ({ id, filePath: filePath ?? id, term: data.term, article: data.article })),
      sections.map((section) => section.id),
      stages.map(({ id, articles: ids }) => ({ id, filePath: `${contentDir}/path.yaml`, articles: ids })),
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
  const headingIds = new Map(articles.map(({ entry, headings }) => [entry.id, new Set(headings.map((heading) => heading.slug))]));
  for (const term of terms) {
    const { article, section } = term.data;
    if (section && !headingIds.get(article)?.has(section)) problems.push(`${term.filePath}: section "${section}" is not a heading id in ${article}`);
  }
  for (const { entry, facts } of articles) {
    const file = entry.filePath ?? entry.id;
    for (const question of entry.data.questions) {
      if (typeof question !== 'string' && !headingIds.get(entry.id)?.has(question.section)) {
        problems.push(`${file}: the question "${question.question}" names section "${question.section}", which is not a heading id in this article`);
      }
    }
    problems.push(...checkPayReferences(facts.payIds, file, figureIds, salaryFile));
    // Editorial rules hold for what is published; drafts in development may be unfinished.
    if (!entry.data.draft) problems.push(...checkArticle(file, facts, entry.data));
  }
  fail(problems);
  const termTexts = new Map(
    await Promise.all(
      terms.map(async (term) => {
        const facts = (await render(term)).remarkPluginFrontmatter.facts as ArticleFacts | undefined;
        return [term.id, { lead: facts?.lead ?? '', summary: facts?.summary ?? '' }] as const;
      }),
    ),
  );
  return { sections, articles, terms, termTexts, stages, salary };
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

/** Entries the A-Z index shows on one page; beyond this it splits into a page per letter. */
export const INDEX_PAGE_LIMIT = 400;

/** One line of the A-Z index. */
export interface IndexEntry {
  name: string;
  href: string;
  kind: string;
  letter: string;
}

/** The A-Z index: every article and term, alphabetically, and whether it needs a page per letter. */
export async function getIndexEntries(): Promise<{ entries: IndexEntry[]; letters: { letter: string; slug: string; href: string; count: number }[]; split: boolean }> {
  const { sections, articles, terms } = await content();
  const sectionTitle = (article: LoadedArticle) => sections.find(({ id }) => id === sectionOf(article))?.title ?? '';
  const entries = alphabetical(
    [
      ...articles.map((article) => ({ name: article.entry.data.title, href: articleUrl(article.entry.id), kind: `Article in ${sectionTitle(article)}` })),
      ...terms.map((term) => ({ name: term.data.term, href: termUrl(term.id), kind: 'Glossary term' })),
    ],
    (entry) => entry.name,
  ).map((entry) => ({ ...entry, letter: indexLetter(entry.name) }));
  const split = entries.length > INDEX_PAGE_LIMIT;
  const letters = [...new Set(entries.map((entry) => entry.letter))].map((letter) => {
    const slug = letter === '#' ? 'other' : letter.toLowerCase();
    return { letter, slug, href: split ? withBase(`/a-z/${slug}/`) : `#letter-${letter}`, count: entries.filter((entry) => entry.letter === letter).length };
  });
  return { entries, letters, split };
}

/** A glossary entry as the glossary pages show it, with the article section that explains it. */
export interface GlossaryEntryView {
  entry: Term;
  id: string;
  term: string;
  href: string;
  letter: string;
  /** The definition's first sentence, for the list of all terms. */
  summary: string;
  /** The definition as plain text, for previews and review cards. */
  definition: string;
  aliases: string[];
  explainedIn?: { href: string; article: string; section?: string };
}

/** Every glossary entry, alphabetically. */
export async function getGlossaryEntries(): Promise<GlossaryEntryView[]> {
  const { terms, articles, termTexts } = await content();
  return alphabetical(terms, (term) => term.data.term).map((entry) => {
    const article = articles.find((candidate) => candidate.entry.id === entry.data.article);
    const section = article?.headings.find((heading) => heading.slug === entry.data.section);
    return {
      entry,
      id: entry.id,
      term: entry.data.term,
      href: termUrl(entry.id),
      letter: indexLetter(entry.data.term),
      summary: termTexts.get(entry.id)?.summary ?? '',
      definition: termTexts.get(entry.id)?.lead ?? '',
      aliases: entry.data.aliases,
      explainedIn: article && {
        href: `${articleUrl(article.entry.id)}${section ? `#${section.slug}` : ''}`,
        article: article.entry.data.title,
        section: section?.text,
      },
    };
  });
}

/** What an article's social preview image shows (src/social/): its title and its section's title. */
export interface ArticlePreview {
  id: string;
  title: string;
  section: string;
}

/** Every published article's preview content, in section order. */
export async function getArticlePreviews(): Promise<ArticlePreview[]> {
  const { sections, articles } = await content();
  return articles.map((article) => ({
    id: article.entry.id,
    title: article.entry.data.title,
    section: sections.find(({ id }) => id === sectionOf(article))?.title ?? '',
  }));
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

/** A stage of the path with its articles and their step numbers. */
export interface PathStageView {
  stage: PathStage;
  number: number;
  articles: (ArticleLink & { step: number })[];
  minutes: number;
}

/** The learning path: every stage, its articles in order, numbered across the whole path. */
export async function getPath(): Promise<{ stages: PathStageView[]; total: number }> {
  const { stages } = await content();
  let step = 0;
  const views = await Promise.all(
    stages.map(async (stage, index) => {
      const links = await getArticleLinks(stage.articles);
      return { stage, number: index + 1, articles: links.map((link) => ({ ...link, step: (step += 1) })), minutes: links.reduce((sum, link) => sum + link.minutes, 0) };
    }),
  );
  return { stages: views, total: step };
}

/** Cards on one page of a section; longer sections continue on /<section>/page/2/ and so on. */
export const SECTION_PAGE_SIZE = 60;

/** What a section page shows. */
export interface SectionPage {
  section: Section;
  url: string;
  /** 1 for the section's own page. */
  page: number;
  pages: number;
  /** The position of the first card in the section, from 1. */
  start: number;
  total: number;
  minutes: number;
  articles: ArticleLink[];
  nav: GuideNav;
}

/** The URL of page `page` of a section. */
export const sectionPageUrl = (section: string, page: number) => (page === 1 ? sectionUrl(section) : sectionUrl(`${section}/page/${page}`));

/** Every page of every section, in navigation order. */
export async function getSectionPages(): Promise<SectionPage[]> {
  const { sections, articles } = await content();
  const result: SectionPage[] = [];
  for (const section of sections) {
    const inSection = articles.filter((article) => sectionOf(article) === section.id);
    const pages = Math.max(1, Math.ceil(inSection.length / SECTION_PAGE_SIZE));
    const nav = await getGuideNav({ section: section.id });
    const minutes = inSection.reduce((sum, { facts }) => sum + facts.minutes, 0);
    for (let page = 1; page <= pages; page += 1) {
      const start = (page - 1) * SECTION_PAGE_SIZE;
      result.push({
        section,
        url: sectionPageUrl(section.id, page),
        page,
        pages,
        start: start + 1,
        total: inSection.length,
        minutes,
        articles: inSection.slice(start, start + SECTION_PAGE_SIZE).map(toLink),
        nav,
      });
    }
  }
  return result;
}

/** The previous or next article, and the section it is in when that differs from the current one. */
export interface Neighbour extends ArticleLink {
  /** Set when the neighbour is in another section ("Next, in Tools"). */
  sectionTitle?: string;
  /** Its step on the learning path, when it is on it. */
  step?: number;
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
  previous?: Neighbour;
  next?: Neighbour;
  related: ArticleLink[];
  nav: GuideNav;
  /** Where the article sits on the learning path, when it is on it. */
  step?: { number: number; total: number; stage: string; stageNumber: number; stageId: string };
}

const sectionOf = (article: LoadedArticle) => splitArticleId(article.entry.id).section;

/**
 * The order readers go through the guide: the learning path, then any
 * article not on it, in section order. Previous and next follow it, so the
 * last article of a section leads into the next one instead of ending.
 */
function readingOrder(articles: readonly LoadedArticle[], stages: readonly PathStage[]): LoadedArticle[] {
  const onPath = stages.flatMap((stage) => stage.articles);
  const byId = new Map(articles.map((article) => [article.entry.id, article]));
  return [...onPath.flatMap((id) => byId.get(id) ?? []), ...articles.filter((article) => !onPath.includes(article.entry.id))];
}

/** Every article page's view model, in reading order. */
export async function getArticlePages(): Promise<ArticlePage[]> {
  const { sections, articles, stages } = await content();
  const order = readingOrder(articles, stages);
  const total = stages.reduce((sum, stage) => sum + stage.articles.length, 0);
  const steps = new Map(stages.flatMap((stage, index) => stage.articles.map((id) => [id, { stage: stage.title, stageNumber: index + 1, stageId: stage.id }] as const)));
  const stepNumber = new Map(stages.flatMap((stage) => stage.articles).map((id, index) => [id, index + 1]));
  return Promise.all(
    order.map(async (article, index) => {
      const { entry, facts, headings } = article;
      const section = sections.find((candidate) => candidate.id === sectionOf(article))!;
      const neighbour = (other: LoadedArticle | undefined): Neighbour | undefined => {
        if (!other) return undefined;
        const otherSection = sectionOf(other);
        return {
          ...toLink(other),
          sectionTitle: otherSection === section.id ? undefined : sections.find(({ id }) => id === otherSection)?.title,
          step: stepNumber.get(other.entry.id),
        };
      };
      const url = articleUrl(entry.id);
      const onPath = steps.get(entry.id);
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
        previous: neighbour(order[index - 1]),
        next: neighbour(order[index + 1]),
        related: await getArticleLinks(entry.data.related),
        nav: await getGuideNav({ section: section.id, article: entry.id }),
        step: onPath && { number: stepNumber.get(entry.id)!, total, ...onPath },
      };
    }),
  );
}

/** How many articles of the current section the guide navigation lists before it shows a window around the current one. */
export const NAV_LIST_LIMIT = 24;
/** Articles shown on each side of the current one when the section is longer than that. */
export const NAV_WINDOW = 8;

/** The guide navigation: every section, and the current section's articles (all of them, or a window when there are many). */
export interface GuideNav {
  sections: {
    id: string;
    title: string;
    href: string;
    count: number;
    current: boolean;
    /** The current section's articles, or the window around the current article. */
    articles?: (ArticleLink & { current: boolean })[];
    /** Articles of the current section left out before and after the window. */
    hidden?: { before: number; after: number };
  }[];
}

/** The guide navigation as seen from a section or an article. Its size does not grow with the number of articles. */
export async function getGuideNav(current: { section?: string; article?: string } = {}): Promise<GuideNav> {
  const { sections, articles } = await content();
  return {
    sections: sections.map((section) => {
      const inSection = articles.filter((article) => sectionOf(article) === section.id);
      const base = { id: section.id, title: section.title, href: sectionUrl(section.id), count: inSection.length, current: section.id === current.section };
      if (!base.current) return base;
      const at = Math.max(0, inSection.findIndex(({ entry }) => entry.id === current.article));
      const [from, to] =
        inSection.length <= NAV_LIST_LIMIT ? [0, inSection.length] : [Math.max(0, at - NAV_WINDOW), Math.min(inSection.length, at + NAV_WINDOW + 1)];
      return {
        ...base,
        articles: inSection.slice(from, to).map((article) => ({ ...toLink(article), current: article.entry.id === current.article })),
        hidden: { before: from, after: inSection.length - to },
      };
    }),
  };
}

/** How many articles a section shows on the home page before "and N more". */
export const HOME_LIST_LIMIT = 12;

/** What the home page shows of each section. */
export interface HomeSection {
  section: Section;
  url: string;
  count: number;
  minutes: number;
  articles: ArticleLink[];
}

/** Every section with its first articles, for the home page's view of the whole guide. */
export async function getHomeSections(): Promise<HomeSection[]> {
  const { sections, articles } = await content();
  return sections.map((section) => {
    const inSection = articles.filter((article) => sectionOf(article) === section.id);
    return {
      section,
      url: sectionUrl(section.id),
      count: inSection.length,
      minutes: inSection.reduce((sum, { facts }) => sum + facts.minutes, 0),
      articles: inSection.slice(0, HOME_LIST_LIMIT).map(toLink),
    };
  });
}

/** One line of What's new and one item of the feed: a new article, or a substantive update to one. */
export interface ChangeEntry {
  date: Date;
  kind: 'new' | 'updated';
  article: ArticleLink;
  sectionTitle: string;
  /** The article's description when it is new; what changed when it is updated. */
  summary: string;
  /** Where the entry points: the article, or the note on the change at its end (`#changed-2026-11-20`). */
  href: string;
}

/** The id of a change's note on its article's page. */
export const changeAnchor = (date: Date) => `changed-${date.toISOString().slice(0, 10)}`;

/** Every publication and substantive update, newest first (same day: updates before new articles, then by title). */
export async function getChanges(): Promise<ChangeEntry[]> {
  const { sections, articles } = await content();
  const entries = articles.flatMap((article) => {
    const link = toLink(article);
    const sectionTitle = sections.find(({ id }) => id === sectionOf(article))?.title ?? '';
    const { published, changes, description } = article.entry.data;
    return [
      { date: published, kind: 'new' as const, article: link, sectionTitle, summary: description, href: link.href },
      ...changes.map((change) => ({ date: change.date, kind: 'updated' as const, article: link, sectionTitle, summary: change.summary, href: `${link.href}#${changeAnchor(change.date)}` })),
    ];
  });
  return entries.sort((a, b) => b.date.getTime() - a.date.getTime() || (a.kind === b.kind ? 0 : a.kind === 'updated' ? -1 : 1) || a.article.title.localeCompare(b.article.title, 'en'));
}

/** Entries per page of What's new: a page stays light however many articles the guide has. */
export const WHATS_NEW_PAGE_SIZE = 25;

export interface WhatsNewPage {
  url: string;
  page: number;
  pages: number;
  total: number;
  entries: ChangeEntry[];
}

/** The URL of page `page` of What's new. */
export const whatsNewPageUrl = (page: number) => (page === 1 ? whatsNewUrl : withBase(`/whats-new/page/${page}/`));

/** What's new, newest first, in pages of WHATS_NEW_PAGE_SIZE. */
export async function getWhatsNewPages(): Promise<WhatsNewPage[]> {
  const changes = await getChanges();
  const pages = Math.max(1, Math.ceil(changes.length / WHATS_NEW_PAGE_SIZE));
  return Array.from({ length: pages }, (_, index) => ({
    url: whatsNewPageUrl(index + 1),
    page: index + 1,
    pages,
    total: changes.length,
    entries: changes.slice(index * WHATS_NEW_PAGE_SIZE, (index + 1) * WHATS_NEW_PAGE_SIZE),
  }));
}
