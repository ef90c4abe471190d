/**
 * The two pages built from structured content: the salary chart must show
 * every figure in content/data/salary.yaml, and the FAQ's structured data
 * must be valid FAQPage JSON-LD whose every question is on the page.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import yaml from 'js-yaml';
import { htmlToText } from '../../src/lib/html-text.ts';
import { formatPay, resolveFigures, type SalaryFigureInput } from '../../src/lib/salary.ts';
import { builtPages } from './dist.ts';

const pages = builtPages();
const page = (path: string) => {
  const found = pages.find((candidate) => candidate.path === path);
  assert.ok(found, `${path} was not built`);
  return found.html;
};

const dataFile = join(import.meta.dirname, '..', '..', 'content', 'data', 'salary.yaml');
// The data file as the build reads it: reported amounts, and annualized ones computed by the site's own code.
const figures = resolveFigures(yaml.load(readFileSync(dataFile, 'utf8')) as SalaryFigureInput[], dataFile);

describe('salary chart', () => {
  const html = page('/careers/salary/');
  const chart = /<figure[^>]*data-salary-chart[\s\S]*?<\/figure>/.exec(html)?.[0] ?? '';
  const svg = /<svg[\s\S]*?<\/svg>/.exec(chart)?.[0] ?? '';

  it('is on the salary page as an SVG with a title and description', () => {
    assert.ok(svg, 'no chart SVG on /careers/salary/');
    assert.match(svg, /role="img"/);
    assert.match(svg, /<title id="salary-chart-title"[^>]*>[^<]+<\/title>/);
    assert.match(svg, /<desc id="salary-chart-desc"[^>]*>[^<]+<\/desc>/);
  });

  it('has the data file to check against', () => {
    assert.ok(figures.length >= 3);
  });

  for (const figure of figures) {
    const amount = formatPay(figure.amount);
    it(`shows ${figure.id} (${amount}) with its source and date`, () => {
      const row = new RegExp(`<tr[^>]*data-figure="${figure.id}"[^>]*>([\\s\\S]*?)</tr>`).exec(chart)?.[1];
      assert.ok(row, `no table row for ${figure.id}`);
      const text = htmlToText(row);
      for (const expected of [figure.label, amount, figure.source, figure.reported]) {
        assert.ok(text.includes(expected), `${figure.id}'s row lacks "${expected}": ${text}`);
      }
      if (figure.per === 'year') {
        const bar = new RegExp(`<g[^>]*data-figure="${figure.id}"[^>]*>([\\s\\S]*?)</g>`).exec(svg)?.[1] ?? '';
        assert.match(bar, /<rect[^>]*width="[1-9][\d.]*"/, `${figure.id} has no bar`);
        assert.ok(htmlToText(bar).includes(amount), `${figure.id}'s bar is not labelled ${amount}`);
        assert.ok(svg.includes(`${figure.label}: ${amount}`) || htmlToText(svg).includes(amount), `${figure.id} missing from the description`);
      }
    });
  }

  it('draws bars in proportion to the amounts', () => {
    const widths = new Map(
      [...svg.matchAll(/data-figure="([^"]+)"[^>]*>[\s\S]*?<rect[^>]*width="([\d.]+)"/g)].map(([, id, width]) => [id!, Number(width)]),
    );
    const yearly = figures.filter((figure) => figure.per === 'year');
    const [first, ...rest] = yearly;
    for (const figure of rest) {
      const expected = figure.amount / first!.amount;
      const actual = widths.get(figure.id)! / widths.get(first!.id)!;
      assert.ok(Math.abs(actual - expected) < 0.01, `${figure.id}: bar ratio ${actual}, expected ${expected}`);
    }
  });
});

describe('FAQ structured data', () => {
  const html = page('/careers/faq/');
  const scripts = [...html.matchAll(/<script type="application\/ld\+json">([\s\S]*?)<\/script>/g)].map((match) => match[1]!);

  it('is one valid FAQPage JSON-LD block in the head', () => {
    assert.equal(scripts.length, 1);
    assert.ok(html.indexOf('application/ld+json') < html.indexOf('</head>'));
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
    const others = pages.filter((candidate) => candidate.path !== '/careers/faq/' && candidate.html.includes('application/ld+json'));
    assert.deepEqual(others.map((candidate) => candidate.path), []);
  });
});
