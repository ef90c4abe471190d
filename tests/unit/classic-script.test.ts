/** The data files that load online and from file:// (src/lib/classic-script.ts). */
import assert from 'node:assert/strict';
import { runInNewContext } from 'node:vm';
import { describe, it } from 'node:test';
import { classicScript } from '../../src/lib/classic-script.ts';

describe('a classic data script', () => {
  it('hands its arguments to the callback unchanged, and never closes a script element', () => {
    const data = { term: '</script><img src=x onerror=alert(1)>', list: [1, 'two'] };
    const text = classicScript('CALLBACK', 'shard', data);
    assert.doesNotMatch(text, /</);
    const received: unknown[] = [];
    runInNewContext(text, { CALLBACK: (...args: unknown[]) => received.push(...args) });
    assert.deepEqual(JSON.parse(JSON.stringify(received)), ['shard', data]);
  });
});
