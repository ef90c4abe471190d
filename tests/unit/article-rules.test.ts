import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { checkArticle, type ArticleSource } from '../../src/lib/article-rules.ts';

const site = { pages: new Set(['/', '/glossary/', '/skills/apis/']), terms: new Set(['api']) };
const filler = 'word '.repeat(1000);
const ending = [
  '## Key takeaways',
  '',
  '- one',
  '- two',
  '- three',
  '',
  '## Check your understanding',
  '',
  '<details>',
  '<summary>Q1?</summary>',
  '',
  'A1: see [the section](#one).',
  '',
  '</details>',
  '',
  '<details>',
  '<summary>Q2?</summary>',
  '',
  'A2: see [APIs](/skills/apis/#two).',
  '',
  '</details>',
].join('\n');

const article = (body: string, extra: Partial<ArticleSource> = {}): ArticleSource => ({
  filePath: 'a.mdx',
  body,
  description: 'Short.',
  sources: [],
  related: ['skills/apis'],
  questions: ['What is an API?', 'How does REST work?', 'Which methods are idempotent?'],
  ...extra,
});
const good = `See the [API](/glossary/#api) and [APIs](/skills/apis/).\n\n${filler}\n\n\`\`\`js\nx();\n\`\`\`\n\n${ending}`;

describe('article rules', () => {
  it('accept a complete article', () => {
    assert.deepEqual(checkArticle(article(good), site), []);
  });

  it('require key takeaways with 3 to 6 bullets', () => {
    assert.deepEqual(checkArticle(article(good.replace('## Key takeaways', '## Summary')), site), ['a.mdx: has no "## Key takeaways" section']);
    assert.deepEqual(checkArticle(article(good.replace('- three\n', '')), site), ['a.mdx: "Key takeaways" has 2 bullets; it needs 3 to 6']);
  });

  it('require 2 to 4 self-check questions in disclosures', () => {
    const oneQuestion = good.slice(0, good.lastIndexOf('<details>'));
    assert.deepEqual(checkArticle(article(oneQuestion), site), ['a.mdx: "Check your understanding" has 1 questions in <details>; it needs 2 to 4']);
    assert.match(checkArticle(article(good.replace('## Check your understanding', '## Quiz')), site)[0]!, /no "## Check your understanding"/);
  });

  it('require every self-check answer to link to the #section that explains it', () => {
    assert.deepEqual(checkArticle(article(good.replace('A1: see [the section](#one).', 'A1, see [APIs](/skills/apis/).')), site), [
      'a.mdx: the answer to "Q1?" links to no #section that explains it',
    ]);
  });

  it('require 3 to 10 learner questions in frontmatter', () => {
    assert.deepEqual(checkArticle(article(good, { questions: ['What is an API?'] }), site), ['a.mdx: frontmatter lists 1 questions; it needs 3 to 10']);
  });

  it('require a description of at most 160 characters', () => {
    assert.deepEqual(checkArticle(article(good, { description: 'x'.repeat(161) }), site), ['a.mdx: description has 161 characters; the limit is 160']);
  });

  it('require sources when a percentage appears', () => {
    const withFigure = good.replace('word word', 'a rise of 12.5 percent a year');
    assert.deepEqual(checkArticle(article(withFigure), site), ['a.mdx: states a figure ("12.5 percent") but lists no sources']);
    assert.deepEqual(checkArticle(article(withFigure, { sources: [{}] }), site), []);
    assert.match(checkArticle(article(good.replace('word word', 'grew 40% last')), site)[0]!, /"40%"/);
  });

  it('ignore figures and links inside code blocks', () => {
    const inCode = good.replace('x();', 'const price = "$5"; // 50% off, see [x](/nope/)');
    assert.deepEqual(checkArticle(article(inCode), site), []);
  });

  it('reject links to missing pages and missing glossary terms', () => {
    const broken = good.replace('(/skills/apis/)', '(/skills/nope/)').replace('#api)', '#apy)');
    assert.deepEqual(checkArticle(article(broken), site), [
      'a.mdx: links to the glossary term "apy", which does not exist',
      'a.mdx: links to /skills/nope/, which is not a page on the site',
    ]);
  });

  it('require a length of 900 to 2,500 words and something concrete to learn from', () => {
    assert.match(checkArticle(article(good.replace(filler, 'word '.repeat(100))), site)[0]!, /has \d+ words; articles have 900 to 2500/);
    assert.deepEqual(checkArticle(article(good.replace('```js\nx();\n```', '')), site), ['a.mdx: has no code block, diagram or table to learn from']);
  });

  it('require related articles', () => {
    assert.deepEqual(checkArticle(article(good, { related: [] }), site), ['a.mdx: related lists no articles']);
  });
});

describe('pay figures and FAQ articles', () => {
  it('rejects a typed dollar amount and points to the data file', () => {
    const problems = checkArticle(article(`${good}\n\nJuniors earn $95,000 a year.`, { sources: [{}] }), site);
    assert.deepEqual(problems, ['a.mdx: types the amount "$95,000"; write <Pay id="…" /> with a figure from content/data/salary.yaml']);
  });

  it('allows dollar signs inside code', () => {
    assert.deepEqual(checkArticle(article(`${good}\n\nRun \`echo $1\`.\n\n\`\`\`sql\nSELECT $1;\n\`\`\``), site), []);
  });

  it('asks for sources when an article shows pay figures', () => {
    assert.deepEqual(checkArticle(article(`${good}\n\nAbout <Pay id="x" /> a year.`), site), ['a.mdx: shows pay figures but lists no sources']);
  });

  const question = (n: number, link = '[APIs](/skills/apis/)') => `## Question ${n}?\n\nA short answer. Read ${link}.\n`;
  const faq = (count: number, link?: string) =>
    `${Array.from({ length: count }, (_, index) => question(index + 1, link)).join('\n')}\n${filler}\n\n| a |\n|---|\n| b |\n\n${ending}`;

  it('accepts an FAQ with twelve linked answers', () => {
    assert.deepEqual(checkArticle(article(faq(12), { format: 'faq' }), site), []);
  });

  it('counts the questions of an FAQ', () => {
    assert.deepEqual(checkArticle(article(faq(11), { format: 'faq' }), site), [
      'a.mdx: is an FAQ with 11 questions ("## …?" headings); it needs at least 12',
    ]);
  });

  it('names the FAQ answer that links to no article (a glossary link is not enough)', () => {
    const body = faq(12).replace('Question 3?\n\nA short answer. Read [APIs](/skills/apis/).', 'Question 3?\n\nA short answer about [APIs](/glossary/#api).');
    assert.deepEqual(checkArticle(article(body, { format: 'faq' }), site), ['a.mdx: FAQ answer to "Question 3?" links to no article']);
  });
});
