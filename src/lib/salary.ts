/**
 * Pay figures: checking the data file, formatting amounts and laying out the
 * range chart. Pure functions, so the chart's geometry is unit-tested.
 *
 * A figure is one published series (one publisher, one population, one
 * period) with the statistics the publisher gave for it: a median always,
 * and where published a percentile range and a mean. Figures that measure
 * different things sit in different groups and are never drawn as bars.
 */

/** The statistics a figure may carry, in reading order. */
export const STATS = ['p10', 'p25', 'median', 'p75', 'p90', 'mean'] as const;
export type Stat = (typeof STATS)[number];

/** How each statistic is named in the table, the text alternative and `<Pay>`. */
export const STAT_LABELS: Record<Stat, string> = {
  p10: '10th percentile',
  p25: '25th percentile',
  median: 'median',
  p75: '75th percentile',
  p90: '90th percentile',
  mean: 'mean (average)',
};

/** What each group of figures measures. Figures are grouped by this, never mixed on one bar scale. */
export const GROUPS = {
  employed: {
    title: 'Employees in the occupation',
    kind: 'employer survey',
    note: 'What employers report paying people already in these jobs, every level from junior to senior.',
  },
  graduates: {
    title: 'Computer science graduates by age',
    kind: 'household survey',
    note: 'What full-time workers whose highest degree is a bachelor’s in computer science reported earning, whatever their job.',
  },
} as const;
export type GroupId = keyof typeof GROUPS;
export const GROUP_IDS = Object.keys(GROUPS) as GroupId[];

export type PayValues = Partial<Record<Stat, number>>;

export interface SalaryFigureInput {
  /** Stable name articles use in `<Pay id="…" />`. */
  id: string;
  /** Who was measured, e.g. "Software developers". */
  label: string;
  group: GroupId;
  /** Who published it. */
  publisher: string;
  /** The exact survey or series, with its code where it has one. */
  series: string;
  /** The period the figures describe, e.g. "May 2025". */
  period: string;
  country: string;
  /** What exactly was measured, in a sentence or two. */
  measure: string;
  url: string;
  /** When the figures were checked: YAML may hand over a Date. */
  accessed: string | Date;
  /** What they were checked against (the publisher's page, or the copy that was read instead). */
  checkedAgainst: string;
  values: PayValues;
}

/** A checked figure: a median always present, the access date as `YYYY-MM-DD`. */
export type SalaryFigure = Omit<SalaryFigureInput, 'accessed' | 'values'> & { accessed: string; values: PayValues & { median: number } };

/**
 * Checks every figure and normalizes its access date. Throws, naming the file
 * and figure, when an id repeats, the median is missing, a range has only one
 * end, or the statistics are out of order (a 10th percentile above the median
 * is a typo, not a finding).
 */
export function resolveFigures(figures: readonly SalaryFigureInput[], file: string): SalaryFigure[] {
  const seen = new Set<string>();
  return figures.map((figure) => {
    const say = (problem: string) => new Error(`${file}: figure "${figure.id}" ${problem}`);
    if (seen.has(figure.id)) throw say('appears twice; ids must be unique');
    seen.add(figure.id);
    if (!(figure.group in GROUPS)) throw say(`has group "${figure.group}", which is not one of ${GROUP_IDS.join(', ')}`);
    const { values } = figure;
    if (values.median === undefined) throw say('has no median; every figure needs one');
    for (const [low, high] of [['p10', 'p90'], ['p25', 'p75']] as const) {
      if ((values[low] === undefined) !== (values[high] === undefined)) throw say(`gives ${low} or ${high} without the other; a range needs both ends`);
    }
    const ordered = (['p10', 'p25', 'median', 'p75', 'p90'] as const).flatMap((stat) => (values[stat] === undefined ? [] : [values[stat]]));
    if (ordered.some((amount, index) => index > 0 && amount < ordered[index - 1]!)) throw say('has percentiles out of order');
    const accessed = figure.accessed instanceof Date ? figure.accessed.toISOString().slice(0, 10) : figure.accessed;
    return { ...figure, accessed, values: { ...values, median: values.median } };
  });
}

