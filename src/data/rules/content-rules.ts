/**
 * Rules that span several entries, which a per-file schema cannot check.
 * Run once per build by the data layer; each problem names the file and field.
 */

/** What the rules need to know of an article. */
export interface ArticleFacts {
  id: string;
  filePath: string;
  title: string;
  order: number;
  related: readonly string[];
}

/** What the rules need to know of a glossary term. */
export interface TermFacts {
  id: string;
  filePath: string;
  term: string;
  article?: string;
}

/** What the rules need to know of a reading path. */
export interface PathFacts {
  id: string;
  filePath: string;
  articles: readonly string[];
}

/** Returns one message per problem; an empty list means the content is consistent. */
export function checkContent(
  articles: readonly ArticleFacts[],
  terms: readonly TermFacts[],
  sectionIds: readonly string[],
  paths: readonly PathFacts[] = [],
): string[] {
  const problems: string[] = [];
  const ids = new Set(articles.map((article) => article.id));
  const seenTitles = new Map<string, string>();
  const seenOrders = new Map<string, string>();

  for (const article of articles) {
    const [section = '', slug, ...rest] = article.id.split('/');
    if (!slug || rest.length > 0) {
      problems.push(`${article.filePath}: path must be content/articles/<section>/<slug>.mdx`);
    } else if (slug === 'page') {
      problems.push(`${article.filePath}: "page" cannot be an article's file name: /${section}/page/ holds the section's further pages`);
    } else if (!sectionIds.includes(section)) {
      problems.push(`${article.filePath}: section "${section}" is not one of ${sectionIds.join(', ')}`);
    }
    const titleKey = article.title.trim().toLowerCase();
    const sameTitle = seenTitles.get(titleKey);
    if (sameTitle) problems.push(`${article.filePath}: title "${article.title}" is already used by ${sameTitle}`);
    else seenTitles.set(titleKey, article.filePath);

    const orderKey = `${section}#${article.order}`;
    const sameOrder = seenOrders.get(orderKey);
    if (sameOrder) problems.push(`${article.filePath}: order ${article.order} is already used in "${section}" by ${sameOrder}`);
    else seenOrders.set(orderKey, article.filePath);

    for (const related of article.related) {
      if (related === article.id) problems.push(`${article.filePath}: related lists the article itself ("${related}")`);
      else if (!ids.has(related)) problems.push(`${article.filePath}: related names "${related}", but no published article has that id`);
    }
  }

  const seenTerms = new Map<string, string>();
  for (const term of terms) {
    const key = term.term.trim().toLowerCase();
    const same = seenTerms.get(key);
    if (same) problems.push(`${term.filePath}: term "${term.term}" is already defined in ${same}`);
    else seenTerms.set(key, term.filePath);
    if (term.article && !ids.has(term.article)) {
      problems.push(`${term.filePath}: article names "${term.article}", but no published article has that id`);
    }
  }
  const onPath = new Map<string, string>();
  for (const path of paths) {
    for (const id of path.articles) {
      if (!ids.has(id)) problems.push(`${path.filePath}: stage "${path.id}" names "${id}", but no published article has that id`);
      const earlier = onPath.get(id);
      if (earlier) problems.push(`${path.filePath}: stage "${path.id}" names "${id}", which stage "${earlier}" already has; an article is on the path once`);
      else onPath.set(id, path.id);
    }
  }
  return problems;
}

/**
 * Every `<Pay id="…" />` in an article must name a figure in the salary data
 * file, so a typo fails the build with the article's name and line instead of
 * rendering an empty amount.
 */
export function checkPayReferences(
  payIds: readonly { id: string | undefined; line: number }[],
  filePath: string,
  figureIds: ReadonlySet<string>,
  dataFile: string,
): string[] {
  const problems: string[] = [];
  for (const { id, line } of payIds) {
    if (id === undefined) problems.push(`${filePath}:${line}: <Pay> needs an id="…" naming a figure in ${dataFile}`);
    else if (!figureIds.has(id)) problems.push(`${filePath}:${line}: <Pay id="${id}"> names no figure in ${dataFile}`);
  }
  return problems;
}
