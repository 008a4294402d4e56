// A person's history on the record page (issue #4), on a 375-px phone in Japanese: staff log a call and a
// visit in two taps each and find them at the top of the timeline, newest first, above a purchase the
// register sent and the stage change it made; the figures follow; the chips filter the timeline; a
// contract is added, seen, changed through someone else's change, and cancelled; a logged call is deleted
// after a confirm; a 大福帳 note shows there too; the timeline's next page comes as its end scrolls into view.
import path from 'node:path';
import type { Locator, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { PHONE, SCREENSHOT_DIR } from './harness.ts';
import { field, noSidewaysScroll, ownerPage, serverAndBrowser, shoot } from './flows.ts';
import { scoreRfmNow } from './personHistoryWalk.ts';
import { postAs, shootPart } from './walk.ts';

/** The timeline's entries, newest first, as their kinds. */
function kinds(page: Page): Promise<(string | null)[]> {
  return page.getByTestId('timeline-entry').evaluateAll((items) => items.map((item) => item.getAttribute('data-kind')));
}

/** The screen as the user sees it, a sheet or a dialog over the record scrolled where it was. */
async function shootScreen(page: Page, name: string): Promise<void> {
  await page.screenshot({ path: path.join(SCREENSHOT_DIR, `${name}.png`), animations: 'disabled' });
}

function section(page: Page, title: string): Locator {
  return page.locator('.mantine-Card-root').filter({ has: page.getByRole('heading', { name: title, exact: true }) });
}

describe('history on the person record', () => {
  const suite = serverAndBrowser({ setUp: true });

  it('logs a call and a visit on a phone, shows them first in the timeline, and keeps a contract', async () => {
    const page = await ownerPage(suite, PHONE);
    await page.goto(`${suite.server.url}/people`);
    const person = await postAs<{ personId: string }>(page, '/api/people', { familyName: '佐藤', givenName: '一郎', familyNameKana: 'サトウ', givenNameKana: 'イチロウ' });
    // Yesterday's purchase from the register: two bottles at ¥3,300.
    const yesterday = new Date(Date.now() - 86_400_000).toISOString();
    await postAs(page, '/api/purchases', {
      externalId: 'REG-0001', orderedAt: yesterday, channel: 'shop', store: '本店', customer: { personId: person.personId },
      lines: [{ productName: '純米吟醸 大福 720ml', quantity: 2, unitPrice: 3300 }],
    });
    // The only customer who bought: the lowest fifth on every score.
    await scoreRfmNow(page);
    await postAs(page, '/api/touchpoints', { name: '店舗電話' });
    await page.goto(`${suite.server.url}/people/${person.personId}`);
    await page.getByRole('heading', { name: '佐藤　一郎' }).waitFor();
    const quickLog = page.getByRole('group', { name: '接触を記録' });

    // A call: the button, then the answers (optional), then 記録する.
    await quickLog.getByRole('button', { name: '電話', exact: true }).click();
    const callSheet = page.getByRole('dialog', { name: '電話を記録' });
    await callSheet.getByText('発信', { exact: true }).click();
    await callSheet.getByText('つながった', { exact: true }).click();
    await callSheet.getByLabel('接点').selectOption({ label: '店舗電話' });
    await callSheet.getByLabel('メモ', { exact: true }).fill('お見積もりの件で連絡。来週来店予定。');
    await noSidewaysScroll(page);
    await shootScreen(page, 'history-log-call-phone');
    await callSheet.getByRole('button', { name: '記録する' }).click();
    await callSheet.waitFor({ state: 'hidden' });
    await page.getByText('電話を記録しました。').waitFor();

    // A visit in two taps: 来店, 記録する.
    await quickLog.getByRole('button', { name: '来店', exact: true }).click();
    const visitSheet = page.getByRole('dialog', { name: '来店を記録' });
    await visitSheet.getByRole('button', { name: '記録する' }).click();
    await visitSheet.waitFor({ state: 'hidden' });

    // Newest first: the visit logged last, the call, the person added as a prospect today; then yesterday's
    // purchase and the move to customer it made, both dated by the purchase (so in either order).
    const timeline = section(page, '履歴');
    await expect.poll(async () => (await kinds(page)).length).toBe(5);
    const shown = await kinds(page);
    expect(shown.slice(0, 3)).toEqual(['visit', 'call', 'lifecycle']);
    expect(shown.slice(3).sort()).toEqual(['lifecycle', 'purchase']);
    const entry = (kind: string) => timeline.locator(`[data-testid="timeline-entry"][data-kind="${kind}"]`);
    expect(await entry('lifecycle').allInnerTexts()).toEqual([expect.stringContaining('見込顧客として登録'), expect.stringContaining('見込顧客 → 取引顧客')]);
    expect(await entry('call').innerText()).toMatch(/電話\s+\d{4}\/\d{2}\/\d{2} \d{2}:\d{2}\s+発信 · つながった · 店舗電話\s+お見積もりの件で連絡。来週来店予定。\s+担当: 山田 太郎/);
    expect(await entry('purchase').innerText()).toContain('¥6,600 · 1 品目 · 店頭 · 本店');

    // The figures follow what was bought and logged.
    const figures = section(page, '購入の数字');
    await figures.getByText('¥6,600').first().waitFor();
    expect(await figures.innerText()).toMatch(/購入回数\s+1 回/);
    expect(await figures.getByTestId('rfm').innerText()).toMatch(/^R 1\s+F 1\s+M 1$/);
    expect(await figures.innerText()).toMatch(/電話\s+\d{4}\/\d{2}\/\d{2} \d{2}:\d{2}/);
    expect(await figures.innerText()).toMatch(/来店\s+\d{4}\/\d{2}\/\d{2} \d{2}:\d{2}/);

    // The chips narrow the timeline to a kind of entry.
    const chips = timeline.getByRole('group', { name: '表示する種類' });
    await chips.getByText('購入', { exact: true }).click();
    await expect.poll(() => kinds(page)).toEqual(['purchase']);
    await chips.getByText('購入', { exact: true }).click();
    await expect.poll(async () => (await kinds(page)).slice(0, 2)).toEqual(['visit', 'call']);

    await timeline.scrollIntoViewIfNeeded();
    await noSidewaysScroll(page);
    await shootPart(timeline, 'history-timeline-phone');
    await shootPart(figures, 'history-figures-phone');

    // A contract: added, listed with its amount per month, in the timeline, then cancelled with a reason.
    const contracts = section(page, '契約');
    await contracts.getByText('契約はありません。').waitFor();
    await contracts.getByRole('button', { name: '契約を追加' }).click();
    const addDialog = page.getByRole('dialog', { name: '契約を追加' });
    await field(page, 'プラン').fill('月額メンテナンス');
    await field(page, '金額（税込・円）').fill('3300');
    await field(page, '次回更新日').fill('2030-04-01');
    await noSidewaysScroll(page);
    await shootScreen(page, 'history-contract-add-phone');
    await addDialog.getByRole('button', { name: '追加する' }).click();
    await addDialog.waitFor({ state: 'hidden' });
    const card = contracts.getByTestId('contract').filter({ hasText: '月額メンテナンス' });
    expect(await card.innerText()).toMatch(/月額メンテナンス\s+有効\s+¥3,300 \/ 月\s+開始 \d{4}\/\d{2}\/\d{2} · 更新 2030\/04\/01/);
    await expect.poll(() => kinds(page)).toContain('contract');

    // Changed here while someone else renames it: the newer version is loaded and the amount typed kept.
    await card.getByRole('button', { name: '「月額メンテナンス」を変更' }).click();
    const editDialog = page.getByRole('dialog', { name: '契約を変更' });
    await field(page, '金額（税込・円）').fill('3500');
    const [saved] = await page.evaluate(async (id) => ((await (await fetch(`/api/people/${id}/contracts`)).json()) as { items: { contractId: string; version: number }[] }).items, person.personId);
    await postAs(page, `/api/contracts/${saved!.contractId}`, { version: saved!.version, plan: '月額メンテナンス（新）' }, 'PATCH');
    await editDialog.getByRole('button', { name: '保存' }).click();
    await editDialog.getByRole('button', { name: '最新の内容を読み込む' }).waitFor();
    await shootScreen(page, 'history-contract-conflict-phone');
    await editDialog.getByRole('button', { name: '最新の内容を読み込む' }).click();
    await editDialog.getByText('最新の内容を読み込みました', { exact: false }).waitFor();
    expect(await field(page, 'プラン').inputValue()).toBe('月額メンテナンス（新）');
    expect(await field(page, '金額（税込・円）').inputValue()).toBe('3,500');
    await editDialog.getByRole('button', { name: '保存' }).click();
    await editDialog.waitFor({ state: 'hidden' });
    await card.getByText('¥3,500 / 月').waitFor();
    await card.getByText('月額メンテナンス（新）').waitFor();

    await card.getByRole('button', { name: '「月額メンテナンス（新）」を解約' }).click();
    const cancelDialog = page.getByRole('dialog', { name: '契約を解約' });
    expect(await field(page, '解約日').inputValue()).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    await field(page, '解約理由').fill('転居のため');
    await cancelDialog.getByRole('button', { name: '解約する' }).click();
    await cancelDialog.waitFor({ state: 'hidden' });
    await card.getByText('転居のため').waitFor();
    expect(await card.innerText()).toMatch(/月額メンテナンス（新）\s+解約\s+¥3,500 \/ 月\s+開始 \d{4}\/\d{2}\/\d{2} · 解約 \d{4}\/\d{2}\/\d{2}/);
    await shootPart(contracts, 'history-contracts-phone');

    // The call, deleted after a confirm, leaves the timeline.
    await entry('call').getByRole('button', { name: /^電話（.+）の記録を削除$/ }).click();
    await page.getByRole('dialog', { name: 'この記録を削除しますか？' }).getByRole('button', { name: '削除する' }).click();
    await page.getByText('記録を削除しました。').waitFor();
    // A contract's entries are dated at noon of their day, before or after the visit depending on the hour.
    const withoutContracts = async () => (await kinds(page)).filter((kind) => kind !== 'contract');
    await expect.poll(async () => (await withoutContracts()).slice(0, 2)).toEqual(['visit', 'lifecycle']);
    expect(await kinds(page)).not.toContain('call');

    // A 大福帳 note added above is in the timeline too.
    await section(page, '大福帳').getByLabel('メモ', { exact: true }).fill('年末の贈答品を相談したいとのこと。');
    await section(page, '大福帳').getByRole('button', { name: '追加する' }).click();
    await expect.poll(() => kinds(page)).toContain('person_note');
    expect(await entry('person_note').innerText()).toContain('年末の贈答品を相談したいとのこと。');

    // The record as it is left, once the notifications have gone.
    await page.waitForFunction(() => document.querySelectorAll('.mantine-Notification-root').length === 0);
    await page.evaluate(() => window.scrollTo(0, 0));
    await shoot(page, 'history-person-phone');
    await page.context().close();
  });

  it('loads the next page of the timeline as its end scrolls into view', async () => {
    const page = await ownerPage(suite, PHONE);
    await page.goto(`${suite.server.url}/people`);
    const person = await postAs<{ personId: string }>(page, '/api/people', { familyName: '鈴木', givenName: '次郎' });
    // 40 calls a minute apart, and the person's registration: 41 entries, two pages of 30.
    const start = Date.now() - 3 * 86_400_000;
    for (let i = 1; i <= 40; i += 1) {
      await postAs(page, `/api/people/${person.personId}/activities`, { kind: 'call', occurredAt: new Date(start + i * 60_000).toISOString(), body: `${i} 回目の電話` });
    }
    await page.goto(`${suite.server.url}/people/${person.personId}`);
    const entries = page.getByTestId('timeline-entry');
    await entries.first().waitFor();
    expect(await entries.count()).toBe(30);
    // Newest first: the registration (now), then the calls of three days ago, the last one first.
    expect(await entries.first().getAttribute('data-kind')).toBe('lifecycle');
    expect(await entries.nth(1).innerText()).toContain('40 回目の電話');

    // Scrolled to the end, not the さらに読み込む button: the next page comes by itself.
    await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
    await expect.poll(() => entries.count()).toBe(41);
    await page.getByText('これより前の履歴はありません。').waitFor();
    // Every call once, in order, across the pages' seam.
    const calls = (await entries.allInnerTexts()).slice(1).map((text) => /(\d+) 回目の電話/.exec(text)?.[1]);
    expect(calls).toEqual(Array.from({ length: 40 }, (_, i) => String(40 - i)));
    await page.context().close();
  });
});
