import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { byPeriodThenAmount, formatPay, formatThousands, layoutChart, resolveFigures, type SalaryFigureInput } from '../../src/lib/salary.ts';

const figure = (id: string, extra: Partial<SalaryFigureInput>): SalaryFigureInput => ({
  id,
  label: id,
  per: 'year',
  basis: 'b',
  source: 's',
  reported: 'r',
  ...extra,
});

describe('salary figures', () => {
  it('annualizes an hourly figure over 2,080 hours instead of storing the product', () => {
    const [, yearly] = resolveFigures([figure('hourly', { amount: 57.55, per: 'hour' }), figure('yearly', { annualize: 'hourly' })], 'salary.yaml');
    assert.equal(yearly?.amount, 119704);
  });

  it('names the file and figure whose reference is missing or not hourly', () => {
    assert.throws(() => resolveFigures([figure('y', { annualize: 'nope' })], 'salary.yaml'), /salary\.yaml: figure "y" annualizes "nope"/);
    assert.throws(
      () => resolveFigures([figure('a', { amount: 1 }), figure('y', { annualize: 'a' })], 'salary.yaml'),
      /not a reported hourly figure/,
    );
  });

  it('formats whole dollars without cents and keeps reported cents', () => {
    assert.equal(formatPay(97977), '$97,977');
    assert.equal(formatPay(57.55), '$57.55');
    assert.equal(formatPay(66), '$66');
    assert.equal(formatThousands(150000), '$150k');
  });

  it('draws one bar per yearly figure, proportional, on an axis that covers the largest', () => {
    const figures = resolveFigures(
      [figure('a', { amount: 100000 }), figure('h', { amount: 50, per: 'hour' }), figure('b', { amount: 215000 })],
      'salary.yaml',
    );
    const chart = layoutChart(figures);
    assert.deepEqual(chart.bars.map((bar) => bar.figure.id), ['a', 'b']);
    const reversed = layoutChart([...figures].reverse());
    assert.deepEqual(reversed.bars.map((bar) => bar.figure.id), ['a', 'b'], 'bars run from the smallest amount up');
    assert.deepEqual(chart.ticks, [0, 50000, 100000, 150000, 200000, 250000]);
    assert.ok(Math.abs(chart.bars[1]!.width / chart.bars[0]!.width - 2.15) < 1e-9);
    assert.ok(chart.left + 250000 * chart.scale <= chart.width);
    assert.ok(chart.bars[1]!.y > chart.bars[0]!.y);
  });

  it('refuses to draw a chart with nothing to draw', () => {
    assert.throws(() => layoutChart([]), /no yearly figures/);
  });
});

describe('salary table order', () => {
  it('lists yearly figures first, then monthly, weekly and hourly, each smallest first', () => {
    const figures = resolveFigures(
      [figure('h', { amount: 50, per: 'hour' }), figure('y2', { amount: 9 }), figure('w', { amount: 900, per: 'week' }), figure('y1', { amount: 5 })],
      'salary.yaml',
    );
    assert.deepEqual(byPeriodThenAmount(figures).map((item) => item.id), ['y1', 'y2', 'w', 'h']);
  });
});
