// Imports at size (issue #5, acceptance 2 and 3): 10,000 demo people exported as CP932 and imported into
// an empty workspace compare equal field by field; and undoing an import of 100,000 rows (new people,
// repeats inside the file, matches of people already here) brings every table back to its checksum.
import iconv from 'iconv-lite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from '../../src/server/platform/db/index.ts';
import { loadDemo } from '../../src/server/domains/demo/index.ts';
import { parseCsv } from '../../src/server/lib/tabular/csv.ts';
import { type Client, createTestApp, setupOwner, type TestApp } from '../helpers/app.ts';
import { importFile, peopleChecksum, step } from '../helpers/imports.ts';

let a: TestApp;
let b: TestApp;
let ownerA: Client;
let ownerB: Client;
beforeAll(async () => {
  [a, b] = await Promise.all([createTestApp(), createTestApp()]);
  [ownerA, ownerB] = await Promise.all([setupOwner(a), setupOwner(b)]);
});
afterAll(async () => { await Promise.all([a.close(), b.close()]); });

async function exportCp932(t: TestApp, c: Client): Promise<Buffer> {
  const res = await t.app.http.inject({ method: 'GET', url: '/api/people/export?encoding=cp932', headers: { cookie: `daifuku_session=${c.cookie}`, 'accept-language': 'ja' } });
  expect(res.statusCode).toBe(200);
  return res.rawPayload;
}

describe('a round trip through a CP932 file', () => {
  it('exports 10,000 people and imports them into an empty workspace equal field by field', { timeout: 600_000 }, async () => {
    const ws = (await ownerA.get('/api/auth/session')).body.workspace.workspaceId;
    await loadDemo(a.db.kysely, ws, { people: 9_999, seed: 7 }, { done: 0, progress: async () => undefined });
    // And one with the characters Shift_JIS files trip over: IBM and NEC extensions, circled digits, ㈱.
    expect((await ownerA.post('/api/people', { familyName: '髙橋', givenName: '﨑子', familyNameKana: 'ﾀｶﾊｼ', jobTitle: '①係長', department: '㈱本社 Ⅱ課', emails: [{ email: 'sakiko@example.jp' }] })).status).toBe(201);
    const file = await exportCp932(a, ownerA);
    const done = await importFile(b, ownerB, file, { mode: 'fill' }, '顧客一覧.csv');
    expect(done.status).toBe('done');
    expect(done.result).toMatchObject({ rowsDone: 10_000, invalid: 0, skipped: 0, updated: 0 });

    // Each file sorted by its rows (there are no ids in it); created and updated times are the new workspace's own.
    const rows = (bytes: Buffer) => {
      const [header, ...data] = parseCsv(iconv.decode(bytes, 'cp932')).map((r) => r.cells);
      const keep = header!.map((h, i) => (['登録日時', '更新日時'].includes(h) ? -1 : i)).filter((i) => i >= 0);
      return { header: keep.map((i) => header![i]), data: data.map((r) => keep.map((i) => r[i]).join('\u0001')).sort() };
    };
    const before = rows(file);
    const after = rows(await exportCp932(b, ownerB));
    expect(after.header).toEqual(before.header);
    expect(before.data).toHaveLength(10_000);
    expect(done.result).toMatchObject({ created: 10_000, merged: 0 });
    expect(after.data).toEqual(before.data);
    expect(after.data.filter((r) => r.startsWith('髙橋\u0001﨑子\u0001タカハシ\u0001'))).toEqual([expect.stringContaining('①係長')]);
  });
});

describe('undo at size', () => {
  const row = (i: number, extra: { jobTitle?: string; email?: string } = {}) =>
    [`L${i}`, `大山 ${i}`, 'オオヤマ タロウ', extra.email ?? `l${i}@example.jp`, `090${String(10_000_000 + i).slice(-8)}`, `${100 + (i % 900)}-0001`,
      '東京都千代田区丸の内1-1-1', i % 7 === 0 ? `タグ${i % 5}` : '', i % 11 === 0 ? `会社${i % 13}` : '', extra.jobTitle ?? '', i % 17 === 0 ? `メモ${i}` : ''].join(',');
  const header = '会員番号,氏名,フリガナ,メール,携帯,郵便番号,住所,タグ,会社名,役職,備考';

  it('restores the exact previous state after an import of 100,000 rows', { timeout: 900_000 }, async () => {
    // A workspace of its own: the demo people of the round trip would match some of these phones.
    const c = await createTestApp();
    try {
      const owner = await setupOwner(c);
      await undoAtSize(c, owner);
    } finally {
      await c.close();
    }
  });

  async function undoAtSize(a: TestApp, ownerA: Client) {
    // Already here: 10,000 people from an earlier import.
    const first = await importFile(a, ownerA, iconv.encode([header, ...Array.from({ length: 10_000 }, (_, i) => row(i))].join('\r\n'), 'cp932'));
    expect(first.result).toMatchObject({ created: 10_000 });
    const before = await peopleChecksum(a);

    // 100,000 rows: 5,000 match people here (a job title and a second email for them), 5,000 repeat
    // rows earlier in the file, 90,000 are new.
    const lines = [header];
    for (let i = 0; i < 95_000; i++) lines.push(row(10_000 + i));
    for (let i = 0; i < 5_000; i++) lines.splice(1 + i * 19, 0, row(i * 2, { jobTitle: '店長', email: `second${i}@example.jp` }));
    for (let i = 0; i < 5_000; i++) lines[1 + 95_000 + i] = row(10_000 + i * 3, { jobTitle: '副店長' });
    expect(lines).toHaveLength(100_001);
    const done = await importFile(a, ownerA, iconv.encode(lines.join('\r\n'), 'cp932'));
    expect(done.result).toMatchObject({ rowsDone: 100_000, updated: 5_000, invalid: 0 });
    expect(done.result.created + done.result.merged).toBe(95_000);
    expect(await peopleChecksum(a)).not.toEqual(before);

    const undone = await step(a, ownerA, done.importId, 'undo');
    expect(undone.status).toBe('undone');
    expect(await peopleChecksum(a)).toEqual(before);
    expect(Number((await sql<{ n: string }>`select count(*) as n from import_changes where import_id = ${done.importId}`.execute(a.db.kysely)).rows[0]!.n)).toBe(0);
  }
});
