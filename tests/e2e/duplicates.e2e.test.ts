// The duplicates page (issue #3), on a 375 px phone: two records with one phone number written two ways
// are found by a scan, compared side by side, merged field by field (undone once, then merged again),
// and the customer page shows one person with the values chosen.
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { PHONE } from './harness.ts';
import { noSidewaysScroll, ownerPage, serverAndBrowser } from './flows.ts';

/** A person created through the API as the signed-in owner (with the session's CSRF token). */
async function createPerson(page: Page, body: object): Promise<string> {
  return page.evaluate(async (person) => {
    const { csrfToken } = (await (await fetch('/api/auth/session')).json()) as { csrfToken: string };
    const response = await fetch('/api/people', { method: 'POST', headers: { 'content-type': 'application/json', 'x-csrf-token': csrfToken }, body: JSON.stringify(person) });
    if (response.status !== 201) throw new Error(`create person: ${response.status} ${await response.text()}`);
    return ((await response.json()) as { personId: string }).personId;
  }, body);
}

describe('duplicates', () => {
  const suite = serverAndBrowser({ setUp: true });

  it('finds two records with the same phone, merges them field by field on a phone, and undoes once', async () => {
    const page = await ownerPage(suite, PHONE);
    const first = await createPerson(page, {
      familyName: '佐藤', givenName: '花子', phones: [{ phone: '090-5555-1234' }],
      postalCode: '150-0041', prefecture: '東京都', city: '渋谷区', addressLine: '神南1-2-3',
    });
    await createPerson(page, {
      familyName: '佐藤', givenName: 'はなこ', phones: [{ phone: '09055551234' }],
      postalCode: '106-0032', prefecture: '東京都', city: '港区', addressLine: '六本木6-10-1', jobTitle: '店長',
    });

    await page.goto(`${suite.server.url}/duplicates`);
    await page.getByText('重複の候補はありません').waitFor();
    await page.getByRole('button', { name: '重複を検索' }).click();
    await page.getByText('重複の検索が完了しました').waitFor();
    const pair = page.getByTestId('duplicate-pair');
    await pair.getByText('同じ電話番号').waitFor();
    expect(await pair.getByText('一致度 80%').isVisible()).toBe(true);
    await noSidewaysScroll(page);

    await pair.getByRole('link', { name: '比べて統合' }).click();
    await page.getByRole('heading', { name: '重複の確認' }).waitFor();
    await noSidewaysScroll(page);
    // The record edited last has its values chosen to begin with; the name is taken from the first
    // record instead, the address is clicked on the second's, the job title stays the second's default.
    const name = page.getByRole('radiogroup', { name: '氏名' });
    expect(await name.getByRole('radio', { name: /はなこ/ }).getAttribute('aria-checked')).toBe('true');
    await name.getByRole('radio', { name: /花子/ }).click();
    await page.getByRole('radiogroup', { name: '住所' }).getByRole('radio', { name: /港区/ }).click();
    await page.getByRole('button', { name: '統合する' }).click();
    await page.getByText('佐藤　花子 さんの記録を 1 件に統合しました。').waitFor();

    await page.getByRole('button', { name: '元に戻す' }).click();
    await page.getByText('統合を取り消し、2 件の記録に戻しました。').waitFor();
    await page.getByRole('button', { name: 'もう一度比べる' }).click();
    await page.getByRole('radiogroup', { name: '氏名' }).getByRole('radio', { name: /花子/ }).click();
    await page.getByRole('radiogroup', { name: '住所' }).getByRole('radio', { name: /港区/ }).click();
    await page.getByRole('button', { name: '統合する' }).click();
    await page.getByRole('link', { name: '顧客を開く' }).click();

    // One person, under the first record's address, with the chosen values.
    await page.waitForURL(`${suite.server.url}/people/${first}`);
    await page.getByRole('heading', { name: '佐藤　花子' }).waitFor();
    await page.getByText('東京都港区六本木6-10-1').waitFor();
    await page.getByText('店長').waitFor();
    await page.goto(`${suite.server.url}/duplicates`);
    await page.getByText('重複の候補はありません').waitFor();
    await page.goto(`${suite.server.url}/people`);
    await page.getByText('全 1 件').waitFor();
    await page.context().close();
  });
});
