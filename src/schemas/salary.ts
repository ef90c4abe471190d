import { z } from 'astro/zod';
import { GROUP_IDS, STATS, type GroupId } from '../lib/salary.ts';

const amount = z.number().positive();

/**
 * One published pay series in `content/data/salary.yaml`: who published it,
 * the exact series, the period, what it measures, where to check it, and the
 * statistics it gave (a median always; a percentile range and a mean where
 * published). Cross-field checks (ranges with both ends, percentiles in
 * order, unique ids) live in `resolveFigures`, which names the file.
 */
export const salaryFigureSchema = z.strictObject({
  /** Stable name articles use in `<Pay id="…" />`. */
  id: z.string().regex(/^[a-z0-9-]+$/, 'use lowercase letters, digits and hyphens'),
  /** Who was measured, e.g. "Software developers". */
  label: z.string().min(1),
  /** What kind of measurement: figures are grouped by it in the chart. */
  group: z.enum(GROUP_IDS as [GroupId, ...GroupId[]]),
  /** The organization that published the figure. */
  publisher: z.string().min(1),
  /** The exact survey or series, with its code where it has one. */
  series: z.string().min(1),
  /** The period the figures describe, e.g. "May 2025". */
  period: z.string().min(1),
  country: z.string().min(1),
  /** What exactly was measured: whose pay, which pay, which statistic. */
  measure: z.string().min(1),
  url: z.url({ protocol: /^https?$/ }),
  /** When the figures were checked (YYYY-MM-DD). */
  accessed: z.union([z.string().regex(/^\d{4}-\d{2}-\d{2}$/), z.date()]),
  /**
   * What the figures were checked against: "the publisher's page" when it was read,
   * otherwise the copy or report that was, so a reader knows what was and was not verified.
   */
  checkedAgainst: z.string().min(1),
  /** The statistics as published, in US dollars a year. */
  values: z.strictObject(Object.fromEntries(STATS.map((stat) => [stat, amount.optional()])) as Record<(typeof STATS)[number], z.ZodOptional<typeof amount>>),
});

export type SalaryFigureData = z.infer<typeof salaryFigureSchema>;
