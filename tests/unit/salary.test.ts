import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import yaml from 'js-yaml';
import { salaryFigureSchema } from '../../src/schemas/salary.ts';
import {
  describeFigure,
  formatPay,
  formatThousands,
  layoutChart,
  payText,
  resolveFigures,
  statsOf,
  textWidth,
  xOf,
  type SalaryFigureInput,
} from '../../src/lib/salary.ts';

const figure = (id: string, extra: Partial<SalaryFigureInput> = {}): SalaryFigureInput => ({
  id,
  label: `Label ${id}`,
  group: 'employed',
  publisher: 'Publisher',
  series: 'Series',
  period: 'May 2025',
  country: 'United States',
  measure: 'What it measures',
  url: 'https://example.org/',
  accessed: '2026-12-02',
  checkedAgainst: "the publisher's page",
  values: { median: 100000 },
  ...extra,
});

const range = { p10: 80000, p25: 100000, median: 130000, p75: 170000, p90: 210000, mean: 145000 };

describe('salary figures', () => {
  it('keeps a checked figure and turns a YAML date into YYYY-MM-DD', () => {
    const [checked] = resolveFigures([figure('a', { accessed: new Date('2026-12-02T00:00:00Z') })], 'salary.yaml');
    assert.equal(checked?.accessed, '2026-12-02');
    assert.equal(checked?.values.median, 100000);
  });

  it('names the file and figure for a missing median, a one-ended range, unordered percentiles and a repeated id', () => {
    const check = (input: SalaryFigureInput[], pattern: RegExp) => assert.throws(() => resolveFigures(input, 'salary.yaml'), pattern);
    check([figure('a', { values: { mean: 5 } })], /salary\.yaml: figure "a" has no median/);
    check([figure('a', { values: { p10: 5, median: 10 } })], /figure "a" gives p10 or p90 without the other/);
    check([figure('a', { values: { p25: 5, median: 10 } })], /figure "a" gives p25 or p75 without the other/);
    check([figure('a', { values: { p10: 50, median: 10, p90: 90 } })], /figure "a" has percentiles out of order/);
    check([figure('a'), figure('a')], /figure "a" appears twice/);
    check([figure('a', { group: 'bars' as never })], /figure "a" has group "bars"/);
  });

  it('formats whole dollars without cents, keeps cents it was given, and labels ticks in thousands', () => {
    assert.equal(formatPay(135980), '$135,980');
    assert.equal(formatPay(57.55), '$57.55');
    assert.equal(formatThousands(150000), '$150k');
  });

  it('prints one statistic or a range for <Pay>, and refuses a statistic the figure lacks', () => {
    const [full, medianOnly] = resolveFigures([figure('full', { values: range }), figure('m')], 'salary.yaml');
    assert.equal(payText(full!), '$130,000');
    assert.equal(payText(full!, 'p10', 'p90'), '$80,000 to $210,000');
    assert.throws(() => payText(medianOnly!, 'p90'), /figure "m" has no p90; it has median/);
  });

  it('describes every amount of a figure, with who measured it and when', () => {
    const [full] = resolveFigures([figure('full', { values: range })], 'salary.yaml');
    assert.deepEqual(statsOf(full!), ['p10', 'p25', 'median', 'p75', 'p90', 'mean']);
    const text = describeFigure(full!);
    for (const amount of Object.values(range)) assert.ok(text.includes(formatPay(amount)), `${formatPay(amount)} missing from: ${text}`);
    assert.match(text, /^Label full, United States, May 2025 \(Publisher\): 10th percentile \$80,000/);
  });
});

