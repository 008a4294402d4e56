// The screenshot walk's steps (screenshots.e2e.test.ts and the parts it calls): a page or a part of one is
// checked for raw locale keys and for sticking out sideways, then pictured into screenshots/.
import path from 'node:path';
import type { Locator, Page } from 'playwright-core';
import { expect } from 'vitest';
import { SCREENSHOT_DIR } from './harness.ts';
import { shoot } from './flows.ts';

// A locale key left in the page would look like `people.emptyTitle`.
export const RAW_KEY = /\b(app|nav|ui|errors|validation|fields|role|roleHelp|language|setup|login|user|workspace|home|people|companies|duplicates|customFields|views|bulk|notes|jobs|comingSoon|members|invitations|apiKeys|audit|settings|notFound|products|touchpoints|lifecycleRules|renewals|history|activities|figures|contracts)\.[a-zA-Z_.]+\b/;

/** A picture of one part of a page (a section far down a long record), checked for raw keys like a page. */
export async function shootPart(part: Locator, name: string): Promise<void> {
  await part.scrollIntoViewIfNeeded();
  expect(await part.innerText(), `${name} shows a raw locale key`).not.toMatch(RAW_KEY);
  await part.screenshot({ path: path.join(SCREENSHOT_DIR, `${name}.png`), animations: 'disabled' });
}

/** Writes through the API as the signed-in user of the page (with the session's CSRF token); answers the reply. */
export async function postAs<T = unknown>(page: Page, url: string, body: unknown, method = 'POST'): Promise<T> {
  const { status, json } = await page.evaluate(async ({ url, body, method }) => {
    const { csrfToken } = (await (await fetch('/api/auth/session')).json()) as { csrfToken: string };
    const response = await fetch(url, { method, headers: { 'content-type': 'application/json', 'x-csrf-token': csrfToken }, body: JSON.stringify(body) });
    return { status: response.status, json: (await response.json()) as unknown };
  }, { url, body, method });
  expect(status, `${method} ${url}`).toBe(method === 'POST' ? 201 : 200);
  return json as T;
}

/** The page as it is now, checked and pictured. */
export async function shootChecked(page: Page, name: string): Promise<void> {
  // Loaders finish before the picture is taken.
  await page.waitForFunction(() => document.querySelectorAll('.mantine-Loader-root').length === 0);
  const text = await page.locator('body').innerText();
  expect(text, `${name} shows a raw locale key`).not.toMatch(RAW_KEY);
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  expect(overflow, `${name} is wider than the screen`).toBeLessThanOrEqual(0);
  await shoot(page, name);
}

/** Opens a page, waits for text it must show (exactly, or a pattern), then checks and pictures it. */
export async function visit(page: Page, url: string, heading: string | RegExp, name: string): Promise<void> {
  await page.goto(url);
  await page.getByText(heading, { exact: true }).filter({ visible: true }).first().waitFor();
  await shootChecked(page, name);
}