/** `$135,980`, `$57.55`: cents only when the source gave them. */
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

/** The statistics a figure carries, in reading order. */
export function statsOf(figure: SalaryFigure): Stat[] {
  return STATS.filter((stat) => figure.values[stat] !== undefined);
}

/**
 * The text `<Pay>` prints: one amount (`$135,980`) or, with `to`, a range
 * (`$82,460 to $214,670`). Throws, naming the figure, for a statistic it lacks.
 */
export function payText(figure: SalaryFigure, stat: Stat = 'median', to?: Stat): string {
  const amount = (which: Stat) => {
    const value = figure.values[which];
    if (value === undefined) throw new Error(`figure "${figure.id}" has no ${which}; it has ${statsOf(figure).join(', ')}`);
    return formatPay(value);
  };
  return to === undefined ? amount(stat) : `${amount(stat)} to ${amount(to)}`;
}

/** One sentence per figure for the chart's text alternative: every amount it carries. */
export function describeFigure(figure: SalaryFigure): string {
  const amounts = statsOf(figure).map((stat) => `${STAT_LABELS[stat]} ${formatPay(figure.values[stat]!)}`);
  return `${figure.label}, ${figure.country}, ${figure.period} (${figure.publisher}): ${amounts.join(', ')}.`;
}

export interface Span {
  x1: number;
  x2: number;
}

export interface ValueLabel {
  stat: Stat;
  text: string;
  x: number;
  /** Baseline of the label. */
  y: number;
  anchor: 'start' | 'middle' | 'end';
}

export interface RangeRow {
  figure: SalaryFigure;
  /** Baseline of the row's label. */
  labelY: number;
  /** Baseline of the period: the label's line when both fit on one, else the next line. */
  periodY: number;
  /** Top of the band. */
  bandY: number;
  /** 10th to 90th percentile, when published. */
  outer?: Span;
  /** 25th to 75th percentile, when published. */
  inner?: Span;
  /** Where the median sits. */
  medianX: number;
  labels: ValueLabel[];
}

export interface ChartGroup {
  id: GroupId;
  title: string;
  /** What kind of measurement, shown after the title or under it. */
  kind: string;
  /** Baselines of the group title and of its kind (equal when both fit on one line). */
  titleY: number;
  kindY: number;
  rows: RangeRow[];
  /** Top and bottom of the group's gridlines. */
  gridTop: number;
  gridBottom: number;
  /** Baseline of the group's tick labels. */
  ticksY: number;
}

export interface ChartLayout {
  width: number;
  height: number;
  /** Where the dollar axis starts ($0) and ends. */
  left: number;
  right: number;
  /** The largest tick, in dollars. */
  max: number;
  ticks: number[];
  bandHeight: number;
  groups: ChartGroup[];
}

/** Font sizes, in user units, that the layout reserves room for. */
export const FONT = { title: 15, label: 15, value: 14, tick: 14 } as const;

/** A generous estimate of a label's width (bold sans-serif runs wide), for fitting and separating labels. */
export function textWidth(text: string, size: number): number {
  return text.length * size * 0.6;
}

/**
 * The figures in chart order: by group (employer survey first), then by id,
 * so the chart and the table list them the same way whatever order the
 * content loader hands them over in.
 */
export function chartOrder(figures: readonly SalaryFigure[]): SalaryFigure[] {
  return [...figures].sort((a, b) => GROUP_IDS.indexOf(a.group) - GROUP_IDS.indexOf(b.group) || a.id.localeCompare(b.id));
}

/**
 * Figures laid out as ranges on one dollar axis, grouped by what they measure.
 * Each row is one figure: a light band from the 10th to the 90th percentile, a
 * darker band from the 25th to the 75th, a line at the median; a figure with
 * no published range is a dot at its median. Every group repeats the axis so
 * a reader never has to look across groups to read a value, and each group
 * has its own title saying what it measures. The axis starts at $0, so
 * positions are honest; it ends at the next $50k above the largest amount.
 * The default width keeps 14-15 unit text near its size on a phone.
 */
