import { z } from 'astro/zod';

/** What a pay figure is counted per. */
export const payPeriods = ['year', 'month', 'week', 'hour'] as const;

/**
 * One reported pay figure in `content/data/salary.yaml`. It carries either an
 * `amount` as reported, or `annualize`: the id of an hourly figure to turn into
 * a full-time yearly one, so no computed number is typed twice.
 */
export const salaryFigureSchema = z
  .strictObject({
    /** Stable name articles use in `<Pay id="…" />`. */
    id: z.string().regex(/^[a-z0-9-]+$/, 'use lowercase letters, digits and hyphens'),
    /** Short label shown beside the bar and in the table. */
    label: z.string().min(1),
    /** The amount in US dollars, as the source reported it. */
    amount: z.number().positive().optional(),
    /** The id of an hourly figure this yearly figure is derived from. */
    annualize: z.string().min(1).optional(),
    /** What the amount is counted per. */
    per: z.enum(payPeriods),
    /** What exactly was measured, in one sentence. */
    basis: z.string().min(1),
    /** Who reported it, as the brief names them. */
    source: z.string().min(1),
    /** When it was reported, e.g. "March 2024". */
    reported: z.string().min(1),
  })
  .refine((figure) => (figure.amount === undefined) !== (figure.annualize === undefined), {
    message: 'needs exactly one of "amount" (as reported) or "annualize" (an hourly figure\'s id)',
  });

export type SalaryFigureData = z.infer<typeof salaryFigureSchema>;
