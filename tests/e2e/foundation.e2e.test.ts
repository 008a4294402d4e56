// Issue 2, acceptance 1: a fresh install serves the setup page; after setup the owner signs in and sees
// the Japanese shell; a restart (SIGTERM, start again on the same data folder) keeps everything.
import { describe, expect, it } from 'vitest';
import { newContext } from './harness.ts';
import { describedBy, field, login, logout, navLinks, ownerPage, OWNER, serverAndBrowser } from './flows.ts';

describe('first run and the owner account', () => {
  const suite = serverAndBrowser();

  it('sets up a fresh install, signs in, and keeps the data across a restart', async () => {
    const { server, browser } = suite;
    const context = await newContext(browser);
    const page = await context.newPage();

    await page.goto(`${server.url}/`);
    await page.waitForURL(`${server.url}/setup`);
    await page.getByRole('heading', { name: '初期設定' }).waitFor();
    await field(page, '店舗名・会社名').fill(OWNER.workspace);
    await field(page, 'お名前').fill(OWNER.name);
    await field(page, 'メールアドレス').fill(OWNER.email);
    await field(page, 'パスワード').fill(OWNER.password);
    await field(page, 'パスワード（確認）').fill(OWNER.password);
    expect(await page.getByLabel('日本語のデモデータ（顧客 10,000 件）を読み込む').isChecked()).toBe(false);
    await page.getByRole('button', { name: 'はじめる' }).click();

    await page.waitForURL(`${server.url}/`);
    await page.getByTestId('home-workspace').filter({ hasText: OWNER.workspace }).waitFor();
    expect(await navLinks(page)).toEqual(
      expect.arrayContaining(['ホーム', '顧客', 'セグメント', '配信', 'フォーム', 'レポート', 'メンバー', 'API キー', '監査ログ', '設定']),
    );
    expect(await page.getByTestId('home-role').innerText()).toBe('オーナー');

    await logout(page);
    expect(new URL(page.url()).pathname).toBe('/login');
    // The setup page is gone for good once it has been used.
    await page.goto(`${server.url}/setup`);
    await page.waitForURL(`${server.url}/login`);

    await login(page, server.url, OWNER.email, OWNER.password);
    await page.getByTestId('home-workspace').filter({ hasText: OWNER.workspace }).waitFor();
    await context.close();

    await server.stop();
    await server.start();

    const after = await newContext(browser);
    const again = await after.newPage();
    await again.goto(`${server.url}/`);
    await again.waitForURL(`${server.url}/login`);
    await login(again, server.url, OWNER.email, OWNER.password);
    await again.getByTestId('home-workspace').filter({ hasText: OWNER.workspace }).waitFor();
    expect(await again.getByTestId('current-workspace').innerText()).toBe(OWNER.workspace);
    await after.close();
  });

  it('shows the server message for a wrong password', async () => {
    const { server, browser } = suite;
    const context = await newContext(browser);
    const page = await context.newPage();
    await page.goto(`${server.url}/login`);
    await field(page, 'メールアドレス').fill(OWNER.email);
    await field(page, 'パスワード').fill('not-the-password');
    await page.getByRole('button', { name: 'ログイン' }).click();
    await page.getByRole('alert').filter({ hasText: 'メールアドレスまたはパスワードが正しくありません' }).waitFor();
    expect(new URL(page.url()).pathname).toBe('/login');
    await context.close();
  });

  it('creates a second workspace and switches between them', async () => {
    const page = await ownerPage(suite);

    await page.getByTestId('current-workspace').click();
    await page.getByRole('menuitem', { name: 'ワークスペースを作成' }).click();
    await field(page, 'ワークスペース名').fill('大福商店 二号店');
    await page.getByRole('button', { name: '作成する' }).click();
    await page.getByTestId('home-workspace').filter({ hasText: '大福商店 二号店' }).waitFor();
    expect(await page.getByTestId('home-role').innerText()).toBe('オーナー');
    await page.getByTestId('people-count').filter({ hasText: '0' }).waitFor();

    await page.getByTestId('current-workspace').click();
    await page.getByRole('menuitem').filter({ has: page.getByText(OWNER.workspace, { exact: true }) }).click();
    await page.getByTestId('home-workspace').filter({ hasText: new RegExp(`^${OWNER.workspace}$`) }).waitFor();
    await page.context().close();
  });

  it('changes the password in settings; only the new one signs in afterwards', async () => {
    const newPassword = 'a-new-and-longer-password';
    const { server } = suite;
    const page = await ownerPage(suite);
    await page.goto(`${server.url}/settings`);
    await field(page, '現在のパスワード').fill('wrong-current-password');
    await field(page, '新しいパスワード').fill(newPassword);
    await field(page, 'パスワード（確認）').fill(newPassword);
    await page.getByRole('button', { name: 'パスワードを変更' }).click();
    // The server's message shows, and marks the field it is about.
    await page.getByText('現在のパスワードが正しくありません').first().waitFor();
    expect(await describedBy(page, field(page, '現在のパスワード'))).toContain('現在のパスワードが正しくありません');

    await field(page, '現在のパスワード').fill(OWNER.password);
    await page.getByRole('button', { name: 'パスワードを変更' }).click();
    await page.getByText('パスワードを変更しました。').waitFor();

    await logout(page);
    await login(page, server.url, OWNER.email, newPassword);
    await page.context().close();
  });
});
