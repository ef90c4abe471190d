/**
 * Proves that malformed content fails the build with a message naming the
 * file and the problem. Each case copies the valid fixture in
 * tests/fixtures/content, breaks one thing, and runs a real `astro build`
 * against the copy (BG_CONTENT_DIR), never touching the real content or dist/.
 */
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { cp, mkdir, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';

const root = join(import.meta.dirname, '..', '..');
const fixture = join(root, 'tests/fixtures/content');
const scratch = join(root, 'node_modules/.cache/bg-fixtures');
const astro = join(root, 'node_modules/astro/bin/astro.mjs');

const firstArticle = (frontmatter: string, body = 'Text.\n\n## A section\n\nMore.') =>
  `---\n${frontmatter}\n---\n${body}\n`;
const validFrontmatter = [
  'title: First fixture article',
  'description: A valid article.',
  'order: 1',
  'level: beginner',
  'updated: 2026-11-21',
].join('\n');

interface Build {
  code: number | null;
  output: string;
}

/** Builds the fixture with `changes` applied (path -> new file text). */
async function buildFixture(name: string, changes: Record<string, string>): Promise<Build> {
  const dir = join(scratch, name);
  await rm(dir, { recursive: true, force: true });
  await mkdir(dir, { recursive: true });
  await cp(fixture, join(dir, 'content'), { recursive: true });
  for (const [path, text] of Object.entries(changes)) await writeFile(join(dir, 'content', path), text);
  const child = spawn(process.execPath, [astro, 'build'], {
    cwd: root,
    env: {
      ...process.env,
      BG_CONTENT_DIR: join(dir, 'content'),
      BG_OUT_DIR: join(dir, 'dist'),
      BG_CACHE_DIR: join(dir, 'cache'),
      FORCE_COLOR: '0',
      NO_COLOR: '1',
    },
  });
  let output = '';
  child.stdout.on('data', (chunk) => (output += chunk));
  child.stderr.on('data', (chunk) => (output += chunk));
  const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
  return { code, output: output.replace(/\x1b\[[0-9;]*m/g, '') };
}

after(() => rm(scratch, { recursive: true, force: true }));

describe('bad content fails the build', { concurrency: 2 }, () => {
  it('builds the unmodified fixture (so each failure below is caused by its defect)', async () => {
    const build = await buildFixture('valid', {});
    assert.equal(build.code, 0, build.output);
  });

  const cases: { name: string; changes: Record<string, string>; expect: RegExp[] }[] = [
    {
      name: 'missing-title',
      changes: { 'articles/roles/first.mdx': firstArticle(validFrontmatter.replace(/^title:.*\n/m, '')) },
      expect: [/first\.mdx/, /title/],
    },
    {
      name: 'bad-date',
      changes: { 'articles/roles/first.mdx': firstArticle(validFrontmatter.replace('updated: 2026-11-21', 'updated: 2026-13-45')) },
      expect: [/first\.mdx/, /updated/],
    },
    {
      name: 'unknown-level',
      changes: { 'articles/roles/first.mdx': firstArticle(validFrontmatter.replace('level: beginner', 'level: expert')) },
      expect: [/first\.mdx/, /level/],
    },
    {
      name: 'unknown-field',
      changes: { 'articles/roles/first.mdx': firstArticle(`${validFrontmatter}\nauthor: Someone`) },
      expect: [/first\.mdx/, /author/],
    },
    {
      name: 'missing-related',
      changes: { 'articles/roles/first.mdx': firstArticle(`${validFrontmatter}\nrelated:\n  - skills/does-not-exist`) },
      expect: [/articles\/roles\/first\.mdx: related names "skills\/does-not-exist"/],
    },
    {
      name: 'broken-link',
      changes: { 'articles/roles/first.mdx': firstArticle(validFrontmatter, 'See [this](/skills/missing-page/).\n\n## A section') },
      expect: [/articles\/roles\/first\.mdx: link to \/skills\/missing-page\/ does not resolve/],
    },
    {
      name: 'broken-anchor',
      changes: { 'articles/roles/first.mdx': firstArticle(validFrontmatter, 'See [the term](/glossary/#no-such-term).\n\n## A section') },
      expect: [/articles\/roles\/first\.mdx: link to \/glossary\/#no-such-term does not resolve \(the page has no element with id="no-such-term"/],
    },
    {
      name: 'missing-image',
      changes: { 'articles/roles/first.mdx': firstArticle(validFrontmatter, "import Missing from '../../diagrams/missing.svg';\n\n<Missing />\n\n## A section") },
      expect: [/missing\.svg/],
    },
  ];

  for (const { name, changes, expect } of cases) {
    it(`fails on ${name.replace(/-/g, ' ')}, naming the file and the problem`, async () => {
      const build = await buildFixture(name, changes);
      assert.notEqual(build.code, 0, `the build should have failed:\n${build.output.slice(-2000)}`);
      for (const pattern of expect) assert.match(build.output, pattern);
    });
  }
});
