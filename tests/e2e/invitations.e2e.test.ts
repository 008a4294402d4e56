// Inviting staff by link: the owner creates an invitation, a new person opens the link in another
// browser, joins as a member and sees the shell without the administration pages.
import { describe, expect, it } from 'vitest';
import { newContext } from './harness.ts';
import { field, navLink, navLinks, ownerPage, OWNER, serverAndBrowser } from './flows.ts';

describe('invitations', () => {
  const suite = serverAndBrowser({ setUp: true });

  it('lets a new person join by link as a member, without admin pages', async () => {
    const { server, browser } = suite;
    const owner = await ownerPage(suite);
    await navLink(owner, 'メンバー').click();
    await owner.getByRole('cell', { name: OWNER.email }).waitFor();

    await owner.getByRole('button', { name: '招待する' }).click();
    const dialog = owner.getByRole('dialog', { name: 'メンバーを招待' });
    await field(owner, 'メールアドレス').fill('staff@example.jp');
    await dialog.getByRole('button', { name: '招待リンクを作成' }).click();
    const inviteUrl = (await dialog.getByTestId('secret-value').innerText()).trim();
    expect(inviteUrl).toContain('/invite/');
    await dialog.getByRole('button', { name: '閉じる' }).click();
    await owner.getByRole('cell', { name: 'staff@example.jp' }).waitFor();
    await owner.getByText('承諾待ち').waitFor();

    const staffContext = await newContext(browser);
    const staff = await staffContext.newPage();
    // The server builds the link from its public URL; the test's server listens on another port.
    await staff.goto(`${server.url}${new URL(inviteUrl).pathname}`);
    await staff.getByTestId('invite-workspace').filter({ hasText: OWNER.workspace }).waitFor();
    await staff.getByText('staff@example.jp').waitFor();
    await field(staff, 'お名前').fill('佐藤 花子');
    await field(staff, 'パスワード').fill('staff-password-123');
    await staff.getByRole('button', { name: '参加する' }).click();

    await staff.waitForURL(`${server.url}/`);
    expect(await staff.getByTestId('home-role').innerText()).toBe('メンバー');
    const links = await navLinks(staff);
    expect(links).toEqual(expect.arrayContaining(['ホーム', '顧客', '設定']));
    expect(links).not.toContain('メンバー');
    expect(links).not.toContain('API キー');
    expect(links).not.toContain('監査ログ');

    // An admin page opened by its address explains itself instead of breaking.
    await staff.goto(`${server.url}/api-keys`);
    await staff.getByText('このページを表示する権限がありません').waitFor();

    await owner.reload();
    await owner.getByText('承諾済み').waitFor();
    await owner.getByRole('cell', { name: '佐藤 花子', exact: true }).waitFor();

    // The owner lowers the new member to viewer; the member's own session shows it.
    await owner.getByRole('combobox', { name: '佐藤 花子 さんの権限' }).click();
    await owner.getByRole('option', { name: '閲覧者' }).click();
    await owner.reload();
    expect(await owner.getByRole('combobox', { name: '佐藤 花子 さんの権限' }).inputValue()).toBe('閲覧者');
    await staff.goto(`${server.url}/`);
    await staff.getByTestId('home-role').filter({ hasText: '閲覧者' }).waitFor();

    // An invitation that is no longer wanted is revoked.
    await owner.getByRole('button', { name: '招待する' }).click();
    await field(owner, 'メールアドレス').fill('mistake@example.jp');
    await owner.getByRole('button', { name: '招待リンクを作成' }).click();
    await owner.getByTestId('secret-value').waitFor();
    await owner.getByRole('button', { name: '閉じる' }).click();
    await owner.getByRole('row', { name: /mistake@example\.jp/ }).getByRole('button', { name: '取り消す' }).click();
    await owner.getByRole('dialog', { name: '招待を取り消しますか？' }).getByRole('button', { name: '取り消す' }).click();
    await owner.getByRole('row', { name: /mistake@example\.jp/ }).getByText('取り消し済み').waitFor();

    // Removing the member takes them off the list.
    await owner.getByRole('button', { name: '佐藤 花子 さんをメンバーから外す' }).click();
    await owner.getByRole('dialog', { name: 'メンバーから外しますか？' }).getByRole('button', { name: 'メンバーから外す' }).click();
    await owner.getByRole('cell', { name: '佐藤 花子', exact: true }).waitFor({ state: 'detached' });
    await staffContext.close();
    await owner.context().close();
  });
});
