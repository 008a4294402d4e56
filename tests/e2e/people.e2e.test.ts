// Customers (issue #3, acceptance 1): entered on a phone at the counter in Japanese, with the postal code
// filling in the address and a LINE account picked from the suggestions, found again by a half-width katakana fragment of the furigana, and a repeat
// entry of the same phone warned about before saving (a refused phone is marked on its own row). Then
// editing against a concurrent edit (the stage moved on, which the history then shows), and deleting with undo.
import { describe, expect, it } from 'vitest';
import { PHONE } from './harness.ts';
import { describedBy, field, noSidewaysScroll, ownerPage, serverAndBrowser } from './flows.ts';

describe('customers', () => {
  const suite = serverAndBrowser({ setUp: true });

  it('creates a person on a phone with postal-code autofill, finds them by ﾊﾅｺ, and warns about a repeat phone', async () => {
    const page = await ownerPage(suite, PHONE);
    await page.goto(`${suite.server.url}/people`);
    await page.getByRole('link', { name: '新規登録' }).click();
    await page.getByRole('heading', { name: '顧客の新規登録' }).waitFor();

    await field(page, '姓').fill('山田');
    await field(page, '名').fill('花子');
    await field(page, 'セイ').fill('ヤマダ');
    await field(page, 'メイ').fill('ハナコ');
    await field(page, '電話番号（1 件目）').fill('090-1234-5678');
    await field(page, '郵便番号').fill('1500041');

    // The address fills itself in from the postal code, which is written back in its printed form.
    await expect.poll(() => field(page, '市区町村').inputValue()).toBe('渋谷区');
    expect(await field(page, '都道府県').inputValue()).toBe('東京都');
    expect(await field(page, '町域・番地').inputValue()).toBe('神南');
    expect(await field(page, '郵便番号').inputValue()).toBe('150-0041');
    await field(page, '町域・番地').press('End');
    await field(page, '町域・番地').pressSequentially('1-2-3');
    await page.getByRole('button', { name: 'アカウントを追加' }).click();
    await page.getByRole('combobox', { name: 'サービス（1 件目）' }).fill('LI');
    await page.getByRole('listbox', { name: 'サービス（1 件目）' }).getByRole('option', { name: 'LINE' }).click();
    await field(page, 'アカウント名（1 件目）').fill('hanako_y');
    await noSidewaysScroll(page);

    await page.getByRole('button', { name: '登録する' }).click();
    await page.waitForURL(/\/people\/[0-9a-f-]{36}$/);
    await page.getByRole('heading', { name: '山田　花子' }).waitFor();
    expect(await page.getByTestId('person-kana').innerText()).toBe('ヤマダ ハナコ');
    await page.getByText('東京都渋谷区神南1-2-3').waitFor();
    expect(await page.getByRole('link', { name: '090-1234-5678' }).getAttribute('href')).toBe('tel:+819012345678');
    await page.getByText('LINE — hanako_y', { exact: true }).waitFor();
    // The stage history begins with what the person was added as.
    await page.getByText(/^\d{4}\/\d{2}\/\d{2} 見込顧客として登録$/).waitFor();
    await noSidewaysScroll(page);

    // Half-width katakana finds the full-width furigana; the search stays in the address.
    await page.getByRole('link', { name: '顧客一覧' }).click();
    await page.getByRole('searchbox', { name: '顧客を検索' }).fill('ﾊﾅｺ');
    await page.waitForURL(/\?q=/);
    await page.getByText('1 件見つかりました').waitFor();
    await page.getByRole('listitem').getByRole('link', { name: '山田 花子' }).waitFor();
    expect(new URL(page.url()).searchParams.get('q')).toBe('ﾊﾅｺ');
    await page.getByRole('searchbox', { name: '顧客を検索' }).fill('ﾀﾅｶ');
    await page.getByText('該当する顧客が見つかりません').waitFor();

    // A refused phone gets the server's message under its own row of the list.
    await page.goto(`${suite.server.url}/people/new`);
    await field(page, '姓').fill('山田');
    await field(page, '電話番号（1 件目）').fill('1234');
    await page.getByRole('button', { name: '登録する' }).click();
    await expect.poll(() => describedBy(page, field(page, '電話番号（1 件目）'))).toContain('電話番号として正しくありません');

    // The same phone typed again, without hyphens: the warning names the person before anything is saved.
    await field(page, '電話番号（1 件目）').fill('09012345678');
    const warning = page.getByRole('alert').filter({ hasText: '同じ方が登録済みかもしれません' });
    await warning.getByRole('link', { name: '山田　花子' }).waitFor();
    await warning.getByText('電話番号が一致').waitFor();
    await page.context().close();
  });

  it('keeps what was typed through a concurrent edit, and undoes a deletion', async () => {
    const page = await ownerPage(suite);
    await page.goto(`${suite.server.url}/people?q=${encodeURIComponent('山田')}`);
    await page.getByRole('link', { name: '山田 花子' }).click();
    await page.getByRole('heading', { name: '山田　花子' }).waitFor();
    const recordUrl = page.url();
    await page.getByRole('button', { name: '編集' }).click();
    await field(page, '趣味・好み').fill('辛口の日本酒');
    await page.getByText('取引顧客', { exact: true }).click();

    // Meanwhile someone else saves the same record in another tab.
    const other = await page.context().newPage();
    await other.goto(recordUrl);
    await other.getByRole('button', { name: '編集' }).click();
    await field(other, '会員番号').fill('A-100');
    await other.getByRole('button', { name: '保存' }).click();
    await other.getByText('A-100').waitFor();
    await other.close();

    await page.getByRole('button', { name: '保存' }).click();
    await page.getByText('このデータは他の人が先に更新しました', { exact: false }).waitFor();
    await page.getByRole('button', { name: '最新の内容を読み込む' }).click();
    await page.getByText('最新の内容を読み込みました', { exact: false }).waitFor();
    expect(await field(page, '趣味・好み').inputValue()).toBe('辛口の日本酒');
    expect(await field(page, '会員番号').inputValue()).toBe('A-100');
    await page.getByRole('button', { name: '保存' }).click();
    await page.getByText('辛口の日本酒').waitFor();
    await page.getByText('A-100').waitFor();
    // Newest first: the move to 取引顧客, then the entry.
    const history = await page.getByRole('listitem').filter({ hasText: /見込顧客/ }).allInnerTexts();
    expect(history.map((line) => line.replace(/^\S+ /, ''))).toEqual(['見込顧客 → 取引顧客', '見込顧客として登録']);

    await page.getByRole('button', { name: '削除' }).click();
    await page.waitForURL(`${suite.server.url}/people`);
    await page.getByText('山田　花子 さんを削除しました。').waitFor();
    await page.getByText('まだ顧客が登録されていません').waitFor();
    await page.getByRole('button', { name: '元に戻す' }).click();
    await page.waitForURL(recordUrl);
    await page.getByRole('heading', { name: '山田　花子' }).waitFor();
    await page.getByText('辛口の日本酒').waitFor();
    await page.context().close();
  });
});
