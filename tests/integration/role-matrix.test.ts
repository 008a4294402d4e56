// Every route the server registers, called by nobody, by each role's session and by each role's API key:
// 401 without credentials, 403 below the route's role, 2xx at or above it. A new route without a case
// here fails the first test.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROLES, roleAtLeast, type Role } from '../../src/common/roles.ts';
import type { Access } from '../../src/server/platform/auth-guard.ts';
import { addMember, Client, createTestApp, setupOwner, type TestApp } from '../helpers/app.ts';
import { runJob } from '../helpers/imports.ts';
import { scanDuplicates } from '../../src/server/domains/people/index.ts';

let t: TestApp;
let owner: Client;
const password = 'member password 123';
const emails: Record<Role, string> = { owner: 'hanako@example.jp', admin: 'admin@example.jp', member: 'member@example.jp', viewer: 'viewer@example.jp' };
const keys = {} as Record<Role, string>;
let jobRunId: string;
let workspaceId: string;
let counter = 0;

interface Case { url: string; body?: unknown; headers?: Record<string, string> }
const fresh = () => `target${++counter}@example.jp`;
const freshChoiceField = async () => (await (await signIn('owner')).post('/api/fields', { entityType: 'person', label: `好きな餡${++counter}`, type: 'multiple_choice', options: [{ label: '粒あん' }, { label: 'こしあん' }] })).body;
const freshCompany = async () => (await (await signIn('owner')).post('/api/companies', { name: `対象商事${++counter}` })).body.companyId as string;
const freshView = async () => (await (await signIn('owner')).post('/api/views', { name: `試験ビュー${++counter}`, definition: {} })).body.viewId as string;
const freshProduct = async () => (await (await signIn('owner')).post('/api/products', { code: `P-${++counter}`, name: '試験品', price: 100 })).body.productId as string;
const freshTouchpoint = async () => (await (await signIn('owner')).post('/api/touchpoints', { name: `接点${++counter}` })).body.touchpointId as string;
const order = () => ({ externalId: `M-${++counter}`, orderedAt: '2026-10-01T10:00:00+09:00', customer: { cardNumber: `CARD-${counter}` }, lines: [{ productName: '品', quantity: 1, unitPrice: 100 }] });
const csv = () => ({ body: Buffer.from('氏名,メール\n山田 太郎,taro@example.jp\n'), headers: { 'content-type': 'text/csv' } });
/** An import brought by the owner to a step: checked, running (its job not run yet) or done. */
async function importAt(status: 'checked' | 'running' | 'done'): Promise<string> {
  const importId = await freshImport();
  const owner = await signIn('owner');
  await runJob(t, (await owner.post(`/api/imports/${importId}/check`, { keepValid: true })).body.jobRunId);
  if (status === 'checked') return importId;
  const run = await owner.post(`/api/imports/${importId}/run`);
  if (status === 'done') await runJob(t, run.body.jobRunId);
  return importId;
}
const freshImport = async () => (await (await signIn('owner')).request('POST', '/api/imports?entity=person&fileName=list.csv', csv().body, csv().headers)).body.importId as string;
const freshPerson = async () => (await (await signIn('owner')).post('/api/people', { familyName: '対象', givenName: String(++counter) })).body.personId as string;

/**
 * Who may call each route (written here, independently of the routes' own declarations) and a request
 * that succeeds for anyone allowed to make it; targets are made fresh so each call has one.
 */
