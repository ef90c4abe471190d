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
  'A1.',
  '',
  '</details>',
  '',
  '<details>',
  '<summary>Q2?</summary>',
  '',
  'A2.',
  '',
  '</details>',
].join('\n');

const article = (body: string, extra: Partial<ArticleSource> = {}): ArticleSource => ({
  filePath: 'a.mdx',
  body,
  description: 'Short.',
  sources: [],
  related: ['skills/apis'],
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

  it('require a description of at most 160 characters', () => {
    assert.deepEqual(checkArticle(article(good, { description: 'x'.repeat(161) }), site), ['a.mdx: description has 161 characters; the limit is 160']);
  });

  it('require sources when a money figure or percentage appears', () => {
    const withFigure = good.replace('word word', 'pay of $97,977 a year');
    assert.deepEqual(checkArticle(article(withFigure), site), ['a.mdx: states a figure ("$97,977") but lists no sources']);
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
