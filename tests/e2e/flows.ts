// Steps several browser tests share, written as a person does them (labels, buttons), in Japanese.
import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import type { Browser, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, expect } from 'vitest';
import { DESKTOP, launchBrowser, newContext, SCREENSHOT_DIR, startServer, type ServerHandle } from './harness.ts';

export const OWNER = { email: 'owner@example.jp', password: 'correct-horse-battery', name: '山田 太郎', workspace: '大福商店' };

export interface Suite {
  server: ServerHandle;
  browser: Browser;
}

/**
 * One server on a fresh data folder and one browser for the tests of a describe block, started before
 * the first test and removed after the last; with `setUp`, the owner's first-run setup is done too.
 * The fields are filled in by beforeAll, so read them inside the tests.
 */
export function serverAndBrowser(options: { setUp?: boolean } = {}): Suite {
  const suite = {} as Suite;
  beforeAll(async () => {
    suite.server = await startServer();
    if (options.setUp) await setupViaApi(suite.server.url);
    suite.browser = await launchBrowser();
  });
  afterAll(async () => {
    await suite.browser?.close();
    await suite.server?.dispose();
  });
  return suite;
}

/** First-run setup straight through the API, for tests about what comes after it. */
export async function setupViaApi(url: string): Promise<void> {
  const response = await fetch(`${url}/api/setup`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({
      workspaceName: OWNER.workspace, displayName: OWNER.name, email: OWNER.email, password: OWNER.password, locale: 'ja', loadDemo: false,
    }),
  });
  if (response.status !== 201) throw new Error(`setup failed: ${response.status} ${await response.text()}`);
}

/** A form field by its exact label; Mantine appends " *" to the label of a required field. */
export function field(page: Page, label: string): Locator {
  const escaped = label.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return page.getByLabel(new RegExp(`^${escaped}(\\s*\\*)?$`));
}

/** The texts that describe a field to assistive technology: its help text and its error. */
export async function describedBy(page: Page, input: Locator): Promise<string> {
  const ids = (await input.getAttribute('aria-describedby'))?.split(/\s+/).filter(Boolean) ?? [];
  const texts = await Promise.all(ids.map((id) => page.locator(`[id="${id}"]`).innerText()));
  return texts.join(' ');
}

export async function login(page: Page, url: string, email: string, password: string): Promise<void> {
  await page.goto(`${url}/login`);
  await field(page, 'メールアドレス').fill(email);
  await field(page, 'パスワード').fill(password);
  await page.getByRole('button', { name: 'ログイン' }).click();
  await page.getByRole('navigation', { name: 'メインメニュー' }).waitFor();
}

/** A fresh browser profile signed in as the owner; the test closes it with `page.context().close()`. */
export async function ownerPage({ server, browser }: Suite, viewport = DESKTOP): Promise<Page> {
  const page = await (await newContext(browser, viewport)).newPage();
  await login(page, server.url, OWNER.email, OWNER.password);
  return page;
}

export async function logout(page: Page): Promise<void> {
  await page.getByTestId('user-menu').click();
  await page.getByRole('menuitem', { name: 'ログアウト' }).click();
  await page.getByRole('button', { name: 'ログイン' }).waitFor();
}

/** The navbar's link texts, in order. */
export async function navLinks(page: Page): Promise<string[]> {
  const texts = await page.getByRole('navigation', { name: 'メインメニュー' }).getByRole('link').allInnerTexts();
  return texts.map((text) => text.trim());
}

/**
 * Saves a screenshot into screenshots/ (git-ignored) for a person to look at: the whole page, but no
 * more than two screens of it, which is enough to judge a long list and still readable.
 */
export async function shoot(page: Page, name: string): Promise<void> {
  await mkdir(SCREENSHOT_DIR, { recursive: true });
  const viewport = page.viewportSize() ?? { width: 1280, height: 800 };
  const height = await page.evaluate(() => document.documentElement.scrollHeight);
  await page.screenshot({
    path: path.join(SCREENSHOT_DIR, `${name}.png`),
    fullPage: true,
    // Menus and modals fade in; the picture shows them as they end up.
    animations: 'disabled',
    clip: { x: 0, y: 0, width: viewport.width, height: Math.min(height, viewport.height * 2) },
  });
}

/** The link of the navbar with exactly this text. */
export function navLink(page: Page, name: string): Locator {
  return page.getByRole('navigation', { name: 'メインメニュー' }).getByRole('link', { name, exact: true });
}

/** Whether any part of the element is on screen (a collapsed navbar is moved off-screen, not hidden). */
export async function onScreen(locator: Locator): Promise<boolean> {
  const box = await locator.boundingBox();
  const width = locator.page().viewportSize()?.width ?? 0;
  return box !== null && box.x + box.width > 0 && box.x < width;
}

/** The page fits the window's width: nothing to scroll sideways (a phone's first rule). */
export async function noSidewaysScroll(page: Page): Promise<void> {
  expect(await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)).toBeLessThanOrEqual(0);
}
