// Lists page by cursor: every record exactly once, newest first, and a bad cursor is named.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Client, createTestApp, setupOwner, type TestApp } from '../helpers/app.ts';
import { loadDemo } from '../../src/server/domains/demo/index.ts';

let t: TestApp;
let owner: Client;
beforeAll(async () => {
  t = await createTestApp();
  owner = await setupOwner(t);
  const workspaceId = (await owner.get('/api/auth/session')).body.workspace.workspaceId;
  await loadDemo(t.db.kysely, workspaceId, { people: 120, seed: 42 }, { done: 0, progress: async () => {} });
});
afterAll(() => t.close());

describe('people list', () => {
  it('walks all 120 people in pages of 50, each once, in descending id order', async () => {
    const seen: string[] = [];
    const sizes: number[] = [];
    let cursor: string | null = null;
    do {
      const r = await owner.get(`/api/people?limit=50${cursor ? `&cursor=${cursor}` : ''}`);
      expect(r.body.total).toBe(120);
      sizes.push(r.body.items.length);
      seen.push(...r.body.items.map((p: { personId: string }) => p.personId));
      cursor = r.body.nextCursor;
    } while (cursor);
    expect(sizes).toEqual([50, 50, 20]);
    expect(new Set(seen).size).toBe(120);
    expect([...seen].sort().reverse()).toEqual(seen);
  });

  it('finds demo people by furigana and phone, and sees them as duplicates by email', async () => {
    const items = (await owner.get('/api/people?limit=50')).body.items as { personId: string; email: string | null; phone: string | null }[];
    const first = items.find((p) => p.email && p.phone)!;
    const person = (await owner.get(`/api/people/${first.personId}`)).body;
    const byKana = await owner.get(`/api/people?q=${encodeURIComponent(person.familyNameKana + (person.givenNameKana ?? ''))}`);
    expect(byKana.body.items.map((p: { personId: string }) => p.personId)).toContain(first.personId);
    const byPhone = await owner.get(`/api/people?q=${encodeURIComponent(person.phones[0].display)}`);
    expect(byPhone.body.items.map((p: { personId: string }) => p.personId)).toContain(first.personId);
    const dup = await owner.post('/api/people/duplicates', { person: { familyName: '別人', emails: [{ email: person.emails[0].email.toUpperCase() }] } });
    expect(dup.body.items.map((i: { person: { personId: string } }) => i.person.personId)).toContain(first.personId);
  });

  it('refuses a cursor that is not an id, naming it', async () => {
    const r = await owner.get("/api/people?cursor=1'%20or%201=1");
    expect(r.status).toBe(400);
    expect(r.body).toMatchObject({ code: 'invalid_cursor', field: 'querystring.cursor' });
  });
});
