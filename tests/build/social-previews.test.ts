/** The build writes a social preview image per article and one for the rest of the site (src/pages/og/). */
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { previewImagePath, previewImagesPath } from '../../src/lib/urls.ts';
import { pngSize } from '../png.ts';
import { builtPages, distDir, redirectTarget } from './dist.ts';

/** Article pages are `/<section>/<slug>/`; the glossary and the A-Z index have pages of that shape too. */
const isArticle = (path: string) => /^\/[^/]+\/[^/]+\/$/.test(path) && !/^\/(glossary|a-z)\//.test(path);
const articleIds = builtPages()
  .filter((page) => isArticle(page.path) && !redirectTarget(page.html))
  .map((page) => page.path.slice(1, -1));
const fileOf = (sitePath: string) => join(distDir, sitePath);
const imagesDir = fileOf(previewImagesPath);
const builtImages = existsSync(imagesDir) ? readdirSync(imagesDir, { recursive: true, encoding: 'utf8' }).filter((name) => name.endsWith('.png')) : [];

describe('social preview images in the build', () => {
  it('has one 1200×630 PNG per article, and one for the rest of the site', () => {
    assert.ok(articleIds.length > 0, 'no article pages found');
    for (const path of [previewImagePath(), ...articleIds.map((id) => previewImagePath(id))]) {
      assert.ok(existsSync(fileOf(path)), `${path} is missing`);
      assert.deepEqual(pngSize(readFileSync(fileOf(path))), { width: 1200, height: 630 }, path);
    }
  });

  it('has no image without an article', () => {
    const expected = new Set([previewImagePath(), ...articleIds.map((id) => previewImagePath(id))]);
    assert.deepEqual(builtImages.map((name) => `${previewImagesPath}${name}`).filter((path) => !expected.has(path)), []);
  });

  it('gives every article an image of its own', () => {
    const hashes = new Map<string, string>();
    for (const path of [previewImagePath(), ...articleIds.map((id) => previewImagePath(id))]) {
      const hash = createHash('sha256').update(readFileSync(fileOf(path))).digest('hex');
      assert.equal(hashes.get(hash), undefined, `${path} is the same image as ${hashes.get(hash)}`);
      hashes.set(hash, path);
    }
  });
});
