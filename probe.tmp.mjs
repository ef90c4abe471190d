import { chromium } from '@playwright/test';
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium' });
const page = await browser.newPage();
await page.goto('http://localhost:4455/search/');
const [opts, ...queries] = process.argv.slice(2);
for (const q of queries) {
  const out = await page.evaluate(async ([q, opts]) => {
    const pf = await import('/pagefind/pagefind.js');
    await pf.options({ ranking: JSON.parse(opts) });
    const r = await pf.search(q);
    const top = await Promise.all(r.results.slice(0, 4).map(async (x) => { const d = await x.data(); return `${d.url.replace(/\/$/,'').split('/').pop()} ${x.score.toFixed(1)}`; }));
    return `${r.results.length} | ${top.join(' ; ')}`;
  }, [q, opts]);
  console.log(JSON.stringify(q).padEnd(34), out);
}
await browser.close();
