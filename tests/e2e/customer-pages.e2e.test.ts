// Customer pages of issue #3 beyond people, in Japanese: a company entered with a wrong 法人番号 (the error
// on the field), fixed and found again by a fragment of its name, warned about when entered twice, deleted
// with undo, and edited against a concurrent edit; a multiple-choice custom field defined by the owner (an
// admin) with options typed one per line, one of them renamed and moved, two merged with the records
// following, and shown to a member without the controls; a 大福帳 note added to a person on a phone.
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { newContext, PHONE } from './harness.ts';
import { describedBy, field, navLinks, noSidewaysScroll, ownerPage, serverAndBrowser } from './flows.ts';

// 13 digits whose first is the check digit over the other twelve (src/server/lib/japanese/corporate-number.ts);
// the same twelve with another first digit fail the check.
const VALID_NUMBER = '9234567890123';
const WRONG_CHECK_DIGIT = '1234567890123';

/** A person holding one option of a choice field, made through the API as the page's signed-in user. */
async function customerWith(page: Page, fieldLabel: string, optionLabel: string): Promise<void> {
  const status = await page.evaluate(async ({ fieldLabel, optionLabel }) => {
    const { csrfToken } = (await (await fetch('/api/auth/session')).json()) as { csrfToken: string };
    const { items } = (await (await fetch('/api/fields?entityType=person')).json()) as {
      items: { fieldId: string; label: string; options: { optionId: string; label: string }[] }[];
    };
    const field = items.find((f) => f.label === fieldLabel)!;
    const option = field.options.find((o) => o.label === optionLabel)!;
    const response = await fetch('/api/people', {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-csrf-token': csrfToken },
      body: JSON.stringify({ familyName: '鈴木', custom: { [field.fieldId]: [option.optionId] } }),
    });
    return response.status;
  }, { fieldLabel, optionLabel });
  expect(status).toBe(201);
}

