/**
 * Queries as learners type them (questions, "X vs Y", misspellings, variants,
 * one-word terms) and the page each must return in its top three: an article
 * path, or a glossary term page such as /glossary/cors/. Where the reader
 * should land on a particular part of the page, `section` is the heading id
 * the result must open at (or the page's top, when that section is the
 * page's first).
 *
 * The list was written before the search was tuned (issue 15), and grows with
 * the content. Do not tune it to pass: when a query misses, improve the search
 * or the page's `questions`/`aliases`, and say so if a miss remains.
 */
export interface RankingCase {
  query: string;
  expect: string;
  section?: string;
}

export const rankingCases: RankingCase[] = [
  // What the job is
  { query: 'what is back-end development', expect: '/roles/what-is-back-end-development/' },
  { query: 'what does a back-end developer do', expect: '/roles/responsibilities/' },
  { query: 'day in the life', expect: '/roles/a-day-in-the-life/' },
  { query: 'developer vs engineer', expect: '/roles/developer-vs-engineer/' },
  { query: 'junior vs senior developer', expect: '/roles/developer-vs-engineer/' },
  { query: 'who do backend developers work with', expect: '/roles/working-with-the-team/' },
  { query: 'what is server side programming', expect: '/roles/what-is-back-end-development/' },

  // Front end and back end
  { query: 'front-end vs back-end', expect: '/front-end-vs-back-end/front-end-vs-back-end/' },
  { query: 'frontend vs backend', expect: '/front-end-vs-back-end/front-end-vs-back-end/' },
  { query: 'front end or back end which is harder', expect: '/front-end-vs-back-end/front-end-vs-back-end/' },
  { query: 'full stack developer', expect: '/front-end-vs-back-end/full-stack-development/' },
  { query: 'fullstack', expect: '/front-end-vs-back-end/full-stack-development/' },
  { query: 'how does the frontend talk to the backend', expect: '/front-end-vs-back-end/how-front-end-and-back-end-talk/' },
  { query: 'why is my fetch failing with a CORS error', expect: '/front-end-vs-back-end/how-front-end-and-back-end-talk/', section: 'cors-when-the-page-and-the-api-live-on-different-origins' },
  { query: 'what is CORS', expect: '/glossary/cors/' },
  // Not another name for CORS (the example): the rule CORS relaxes, explained in front-end basics.
  { query: 'same-origin policy', expect: '/skills/front-end-basics/', section: 'the-same-origin-policy' },
  { query: 'preflight request', expect: '/front-end-vs-back-end/how-front-end-and-back-end-talk/' },

  // Skills
  { query: 'which programming language should I learn', expect: '/skills/programming-languages/' },
  { query: 'python or javascript for backend', expect: '/skills/programming-languages/' },
  { query: 'rest api', expect: '/skills/apis/' },
  { query: 'post or put', expect: '/skills/apis/', section: 'http-methods' },
  { query: 'which status code for validation error', expect: '/skills/apis/', section: 'status-codes' },
  { query: 'graphql vs rest', expect: '/skills/apis/' },
  { query: 'api pagination', expect: '/skills/api-design/' },
  { query: 'rate limiting', expect: '/glossary/rate-limiting/' },
  { query: 'idempotency key', expect: '/glossary/idempotency-key/' },
  { query: 'sql vs nosql', expect: '/skills/databases/' },
  { query: 'what is an index in a database', expect: '/glossary/index/' },
  { query: 'database migration', expect: '/skills/databases-in-practice/' },
  { query: 'connection pool', expect: '/glossary/connection-pool/' },
  { query: 'transaction isolation levels', expect: '/skills/databases-in-practice/' },
  { query: 'acid', expect: '/glossary/acid/' },
  { query: 'sessions vs tokens', expect: '/skills/authentication-and-sessions/' },
  { query: 'jwt vs session cookie', expect: '/skills/authentication-and-sessions/' },
  { query: 'how does oauth work', expect: '/skills/authentication-and-sessions/' },
  { query: 'what is a refresh token', expect: '/glossary/refresh-token/' },
  { query: 'passkeys', expect: '/skills/authentication-and-sessions/' },
  { query: 'how to store passwords', expect: '/skills/security/', section: 'the-right-way-a-slow-salted-password-hash' },
  { query: 'password hashing', expect: '/glossary/hashing/' },
  { query: 'sql injection', expect: '/glossary/sql-injection/' },
  { query: 'owasp top 10', expect: '/skills/security/' },
  { query: 'websocket vs sse', expect: '/skills/real-time-communication/' },
  { query: 'long polling', expect: '/glossary/long-polling/' },
  { query: 'message queue', expect: '/skills/background-jobs-and-queues/' },
  { query: 'retry with exponential backoff', expect: '/glossary/exponential-backoff/' },
  { query: 'dead letter queue', expect: '/glossary/dead-letter-queue/' },
  { query: 'caching', expect: '/skills/performance-and-scalability/' },
  { query: 'horizontal scaling', expect: '/glossary/horizontal-scaling/' },
  { query: 'load balancer', expect: '/glossary/load-balancer/' },
  { query: 'system design interview', expect: '/skills/system-design-basics/' },
  { query: 'cap theorem', expect: '/glossary/cap-theorem/' },
  { query: 'big o notation', expect: '/glossary/big-o/' },
  { query: 'hash table', expect: '/glossary/hash-table/' },
  { query: 'git branches', expect: '/skills/version-control-and-testing/' },
  { query: 'unit vs integration tests', expect: '/skills/testing-beyond-unit-tests/' },
  { query: 'contract testing', expect: '/glossary/contract-test/' },
  { query: 'flaky tests', expect: '/glossary/flaky-test/' },
  { query: 'soft skills', expect: '/skills/soft-skills/' },
  { query: 'do I need to know html and css', expect: '/skills/front-end-basics/' },

  // Tools
  { query: 'nginx configuration', expect: '/tools/web-servers/' },
  { query: 'reverse proxy', expect: '/glossary/reverse-proxy/' },
  { query: 'apache vs nginx', expect: '/tools/web-servers/' },
  { query: 'django vs express', expect: '/tools/frameworks/' },
  { query: 'postgresql vs mongodb', expect: '/tools/database-systems/' },
  { query: 'postgres', expect: '/tools/database-systems/' },
  { query: 'linux commands', expect: '/tools/linux-and-the-command-line/' },
  { query: 'docker container', expect: '/tools/containers-and-orchestration/' },
  { query: 'what is kubernetes', expect: '/glossary/kubernetes/' },
  { query: 'k8s', expect: '/glossary/kubernetes/' },
  { query: 'dockerfile', expect: '/tools/containers-and-orchestration/' },
  { query: 'serverless', expect: '/glossary/serverless/' },
  { query: 'aws vs azure vs google cloud', expect: '/tools/cloud-and-hosting/' },
  { query: 'https certificate', expect: '/tools/https-and-certificates/' },
  { query: "let's encrypt renewal", expect: '/tools/https-and-certificates/' },
  { query: 'logs metrics traces', expect: '/tools/observability/' },
  { query: 'opentelemetry', expect: '/glossary/opentelemetry/' },
  { query: 'slo vs sla', expect: '/glossary/slo/' },
  { query: 'copilot for backend', expect: '/tools/ai-coding-assistants/' },
  { query: 'ci/cd pipeline', expect: '/glossary/ci-cd/' },

  // Careers
  { query: 'how much do back-end developers earn', expect: '/careers/salary/', section: 'what-the-numbers-say-in-late-2026' },
  { query: 'salary', expect: '/careers/salary/', section: 'what-the-numbers-say-in-late-2026' },
  { query: 'backend developer salary', expect: '/careers/salary/' },
  { query: 'roadmap', expect: '/careers/how-to-become-a-back-end-developer/' },
  { query: 'how do I become a backend developer', expect: '/careers/how-to-become-a-back-end-developer/' },
  { query: 'what should I learn first', expect: '/careers/how-to-become-a-back-end-developer/' },
  { query: 'do I need a degree', expect: '/careers/faq/' },
  { query: 'interview questions', expect: '/careers/interview-questions/' },
  { query: 'job description template', expect: '/careers/hiring-a-back-end-developer/' },
  { query: 'junior developer job market', expect: '/careers/first-job-and-the-job-market/' },
  { query: 'freelance backend developer', expect: '/careers/going-independent/' },
  { query: 'staff engineer', expect: '/careers/career-paths/' },
  { query: 'on-call', expect: '/careers/challenges/' },
  { query: 'burnout', expect: '/careers/challenges/' },

  // Misspellings
  { query: 'kubernets', expect: '/glossary/kubernetes/' },
  { query: 'authentification', expect: '/glossary/authentication/' },
  { query: 'postgre', expect: '/tools/database-systems/' },
  { query: 'micro services', expect: '/glossary/microservice/' },
  { query: 'javscript', expect: '/glossary/javascript/' },
  { query: 'websockets', expect: '/skills/real-time-communication/' },
];
