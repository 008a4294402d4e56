// Lists page by cursor: every record exactly once, in the chosen order, and a bad cursor is named.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Client, createTestApp, setupOwner, type TestApp } from '../helpers/app.ts';
import { loadDemo } from '../../src/server/domains/demo/index.ts';

interface Item { personId: string; familyNameKana?: string | null; givenNameKana?: string | null; updatedAt?: string; lastActivityAt?: string | null; [k: string]: unknown }

/** Every item of a list, page by page, following nextCursor. */
async function walk(client: Client, query: string, limit: number): Promise<{ items: Item[]; pages: number }> {
  const items: Item[] = [];
  let cursor: string | null = null;
  let pages = 0;
  do {
    const r = await client.get(`/api/people?limit=${limit}&${query}${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ''}`);
    expect(r.status).toBe(200);
    items.push(...r.body.items);
    cursor = r.body.nextCursor;
    pages += 1;
  } while (cursor);
  return { items, pages };
}

/** Furigana as the kana key holds it: hiragana, no spaces (independent of the server's code). */
const hiragana = (s: string) => s.normalize('NFKC').replace(/[\u30A1-\u30F6]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0x60)).replace(/[\s\u30FB]/g, '');

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
      // 120 do not fit on one page: the list does not count them (GET /api/people/count does).
      expect(r.body.total).toBeNull();
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

  it('sorts by furigana in あいうえお order, people without furigana last, each person once', async () => {
    // Two people without furigana, who must come last, and a voiced kana between its plain neighbours.
    for (const familyName of ['無読', '読無']) expect((await owner.post('/api/people', { familyName })).status).toBe(201);
    const voiced: Record<string, string> = {};
    for (const kana of ['ｷｷｷｷ', 'ガガガガ', 'かかかか']) voiced[kana] = (await owner.post('/api/people', { familyName: '並', familyNameKana: kana })).body.personId;
    const { items, pages } = await walk(owner, 'sort=kana&fields=familyNameKana,givenNameKana', 7);
    expect(pages).toBe(Math.ceil(125 / 7));
    expect(new Set(items.map((i) => i.personId)).size).toBe(125);
    const at = (id: string | undefined) => items.findIndex((i) => i.personId === id);
    expect(at(voiced['かかかか'])).toBeLessThan(at(voiced['ガガガガ']));
    expect(at(voiced['ガガガガ'])).toBeLessThan(at(voiced['ｷｷｷｷ']));
    const keys = items.map((i) => hiragana(`${i.familyNameKana ?? ''}${i.givenNameKana ?? ''}`));
    expect(keys.slice(-2)).toEqual(['', '']);
    const named = keys.slice(0, -2);
    expect(named.every((k) => k !== '')).toBe(true);
    expect(named.every((k, n) => n === 0 || named[n - 1]! <= k)).toBe(true);
  });

  it('sorts by last update, newest first, and a changed person moves to the top', async () => {
    const first = (await owner.get('/api/people?sort=updated&limit=60')).body.items as Item[];
    const last = first.at(-1)!;
    const person = (await owner.get(`/api/people/${last.personId}`)).body;
    expect((await owner.patch(`/api/people/${last.personId}`, { version: person.version, jobTitle: '店長' })).status).toBe(200);
    const { items } = await walk(owner, 'sort=updated', 25);
    expect(items[0]!.personId).toBe(last.personId);
    expect(new Set(items.map((i) => i.personId)).size).toBe(items.length);
    const times = items.map((i) => i.updatedAt!);
    expect(times.every((u, n) => n === 0 || times[n - 1]! >= u)).toBe(true);
  });

  it('sorts by last activity with the never-active last, and pages through all of them', async () => {
    const { items } = await walk(owner, 'sort=activity', 30);
    expect(new Set(items.map((i) => i.personId)).size).toBe(125);
    const seenNull = items.findIndex((i) => i.lastActivityAt === null);
    if (seenNull >= 0) expect(items.slice(seenNull).every((i) => i.lastActivityAt === null)).toBe(true);
  });

  it('returns only the fields asked for, and names an unknown one', async () => {
    const r = await owner.get('/api/people?limit=3&fields=familyName,tags');
    expect(r.body.items).toHaveLength(3);
    for (const item of r.body.items) expect(Object.keys(item).sort()).toEqual(['familyName', 'personId', 'tags']);
    const bad = await owner.get('/api/people?fields=familyName,password');
    expect(bad.status).toBe(400);
    expect(bad.body.errors).toEqual([expect.objectContaining({ field: 'querystring.fields', message: expect.stringContaining('password') })]);
  });

  it.each([
    ['a kana cursor for the updated sort', 'updated', ['やまだ', '0190a5e8-7c3b-7def-8123-456789abcdef']],
    ['a cursor that is not a pair', 'kana', { a: 1 }],
    ['an id cursor for the kana sort', 'kana', null],
  ])('refuses %s', async (_name, sort, payload) => {
    const cursor = payload === null ? '0190a5e8-7c3b-7def-8123-456789abcdef' : Buffer.from(JSON.stringify(payload)).toString('base64url');
    const r = await owner.get(`/api/people?sort=${sort}&cursor=${encodeURIComponent(cursor)}`);
    expect(r.status).toBe(400);
    expect(r.body).toMatchObject({ code: 'invalid_cursor', field: 'querystring.cursor' });
  });

  it('counts exactly on /api/people/count', async () => {
    expect((await owner.get('/api/people/count')).body.total).toBe(125);
    expect((await owner.get(`/api/people/count?q=${encodeURIComponent('無読')}`)).body.total).toBe(1);
    expect((await owner.get(`/api/people?q=${encodeURIComponent('無読')}`)).body.total).toBe(1);
    expect((await owner.get('/api/people?limit=200')).body.total).toBe(125);
    expect((await owner.get('/api/people?limit=124')).body.total).toBeNull();
  });

  it('finds two-character fragments of names and furigana, across 髙/高 and ｶﾅ/かな', async () => {
    const id = (await owner.post('/api/people', { familyName: '髙木', givenName: '陽菜', familyNameKana: 'タカギ', givenNameKana: 'ヒナ' })).body.personId;
    for (const q of ['高木', '木陽', 'ﾋﾅ', 'ぎひ', 'タカ']) {
      const r = await owner.get(`/api/people?q=${encodeURIComponent(q)}&fields=familyName`);
      expect(r.body.items.map((i: Item) => i.personId), q).toContain(id);
    }
    // A fragment that only exists across the gap between name and furigana matches nobody.
    const across = await owner.get(`/api/people?q=${encodeURIComponent('菜た')}`);
    expect(across.body.items.map((i: Item) => i.personId)).not.toContain(id);
  });

  it('search follows every change to a person: edit, delete and restore, merge and its undo', async () => {
    const found = async (q: string) => (await owner.get(`/api/people?q=${encodeURIComponent(q)}&fields=familyName`)).body.items.map((i: Item) => i.personId);
    const counted = async (q: string) => (await owner.get(`/api/people/count?q=${encodeURIComponent(q)}`)).body.total;
    const a = (await owner.post('/api/people', { familyName: '鬼瓦', givenName: '権蔵' })).body;
    expect(await found('鬼瓦')).toEqual([a.personId]);
    expect((await owner.patch(`/api/people/${a.personId}`, { version: a.version, familyName: '鬼塚' })).status).toBe(200);
    expect(await found('鬼瓦')).toEqual([]);
    expect(await found('鬼塚権蔵')).toEqual([a.personId]);
    expect(await found('塚権')).toEqual([a.personId]);

    expect((await owner.delete(`/api/people/${a.personId}`)).status).toBe(204);
    expect(await found('鬼塚')).toEqual([]);
    expect(await counted('鬼塚')).toBe(0);
    expect((await owner.post(`/api/people/${a.personId}/restore`)).status).toBe(204);
    expect(await found('鬼塚')).toEqual([a.personId]);

    const b = (await owner.post('/api/people', { familyName: '鬼塚', givenName: '権三' })).body;
    expect(await counted('鬼塚')).toBe(2);
    const merged = await owner.post('/api/people/merge', { survivorId: a.personId, mergedId: b.personId });
    expect(merged.status).toBe(200);
    expect(await found('鬼塚')).toEqual([a.personId]);
    expect(await found('権三')).toEqual([]);
    expect((await owner.post(`/api/people/merges/${merged.body.mergeId}/undo`)).status).toBe(204);
    expect(await found('鬼塚')).toEqual([b.personId, a.personId]);
    expect(await found('権三')).toEqual([b.personId]);
  });

  it('pages a search newest first, each match once, the same as its count', async () => {
    const q = encodeURIComponent('example');
    const { items } = await walk(owner, `q=${q}`, 7);
    const ids = items.map((i) => i.personId);
    expect(new Set(ids).size).toBe(ids.length);
    expect([...ids].sort().reverse()).toEqual(ids);
    expect(ids.length).toBe((await owner.get(`/api/people/count?q=${q}`)).body.total);
    expect(ids.length).toBeGreaterThan(7);
  });

  it('pages a two-character search newest first, each match once, the same as its count and as LIKE', async () => {
    // The demo's most common pair of furigana characters, so that it takes several pages.
    const rows = (await t.db.kysely.selectFrom('people').select('search_bigrams').where('deleted_at', 'is', null).execute()) as { search_bigrams: string[] }[];
    const tally = new Map<string, number>();
    for (const r of rows) for (const g of r.search_bigrams) tally.set(g, (tally.get(g) ?? 0) + 1);
    const [gram, holders] = [...tally].sort((a, b) => b[1] - a[1])[0]!;
    const { items, pages } = await walk(owner, `q=${encodeURIComponent(gram)}`, 3);
    const ids = items.map((i) => i.personId);
    expect(pages).toBeGreaterThan(2);
    expect(new Set(ids).size).toBe(ids.length);
    expect([...ids].sort().reverse()).toEqual(ids);
    expect(ids.length).toBe(holders);
    expect((await owner.get(`/api/people/count?q=${encodeURIComponent(gram)}`)).body.total).toBe(holders);
  });
});
