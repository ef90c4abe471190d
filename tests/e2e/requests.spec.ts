import { expect, test } from '@playwright/test';
import { missingUrl, publicUrls } from './pages.ts';

test.describe('requests', () => {
  for (const url of [...publicUrls, missingUrl]) {
    test(`${url} loads nothing from another host and logs no errors`, async ({ page, baseURL }) => {
      const origin = new URL(baseURL!).origin;
      const elsewhere: string[] = [];
      const errors: string[] = [];
      page.on('request', (request) => {
        const target = request.url();
        if (!target.startsWith(origin) && !target.startsWith('data:')) elsewhere.push(target);
      });
      page.on('console', (message) => {
        // The 404 page is meant to answer 404; the browser logs that as a failed resource.
        if (message.type() === 'error' && !(url === missingUrl && message.text().includes('404'))) errors.push(message.text());
      });
      page.on('pageerror', (error) => errors.push(error.message));
      await page.goto(url, { waitUntil: 'load' });
      await page.mouse.wheel(0, 20000);
      await page.waitForLoadState('networkidle');
      expect(elsewhere).toEqual([]);
      expect(errors).toEqual([]);
    });
  }
});
