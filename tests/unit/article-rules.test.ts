/** The editorial rules, proved one at a time on small fact objects. */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { ArticleFacts } from '../../src/markdown/article-facts.ts';
import { checkArticle, type ArticleFrontmatter } from '../../src/data/rules/article-rules.ts';

const facts = (changes: Partial<ArticleFacts> = {}): ArticleFacts => ({
  words: 1200,
  minutes: 6,
  hasCode: true,
  hasDiagram: false,
  hasTable: false,
  hasTaskList: false,
  hasTabs: false,
  components: [],
  takeaways: 3,
  selfCheck: [
    { question: 'Q1?', links: ['#one'] },
    { question: 'Q2?', links: ['/skills/apis/#two'] },
  ],
  faq: [],
  links: [],
  payIds: [],
  figures: [],
  typedPay: [],
  lead: '',
  summary: '',
  ...changes,
});
const data = (changes: Partial<ArticleFrontmatter> = {}): ArticleFrontmatter => ({
  sources: [],
  related: ['skills/apis'],
  questions: ['What is an API?', 'How does REST work?', 'Which methods are idempotent?'],
  format: 'article',
  ...changes,
});
const check = (f: Partial<ArticleFacts> = {}, d: Partial<ArticleFrontmatter> = {}) => checkArticle('a.mdx', facts(f), data(d));

describe('article rules', () => {
  it('accept a complete article', () => {
    assert.deepEqual(check(), []);
  });

  it('require 900 to 2,500 words of prose', () => {
    assert.deepEqual(check({ words: 899 }), ['a.mdx: has 899 words of prose; articles have 900 to 2500']);
    assert.deepEqual(check({ words: 2501 }), ['a.mdx: has 2501 words of prose; articles have 900 to 2500']);
    assert.deepEqual(check({ words: 900 }), []);
  });

  it('require key takeaways with 3 to 6 bullets', () => {
    assert.deepEqual(check({ takeaways: null }), ['a.mdx: has no "## Key takeaways" section']);
    assert.deepEqual(check({ takeaways: 2 }), ['a.mdx: "Key takeaways" has 2 bullets; it needs 3 to 6']);
    assert.deepEqual(check({ takeaways: 7 }), ['a.mdx: "Key takeaways" has 7 bullets; it needs 3 to 6']);
  });

  it('require 2 to 4 self-check questions', () => {
    assert.deepEqual(check({ selfCheck: null }), ['a.mdx: has no "## Check your understanding" section']);
    assert.deepEqual(check({ selfCheck: [{ question: 'Q?', links: ['#x'] }] }), ['a.mdx: "Check your understanding" has 1 questions in <details>; it needs 2 to 4']);
  });

  it('require every self-check answer to link to the #section that explains it', () => {
    const selfCheck = [
      { question: 'Q1?', links: ['/skills/apis/', 'https://example.com/#x'] },
      { question: 'Q2?', links: ['#two'] },
    ];
    assert.deepEqual(check({ selfCheck }), ['a.mdx: the answer to "Q1?" links to no #section that explains it']);
  });

  it('require 3 to 10 learner questions in frontmatter', () => {
    assert.deepEqual(check({}, { questions: ['What is an API?'] }), ['a.mdx: frontmatter lists 1 questions; it needs 3 to 10']);
    assert.deepEqual(check({}, { questions: Array.from({ length: 11 }, (_, i) => `Question ${i}?`) }), ['a.mdx: frontmatter lists 11 questions; it needs 3 to 10']);
  });

  it('require related articles', () => {
    assert.deepEqual(check({}, { related: [] }), ['a.mdx: related lists no articles']);
  });

  it('require something concrete to learn from: code, a diagram or a table', () => {
    assert.deepEqual(check({ hasCode: false }), ['a.mdx: has no code block, diagram or table to learn from']);
    assert.deepEqual(check({ hasCode: false, hasDiagram: true }), []);
    assert.deepEqual(check({ hasCode: false, hasTable: true }), []);
  });

  it('require sources when a figure appears or pay is shown', () => {
    assert.deepEqual(check({ figures: ['40%'] }), ['a.mdx: states a figure ("40%") but lists no sources']);
    assert.deepEqual(check({ payIds: [{ id: 'x', line: 3 }] }), ['a.mdx: shows pay figures but lists no sources']);
    assert.deepEqual(check({ figures: ['40%'] }, { sources: [{}] }), []);
  });

  it('reject a typed dollar amount and point to the data file', () => {
    assert.deepEqual(check({ typedPay: ['$5'] }, { sources: [{}] }), ['a.mdx: types the amount "$5"; write <Pay id="…" /> with a figure from content/data/salary.yaml']);
  });

  const faq = (count: number, links = ['/skills/apis/']) => Array.from({ length: count }, (_, i) => ({ question: `Q${i}?`, answer: 'A.', links }));

  it('accept an FAQ with twelve answers that each link an article', () => {
    assert.deepEqual(check({ faq: faq(12) }, { format: 'faq' }), []);
  });

  it('count the questions of an FAQ', () => {
    assert.deepEqual(check({ faq: faq(11) }, { format: 'faq' }), ['a.mdx: is an FAQ with 11 questions ("## …?" headings); it needs at least 12']);
  });

  it('name the FAQ answer that links to no article (a glossary link is not enough)', () => {
    const entries = faq(12);
    entries[3] = { question: 'Q3?', answer: 'A.', links: ['/glossary/#api'] };
    assert.deepEqual(check({ faq: entries }, { format: 'faq' }), ['a.mdx: FAQ answer to "Q3?" links to no article']);
  });
});
