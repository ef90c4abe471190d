import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { alphabetical, byOrder, bySectionThenOrder, indexLetter, neighbours } from '../../src/lib/ordering.ts';

describe('ordering', () => {
  it('sorts by order, then id', () => {
    const sorted = byOrder([{ id: 'c', order: 2 }, { id: 'b', order: 1 }, { id: 'a', order: 2 }]);
    assert.deepEqual(sorted.map((item) => item.id), ['b', 'a', 'c']);
  });

  it('sorts articles by section position, then order', () => {
    const items = [
      { id: 'careers/salary', order: 1 },
      { id: 'roles/b', order: 2 },
      { id: 'roles/a', order: 1 },
      { id: 'unknown/x', order: 0 },
    ];
    const sorted = bySectionThenOrder(items, (item) => item.id.split('/')[0]!, ['roles', 'careers']);
    assert.deepEqual(sorted.map((item) => item.id), ['roles/a', 'roles/b', 'careers/salary', 'unknown/x']);
  });

  it('finds the previous and next entries', () => {
    const list = [{ id: 'a' }, { id: 'b' }, { id: 'c' }];
    assert.deepEqual(neighbours(list, 'b'), { previous: { id: 'a' }, next: { id: 'c' } });
    assert.deepEqual(neighbours(list, 'a'), { previous: undefined, next: { id: 'b' } });
    assert.deepEqual(neighbours(list, 'c'), { previous: { id: 'b' }, next: undefined });
    assert.deepEqual(neighbours(list, 'missing'), {});
  });

  it('sorts names case- and accent-insensitively', () => {
    assert.deepEqual(alphabetical(['cache', 'API', 'Écho', 'authentication'], (name) => name), ['API', 'authentication', 'cache', 'Écho']);
  });

  it('files names under a letter, or # for digits and symbols', () => {
    assert.equal(indexLetter('api'), 'A');
    assert.equal(indexLetter('Élan'), 'E');
    assert.equal(indexLetter('404 page'), '#');
  });
});