const cases: Record<string, [Access, () => Promise<Case>]> = {
  'GET /api/auth/session': ['user', async () => ({ url: '/api/auth/session' })],
  'POST /api/auth/logout': ['user', async () => ({ url: '/api/auth/logout' })],
  'POST /api/auth/password': ['user', async () => ({ url: '/api/auth/password', body: { currentPassword: password, newPassword: password } })],
  'PATCH /api/auth/me': ['user', async () => ({ url: '/api/auth/me', body: { locale: 'ja' } })],
  'POST /api/auth/switch-workspace': ['user', async () => ({ url: '/api/auth/switch-workspace', body: { workspaceId } })],
  'POST /api/workspaces': ['user', async () => ({ url: '/api/workspaces', body: { name: '支店' } })],
  'GET /api/members': ['viewer', async () => ({ url: '/api/members' })],
  'PATCH /api/members/:userId': ['admin', async () => {
    const m = await addMember(t, await signIn('owner'), fresh(), 'viewer');
    return { url: `/api/members/${(await m.get('/api/auth/session')).body.user.userId}`, body: { role: 'member' } };
  }],
  'DELETE /api/members/:userId': ['admin', async () => {
    const m = await addMember(t, await signIn('owner'), fresh(), 'viewer');
    return { url: `/api/members/${(await m.get('/api/auth/session')).body.user.userId}` };
  }],
  'GET /api/invitations': ['admin', async () => ({ url: '/api/invitations' })],
  'POST /api/invitations': ['admin', async () => ({ url: '/api/invitations', body: { email: fresh(), role: 'viewer' } })],
  'DELETE /api/invitations/:invitationId': ['admin', async () => {
    const inv = await (await signIn('owner')).post('/api/invitations', { email: fresh(), role: 'viewer' });
    return { url: `/api/invitations/${inv.body.invitation.invitationId}` };
  }],
  'GET /api/api-keys': ['admin', async () => ({ url: '/api/api-keys' })],
  'POST /api/api-keys': ['admin', async () => ({ url: '/api/api-keys', body: { name: 'matrix', role: 'viewer' } })],
  'DELETE /api/api-keys/:apiKeyId': ['admin', async () => {
    const k = await (await signIn('owner')).post('/api/api-keys', { name: 'to revoke', role: 'viewer' });
    return { url: `/api/api-keys/${k.body.apiKey.apiKeyId}` };
  }],
  'GET /api/audit': ['admin', async () => ({ url: '/api/audit' })],
  'GET /api/jobs/:jobRunId': ['viewer', async () => ({ url: `/api/jobs/${jobRunId}` })],
  'GET /api/people': ['viewer', async () => ({ url: '/api/people?limit=5' })],
  'GET /api/people/count': ['viewer', async () => ({ url: '/api/people/count' })],
  'POST /api/people': ['member', async () => ({ url: '/api/people', body: { familyName: '試験' } })],
  'GET /api/people/:personId': ['viewer', async () => ({ url: `/api/people/${await freshPerson()}` })],
  'PATCH /api/people/:personId': ['member', async () => ({ url: `/api/people/${await freshPerson()}`, body: { version: 1, givenName: '花子' } })],
  'DELETE /api/people/:personId': ['member', async () => ({ url: `/api/people/${await freshPerson()}` })],
  'POST /api/people/:personId/restore': ['member', async () => {
    const id = await freshPerson();
    await (await signIn('owner')).delete(`/api/people/${id}`);
    return { url: `/api/people/${id}/restore` };
  }],
  'POST /api/people/bulk': ['member', async () => ({ url: '/api/people/bulk', body: { personIds: [await freshPerson()], action: { kind: 'add_tags', tags: ['試験'] } } })],
  'POST /api/people/bulk/:bulkChangeId/undo': ['member', async () => {
    const b = await (await signIn('owner')).post('/api/people/bulk', { personIds: [await freshPerson()], action: { kind: 'add_tags', tags: ['試験'] } });
    return { url: `/api/people/bulk/${b.body.bulkChangeId}/undo` };
  }],
  'GET /api/views': ['viewer', async () => ({ url: '/api/views' })],
  'POST /api/views': ['member', async () => ({ url: '/api/views', body: { name: `ビュー${++counter}`, definition: { sort: 'kana' } } })],
  'PATCH /api/views/:viewId': ['member', async () => ({ url: `/api/views/${await freshView()}`, body: { name: `改名${++counter}` } })],
  'DELETE /api/views/:viewId': ['member', async () => ({ url: `/api/views/${await freshView()}` })],
  'POST /api/people/duplicates': ['member', async () => ({ url: '/api/people/duplicates', body: { person: { familyName: '試験' } } })],
  'GET /api/companies': ['viewer', async () => ({ url: '/api/companies' })],
  'POST /api/companies': ['member', async () => ({ url: '/api/companies', body: { name: '試験商事' } })],
  'GET /api/companies/:companyId': ['viewer', async () => ({ url: `/api/companies/${await freshCompany()}` })],
  'PATCH /api/companies/:companyId': ['member', async () => ({ url: `/api/companies/${await freshCompany()}`, body: { version: 1, industry: '小売' } })],
  'DELETE /api/companies/:companyId': ['member', async () => ({ url: `/api/companies/${await freshCompany()}` })],
  'POST /api/companies/:companyId/restore': ['member', async () => {
    const id = await freshCompany();
    await (await signIn('owner')).delete(`/api/companies/${id}`);
    return { url: `/api/companies/${id}/restore` };
  }],
  'POST /api/companies/duplicates': ['member', async () => ({ url: '/api/companies/duplicates', body: { company: { name: '試験商事' } } })],
  'GET /api/people/:personId/notes': ['viewer', async () => ({ url: `/api/people/${await freshPerson()}/notes` })],
  'POST /api/people/:personId/notes': ['member', async () => ({ url: `/api/people/${await freshPerson()}/notes`, body: { body: '来店' } })],
  'POST /api/people/merge': ['member', async () => ({ url: '/api/people/merge', body: { survivorId: await freshPerson(), mergedId: await freshPerson() } })],
  'POST /api/people/merges/:mergeId/undo': ['member', async () => {
    const m = await (await signIn('owner')).post('/api/people/merge', { survivorId: await freshPerson(), mergedId: await freshPerson() });
    return { url: `/api/people/merges/${m.body.mergeId}/undo` };
  }],
  'GET /api/fields': ['viewer', async () => ({ url: '/api/fields?entityType=person' })],
  'POST /api/fields': ['admin', async () => ({ url: '/api/fields', body: { entityType: 'person', label: '誕生月', type: 'number' } })],
  'PATCH /api/fields/:fieldId': ['admin', async () => ({ url: `/api/fields/${(await freshChoiceField()).fieldId}`, body: { label: '好み' } })],
  'DELETE /api/fields/:fieldId': ['admin', async () => ({ url: `/api/fields/${(await freshChoiceField()).fieldId}` })],
  'POST /api/fields/:fieldId/options': ['admin', async () => ({ url: `/api/fields/${(await freshChoiceField()).fieldId}/options`, body: { options: [{ label: '抹茶' }] } })],
  'PATCH /api/fields/:fieldId/options/:optionId': ['admin', async () => {
    const f = await freshChoiceField();
    return { url: `/api/fields/${f.fieldId}/options/${f.options[0].optionId}`, body: { label: 'こしあん' } };
  }],
  'POST /api/fields/:fieldId/options/reorder': ['admin', async () => {
    const f = await freshChoiceField();
    return { url: `/api/fields/${f.fieldId}/options/reorder`, body: { optionIds: f.options.map((o: { optionId: string }) => o.optionId).reverse() } };
  }],
  'POST /api/fields/:fieldId/options/merge': ['admin', async () => {
    const f = await freshChoiceField();
    return { url: `/api/fields/${f.fieldId}/options/merge`, body: { fromOptionIds: [f.options[1].optionId], intoOptionId: f.options[0].optionId } };
  }],
  'GET /api/tags': ['viewer', async () => ({ url: '/api/tags' })],
  'GET /api/postal-codes/:postalCode': ['viewer', async () => ({ url: '/api/postal-codes/1500041' })],
  'POST /api/demo': ['owner', async () => ({ url: '/api/demo', body: { people: 1 } })],
  'POST /api/duplicates/scan': ['member', async () => ({ url: '/api/duplicates/scan' })],
  'GET /api/duplicates': ['viewer', async () => ({ url: '/api/duplicates' })],
  'POST /api/duplicates/dismiss': ['member', async () => {
    const email = fresh();
    const twin = async () => (await (await signIn('owner')).post('/api/people', { familyName: '重複', emails: [{ email }] })).body.personId as string;
    const pair = { personAId: await twin(), personBId: await twin() };
    await scanDuplicates(t.db.kysely, workspaceId);
    return { url: '/api/duplicates/dismiss', body: pair };
  }],
  'POST /api/people/:personId/activities': ['member', async () => ({ url: `/api/people/${await freshPerson()}/activities`, body: { kind: 'call' } })],
  'DELETE /api/activities/:activityId': ['member', async () => {
    const a = await (await signIn('owner')).post(`/api/people/${await freshPerson()}/activities`, { kind: 'visit' });
    return { url: `/api/activities/${a.body.activityId}` };
  }],
  'GET /api/people/:personId/timeline': ['viewer', async () => ({ url: `/api/people/${await freshPerson()}/timeline` })],
  'GET /api/touchpoints': ['viewer', async () => ({ url: '/api/touchpoints' })],
  'POST /api/touchpoints': ['admin', async () => ({ url: '/api/touchpoints', body: { name: `接点${++counter}` } })],
  'PATCH /api/touchpoints/:touchpointId': ['admin', async () => ({ url: `/api/touchpoints/${await freshTouchpoint()}`, body: { name: `改名${++counter}` } })],
  'GET /api/people/export/columns': ['admin', async () => ({ url: '/api/people/export/columns' })],
  'GET /api/people/export': ['admin', async () => ({ url: '/api/people/export?columns=familyName' })],
  'POST /api/imports': ['member', async () => ({ url: '/api/imports?entity=person&fileName=list.csv', ...csv() })],
  'GET /api/imports/:importId': ['member', async () => ({ url: `/api/imports/${await freshImport()}` })],
  'PUT /api/imports/:importId/mapping': ['member', async () => ({ url: `/api/imports/${await freshImport()}/mapping`, body: { fields: ['fullName', 'email'] } })],
  'POST /api/imports/:importId/check': ['member', async () => ({ url: `/api/imports/${await freshImport()}/check`, body: {} })],
  'GET /api/imports/:importId/invalid-rows': ['member', async () => ({ url: `/api/imports/${await importAt('checked')}/invalid-rows` })],
  'GET /api/imports': ['member', async () => ({ url: '/api/imports' })],
  'POST /api/imports/:importId/run': ['member', async () => ({ url: `/api/imports/${await importAt('checked')}/run` })],
  'POST /api/imports/:importId/cancel': ['member', async () => ({ url: `/api/imports/${await importAt('running')}/cancel` })],
  'POST /api/imports/:importId/undo': ['member', async () => ({ url: `/api/imports/${await importAt('done')}/undo` })],
  'DELETE /api/imports/:importId': ['member', async () => ({ url: `/api/imports/${await freshImport()}` })],
  'POST /api/purchases/batch': ['member', async () => ({ url: '/api/purchases/batch', body: { orders: [order()] } })],
  'POST /api/purchases': ['member', async () => ({ url: '/api/purchases', body: order() })],
  'GET /api/orders/:orderId': ['viewer', async () => {
    const o = order();
    await (await signIn('owner')).post('/api/purchases', o);
    const personId = (await (await signIn('owner')).get(`/api/people?q=${o.customer.cardNumber}`)).body.items[0].personId;
    const entry = (await (await signIn('owner')).get(`/api/people/${personId}/timeline?kinds=purchase`)).body.items[0];
    return { url: `/api/orders/${entry.id}` };
  }],
  'GET /api/products': ['viewer', async () => ({ url: '/api/products' })],
  'POST /api/products': ['admin', async () => ({ url: '/api/products', body: { code: `N-${++counter}`, name: '新商品', price: 500, taxRate: 8 } })],
  'PATCH /api/products/:productId': ['admin', async () => ({ url: `/api/products/${await freshProduct()}`, body: { price: 200, version: 1 } })],
  'GET /api/people/:personId/contracts': ['viewer', async () => ({ url: `/api/people/${await freshPerson()}/contracts` })],
  'POST /api/people/:personId/contracts': ['member', async () => ({ url: `/api/people/${await freshPerson()}/contracts`, body: { plan: '定期便', startedOn: '2026-11-01', amount: 3000 } })],
  'PATCH /api/contracts/:contractId': ['member', async () => {
    const c = await (await signIn('owner')).post(`/api/people/${await freshPerson()}/contracts`, { plan: '定期便', startedOn: '2026-11-01', amount: 3000 });
    return { url: `/api/contracts/${c.body.contractId}`, body: { amount: 3300, version: 1 } };
  }],
  'GET /api/contracts/:contractId': ['viewer', async () => {
    const c = await (await signIn('owner')).post(`/api/people/${await freshPerson()}/contracts`, { plan: '定期便', startedOn: '2026-11-01', amount: 3000 });
    return { url: `/api/contracts/${c.body.contractId}` };
  }],
  'GET /api/products/:productId': ['viewer', async () => ({ url: `/api/products/${await freshProduct()}` })],
  'GET /api/contracts/renewals': ['viewer', async () => ({ url: '/api/contracts/renewals' })],
  'GET /api/people/:personId/figures': ['viewer', async () => ({ url: `/api/people/${await freshPerson()}/figures` })],
  'GET /api/settings/lifecycle-rules': ['viewer', async () => ({ url: '/api/settings/lifecycle-rules' })],
  'PUT /api/settings/lifecycle-rules': ['admin', async () => ({ url: '/api/settings/lifecycle-rules', body: { lapseAfterDays: 365 } })],
  'POST /api/figures/rfm': ['admin', async () => ({ url: '/api/figures/rfm' })],
};
// Public routes: nobody needs to sign in; what they answer depends on the input, never on a role.
const publicCases: Record<string, Case> = {
  'GET /api/setup': { url: '/api/setup' },
  'GET /healthz': { url: '/healthz' },
  'GET /readyz': { url: '/readyz' },
  'POST /api/setup': { url: '/api/setup', body: {} },
  'POST /api/auth/login': { url: '/api/auth/login', body: { email: 'nobody@example.jp', password: 'x' } },
  'GET /api/invitations/accept/:token': { url: '/api/invitations/accept/not-a-real-token' },
  'POST /api/invitations/accept': { url: '/api/invitations/accept', body: { token: 'not-a-real-token', password: 'x' } },
};

