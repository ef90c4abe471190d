/** The preview image cache (src/social/cache.ts): unchanged inputs are read back, any change renders anew. */
import assert from 'node:assert/strict';
import { mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import { cachedImage } from '../../../src/social/cache.ts';

const dir = await mkdtemp(join(tmpdir(), 'preview-cache-'));
after(() => rm(dir, { recursive: true, force: true }));

/** A renderer that counts its calls and draws bytes that say which call made them. */
function countingRenderer() {
  const counter = {
    calls: 0,
    render: async () => new Uint8Array([(counter.calls += 1)]),
  };
  return counter;
}

describe('the preview image cache', () => {
  it('renders once for the same inputs and renderer, then reads the stored image', async () => {
    const counter = countingRenderer();
    const first = await cachedImage(dir, 'r1', { title: 'Git', section: 'Tools' }, counter.render);
    const second = await cachedImage(dir, 'r1', { title: 'Git', section: 'Tools' }, counter.render);
    assert.equal(counter.calls, 1);
    assert.deepEqual([...second], [...first]);
  });

  it('renders again when the title, the section or the renderer changes', async () => {
    const counter = countingRenderer();
    await cachedImage(dir, 'r1', { title: 'Docker', section: 'Tools' }, counter.render);
    await cachedImage(dir, 'r1', { title: 'Docker!', section: 'Tools' }, counter.render);
    await cachedImage(dir, 'r1', { title: 'Docker', section: 'Skills' }, counter.render);
    await cachedImage(dir, 'r2', { title: 'Docker', section: 'Tools' }, counter.render);
    assert.equal(counter.calls, 4);
  });

  it('leaves only finished images in its folder', async () => {
    const names = await readdir(dir);
    assert.ok(names.length > 0);
    assert.deepEqual(names.filter((name) => !/^[0-9a-f]{32}\.png$/.test(name)), []);
  });
});
