/**
 * What a build was made from: the package version, the Git commit when there
 * is one, and the moment it started. Computed once per build by the
 * integration and handed to pages through `virtual:backend-guide/config`, so
 * every page and edition agrees on it, even across midnight.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

export interface BuildInfo {
  version: string;
  /** Short commit hash, or undefined outside a Git checkout (e.g. a source archive). */
  commit?: string;
  /** ISO timestamp of the build's start. */
  builtAt: string;
}

function gitCommit(root: string): string | undefined {
  try {
    return execFileSync('git', ['rev-parse', '--short', 'HEAD'], { cwd: root, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim() || undefined;
  } catch {
    return undefined;
  }
}

/** Reads the version and commit of the project at `root`. */
export function computeBuildInfo(root: string, now = new Date()): BuildInfo {
  const { version } = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { version: string };
  return { version, commit: gitCommit(root), builtAt: now.toISOString() };
}

/** "0.1.0 (commit abc1234)" or "0.1.0". */
export function versionLabel(info: BuildInfo): string {
  return info.commit ? `${info.version} (commit ${info.commit})` : info.version;
}
