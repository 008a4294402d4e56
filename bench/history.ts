// History at scale — issue #4's benchmarks, on the PostgreSQL server (the issue's targets are the
// server's). N purchase lines (default 10,000,000) for P people (default 1,000,000) go through the real
// bulk API (Fastify inject, signed in) in batches of 10,000 orders; beside it, the raw COPY rate of the
// same rows into the same tables (keys, indexes, foreign keys), measured in the same run. Then: how late the
// figures are after a batch returns, the nightly RFM run, and the timeline of a person with 5,000 events.
// People are loaded once and kept in database bench_history_P; each run puts the history back to how
// the load left it first.
import pg from 'pg';
import { from as copyFrom } from 'pg-copy-streams';
import { pipeline } from 'node:stream/promises';
import { Readable } from 'node:stream';
import { intFlag } from './lib/args.ts';
import { keptDatabase, serverUrl, unreachableReason } from './lib/postgres.ts';
import { percentile } from './lib/stats.ts';
import type { BenchResult, BenchRow } from './lib/types.ts';
import { openApp, signIn, type Signed } from './lib/app.ts';
import { refreshStatistics, sql, type Db } from '../src/server/platform/db/index.ts';
import type { App } from '../src/server/app.ts';
import { loadDemo } from '../src/server/domains/demo/index.ts';
import { nightly } from '../src/server/domains/figures/service.ts';
import { priceLine } from '../src/server/domains/purchases/rules.ts';

export const description = 'History on PostgreSQL: 10M purchase lines for 1M people through the bulk API beside raw COPY; figure lag; RFM run; timeline p95 for a person with 5,000 events';

const SEED = 20261124;
const OWNER = { workspaceName: '履歴ベンチ', displayName: '計測 次郎', email: 'history-bench@example.jp', password: 'bench-password-1234' };
const BATCH = 10_000;
const PRODUCTS = 500;
const progress = (msg: string) => process.stderr.write(`[history] ${msg}\n`);

/** A small fast PRNG so that both passes (API and COPY) see the same orders. */
function rng(seed: number) {
  let s = seed >>> 0;
  return () => { s = (s + 0x6d2b79f5) >>> 0; let t = s; t = Math.imul(t ^ (t >>> 15), t | 1); t ^= t + Math.imul(t ^ (t >>> 7), t | 61); return ((t ^ (t >>> 14)) >>> 0) / 4294967296; };
}

interface GenOrder { externalId: string; orderedAt: string; card: string; lines: { code: string; quantity: number; unitPrice: number }[]; returns?: string }

/** The orders, batch by batch: 1–4 lines (2.5 on average), 1 % returns of an earlier order, 0.5 % unknown cards. */
function* orderBatches(people: number, lines: number): Generator<GenOrder[]> {
  const rand = rng(SEED);
  const start = Date.parse('2024-12-01T00:00:00Z');
  const span = 2 * 365 * 86_400_000;
  let made = 0;
  let n = 0;
  const recent: GenOrder[] = [];
  while (made < lines) {
    const batch: GenOrder[] = [];
    while (batch.length < BATCH && made < lines) {
      n += 1;
      const at = new Date(start + Math.floor((n / (lines / 2.5)) * span)).toISOString();
      const original = recent.length > 100 && rand() < 0.01 ? recent[Math.floor(rand() * recent.length)] : undefined;
      if (original && !original.returns) {
        const line = original.lines[0]!;
        batch.push({ externalId: `H${n}`, orderedAt: at, card: original.card, returns: original.externalId, lines: [{ code: line.code, quantity: -1, unitPrice: line.unitPrice }] });
        made += 1;
        continue;
      }
      const card = rand() < 0.005 ? `NEW${n}` : `C${1 + Math.floor(rand() * people)}`;
      const count = Math.min(1 + Math.floor(rand() * 4), lines - made);
      const orderLines = Array.from({ length: count }, () => {
        const p = Math.floor(rand() * PRODUCTS);
        return { code: `P${String(p).padStart(4, '0')}`, quantity: 1 + Math.floor(rand() * 3), unitPrice: 100 + (p % 50) * 100 };
      });
      const o = { externalId: `H${n}`, orderedAt: at, card, lines: orderLines };
      batch.push(o);
      if (recent.length < 2000) recent.push(o); else recent[Math.floor(rand() * 2000)] = o;
      made += count;
    }
    yield batch;
  }
}

