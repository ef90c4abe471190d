import { z } from 'astro/zod';
import { articleId } from './article-id.ts';
import { aliases, learnerQuestions } from './search-hints.ts';

/** The frontmatter of one glossary term; the file name is the term's anchor (`/glossary/#<id>`). */
export const glossarySchema = z.strictObject({
  /** The term as readers see it, e.g. "API". */
  term: z.string().min(1),
  /** The article that explains the term in depth, as a `<section>/<slug>` id; every term has one and it must exist. */
  article: articleId,
  /** The heading id of the article's section that explains the term, where one does (e.g. `cors-precisely`). */
  section: z.string().regex(/^[a-z0-9][a-z0-9-]*$/, 'must be a heading id such as "cors-precisely"').optional(),
  /** Other names and spellings of the term ("k8s", "same-origin policy"); search treats them as the term. */
  aliases,
  /** Questions a learner would type that the definition answers. */
  questions: learnerQuestions,
});

/** Glossary frontmatter after validation. */
export type GlossaryData = z.infer<typeof glossarySchema>;
