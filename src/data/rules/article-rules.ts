/**
 * Editorial rules every published article meets (see CONTRIBUTING.md). They
 * read the facts the Markdown pipeline recorded (src/markdown/article-facts.ts)
 * and the frontmatter, never the MDX source, so they agree with the page
 * about what is code and what is prose. Pure, so tests prove each rule on
 * small inputs; the data layer applies them to every article at build time.
 */
import type { ArticleFacts } from '../../markdown/article-facts.ts';

/** The frontmatter the rules look at. */
export interface ArticleFrontmatter {
  sources: readonly unknown[];
  related: readonly string[];
  questions: readonly unknown[];
  format: 'article' | 'faq';
}

export const MIN_WORDS = 900;
export const MAX_WORDS = 2500;
export const MIN_TAKEAWAYS = 3;
export const MAX_TAKEAWAYS = 6;
export const MIN_SELF_CHECK = 2;
export const MAX_SELF_CHECK = 4;
export const MIN_FAQ_QUESTIONS = 12;
export const MIN_QUESTIONS = 3;
export const MAX_QUESTIONS = 10;

/** A link to a section: a `#fragment`, on this page or another. */
const sectionLink = (href: string) => /#[^#\s]+$/.test(href) && (href.startsWith('#') || href.startsWith('/'));
/** A link to an article page (not the glossary, not a fragment of this page). */
const articleLink = (href: string) => /^\/[a-z0-9-]+\/[a-z0-9-]+\/(#.*)?$/.test(href);

/** Checks one article; returns one message per problem, each naming the file. */
export function checkArticle(filePath: string, facts: ArticleFacts, data: ArticleFrontmatter): string[] {
  const problems: string[] = [];
  const say = (message: string) => problems.push(`${filePath}: ${message}`);

  // Length counts the prose a reader studies; code samples come on top.
  if (facts.words < MIN_WORDS || facts.words > MAX_WORDS) say(`has ${facts.words} words of prose; articles have ${MIN_WORDS} to ${MAX_WORDS}`);
  if (data.related.length === 0) say('related lists no articles');

  if (facts.takeaways === null) say('has no "## Key takeaways" section');
  else if (facts.takeaways < MIN_TAKEAWAYS || facts.takeaways > MAX_TAKEAWAYS) say(`"Key takeaways" has ${facts.takeaways} bullets; it needs ${MIN_TAKEAWAYS} to ${MAX_TAKEAWAYS}`);

  if (facts.selfCheck === null) say('has no "## Check your understanding" section');
  else {
    const count = facts.selfCheck.length;
    if (count < MIN_SELF_CHECK || count > MAX_SELF_CHECK) say(`"Check your understanding" has ${count} questions in <details>; it needs ${MIN_SELF_CHECK} to ${MAX_SELF_CHECK}`);
    // Each answer points at the section that explains it, so a reader who got it wrong knows where to reread.
    for (const { question, links } of facts.selfCheck) {
      if (!links.some(sectionLink)) say(`the answer to "${question}" links to no #section that explains it`);
    }
  }

  const asked = data.questions.length;
  if (asked < MIN_QUESTIONS || asked > MAX_QUESTIONS) say(`frontmatter lists ${asked} questions; it needs ${MIN_QUESTIONS} to ${MAX_QUESTIONS}`);

  if (!facts.hasCode && !facts.hasDiagram && !facts.hasTable) say('has no code block, diagram or table to learn from');

  const [figure] = facts.figures;
  if (figure && data.sources.length === 0) say(`states a figure ("${figure.trim()}") but lists no sources`);
  if (facts.payIds.length > 0 && data.sources.length === 0) say('shows pay figures but lists no sources');
  // Pay figures live in content/data/salary.yaml so they change in one place.
  for (const amount of facts.typedPay) say(`types the amount "${amount}"; write <Pay id="…" /> with a figure from content/data/salary.yaml`);

  if (data.format === 'faq') {
    if (facts.faq.length < MIN_FAQ_QUESTIONS) say(`is an FAQ with ${facts.faq.length} questions ("## …?" headings); it needs at least ${MIN_FAQ_QUESTIONS}`);
    for (const { question, links } of facts.faq) {
      if (!links.some(articleLink)) say(`FAQ answer to "${question}" links to no article`);
    }
  }
  return problems;
}
