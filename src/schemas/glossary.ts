import { z } from 'astro/zod';

/** The frontmatter of one glossary term; the file name is the term's anchor (`/glossary/#<id>`). */
export const glossarySchema = z.strictObject({
  /** The term as readers see it, e.g. "API". */
  term: z.string().min(1),
  /** The article that explains the term in depth, as a `<section>/<slug>` id; it must exist. */
  article: z.string().regex(/^[a-z0-9-]+\/[a-z0-9-]+$/, 'must be an article id like "skills/apis"').optional(),
});

/** Glossary frontmatter after validation. */
export type GlossaryData = z.infer<typeof glossarySchema>;
