/**
 * One pass over an article's Markdown tree that records what the rest of the
 * site needs to know about it: prose length and reading time, what it teaches
 * with (code, diagrams, tables, task lists, tabs), its takeaways and self-check,
 * its FAQ questions and answers, its links and its pay figures. Pages, the
 * editorial rules and the FAQ structured data all read these facts, so no
 * second parser ever looks at the MDX source.
 *
 * The facts go to `frontmatter.facts`, which Astro hands back from `render()`
 * as `remarkPluginFrontmatter.facts`.
 */
import type { MdastPluginDefinition, MdastNode } from 'satteri';

/** Adult silent reading of non-fiction averages about 238 words a minute (Brysbaert, 2019); technical text is slower. */
export const WORDS_PER_MINUTE = 220;

/** A link in the article, where it is, and the question or answer it sits in (if any). */
export interface LinkFact {
  href: string;
  line: number;
}

/** One question of "Check your understanding" and the links in its answer. */
export interface SelfCheckFact {
  question: string;
  links: string[];
}

/** One `## …?` question of an FAQ article, with its answer as plain text. */
export interface FaqFact {
  question: string;
  answer: string;
  links: string[];
}

/** Everything the site knows about an article's body. */
export interface ArticleFacts {
  /** Words of prose a reader studies: headings, paragraphs, lists, tables; not code blocks. */
  words: number;
  /** Minutes to read prose and code, at least one. */
  minutes: number;
  hasCode: boolean;
  hasDiagram: boolean;
  hasTable: boolean;
  hasTaskList: boolean;
  hasTabs: boolean;
  /** The MDX components the article uses, e.g. ["Callout", "SalaryChart"], so pages add only the styles they need. */
  components: string[];
  /** Top-level bullets under "## Key takeaways"; null when the section is missing. */
  takeaways: number | null;
  /** The `<details>` questions under "## Check your understanding"; null when the section is missing. */
  selfCheck: SelfCheckFact[] | null;
  /** Every `## …?` heading with the text up to the next `##`. */
  faq: FaqFact[];
  /** Every link written in the article (Markdown links and `<a href>`), with its line. */
  links: LinkFact[];
  /** The `id` of every `<Pay>` (undefined when one has none), with its line. */
  payIds: { id: string | undefined; line: number }[];
  /** Money amounts and percentages in prose (not in code): statements that need a source. */
  figures: string[];
  /** Dollar amounts typed into prose rather than taken from the salary data. */
  typedPay: string[];
  /** The first paragraph, as plain text (a glossary term's definition; glossary previews show it). */
  lead: string;
  /** The first sentence of the first paragraph (the glossary lists terms by it). */
  summary: string;
}

