// Walks every page in Japanese at desktop (1280×800) and phone (375×812) size, checks that each shows
// its own text and no raw locale key, and saves screenshots into screenshots/ for a person to look at.
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { newContext, PHONE } from './harness.ts';
import { field, login, navLink, OWNER, serverAndBrowser, setupViaApi, shoot } from './flows.ts';

// A locale key left in the page would look like `people.emptyTitle`.
const RAW_KEY = /\b(app|nav|ui|errors|validation|fields|role|roleHelp|language|setup|login|user|workspace|home|people|jobs|comingSoon|members|invitations|apiKeys|audit|settings|notFound)\.[a-zA-Z_.]+\b/;

async function visit(page: Page, url: string, heading: string, name: string): Promise<void> {
  await page.goto(url);
  await page.getByText(heading, { exact: true }).filter({ visible: true }).first().waitFor();
  // Loaders finish before the picture is taken.
  await page.waitForFunction(() => document.querySelectorAll('.mantine-Loader-root').length === 0);
  const text = await page.locator('body').innerText();
  expect(text, `${name} shows a raw locale key`).not.toMatch(RAW_KEY);
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  expect(overflow, `${name} is wider than the screen`).toBeLessThanOrEqual(0);
  await shoot(page, name);
}

describe('every page, in Japanese, on desktop and phone', () => {
  const suite = serverAndBrowser();

  it('renders each page cleanly', async () => {
    const { server, browser } = suite;
    const desktop = await (await newContext(browser)).newPage();
    const phone = await (await newContext(browser, PHONE)).newPage();
    // Script errors and CSP violations show up on the console; a signed-out 401 is expected there.
    const consoleErrors: string[] = [];
    for (const page of [desktop, phone]) {
      page.on('pageerror', (error) => consoleErrors.push(error.message));
      page.on('console', (message) => {
        if (message.type() === 'error' && !/status of 401/.test(message.text())) consoleErrors.push(message.text());
      });
    }
    const both = async (path: string, heading: string, name: string) => {
      await visit(desktop, `${server.url}${path}`, heading, `${name}-desktop`);
      await visit(phone, `${server.url}${path}`, heading, `${name}-phone`);
    };

    await both('/setup', '初期設定', '01-setup');
    await setupViaApi(server.url);
    await both('/login', 'メールアドレスとパスワードを入力してください。', '02-login');
    await visit(desktop, `${server.url}/no-such-page`, 'ページが見つかりません', '03-not-found-public-desktop');

    await login(desktop, server.url, OWNER.email, OWNER.password);
    await login(phone, server.url, OWNER.email, OWNER.password);
    await both('/people', 'まだ顧客が登録されていません', '04-people-empty');

    // Demo data through the page's own button, followed live until it is done.
    await desktop.getByRole('button', { name: 'デモデータを読み込む' }).click();
    await desktop.getByText('デモデータの読み込みが完了しました').waitFor({ timeout: 90_000 });
    await desktop.getByRole('button', { name: 'さらに読み込む' }).waitFor();
    await both('/', OWNER.workspace, '05-home');
    await both('/people', '全 10,000 件', '06-people');

    // Customers: a search, a record and its edit mode, and the new-customer form after the postal code
    // filled in the address and the phone matched someone on file.
    await both(`/people?q=${encodeURIComponent('ﾀｶﾊｼ')}`, 'フリガナ', '22-people-search');
    // The demo data is random: pick someone with both a phone and an email, so the record shows both.
    const known = await desktop.evaluate(async () => {
      const page = (await (await fetch(`/api/people?q=${encodeURIComponent('ﾀｶﾊｼ')}&limit=100`)).json()) as {
        items: { personId: string; email: string | null; phone: string | null }[];
      };
      return page.items.find((p) => p.email && p.phone);
    });
    if (!known?.phone) throw new Error('no demo person with a phone and an email');
    await both(`/people/${known.personId}`, '顧客情報', '23-person');
    const knownPhone = known.phone;
    for (const page of [desktop, phone]) {
      await page.getByRole('button', { name: '編集' }).click();
      await field(page, '姓').waitFor();
    }
    await shoot(desktop, '24-person-edit-desktop');
    await shoot(phone, '24-person-edit-phone');
    await both('/people/new', '顧客の新規登録', '25-person-new');
    for (const page of [desktop, phone]) {
      await field(page, '姓').fill('高橋');
      await field(page, '電話番号（1 件目）').fill(knownPhone);
      await field(page, '郵便番号').fill('1500041');
      await page.getByText('電話番号が一致').first().waitFor();
      await expect.poll(() => field(page, '市区町村').inputValue()).toBe('渋谷区');
      await page.evaluate(() => window.scrollTo(0, 0));
    }
    await shoot(desktop, '26-person-new-filled-desktop');
    await shoot(phone, '26-person-new-filled-phone');

    await both('/segments', 'この機能は準備中です', '07-segments');
    await both('/reports', 'この機能は準備中です', '08-reports');

    await visit(desktop, `${server.url}/members`, '招待する', '09-members-before');
    await desktop.getByRole('button', { name: '招待する' }).click();
    await field(desktop, 'メールアドレス').fill('staff@example.jp');
    await desktop.getByRole('button', { name: '招待リンクを作成' }).click();
    await desktop.getByTestId('secret-value').waitFor();
    await shoot(desktop, '10-invitation-link-desktop');
    const inviteUrl = new URL((await desktop.getByTestId('secret-value').innerText()).trim());
    await desktop.getByRole('button', { name: '閉じる' }).click();
    await both('/members', '承諾待ち', '11-members');

    await both('/api-keys', 'API キーはまだありません', '12-api-keys-empty');
    await desktop.getByRole('button', { name: 'API キーを作成' }).first().click();
    await field(desktop, '名前').fill('店舗レジ');
    await desktop.getByRole('button', { name: '作成する' }).click();
    await desktop.getByTestId('secret-value').waitFor();
    await shoot(desktop, '13-api-key-secret-desktop');
    await desktop.getByRole('button', { name: '保管しました' }).click();
    await both('/api-keys', '店舗レジ', '14-api-keys');
    await desktop.getByRole('button', { name: '無効にする' }).click();
    await desktop.getByRole('dialog', { name: 'API キーを無効にしますか？' }).getByRole('button', { name: '無効にする' }).click();
    await desktop.getByText('無効', { exact: true }).waitFor();

    await both('/audit', 'API キーの作成', '15-audit');
    await both('/settings', 'プロフィール', '16-settings');
    await both('/no-such-page', 'ページが見つかりません', '17-not-found-shell');

    await phone.getByRole('button', { name: 'メニューを開閉' }).click();
    await navLink(phone, '監査ログ').waitFor();
    await shoot(phone, '18-navigation-open-phone');

    await desktop.goto(`${server.url}/`);
    await desktop.getByTestId('current-workspace').click();
    await desktop.getByRole('menuitem', { name: 'ワークスペースを作成' }).waitFor();
    await shoot(desktop, '19-workspace-menu-desktop');

    // The language switch is saved for the user: after a reload the app still speaks English.
    await desktop.goto(`${server.url}/settings`);
    await desktop.getByText('English', { exact: true }).click();
    await desktop.getByRole('heading', { name: 'Settings' }).waitFor();
    await visit(desktop, `${server.url}/`, 'Shortcuts', '21-home-english-desktop');

    const guest = await (await newContext(browser, PHONE)).newPage();
    await visit(guest, `${server.url}${inviteUrl.pathname}`, 'ワークスペースへの招待', '20-invitation-accept-phone');
    expect(consoleErrors).toEqual([]);
  });
});
