import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { buildToc } from '../../src/lib/toc.ts';

describe('table of contents', () => {
  it('nests h3 under the preceding h2 and drops other depths', () => {
    const toc = buildToc([
      { depth: 2, slug: 'a', text: 'A' },
      { depth: 3, slug: 'a1', text: 'A1' },
      { depth: 4, slug: 'a1x', text: 'deep' },
      { depth: 3, slug: 'a2', text: 'A2' },
      { depth: 2, slug: 'b', text: 'B' },
      { depth: 1, slug: 'title', text: 'Title' },
    ]);
    assert.deepEqual(toc, [
      { slug: 'a', text: 'A', children: [{ slug: 'a1', text: 'A1', children: [] }, { slug: 'a2', text: 'A2', children: [] }] },
      { slug: 'b', text: 'B', children: [] },
    ]);
  });

  it('keeps an h3 that comes before any h2 at the top level', () => {
    assert.deepEqual(buildToc([{ depth: 3, slug: 'x', text: 'X' }]), [{ slug: 'x', text: 'X', children: [] }]);
  });

  it('returns an empty list for an article without sections', () => {
    assert.deepEqual(buildToc([]), []);
  });
});
