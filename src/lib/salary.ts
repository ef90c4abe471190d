/**
 * Pay figures: resolving derived figures, formatting amounts and laying out the
 * bar chart. Pure functions, so the chart's geometry is unit-tested.
 */

/** A full-time year: 40 hours a week for 52 weeks. */
export const HOURS_PER_YEAR = 2080;

export interface SalaryFigureInput {
  id: string;
  label: string;
  amount?: number | undefined;
  annualize?: string | undefined;
  per: 'year' | 'month' | 'week' | 'hour';
  basis: string;
  source: string;
  reported: string;
}

/** A figure with its amount known. */
export type SalaryFigure = Omit<SalaryFigureInput, 'amount'> & { amount: number };

/**
 * Gives every figure an amount: reported ones keep theirs, `annualize` ones are
 * computed from the hourly figure they name. Throws, naming the figure, when
 * the reference is missing or not hourly.
 */
export function resolveFigures(figures: readonly SalaryFigureInput[], file: string): SalaryFigure[] {
  return figures.map((figure) => {
    if (figure.amount !== undefined) return { ...figure, amount: figure.amount };
    const hourly = figures.find((candidate) => candidate.id === figure.annualize);
    if (!hourly || hourly.amount === undefined || hourly.per !== 'hour') {
      throw new Error(`${file}: figure "${figure.id}" annualizes "${figure.annualize}", which is not a reported hourly figure`);
    }
    if (figure.per !== 'year') throw new Error(`${file}: figure "${figure.id}" annualizes an hourly figure, so "per" must be "year"`);
    return { ...figure, amount: Math.round(hourly.amount * HOURS_PER_YEAR) };
  });
}

/** `$97,977`, `$57.55`: cents only when the source gave them. */
export function formatPay(amount: number): string {
  return new Intl.NumberFormat('en-US', {
    style: 'currency',
    currency: 'USD',
    minimumFractionDigits: Number.isInteger(amount) ? 0 : 2,
    maximumFractionDigits: 2,
  }).format(amount);
}

/** `$150k` for axis ticks. */
export function formatThousands(amount: number): string {
  return `$${Math.round(amount / 1000)}k`;
}

export interface Bar {
  figure: SalaryFigure;
  /** Top of the row (label baseline sits above the bar). */
  y: number;
  width: number;
}

export interface ChartLayout {
  width: number;
  height: number;
  /** Where bars start. */
  left: number;
  /** Pixels per dollar. */
  scale: number;
  /** Axis ticks, in dollars. */
  ticks: number[];
  bars: Bar[];
  rowHeight: number;
  barHeight: number;
}

const PERIOD_ORDER = ['year', 'month', 'week', 'hour'] as const;

/** Yearly figures first, then monthly, weekly and hourly; smallest first within each. */
export function byPeriodThenAmount(figures: readonly SalaryFigure[]): SalaryFigure[] {
  return [...figures].sort((a, b) => PERIOD_ORDER.indexOf(a.per) - PERIOD_ORDER.indexOf(b.per) || a.amount - b.amount);
}

/**
 * Horizontal bars, one row per yearly figure, smallest first.
 * Labels sit above their bars so the chart stays legible when scaled to a
 * phone's width. The axis runs to the next round step above the largest figure.
 */
export function layoutChart(figures: readonly SalaryFigure[], width = 340): ChartLayout {
  const yearly = byPeriodThenAmount(figures).filter((figure) => figure.per === 'year');
  if (yearly.length === 0) throw new Error('The salary chart has no yearly figures to draw');
  const step = 50_000;
  const max = Math.ceil(Math.max(...yearly.map((figure) => figure.amount)) / step) * step;
  const left = 4;
  const valueRoom = 70;
  const scale = (width - left - valueRoom) / max;
  const rowHeight = 46;
  const barHeight = 16;
  const top = 8;
  const ticks = Array.from({ length: max / step + 1 }, (_, index) => index * step);
  const bars = yearly.map((figure, index) => ({ figure, y: top + index * rowHeight, width: figure.amount * scale }));
  return { width, height: top + yearly.length * rowHeight + 24, left, scale, ticks, bars, rowHeight, barHeight };
}
