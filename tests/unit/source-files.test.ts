/** Checks on the content files themselves, before Astro reads them. */
import assert from 'node:assert/strict';
import { mkdtemp, mkdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import { checkCalendarDates, checkSourceFiles, entryIdOf, invalidUtf8Line } from '../../src/data/rules/source-files.ts';

const dirs: string[] = [];
after(() => Promise.all(dirs.map((dir) => rm(dir, { recursive: true, force: true }))));

async function tree(files: Record<string, string | Uint8Array>): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'bg-sources-'));
  dirs.push(dir);
  for (const [name, text] of Object.entries(files)) {
    await mkdir(join(dir, name, '..'), { recursive: true });
    await writeFile(join(dir, name), text);
  }
  return dir;
}

describe('content source files', () => {
  it('gives files the ids Astro gives them', () => {
    assert.equal(entryIdOf('skills/APIs.mdx'), 'skills/apis');
    assert.equal(entryIdOf('skills/apis .mdx'), 'skills/apis-');
  });

  it('finds the line of the first byte that is not UTF-8', () => {
    assert.equal(invalidUtf8Line(Buffer.from('ok\nalso ok\n')), undefined);
    assert.equal(invalidUtf8Line(Buffer.concat([Buffer.from('one\ntwo\ncaf'), Buffer.from([0xe9]), Buffer.from('\n')])), 3);
  });

  it('reports invalid UTF-8 with the file and line', async () => {
    const dir = await tree({ 'skills/apis.mdx': Buffer.concat([Buffer.from('---\ntitle: x\n---\nCaf'), Buffer.from([0xe9, 0xff])]) });
    const [problem] = checkSourceFiles(dir, '.mdx');
    assert.match(problem!, /skills\/apis\.mdx:4: the file is not valid UTF-8/);
  });

  it('reports two files whose names give the same URL, identical or not', async () => {
    const same = '---\ntitle: APIs\n---\nText.';
    for (const other of [same, '---\ntitle: Impostor\n---\nOther.']) {
      const dir = await tree({ 'skills/apis.mdx': same, 'skills/APIs.mdx': other });
      const problems = checkSourceFiles(dir, '.mdx');
      assert.equal(problems.length, 1);
      assert.match(problems[0]!, /skills\/apis\.mdx: its URL would be "skills\/apis", which .*skills\/APIs\.mdx already has/);
    }
  });

  it('accepts a clean tree', async () => {
    const dir = await tree({ 'skills/apis.mdx': '---\nupdated: 2026-11-21\n---\nText.', 'roles/first.mdx': '\uFEFF---\ntitle: x\n---\n' });
    assert.deepEqual(checkSourceFiles(dir, '.mdx'), []);
  });

  it('reports an impossible date that YAML would roll over', async () => {
    const dir = await tree({ 'skills/apis.mdx': '---\nupdated: 2026-13-45\n---\nText.' });
    assert.match(checkSourceFiles(dir, '.mdx')[0]!, /apis\.mdx: updated is 2026-13-45, which is not a calendar date/);
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