const apiOrder = (o: GenOrder) => ({
  externalId: o.externalId, orderedAt: o.orderedAt, channel: 'shop', store: '本店', paymentMethod: '現金',
  customer: { cardNumber: o.card }, lines: o.lines.map((l) => ({ productCode: l.code, quantity: l.quantity, unitPrice: l.unitPrice })),
  ...(o.returns ? { returnsExternalId: o.returns } : {}),
});

/** People with card numbers C1…CP, loaded once; the history is put back to the loaded state each run. */
async function prepare(db: Db, workspaceId: string, people: number): Promise<number | null> {
  const k = db.kysely;
  const have = Number((await sql<{ n: string }>`select count(*) as n from people where workspace_id = ${workspaceId}`.execute(k)).rows[0]!.n);
  let loadMs: number | null = null;
  if (have < people) {
    const t0 = performance.now();
    let last = 0;
    await loadDemo(k, workspaceId, { people, seed: SEED }, { done: 0, progress: async (d) => { if (d - last >= 100_000) { last = d; progress(`loaded ${d.toLocaleString('en')}`); } } });
    await sql`update people p set member_number = 'C' || n.i from (select person_id, row_number() over (order by person_id) as i from people where workspace_id = ${workspaceId}) n
      where p.workspace_id = ${workspaceId} and p.person_id = n.person_id`.execute(k);
    await sql`create table bench_stages as select person_id, lifecycle_stage, lifecycle_changed_at from people where workspace_id = ${workspaceId}`.execute(k);
    await sql`create table bench_lifecycle as select * from lifecycle_changes where workspace_id = ${workspaceId}`.execute(k);
    loadMs = performance.now() - t0;
  } else {
    progress('putting the history back to the loaded state');
    await sql`truncate order_lines, orders, person_figures, activities`.execute(k);
    await sql`delete from people where workspace_id = ${workspaceId} and source = 'api'`.execute(k);
    await sql`update people p set lifecycle_stage = s.lifecycle_stage, lifecycle_changed_at = s.lifecycle_changed_at from bench_stages s
      where p.workspace_id = ${workspaceId} and p.person_id = s.person_id and p.lifecycle_stage <> s.lifecycle_stage`.execute(k);
    await sql`delete from lifecycle_changes where workspace_id = ${workspaceId}`.execute(k);
    await sql`insert into lifecycle_changes select * from bench_lifecycle`.execute(k);
  }
  await sql`vacuum analyze`.execute(k);
  await refreshStatistics(k);
  return loadMs;
}

async function ensureProducts(app: App, auth: { cookie: string; csrf: string }) {
  const first = JSON.parse((await app.http.inject({ method: 'GET', url: '/api/products?limit=1', headers: { cookie: auth.cookie } })).body);
  if (first.items.length) return;
  for (let p = 0; p < PRODUCTS; p++) {
    await app.http.inject({
      method: 'POST', url: '/api/products', headers: { cookie: auth.cookie, 'x-csrf-token': auth.csrf },
      payload: { code: `P${String(p).padStart(4, '0')}`, name: `商品${p}`, price: 100 + (p % 50) * 100, taxRate: p % 3 === 0 ? 8 : 10 },
    });
  }
}