describe('customer pages', () => {
  const suite = serverAndBrowser({ setUp: true });

  it('creates a company after a wrong 法人番号, finds it by a fragment, warns about a second entry, and undoes a deletion', async () => {
    const page = await ownerPage(suite);
    await page.goto(`${suite.server.url}/people`);
    await page.getByRole('navigation', { name: 'メインメニュー' }).getByRole('link', { name: '会社', exact: true }).click();
    await page.getByText('まだ会社が登録されていません').waitFor();
    await page.getByRole('link', { name: '新規登録' }).click();
    await page.getByRole('heading', { name: '会社の新規登録' }).waitFor();

    await field(page, '会社名').fill('株式会社さくら商事');
    await field(page, 'フリガナ').fill('サクラショウジ');
    await field(page, '法人番号').fill(WRONG_CHECK_DIGIT);
    await field(page, '資本金').fill('10000000');
    await field(page, '郵便番号').fill('1500041');
    await expect.poll(() => field(page, '市区町村').inputValue()).toBe('渋谷区');
    expect(await field(page, '町域・番地').inputValue()).toBe('神南');

    // The server refuses the check digit, and says so under the 法人番号 itself; nothing is saved.
    await page.getByRole('button', { name: '登録する' }).click();
    await expect.poll(() => describedBy(page, field(page, '法人番号'))).toContain('法人番号として正しくありません');
    expect(new URL(page.url()).pathname).toBe('/companies/new');

    await field(page, '法人番号').fill(VALID_NUMBER);
    await page.getByRole('button', { name: '登録する' }).click();
    await page.waitForURL(/\/companies\/[0-9a-f-]{36}$/);
    const recordUrl = page.url();
    await page.getByRole('heading', { name: '株式会社さくら商事' }).waitFor();
    expect(await page.getByTestId('company-kana').innerText()).toBe('サクラショウジ');
    await page.getByText(VALID_NUMBER, { exact: true }).waitFor();
    await page.getByText('10,000,000 円').waitFor();
    await page.getByText('東京都渋谷区神南').waitFor();

    // Found by a fragment of the name, the search kept in the address.
    await page.getByRole('link', { name: '会社一覧' }).click();
    await page.getByRole('searchbox', { name: '会社を検索' }).fill('さくら');
    await page.waitForURL(/\?q=/);
    await page.getByText('1 社見つかりました').waitFor();
    await page.getByRole('table', { name: '会社' }).getByRole('link', { name: '株式会社さくら商事' }).waitFor();
    await page.getByRole('searchbox', { name: '会社を検索' }).fill('まつ');
    await page.getByText('該当する会社が見つかりません').waitFor();

    // The same company typed again as (株): the warning names it before anything is saved.
    await page.goto(`${suite.server.url}/companies/new`);
    await field(page, '会社名').fill('(株)さくら商事');
    const warning = page.getByRole('alert').filter({ hasText: '同じ会社が登録済みかもしれません' });
    await warning.getByRole('link', { name: '株式会社さくら商事' }).waitFor();
    await warning.getByText('会社名が一致').waitFor();

    await page.goto(recordUrl);
    await page.getByRole('button', { name: '削除' }).click();
    await page.waitForURL(`${suite.server.url}/companies`);
    await page.getByText('株式会社さくら商事 を削除しました。').waitFor();
    await page.getByText('まだ会社が登録されていません').waitFor();
    await page.getByRole('button', { name: '元に戻す' }).click();
    await page.waitForURL(recordUrl);
    await page.getByRole('heading', { name: '株式会社さくら商事' }).waitFor();
    await page.context().close();
  });

  it('keeps what was typed in a company through a concurrent edit', async () => {
    const page = await ownerPage(suite);
    await page.goto(`${suite.server.url}/companies?q=${encodeURIComponent('さくら')}`);
    await page.getByRole('link', { name: '株式会社さくら商事' }).click();
    await page.getByRole('heading', { name: '株式会社さくら商事' }).waitFor();
    await page.getByRole('button', { name: '編集' }).click();
    await field(page, '代表者').fill('佐藤 一郎');

    // Meanwhile someone else saves the same company in another tab.
    const other = await page.context().newPage();
    await other.goto(page.url());
    await other.getByRole('button', { name: '編集' }).click();
    await field(other, '業種').fill('卸売業');
    await other.getByRole('button', { name: '保存' }).click();
    await other.getByText('卸売業').waitFor();
    await other.close();

    await page.getByRole('button', { name: '保存' }).click();
    await page.getByText('このデータは他の人が先に更新しました', { exact: false }).waitFor();
    expect(await field(page, '代表者').inputValue()).toBe('佐藤 一郎');
    await page.getByRole('button', { name: '最新の内容を読み込む' }).click();
    await page.getByText('最新の内容を読み込みました', { exact: false }).waitFor();
    expect(await field(page, '代表者').inputValue()).toBe('佐藤 一郎');
    expect(await field(page, '業種').inputValue()).toBe('卸売業');
    await page.getByRole('button', { name: '保存' }).click();
    await page.getByText('佐藤 一郎').waitFor();
    await page.getByText('卸売業').waitFor();
    await page.context().close();
  });

  it('lets an admin define a multiple-choice field with options typed one per line, rename, move and merge them', async () => {
    const page = await ownerPage(suite);
    await page.goto(`${suite.server.url}/settings`);
    await page.getByRole('link', { name: 'カスタム項目を開く' }).click();
    await page.getByText('顧客のカスタム項目はまだありません').waitFor();

    await page.getByRole('button', { name: '項目を追加' }).click();
    const dialog = page.getByRole('dialog', { name: '顧客の項目を追加' });
    await field(page, '項目名').fill('来店のきっかけ');
    await field(page, '種類').selectOption({ label: '選択肢（複数選べる）' });
    await field(page, '選択肢').fill('チラシ\nご紹介\n\nインスタグラム\nチラシ');
    await dialog.getByRole('button', { name: '追加する' }).click();
    await dialog.waitFor({ state: 'hidden' });

    // Blank lines and the repeated チラシ are left out: three options, in the order typed.
    const card = page.getByRole('region', { name: '来店のきっかけ' });
    await card.getByText('選択肢（複数選べる）').waitFor();
    await card.getByRole('button', { name: '選択肢（3 件）' }).click();
    const options = card.getByRole('list', { name: '「来店のきっかけ」の選択肢' });
    const labels = async () => (await options.getByRole('listitem').allInnerTexts()).map((text) => text.trim());
    await expect.poll(labels).toEqual(['チラシ', 'ご紹介', 'インスタグラム']);

    await options.getByRole('button', { name: '「インスタグラム」の名前を変更' }).click();
    await options.getByRole('textbox', { name: '新しい名前' }).fill('Instagram');
    await options.getByRole('textbox', { name: '新しい名前' }).press('Enter');
    await expect.poll(labels).toEqual(['チラシ', 'ご紹介', 'Instagram']);

    // Kept by the server, not only on screen.
    await page.reload();
    await card.getByRole('button', { name: '選択肢（3 件）' }).click();
    await expect.poll(labels).toEqual(['チラシ', 'ご紹介', 'Instagram']);

    await options.getByRole('button', { name: '「Instagram」を上へ' }).click();
    await expect.poll(labels).toEqual(['チラシ', 'Instagram', 'ご紹介']);

    // A customer who came through a flyer follows when チラシ is merged into ご紹介.
    await customerWith(page, '来店のきっかけ', 'チラシ');
    await options.getByRole('checkbox', { name: '「チラシ」を選択' }).check();
    await options.getByRole('checkbox', { name: '「ご紹介」を選択' }).check();
    await card.getByRole('button', { name: '1 つに統合' }).click();
    const merge = page.getByRole('dialog', { name: '2 件の選択肢を統合' });
    await merge.getByRole('radio', { name: 'ご紹介' }).check();
    await merge.getByRole('button', { name: '統合する' }).click();
    await page.getByText('「ご紹介」に統合しました。1 件のレコードが変わりました。').waitFor();
    await expect.poll(labels).toEqual(['Instagram', 'ご紹介']);
    await page.context().close();
  });

  it('shows a member the custom fields without the controls that change them', async () => {
    const owner = await ownerPage(suite);
    await owner.goto(`${suite.server.url}/members`);
    await owner.getByRole('button', { name: '招待する' }).click();
    const dialog = owner.getByRole('dialog', { name: 'メンバーを招待' });
    await field(owner, 'メールアドレス').fill('staff@example.jp');
    await dialog.getByRole('button', { name: '招待リンクを作成' }).click();
    const inviteUrl = new URL((await dialog.getByTestId('secret-value').innerText()).trim());
    await owner.context().close();

    const staff = await (await newContext(suite.browser)).newPage();
    await staff.goto(`${suite.server.url}${inviteUrl.pathname}`);
    await field(staff, 'お名前').fill('佐藤 花子');
    await field(staff, 'パスワード').fill('staff-password-123');
    await staff.getByRole('button', { name: '参加する' }).click();
    await staff.waitForURL(`${suite.server.url}/`);
    expect(await navLinks(staff)).not.toContain('カスタム項目');

    await staff.goto(`${suite.server.url}/settings`);
    await staff.getByRole('link', { name: 'カスタム項目を開く' }).click();
    const card = staff.getByRole('region', { name: '来店のきっかけ' });
    await card.getByText('選択肢（複数選べる）').waitFor();
    await card.getByRole('button', { name: '選択肢（2 件）' }).click();
    await card.getByText('Instagram', { exact: true }).waitFor();
    // Read, not changed: no button, switch or checkbox besides the one that shows the options.
    expect(await card.getByRole('button').allInnerTexts()).toEqual(['選択肢（2 件）']);
    expect(await card.getByRole('switch').count()).toBe(0);
    expect(await card.getByRole('checkbox').count()).toBe(0);
    expect(await staff.getByRole('button', { name: '項目を追加' }).count()).toBe(0);
    await staff.context().close();
  });

  it('adds a 大福帳 note to a person on a phone, dated today, and lists it with its author', async () => {
    const page = await ownerPage(suite, PHONE);
    await page.goto(`${suite.server.url}/people/new`);
    await field(page, '姓').fill('佐藤');
    await page.getByRole('button', { name: '登録する' }).click();
    await page.waitForURL(/\/people\/[0-9a-f-]{36}$/);
    await page.getByText('まだメモはありません。').waitFor();

    const today = await page.evaluate(() => new Intl.DateTimeFormat('sv-SE', { timeZone: 'Asia/Tokyo' }).format(new Date()));
    expect(await field(page, '日付').inputValue()).toBe(today);
    await field(page, 'メモ').fill('奥様と来店。\n辛口の日本酒がお好き。');
    await page.getByRole('button', { name: '追加する' }).click();

    const notes = page.getByTestId('notes');
    await notes.getByText('辛口の日本酒がお好き。', { exact: false }).waitFor();
    await notes.getByText(today.replaceAll('-', '/')).waitFor();
    await notes.getByText('山田 太郎').waitFor();
    // The form is ready for the next note.
    expect(await field(page, 'メモ').inputValue()).toBe('');
    await noSidewaysScroll(page);
    await page.context().close();
  });
});
