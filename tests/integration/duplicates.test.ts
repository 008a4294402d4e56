// The duplicates page's API: a workspace-wide scan finds exactly the likely pairs with their reasons and
// scores, skips a key shared by a crowd, never pairs across workspaces; a dismissed pair stays out after a
// rescan; a merged or deleted person's pair leaves the list.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addMember, type Client, createTestApp, setupOwner, type TestApp } from '../helpers/app.ts';
import { scanDuplicates } from '../../src/server/domains/people/index.ts';

let t: TestApp;
let owner: Client;
let workspaceId: string;
const ids: Record<string, string> = {};

interface Pair { personA: { personId: string; displayName: string }; personB: { personId: string }; score: number; reasons: string[] }

const create = async (key: string, body: object) => {
  const r = await owner.post('/api/people', body);
  if (r.status !== 201) throw new Error(`create ${key}: ${r.status} ${JSON.stringify(r.body)}`);
  ids[key] = r.body.personId;
};
/** A pair as [key of one person, key of the other, score, reasons], whichever way round the ids sort. */
const named = (p: Pair) => {
  const key = (id: string) => Object.keys(ids).find((k) => ids[k] === id) ?? id;
  return [[key(p.personA.personId), key(p.personB.personId)].sort().join(' + '), p.score, p.reasons];
};
const listed = async (): Promise<unknown[]> => (await owner.get('/api/duplicates?limit=200')).body.items.map(named);
const runScan = async () => {
  const r = await owner.post('/api/duplicates/scan');
  expect(r.status).toBe(202);
  const job = t.app.jobs.find((j) => j.name === 'duplicates.scan')!;
  await job.handler({ data: { workspaceId, jobRunId: r.body.jobRunId }, signal: new AbortController().signal, retryCount: 0 } as never);
  return (await owner.get(`/api/jobs/${r.body.jobRunId}`)).body;
};

const expectedPairs = [
  ['takahashi1 + takahashi2', 0.98, ['name_birthday', 'kana_birthday']],
  ['email1 + email2', 0.95, ['email']],
  ['phone1 + phone2', 0.8, ['phone']],
  ['tanaka1 + tanaka2', 0.7, ['name_postal_code']],
];

beforeAll(async () => {
  t = await createTestApp();
  owner = await setupOwner(t);
  workspaceId = (await owner.get('/api/auth/session')).body.workspace.workspaceId;
  await create('email1', { familyName: '佐藤', givenName: '一郎', emails: [{ email: 'Ichiro.Sato@Example.JP' }] });
  await create('email2', { familyName: '佐藤', givenName: 'いちろう', emails: [{ email: 'ichiro.sato@example.jp' }] });
  await create('phone1', { familyName: '鈴木', givenName: '花子', phones: [{ phone: '090-1111-2222' }] });
  await create('phone2', { familyName: '鈴木', givenName: 'はな', phones: [{ phone: '+81 90 1111 2222' }] });
  // 髙 and 高 are one name; the furigana in two scripts one reading.
  await create('takahashi1', { familyName: '高橋', givenName: '健', familyNameKana: 'タカハシ', givenNameKana: 'ケン', birthday: '1980-01-02' });
  await create('takahashi2', { familyName: '髙橋', givenName: '健', familyNameKana: 'たかはし', givenNameKana: 'けん', birthday: '1980-01-02' });
  await create('tanaka1', { familyName: '田中', givenName: '太郎', postalCode: '150-0041' });
  await create('tanaka2', { familyName: '田中', givenName: '太郎', postalCode: '〒1500041' });
  // Same name, different birthday and no postal code: not a pair.
  await create('yamada1', { familyName: '山田', givenName: '次郎', birthday: '1970-03-03' });
  await create('yamada2', { familyName: '山田', givenName: '次郎', birthday: '1971-03-03' });
  // A shop's number on 21 records is nobody's: skipped, not 210 pairs.
  for (let n = 1; n <= 21; n++) await create(`shop${n}`, { familyName: `来店客${n}`, phones: [{ phone: '03-5555-0000' }] });

  // Another workspace with the same email and phone as people here.
  const other = await addMember(t, owner, 'other-owner@example.jp', 'viewer');
  await other.post('/api/workspaces', { name: '別会社' });
  const r = await other.post('/api/people', { familyName: '佐藤', givenName: '一郎', emails: [{ email: 'ichiro.sato@example.jp' }], phones: [{ phone: '090-1111-2222' }] });
  ids.otherWorkspace = r.body.personId;
});
afterAll(() => t.close());