/** Every batch through POST /api/purchases/batch; only the requests are timed, not making the JSON. */
async function ingest(app: App, db: Db, auth: Signed, people: number, lines: number) {
  let ms = 0;
  let orders = 0;
  let done = 0;
  let batches = 0;
  const lag: number[] = [];
  for (const batch of orderBatches(people, lines)) {
    const payload = JSON.stringify({ orders: batch.map(apiOrder) });
    const t0 = performance.now();
    const res = await app.http.inject({ method: 'POST', url: '/api/purchases/batch', payload, headers: { cookie: auth.cookie, 'x-csrf-token': auth.csrf, 'content-type': 'application/json' } });
    ms += performance.now() - t0;
    const body = JSON.parse(res.body);
    if (res.statusCode !== 200 || body.errors.length) throw new Error(`batch ${batches}: ${res.statusCode} ${res.body.slice(0, 500)}`);
    orders += body.created;
    done += batch.reduce((s, o) => s + o.lines.length, 0);
    batches += 1;
    // Figure lag: the last sale of the batch, read right after the call returned.
    const sale = [...batch].reverse().find((o) => !o.returns && !o.card.startsWith('NEW'))!;
    const t1 = performance.now();
    const seen = (await sql<{ last: Date | null }>`select f.last_purchase_at as last from person_figures f join people p on p.workspace_id = f.workspace_id and p.person_id = f.person_id
      where p.workspace_id = ${auth.workspaceId} and p.member_number = ${sale.card} and p.deleted_at is null`.execute(db.kysely)).rows[0]?.last;
    if (!seen || new Date(seen).getTime() < Date.parse(sale.orderedAt)) throw new Error(`figures of ${sale.card} do not show order ${sale.externalId} after its batch returned`);
    lag.push(performance.now() - t1);
    if (batches % 20 === 0) progress(`${done.toLocaleString('en')} lines, ${Math.round(done / (ms / 1000)).toLocaleString('en')} lines/s`);
  }
  return { ms, orders, lines: done, batches, lagReadMs: lag };
}

/**
 * The same rows by raw COPY into the same tables (orders and order_lines, with their keys, indexes and
 * foreign keys), emptied again afterwards: the same product ids, names, tax rates and amounts as the API
 * writes. Orders of unknown cards go to the first person.
 */
async function copyReference(url: string, workspaceId: string, people: number, lines: number): Promise<{ ms: number; lines: number }> {
  const c = new pg.Client({ connectionString: url });
  await c.connect();
  try {
    const ids = new Map<string, string>();
    const cards = new Map((await c.query<{ member_number: string; person_id: string }>('select member_number, person_id from people where workspace_id = $1 and member_number is not null', [workspaceId])).rows.map((r) => [r.member_number, r.person_id]));
    const fallback = cards.get('C1')!;
    // The rows the API writes: the catalogue's product id, name and tax rate, and the tax the rules work out.
    const products = new Map((await c.query<{ code: string; product_id: string; name: string; tax_rate: number }>('select code, product_id, name, tax_rate from products where workspace_id = $1', [workspaceId])).rows.map((r) => [r.code, r]));
    let ms = 0;
    let count = 0;
    let n = 0;
    const uuid = () => { n += 1; return `00000000-0000-7000-8000-${n.toString(16).padStart(12, '0')}`; };
    for (const batch of orderBatches(people, lines)) {
      const orderRows: string[] = [];
      const lineRows: string[] = [];
      for (const o of batch) {
        const id = uuid();
        ids.set(o.externalId, id);
        const priced = o.lines.map((l) => ({ ...priceLine({ quantity: l.quantity, unitPrice: l.unitPrice, taxRate: products.get(l.code)!.tax_rate as 8 | 10 }), product: products.get(l.code)! }));
        const total = priced.reduce((s, l) => s + l.amount, 0);
        const tax = priced.reduce((s, l) => s + l.tax, 0);
        orderRows.push(`${workspaceId}\t${id}\t${cards.get(o.card) ?? fallback}\t${o.externalId}\t${o.orderedAt}\tshop\t本店\t現金\t${total}\t${tax}\t0\t0\t${o.returns ? ids.get(o.returns) ?? '\\N' : '\\N'}\t${o.orderedAt}\n`);
        priced.forEach((l, i) => lineRows.push(`${workspaceId}\t${id}\t${i + 1}\t${l.product.product_id}\t${l.product.code}\t${l.product.name}\t${l.quantity}\t${l.unitPrice}\t${l.taxRate}\t${l.amount}\n`));
        count += o.lines.length;
      }
      const t0 = performance.now();
      await c.query('begin');
      await pipeline(Readable.from([orderRows.join('')]), c.query(copyFrom('copy orders (workspace_id, order_id, person_id, external_id, ordered_at, channel, store, payment_method, total, tax, points_used, points_earned, returns_order_id, created_at) from stdin')));
      await pipeline(Readable.from([lineRows.join('')]), c.query(copyFrom('copy order_lines (workspace_id, order_id, line_no, product_id, product_code, product_name, quantity, unit_price, tax_rate, amount) from stdin')));
      await c.query('commit');
      ms += performance.now() - t0;
    }
    return { ms, lines: count };
  } finally {
    await c.query('truncate order_lines, orders');
    await c.query('vacuum analyze orders');
    await c.query('vacuum analyze order_lines');
    await c.end();
  }
}

