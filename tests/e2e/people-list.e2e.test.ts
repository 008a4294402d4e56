// The people list as an office uses it (issue #3, list pages): filtered by a custom choice field, ordered by
// 読み, saved as a view and opened again, three ticked people tagged at once and the change undone; a viewer
// opens views but changes nothing; and a custom value typed into the new-person form, shown on the record.
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { newContext } from './harness.ts';
import { field, ownerPage, serverAndBrowser } from './flows.ts';

/** Calls the API as the signed-in user of the page (with the session's CSRF token). */
async function callApi<T>(page: Page, method: string, url: string, body?: unknown): Promise<T> {
  const result = await page.evaluate(async ({ method, url, body }) => {
    const { csrfToken } = (await (await fetch('/api/auth/session')).json()) as { csrfToken: string };
    const response = await fetch(url, {
      method, headers: { 'content-type': 'application/json', 'x-csrf-token': csrfToken }, ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    });
    return { status: response.status, json: (await response.json().catch(() => null)) as unknown };
  }, { method, url, body });
  expect(result.status, `${method} ${url}: ${JSON.stringify(result.json)}`).toBeLessThan(300);
  return result.json as T;
}

/** The names in the list, top to bottom. */
async function names(page: Page): Promise<string[]> {
  return (await page.getByRole('table', { name: '顧客' }).getByRole('link').allInnerTexts()).map((text) => text.trim());
}

const taggedCount = (page: Page, tag: string) =>
  callApi<{ total: number }>(page, 'GET', `/api/people/count?filter=${encodeURIComponent(JSON.stringify({ match: 'all', conditions: [{ field: 'tags', op: 'has_any', value: [tag] }] }))}`)
    .then((r) => r.total);

