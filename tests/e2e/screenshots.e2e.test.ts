// Walks every page in Japanese at desktop (1280×800) and phone (375×812) size, checks that each shows
// its own text and no raw locale key, and saves screenshots into screenshots/ for a person to look at.
import { describe, expect, it } from 'vitest';
import { newContext, PHONE } from './harness.ts';
import { field, login, navLink, OWNER, serverAndBrowser, setupViaApi, shoot } from './flows.ts';
import { historySettingsStates } from './historySettingsWalk.ts';
import { peopleListStates } from './peopleListWalk.ts';
import { personHistoryStates } from './personHistoryWalk.ts';
import { postAs, shootPart, visit } from './walk.ts';

describe('every page, in Japanese, on desktop and phone', () => {
  const suite = serverAndBrowser();

  // Its own time limit: every page in two sizes after a 10,000-person demo load takes over two minutes on a busy 2-core machine.
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
    const both = async (path: string, heading: string | RegExp, name: string) => {
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
    await desktop.getByText('全 10,000 件').waitFor();
    await both('/', OWNER.workspace, '05-home');
    await both('/people', '全 10,000 件', '06-people');

    // Customers: a search, a record and its edit mode, and the new-customer form after the postal code
    // filled in the address and the phone matched someone on file.
    await both(`/people?q=${encodeURIComponent('ﾀｶﾊｼ')}`, /件見つかりました$/, '22-people-search');
    // The demo data is random: pick someone with both a phone and an email, so the record shows both.
    const known = await desktop.evaluate(async () => {
      const page = (await (await fetch(`/api/people?q=${encodeURIComponent('ﾀｶﾊｼ')}&limit=100`)).json()) as {
        items: { personId: string; email: string | null; phone: string | null }[];
      };
      return page.items.find((p) => p.email && p.phone);
    });
    if (!known?.phone) throw new Error('no demo person with a phone and an email');
    // Given accounts, and moved on twice through the stages, so that the record shows both lists.
    const before = await desktop.evaluate(async (path) => (await (await fetch(path)).json()) as { version: number; lifecycleStage: string }, `/api/people/${known.personId}`);
    const [next, last] = ['prospect', 'customer', 'former'].filter((stage) => stage !== before.lifecycleStage);
    const accounts = [{ service: 'LINE', handle: 'takahashi.line' }, { service: 'Instagram', handle: '@takahashi_gram_official_account' }, { service: '公式アプリ', handle: '会員 0012345' }];
    const moved = await postAs<{ version: number }>(desktop, `/api/people/${known.personId}`, { version: before.version, accounts, lifecycleStage: next }, 'PATCH');
    await postAs(desktop, `/api/people/${known.personId}`, { version: moved.version, lifecycleStage: last }, 'PATCH');
    await both(`/people/${known.personId}`, '顧客情報', '23-person');
    for (const [page, size] of [[desktop, 'desktop'], [phone, 'phone']] as const) {
      for (const [section, name] of [['連絡先', 'contact'], ['顧客情報', 'customer']]) {
        await shootPart(page.locator('.mantine-Card-root').filter({ has: page.getByRole('heading', { name: section }) }), `23-person-${name}-${size}`);
      }
    }
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

    // A 大福帳 note on the record, pictured where it is, far down the page.
    await desktop.goto(`${server.url}/people/${known.personId}`);
    await field(desktop, 'メモ').fill('奥様と来店。来月のお嬢さんの誕生日に贈り物を探している。\n辛口の日本酒がお好き。');
    await desktop.getByRole('button', { name: '追加する' }).click();
    await desktop.getByTestId('notes').getByText('辛口の日本酒がお好き。', { exact: false }).waitFor();
    for (const [page, size] of [[desktop, 'desktop'], [phone, 'phone']] as const) {
      await visit(page, `${server.url}/people/${known.personId}`, '大福帳', `27-person-notes-page-${size}`);
      await page.getByTestId('notes').getByText('辛口の日本酒がお好き。', { exact: false }).waitFor();
      await shootPart(page.locator('.mantine-Card-root').filter({ has: page.getByRole('heading', { name: '大福帳' }) }), `27-person-notes-${size}`);
    }

    // Companies: the list, a search, a record with its people, its edit mode, and the new-company form.
    await both('/companies', '顧客数', '28-companies');
    const company = await desktop.evaluate(async () => {
      const page = (await (await fetch('/api/companies?limit=100')).json()) as { items: { companyId: string; peopleCount: number }[] };
      return page.items.find((c) => c.peopleCount > 0);
    });
    if (!company) throw new Error('no demo company with people');
    await both(`/companies?q=${encodeURIComponent('株式会社')}`, '顧客数', '29-companies-search');
    await both(`/companies/${company.companyId}`, '所属する顧客', '30-company');
    for (const page of [desktop, phone]) {
      await page.getByRole('button', { name: '編集' }).click();
      await field(page, '会社名').waitFor();
    }
    await shoot(desktop, '31-company-edit-desktop');
    await shoot(phone, '31-company-edit-phone');
    await both('/companies/new', '会社の新規登録', '32-company-new');

    // Custom fields: none yet, then a few, one of them a choice with 500 options, opened.
    await both('/settings/fields', '顧客のカスタム項目はまだありません', '33-custom-fields-empty');
    await postAs(desktop, '/api/fields', {
      entityType: 'person', label: '会員ランク', type: 'single_choice', required: true,
      options: [{ label: 'ゴールド', color: '#fab005' }, { label: 'シルバー', color: '#868e96' }, { label: 'ブロンズ', color: '#fd7e14' }],
    });
    await postAs(desktop, '/api/fields', {
      entityType: 'person', label: '来店のきっかけ', type: 'multiple_choice',
      options: Array.from({ length: 500 }, (_, i) => ({ label: `きっかけ ${i + 1}` })),
    });
    await postAs(desktop, '/api/fields', { entityType: 'person', label: '初回来店日', type: 'date' });
    await both('/settings/fields', '会員ランク', '34-custom-fields');
    for (const page of [desktop, phone]) {
      await page.getByRole('button', { name: '選択肢（500 件）' }).click();
      await page.getByRole('list', { name: '「来店のきっかけ」の選択肢' }).getByText('きっかけ 1', { exact: true }).waitFor();
    }
    await shoot(desktop, '35-custom-field-options-desktop');
    await shoot(phone, '35-custom-field-options-phone');
    await desktop.getByRole('button', { name: '項目を追加' }).click();
    await field(desktop, '種類').selectOption({ label: '選択肢（1 つ選ぶ）' });
    await field(desktop, '選択肢').waitFor();
    await shoot(desktop, '36-custom-field-create-desktop');
    await desktop.keyboard.press('Escape');
    await peopleListStates(desktop, phone, server.url, company.companyId);

    // Duplicates: one person entered twice (the phone written two ways, the furigana in two scripts) among
    // the demo people, found by a scan the page follows live; then that pair side by side.
    await postAs(desktop, '/api/people', {
      familyName: '佐藤', givenName: '花子', familyNameKana: 'サトウ', givenNameKana: 'ハナコ', birthday: '1985-05-05',
      phones: [{ phone: '090-5555-1234' }], emails: [{ email: 'hanako.sato@example.jp' }], postalCode: '150-0041', prefecture: '東京都', city: '渋谷区', addressLine: '神南1-2-3',
    });
    await postAs(desktop, '/api/people', {
      familyName: '佐藤', givenName: 'はなこ', familyNameKana: 'さとう', givenNameKana: 'はなこ', birthday: '1985-05-05', phones: [{ phone: '09055551234' }],
      postalCode: '106-0032', prefecture: '東京都', city: '港区', addressLine: '六本木6-10-1', building: '六本木ヒルズ 12F', jobTitle: '店長', lifecycleStage: 'customer',
    });
    await desktop.goto(`${server.url}/duplicates`);
    await desktop.getByRole('button', { name: '重複を検索' }).click();
    await desktop.getByText('重複の検索が完了しました').waitFor({ timeout: 90_000 });
    await desktop.getByTestId('duplicate-pair').filter({ hasText: '佐藤　花子' }).waitFor();
    await shoot(desktop, '37-duplicates-scanned-desktop');
    await both('/duplicates', '重複の候補', '38-duplicates');
    const pairPath = await desktop.getByTestId('duplicate-pair').filter({ hasText: '佐藤　花子' }).getByRole('link', { name: '比べて統合' }).getAttribute('href');
    if (!pairPath) throw new Error('the scan did not list the pair entered twice');
    await both(pairPath, '違う項目', '39-duplicate-pair');
    await phone.getByRole('button', { name: '統合する' }).click();
    await phone.getByRole('button', { name: '元に戻す' }).waitFor();
    await shoot(phone, '40-duplicate-merged-phone');

    await both('/settings', 'プロフィール', '16-settings');
    await historySettingsStates(desktop, phone, server.url, known.personId);
    await personHistoryStates(desktop, phone, server.url, known.personId);
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
  }, 300_000);
});
