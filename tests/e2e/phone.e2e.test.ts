// On a 375-px phone the navigation hides behind the burger and opens over the page.
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, newContext, PHONE, startServer, type ServerHandle } from './harness.ts';
import { login, navLink, onScreen, OWNER, setupViaApi } from './flows.ts';

describe('phone layout', () => {
  let server: ServerHandle;
  let browser: Browser;

  beforeAll(async () => {
    server = await startServer();
    await setupViaApi(server.url);
    browser = await launchBrowser();
  });

  afterAll(async () => {
    await browser?.close();
    await server?.dispose();
  });

  it('opens the navigation with the burger and closes it after choosing a page', async () => {
    const context = await newContext(browser, PHONE);
    const page = await context.newPage();
    await login(page, server.url, OWNER.email, OWNER.password);

    const navbar = page.locator('nav[aria-label="メインメニュー"]');
    expect(await onScreen(navbar)).toBe(false);

    await page.getByRole('button', { name: 'メニューを開閉' }).click();
    const customers = navLink(page, '顧客');
    await customers.click();

    await page.waitForURL(`${server.url}/people`);
    await page.getByText('まだ顧客が登録されていません').waitFor();
    await page.waitForFunction(() => {
      const nav = document.querySelector('nav[aria-label="メインメニュー"]');
      return nav !== null && nav.getBoundingClientRect().right <= 0;
    });
    // Nothing may stick out sideways on a phone.
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    await context.close();
  });
});