/** A person with 5,000 events (activities through the API, purchases through the bulk API); first pages timed. */
async function timeline(app: App, auth: Signed, db: Db) {
  const person = (await sql<{ person_id: string; member_number: string }>`select person_id, member_number from people where workspace_id = ${auth.workspaceId} and member_number = 'C1'`.execute(db.kysely)).rows[0]!;
  const headers = { cookie: auth.cookie, 'x-csrf-token': auth.csrf };
  const kinds = ['call', 'visit', 'email', 'event', 'inquiry', 'dm'];
  for (let i = 0; i < 2500; i++) {
    const occurredAt = new Date(Date.parse('2025-01-01T00:00:00Z') + i * 3_600_000 * 7).toISOString();
    await app.http.inject({ method: 'POST', url: `/api/people/${person.person_id}/activities`, headers, payload: { kind: kinds[i % kinds.length], occurredAt, body: `記録 ${i}` } });
  }
  const orders = Array.from({ length: 2500 }, (_, i) => ({
    externalId: `TL${i}`, orderedAt: new Date(Date.parse('2025-01-01T03:00:00Z') + i * 3_600_000 * 7).toISOString(),
    customer: { cardNumber: person.member_number }, lines: [{ productCode: 'P0001', quantity: 1, unitPrice: 200 }],
  }));
  await app.http.inject({ method: 'POST', url: '/api/purchases/batch', headers: { ...headers, 'content-type': 'application/json' }, payload: JSON.stringify({ orders }) });
  await refreshStatistics(db.kysely);
  const time = async (url: string) => {
    const t0 = performance.now();
    const res = await app.http.inject({ method: 'GET', url, headers: { cookie: auth.cookie } });
    if (res.statusCode !== 200) throw new Error(`${url}: ${res.statusCode}`);
    return { ms: performance.now() - t0, body: JSON.parse(res.body) };
  };
  const base = `/api/people/${person.person_id}/timeline`;
  const first: number[] = [];
  const filtered: number[] = [];
  const deep: number[] = [];
  let cursor = (await time(`${base}?limit=100`)).body.nextCursor as string;
  for (let i = 0; i < 20; i++) cursor = (await time(`${base}?limit=100&cursor=${encodeURIComponent(cursor)}`)).body.nextCursor;
  for (let i = 0; i < 5; i++) await time(base);
  for (let i = 0; i < 200; i++) first.push((await time(base)).ms);
  for (let i = 0; i < 100; i++) filtered.push((await time(`${base}?kinds=call,visit`)).ms);
  for (let i = 0; i < 100; i++) deep.push((await time(`${base}?cursor=${encodeURIComponent(cursor)}`)).ms);
  const events = Number((await sql<{ n: string }>`select (select count(*) from activities where workspace_id = ${auth.workspaceId} and person_id = ${person.person_id})
    + (select count(*) from orders where workspace_id = ${auth.workspaceId} and person_id = ${person.person_id}) as n`.execute(db.kysely)).rows[0]!.n);
  return { first, filtered, deep, events, personId: person.person_id };
}

/** The floor: the first page of one person's activities by its index, through a plain pg client. */
async function bareTimeline(url: string, workspaceId: string, personId: string): Promise<number[]> {
  const c = new pg.Client({ connectionString: url });
  await c.connect();
  try {
    const out: number[] = [];
    for (let i = 0; i < 105; i++) {
      const t0 = performance.now();
      await c.query('select activity_id, kind, occurred_at, body from activities where workspace_id = $1 and person_id = $2 order by occurred_at desc, activity_id desc limit 31', [workspaceId, personId]);
      if (i >= 5) out.push(performance.now() - t0);
    }
    return out;
  } finally {
    await c.end();
  }
}

