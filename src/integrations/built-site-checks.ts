import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import { checkLinks } from '../lib/link-check.ts';

/**
 * After every build, checks that each internal link and `#fragment` in the
 * output resolves, and fails the build naming the source file when one does
 * not. Lives in a build hook so no path yields an unchecked site.
 */
export function builtSiteChecks(): AstroIntegration {
  return {
    name: 'backend-guide:built-site-checks',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const root = fileURLToPath(dir);
        const started = performance.now();
        const broken = await checkLinks(root);
        if (broken.length > 0) {
          throw new Error(`Broken links in the built site:\n${broken.map((line) => `  - ${line}`).join('\n')}`);
        }
        logger.info(`every internal link and #fragment resolves (checked in ${Math.round(performance.now() - started)} ms)`);
      },
    },
  };
}
