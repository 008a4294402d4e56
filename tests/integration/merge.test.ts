// Merging two people: nothing lost, nothing doubled, every pointing row moved (also in a table that
// registers itself later), and undo puts both back as they were.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, setupOwner, type Client, type TestApp } from '../helpers/app.ts';
import { registerPersonReference } from '../../src/server/domains/people/index.ts';
import { sql } from '../../src/server/platform/db/index.ts';

let t: TestApp;
let owner: Client;
let workspaceId: string;
let a: { personId: string };
let b: { personId: string };
let companyB: string;
const snapshot = async (id: string) => {
  const p = (await owner.get(`/api/people/${id}`)).body;
  const notes = (await owner.get(`/api/people/${id}/notes`)).body.items.map((n: { body: string }) => n.body);
  const { version: _v, updatedAt: _u, ...rest } = p;
  return { ...rest, notes };
};
const visitsOf = async (personId: string) =>
  (await sql<{ visit_id: string }>`select visit_id from test_visits where workspace_id = ${workspaceId} and person_id = ${personId} order by visit_id`.execute(t.db.kysely)).rows.map((r) => r.visit_id);

beforeAll(async () => {
  t = await createTestApp();
  owner = await setupOwner(t);
  workspaceId = (await owner.get('/api/auth/session')).body.workspace.workspaceId;
  // A table a later issue might add (say, shop visits), registering itself the way domains do.
  await sql`create table test_visits (workspace_id uuid not null, visit_id uuid not null, person_id uuid not null, shop text, primary key (workspace_id, visit_id))`.execute(t.db.kysely);
  registerPersonReference({ table: 'test_visits', personColumn: 'person_id', key: ['visit_id'] });

  companyB = (await owner.post('/api/companies', { name: '株式会社もみじ' })).body.companyId;
  a = (await owner.post('/api/people', {
    familyName: '山田', givenName: '花子', familyNameKana: 'ヤマダ', givenNameKana: 'ハナコ', birthday: '1985-05-05',
    emails: [{ email: 'hanako@example.jp' }], phones: [{ phone: '090-1111-2222' }], tags: ['常連', 'VIP'],
  })).body;
  b = (await owner.post('/api/people', {
    familyName: '山田', givenName: 'はな子', familyNameKana: 'ヤマダ', givenNameKana: 'ハナコ', companyId: companyB, jobTitle: '店長',
    emails: [{ email: 'hanako.work@example.jp' }], phones: [{ phone: '03-3333-4444' }], tags: ['VIP', '紹介'], familyNotes: '娘さんが高校生',
  })).body;
  await owner.post(`/api/people/${a.personId}/notes`, { body: '春の新作を気に入っていた', notedOn: '2026-04-01' });
  await owner.post(`/api/people/${b.personId}/notes`, { body: '法人で名刺交換', notedOn: '2026-05-01' });
  for (const [id, person] of [['01900000-0000-7000-8000-00000000000a', a.personId], ['01900000-0000-7000-8000-00000000000b', b.personId]]) {
    await sql`insert into test_visits values (${workspaceId}, ${id}, ${person}, '本店')`.execute(t.db.kysely);
  }
});
afterAll(() => t.close());

describe('merge', () => {
  let mergeId: string;
  let before: { a: unknown; b: unknown };

  it('keeps everything of both, once, in the survivor', async () => {
    before = { a: await snapshot(a.personId), b: await snapshot(b.personId) };
    const total = (await owner.get('/api/people')).body.total;
    const r = await owner.post('/api/people/merge', { survivorId: a.personId, mergedId: b.personId, fields: { givenName: 'merged' } });
    expect(r.status).toBe(200);
    mergeId = r.body.mergeId;
    const p = await snapshot(a.personId);
    expect(p).toMatchObject({
      givenName: 'はな子', birthday: '1985-05-05', companyId: companyB, companyName: '株式会社もみじ', jobTitle: '店長', familyNotes: '娘さんが高校生',
      tags: ['VIP', '常連', '紹介'],
    });
    expect(p.emails.map((e: { email: string; isPrimary: boolean }) => [e.email, e.isPrimary])).toEqual([['hanako@example.jp', true], ['hanako.work@example.jp', false]]);
    expect(p.phones.map((x: { display: string; isPrimary: boolean }) => [x.display, x.isPrimary])).toEqual([['090-1111-2222', true], ['03-3333-4444', false]]);
    expect([...p.notes].sort()).toEqual(['春の新作を気に入っていた', '法人で名刺交換'].sort());
    expect(await visitsOf(a.personId)).toHaveLength(2);
    expect(await visitsOf(b.personId)).toEqual([]);
    expect((await owner.get(`/api/people/${b.personId}`)).status).toBe(404);
    expect((await owner.get('/api/people')).body.total).toBe(total - 1);
    expect((await owner.get(`/api/companies/${companyB}`)).body.people.map((x: { personId: string }) => x.personId)).toEqual([a.personId]);
    // Found by the merged person's email and phone now.
    expect((await owner.get(`/api/people?q=${encodeURIComponent('hanako.work')}`)).body.items.map((x: { personId: string }) => x.personId)).toEqual([a.personId]);
  });

  it('undo restores both people and every moved row', async () => {
    expect((await owner.post(`/api/people/merges/${mergeId}/undo`)).status).toBe(204);
    expect(await snapshot(a.personId)).toEqual(before.a);
    expect(await snapshot(b.personId)).toEqual(before.b);
    expect(await visitsOf(a.personId)).toEqual(['01900000-0000-7000-8000-00000000000a']);
    expect(await visitsOf(b.personId)).toEqual(['01900000-0000-7000-8000-00000000000b']);
    expect((await owner.post(`/api/people/merges/${mergeId}/undo`)).status).toBe(404);
  });

  it('refuses to merge a person with themselves', async () => {
    const r = await owner.post('/api/people/merge', { survivorId: a.personId, mergedId: a.personId });
    expect(r.status).toBe(400);
    expect(r.body.code).toBe('merge_same_person');
  });
});
