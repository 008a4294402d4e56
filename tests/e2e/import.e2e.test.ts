// Importing people (issue #5), on a 375-px phone in Japanese: a shop's member list saved from Excel in
// Shift_JIS (髙, 﨑, ㈱, half-width kana) goes through the four steps — file, mapping, check, run — and is
// undone again. On a desktop, a file with a bad row shows what is wrong and is imported without it; a long
// run shows its pace and time left and is stopped; a viewer is not offered any of it.
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { parseCsv } from '../../src/server/lib/tabular/csv.ts';
import { DESKTOP, newContext, PHONE, SCREENSHOT_DIR } from './harness.ts';
import { navLink, navLinks, noSidewaysScroll, ownerPage, serverAndBrowser, shoot } from './flows.ts';
import { postAs, shootPart } from './walk.ts';
import { workbook, zip } from '../fixtures/imports/xlsx-build.ts';

const FIXTURE = path.resolve(import.meta.dirname, '../fixtures/imports/shop-members-cp932.csv');
const IMPORT_URL = /\/imports\/[0-9a-f-]{36}$/u;
// A locale key of this feature left in the page would read `imports.check.title`.
const RAW_KEY = /\bimports\.[a-zA-Z.]+\b/u;

/** The page fits the screen's width and shows no raw locale key. */
async function checkPage(page: Page, name: string): Promise<void> {
  await page.waitForFunction(() => document.querySelectorAll('.mantine-Loader-root').length === 0);
  expect(await page.locator('body').innerText(), `${name} shows a raw locale key`).not.toMatch(RAW_KEY);
  await noSidewaysScroll(page);
}

/** The page, checked, pictured from its top (a picture of a scrolled page draws the fixed header mid-page). */
async function checkAndShoot(page: Page, name: string): Promise<void> {
  await checkPage(page, name);
  await page.evaluate(() => window.scrollTo(0, 0));
  await shoot(page, name);
}

/** What is on screen now, checked and pictured: the buttons held at the bottom show only this way. */
async function checkAndShootScreen(page: Page, name: string): Promise<void> {
  await checkPage(page, name);
  await page.screenshot({ path: path.join(SCREENSHOT_DIR, `${name}.png`), animations: 'disabled' });
}

/** Chooses a file with the page's button, as a person does (the system's file dialog answered). */
async function chooseFile(page: Page, button: string, file: string | { name: string; mimeType: string; buffer: Buffer }): Promise<void> {
  const [chooser] = await Promise.all([page.waitForEvent('filechooser'), page.getByRole('button', { name: button }).click()]);
  await chooser.setFiles(file);
}

/** The number on the tile with this label. */
async function tile(page: Page, label: string): Promise<string> {
  return (await page.getByRole('group', { name: label, exact: true }).locator('p').nth(1).innerText()).trim();
}

const mapping = (page: Page, header: string) => page.getByRole('combobox', { name: `「${header}」の取り込み先` });
const peopleCount = (page: Page) => page.evaluate(async () => ((await (await fetch('/api/people/count')).json()) as { total: number }).total);

