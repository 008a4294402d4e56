// Bulk changes from the list (by ids or by search and filter) and their undo; saved views.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addMember, type Client, createTestApp, setupOwner, type TestApp } from '../helpers/app.ts';

let t: TestApp;
let owner: Client;
let ownerId: string;
const ids: string[] = [];

const person = async (id: string) => (await owner.get(`/api/people/${id}`)).body;
const tagFilter = (tag: string) => encodeURIComponent(JSON.stringify({ match: 'all', conditions: [{ field: 'tags', op: 'has_any', value: [tag] }] }));

beforeAll(async () => {
  t = await createTestApp();
  owner = await setupOwner(t);
  ownerId = (await owner.get('/api/auth/session')).body.user.userId;
  for (const [familyName, tags] of [['一括', ['常連']], ['一括', []], ['一括', []], ['対象外', []]] as const) {
    ids.push((await owner.post('/api/people', { familyName, givenName: String(ids.length), tags })).body.personId);
  }
});
afterAll(() => t.close());

describe('bulk changes', () => {
  it('adds a tag to the chosen people; undo takes it only from those who did not have it', async () => {
    const r = await owner.post('/api/people/bulk', { personIds: ids.slice(0, 3), action: { kind: 'add_tags', tags: ['常連', 'DM希望'] } });
    expect(r.status).toBe(200);
    expect(r.body.count).toBe(3);
    for (const id of ids.slice(0, 3)) expect((await person(id)).tags.sort()).toEqual(['DM希望', '常連'].sort());
    expect((await person(ids[3]!)).tags).toEqual([]);

    expect((await owner.post(`/api/people/bulk/${r.body.bulkChangeId}/undo`)).status).toBe(200);
    expect((await person(ids[0]!)).tags).toEqual(['常連']);
    expect((await person(ids[1]!)).tags).toEqual([]);
    const again = await owner.post(`/api/people/bulk/${r.body.bulkChangeId}/undo`);
    expect(again.status).toBe(409);
    expect(again.body.code).toBe('bulk_already_undone');
  });

  it('changes the stage of everyone a search selects, dated and in the history; undo restores stage and date', async () => {
    const before = await person(ids[1]!);
    const r = await owner.post('/api/people/bulk', { matching: { q: '一括' }, action: { kind: 'set_lifecycle', lifecycleStage: 'customer' } });
    expect(r.body.count).toBe(3);
    const after = await person(ids[1]!);
    expect(after.lifecycleStage).toBe('customer');
    expect(after.version).toBe(before.version + 1);
    expect((await person(ids[3]!)).lifecycleStage).toBe('prospect');
    // An edit form opened before the bulk change now gets a conflict instead of overwriting it.
    const stale = await owner.patch(`/api/people/${ids[1]}`, { version: before.version, jobTitle: '店長' });
    expect(stale.status).toBe(409);

    await owner.post(`/api/people/bulk/${r.body.bulkChangeId}/undo`);
    const undone = await person(ids[1]!);
    expect(undone.lifecycleStage).toBe('prospect');
    expect(undone.lifecycleChangedAt).toBe(before.lifecycleChangedAt);
  });

  it('removes a tag from everyone a filter selects, and undo gives it back', async () => {
    await owner.post('/api/people/bulk', { personIds: [ids[2]!], action: { kind: 'add_tags', tags: ['常連'] } });
    const r = await owner.post('/api/people/bulk', { matching: { filter: { match: 'all', conditions: [{ field: 'tags', op: 'has_any', value: ['常連'] }] } }, action: { kind: 'remove_tags', tags: ['常連'] } });
    expect(r.body.count).toBe(2);
    expect((await owner.get(`/api/people?filter=${tagFilter('常連')}`)).body.total).toBe(0);
    await owner.post(`/api/people/bulk/${r.body.bulkChangeId}/undo`);
    const back = (await owner.get(`/api/people?filter=${tagFilter('常連')}`)).body.items.map((i: { personId: string }) => i.personId);
    expect(back.sort()).toEqual([ids[0], ids[2]].sort());
  });

  it('sets and restores the owner', async () => {
    const r = await owner.post('/api/people/bulk', { personIds: ids.slice(0, 2), action: { kind: 'set_owner', ownerUserId: ownerId } });
    expect((await person(ids[0]!)).ownerUserId).toBe(ownerId);
    await owner.post(`/api/people/bulk/${r.body.bulkChangeId}/undo`);
    expect((await person(ids[0]!)).ownerUserId).toBeNull();
  });

  it('deletes the chosen people and undo brings them back', async () => {
    const r = await owner.post('/api/people/bulk', { personIds: ids.slice(0, 2), action: { kind: 'delete' } });
    expect(r.body.count).toBe(2);
    expect((await owner.get(`/api/people?q=${encodeURIComponent('一括')}`)).body.total).toBe(1);
    expect((await owner.get(`/api/people/${ids[0]}`)).status).toBe(404);
    await owner.post(`/api/people/bulk/${r.body.bulkChangeId}/undo`);
    expect((await owner.get(`/api/people?q=${encodeURIComponent('一括')}`)).body.total).toBe(3);
  });

  it('refuses ids and a search together, or neither, naming the field; changes nothing', async () => {
    for (const body of [{ personIds: [ids[0]], matching: { q: '一括' } }, {}]) {
      const r = await owner.post('/api/people/bulk', { ...body, action: { kind: 'delete' } });
      expect(r.status).toBe(400);
      expect(r.body.errors[0]).toMatchObject({ field: 'personIds', message: expect.stringContaining('どちらか一方') });
    }
    expect((await owner.get(`/api/people?q=${encodeURIComponent('一括')}`)).body.total).toBe(3);
  });

  it('never touches people of another workspace, even by their ids', async () => {
    const other = await addMember(t, owner, 'other-ws@example.jp', 'viewer');
    await other.post('/api/workspaces', { name: '別の店' });
    const theirs = (await other.post('/api/people', { familyName: '他社の客' })).body.personId;
    const r = await owner.post('/api/people/bulk', { personIds: [theirs], action: { kind: 'delete' } });
    expect(r.body.count).toBe(0);
    expect((await other.get(`/api/people/${theirs}`)).status).toBe(200);
    expect((await other.post(`/api/people/bulk/${r.body.bulkChangeId}/undo`)).status).toBe(404);
  });
});

