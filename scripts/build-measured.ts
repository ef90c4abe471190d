/**
 * Runs `astro build` through Astro's API in this process and prints, as one
 * JSON line, the wall time and this process's peak memory (maxRSS), so the
 * benchmarks can report both. Honors BG_CONTENT_DIR and BG_OUT_DIR.
 */
import { build } from 'astro';

const started = performance.now();
const logLevel = process.env.BENCH_LOG === 'info' ? 'info' : 'warn';
await build({ root: new URL('..', import.meta.url).pathname, logLevel });
const ms = performance.now() - started;
console.log(`BUILD_RESULT ${JSON.stringify({ ms: Math.round(ms), peakMB: Math.round(process.resourceUsage().maxRSS / 1024) })}`);
