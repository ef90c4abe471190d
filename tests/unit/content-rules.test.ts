import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { checkCalendarDates, checkContent, checkPayReferences, type ArticleFacts } from '../../src/lib/content-rules.ts';

const sections = ['roles', 'skills'];
const article = (id: string, extra: Partial<ArticleFacts> = {}): ArticleFacts => ({
  id,
  filePath: `content/articles/${id}.mdx`,
  title: id,
  order: 1,
  related: [],
  ...extra,
});

describe('content rules', () => {
  it('passes consistent content', () => {
    const articles = [article('roles/a', { related: ['skills/b'] }), article('skills/b')];
    assert.deepEqual(checkContent(articles, [{ id: 'api', filePath: 'g/api.mdx', term: 'API', article: 'skills/b' }], sections), []);
  });

  it('names the file and field of a related article that does not exist', () => {
    const problems = checkContent([article('roles/a', { related: ['skills/missing'] })], [], sections);
    assert.deepEqual(problems, ['content/articles/roles/a.mdx: related names "skills/missing", but no published article has that id']);
  });

  it('rejects an article that lists itself as related', () => {
    assert.match(checkContent([article('roles/a', { related: ['roles/a'] })], [], sections)[0]!, /itself/);
  });

  it('rejects unknown sections and nested paths', () => {
    const problems = checkContent([article('blog/a'), article('roles/x/y')], [], sections);
    assert.equal(problems.length, 2);
    assert.match(problems[0]!, /section "blog"/);
    assert.match(problems[1]!, /content\/articles\/<section>\/<slug>\.mdx/);
  });

  it('rejects duplicate titles and duplicate orders within a section', () => {
    const problems = checkContent([article('roles/a', { title: 'Same' }), article('roles/b', { title: 'same ' })], [], sections);
    assert.equal(problems.length, 2);
    assert.match(problems.join('\n'), /title "same " is already used/);
    assert.match(problems.join('\n'), /order 1 is already used in "roles"/);
  });

  it('rejects duplicate terms and terms pointing at missing articles', () => {
    const problems = checkContent(
      [],
      [
        { id: 'api', filePath: 'g/api.mdx', term: 'API', article: 'skills/apis' },
        { id: 'api-2', filePath: 'g/api-2.mdx', term: 'api' },
      ],
      sections,
    );
    assert.equal(problems.length, 2);
    assert.match(problems.join('\n'), /g\/api\.mdx: article names "skills\/apis"/);
    assert.match(problems.join('\n'), /g\/api-2\.mdx: term "api" is already defined/);
  });
});

describe('calendar dates in frontmatter', () => {
  it('accepts real dates, quoted or not, in nested lists too', () => {
    const raw = "---\nupdated: 2026-11-21\nreviewed: '2024-02-29'\nsources:\n  - title: x\n    accessed: 2026-01-31\n---\nBody 2026-99-99";
    assert.deepEqual(checkCalendarDates(raw, 'a.mdx'), []);
  });

  it('names the file and field of a date YAML would roll over', () => {
    const raw = '---\nupdated: 2026-13-45\nsources:\n  - accessed: 2025-02-29\n---\n';
    assert.deepEqual(checkCalendarDates(raw, 'a.mdx'), [
      'a.mdx: updated is 2026-13-45, which is not a calendar date',
      'a.mdx: accessed is 2025-02-29, which is not a calendar date',
    ]);
  });
});

describe('pay references', () => {
  it('names the article and the unknown or missing figure id', () => {
    const body = 'Pay is <Pay id="known" /> or <Pay id="typo" /> or <Pay />.';
    assert.deepEqual(checkPayReferences(body, 'content/articles/careers/salary.mdx', new Set(['known']), 'content/data/salary.yaml'), [
      'content/articles/careers/salary.mdx: <Pay id="typo"> names no figure in content/data/salary.yaml',
      'content/articles/careers/salary.mdx: <Pay /> needs an id="…" naming a figure in content/data/salary.yaml',
    ]);
  });
});
