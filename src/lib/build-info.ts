/**
 * What the offline edition was built from: the package version, the Git
 * commit when there is one, and the build date. Read once per build.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

function commit(): string | undefined {
  try {
    return execFileSync('git', ['rev-parse', '--short', 'HEAD'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim() || undefined;
  } catch {
    return undefined; // not a Git checkout (e.g. a source archive)
  }
}

// From the working directory: builds run at the project root, and bundling moves this module.
const pkg = JSON.parse(readFileSync(join(process.cwd(), 'package.json'), 'utf8')) as { version: string };

export const buildInfo = {
  version: pkg.version,
  commit: commit(),
  builtAt: new Date(),
} as const;

/** "0.1.0 (commit abc1234)" or "0.1.0". */
export const versionLabel = buildInfo.commit ? `${buildInfo.version} (commit ${buildInfo.commit})` : buildInfo.version;
