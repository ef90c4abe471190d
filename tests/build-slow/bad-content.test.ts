/**
 * Proves that malformed content fails the build with a message naming the
 * file (and the line, where known) and the problem, and leaves no output
 * behind. Each case copies the valid fixture in tests/fixtures/content, breaks
 * one thing, and runs Astro against the copy (BG_CONTENT_DIR), never touching
 * the real content or dist/. Problems the loaders and schemas catch need only
 * `astro sync`; problems found while rendering need a build, without the
 * editions and search index (BG_FAST=1).
 */
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { cp, mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';

const root = join(import.meta.dirname, '..', '..');
const fixture = join(root, 'tests/fixtures/content');
const scratch = join(root, 'node_modules/.cache/bg-fixtures');
const astro = join(root, 'node_modules/astro/bin/astro.mjs');
const first = 'articles/roles/first.mdx';
const firstText = await readFile(join(fixture, first), 'utf8');

interface Run {
  code: number | null;
  output: string;
  outDir: string;
}

/** Runs `astro <command>` on the fixture with `changes` applied (path -> new file text or bytes). */
async function runFixture(command: 'sync' | 'build', name: string, changes: Record<string, string | Uint8Array>): Promise<Run> {
  const dir = join(scratch, name);
  await rm(dir, { recursive: true, force: true });
  await mkdir(dir, { recursive: true });
  await cp(fixture, join(dir, 'content'), { recursive: true });
  for (const [path, text] of Object.entries(changes)) {
    await mkdir(join(dir, 'content', path, '..'), { recursive: true });
    await writeFile(join(dir, 'content', path), text);
  }
  const outDir = join(dir, 'dist');
  const child = spawn(process.execPath, [astro, command], {
    cwd: root,
    env: {
      ...process.env,
      BG_CONTENT_DIR: join(dir, 'content'),
      BG_OUT_DIR: outDir,
      BG_CACHE_DIR: join(dir, 'cache'),
      BG_FAST: '1',
      FORCE_COLOR: '0',
      NO_COLOR: '1',
    },
  });
  let output = '';
  child.stdout.on('data', (chunk) => (output += chunk));
  child.stderr.on('data', (chunk) => (output += chunk));
  const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
  return { code, output: output.replace(/\x1b\[[0-9;]*m/g, ''), outDir };
}

/** The first fixture article with `from` replaced by `to` (the text must be there). */
function firstWith(from: string | RegExp, to: string): Record<string, string> {
  const changed = firstText.replace(from, to);
  assert.notEqual(changed, firstText, `the fixture has no ${from}`);
  return { [first]: changed };
}

after(() => rm(scratch, { recursive: true, force: true }));

interface Case {
  name: string;
  changes: Record<string, string | Uint8Array>;
  expect: RegExp[];
}

/*
 * One case for each way a defect reaches the reader (the schema, the loader's
 * own checks, the content rules, the Markdown processor, the link check, Vite).
 * Variants of a rule (other schema fields, other event handlers, headings
 * without an id, a missing #anchor, a self-check answer without its link) are
 * unit tests of the same code: tests/unit/schemas.test.ts,
 * tests/unit/markdown/html-plugins.test.ts, tests/unit/link-check.test.ts,
 * tests/unit/article-rules.test.ts. Each build here costs seconds.
 */
const syncCases: Case[] = [
  { name: 'missing title', changes: firstWith(/^title:.*\n/m, ''), expect: [/first\.mdx/, /title/] },
  { name: 'impossible date', changes: firstWith('updated: 2026-11-21', 'updated: 2026-13-45'), expect: [/articles\/roles\/first\.mdx: updated is 2026-13-45, which is not a calendar date/] },
  {
    name: 'invalid UTF-8',
    changes: { [first]: Buffer.concat([Buffer.from(firstText.replace('A fixture links', 'A caf')), Buffer.from([0xe9, 0xff])]) },
    expect: [/articles\/roles\/first\.mdx:\d+: the file is not valid UTF-8/],
  },
  {
    name: 'two files with the same URL (different)',
    changes: { 'articles/roles/FIRST.mdx': firstText.replace('First fixture article', 'Impostor article') },
    expect: [/its URL would be "roles\/first"/, /FIRST\.mdx|first\.mdx/],
  },
];

const buildCases: Case[] = [
  { name: 'missing related article', changes: firstWith('  - skills/second', '  - skills/does-not-exist'), expect: [/articles\/roles\/first\.mdx: related names "skills\/does-not-exist"/] },
  { name: 'broken link', changes: firstWith('A fixture links', 'See [this](/skills/missing-page/). A fixture links'), expect: [/articles\/roles\/first\.mdx: link to \/skills\/missing-page\/ does not resolve/] },
  { name: 'missing image', changes: firstWith('A fixture links', "import Missing from '../../diagrams/missing.svg';\n\n<Missing />\n\nA fixture links"), expect: [/missing\.svg/] },
  { name: 'raw script', changes: firstWith('## A section', '<script>window.injected = 1</script>\n\n## A section'), expect: [/articles\/roles\/first\.mdx:\d+: <script> is not allowed in articles/] },
];

// One build at a time: Astro writes the content module map into the project's .astro/ folder, which every
// fixture build shares (BG_OUT_DIR and BG_CACHE_DIR are per fixture, that folder is not); two at once read each other's.
describe('bad content fails the build', { concurrency: 1 }, () => {
  it('builds the unmodified fixture (so each failure below is caused by its defect)', async () => {
    const run = await runFixture('build', 'valid', {});
    assert.equal(run.code, 0, run.output.slice(-3000));
  });

  for (const { name, changes, expect } of syncCases) {
    it(`fails on ${name} when loading content, naming the file and the problem`, async () => {
      const run = await runFixture('sync', name.replace(/\W+/g, '-'), changes);
      assert.notEqual(run.code, 0, `loading should have failed:\n${run.output.slice(-2000)}`);
      for (const pattern of expect) assert.match(run.output, pattern);
    });
  }

  for (const { name, changes, expect } of buildCases) {
    it(`fails on ${name} when building, naming the file and the problem, and leaves no output`, async () => {
      const run = await runFixture('build', name.replace(/\W+/g, '-'), changes);
      assert.notEqual(run.code, 0, `the build should have failed:\n${run.output.slice(-2000)}`);
      for (const pattern of expect) assert.match(run.output, pattern);
      assert.equal(existsSync(run.outDir), false, `a failed build left ${run.outDir} behind`);
    });
  }
});
