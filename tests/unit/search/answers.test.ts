/** What both editions add to their indexes: variants, hints first, answers, suggestions. Each rule fails its test when removed. */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { load } from 'cheerio';
import { answerFor, nameKey } from '../../../src/search/core/answer.ts';
import { HintKind, hintShardOf, hintStems, matchHints, readHintShard, type HintEntry, type HintShard, type HintShardFile } from '../../../src/search/core/hint-match.ts';
import { refine } from '../../../src/search/core/refine.ts';
import { editDistance, Suggester } from '../../../src/search/core/suggest.ts';
import type { SearchBackend, SearchHit, SearchOutcome } from '../../../src/search/core/types.ts';
import { canonicalQuery } from '../../../src/search/core/variants.ts';
import { HintIndexBuilder } from '../../../src/search/hint-index.ts';
import { parseHtml } from '../../../src/integrations/built-site.ts';
import { withHints } from '../../../src/search/pagefind/with-hints.ts';

const hit = (page: string, title: string, extra: Partial<SearchHit> = {}): SearchHit => ({ page, url: page, title, section: 'Skills', excerpt: '', subResults: [], ...extra });
const outcome = (hits: SearchHit[], total = hits.length): SearchOutcome => ({ hits, total, perSection: {}, more: async () => [] });

describe('variant spellings', () => {
  it('spells compounds and product names one way', () => {
    assert.equal(canonicalQuery('frontend vs Back-End'), 'front end vs back end');
    assert.equal(canonicalQuery('fullstack nodejs postgres'), 'full stack node.js postgresql');
    assert.equal(canonicalQuery('micro services'), 'microservices');
    assert.equal(canonicalQuery('kubernetes node pool'), 'kubernetes node pool', 'a plain "node" is left alone');
  });
});

describe('suggestions', () => {
  it('measures edits, counting a swap of two letters as one', () => {
    assert.equal(editDistance('kubernets', 'kubernetes', 2), 1);
    assert.equal(editDistance('javscript', 'javascript', 2), 1);
    assert.equal(editDistance('teh', 'the', 2), 1);
    assert.equal(editDistance('cache', 'queue', 1), 2, 'stops counting past the limit');
  });

  const suggester = new Suggester(['the', 'kubernetes', 'authentication', 'microservices', 'cache', 'caches', 'javascript']);

  it('replaces unknown words with the closest known word, within one edit up to five letters and two beyond', () => {
    assert.equal(suggester.suggest('kubernets'), 'kubernetes');
    assert.equal(suggester.suggest('authentification'), 'authentication');
    assert.equal(suggester.suggest('cahce'), 'cache');
    assert.equal(suggester.suggest('javscript kubernets'), 'javascript kubernetes');
  });

  it('joins two words the guide writes as one, and leaves known or far-off queries alone', () => {
    assert.equal(suggester.suggest('micro services'), 'microservices');
    assert.equal(suggester.suggest('cache kubernetes'), undefined);
    assert.equal(suggester.suggest('zzqx'), undefined);
    assert.equal(suggester.suggest('teh'), undefined, 'three letters are too short to guess at');
  });
});

describe('answer cards', () => {
  it('reduces a question to the name it asks about', () => {
    for (const [query, name] of [
      ['what is CORS?', 'CORS'],
      ['What is a JWT', 'JWT'],
      ['what are JWTs', 'JWT'],
      ['define idempotency key', 'Idempotency key'],
      ['what does ACID stand for', 'ACID'],
      ['Kubernetes', 'Kubernetes'],
      ['k8s', 'k8s'],
    ]) assert.equal(nameKey(query!), nameKey(name!), query);
    assert.notEqual(nameKey('cors preflight'), nameKey('CORS'));
  });

  it('answers with the term the query names, by its name or another name, and only then', () => {
    const cors = hit('/glossary/cors/', 'CORS', { section: 'Glossary', term: { definition: 'Browser rule.', aliases: ['Cross-Origin Resource Sharing'] } });
    const article = hit('/skills/apis/', 'APIs');
    assert.equal(answerFor('what is cors', [article, cors]), cors);
    assert.equal(answerFor('cross-origin resource sharing', [article, cors]), cors);
    assert.equal(answerFor('cors preflight', [article, cors]), undefined);
    assert.equal(answerFor('apis', [article, cors]), undefined, 'an article is never an answer card');
  });
});

