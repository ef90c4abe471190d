/** Facts about the site that several pages print; edit them here only. */
export const site = {
  name: 'Backend Guide',
  tagline: 'Learn what back-end development is, what the job asks of you, and how to get there.',
  description:
    'A free, ad-free guide to back-end development: the role, the skills and tools, how it differs from front-end work, and how to build a career in it.',
  /**
   * Where the site is published, for the offline edition's "open this page
   * online" links. Set SITE_URL when deploying; the default is a reserved
   * placeholder domain until the site has its own.
   */
  url: (process.env.SITE_URL ?? 'https://backend-guide.example').replace(/\/?$/, '/'),
} as const;