describe('saved views', () => {
  const definition = { q: '一括', sort: 'kana', filter: { match: 'all', conditions: [{ field: 'lifecycleStage', op: 'eq', value: 'customer' }] }, columns: ['familyName', 'tags'] };

  it('saves, lists, renames and deletes a view; a second view of the same name is refused on the name', async () => {
    const created = await owner.post('/api/views', { name: '東京の常連', definition });
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({ entityType: 'person', name: '東京の常連', definition });
    const dup = await owner.post('/api/views', { name: '東京の常連', definition: {} });
    expect(dup.status).toBe(400);
    expect(dup.body.errors[0]).toMatchObject({ field: 'name', message: expect.stringContaining('同じ名前') });

    const renamed = await owner.patch(`/api/views/${created.body.viewId}`, { name: '常連（東京）' });
    expect(renamed.body.name).toBe('常連（東京）');
    expect((await owner.get('/api/views')).body.items.map((v: { name: string }) => v.name)).toEqual(['常連（東京）']);
    expect((await owner.delete(`/api/views/${created.body.viewId}`)).status).toBe(204);
    expect((await owner.get('/api/views')).body.items).toEqual([]);
  });

  it('refuses a definition with an unknown sort or a malformed filter, by field', async () => {
    const r = await owner.post('/api/views', { name: '壊れた', definition: { sort: 'random', filter: { conditions: 'x' } } });
    expect(r.status).toBe(400);
    expect(r.body.errors.map((e: { field: string }) => e.field).sort()).toEqual(['definition.filter.conditions', 'definition.sort']);
  });

  it('keeps views to their workspace', async () => {
    const view = (await owner.post('/api/views', { name: '自社だけ', definition: {} })).body;
    const other = await addMember(t, owner, 'views-other@example.jp', 'viewer');
    await other.post('/api/workspaces', { name: '別のワークスペース' });
    expect((await other.get('/api/views')).body.items).toEqual([]);
    expect((await other.patch(`/api/views/${view.viewId}`, { name: '乗っ取り' })).status).toBe(404);
  });
});
