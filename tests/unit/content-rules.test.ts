import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { checkContent, checkPayReferences, type ArticleFacts } from '../../src/data/rules/content-rules.ts';

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

describe('pay references', () => {
  it('names the article and the unknown or missing figure id', () => {
    const payIds = [
      { id: 'known', line: 4 },
      { id: 'typo', line: 9 },
      { id: undefined, line: 12 },
    ];
    assert.deepEqual(checkPayReferences(payIds, 'content/articles/careers/salary.mdx', new Set(['known']), 'content/data/salary.yaml'), [
      'content/articles/careers/salary.mdx:9: <Pay id="typo"> names no figure in content/data/salary.yaml',
      'content/articles/careers/salary.mdx:12: <Pay> needs an id="…" naming a figure in content/data/salary.yaml',
    ]);
  });
});
