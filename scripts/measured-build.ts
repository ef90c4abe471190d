/**
 * A build with its cost measured. `measuredBuild()` runs this file in a child
 * process, which builds through Astro's API and prints one JSON line with the
 * wall time and its own peak memory (maxRSS): a separate process, so the
 * memory is the build's alone. Honors BG_CONTENT_DIR and BG_OUT_DIR.
 */
import { spawnSync } from 'node:child_process';

export interface BuildResult {
  ms: number;
  peakMB: number;
  output: string;
}

export function measuredBuild(env: Record<string, string> = {}): BuildResult {
  const child = spawnSync(process.execPath, [import.meta.filename], {
    env: { ...process.env, ...env },
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
  const output = `${child.stdout}\n${child.stderr}`;
  const line = /BUILD_RESULT (\{.*\})/.exec(output);
  if (child.status !== 0 || !line) throw new Error(`The build failed:\n${output.slice(-4000)}`);
  return { ...(JSON.parse(line[1]!) as { ms: number; peakMB: number }), output };
}

if (import.meta.main) {
  const { build } = await import('astro');
  const started = performance.now();
  await build({ root: new URL('..', import.meta.url).pathname, logLevel: process.env.BENCH_LOG === 'info' ? 'info' : 'warn' });
  const ms = Math.round(performance.now() - started);
  console.log(`BUILD_RESULT ${JSON.stringify({ ms, peakMB: Math.round(process.resourceUsage().maxRSS / 1024) })}`);
}
