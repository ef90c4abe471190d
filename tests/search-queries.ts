/**
 * Realistic learner queries and a page each must return in its top three
 * results. A page path, or a glossary term page such as /glossary/cors/.
 * Keep this list growing with the content: it guards the ranking.
 */
export const rankingCases: { query: string; expect: string }[] = [
  { query: 'what is back-end development', expect: '/roles/what-is-back-end-development/' },
  { query: 'what does a back-end developer do', expect: '/roles/responsibilities/' },
  { query: 'sql vs nosql', expect: '/skills/databases/' },
  { query: 'how much do back-end developers earn', expect: '/careers/salary/' },
  { query: 'what is CORS', expect: '/glossary/cors/' },
  { query: 'reverse proxy', expect: '/glossary/reverse-proxy/' },
  { query: 'nginx configuration', expect: '/tools/web-servers/' },
  { query: 'django vs express', expect: '/tools/frameworks/' },
  { query: 'full stack developer', expect: '/front-end-vs-back-end/full-stack-development/' },
  { query: 'interview questions', expect: '/careers/interview-questions/' },
  { query: 'job description template', expect: '/careers/hiring-a-back-end-developer/' },
  { query: 'do I need a degree', expect: '/careers/faq/' },
  { query: 'roadmap', expect: '/careers/how-to-become-a-back-end-developer/' },
  { query: 'sessions vs tokens', expect: '/front-end-vs-back-end/how-front-end-and-back-end-talk/' },
  { query: 'sql injection', expect: '/glossary/sql-injection/' },
  { query: 'git branches', expect: '/skills/version-control-and-testing/' },
  { query: 'big o notation', expect: '/glossary/big-o/' },
  { query: 'linux commands', expect: '/tools/linux-and-the-command-line/' },
  { query: 'docker container', expect: '/tools/containers-and-orchestration/' },
  { query: 'on-call', expect: '/careers/challenges/' },
  { query: 'horizontal scaling', expect: '/glossary/horizontal-scaling/' },
  { query: 'staff engineer', expect: '/careers/career-paths/' },
  { query: 'day in the life', expect: '/roles/a-day-in-the-life/' },
  { query: 'developer vs engineer', expect: '/roles/developer-vs-engineer/' },
  { query: 'rest api', expect: '/skills/apis/' },
  { query: 'postgresql vs mongodb', expect: '/tools/database-systems/' },
  { query: 'acid', expect: '/glossary/acid/' },
  { query: 'which programming language should I learn', expect: '/skills/programming-languages/' },
  { query: 'front-end vs back-end', expect: '/front-end-vs-back-end/front-end-vs-back-end/' },
  { query: 'password hashing', expect: '/glossary/hashing/' },
];
