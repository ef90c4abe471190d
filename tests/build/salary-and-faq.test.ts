/**
 * The two pages built from structured content: the salary chart must show
 * every figure in content/data/salary.yaml, in its chart, its text
 * alternative and its table, and the FAQ's structured data must be valid
 * FAQPage JSON-LD whose every question is on the page.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import * as cheerio from 'cheerio';

/** The text a reader sees in an HTML fragment. */
const htmlToText = (html: string) => cheerio.load(`<body>${html}</body>`)('body').text();
import yaml from 'js-yaml';
import { GROUPS, STAT_LABELS, formatPay, resolveFigures, statsOf, type SalaryFigureInput } from '../../src/lib/salary.ts';
import { builtPages } from './dist.ts';

const pages = builtPages();
const page = (path: string) => {
  const found = pages.find((candidate) => candidate.path === path);
  assert.ok(found, `${path} was not built`);
  return found.html;
};

const dataFile = join(import.meta.dirname, '..', '..', 'content', 'data', 'salary.yaml');
// The data file as the build reads it, checked by the site's own code.
const figures = resolveFigures(yaml.load(readFileSync(dataFile, 'utf8')) as SalaryFigureInput[], dataFile);
const text = (value: string) => value.replace(/\s+/g, ' ').trim();
const close = (actual: number, expected: number, what: string) => assert.ok(Math.abs(actual - expected) < 0.5, `${what}: ${actual}, expected ${expected}`);

describe('salary chart', () => {
  const $ = cheerio.load(page('/careers/salary/'));
  const chart = $('figure[data-salary-chart]');
  const svg = chart.children('svg');
  const desc = text($('#salary-chart-desc').text());
  const table = $('section.table-wrap').filter((_, element) => $(element).find('tr[data-figure]').length > 0);

  it('is on the salary page as an SVG with a title and a description that the SVG points to', () => {
    assert.equal(chart.length, 1, 'one chart on /careers/salary/');
    assert.equal(svg.attr('role'), 'img');
    assert.equal(svg.attr('aria-labelledby'), 'salary-chart-title salary-chart-desc');
    assert.ok(text(svg.children('title#salary-chart-title').text()).length > 20);
    assert.ok(desc.length > 20);
  });

  it('has the data file to check against', () => {
    assert.ok(figures.length >= 3);
  });

  // The axis, read from the built SVG: its $0 and largest ticks.
  const ticks = svg.find('g[data-group]').first().find('g.tick line');
  const axisStart = Number(ticks.first().attr('x1'));
  const axisEnd = Number(ticks.last().attr('x1'));
  const axisMax = Number(text(svg.find('g[data-group]').first().find('g.tick text').last().text()).replace(/[$k]/g, '')) * 1000;
  const x = (amount: number) => axisStart + (amount / axisMax) * (axisEnd - axisStart);

  for (const figure of figures) {
    describe(`${figure.id} (${figure.period})`, () => {
      const row = table.find(`tr[data-figure="${figure.id}"]`);
      const drawn = svg.find(`g[data-group="${figure.group}"] g.row[data-figure="${figure.id}"]`);

      it('has a table row naming who was measured, where, when, by whom, how, with a link, the date it was checked and what against', () => {
        assert.equal(row.length, 1, `no table row for ${figure.id}`);
        const rowText = text(row.text());
        for (const expected of [figure.label, figure.country, figure.period, figure.publisher, figure.series, figure.measure, figure.accessed, figure.checkedAgainst]) {
          assert.ok(rowText.includes(text(expected)), `${figure.id}'s row lacks "${expected}": ${rowText}`);
        }
        assert.equal(row.find(`a[href="${figure.url}"]`).length, 1, `${figure.id}'s row does not link ${figure.url}`);
      });

      for (const stat of statsOf(figure)) {
        const amount = formatPay(figure.values[stat]!);
        it(`lists its ${STAT_LABELS[stat]}, ${amount}, in the table and in the chart's text alternative`, () => {
          assert.equal(text(row.find(`li[data-stat="${stat}"]`).text()), `${STAT_LABELS[stat]} ${amount}`, `table row of ${figure.id}`);
          assert.ok(desc.includes(`${STAT_LABELS[stat]} ${amount}`), `the <desc> lacks "${STAT_LABELS[stat]} ${amount}" for ${figure.id}: ${desc}`);
        });
      }

      it('is drawn in the group for what it measures, labelled, with its median where the axis puts it', () => {
        assert.equal(drawn.length, 1, `${figure.id} is not drawn in group "${figure.group}"`);
        assert.ok(text(drawn.find('text').first().text()).startsWith(figure.label));
        const median = drawn.find('[data-stat="median"]');
        assert.equal(median.length, 1, `${figure.id} has no median mark`);
        close(Number(median.attr('x1') ?? median.attr('cx')), x(figure.values.median), `${figure.id} median position`);
        assert.equal(text(drawn.find('[data-stat-label="median"]').text()), formatPay(figure.values.median), `${figure.id}'s median is not labelled`);
      });

      const { p10, p25, p75, p90 } = figure.values;
      for (const [stat, low, high] of [['p10-p90', p10, p90], ['p25-p75', p25, p75]] as const) {
        if (low === undefined || high === undefined) continue;
        it(`draws its ${stat} range as a band from ${formatPay(low)} to ${formatPay(high)}`, () => {
          const band = drawn.find(`rect[data-stat="${stat}"]`);
          assert.equal(band.length, 1, `${figure.id} has no ${stat} band`);
          close(Number(band.attr('x')), x(low), `${figure.id} ${stat} start`);
          close(Number(band.attr('x')) + Number(band.attr('width')), x(high), `${figure.id} ${stat} end`);
        });
      }
      if (figure.values.p10 !== undefined) {
        it('labels both ends of its 10th-to-90th percentile range', () => {
          assert.equal(text(drawn.find('[data-stat-label="p10"]').text()), formatPay(figure.values.p10!));
          assert.equal(text(drawn.find('[data-stat-label="p90"]').text()), formatPay(figure.values.p90!));
        });
      }
    });
  }

  it('titles every group with what it measures and draws no bar from $0', () => {
    const groups = svg.find('g[data-group]');
    assert.deepEqual(groups.map((_, element) => $(element).attr('data-group')).get(), [...new Set(figures.map((figure) => figure.group))].sort((a, b) => Object.keys(GROUPS).indexOf(a) - Object.keys(GROUPS).indexOf(b)));
    groups.each((_, element) => {
      const id = $(element).attr('data-group') as keyof typeof GROUPS;
      const heading = text($(element).children('text').first().text());
      assert.ok(heading.startsWith(GROUPS[id].title) && heading.includes(GROUPS[id].kind), `group ${id} is titled "${heading}"`);
    });
    svg.find('rect').each((_, element) => assert.ok(Number($(element).attr('x')) > axisStart + 1, 'a shape starts at $0, like a bar'));
    assert.equal(svg.find('g.row').length, figures.length, 'a row the data file does not have');
  });

  it('answers the question before the first section: a pay figure and its source precede the first h2', () => {
    const body = page('/careers/salary/');
    const firstPay = body.indexOf('class="pay"');
    const firstH2 = body.search(/<h2[\s>]/);
    assert.ok(firstPay > -1 && firstPay < firstH2, 'no pay figure before the first section heading');
    assert.match(htmlToText(body.slice(0, firstH2)), /Bureau of Labor Statistics/);
  });
});