describe('duplicate scan', () => {
  it('finds exactly the likely pairs, most likely first, and counts the crowd it skipped', async () => {
    expect(await scanDuplicates(t.db.kysely, workspaceId)).toEqual({ pairs: 4, skippedGroups: 1 });
    expect(await listed()).toEqual(expectedPairs);
    const first = (await owner.get('/api/duplicates?limit=1')).body.items[0];
    expect(first.personA).toMatchObject({ birthday: '1980-01-02', kana: expect.stringMatching(/^(タカハシ|たかはし)\u3000(ケン|けん)$/) });
  });

  it('runs as a tracked job whose progress counts the people checked', async () => {
    const job = await runScan();
    expect(job).toMatchObject({ kind: 'duplicates.scan', status: 'succeeded', done: 31, total: 31 });
    expect(await listed()).toEqual(expectedPairs);
  });

  it('pages by score with a cursor, and refuses a cursor it did not write', async () => {
    const seen: unknown[] = [];
    let cursor: string | null = null;
    do {
      const page: { items: Pair[]; nextCursor: string | null } = (await owner.get(`/api/duplicates?limit=1${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ''}`)).body;
      seen.push(...page.items.map(named));
      cursor = page.nextCursor;
    } while (cursor);
    expect(seen).toEqual(expectedPairs);
    const bad = await owner.get('/api/duplicates?cursor=0.5_x_y');
    expect(bad.status).toBe(400);
    expect(bad.body.code).toBe('invalid_cursor');
  });

  it('keeps a dismissed pair out of the list, also after a rescan', async () => {
    const r = await owner.post('/api/duplicates/dismiss', { personAId: ids.phone2, personBId: ids.phone1 });
    expect(r.status).toBe(204);
    const without = expectedPairs.filter(([name]) => name !== 'phone1 + phone2');
    expect(await listed()).toEqual(without);
    expect(await scanDuplicates(t.db.kysely, workspaceId)).toEqual({ pairs: 3, skippedGroups: 1 });
    expect(await listed()).toEqual(without);
    expect((await owner.post('/api/duplicates/dismiss', { personAId: ids.yamada1, personBId: ids.yamada2 })).status).toBe(404);
  });

  it('drops the pair of a merged person, brings it back on undo, and a rescan after a merge finds no self-pair', async () => {
    const merged = await owner.post('/api/people/merge', { survivorId: ids.email1, mergedId: ids.email2 });
    expect(merged.status).toBe(200);
    expect(await listed()).toEqual([expectedPairs[0], expectedPairs[3]]);
    expect((await owner.post(`/api/people/merges/${merged.body.mergeId}/undo`)).status).toBe(204);
    expect(await listed()).toEqual([expectedPairs[0], expectedPairs[1], expectedPairs[3]]);

    // The survivor now holds the address twice (its own and the moved one): still one person.
    await owner.post('/api/people/merge', { survivorId: ids.email1, mergedId: ids.email2 });
    expect(await scanDuplicates(t.db.kysely, workspaceId)).toEqual({ pairs: 2, skippedGroups: 1 });
    expect(await listed()).toEqual([expectedPairs[0], expectedPairs[3]]);
  });

  it('drops the pair of a deleted person', async () => {
    expect((await owner.delete(`/api/people/${ids.tanaka2}`)).status).toBe(204);
    expect(await listed()).toEqual([expectedPairs[0]]);
  });

  it('never pairs across workspaces', async () => {
    const text = JSON.stringify((await owner.get('/api/duplicates?limit=200')).body);
    expect(text).not.toContain(ids.otherWorkspace);
    expect(ids.otherWorkspace).toBeTruthy();
  });
});