/** The first sentence of a paragraph's text: up to a full stop followed by a space and a capital, or all of it. */
export function firstSentence(text: string): string {
  const clean = text.replace(/\s+/g, ' ').trim();
  const end = /[.!?](?=\s+[A-Z(“"])/.exec(clean);
  return end ? clean.slice(0, end.index + 1) : clean;
}

type Node = MdastNode & { children?: Node[]; value?: string; name?: string; url?: string; depth?: number; checked?: boolean | null; attributes?: { type: string; name?: string; value?: unknown }[]; position?: { start: { line: number } } };

const FIGURE = /\$\s?\d[\d,.]*|\b\d+(?:\.\d+)?\s?%|\b\d+(?:\.\d+)?\s?percent\b/gi;
const DOLLARS = /\$\s?\d[\d,.]*/g;
const PHRASING = new Set(['text', 'inlineCode', 'emphasis', 'strong', 'delete', 'link', 'linkReference', 'break', 'mdxJsxTextElement', 'mdxTextExpression']);
const DIAGRAMS = new Set(['Figure', 'SalaryChart', 'SalaryRanges']);

/** Words in plain text: runs of characters that hold a letter or a digit. */
export function countWords(text: string): number {
  return text.split(/\s+/).filter((word) => /[\p{L}\p{N}]/u.test(word)).length;
}

const attribute = (node: Node, name: string): string | undefined => {
  const found = node.attributes?.find((candidate) => candidate.type === 'mdxJsxAttribute' && candidate.name === name);
  return typeof found?.value === 'string' ? found.value : undefined;
};

/** The text a reader sees in a subtree: text and inline code, not code blocks, JSX attributes or ESM. */
function textOf(node: Node): string {
  if (node.type === 'text' || node.type === 'inlineCode') return node.value ?? '';
  if (node.type === 'code' || node.type === 'mdxjsEsm' || node.type === 'mdxFlowExpression' || node.type === 'mdxTextExpression') return '';
  const children = node.children ?? [];
  // Inline runs ("Why **this**?") join as written; blocks are separated by a space.
  return children.map(textOf).join(children.every((child) => PHRASING.has(child.type)) ? '' : ' ');
}

const linksIn = (node: Node): string[] => {
  const found: string[] = [];
  const walk = (current: Node) => {
    if (current.type === 'link' && current.url) found.push(current.url);
    if ((current.type === 'mdxJsxFlowElement' || current.type === 'mdxJsxTextElement') && current.name === 'a') {
      const href = attribute(current, 'href');
      if (href) found.push(href);
    }
    current.children?.forEach(walk);
  };
  walk(node);
  return found;
};

/** The blocks between a `##` heading named `title` and the next `##` (undefined when there is no such heading). */
function sectionBlocks(blocks: Node[], matches: (heading: string) => boolean): Node[] | undefined {
  const start = blocks.findIndex((block) => block.type === 'heading' && block.depth === 2 && matches(textOf(block).trim()));
  if (start === -1) return undefined;
  const end = blocks.findIndex((block, index) => index > start && block.type === 'heading' && (block.depth ?? 9) <= 2);
  return blocks.slice(start + 1, end === -1 ? undefined : end);
}

/** Computes the facts of one article from its Markdown tree. */
export function articleFacts(root: Node): ArticleFacts {
  let proseWords = 0;
  let codeWords = 0;
  const facts: ArticleFacts = {
    words: 0,
    minutes: 1,
    hasCode: false,
    hasDiagram: false,
    hasTable: false,
    hasTaskList: false,
    hasTabs: false,
    components: [],
    takeaways: null,
    selfCheck: null,
    faq: [],
    links: [],
    payIds: [],
    figures: [],
    typedPay: [],
    lead: '',
    summary: '',
  };

  const walk = (node: Node) => {
    const line = node.position?.start.line ?? 0;
    switch (node.type) {
      case 'code':
        facts.hasCode = true;
        codeWords += countWords(node.value ?? '');
        return;
      case 'mdxjsEsm':
      case 'mdxFlowExpression':
      case 'mdxTextExpression':
        return;
      case 'text':
      case 'inlineCode': {
        const value = node.value ?? '';
        proseWords += countWords(value);
        // Inline code is a command or a name, not a claim: only plain text can state a figure.
        if (node.type === 'text') {
          facts.figures.push(...(value.match(FIGURE) ?? []));
          facts.typedPay.push(...(value.match(DOLLARS) ?? []));
        }
        return;
      }
      case 'table':
        facts.hasTable = true;
        break;
      case 'listItem':
        if (typeof node.checked === 'boolean') facts.hasTaskList = true;
        break;
      case 'link':
        if (node.url) facts.links.push({ href: node.url, line });
        break;
      case 'mdxJsxFlowElement':
      case 'mdxJsxTextElement': {
        const name = node.name ?? '';
        if (/^[A-Z]/.test(name) && !facts.components.includes(name)) facts.components.push(name);
        if (DIAGRAMS.has(name)) facts.hasDiagram = true;
        if (name === 'Tabs') facts.hasTabs = true;
        if (name === 'Pay') facts.payIds.push({ id: attribute(node, 'id'), line });
        if (name === 'a') {
          const href = attribute(node, 'href');
          if (href) facts.links.push({ href, line });
        }
        break;
      }
    }
    node.children?.forEach(walk);
  };
  walk(root);

  facts.words = proseWords;
  facts.minutes = Math.max(1, Math.round((proseWords + codeWords) / WORDS_PER_MINUTE));

  const blocks = root.children ?? [];
  const firstParagraph = blocks.find((block) => block.type === 'paragraph');
  facts.lead = firstParagraph ? textOf(firstParagraph).replace(/\s+/g, ' ').trim() : '';
  facts.summary = firstSentence(facts.lead);
  const takeaways = sectionBlocks(blocks, (heading) => heading.toLowerCase() === 'key takeaways');
  if (takeaways) facts.takeaways = takeaways.filter((block) => block.type === 'list').reduce((sum, list) => sum + (list.children?.length ?? 0), 0);

  const check = sectionBlocks(blocks, (heading) => heading.toLowerCase() === 'check your understanding');
  if (check) {
    facts.selfCheck = check
      .filter((block) => block.type === 'mdxJsxFlowElement' && block.name === 'details')
      .map((details) => {
        const summary = details.children?.find((child) => child.name === 'summary');
        return { question: summary ? textOf(summary).trim() : '', links: linksIn(details) };
      });
  }

  blocks.forEach((block, index) => {
    if (block.type !== 'heading' || block.depth !== 2) return;
    const question = textOf(block).trim();
    if (!question.endsWith('?')) return;
    const end = blocks.findIndex((candidate, at) => at > index && candidate.type === 'heading' && (candidate.depth ?? 9) <= 2);
    const answerBlocks = blocks.slice(index + 1, end === -1 ? undefined : end);
    const answer = answerBlocks.map(textOf).join(' ').replace(/\s+/g, ' ').trim();
    if (answer) facts.faq.push({ question, answer, links: answerBlocks.flatMap(linksIn) });
  });
  return facts;
}

/**
 * The Sätteri plugin: computes the facts once per document and stores them in
 * the frontmatter Astro returns from `render()`. Positions are on so links and
 * pay figures carry their line numbers into error messages.
 */
export function articleFactsPlugin(): MdastPluginDefinition {
  return {
    name: 'backend-guide-article-facts',
    options: { position: true },
    before(root, ctx) {
      const astro = (ctx.data as { astro?: { frontmatter: Record<string, unknown> } }).astro;
      if (astro) astro.frontmatter.facts = articleFacts(root as unknown as Node);
    },
  };
}