describe('the hint index', () => {
  const builder = new HintIndexBuilder();
  const page = (title: string) => ({ title, section: 'Skills', description: '', headings: [], segments: [] });
  builder.add('/skills/apis/', page('APIs'), { aliases: ['REST API'], questions: [{ text: 'POST vs PUT vs PATCH, which one should I use?', section: 'http-methods' }] });
  builder.add('/tools/everyday-tooling/', page('Everyday tools'), { aliases: [], questions: [{ text: 'How do I send a POST request with curl?' }] });
  const shards: Record<string, HintShard> = {};
  let keys: string[] = [];
  const scripts = builder.scripts();
  for (const text of Object.values(scripts)) {
    new Function('BG_SEARCH_HINTS', 'BG_SEARCH_HINT_KEYS', text)(
      (shard: string, file: HintShardFile) => (shards[shard] = readHintShard(file)),
      (list: string[]) => (keys = list),
    );
  }
  const entriesFor = (stem: string) => shards[hintShardOf(stem)]?.[stem] ?? [];

  it('writes one script per two-letter shard that has hints, and the list of them', () => {
    assert.deepEqual(keys, Object.keys(shards).sort());
    assert.deepEqual(Object.keys(scripts).sort(), ['index.js', ...keys.map((key) => `${key}.js`)].sort());
    assert.ok(keys.includes('po') && keys.includes('pu') && !keys.includes('zz'));
    assert.equal(hintShardOf('a'), 'a_');
    assert.equal(hintShardOf('é1'), '_1');
  });

  it('files each hint under its meaningful stems, without filler words', () => {
    assert.deepEqual(hintStems('POST vs PUT vs PATCH, which one should I use?'), ['post', 'put', 'patch']);
    assert.equal(entriesFor('patch').length, 1);
    assert.equal(entriesFor('which').length, 0);
  });

  it('finds the page one hint of which holds every word of the query, opening at its section', () => {
    const [first, ...others] = matchHints(hintStems('post or put'), entriesFor);
    assert.deepEqual(first?.entry.slice(0, 5), ['/skills/apis/', 'APIs', 'Skills', HintKind.Question, 'http-methods']);
    assert.equal(first?.coverage, 2 / 3);
    assert.deepEqual(others, [], '"post" alone in a longer question covers too little of it');
  });

  it('needs every word in one hint, and the query to cover half of it', () => {
    assert.deepEqual(matchHints(hintStems('post patch curl'), entriesFor), []);
    assert.deepEqual(matchHints(hintStems('post'), entriesFor), []);
  });
});

