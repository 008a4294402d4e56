// On a 375-px phone the navigation hides behind the burger and opens over the page.
import { describe, expect, it } from 'vitest';
import { PHONE } from './harness.ts';
import { navLink, onScreen, ownerPage, serverAndBrowser } from './flows.ts';

describe('phone layout', () => {
  const suite = serverAndBrowser({ setUp: true });

  it('opens the navigation with the burger and closes it after choosing a page', async () => {
    const page = await ownerPage(suite, PHONE);

    const navbar = page.locator('nav[aria-label="メインメニュー"]');
    expect(await onScreen(navbar)).toBe(false);

    await page.getByRole('button', { name: 'メニューを開閉' }).click();
    const customers = navLink(page, '顧客');
    await customers.click();

    await page.waitForURL(`${suite.server.url}/people`);
    await page.getByText('まだ顧客が登録されていません').waitFor();
    await page.waitForFunction(() => {
      const nav = document.querySelector('nav[aria-label="メインメニュー"]');
      return nav !== null && nav.getBoundingClientRect().right <= 0;
    });
    // Nothing may stick out sideways on a phone.
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    await page.context().close();
  });
});