describe('importing people from a file', () => {
  const suite = serverAndBrowser({ setUp: true });

  it('takes a Shift_JIS member list from Excel on a phone: columns, check, run with progress, and undo', async () => {
    const page = await ownerPage(suite, PHONE);
    const url = suite.server.url;
    // One member is here already: her row is an update, which the undo takes back while she stays.
    const yumi = await postAs<{ personId: string }>(page, '/api/people', { familyName: '斎藤', givenName: '由美', emails: [{ email: 'member1@example.ne.jp' }] });
    const yumisNumber = () => page.evaluate(async (id) => ((await (await fetch(`/api/people/${id}`)).json()) as { memberNumber: string | null }).memberNumber, yumi.personId);

    // From the navigation: the history, empty, and the way to a new import.
    await page.getByRole('button', { name: 'メニューを開閉' }).click();
    await navLink(page, 'インポート').click();
    await page.getByText('まだ取り込みはありません').waitFor();
    await checkAndShoot(page, 'import-history-empty-phone-ja');
    await page.getByRole('link', { name: '新しく取り込む' }).first().click();
    await page.getByText('取り込む CSV または Excel（.xlsx）のファイルを選んでください').waitFor();
    expect(await page.locator('[aria-current="step"]').innerText()).toContain('ファイル選択');
    await checkAndShoot(page, 'import-file-phone-ja');

    // Step 2: the file is read as Shift_JIS, and each column has its suggested field.
    await chooseFile(page, 'ファイルを選ぶ', FIXTURE);
    await page.waitForURL(IMPORT_URL);
    const firstId = page.url().split('/').at(-1)!;
    await page.getByText('文字コード：Shift_JIS　区切り文字：カンマ').waitFor();
    expect(await page.locator('[aria-current="step"]').innerText()).toContain('項目の対応');
    const suggested = await Promise.all(['お名前', 'ﾌﾘｶﾞﾅ', '会員番号', 'E-Mail', 'DM希望'].map((header) => mapping(page, header).inputValue()));
    expect(suggested).toEqual(['氏名', 'フリガナ（氏名）', '会員番号', 'メールアドレス', '取り込まない']);
    await page.getByText('見出しから自動で選びました').first().waitFor();
    // The first values of a column, and the file's first rows, as Excel wrote them: 﨑, ㈱ and ﾊﾝｶｸ intact.
    const nameCard = page.getByRole('listitem').filter({ has: mapping(page, 'お名前') });
    expect(await nameCard.innerText()).toContain('斎藤　由美');
    await page.getByRole('button', { name: 'ファイルの先頭 20 行を見る' }).click();
    const head = page.getByRole('table', { name: 'ファイルの先頭の行' });
    for (const text of ['髙木　蓮', '山﨑　ひなた', 'ﾖｼﾀﾞ ﾚﾝ', '㈱旭川フーズ 経理部']) await head.getByRole('cell', { name: text, exact: true }).first().waitFor();
    await checkAndShoot(page, 'import-mapping-phone-ja');
    await head.getByRole('cell', { name: '髙木　蓮', exact: true }).scrollIntoViewIfNeeded();
    await checkAndShootScreen(page, 'import-file-head-phone-ja');

    // Read as UTF-8 by mistake, the text turns to garbage; read as Shift_JIS again, it is right, and the
    // mistaken reading is gone (it wrote nothing).
    await page.getByRole('button', { name: '文字化けしている場合' }).click();
    await page.getByRole('radiogroup', { name: '文字コード' }).getByText('UTF-8').click();
    await page.getByRole('button', { name: 'この設定で読み直す' }).click();
    await page.waitForURL((u) => IMPORT_URL.test(u.pathname) && !u.pathname.endsWith(firstId));
    await page.getByText('文字コード：UTF-8　区切り文字：カンマ').waitFor();
    expect(await mapping(page, 'お名前').count()).toBe(0);
    expect(await page.locator('body').innerText()).not.toContain('髙木');
    await page.getByRole('button', { name: '文字化けしている場合' }).click();
    await checkAndShoot(page, 'import-garbled-phone-ja');
    const garbledId = page.url().split('/').at(-1)!;
    await page.getByRole('radiogroup', { name: '文字コード' }).getByText('Shift_JIS').click();
    await page.getByRole('button', { name: 'この設定で読み直す' }).click();
    await page.waitForURL((u) => IMPORT_URL.test(u.pathname) && !u.pathname.endsWith(garbledId));
    await page.getByText('文字コード：Shift_JIS　区切り文字：カンマ').waitFor();
    const importId = page.url().split('/').at(-1)!;
    const statusOf = (id: string) => page.evaluate(async (id) => (await fetch(`/api/imports/${id}`)).status, id);
    await expect.poll(() => statusOf(garbledId)).toBe(404);
    expect(await statusOf(firstId)).toBe(404);

    // One mapping changed by hand: the DM wish becomes a tag.
    await mapping(page, 'DM希望').click();
    await page.getByRole('option', { name: 'タグ', exact: true }).click();
    expect(await mapping(page, 'DM希望').inputValue()).toBe('タグ');
    // Choosing a field a second time is caught before anything is sent.
    await mapping(page, '備考').click();
    await page.getByRole('option', { name: '氏名', exact: true }).click();
    await page.getByText('「氏名」は「お名前」の列にも選ばれています。どちらか 1 つにしてください。').waitFor();
    expect(await page.getByRole('button', { name: 'この内容で確認する' }).isDisabled()).toBe(true);
    await checkPage(page, 'import-mapping-error-phone-ja');
    await shootPart(page.getByRole('listitem').filter({ has: mapping(page, '備考') }), 'import-mapping-error-phone-ja');
    await mapping(page, '備考').click();
    await page.getByRole('option', { name: '備考（メモ）', exact: true }).click();
    expect(await page.getByRole('button', { name: 'この内容で確認する' }).isDisabled()).toBe(false);

    // The options: keys to match on, what a match does, what errors do.
    const options = [page.getByRole('checkbox', { name: '会員番号' }), page.getByRole('radio', { name: '空欄だけ埋める' }), page.getByRole('checkbox', { name: 'エラー行を除いて取り込む' })];
    expect(await Promise.all(options.map((option) => option.isChecked()))).toEqual([true, true, false]);
    await page.getByRole('radio', { name: '上書きする' }).scrollIntoViewIfNeeded();
    await checkAndShootScreen(page, 'import-options-phone-ja');

    // Step 3: every row checked; nothing written yet.
    await page.getByRole('button', { name: 'この内容で確認する' }).click();
    await page.getByText('全 30 行を確認しました。まだ何も登録していません。').waitFor();
    expect([await tile(page, '新規'), await tile(page, '更新'), await tile(page, 'ファイル内の重複'), await tile(page, 'エラー')]).toEqual(['29', '1', '0', '0']);
    await page.getByText('新しく 29 人を登録し、1 人を更新します。').waitFor();
    const newRows = page.getByRole('list', { name: '新規' });
    await newRows.getByText('2 行目').waitFor();
    // The mapped columns of the first new rows, the remapped one (DM希望, now a tag) among them.
    expect(await newRows.innerText()).toContain('山﨑　ひなた');
    expect(await newRows.innerText()).toContain('DM希望（タグ）');
    await page.getByRole('button', { name: /^1\s*更新/u }).click();
    expect(await page.getByRole('list', { name: '更新' }).innerText()).toContain('member1@example.ne.jp');
    expect(await page.getByRole('link', { name: /エラー行をダウンロード/u }).count()).toBe(0);
    await checkAndShoot(page, 'import-check-phone-ja');
    await checkAndShootScreen(page, 'import-check-actions-phone-ja');
    expect(await peopleCount(page)).toBe(1);

    // Step 4: the run, followed to 100 %, and what it wrote.
    await page.getByRole('button', { name: '取り込む', exact: true }).click();
    await page.getByRole('heading', { name: '取り込みが完了しました' }).waitFor({ timeout: 60_000 });
    const progress = page.getByTestId('import-progress');
    expect(await progress.getByRole('progressbar', { name: '取り込みの進み具合' }).getAttribute('aria-valuenow')).toBe('100');
    expect(await progress.innerText()).toMatch(/30 \/ 30 件[\s\S]*100%/u);
    await page.getByText('30 行を取り込みました。').waitFor();
    expect([await tile(page, '新規登録'), await tile(page, '更新')]).toEqual(['29', '1']);
    expect([await peopleCount(page), await yumisNumber()]).toEqual([30, 'A10001']);
    await checkAndShoot(page, 'import-done-phone-ja');

    // The people are there, 髙 and all, with the tag from the remapped column.
    await page.getByRole('link', { name: '顧客一覧を見る' }).click();
    await page.waitForURL(`${url}/people`);
    await page.goto(`${url}/people?q=${encodeURIComponent('髙木')}`);
    await page.getByText('1 件見つかりました').waitFor();
    await page.getByText('髙木 蓮').first().waitFor();
    const takagi = await page.evaluate(async () => ((await (await fetch(`/api/people?q=${encodeURIComponent('髙木')}`)).json()) as { items: { tags: string[] }[] }).items);
    expect(takagi.map((p) => p.tags)).toEqual([['希望しない']]);
    await checkAndShoot(page, 'import-people-phone-ja');

    // Back to the import, and undo it: the 29 are gone, the one who was here stays.
    await page.goto(`${url}/imports/${importId}`);
    await page.getByRole('button', { name: '取り消す' }).click();
    const dialog = page.getByRole('dialog', { name: 'この取り込みを取り消しますか？' });
    await dialog.getByText('この取り込みで新しく登録した 29 人を削除し、更新した 1 人の項目を取り込み前の値に戻します。').waitFor();
    await checkAndShoot(page, 'import-undo-confirm-phone-ja');
    await dialog.getByRole('button', { name: '取り消す' }).click();
    await page.getByRole('heading', { name: '取り込みを取り消しました' }).waitFor({ timeout: 60_000 });
    expect(await page.getByRole('button', { name: '取り消す' }).count()).toBe(0);
    await checkAndShoot(page, 'import-undone-phone-ja');
    await page.goto(`${url}/people?q=${encodeURIComponent('髙木')}`);
    await page.getByText('該当する顧客が見つかりません').waitFor();
    expect([await peopleCount(page), await yumisNumber()]).toEqual([1, null]);

    // The history holds the one import that was kept, undone.
    await page.goto(`${url}/imports`);
    const history = page.getByRole('list', { name: '取り込みの履歴' });
    await history.getByText('取り消し済み').waitFor();
    expect(await history.getByRole('listitem').count()).toBe(1);
    expect(await history.innerText()).toContain('shop-members-cp932.csv');
    await checkAndShoot(page, 'import-history-phone-ja');
    await page.context().close();
  });

  it('shows a bad row and its reason on a desktop, hands it back as a file, and imports the rest when told to', async () => {
    const page = await ownerPage(suite, DESKTOP);
    const file = [
      '氏名,メール,電話,会員番号',
      '山田 太郎,taro@example.jp,03-1111-2222,M1',
      '佐藤 花子,bad-email,,M2',
      '山田 太郎,TARO@example.jp,,',
      '伊藤 健,ken@example.jp,,M3',
    ].join('\r\n');
    await page.goto(`${suite.server.url}/imports/new`);
    await chooseFile(page, 'ファイルを選ぶ', { name: '顧客.csv', mimeType: 'text/csv', buffer: Buffer.from(file) });
    await page.waitForURL(IMPORT_URL);
    await page.getByText('文字コード：UTF-8　区切り文字：カンマ').waitFor();
    expect(await mapping(page, 'メール').inputValue()).toBe('メールアドレス');
    await checkAndShoot(page, 'import-mapping-desktop-ja');

    await page.getByRole('button', { name: 'この内容で確認する' }).click();
    await page.getByText('全 4 行を確認しました。まだ何も登録していません。').waitFor();
    expect([await tile(page, '新規'), await tile(page, '更新'), await tile(page, 'ファイル内の重複'), await tile(page, 'エラー')]).toEqual(['2', '0', '1', '1']);
    // The bad row, open first, says what is wrong in the words of the file's column.
    const invalid = page.getByRole('table', { name: 'エラー' });
    await invalid.getByText('「メール」の形式が正しくありません（例: hanako@example.jp）。').waitFor();
    expect(await invalid.innerText()).toContain('3 行目');
    await page.getByText('エラーの行があるため、このままでは取り込めません').waitFor();
    expect(await page.getByRole('button', { name: '取り込む', exact: true }).isDisabled()).toBe(true);
    await checkAndShoot(page, 'import-check-desktop-ja');

    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('link', { name: 'エラー行をダウンロード（1 行）' }).click()]);
    expect(download.suggestedFilename()).toBe('顧客_エラー行.csv');
    const rows = parseCsv((await readFile((await download.path())!)).toString('utf8').replace(/^\uFEFF/u, '')).map((r) => r.cells);
    expect(rows).toEqual([
      ['氏名', 'メール', '電話', '会員番号', 'エラー内容'],
      ['佐藤 花子', 'bad-email', '', 'M2', '3 行目: 「メール」の形式が正しくありません（例: hanako@example.jp）。'],
    ]);

    await page.getByRole('button', { name: 'エラー行を除いてもう一度確認する' }).click();
    const run = page.getByRole('button', { name: '取り込む', exact: true });
    await expect.poll(() => run.isEnabled(), { timeout: 30_000 }).toBe(true);
    await run.click();
    await page.getByRole('heading', { name: '取り込みが完了しました' }).waitFor({ timeout: 60_000 });
    expect([await tile(page, '新規登録'), await tile(page, 'まとめた重複'), await tile(page, '除いたエラー行')]).toEqual(['2', '1', '1']);
    await checkAndShoot(page, 'import-done-desktop-ja');

    await page.goto(`${suite.server.url}/imports`);
    await page.getByRole('table', { name: '取り込みの履歴' }).getByText('完了').waitFor();
    await checkAndShoot(page, 'import-history-desktop-ja');
    await page.context().close();
  });

  it('follows a long run with its pace and the time left, stops it on request, and takes back what it wrote', async () => {
    const page = await ownerPage(suite, PHONE);
    const rows = 60_000;
    const lines = Array.from({ length: rows }, (_, i) => `L${i},山田 太郎${i},l${i}@example.jp`);
    const buffer = Buffer.from(['会員番号,氏名,メールアドレス', ...lines].join('\r\n'));
    const before = await peopleCount(page);
    await page.goto(`${suite.server.url}/imports/new`);
    await chooseFile(page, 'ファイルを選ぶ', { name: 'long.csv', mimeType: 'text/csv', buffer });
    await page.waitForURL(IMPORT_URL);
    await page.getByRole('button', { name: 'この内容で確認する' }).click();
    await page.getByText('全 60,000 行を確認しました。まだ何も登録していません。').waitFor({ timeout: 90_000 });
    expect(await tile(page, '新規')).toBe('60,000');

    await page.getByRole('button', { name: '取り込む', exact: true }).click();
    const progress = page.getByTestId('import-progress');
    // Worked out in the browser from successive polls: rows a second and what is left.
    await progress.getByText(/^速度 [\d,.]+ 件\/秒$/u).waitFor({ timeout: 30_000 });
    await progress.getByText(/^残り 約 [\d,]+ (秒|分)$/u).waitFor();
    expect(await progress.innerText()).toMatch(/[\d,]+ \/ 60,000 件/u);
    await checkAndShoot(page, 'import-running-phone-ja');

    await page.getByRole('button', { name: '中止する' }).click();
    await page.getByRole('heading', { name: '取り込みを中止しました' }).waitFor({ timeout: 60_000 });
    const written = Number((await tile(page, '新規登録')).replace(/,/gu, ''));
    expect(written).toBeGreaterThan(0);
    expect(written).toBeLessThan(rows);
    expect(await peopleCount(page)).toBe(before + written);
    await checkAndShoot(page, 'import-cancelled-phone-ja');

    await page.getByRole('button', { name: '取り消す' }).click();
    await page.getByRole('dialog', { name: 'この取り込みを取り消しますか？' }).getByRole('button', { name: '取り消す' }).click();
    await page.getByRole('heading', { name: '取り込みを取り消しました' }).waitFor({ timeout: 90_000 });
    expect(await peopleCount(page)).toBe(before);
    await page.context().close();
  });

  it('reads an Excel workbook on a phone and reads it again from the sheet chosen', async () => {
    // Two shops' members, one sheet each; the phone numbers typed as text keep their leading 0.
    const cells = (row: number, values: number[]) => `<row r="${row}">${values.map((v, i) => `<c r="${'AB'[i]}${row}" t="s"><v>${v}</v></c>`).join('')}</row>`;
    const book = zip(workbook({
      sheets: [
        { name: '本店', rows: cells(1, [0, 1]) + cells(2, [2, 5]) },
        { name: '支店', rows: cells(1, [0, 1]) + cells(2, [3, 6]) + cells(3, [4, 7]) },
      ],
      strings: ['氏名', '電話番号', '本店 髙子', '支店 花子', '支店 﨑子', '0311112222', '0312345678', '09011112222'].map((v) => `<t>${v}</t>`),
    }));
    const page = await ownerPage(suite, PHONE);
    await page.goto(`${suite.server.url}/imports/new`);
    await chooseFile(page, 'ファイルを選ぶ', { name: '店舗別会員.xlsx', mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', buffer: book });
    await page.waitForURL(IMPORT_URL);
    const firstId = page.url().split('/').at(-1)!;
    const sheet = page.getByRole('combobox', { name: 'シート' });
    expect(await sheet.inputValue()).toBe('本店');
    // A workbook has no encoding to choose.
    expect(await page.getByText('文字化けしている場合').count()).toBe(0);
    const nameCard = page.getByRole('listitem').filter({ has: mapping(page, '氏名') });
    expect(await nameCard.innerText()).toContain('本店 髙子');
    await checkAndShoot(page, 'import-workbook-phone-ja');

    await sheet.click();
    await page.getByRole('option', { name: '支店' }).click();
    await page.waitForURL((url) => IMPORT_URL.test(url.pathname) && !url.pathname.endsWith(firstId));
    await page.getByRole('listitem').filter({ has: mapping(page, '氏名') }).getByText('支店 﨑子').waitFor();
    expect(await page.getByRole('combobox', { name: 'シート' }).inputValue()).toBe('支店');
    expect(await page.getByRole('listitem').filter({ has: mapping(page, '電話番号') }).innerText()).toContain('09011112222');
    // The first reading, which wrote nothing, is gone.
    expect(await page.evaluate(async (id) => (await fetch(`/api/imports/${id}`)).status, firstId)).toBe(404);
    await checkAndShoot(page, 'import-workbook-sheet-phone-ja');
    await page.context().close();
  });

  it('is not offered to a viewer, who may not write people', async () => {
    const owner = await ownerPage(suite);
    const { url } = await postAs<{ url: string }>(owner, '/api/invitations', { email: 'viewer@example.jp', role: 'viewer' });
    await owner.context().close();
    const page = await (await newContext(suite.browser)).newPage();
    await page.goto(`${suite.server.url}/login`);
    await page.evaluate(async (token) => {
      await fetch('/api/invitations/accept', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ token, displayName: '閲覧 さん', password: 'viewer-password-123' }) });
    }, new URL(url).pathname.split('/').pop());
    await page.goto(`${suite.server.url}/`);
    await page.getByTestId('home-role').filter({ hasText: '閲覧者' }).waitFor();
    const links = await navLinks(page);
    expect(links).toContain('顧客');
    expect(links).not.toContain('インポート');
    await page.goto(`${suite.server.url}/imports/new`);
    await page.getByText('このページを表示する権限がありません').waitFor();
    expect(await page.getByRole('button', { name: 'ファイルを選ぶ' }).count()).toBe(0);
    await page.context().close();
  });
});
