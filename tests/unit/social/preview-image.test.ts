/** Social preview images (src/social/preview-image.ts): valid PNGs of the Open Graph size, one look per title. */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { pngSize } from '../../png.ts';
import { layoutPreview, PREVIEW_HEIGHT, PREVIEW_WIDTH, renderPreview, renderSitePreview, TITLE_MAX_LINES, TITLE_SIZES } from '../../../src/social/preview-image.ts';

const equalBytes = (a: Uint8Array, b: Uint8Array) => Buffer.from(a).equals(Buffer.from(b));

describe('an article preview image', () => {
  it('is a PNG of 1200×630', async () => {
    const png = await renderPreview({ title: 'What a back-end developer does', section: 'Roles' });
    assert.deepEqual(pngSize(png), { width: 1200, height: 630 });
    assert.deepEqual({ width: PREVIEW_WIDTH, height: PREVIEW_HEIGHT }, { width: 1200, height: 630 });
  });

  it('differs with the title and with the section', async () => {
    const one = await renderPreview({ title: 'Databases', section: 'Skills' });
    assert.equal(equalBytes(one, await renderPreview({ title: 'Databases', section: 'Skills' })), true, 'the same content should draw the same image');
    assert.equal(equalBytes(one, await renderPreview({ title: 'Caching', section: 'Skills' })), false);
    assert.equal(equalBytes(one, await renderPreview({ title: 'Databases', section: 'Tools' })), false);
  });

  it('still renders a title far longer than three lines hold, and one of a single character', async () => {
    for (const title of ['A very long title about back-end work '.repeat(10), 'X', 'Authentication and sessions: cookies, tokens, OAuth and passkeys']) {
      assert.deepEqual(pngSize(await renderPreview({ title, section: 'Front-end vs back-end' })), { width: 1200, height: 630 });
    }
  });
});

describe('rendering many previews', () => {
  it('frees each image’s WebAssembly memory, so a thousand articles do not pile up gigabytes', async () => {
    await renderPreview({ title: 'Warm-up', section: 'Skills' });
    const before = process.memoryUsage().external;
    for (let index = 0; index < 20; index += 1) await renderPreview({ title: `Article ${index} on caching`, section: 'Skills' });
    // Each unfreed render keeps a 1200×630 pixmap (3 MB): twenty would add about 60 MB.
    const grownMB = (process.memoryUsage().external - before) / 1048576;
    assert.ok(grownMB < 20, `external memory grew ${grownMB.toFixed(0)} MB over 20 renders`);
  });
});

describe('the title on a preview', () => {
  const largest = TITLE_SIZES[0];
  const smallest = TITLE_SIZES.at(-1)!;

  it('is set at the largest size when it is short', async () => {
    const { titleSize, titleLines, clamped } = await layoutPreview({ title: 'Git', section: 'Tools' });
    assert.deepEqual({ titleSize, titleLines, clamped }, { titleSize: largest, titleLines: 1, clamped: false });
  });

  it('shrinks to fit three lines, whole, when it is as long as the guide’s longest (about 70 characters)', async () => {
    for (const title of ['Going independent: freelancing, consulting and a product of your own', 'Observability in production: structured logs, metrics, traces and alerts']) {
      const { titleLines, clamped } = await layoutPreview({ title, section: 'Careers' });
      assert.deepEqual({ titleLines, clamped }, { titleLines: TITLE_MAX_LINES, clamped: false }, title);
    }
    // Wide letters take more room than the same count of ordinary ones: only a smaller size keeps this one to three lines.
    const wide = await layoutPreview({ title: 'Wwwww Mmmmm Wwwww Mmmmm Wwwww Mmmmm Wwwww Mmmmm Wwwww Mmmmm Wwwww Mmmm', section: 'Careers' });
    assert.equal(wide.clamped, false);
    assert.ok(wide.titleLines <= TITLE_MAX_LINES, `${wide.titleLines} lines`);
    assert.ok(wide.titleSize < largest, `set at ${wide.titleSize} px`);
  });

  it('is cut at three lines at the smallest size when even that is too long', async () => {
    const { titleSize, clamped } = await layoutPreview({ title: 'A very long title about back-end work '.repeat(10), section: 'Roles' });
    assert.deepEqual({ titleSize, clamped }, { titleSize: smallest, clamped: true });
  });
});

describe('the site-wide preview image', () => {
  it('is a PNG of 1200×630 that looks like no article’s', async () => {
    const png = await renderSitePreview();
    assert.deepEqual(pngSize(png), { width: 1200, height: 630 });
    assert.equal(equalBytes(png, await renderPreview({ title: 'Backend Guide', section: 'Roles' })), false);
  });
});
