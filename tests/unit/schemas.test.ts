import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { articleSchema } from '../../src/schemas/article.ts';
import { glossarySchema } from '../../src/schemas/glossary.ts';

const valid = {
  title: 'What is back-end development?',
  description: 'A short description.',
  order: 1,
  level: 'beginner',
  published: new Date('2026-11-21'),
  updated: new Date('2026-11-21'),
  sources: [{ title: 'MDN', url: 'https://developer.mozilla.org/', accessed: new Date('2026-11-21') }],
  related: ['skills/apis'],
};

/** The paths of the fields a parse rejects. */
function failingFields(input: unknown): string[] {
  const result = articleSchema.safeParse(input);
  assert.equal(result.success, false, 'expected the schema to reject the input');
  return result.error!.issues.map((issue) => issue.path.join('.') || `(unknown: ${'keys' in issue ? String(issue.keys) : ''})`);
}

describe('article schema', () => {
  it('accepts complete frontmatter and fills defaults', () => {
    const data = articleSchema.parse({ ...valid, related: undefined, sources: undefined });
    assert.deepEqual(data.related, []);
    assert.deepEqual(data.sources, []);
    assert.equal(data.draft, false);
  });

  it('rejects a missing title', () => {
    const { title: _omitted, ...rest } = valid;
    assert.deepEqual(failingFields(rest), ['title']);
  });

  it('rejects a description over 160 characters', () => {
    assert.deepEqual(failingFields({ ...valid, description: 'x'.repeat(161) }), ['description']);
  });

  it('rejects an unknown level', () => {
    assert.deepEqual(failingFields({ ...valid, level: 'expert' }), ['level']);
  });

  it('rejects a date string it cannot read (impossible dates that YAML rolls over are caught in source-files.test.ts)', () => {
    assert.deepEqual(failingFields({ ...valid, updated: 'last Tuesday' }), ['updated']);
  });

  it('rejects a title longer than a browser tab or a search result can show', () => {
    assert.deepEqual(failingFields({ ...valid, title: 'x'.repeat(71) }), ['title']);
  });

  it('accepts learner questions as text or tied to a section, and rejects a bad section id', () => {
    const data = articleSchema.parse({ ...valid, questions: ['What is an API?', { question: 'Is PUT idempotent?', section: 'idempotency' }] });
    assert.equal(data.questions.length, 2);
    assert.deepEqual(failingFields({ ...valid, questions: [{ question: 'Is PUT idempotent?', section: 'Not An Id' }] }), ['questions.0.section']);
  });

  it('rejects unknown fields', () => {
    const result = articleSchema.safeParse({ ...valid, slug: 'custom' });
    assert.equal(result.success, false);
    assert.match(JSON.stringify(result.error!.issues), /slug/);
  });

  it('rejects a related entry that is not a section/slug id', () => {
    assert.deepEqual(failingFields({ ...valid, related: ['/skills/apis/'] }), ['related.0']);
  });

  it('rejects a source without an http(s) URL', () => {
    assert.deepEqual(failingFields({ ...valid, sources: [{ title: 'x', url: 'ftp://example.org', accessed: new Date() }] }), ['sources.0.url']);
  });
});

describe('glossary schema', () => {
  it('accepts a term with the article that explains it, and requires that article', () => {
    assert.equal(glossarySchema.parse({ term: 'API', article: 'skills/apis' }).article, 'skills/apis');
    assert.equal(glossarySchema.safeParse({ term: 'API' }).success, false);
  });

  it('rejects unknown fields and an empty term', () => {
    assert.equal(glossarySchema.safeParse({ term: 'API', definition: 'x' }).success, false);
    assert.equal(glossarySchema.safeParse({ term: '', article: 'skills/apis' }).success, false);
  });
});
