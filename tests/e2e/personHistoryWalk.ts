// A person's history for the screenshot walk (issue #4): purchases from the register and the web shop with
// a return, calls, a visit, an event and an email logged, beside the contracts the settings walk gave the
// same person, RFM scored; the record pictured on a desktop and a phone (figures, contracts, timeline), with the
// phone's quick-log sheet and the desktop's その他 menu open.
import type { Page } from 'playwright-core';
import { expect } from 'vitest';
import { postAs, shootChecked, shootPart, visit } from './walk.ts';

const daysAgo = (days: number, hour = 11) => {
  const at = new Date(Date.now() - days * 86_400_000);
  at.setUTCHours(hour - 9, 15, 0, 0);
  return at.toISOString();
};

/** Scores RFM now, as an admin does from the settings (a background job), and waits until it is done. */
export async function scoreRfmNow(page: Page): Promise<void> {
  const jobRunId = await page.evaluate(async () => {
    const { csrfToken } = (await (await fetch('/api/auth/session')).json()) as { csrfToken: string };
    const response = await fetch('/api/figures/rfm', { method: 'POST', headers: { 'x-csrf-token': csrfToken } });
    return response.status === 202 ? ((await response.json()) as { jobRunId: string }).jobRunId : `refused with ${response.status}`;
  });
  const status = () => page.evaluate(async (id) => ((await (await fetch(`/api/jobs/${id}`)).json()) as { status: string }).status, jobRunId);
  await expect.poll(status, { timeout: 60_000 }).toBe('succeeded');
}

async function giveHistory(page: Page, personId: string): Promise<void> {
  const customer = { personId };
  const sake = { productCode: 'SAKE-720', productName: '純米吟醸 大福 720ml', quantity: 2, unitPrice: 3300 };
  const sweets = { productName: '季節の上生菓子 6 個入り', quantity: 1, unitPrice: 2160, taxRate: 8 };
  await postAs(page, '/api/purchases', { externalId: 'WALK-0001', orderedAt: daysAgo(60), channel: 'shop', store: '本店', paymentMethod: '現金', customer, lines: [sake, sweets] });
  await postAs(page, '/api/purchases', { externalId: 'WALK-0002', orderedAt: daysAgo(14), channel: 'ec', customer, lines: [{ ...sake, quantity: 3 }] });
  await postAs(page, '/api/purchases', { externalId: 'WALK-0003', orderedAt: daysAgo(10), channel: 'ec', customer, returnsExternalId: 'WALK-0002', lines: [{ ...sake, quantity: -1 }] });
  const activities = [
    { kind: 'event', occurredAt: daysAgo(30, 14), details: { eventName: '秋の新酒 試飲会', attended: true } },
    { kind: 'email', occurredAt: daysAgo(9, 10), details: { direction: 'out', subject: '返品のご連絡ありがとうございました' } },
    { kind: 'call', occurredAt: daysAgo(2, 16), details: { direction: 'out', result: 'no_answer' } },
    { kind: 'call', occurredAt: daysAgo(1, 10), details: { direction: 'in', result: 'reached' }, body: '年末の贈答用に 10 本ほど相談したいとのこと。来週来店予定。' },
    { kind: 'visit', details: { visitType: 'shop' }, body: '奥様とご来店。試飲して純米吟醸を気に入られた。' },
  ];
  for (const activity of activities) await postAs(page, `/api/people/${personId}/activities`, activity);
}

export async function personHistoryStates(desktop: Page, phone: Page, url: string, personId: string): Promise<void> {
  await giveHistory(desktop, personId);
  await scoreRfmNow(desktop);
  for (const [page, size] of [[desktop, 'desktop'], [phone, 'phone']] as const) {
    await visit(page, `${url}/people/${personId}`, '購入の数字', `70-person-history-${size}`);
    const part = (title: string) => page.locator('.mantine-Card-root').filter({ has: page.getByRole('heading', { name: title, exact: true }) });
    await part('履歴').getByTestId('timeline-entry').first().waitFor();
    await shootPart(part('購入の数字'), `71-person-figures-${size}`);
    await shootPart(part('契約'), `72-person-contracts-${size}`);
    await shootPart(part('履歴'), `73-person-timeline-${size}`);
    await page.evaluate(() => window.scrollTo(0, 0));
  }
  await phone.getByRole('group', { name: '接触を記録' }).getByRole('button', { name: '電話', exact: true }).click();
  await phone.getByRole('dialog', { name: '電話を記録' }).waitFor();
  await shootChecked(phone, '74-person-log-call-phone');
  await phone.keyboard.press('Escape');
  await desktop.getByRole('group', { name: '接触を記録' }).getByRole('button', { name: 'その他' }).click();
  await desktop.getByRole('menuitem', { name: 'イベント' }).waitFor();
  await shootChecked(desktop, '74-person-log-other-desktop');
  await desktop.keyboard.press('Escape');
}
