// Exporting the people list (issue #5), on a 375-px phone in Japanese: an admin searches, opens 書き出す,
// keeps Excel's Shift_JIS and downloads a file that holds just the people the list shows, with the headers
// an import maps, 髙 intact and a formula-looking name made harmless; then again with only the columns ticked.
import { readFile } from 'node:fs/promises';
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { parseCsv } from '../../src/server/lib/tabular/csv.ts';
import { PHONE } from './harness.ts';
import { noSidewaysScroll, ownerPage, serverAndBrowser, shoot } from './flows.ts';
import { postAs } from './walk.ts';

describe('exporting people', () => {
  const suite = serverAndBrowser({ setUp: true });

  it('downloads the searched people as a Shift_JIS file Excel opens', async () => {
    const page = await ownerPage(suite, PHONE);
    await page.goto(`${suite.server.url}/people`);
    await postAs(page, '/api/people', { familyName: '髙橋', givenName: '一郎', familyNameKana: 'タカハシ', givenNameKana: 'イチロウ', emails: [{ email: 'ichiro@example.jp' }], memberNumber: 'K-1' });
    await postAs(page, '/api/people', { familyName: '=1+2', givenName: '髙子', memberNumber: 'K-2' });
    await postAs(page, '/api/people', { familyName: '佐藤', givenName: '花子', memberNumber: 'S-1' });
    await page.goto(`${suite.server.url}/people?q=${encodeURIComponent('髙')}`);
    await page.getByText('2 件見つかりました').waitFor();
    await noSidewaysScroll(page);
    await shoot(page, 'people-export-button-phone-ja');

    await page.getByRole('button', { name: '書き出す' }).click();
    const dialog = page.getByRole('dialog', { name: '顧客一覧を書き出す' });
    await dialog.getByText('いまの検索・絞り込みで表示している 2 人を、ファイルに書き出します。').waitFor();
    expect(await dialog.getByLabel('Excel 用（Shift_JIS）').isChecked()).toBe(true);
    await noSidewaysScroll(page);
    await shoot(page, 'export-phone-ja');

    const [download] = await Promise.all([page.waitForEvent('download'), dialog.getByRole('link', { name: 'ダウンロード' }).click()]);
    expect(download.suggestedFilename()).toMatch(/^顧客一覧_\d{8}\.csv$/u);
    const rows = parseCsv(iconv.decode(await readFile((await download.path())!), 'cp932')).map((r) => r.cells);
    expect(rows[0]!.slice(0, 5)).toEqual(['姓', '名', 'セイ（フリガナ）', 'メイ（フリガナ）', 'メールアドレス']);
    const byNumber = new Map(rows.slice(1).map((r) => [r[17], r]));
    expect([...byNumber.keys()].sort()).toEqual(['K-1', 'K-2']);
    expect(byNumber.get('K-1')!.slice(0, 5)).toEqual(['髙橋', '一郎', 'タカハシ', 'イチロウ', 'ichiro@example.jp']);
    expect(byNumber.get('K-2')![0]).toBe("'=1+2");

    // Only some columns: ticked in the dialog, written in the file's own order.
    await page.getByRole('button', { name: '書き出す' }).click();
    await dialog.getByLabel('項目を選ぶ').check();
    await dialog.getByRole('button', { name: 'すべて外す' }).click();
    await dialog.getByText('書き出す項目を 1 つ以上選んでください。').waitFor();
    expect(await dialog.getByRole('button', { name: 'ダウンロード' }).isDisabled()).toBe(true);
    await dialog.getByLabel('会員番号').check();
    await dialog.getByLabel('姓', { exact: true }).check();
    await noSidewaysScroll(page);
    await shoot(page, 'export-columns-phone-ja');
    const [chosen] = await Promise.all([page.waitForEvent('download'), dialog.getByRole('link', { name: 'ダウンロード' }).click()]);
    const narrow = parseCsv(iconv.decode(await readFile((await chosen.path())!), 'cp932')).map((r) => r.cells);
    expect(narrow[0]).toEqual(['姓', '会員番号']);
    expect(narrow.slice(1).sort()).toEqual([["'=1+2", 'K-2'], ['髙橋', 'K-1']]);
    await page.context().close();
  });
});
