/**
 * Applies the editorial rules (src/lib/article-rules.ts) to every published
 * article in content/, reading the files as the build does. No build needed.
 */
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import yaml from 'js-yaml';
import { checkArticle } from '../../src/lib/article-rules.ts';

const content = join(import.meta.dirname, '..', '..', 'content');

function read(file: string): { data: Record<string, unknown>; body: string } {
  const text = readFileSync(file, 'utf8');
  const match = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?([\s\S]*)$/.exec(text);
  assert.ok(match, `${file}: no frontmatter`);
  try {
    return { data: yaml.load(match[1]!) as Record<string, unknown>, body: match[2]! };
  } catch (error) {
    throw new Error(`${file}: frontmatter is not valid YAML: ${(error as Error).message}`);
  }
}

const articleFiles = readdirSync(join(content, 'articles'), { recursive: true, encoding: 'utf8' }).filter((name) => name.endsWith('.mdx'));
const articles = articleFiles
  .map((name) => ({ id: name.replace(/\.mdx$/, '').split('\\').join('/'), file: `content/articles/${name}`, ...read(join(content, 'articles', name)) }))
  .filter((article) => article.data.draft !== true);
const sections = Object.keys(yaml.load(readFileSync(join(content, 'sections.yaml'), 'utf8')) as object);
const terms = new Set(readdirSync(join(content, 'glossary')).map((name) => name.replace(/\.mdx$/, '')));
const pages = new Set(['/', '/glossary/', '/a-z/', ...sections.map((id) => `/${id}/`), ...articles.map((article) => `/${article.id}/`)]);

describe('published content', () => {
  it('has articles to check', () => {
    assert.ok(articles.length >= 3);
  });

  for (const article of articles) {
    it(`${article.file} meets the editorial rules`, () => {
      const problems = checkArticle(
        {
          filePath: article.file,
          body: article.body,
          description: String(article.data.description ?? ''),
          sources: (article.data.sources as unknown[] | undefined) ?? [],
          related: (article.data.related as string[] | undefined) ?? [],
          questions: (article.data.questions as unknown[] | undefined) ?? [],
          format: article.data.format === 'faq' ? 'faq' : 'article',
        },
        { pages, terms },
      );
      assert.deepEqual(problems, []);
    });
  }

  it('every glossary entry lists at least one learner question', () => {
    const missing = [...terms].filter((term) => !((read(join(content, 'glossary', `${term}.mdx`)).data.questions as unknown[] | undefined)?.length));
    assert.deepEqual(missing, []);
  });

  it('every glossary definition links only to existing terms and pages', () => {
    const problems: string[] = [];
    for (const term of terms) {
      const { body } = read(join(content, 'glossary', `${term}.mdx`));
      for (const [, target = ''] of body.matchAll(/\]\((\/[^)\s]*)\)/g)) {
        const [path = '', fragment] = target.split('#');
        if (!pages.has(path) || (path === '/glossary/' && fragment !== undefined && !terms.has(fragment))) problems.push(`content/glossary/${term}.mdx: ${target}`);
      }
    }
    assert.deepEqual(problems, []);
  });
});