async function signIn(role: Role): Promise<Client> {
  const c = new Client(t);
  const r = await c.post('/api/auth/login', { email: emails[role], password });
  if (r.status !== 200) throw new Error(`login ${role}: ${r.status}`);
  return c;
}

beforeAll(async () => {
  // The matrix signs in hundreds of times from one address.
  t = await createTestApp({ LOGIN_RATE_PER_MINUTE: '100000' });
  owner = await setupOwner(t);
  workspaceId = (await owner.get('/api/auth/session')).body.workspace.workspaceId;
  // The owner's password is the shared one too, so password-change cases are uniform.
  await owner.post('/api/auth/password', { currentPassword: 'correct horse battery', newPassword: password });
  for (const role of ['admin', 'member', 'viewer'] as const) await addMember(t, owner, emails[role], role);
  for (const role of ROLES) keys[role] = (await owner.post('/api/api-keys', { name: `key ${role}`, role })).body.secret;
  jobRunId = (await owner.post('/api/demo', { people: 1 })).body.jobRunId;
});
afterAll(() => t.close());

describe('role matrix', () => {
  it('has a case for every registered route, with the access the route declares', () => {
    const registered = t.app.http.routeTable.filter((r) => (r.url.startsWith('/api/') && !r.url.startsWith('/api/docs')) || r.url.startsWith('/healthz') || r.url.startsWith('/readyz'))
      .map((r) => `${r.method} ${r.url} ${r.access}`);
    const expected = [
      ...Object.entries(cases).map(([name, [access]]) => `${name} ${access}`),
      ...Object.keys(publicCases).map((name) => `${name} public`),
    ];
    expect(registered.sort()).toEqual(expected.sort());
  });

  it('lets anyone reach the public routes without signing in', async () => {
    for (const [name, c] of Object.entries(publicCases)) {
      const r = await new Client(t).request(name.split(' ')[0]!, c.url, c.body);
      expect(['unauthenticated', 'forbidden', 'csrf_failed'], name).not.toContain(r.body.code);
    }
  });

  // Hundreds of signed-in calls: a minute on a quiet machine, more when the machine is shared.
  it('answers 401 / 403 / 2xx by role for sessions and API keys', async () => {
    const wrong: string[] = [];
    for (const [name, [access, make]] of Object.entries(cases)) {
      const method = name.split(' ')[0]!;
      const a = await make();
      const anon = await new Client(t).request(method, a.url, a.body, a.headers);
      if (anon.status !== 401) wrong.push(`${name} anonymous → ${anon.status}`);
      for (const role of ROLES) {
        const session = await signIn(role);
        const c = await make();
        const expected = access === 'user' || roleAtLeast(role, access as Role) ? '2xx' : '403';
        const got = await session.request(method, c.url, c.body, c.headers);
        const gotClass = got.status >= 200 && got.status < 300 ? '2xx' : String(got.status);
        if (gotClass !== expected) wrong.push(`${name} as ${role} session → ${got.status} (want ${expected}) ${JSON.stringify(got.body).slice(0, 200)}`);

        const api = new Client(t);
        api.bearer = keys[role];
        const k = await make();
        // Account routes belong to a signed-in person; a key is refused there whatever its role.
        const keyExpected = access === 'user' ? '403' : expected;
        const viaKey = await api.request(method, k.url, k.body, k.headers);
        const keyClass = viaKey.status >= 200 && viaKey.status < 300 ? '2xx' : String(viaKey.status);
        if (keyClass !== keyExpected) wrong.push(`${name} as ${role} API key → ${viaKey.status} (want ${keyExpected})`);
      }
    }
    expect(wrong).toEqual([]);
  }, 240_000);
});
