/** The offline index: what it reads from a page, how it weighs it, and the classic scripts that carry it. */
import assert from 'node:assert/strict';
import { runInNewContext } from 'node:vm';
import { describe, it } from 'node:test';
import { parseHtml } from '../../../src/integrations/built-site.ts';
import { extractPage } from '../../../src/search/extract.ts';
import { DOCS_PER_FILE, shardOf, type OfflineDoc, type OfflineRanking, type OfflineShard } from '../../../src/search/core/shards.ts';
import { stem, tokenize, tokenizeForIndex } from '../../../src/search/core/tokenize.ts';
import { OfflineIndexBuilder, offlineIndexScripts } from '../../../src/search/offline/index-builder.ts';

describe('offline search index', () => {
  it('tokenizes with folded accents and a light English stem; indexed text also keeps hyphenated words joined', () => {
    // Words of four letters or fewer are left whole ("apis", "cors"), so short terms keep their meaning.
    assert.deepEqual(tokenize('Back-end caching, Café APIs!'), ['back', 'end', 'cach', 'cafe', 'apis']);
    // Indexed text has both, so "back end" and "backend" find "back-end".
    assert.deepEqual(tokenizeForIndex('Back-end caching'), ['back', 'end', 'cach', 'backend']);
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
    `<html><body><article data-glossary-entry="cors" data-pagefind-body data-pagefind-filter="section:Glossary"><div data-pagefind-ignore>Home › Glossary</div><h1><span data-pagefind-meta="title">CORS</span><span data-pagefind-ignore>#</span></h1><div data-pagefind-meta="description"><p>Browser rule for origins.</p></div><p data-pagefind-ignore>Explained in …</p></article></body></html>`,
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

  it('reads a glossary term page as a page of the Glossary section: the term without its tools, the definition as its description', () => {
    const term = extractPage(glossary)!;
    assert.deepEqual([term.title, term.section, term.description, term.headings], ['CORS', 'Glossary', 'Browser rule for origins.', []]);
    assert.equal(term.segments.map((segment) => segment.text).join(''), '');
  });

  const builder = new OfflineIndexBuilder();
  builder.add('/skills/apis/', extractPage(article)!, { aliases: ['web API'], questions: [{ text: 'Which verbs does REST use?', section: 'rest' }, { text: 'Why contracts matter' }] });
  builder.add('/glossary/cors/', extractPage(glossary)!, { aliases: ['same-origin policy'], questions: [] });
  const index = builder.build();

  it('indexes hints: other names like a title, and a question under the heading that answers it', () => {
    const postings = (term: string) => index.shards[shardOf(term)]?.[term];
    // Places: -1 is the page's top; heaviest first.
    assert.deepEqual(postings('web'), [[0, 7, [-1]]]);
    assert.deepEqual(postings('verb'), [[0, 1 + 6, [0]]], 'the body word plus the question tied to #rest');
    assert.deepEqual(postings('rest'), [[0, 6 + 6, [0]]], 'the heading and the question under it');
    assert.deepEqual(postings('contract'), [[0, 1 + 6, [-1]]], 'the description word plus a whole-page question');
    assert.deepEqual(postings('sameorigin'), [[1, 7, [-1]]], 'a hyphenated name is also indexed joined');
    assert.deepEqual(postings('origin'), [[1, 0.5 + 7, [-1]]], 'and as its parts; a definition counts half');
    // A term's document carries its other names, for the answer card.
    const [, , section, description, , headings, aliases] = index.docs[1]!;
    assert.deepEqual([section, description, headings, aliases], ['Glossary', 'Browser rule for origins.', [], ['same-origin policy']]);
    assert.equal(index.docs[0]!.length, 6, 'an article has no list of other names');
  });

  it('weights titles above body text and records the heading a word sits under', () => {
    const postings = (term: string) => index.shards[shardOf(term)]?.[term];
    assert.equal(postings('apis')![0]![1], 10, 'title words weigh 10');
    assert.equal(postings('secret'), undefined, 'code blocks stay out');
    assert.equal(postings('hidden'), undefined, 'scripts stay out');
    assert.equal(postings('home'), undefined, 'ignored parts stay out');
    assert.deepEqual(postings('cors')?.[0]?.[0], 1);
  });

  it('writes classic scripts that hand each file to its callback, and nothing else', () => {
    const files = offlineIndexScripts(index);
    const received: { ranking?: OfflineRanking; docs: Record<number, OfflineDoc[]>; shards: Record<string, OfflineShard> } = { docs: {}, shards: {} };
    const context = {
      BG_OFFLINE_RANKING: (ranking: OfflineRanking) => (received.ranking = ranking),
      BG_OFFLINE_DOCS: (file: number, docs: OfflineDoc[]) => (received.docs[file] = docs),
      BG_OFFLINE_TERMS: (shard: string, terms: OfflineShard) => (received.shards[shard] = terms),
    };
    for (const text of Object.values(files)) runInNewContext(text, context);
    // The scripts ran in another realm: compare plain data.
    const plain = JSON.parse(JSON.stringify(received)) as typeof received;
    assert.deepEqual(plain.docs[0], index.docs);
    for (const [shard, terms] of Object.entries(index.shards)) assert.deepEqual(plain.shards[shard], terms);
    // Ranking needs only each page's section and length, and lists the term files there are.
    assert.deepEqual(plain.ranking, { sections: ['Skills', 'Glossary'], docs: [[0, index.docs[0]![4]], [1, index.docs[1]![4]]], shards: Object.keys(index.shards).sort() });
    assert.deepEqual(Object.keys(files).sort(), ['docs-0.js', 'ranking.js', ...Object.keys(index.shards).map((shard) => `terms-${shard}.js`)].sort());
  });

  it('splits terms by their first three characters, so every term a stem can match is in the stem’s file', () => {
    assert.equal(shardOf('cach'), 'cac');
    assert.equal(shardOf('c'), 'c');
    assert.equal(shardOf('é1x'), '_1x');
    assert.ok(index.shards.api?.apis, 'apis is in api');
    assert.ok(Object.keys(index.shards).every((shard) => Object.keys(index.shards[shard]!).every((term) => shardOf(term) === shard)));
  });

  it('splits page records into small files, so a query loads those of the results it shows', () => {
    const many = new OfflineIndexBuilder();
    for (let doc = 0; doc < DOCS_PER_FILE * 2 + 1; doc += 1) many.add(`/skills/p${doc}/`, extractPage(article)!);
    const files = offlineIndexScripts(many.build());
    assert.deepEqual(Object.keys(files).filter((name) => name.startsWith('docs-')).sort(), ['docs-0.js', 'docs-1.js', 'docs-2.js']);
    assert.ok(files['docs-2.js']!.startsWith(`BG_OFFLINE_DOCS(2,[["/skills/p${DOCS_PER_FILE * 2}/"`));
  });
});