describe('salary chart layout', () => {
  const figures = resolveFigures(
    [
      figure('software', { values: range }),
      figure('grad', { group: 'graduates', values: { median: 87000 } }),
      figure('web', { values: { median: 90000 } }),
    ],
    'salary.yaml',
  );
  const chart = layoutChart(figures);
  const shuffled = layoutChart([...figures].reverse());

  it('groups rows by what they measure, in a fixed group order, then by id whatever order the loader used', () => {
    assert.deepEqual(
      chart.groups.map((group) => [group.id, group.rows.map((row) => row.figure.id)]),
      [
        ['employed', ['software', 'web']],
        ['graduates', ['grad']],
      ],
    );
    assert.deepEqual(shuffled.groups.map((group) => group.rows.map((row) => row.figure.id)), [['software', 'web'], ['grad']]);
    assert.ok(chart.groups.every((group) => group.title.length > 0 && group.kind.length > 0));
  });

  it('draws ranges as bands on a dollar axis from $0, never as bars from zero', () => {
    const software = chart.groups[0]!.rows[0]!;
    assert.equal(xOf(chart, 0), chart.left);
    assert.ok(Math.abs(software.outer!.x1 - xOf(chart, 80000)) < 1e-9);
    assert.ok(Math.abs(software.outer!.x2 - xOf(chart, 210000)) < 1e-9);
    assert.ok(Math.abs(software.inner!.x1 - xOf(chart, 100000)) < 1e-9);
    assert.ok(Math.abs(software.medianX - xOf(chart, 130000)) < 1e-9);
    assert.ok(software.outer!.x1 > chart.left, 'a range starts at its 10th percentile, not at $0');
    assert.equal(chart.max, 250000);
    assert.deepEqual(chart.ticks, [0, 50000, 100000, 150000, 200000, 250000]);
    assert.ok(chart.right <= chart.width);
  });

  it('gives a median-only figure no band, and labels the range ends and the median', () => {
    const web = chart.groups[0]!.rows[1]!;
    assert.equal(web.outer, undefined);
    assert.equal(web.inner, undefined);
    assert.deepEqual(web.labels.map((label) => label.text), ['$90,000']);
    const software = chart.groups[0]!.rows[0]!;
    assert.deepEqual(software.labels.map((label) => label.text), ['$80,000', '$130,000', '$210,000']);
  });

  it('keeps rows, groups and labels from overlapping, and everything inside the drawing', () => {
    const rows = chart.groups.flatMap((group) => group.rows);
    for (let index = 1; index < rows.length; index += 1) assert.ok(rows[index]!.labelY > Math.max(...rows[index - 1]!.labels.map((label) => label.y)));
    for (const group of chart.groups) assert.ok(group.ticksY > group.gridBottom && group.gridTop > group.titleY);
    for (const row of rows) {
      const onOneLine = Map.groupBy(row.labels, (label) => label.y);
      for (const labels of onOneLine.values()) {
        const spans = labels.map((label) => {
          const width = textWidth(label.text, 14);
          const start = label.anchor === 'start' ? label.x : label.anchor === 'end' ? label.x - width : label.x - width / 2;
          return [start, start + width] as const;
        });
        spans.sort((a, b) => a[0] - b[0]);
        for (let index = 1; index < spans.length; index += 1) assert.ok(spans[index]![0] > spans[index - 1]![1], `labels overlap in ${row.figure.id}`);
        for (const [start, end] of spans) assert.ok(start >= 0 && end <= chart.width, `a label of ${row.figure.id} leaves the drawing`);
      }
    }
    assert.ok(chart.height > Math.max(...chart.groups.map((group) => group.ticksY)));
  });

  it('puts a period or a group kind on its own line when it would not fit beside the label', () => {
    const long = resolveFigures([figure('long', { label: 'A label long enough to fill most of the line', period: '2024 data, published February 2026' })], 'salary.yaml');
    const row = layoutChart(long).groups[0]!.rows[0]!;
    assert.ok(row.periodY > row.labelY && row.bandY > row.periodY);
    const short = chart.groups[0]!.rows[0]!;
    assert.equal(short.periodY, short.labelY);
    for (const group of chart.groups) assert.ok(group.kindY === group.titleY || group.kindY > group.titleY);
  });

  it('refuses to draw a chart with nothing to draw', () => {
    assert.throws(() => layoutChart([]), /no figures/);
  });
});

describe('the data file', () => {
  const file = join(import.meta.dirname, '..', '..', 'content', 'data', 'salary.yaml');
  const raw = yaml.load(readFileSync(file, 'utf8')) as SalaryFigureInput[];

  it('passes the schema and the cross-field checks', () => {
    for (const entry of raw) salaryFigureSchema.parse(entry);
    assert.ok(resolveFigures(raw, file).length >= 3);
  });

  it('names a publisher, series, period, country, measure, link and access date for every figure', () => {
    for (const entry of resolveFigures(raw, file)) {
      for (const field of ['publisher', 'series', 'period', 'country', 'measure', 'url'] as const) assert.ok(entry[field].trim().length > 0, `${entry.id} lacks ${field}`);
      assert.equal(entry.accessed, '2026-12-02', `${entry.id} was not re-read for this revision`);
      assert.match(entry.url, /^https:\/\//);
    }
  });

  it('keeps unnamed sources and hourly-turned-yearly figures out', () => {
    const text = readFileSync(file, 'utf8');
    assert.doesNotMatch(text, /hiring guide|source name not given|annualize/i);
  });
});
