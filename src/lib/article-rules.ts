/**
 * Editorial rules every published article meets (see CONTRIBUTING.md). Pure
 * functions over an article's MDX body and frontmatter, so tests can prove
 * each rule with small inputs and then apply all of them to the real content.
 */
import { extractFaq } from './faq.ts';
import { countWords } from './reading-time.ts';

/** The parts of an article the rules look at. */
export interface ArticleSource {
  filePath: string;
  body: string;
  description: string;
  sources: readonly unknown[];
  related: readonly string[];
  /** The learner questions from frontmatter (strings or `{ question, section }`). */
  questions?: readonly unknown[];
  /** `faq` articles are checked as question lists too. */
  format?: 'article' | 'faq';
}

/** What exists on the site, for checking links. */
export interface SiteMap {
  /** Root-relative page paths, e.g. `/skills/apis/`. */
  pages: ReadonlySet<string>;
  /** Glossary term ids, i.e. the anchors of /glossary/. */
  terms: ReadonlySet<string>;
}

export const MIN_WORDS = 900;
export const MIN_FAQ_QUESTIONS = 12;
export const MAX_WORDS = 2500;
export const MIN_QUESTIONS = 3;
export const MAX_QUESTIONS = 10;

/** The text under a `## heading`, up to the next h2 (empty when the heading is missing). */
function section(body: string, heading: string): string | undefined {
  const lines = body.split('\n');
  const start = lines.findIndex((line) => line.trim().toLowerCase() === `## ${heading}`.toLowerCase());
  if (start === -1) return undefined;
  const end = lines.findIndex((line, index) => index > start && /^##\s/.test(line));
  return lines.slice(start + 1, end === -1 ? undefined : end).join('\n');
}

/** Body text without fenced code, where link-like text is not a link. */
function withoutCode(body: string): string {
  return body.replace(/^(```|~~~)[\s\S]*?^\1/gm, '');
}

/** Money amounts and percentages: statements that need a source. */
const FIGURE = /\$\s?\d[\d,.]*|\b\d+(?:\.\d+)?\s?%|\b\d+(?:\.\d+)?\s?percent\b/i;

/** Checks one article; returns one message per problem, each naming the file. */
export function checkArticle(article: ArticleSource, site: SiteMap): string[] {
  const problems: string[] = [];
  const say = (message: string) => problems.push(`${article.filePath}: ${message}`);
  const prose = withoutCode(article.body);

  // Length counts the prose a reader studies; code samples come on top.
  const words = countWords(prose);
  if (words < MIN_WORDS || words > MAX_WORDS) say(`has ${words} words; articles have ${MIN_WORDS} to ${MAX_WORDS}`);
  if (article.description.length > 160) say(`description has ${article.description.length} characters; the limit is 160`);
  if (article.related.length === 0) say('related lists no articles');

  const takeaways = section(article.body, 'Key takeaways');
  const bullets = takeaways?.split('\n').filter((line) => /^\s*[-*]\s+\S/.test(line) && !/^\s{2,}/.test(line)).length ?? 0;
  if (takeaways === undefined) say('has no "## Key takeaways" section');
  else if (bullets < 3 || bullets > 6) say(`"Key takeaways" has ${bullets} bullets; it needs 3 to 6`);

  const check = section(article.body, 'Check your understanding');
  const questions = check?.match(/<details>\s*<summary>[^<]+<\/summary>[\s\S]*?<\/details>/g)?.length ?? 0;
  if (check === undefined) say('has no "## Check your understanding" section');
  else if (questions < 2 || questions > 4) say(`"Check your understanding" has ${questions} questions in <details>; it needs 2 to 4`);
  // Each answer points at the section that explains it, so a reader who got it wrong knows where to reread.
  for (const answer of check?.match(/<details>\s*<summary>[^<]+<\/summary>[\s\S]*?<\/details>/g) ?? []) {
    if (!/\]\((?:\/[^)\s]*)?#[^)\s]+\)/.test(answer)) {
      const summary = /<summary>([^<]+)<\/summary>/.exec(answer)?.[1]?.trim();
      say(`the answer to "${summary}" links to no #section that explains it`);
    }
  }

  const asked = article.questions?.length ?? 0;
  if (asked < MIN_QUESTIONS || asked > MAX_QUESTIONS) say(`frontmatter lists ${asked} questions; it needs ${MIN_QUESTIONS} to ${MAX_QUESTIONS}`);

  const hasArtifact =
    /^(```|~~~)/m.test(article.body) || /<(Figure|SalaryChart)\b/.test(article.body) || /^\|.*\|\s*$/m.test(article.body);
  if (!hasArtifact) say('has no code block, diagram or table to learn from');

  const plainText = prose.replace(/`[^`\n]*`/g, '');
  const figure = FIGURE.exec(plainText);
  if (figure && article.sources.length === 0) say(`states a figure ("${figure[0].trim()}") but lists no sources`);
  if (/<(Pay|SalaryChart)\b/.test(prose) && article.sources.length === 0) say('shows pay figures but lists no sources');

  // Pay figures live in content/data/salary.yaml so they change in one place.
  const typedPay = /\$\s?\d[\d,.]*/.exec(plainText);
  if (typedPay) say(`types the amount "${typedPay[0]}"; write <Pay id="…" /> with a figure from content/data/salary.yaml`);

  if (article.format === 'faq') {
    const entries = extractFaq(article.body);
    if (entries.length < MIN_FAQ_QUESTIONS) say(`is an FAQ with ${entries.length} questions ("## …?" headings); it needs at least ${MIN_FAQ_QUESTIONS}`);
    for (const section of article.body.split(/^(?=##\s)/m).filter((block) => /^##\s+.+\?\s*$/m.test(block.split('\n')[0] ?? ''))) {
      const question = section.split('\n')[0]!.replace(/^##\s+/, '');
      const linksArticle = [...section.matchAll(/\]\((\/[^)#\s]*)/g)].some(([, path]) => path !== '/glossary/' && site.pages.has(path!));
      if (!linksArticle) say(`FAQ answer to "${question}" links to no article`);
    }
  }

  for (const [, target = ''] of prose.matchAll(/(?:\]\(|href=")(\/[^)"\s]*)/g)) {
    const [path = '', fragment] = target.split('#');
    if (!site.pages.has(path)) say(`links to ${target}, which is not a page on the site`);
    else if (path === '/glossary/' && fragment !== undefined && !site.terms.has(fragment)) {
      say(`links to the glossary term "${fragment}", which does not exist`);
    }
  }
  return problems;
}