describe('people list', () => {
  const suite = serverAndBrowser({ setUp: true });

  it('filters by a custom choice, orders by 読み, reopens a saved view, and undoes a bulk tag', async () => {
    const page = await ownerPage(suite);
    const rank = await callApi<{ fieldId: string; options: { optionId: string; label: string }[] }>(page, 'POST', '/api/fields', {
      entityType: 'person', label: '会員ランク', type: 'single_choice', options: [{ label: 'ゴールド', color: '#fab005' }, { label: 'シルバー', color: '#868e96' }],
    });
    const [gold, silver] = rank.options.map((o) => o.optionId);
    // Created oldest first: the list shows them newest first.
    for (const [familyName, givenName, familyNameKana, givenNameKana, option] of [
      ['山田', '花子', 'ヤマダ', 'ハナコ', gold], ['佐藤', '一郎', 'サトウ', 'イチロウ', gold], ['伊藤', '美咲', 'イトウ', 'ミサキ', silver],
      ['渡辺', '健', 'ワタナベ', 'ケン', undefined], ['阿部', '誠', 'アベ', 'マコト', silver],
    ] as const) {
      await callApi(page, 'POST', '/api/people', { familyName, givenName, familyNameKana, givenNameKana, ...(option ? { custom: { [rank.fieldId]: option } } : {}) });
    }

    await page.goto(`${suite.server.url}/people`);
    await page.getByText('全 5 件').waitFor();
    expect(await names(page)).toEqual(['阿部 誠', '渡辺 健', '伊藤 美咲', '佐藤 一郎', '山田 花子']);

    // Filter by the custom field's option, as a person picks it; the filter stays in the address.
    await page.getByRole('button', { name: '絞り込み' }).click();
    await page.getByRole('combobox', { name: '条件を追加' }).click();
    await page.getByRole('option', { name: '会員ランク' }).click();
    await page.getByRole('combobox', { name: '値' }).click();
    await page.getByRole('option', { name: 'ゴールド' }).click();
    await page.getByRole('dialog').getByRole('button', { name: 'この条件で絞り込む' }).click();
    await page.getByText('2 件見つかりました').waitFor();
    expect(await names(page)).toEqual(['佐藤 一郎', '山田 花子']);
    await page.getByRole('group', { name: '絞り込み条件' }).getByText('会員ランク：次のいずれか ゴールド').waitFor();
    expect(JSON.parse(new URL(page.url()).searchParams.get('filter') ?? 'null')).toEqual({
      match: 'all', conditions: [{ field: `custom.${rank.fieldId}`, op: 'has_any', value: [gold] }],
    });
    await page.reload();
    await page.getByText('2 件見つかりました').waitFor();

    // 読み: アベ, イトウ, サトウ, ヤマダ, ワタナベ.
    await page.getByRole('button', { name: '条件をクリア' }).click();
    await page.getByText('全 5 件').waitFor();
    await page.getByRole('combobox', { name: '並び順' }).selectOption({ label: '読み（あいうえお順）' });
    await expect.poll(() => names(page)).toEqual(['阿部 誠', '伊藤 美咲', '佐藤 一郎', '山田 花子', '渡辺 健']);
    expect(new URL(page.url()).searchParams.get('sort')).toBe('kana');

    // Gold members by 読み, saved as a view; the plain list, then the view again.
    await page.getByRole('button', { name: '絞り込み' }).click();
    await page.getByRole('combobox', { name: '条件を追加' }).click();
    await page.getByRole('option', { name: '会員ランク' }).click();
    await page.getByRole('combobox', { name: '値' }).click();
    await page.getByRole('option', { name: 'ゴールド' }).click();
    await page.getByRole('dialog').getByRole('button', { name: 'この条件で絞り込む' }).click();
    await page.getByText('2 件見つかりました').waitFor();
    await page.getByRole('button', { name: 'ビューの操作' }).click();
    await page.getByRole('menuitem', { name: 'ビューとして保存' }).click();
    await field(page, 'ビューの名前').fill('ゴールド会員');
    await page.getByRole('button', { name: '保存する' }).click();
    await page.getByText('ビュー「ゴールド会員」を保存しました。').waitFor();
    await page.getByRole('heading', { name: '顧客：ゴールド会員' }).waitFor();

    await page.getByRole('combobox', { name: 'ビュー' }).selectOption({ label: 'すべての顧客' });
    await page.getByText('全 5 件').waitFor();
    expect(await names(page)).toEqual(['阿部 誠', '渡辺 健', '伊藤 美咲', '佐藤 一郎', '山田 花子']);
    await page.getByRole('combobox', { name: 'ビュー' }).selectOption({ label: 'ゴールド会員' });
    await page.getByText('2 件見つかりました').waitFor();
    expect(await names(page)).toEqual(['佐藤 一郎', '山田 花子']);
    expect(new URL(page.url()).searchParams.get('sort')).toBe('kana');
    expect(new URL(page.url()).searchParams.get('view')).toMatch(/^[0-9a-f-]{36}$/);

    // Three ticked people tagged at once, then the change undone from the notification.
    await page.getByRole('combobox', { name: 'ビュー' }).selectOption({ label: 'すべての顧客' });
    await page.getByText('全 5 件').waitFor();
    for (const name of ['阿部 誠', '渡辺 健', '伊藤 美咲']) await page.getByRole('checkbox', { name: `「${name}」を選択` }).check();
    await page.getByTestId('bulk-count').filter({ hasText: '3 人を選択中' }).waitFor();
    await page.getByRole('group', { name: '一括操作' }).getByRole('button', { name: 'タグを追加' }).click();
    const dialog = page.getByRole('dialog', { name: 'タグを追加' });
    await dialog.getByText('3 人の顧客にタグを追加します。').waitFor();
    await dialog.getByRole('combobox', { name: 'タグ' }).fill('秋の案内');
    await page.keyboard.press('Enter');
    await page.keyboard.press('Escape');
    await dialog.getByRole('button', { name: '3 人に追加' }).click();
    await page.getByText('3 人にタグを追加しました。').waitFor();
    expect(await taggedCount(page, '秋の案内')).toBe(3);
    await page.getByRole('button', { name: '元に戻す' }).click();
    await page.getByText('一括操作を元に戻しました。').waitFor();
    expect(await taggedCount(page, '秋の案内')).toBe(0);
    await page.context().close();
  });

  it('shows on the record a custom value typed into the new-person form', async () => {
    const page = await ownerPage(suite);
    await callApi(page, 'POST', '/api/fields', { entityType: 'person', label: '好きな銘柄', type: 'text' });
    await callApi(page, 'POST', '/api/fields', {
      entityType: 'person', label: '来店のきっかけ', type: 'multiple_choice', options: [{ label: '店頭' }, { label: 'ご紹介' }, { label: 'Instagram' }],
    });
    await page.goto(`${suite.server.url}/people/new`);
    await page.getByRole('heading', { name: 'カスタム項目' }).waitFor();
    await field(page, '姓').fill('高橋');
    await field(page, '名').fill('実');
    await field(page, '好きな銘柄').fill('獺祭');
    await page.getByRole('combobox', { name: '来店のきっかけ' }).click();
    await page.getByRole('option', { name: 'ご紹介' }).click();
    await page.keyboard.press('Escape');
    await page.getByRole('button', { name: '登録する' }).click();
    await page.waitForURL(/\/people\/[0-9a-f-]{36}$/);
    const custom = page.locator('.mantine-Card-root').filter({ has: page.getByRole('heading', { name: 'カスタム項目' }) });
    await custom.getByText('獺祭').waitFor();
    await custom.getByText('ご紹介').waitFor();
    await page.context().close();
  });

  it('lets a viewer open a saved view, without boxes to tick or views to save', async () => {
    const { server, browser } = suite;
    const owner = await ownerPage(suite);
    await callApi(owner, 'POST', '/api/people', { familyName: '木村', givenName: '拓', tags: ['閲覧テスト'] });
    await callApi(owner, 'POST', '/api/views', {
      entityType: 'person', name: '閲覧テストの方', definition: { filter: { match: 'all', conditions: [{ field: 'tags', op: 'has_any', value: ['閲覧テスト'] }] } },
    });
    const { url } = await callApi<{ url: string }>(owner, 'POST', '/api/invitations', { email: 'viewer@example.jp', role: 'viewer' });
    await owner.context().close();
    const page = await (await newContext(browser)).newPage();
    await page.goto(`${server.url}/login`);
    await page.evaluate(async (token) => {
      await fetch('/api/invitations/accept', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ token, displayName: '閲覧 さん', password: 'viewer-password-123' }) });
    }, new URL(url).pathname.split('/').pop());
    await page.goto(`${server.url}/people`);
    await page.getByRole('combobox', { name: 'ビュー' }).selectOption({ label: '閲覧テストの方' });
    await page.getByText('1 件見つかりました').waitFor();
    expect(await names(page)).toEqual(['木村 拓']);
    expect(await page.getByRole('checkbox').count()).toBe(0);
    expect(await page.getByRole('button', { name: 'ビューの操作' }).count()).toBe(0);
    await page.context().close();
  });
});
