// RFM on a small known dataset: every score worked out by hand from the rule
// score = 1 + ⌊5 × percent_rank⌋ (at most 5), ties sharing the lower fifth.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Client, createTestApp, setupOwner, type TestApp } from '../helpers/app.ts';
import { nightly } from '../../src/server/domains/figures/service.ts';

let t: TestApp;
let owner: Client;
beforeAll(async () => {
  t = await createTestApp();
  owner = await setupOwner(t);
});
afterAll(() => t.close());

// Per person: the amounts of their orders and the day of the last one (the others are a day apart before it).
const DATA: Record<string, { amounts: number[]; last: string; expected: [number, number, number] | null }> = {
  P1: { amounts: [1000], last: '2026-01-01', expected: [1, 1, 1] },
  P6: { amounts: [1000], last: '2026-01-01', expected: [1, 1, 1] },
  P4: { amounts: [5000, 5000, 5000, 5000], last: '2026-02-01', expected: [3, 5, 5] },
  P2: { amounts: [2000, 3000], last: '2026-03-01', expected: [4, 3, 4] },
  P3: { amounts: [1000, 1000, 1000], last: '2026-05-01', expected: [5, 4, 3] },
  P5: { amounts: [2000, 2000, 2000, 2000, 2000], last: '2026-06-01', expected: [5, 5, 5] },
  P7: { amounts: [], last: '', expected: null },
};

describe('RFM scores', () => {
  it('gives the exact expected quintile scores, and none to someone who never bought', async () => {
    const ids: Record<string, string> = {};
    const orders: unknown[] = [];
    for (const [name, d] of Object.entries(DATA)) {
      ids[name] = (await owner.post('/api/people', { familyName: name, memberNumber: `CARD-${name}` })).body.personId;
      d.amounts.forEach((amount, i) => {
        const day = new Date(Date.parse(`${d.last}T12:00:00+09:00`) - i * 86_400_000).toISOString();
        orders.push({ externalId: `${name}-${i}`, orderedAt: day, customer: { cardNumber: `CARD-${name}` }, lines: [{ productName: '品', quantity: 1, unitPrice: amount }] });
      });
    }
    expect((await owner.post('/api/purchases/batch', { orders })).body).toMatchObject({ created: 16, errors: [] });
    t.clock.now = new Date('2026-06-02T00:00:00Z');
    await nightly(t.app.deps);
    for (const [name, d] of Object.entries(DATA)) {
      const rfm = (await owner.get(`/api/people/${ids[name]}/figures`)).body.rfm;
      expect(rfm ? [rfm.r, rfm.f, rfm.m] : null, name).toEqual(d.expected);
    }
  });
});
