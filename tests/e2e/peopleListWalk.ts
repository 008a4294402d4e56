// The people list's states for the screenshot walk, once custom fields exist: people given custom values,
// columns chosen, a filter built and applied, a saved view, a bulk change being confirmed, custom values
// on a record, a form and a company; the audit log naming what was done.
import type { Page } from 'playwright-core';
import { field } from './flows.ts';
import { postAs, shootChecked, shootPart, visit } from './walk.ts';

interface FieldReply { fieldId: string; label: string; options: { optionId: string }[] }

/**
 * Gives the newest people values of the custom fields the walk made (a rank, first visit, reasons) and tags;
 * answers the newest one's id.
 */
function giveCustomValues(page: Page): Promise<string> {
  return page.evaluate(async () => {
    const { csrfToken } = (await (await fetch('/api/auth/session')).json()) as { csrfToken: string };
    const fields = ((await (await fetch('/api/fields?entityType=person')).json()) as { items: FieldReply[] }).items;
    const byLabel = (label: string) => fields.find((f) => f.label === label)!;
    const [rank, first, reasons] = [byLabel('会員ランク'), byLabel('初回来店日'), byLabel('来店のきっかけ')];
    const list = (await (await fetch('/api/people?limit=40')).json()) as { items: { personId: string }[] };
    for (const [i, { personId }] of list.items.entries()) {
      const person = (await (await fetch(`/api/people/${personId}`)).json()) as { version: number };
      const custom = {
        [rank.fieldId]: rank.options[i % 3]!.optionId,
        [first.fieldId]: `2024-0${1 + (i % 9)}-1${i % 10}`,
        [reasons.fieldId]: [reasons.options[i % 5]!.optionId, reasons.options[10 + (i % 7)]!.optionId],
      };
      await fetch(`/api/people/${personId}`, {
        method: 'PATCH', headers: { 'content-type': 'application/json', 'x-csrf-token': csrfToken },
        // Every gold one a customer: the demo's stages are random, and the walk's filter (gold customers)
        // must find at least the three people it ticks.
        body: JSON.stringify({ version: person.version, custom, tags: i % 4 === 0 ? ['VIP', '常連'] : i % 3 === 0 ? ['紹介'] : [], ...(i % 3 === 0 ? { lifecycleStage: 'customer' } : {}) }),
      });
    }
    return list.items[0]!.personId;
  });
}

