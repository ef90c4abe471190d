/** Facts about the site that several pages print; edit them here only. */
export const site = {
  name: 'Backend Guide',
  tagline: 'Learn what back-end development is, what the job asks of you, and how to get there.',
  description:
    'A free, ad-free guide to back-end development: the role, the skills and tools, how it differs from front-end work, and how to build a career in it.',
} as const;

/** The glossary's name as a search filter, chip label and result label. */
export const GLOSSARY_SECTION = 'Glossary';
