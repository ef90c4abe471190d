import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { stem, tokenize } from '../../src/components/search/tokenize.ts';
import { buildOfflineIndex, offlineIndexScripts, shardOf } from '../../src/offline/offline-index.ts';

describe('offline search index', () => {
  it('tokenizes like the online index: joined hyphens, folded accents, light stems', () => {
    // Words of four letters or fewer are left whole ("apis", "cors"), so short terms keep their meaning.
    assert.deepEqual(tokenize('Back-end caching, Café APIs!'), ['backend', 'cach', 'cafe', 'apis']);
    assert.equal(stem('caches'), 'cach');
    assert.equal(stem('cache'), 'cach');
    assert.equal(stem('class'), 'class');
    assert.equal(stem('api'), 'api');
  });

  const article = `<html><body><header data-pagefind-body data-pagefind-filter="section:Skills">
    <div data-pagefind-ignore>Home › Skills</div><h1 data-pagefind-meta="title">APIs</h1>
    <p data-pagefind-meta="description">Contracts between programs.</p></header>
    <div class="prose" data-pagefind-body><p>Intro about requests.</p>
    <div class="heading heading-2"><h2 id="rest">REST</h2><span data-pagefind-ignore>#</span></div><p>Resources and verbs.</p>
    <pre>SELECT secret_code_word</pre></div></body></html>`;
  const glossary = `<html><body><dl><div data-glossary-entry="cors"><dt><a href="#cors">CORS</a></dt><dd><p>Browser rule for origins.</p><p class="see">Learn more</p></dd></div></dl></body></html>`;
  const index = buildOfflineIndex([
    { url: '/skills/apis/', html: article },
    { url: '/glossary/', html: glossary },
    { url: '/', html: '<html><body><h1>Home, not indexed</h1></body></html>' },
  ]);

  it('indexes article bodies and each glossary entry, nothing else', () => {
    assert.deepEqual(
      index.docs.map(([url, title, section]) => [url, title, section]),
      [
        ['/skills/apis/', 'APIs', 'Skills'],
        ['/glossary/#cors', 'CORS', 'Glossary'],
      ],
    );
    assert.deepEqual(index.docs[0]![5], [['rest', 'REST']]);
  });

  it('weights titles above body text and records the heading a word sits under', () => {
    const postings = (term: string) => index.shards[shardOf(term)]?.[term];
    assert.deepEqual(postings('verb'), [[0, 1, [0]]]);
    assert.ok(postings('apis')![0]![1] >= 10, 'title words weigh 10');
    assert.equal(postings('secret'), undefined, 'code blocks stay out');
    assert.equal(postings('home'), undefined, 'ignored parts stay out');
    assert.deepEqual(postings('cors')?.[0]?.[0], 1);
  });

  it('writes classic scripts: one for documents, one per first letter', () => {
    const files = offlineIndexScripts(index);
    assert.ok(files['docs.js']!.startsWith('BG_OFFLINE_DOCS('));
    assert.ok(files['terms-r.js']!.startsWith('BG_OFFLINE_TERMS("r",'));
    assert.ok(Object.values(files).every((text) => !/\bimport\b|\bexport\b|fetch\(/.test(text)));
  });
});
