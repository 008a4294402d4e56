// The history settings and lists for the screenshot walk (issue #4): a product master with the three tax
// rates and a discontinued product, touchpoints with one archived, the lifecycle rule, and contracts due for
// renewal (one already overdue), on a desktop and a phone; the product form opened.
import type { Page } from 'playwright-core';
import { addDays } from '../../src/web/features/renewals/horizon.ts';
import { postAs, shootChecked, visit } from './walk.ts';

const PRODUCTS = [
  { code: 'SAKE-720', name: '純米吟醸 大福 720ml', nameKana: 'ジュンマイギンジョウ ダイフク', category: '日本酒', price: 3300, taxRate: 10 },
  { code: 'WAGASHI-01', name: '季節の上生菓子 6 個入り', category: '和菓子', price: 2160, taxRate: 8 },
  { code: 'GIFT-WRAP', name: 'のし・ギフト包装', category: 'サービス', price: 0, taxRate: 0 },
  { code: 'OLD-2019', name: '2019 年 限定 梅酒', category: '日本酒', price: 2800, taxRate: 10, active: false },
];

export async function historySettingsStates(desktop: Page, phone: Page, url: string, personId: string): Promise<void> {
  for (const product of PRODUCTS) await postAs(desktop, '/api/products', product);
  const touchpoints = [];
  for (const name of ['店頭', '電話', 'ウェブサイト', '展示会・イベント', 'ご紹介']) touchpoints.push(await postAs<{ touchpointId: string }>(desktop, '/api/touchpoints', { name }));
  await postAs(desktop, `/api/touchpoints/${touchpoints[3]!.touchpointId}`, { archived: true }, 'PATCH');
  const today = new Intl.DateTimeFormat('sv-SE', { timeZone: 'Asia/Tokyo' }).format(new Date());
  for (const [plan, renewsIn, period, amount] of [['定期便 プレミアム', -2, 'month', 4980], ['保守サポート', 3, 'month', 5500], ['年間メンテナンス契約', 24, 'year', 66000]] as const) {
    await postAs(desktop, `/api/people/${personId}/contracts`, { plan, startedOn: addDays(today, -400), renewsOn: addDays(today, renewsIn), amount, period });
  }

  for (const [page, size] of [[desktop, 'desktop'], [phone, 'phone']] as const) {
    await visit(page, `${url}/settings/products?inactive=1`, '販売終了', `60-products-${size}`);
    await page.getByRole('button', { name: '商品を追加' }).click();
    await page.getByRole('dialog', { name: '商品を追加' }).waitFor();
    await shootChecked(page, `61-product-new-${size}`);
    await page.keyboard.press('Escape');
    await visit(page, `${url}/settings/touchpoints`, 'アーカイブ済み', `62-touchpoints-${size}`);
    await visit(page, `${url}/settings/lifecycle`, 'RFM 分析', `63-lifecycle-${size}`);
    await visit(page, `${url}/contracts/renewals`, '保守サポート', `64-renewals-${size}`);
  }
}
