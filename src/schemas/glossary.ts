import { z } from 'astro/zod';
import { articleId } from './article-id.ts';

/** The frontmatter of one glossary term; the file name is the term's anchor (`/glossary/#<id>`). */
export const glossarySchema = z.strictObject({
  /** The term as readers see it, e.g. "API". */
  term: z.string().min(1),
  /** The article that explains the term in depth, as a `<section>/<slug>` id; every term has one and it must exist. */
  article: articleId,
});

/** Glossary frontmatter after validation. */
export type GlossaryData = z.infer<typeof glossarySchema>;
