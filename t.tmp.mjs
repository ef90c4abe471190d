import { chromium } from '@playwright/test';
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium' });
const page = await browser.newPage();
await page.goto('http://localhost:4455/search/');
for (const q of ['caching', 'sql nosql', 'reverse proxy', 'salary', 'post put', 'salary']) {
  const out = await page.evaluate(async (q) => {
    const pf = await import('/pagefind/pagefind.js');
    await pf.options({ ranking: { metaWeights: { title: 10 }, pageLength: 0.3 } });
    const t0 = performance.now();
    const r = await pf.search(q);
    const t1 = performance.now();
    await Promise.all(r.results.slice(0, 5).map((x) => x.data()));
    const t2 = performance.now();
    return `search ${Math.round(t1 - t0)} ms, 5 fragments ${Math.round(t2 - t1)} ms`;
  }, q);
  console.log(q.padEnd(14), out);
}
await browser.close();