describe('FAQ structured data', () => {
  const html = page('/careers/faq/');
  // Every article also carries its Article and BreadcrumbList data (tests/build/structured-data.test.ts).
  const scripts = [...html.matchAll(/<script type="application\/ld\+json">([\s\S]*?)<\/script>/g)].map((match) => match[1]!).filter((text) => JSON.parse(text)['@type'] === 'FAQPage');

  it('is one valid FAQPage JSON-LD block in the head', () => {
    assert.equal(scripts.length, 1);
    assert.ok(html.indexOf('"@type":"FAQPage"') < html.indexOf('</head>'));
    const data = JSON.parse(scripts[0]!);
    assert.equal(data['@context'], 'https://schema.org');
    assert.equal(data['@type'], 'FAQPage');
    assert.ok(Array.isArray(data.mainEntity) && data.mainEntity.length >= 12, 'fewer than 12 questions');
    for (const entry of data.mainEntity) {
      assert.equal(entry['@type'], 'Question');
      assert.ok(typeof entry.name === 'string' && entry.name.endsWith('?'));
      assert.equal(entry.acceptedAnswer['@type'], 'Answer');
      assert.ok(typeof entry.acceptedAnswer.text === 'string' && entry.acceptedAnswer.text.length > 40);
    }
  });

  it('asks every question on the page as a heading, with its answer text', () => {
    const data = JSON.parse(scripts[0]!);
    const headings = [...html.matchAll(/<h2[^>]*>([\s\S]*?)<\/h2>/g)].map((match) => htmlToText(match[1]!).trim());
    const body = htmlToText(html).replace(/\s+/g, ' ');
    for (const entry of data.mainEntity) {
      assert.ok(headings.some((heading) => heading.startsWith(entry.name)), `"${entry.name}" is not an h2 on the page`);
      const opening = entry.acceptedAnswer.text.split(/(?<=\.)\s/)[0];
      assert.ok(body.includes(opening), `the answer to "${entry.name}" does not match the page: ${opening}`);
    }
  });

  it('appears only on the FAQ page', () => {
    const others = pages.filter((candidate) => candidate.path !== '/careers/faq/' && candidate.html.includes('"@type":"FAQPage"'));
    assert.deepEqual(others.map((candidate) => candidate.path), []);
  });
});