export function layoutChart(figures: readonly SalaryFigure[], width = 400): ChartLayout {
  if (figures.length === 0) throw new Error('The salary chart has no figures to draw');
  const step = 50_000;
  const largest = Math.max(...figures.flatMap((figure) => statsOf(figure).filter((stat) => stat !== 'mean').map((stat) => figure.values[stat]!)));
  const max = Math.ceil(largest / step) * step;
  const left = 12;
  const right = width - 24;
  const x = (amount: number) => xOf({ left, right, max }, amount);
  const ticks = Array.from({ length: max / step + 1 }, (_, index) => index * step);
  const bandHeight = 18;
  const line = (size: number) => size + 6;
  const groups: ChartGroup[] = [];
  let y = 0;
  for (const id of GROUP_IDS) {
    const members = chartOrder(figures).filter((figure) => figure.group === id);
    if (members.length === 0) continue;
    const { title, kind } = GROUPS[id];
    const titleY = y + FONT.title + 4;
    const kindY = textWidth(`${title} (${kind})`, FONT.title) <= width ? titleY : titleY + line(FONT.value);
    y = kindY + 10;
    const gridTop = y;
    const rows: RangeRow[] = members.map((figure) => {
      const labelY = y + FONT.label + 2;
      const periodY = textWidth(`${figure.label} · ${figure.period}`, FONT.label) <= width ? labelY : labelY + line(FONT.value);
      const bandY = periodY + 8;
      const { values } = figure;
      const outer = values.p10 === undefined ? undefined : { x1: x(values.p10), x2: x(values.p90!) };
      const inner = values.p25 === undefined ? undefined : { x1: x(values.p25), x2: x(values.p75!) };
      const medianX = x(values.median);
      let labels: ValueLabel[];
      if (!outer) {
        // A median alone: its amount beside the dot, on whichever side has room.
        const text = formatPay(values.median);
        const fitsRight = medianX + 12 + textWidth(text, FONT.value) <= width;
        labels = [{ stat: 'median', text, x: fitsRight ? medianX + 12 : medianX - 12, y: bandY + bandHeight / 2 + FONT.value / 2 - 1, anchor: fitsRight ? 'start' : 'end' }];
      } else {
        // Under the band: the ends of the outer range and the median, moved to a
        // second line when they would touch.
        const wanted: Omit<ValueLabel, 'y'>[] = [
          { stat: 'p10', text: formatPay(values.p10!), x: outer.x1, anchor: 'end' },
          { stat: 'median', text: formatPay(values.median), x: medianX, anchor: 'middle' },
          { stat: 'p90', text: formatPay(values.p90!), x: outer.x2, anchor: 'start' },
        ];
        const lines: number[] = [];
        labels = wanted.map((label) => {
          const size = textWidth(label.text, FONT.value);
          let start = label.anchor === 'start' ? label.x : label.anchor === 'end' ? label.x - size : label.x - size / 2;
          start = Math.max(0, Math.min(width - size, start));
          const end = start + size;
          let row = lines.findIndex((taken) => start > taken + 6);
          if (row === -1) row = lines.length;
          lines[row] = end;
          const anchorX = label.anchor === 'start' ? start : label.anchor === 'end' ? end : start + size / 2;
          return { ...label, x: anchorX, y: bandY + bandHeight + FONT.value + 4 + row * line(FONT.value) };
        });
      }
      y = Math.max(bandY + bandHeight, ...labels.map((label) => label.y)) + 12;
      return { figure, labelY, periodY, bandY, outer, inner, medianX, labels };
    });
    const gridBottom = y - 4;
    const ticksY = y + FONT.tick;
    y = ticksY + 22;
    groups.push({ id, title, kind, titleY, kindY, rows, gridTop, gridBottom, ticksY });
  }
  return { width, height: Math.ceil(y - 8), left, right, max, ticks, bandHeight, groups };
}

/** Where an amount sits on a layout's axis. */
export function xOf(chart: Pick<ChartLayout, 'left' | 'right' | 'max'>, amount: number): number {
  return chart.left + (amount / chart.max) * (chart.right - chart.left);
}