export default async function run(args: string[]): Promise<BenchResult> {
  const people = intFlag(args, 'people', 1_000_000);
  const lines = intFlag(args, 'lines', 10_000_000);
  const notes: string[] = [`${people.toLocaleString('en')} demo people with card numbers, ${lines.toLocaleString('en')} purchase lines in batches of ${BATCH.toLocaleString('en')} orders (2.5 lines per order on average, 1 % returns, 0.5 % unknown cards → prospects), ${PRODUCTS} products`];
  const rows: BenchRow[] = [];
  const unreachable = await unreachableReason(serverUrl());
  if (unreachable) return { rows, notes: [...notes, `PostgreSQL unreachable, nothing measured: ${unreachable}`], details: {} };

  const url = await keptDatabase(serverUrl(), `bench_history_${people}`, args.includes('--fresh'));

  const { app, db } = await openApp({ DATABASE_URL: url });
  try {
    const auth = await signIn(app, OWNER);
    const loadMs = await prepare(db, auth.workspaceId, people);
    if (loadMs !== null) notes.push(`loaded the people in ${(loadMs / 1000).toFixed(0)} s (not part of the figures)`);
    await ensureProducts(app, auth);

    progress('raw COPY of the same rows (reference)');
    const copy = await copyReference(url, auth.workspaceId, people, lines);
    const copyRate = copy.lines / (copy.ms / 1000);
    progress(`COPY: ${Math.round(copyRate).toLocaleString('en')} lines/s`);

    progress('bulk API');
    const api = await ingest(app, db, auth, people, lines);
    const apiRate = api.lines / (api.ms / 1000);
    rows.push({ group: 'PostgreSQL', metric: 'ingest through POST /api/purchases/batch (target ≥ 25 % of COPY)', unit: 'rows/s', ours: apiRate, reference: { label: 'raw COPY of the same orders and lines into the same tables', value: copyRate } });
    rows.push({ group: 'PostgreSQL', metric: 'figure lag after a batch returns: the last sale is in the figures', unit: 'ms', ours: 0, reference: null });
    rows.push({ group: 'PostgreSQL', metric: 'reading a buyer’s figures right after the batch, p95', unit: 'ms', ours: percentile(api.lagReadMs, 95), reference: null });
    notes.push(`bulk API: ${api.lines.toLocaleString('en')} lines in ${api.orders.toLocaleString('en')} orders, ${api.batches} calls, ${(api.ms / 1000).toFixed(0)} s; COPY: ${(copy.ms / 1000).toFixed(0)} s`);
    notes.push('Figures are written in the transaction that writes the orders, so the lag is zero by construction; every batch checks it by reading the buyer of its last sale right after the call returned.');

    progress('nightly RFM and lapse run');
    await refreshStatistics(db.kysely);
    const t0 = performance.now();
    await nightly(app.deps);
    rows.push({ group: 'PostgreSQL', metric: `nightly RFM scoring + lapse rule over ${people.toLocaleString('en')} people`, unit: 'ms', ours: performance.now() - t0, reference: null });

    progress('timeline of a person with 5,000 events');
    const tl = await timeline(app, auth, db);
    const bare = await bareTimeline(url, auth.workspaceId, tl.personId);
    const ref = { label: 'bare first page of the activities index (pg client), p50', value: percentile(bare, 50) };
    rows.push({ group: 'PostgreSQL', metric: `timeline first page, ${tl.events.toLocaleString('en')} events, p50`, unit: 'ms', ours: percentile(tl.first, 50), reference: ref });
    rows.push({ group: 'PostgreSQL', metric: 'timeline first page p95 (target < 30 ms)', unit: 'ms', ours: percentile(tl.first, 95), reference: null });
    rows.push({ group: 'PostgreSQL', metric: 'timeline, calls and visits only, p95', unit: 'ms', ours: percentile(tl.filtered, 95), reference: null });
    rows.push({ group: 'PostgreSQL', metric: 'timeline page 2,100 entries deep, p95', unit: 'ms', ours: percentile(tl.deep, 95), reference: null });
    notes.push('PGlite is not measured here: the issue sets these targets on the server.');
    return { rows, notes, details: { people, lines, api: { ...api, lagReadMs: undefined }, copy, timeline: tl } };
  } finally {
    await app.close();
    await db.close();
  }
}
