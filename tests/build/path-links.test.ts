/**
 * No dead ends: from the first article of the learning path, Next leads
 * through every article in content/path.yaml's order and stops at the last;
 * Previous leads all the way back. Read from the built pages, so it checks
 * what readers get, in milliseconds rather than a browser walk of every page.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { load } from 'cheerio';
import yaml from 'js-yaml';
import { builtPages } from './dist.ts';

const stages = yaml.load(readFileSync(join(import.meta.dirname, '..', '..', 'content', 'path.yaml'), 'utf8')) as Record<string, { order: number; articles: string[] }>;
const path = Object.values(stages)
  .sort((a, b) => a.order - b.order)
  .flatMap((stage) => stage.articles.map((id) => `/${id}/`));

const links = new Map(
  builtPages().map((page) => {
    const $ = load(page.html);
    const nav = $('nav[aria-label="Previous and next article"]');
    return [page.path, { next: nav.find('a[rel="next"]').attr('href'), previous: nav.find('a[rel="prev"]').attr('href') }] as const;
  }),
);

function walk(from: string, direction: 'next' | 'previous'): string[] {
  const visited = [from];
  for (let at = links.get(from)?.[direction]; at !== undefined; at = links.get(at)?.[direction]) {
    if (visited.includes(at)) throw new Error(`${direction} loops back to ${at} after ${visited.join(' → ')}`);
    visited.push(at);
  }
  return visited;
}

describe('the path through the articles', () => {
  it('has articles to walk', () => assert.ok(path.length > 10));

  it('Next walks every article in path order and stops at the last', () => {
    assert.deepEqual(walk(path[0]!, 'next'), path);
  });

  it('Previous walks back from the last to the first', () => {
    assert.deepEqual(walk(path.at(-1)!, 'previous'), [...path].reverse());
  });
});