describe('refining a backend', () => {
  const apis = hit('/skills/apis/', 'APIs', { url: '/skills/apis/#status-codes' });
  const tooling = hit('/tools/everyday-tooling/', 'Everyday tools');
  const rest = hit('/glossary/rest/', 'REST', { section: 'Glossary', term: { definition: 'An API style.', aliases: ['RESTful'] } });
  const entry: HintEntry = ['/skills/apis/', 'APIs', 'Skills', HintKind.Question, 'http-methods', 4, 3];
  const queries: string[] = [];
  const backend = (results: Record<string, SearchHit[]>): SearchBackend => ({
    async search(query) {
      queries.push(query);
      return outcome(results[query] ?? []);
    },
  });
  const sources = {
    vocabulary: async () => ['kubernetes', 'post', 'put'],
    hints: async (shard: string): Promise<HintShard> => (shard === 'po' ? { post: [entry] } : shard === 'pu' ? { put: [entry] } : {}),
    pageUrl: (page: string, anchor: string) => `${page}${anchor ? `#${anchor}` : ''}`,
  };

  it('searches the canonical spelling, and puts a page one of whose hints is the query first, at the hint\'s section', async () => {
    const refined = refine(backend({ 'post or put': [tooling, rest, apis], 'front end': [tooling, rest, apis] }), sources);
    const found = await refined.search('post or put', undefined);
    assert.deepEqual(found.hits.map((one) => one.url), ['/skills/apis/#http-methods', '/tools/everyday-tooling/', '/glossary/rest/']);
    await refined.search('frontend', undefined);
    assert.equal(queries.at(-1), 'front end');
  });

  it('keeps hints to the chosen section', async () => {
    const found = await refine(backend({ 'post or put': [tooling, rest, apis] }), sources).search('post or put', 'Tools');
    assert.equal(found.hits[0], tooling);
  });

  it('answers a query that names a term with the term first', async () => {
    const found = await refine(backend({ 'what is rest': [apis, tooling, rest] }), sources).search('what is rest', undefined);
    assert.equal(found.answer, rest);
    assert.equal(found.hits[0], rest);
  });

  it('runs the suggestion at once when nothing matched, and offers it when little did', async () => {
    const refined = refine(backend({ kubernetes: [tooling, apis, rest], kubernets: [], 'kubernets pod': [tooling] }), sources);
    const corrected = await refined.search('kubernets', undefined);
    assert.deepEqual(corrected.corrected, { from: 'kubernets', to: 'kubernetes' });
    assert.equal(corrected.hits.length, 3);
    const offered = await refined.search('kubernets pod', undefined);
    assert.equal(offered.suggestion, 'kubernetes pod');
    assert.equal(offered.corrected, undefined);
  });
});

describe('the copy of a page Pagefind indexes', () => {
  const article = '<html><body><main data-pagefind-body><h1>APIs</h1><p>Intro.</p><div class="heading"><h2 id="http-methods">HTTP methods</h2><span>#</span></div><p>GET and POST.</p></main></body></html>';

  it('weaves other names and whole-page questions in at the top, and a question after the heading that answers it', () => {
    const $ = load(withHints(article, parseHtml(article), { aliases: ['web API', 'REST API'], questions: [{ text: 'What is an API?' }, { text: 'POST or PUT?', section: 'http-methods' }] }));
    // Each weighted paragraph, with the element just before it (none: the top of the indexed body).
    const weighted = $('[data-pagefind-weight]').toArray().map((element) => [$(element).attr('data-pagefind-weight'), $(element).text(), $(element).prev().prop('tagName') ?? 'top']);
    assert.deepEqual(weighted, [
      ['7', 'web API. REST API.', 'top'],
      ['6', 'What is an API?', 'P'],
      ['6', 'POST or PUT?', 'H2'],
    ]);
    // Text is escaped: a hint cannot inject markup.
    assert.doesNotMatch(withHints(article, parseHtml(article), { aliases: ['<img src=x onerror=alert(1)>'], questions: [] }), /<img/);
  });

  it('leaves a page without hints untouched, and marks a term page\'s definition and other names', () => {
    assert.equal(withHints(article, parseHtml(article), { aliases: [], questions: [] }), article);
    const termPage = '<html><body><article data-glossary-entry="cors" data-pagefind-body><h1>CORS</h1><div data-pagefind-meta="description">Rule.</div></article></body></html>';
    const term = load(withHints(termPage, parseHtml(termPage), { aliases: ['CORS policy'], questions: [] }));
    assert.equal(term('[data-pagefind-meta="description"]').attr('data-pagefind-weight'), '0.5');
    assert.equal(term('meta[data-pagefind-meta="aliases[content]"]').attr('content'), '["CORS policy"]');
  });

  it('refuses a parse that does not record where elements are in the source', () => {
    assert.throws(() => withHints(article, load(article), { aliases: ['web API'], questions: [] }), /no source position/);
  });
});
