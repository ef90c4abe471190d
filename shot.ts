import { chromium } from '@playwright/test';
const [, , url, out, width = '1280', theme = 'light'] = process.argv;
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox', '--disable-background-networking'] });
const page = await browser.newPage({ viewport: { width: Number(width), height: 900 }, colorScheme: theme as 'light' | 'dark' });
page.on('console', (m) => console.log('console:', m.type(), m.text()));
await page.goto(url!);
await page.screenshot({ path: out!, fullPage: process.argv[6] === 'full' });
await browser.close();
