import { z } from 'astro/zod';
import { articleId } from './article-id.ts';

/** One stage of the learning path (`content/path.yaml`): articles to read in order. */
export const pathStageSchema = z.strictObject({
  /** The stage's heading, e.g. "What the job is". */
  title: z.string().min(1).max(60),
  /** One sentence on what the stage gives the reader. */
  description: z.string().min(1).max(200),
  /** Position among the stages, lowest first. */
  order: z.number().int().nonnegative(),
  /** Article ids (`<section>/<slug>`) in reading order; each must exist and appear on the path once. */
  articles: z.array(articleId).min(1),
});

/** A path stage after validation. */
export type PathStageData = z.infer<typeof pathStageSchema>;
