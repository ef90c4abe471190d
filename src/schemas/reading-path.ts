import { z } from 'astro/zod';
import { articleId } from './article-id.ts';

/** A reading path (`content/reading-paths.yaml`): articles to read in order. */
export const readingPathSchema = z.strictObject({
  /** The path's heading, e.g. "Start here". */
  title: z.string().min(1),
  /** One sentence on who the path is for. */
  description: z.string().min(1),
  /** Article ids (`<section>/<slug>`) in reading order; each must exist. */
  articles: z.array(articleId).min(1),
});

/** Reading path data after validation. */
export type ReadingPathData = z.infer<typeof readingPathSchema>;
