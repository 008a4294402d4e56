// Settings and lists of issue #4 (history), in Japanese: the product master (a product at the reduced 8%
// rate, a code entered twice refused on the field, an edit that met someone else's), the touchpoints (added,
// refused when repeated, reordered, archived), the lifecycle rule, and the contracts due for renewal within
// the horizon chosen, each leading to its person; a member reads them without the controls that change them;
// the pages pictured on a phone and on a desktop.
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import serverJa from '../../src/server/platform/i18n/ja.json' with { type: 'json' };
import { addDays } from '../../src/web/features/renewals/horizon.ts';
import { DESKTOP, newContext, PHONE } from './harness.ts';
import { describedBy, field, navLink, noSidewaysScroll, ownerPage, serverAndBrowser, shoot } from './flows.ts';
import { postAs } from './walk.ts';

const JAPANESE = /[\u3040-\u30ff\u4e00-\u9fff]/;

/** The texts of the rows of a list or a table, in order. */
async function rows(page: Page, role: 'list' | 'table', name: string): Promise<string[]> {
  const items = role === 'list' ? page.getByRole('list', { name }).getByRole('listitem') : page.getByRole('table', { name }).locator('tbody tr');
  return (await items.allInnerTexts()).map((text) => text.trim());
}

describe('history settings', () => {
  const suite = serverAndBrowser({ setUp: true });

  it('adds a product at the 8% reduced rate, refuses its code a second time on the field, and keeps an edit through a concurrent one', async () => {
    const page = await ownerPage(suite);
    await page.goto(`${suite.server.url}/settings`);
    await page.getByRole('link', { name: '商品マスタを開く' }).click();
    await page.getByText('まだ商品が登録されていません').waitFor();

    await page.getByRole('button', { name: '商品を追加' }).click();
    const dialog = page.getByRole('dialog', { name: '商品を追加' });
    await field(page, '商品コード').fill('SAKE-720');
    await field(page, '商品名').fill('純米吟醸 大福 720ml');
    await field(page, 'カテゴリ').fill('日本酒');
    await field(page, '価格（税込）').fill('3300');
    await field(page, '税率').selectOption({ label: '8%（軽減税率）' });
    await dialog.getByRole('button', { name: '追加する' }).click();
    await dialog.waitFor({ state: 'hidden' });
    await expect.poll(() => rows(page, 'table', '商品マスタ')).toEqual([expect.stringMatching(/純米吟醸 大福 720ml.*SAKE-720.*日本酒.*3,300 円.*8%（軽減税率）.*販売中/s)]);
    // Kept by the server as the reduced rate, not only shown.
    const listed = await page.evaluate(async () => (await (await fetch('/api/products?q=SAKE')).json()) as { items: { taxRate: number; price: number }[] });
    expect(listed.items).toEqual([expect.objectContaining({ taxRate: 8, price: 3300 })]);

    // The same code again: the server refuses it, says so in Japanese under 商品コード, and nothing is added.
    await page.getByRole('button', { name: '商品を追加' }).click();
    await field(page, '商品コード').fill('SAKE-720');
    await field(page, '商品名').fill('別の商品');
    await field(page, '価格（税込）').fill('1000');
    await dialog.getByRole('button', { name: '追加する' }).click();
    const codeTaken = (serverJa as Record<string, string>)['validation.product_code_taken'];
    expect(codeTaken, 'the server has a Japanese message for a taken code').toMatch(JAPANESE);
    const said = () => describedBy(page, field(page, '商品コード'));
    for (const part of codeTaken!.split(/\{\{\w+\}\}/).filter(Boolean)) await expect.poll(said, { timeout: 15_000 }).toContain(part);
    await shoot(page, 'history-settings-product-code-taken-desktop');
    await dialog.getByRole('button', { name: 'キャンセル' }).click();
    expect(await rows(page, 'table', '商品マスタ')).toHaveLength(1);

    // An edit started, then someone else changes the category: the price typed survives loading theirs.
    await page.getByRole('button', { name: '「純米吟醸 大福 720ml」を編集' }).click();
    await field(page, '価格（税込）').fill('3500');
    const product = await page.evaluate(async () => ((await (await fetch('/api/products?q=SAKE')).json()) as { items: { productId: string; version: number }[] }).items[0]!);
    await postAs(page, `/api/products/${product.productId}`, { version: product.version, category: '酒' }, 'PATCH');
    await page.getByRole('button', { name: '保存' }).click();
    await page.getByText('このデータは他の人が先に更新しました', { exact: false }).waitFor();
    await shoot(page, 'history-settings-product-conflict-desktop');
    await page.getByRole('button', { name: '最新の内容を読み込む' }).click();
    await page.getByText('最新の内容を読み込みました', { exact: false }).waitFor();
    expect(await field(page, '価格（税込）').inputValue()).toBe('3,500 円');
    expect(await field(page, 'カテゴリ').inputValue()).toBe('酒');
    await page.getByRole('button', { name: '保存' }).click();
    await expect.poll(() => rows(page, 'table', '商品マスタ')).toEqual([expect.stringMatching(/酒.*3,500 円.*8%（軽減税率）/s)]);

    // Found by a fragment of its name; a discontinued one only when asked for.
    await page.getByRole('searchbox', { name: '商品を検索' }).fill('吟醸');
    await page.waitForURL(/\?q=/);
    await page.getByRole('searchbox', { name: '商品を検索' }).fill('焼酎');
    await page.getByText('該当する商品が見つかりません').waitFor();
    await page.context().close();
  });

  it('adds touchpoints, refuses a name twice, moves one up and archives another', async () => {
    const page = await ownerPage(suite);
    await page.goto(`${suite.server.url}/settings/touchpoints`);
    await page.getByText('まだ接点がありません').waitFor();
    for (const name of ['店頭', '電話', '展示会']) {
      await field(page, '新しい接点').fill(name);
      await page.getByRole('button', { name: '追加', exact: true }).click();
      await page.getByText(`接点「${name}」を追加しました。`).waitFor();
    }
    const list = () => rows(page, 'list', '接点');
    await expect.poll(list).toEqual(['店頭', '電話', '展示会']);

    // A name in use is refused, and said under the name itself.
    await field(page, '新しい接点').fill('店頭');
    await page.getByRole('button', { name: '追加', exact: true }).click();
    await expect.poll(() => describedBy(page, field(page, '新しい接点'))).toMatch(JAPANESE);
    await expect.poll(list).toEqual(['店頭', '電話', '展示会']);

    await page.getByRole('button', { name: '「展示会」を上へ' }).click();
    await expect.poll(list).toEqual(['店頭', '展示会', '電話']);
    await page.getByRole('button', { name: '「店頭」をアーカイブ' }).click();
    await expect.poll(list).toEqual(['展示会', '電話']);
    await expect.poll(() => rows(page, 'list', 'アーカイブ済み')).toEqual([expect.stringContaining('店頭')]);

    // Kept by the server, not only on screen.
    await page.reload();
    await expect.poll(list).toEqual(['展示会', '電話']);
    await page.getByRole('button', { name: '「店頭」を戻す' }).click();
    await expect.poll(() => list().then((names) => names.includes('店頭'))).toBe(true);
    await page.context().close();
  });

  it('changes the lapse period, refusing one out of bounds on the field', async () => {
    const page = await ownerPage(suite);
    await page.goto(`${suite.server.url}/settings/lifecycle`);
    const days = field(page, '購入がない日数');
    await expect.poll(() => days.inputValue()).toBe('365 日');
    await days.fill('10');
    await page.getByRole('button', { name: '保存' }).click();
    await expect.poll(() => describedBy(page, days)).toContain('30〜3,650 の整数（日）で入力してください。');
    await days.fill('180');
    await page.getByRole('button', { name: '保存' }).click();
    await page.getByText('離反とみなす期間を 180 日にしました。').waitFor();
    const rules = await page.evaluate(async () => (await (await fetch('/api/settings/lifecycle-rules')).json()) as { lapseAfterDays: number });
    expect(rules.lapseAfterDays).toBe(180);
    await page.context().close();
  });


  it('starts an RFM run now and follows its progress until it is done', async () => {
    const page = await ownerPage(suite);
    await page.goto(`${suite.server.url}/settings/lifecycle`);
    await page.getByRole('button', { name: 'RFMを今すぐ再計算' }).click();
    await page.getByTestId('job-progress').getByText('RFM の再計算が完了しました').waitFor({ timeout: 60_000 });
    await page.context().close();
  });
  it('lists the contracts renewing within the horizon chosen, soonest first, each leading to its person', async () => {
    const page = await ownerPage(suite);
    const today = new Intl.DateTimeFormat('sv-SE', { timeZone: 'Asia/Tokyo' }).format(new Date());
    const person = await postAs<{ personId: string }>(page, '/api/people', { familyName: '鈴木', givenName: '一郎' });
    const contract = (plan: string, renewsIn: number) =>
      postAs(page, `/api/people/${person.personId}/contracts`, { plan, startedOn: addDays(today, -300), renewsOn: addDays(today, renewsIn), amount: 5500, period: 'month' });
    await contract('保守サポート（月額）', 10);
    await contract('年間メンテナンス', 45);

    await navLink(page, '更新予定').click();
    await page.getByRole('heading', { name: '更新予定の契約' }).waitFor();
    const table = () => rows(page, 'table', '更新予定の契約');
    await expect.poll(table).toEqual([expect.stringMatching(/鈴木.*あと 10 日.*保守サポート（月額）.*5,500 円／月/s)]);

    await page.getByText('60 日以内').click();
    await page.waitForURL(/\?days=60/);
    await expect.poll(table).toEqual([expect.stringContaining('保守サポート（月額）'), expect.stringContaining('年間メンテナンス')]);

    await page.getByRole('table', { name: '更新予定の契約' }).getByRole('link', { name: /鈴木/ }).first().click();
    await page.waitForURL(`${suite.server.url}/people/${person.personId}`);
    await page.context().close();
  });

  it('shows a member the product master, touchpoints and lifecycle rule without the controls that change them', async () => {
    const owner = await ownerPage(suite);
    const { url } = await postAs<{ url: string }>(owner, '/api/invitations', { email: 'staff@example.jp', role: 'member' });
    await owner.context().close();
    const staff = await (await newContext(suite.browser)).newPage();
    await staff.goto(`${suite.server.url}${new URL(url).pathname}`);
    await field(staff, 'お名前').fill('佐藤 花子');
    await field(staff, 'パスワード').fill('staff-password-123');
    await staff.getByRole('button', { name: '参加する' }).click();
    await staff.waitForURL(`${suite.server.url}/`);

    await staff.goto(`${suite.server.url}/settings/products`);
    await staff.getByText('純米吟醸 大福 720ml').waitFor();
    expect(await staff.getByRole('button', { name: /商品を追加|編集/ }).count()).toBe(0);
    await staff.goto(`${suite.server.url}/settings/touchpoints`);
    await staff.getByText('展示会', { exact: true }).waitFor();
    expect(await staff.getByRole('main').getByRole('button').count()).toBe(0);
    await staff.goto(`${suite.server.url}/settings/lifecycle`);
    await expect.poll(() => field(staff, '購入がない日数').inputValue()).toBe('180 日');
    expect(await field(staff, '購入がない日数').getAttribute('readonly')).not.toBeNull();
    expect(await staff.getByRole('main').getByRole('button').count()).toBe(0);
    await staff.context().close();
  });

  it('fits each page on a phone and a desktop', async () => {
    for (const [viewport, size] of [[PHONE, 'phone'], [DESKTOP, 'desktop']] as const) {
      const page = await ownerPage(suite, viewport);
      for (const [path, text, name] of [
        ['/settings/products', '純米吟醸 大福 720ml', 'products'],
        ['/settings/touchpoints', '展示会', 'touchpoints'],
        ['/settings/lifecycle', 'RFM 分析', 'lifecycle'],
        ['/contracts/renewals?days=60', '年間メンテナンス', 'renewals'],
      ] as const) {
        await page.goto(`${suite.server.url}${path}`);
        await page.getByText(text, { exact: true }).first().waitFor();
        await noSidewaysScroll(page);
        await shoot(page, `history-settings-${name}-${size}`);
      }
      if (size === 'phone') await page.getByRole('button', { name: 'メニューを開閉' }).click();
      await navLink(page, '更新予定').waitFor();
      await page.context().close();
    }
  });
});
