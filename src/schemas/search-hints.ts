import { z } from 'astro/zod';

/** An id of a heading on the page (its `#fragment`), e.g. `cors-precisely`. */
const headingId = z.string().regex(/^[a-z0-9][a-z0-9-]*$/, 'must be a heading id such as "cors-precisely"');

/**
 * A question a learner would type, phrased as they would phrase it. Either the
 * whole page answers it (a string), or one section does (`{ question, section }`,
 * where `section` is that heading's id), so search can open the page there.
 */
export const learnerQuestion = z.union([
  z.string().trim().min(8, 'write the question as a learner would type it').max(120),
  z.strictObject({
    /** The question as a learner would type it. */
    question: z.string().trim().min(8).max(120),
    /** The id of the heading whose section answers it. */
    section: headingId,
  }),
]);

/** Other names the page's subject goes by ("k8s", "same-origin policy"); search treats them as the subject. */
export const aliases = z.array(z.string().trim().min(1).max(60)).default([]);

/** The questions a page answers; indexed for search, never shown as page text. */
export const learnerQuestions = z.array(learnerQuestion).default([]);

/** A learner question after validation. */
export type LearnerQuestion = z.infer<typeof learnerQuestion>;
