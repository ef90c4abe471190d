/** The offline index: what it reads from a page, how it weighs it, and the classic scripts that carry it. */
import assert from 'node:assert/strict';
import { runInNewContext } from 'node:vm';
import { describe, it } from 'node:test';
import { parseHtml } from '../../../src/integrations/built-site.ts';
import { extractPage } from '../../../src/search/extract.ts';
import { glossaryEntry } from '../../../src/search/glossary-records.ts';
import { shardOf, type OfflineDoc, type OfflineShard } from '../../../src/search/core/shards.ts';
import { stem, tokenize } from '../../../src/search/core/tokenize.ts';
import { OfflineIndexBuilder, offlineIndexScripts } from '../../../src/search/offline/index-builder.ts';

describe('offline search index', () => {
  it('tokenizes with joined hyphens, folded accents and a light English stem', () => {
    // Words of four letters or fewer are left whole ("apis", "cors"), so short terms keep their meaning.
    assert.deepEqual(tokenize('Back-end caching, Café APIs!'), ['backend', 'cach', 'cafe', 'apis']);
    assert.equal(stem('caches'), 'cach');
    assert.equal(stem('cache'), 'cach');
    assert.equal(stem('class'), 'class');
    assert.equal(stem('api'), 'api');
  });

  const article = parseHtml(`<html><body><header data-pagefind-body data-pagefind-filter="section:Skills">
    <div data-pagefind-ignore>Home › Skills</div><h1 data-pagefind-meta="title">APIs</h1>
    <p data-pagefind-meta="description">Contracts between programs.</p></header>
    <div class="prose" data-pagefind-body><p>Intro about requests.</p>
    <div class="heading heading-2"><h2 id="rest">REST</h2><span data-pagefind-ignore>#</span></div><p>Resources and verbs.</p>
    <pre>SELECT secret_code_word</pre><script>var hidden_script_word;</script></div></body></html>`);
  const glossary = parseHtml(
    `<html><body><article data-glossary-entry="cors" data-glossary-url="/glossary/cors/"><h1><span data-glossary-term>CORS</span><span>#</span></h1><div data-glossary-definition><p>Browser rule for origins.</p></div><p>Explained in …</p></article></body></html>`,
  );

  it('reads a page as search sees it: no ignored parts, code or scripts, text grouped by heading', () => {
    const page = extractPage(article)!;
    assert.equal(page.title, 'APIs');
    assert.equal(page.section, 'Skills');
    assert.equal(page.description, 'Contracts between programs.');
    assert.deepEqual(page.headings, [['rest', 'REST']]);
    assert.deepEqual(page.segments, [
      { heading: -1, text: 'Intro about requests.' },
      { heading: 0, text: 'Resources and verbs.' },
    ]);
    assert.equal(extractPage(parseHtml('<html><body><h1>Home</h1></body></html>')), undefined);
  });

  it('reads a glossary term page: its URL, the term without its tools, the definition alone', () => {
    assert.deepEqual(glossaryEntry(glossary, '/glossary/cors/'), { url: '/glossary/cors/', term: 'CORS', definition: 'Browser rule for origins.' });
    assert.equal(glossaryEntry(article, '/skills/apis/'), undefined);
  });

  const builder = new OfflineIndexBuilder();
  builder.add('/skills/apis/', extractPage(article)!);
  builder.add('/glossary/cors/', { title: 'CORS', section: 'Glossary', description: 'Browser rule for origins.', headings: [], segments: [] });
  const index = builder.build();

  it('weights titles above body text and records the heading a word sits under', () => {
    const postings = (term: string) => index.shards[shardOf(term)]?.[term];
    assert.deepEqual(postings('verb'), [[0, 1, [0]]]);
    assert.equal(postings('apis')![0]![1], 10, 'title words weigh 10');
    assert.equal(postings('secret'), undefined, 'code blocks stay out');
    assert.equal(postings('hidden'), undefined, 'scripts stay out');
    assert.equal(postings('home'), undefined, 'ignored parts stay out');
    assert.deepEqual(postings('cors')?.[0]?.[0], 1);
  });

  it('writes classic scripts that hand each file to its callback, and nothing else', () => {
    const files = offlineIndexScripts(index);
    const received: { docs?: OfflineDoc[]; shards: Record<string, OfflineShard> } = { shards: {} };
    const context = {
      BG_OFFLINE_DOCS: (docs: OfflineDoc[]) => (received.docs = docs),
      BG_OFFLINE_TERMS: (shard: string, terms: OfflineShard) => (received.shards[shard] = terms),
    };
    for (const text of Object.values(files)) runInNewContext(text, context);
    // The scripts ran in another realm: compare plain data.
    const plain = JSON.parse(JSON.stringify(received)) as typeof received;
    assert.deepEqual(plain.docs, index.docs);
    assert.deepEqual(plain.shards, index.shards);
    assert.deepEqual(Object.keys(files).sort(), ['docs.js', ...Object.keys(index.shards).map((shard) => `terms-${shard}.js`)].sort());
  });
});
