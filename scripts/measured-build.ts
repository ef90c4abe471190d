/** Runs scripts/build-measured.ts in a child process and returns what it reports, plus its output. */
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';

export interface BuildResult {
  ms: number;
  peakMB: number;
  output: string;
}

export function measuredBuild(env: Record<string, string> = {}): BuildResult {
  const child = spawnSync(process.execPath, [join(import.meta.dirname, 'build-measured.ts')], {
    env: { ...process.env, ...env },
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
  const output = `${child.stdout}\n${child.stderr}`;
  const line = /BUILD_RESULT (\{.*\})/.exec(output);
  if (child.status !== 0 || !line) throw new Error(`The build failed:\n${output.slice(-4000)}`);
  return { ...(JSON.parse(line[1]!) as { ms: number; peakMB: number }), output };
}
