/** Code colours become classes, and a token colour nobody could read fails the build. */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { CODE_BACKGROUND, codeColorCss, colorClasses, contrast } from '../../../src/markdown/code-colors.ts';

describe('code colour classes', () => {
  it('turns a token style into one class per theme, and its font style into classes', () => {
    assert.deepEqual(colorClasses('--shiki-light:#0E1116;--shiki-dark:#F0F3F6'), ['l0e1116', 'df0f3f6']);
    assert.deepEqual(colorClasses('--shiki-light:#66707B;--shiki-dark:#BDC4CC;--shiki-light-font-style:italic;--shiki-dark-font-style:italic'), ['l66707b', 'dbdc4cc', 'fi']);
  });

  it('defines every class it can give', () => {
    for (const name of [...colorClasses('--shiki-light:#0E1116;--shiki-dark:#F0F3F6'), 'fi']) assert.match(codeColorCss, new RegExp(`\\.${name}\\{`));
  });

  it('refuses a colour the themes do not have', () => {
    assert.throws(() => colorClasses('--shiki-light:#123456;--shiki-dark:#F0F3F6'), /#123456 .* not in the light theme's palette/);
  });

  it('refuses a palette colour too faint to read on the code background', () => {
    // White is in the light theme's palette (for tokens drawn on a coloured background), but never readable on ours.
    assert.ok(contrast('ffffff', CODE_BACKGROUND.light) < 4.5);
    assert.throws(() => colorClasses('--shiki-light:#FFFFFF;--shiki-dark:#F0F3F6'), /#ffffff on #f6f7f9 in the light theme, a contrast of 1\.07:1/);
  });

  it('measures contrast as WCAG does', () => {
    assert.equal(contrast('000000', 'ffffff').toFixed(0), '21');
    assert.equal(contrast('767676', 'ffffff').toFixed(2), '4.54');
  });
});