export async function peopleListStates(desktop: Page, phone: Page, url: string, companyId: string): Promise<void> {
  const personId = await giveCustomValues(desktop);

  // Columns: the contact columns swapped for the custom ones, with the chooser open.
  await desktop.goto(`${url}/people`);
  await desktop.getByText('全 10,000 件').waitFor();
  await desktop.getByRole('button', { name: '表示項目' }).click();
  for (const name of ['メールアドレス', '電話番号', '会社名', '会員ランク', '来店のきっかけ', '初回来店日', 'タグ']) await desktop.getByRole('checkbox', { name }).click();
  await shootChecked(desktop, '41-people-columns-desktop');
  await desktop.keyboard.press('Escape');

  // A filter on the custom choice and the stage: being built, then applied (on the phone too).
  await desktop.getByRole('button', { name: '絞り込み' }).click();
  for (const [fieldName, option] of [['会員ランク', 'ゴールド'], ['顧客区分', '取引顧客']]) {
    await desktop.getByRole('combobox', { name: '条件を追加' }).click();
    await desktop.getByRole('option', { name: fieldName }).click();
    await desktop.getByRole('combobox', { name: '値' }).last().click();
    await desktop.getByRole('option', { name: option }).click();
    // Closes the options (a click on the panel's title, where Escape could close the panel itself).
    await desktop.getByRole('dialog').getByText('絞り込み条件', { exact: true }).click();
  }
  await shootChecked(desktop, '42-people-filter-desktop');
  await desktop.getByRole('dialog').getByRole('button', { name: 'この条件で絞り込む' }).click();
  await desktop.getByText(/件見つかりました$/).waitFor();
  await shootChecked(desktop, '43-people-filtered-desktop');
  await visit(phone, desktop.url(), /件見つかりました$/, '43-people-filtered-phone');
  await phone.getByRole('button', { name: '絞り込み・並べ替え' }).click();
  await phone.getByRole('dialog').getByRole('button', { name: 'この条件で絞り込む' }).waitFor();
  await shootChecked(phone, '42-people-filter-phone');
  await phone.keyboard.press('Escape');

  // Saved as a view, which the title then names.
  await desktop.getByRole('button', { name: 'ビューの操作' }).click();
  await desktop.getByRole('menuitem', { name: 'ビューとして保存' }).click();
  await field(desktop, 'ビューの名前').fill('ゴールドの取引顧客');
  await desktop.getByRole('button', { name: '保存する' }).click();
  await desktop.getByRole('heading', { name: '顧客：ゴールドの取引顧客' }).waitFor();
  await shootChecked(desktop, '44-people-view-desktop');

  // Three people ticked, the bar of bulk changes, and the confirm of one; on a phone, the bar's menu.
  const boxes = desktop.getByRole('checkbox', { name: /」を選択$/ });
  for (const i of [0, 1, 2]) await boxes.nth(i).check();
  await desktop.getByTestId('bulk-count').filter({ hasText: '3 人を選択中' }).waitFor();
  await shootChecked(desktop, '45-people-bulk-desktop');
  await desktop.getByRole('group', { name: '一括操作' }).getByRole('button', { name: 'タグを追加' }).click();
  await desktop.getByRole('dialog', { name: 'タグを追加' }).getByText('3 人の顧客にタグを追加します。').waitFor();
  await shootChecked(desktop, '46-people-bulk-confirm-desktop');
  await desktop.keyboard.press('Escape');
  const phoneBoxes = phone.getByRole('checkbox', { name: /」を選択$/ });
  for (const i of [0, 1]) await phoneBoxes.nth(i).check();
  await phone.getByRole('button', { name: '一括操作' }).click();
  await phone.getByRole('menuitem', { name: 'ステージを変更' }).waitFor();
  await shootChecked(phone, '45-people-bulk-phone');
  await phone.keyboard.press('Escape');

  // Custom values on a record, on the new-person form, and on a company.
  for (const [page, size] of [[desktop, 'desktop'], [phone, 'phone']] as const) {
    await visit(page, `${url}/people/${personId}`, 'カスタム項目', `47-person-custom-page-${size}`);
    await shootPart(page.locator('.mantine-Card-root').filter({ has: page.getByRole('heading', { name: 'カスタム項目' }) }), `47-person-custom-${size}`);
  }
  await visit(phone, `${url}/people/new`, 'カスタム項目', '48-person-new-custom-page-phone');
  await shootPart(phone.locator('.mantine-Card-root').filter({ has: phone.getByRole('heading', { name: 'カスタム項目' }) }), '48-person-new-custom-phone');
  const deal = await postAs<FieldReply>(desktop, '/api/fields', {
    entityType: 'company', label: '取引区分', type: 'single_choice', options: [{ label: '直販', color: '#228be6' }, { label: '代理店', color: '#40c057' }],
  });
  const company = await desktop.evaluate(async (path) => (await (await fetch(path)).json()) as { version: number }, `/api/companies/${companyId}`);
  await postAs(desktop, `/api/companies/${companyId}`, { version: company.version, custom: { [deal.fieldId]: deal.options[1]!.optionId } }, 'PATCH');
  await visit(desktop, `${url}/companies/${companyId}`, 'カスタム項目', '49-company-custom-page-desktop');
  await shootPart(desktop.locator('.mantine-Card-root').filter({ has: desktop.getByRole('heading', { name: 'カスタム項目' }) }), '49-company-custom-desktop');

  // The audit log names what was just done: values changed, a view saved, a field added.
  await visit(desktop, `${url}/audit`, 'ビューの保存', '50-audit-labels-desktop');
}
