// People for the history domains: finding the person an order names (card, email, phone, another
// system's id), creating one prospect per unknown customer, the lifecycle rules' stage moves, and the
// notes and stage changes that the timeline shows.
import type { Executor } from '../../platform/db/index.ts';
import type { FieldError } from '../../platform/errors.ts';
import { uuidv7 } from '../../lib/ids.ts';
import { parseEmail, parsePhone } from '../../lib/japanese/index.ts';
import { insertPeopleBatch, type BulkPerson } from './bulk.ts';
import * as repo from './customer-repo.ts';

/** How an order names its customer (see orderCustomerSchema). */
export interface CustomerKeys {
  personId?: string | undefined; cardNumber?: string | undefined; email?: string | undefined; phone?: string | undefined;
  externalSystem?: string | undefined; externalId?: string | undefined;
  familyName?: string | undefined; givenName?: string | null | undefined; familyNameKana?: string | null | undefined; givenNameKana?: string | null | undefined;
}

interface Normalised { personId?: string; card?: string; emailKey?: string; email?: string; e164?: string; phone?: string; account?: string; service?: string; handle?: string }

const cardKey = (s: string) => s.normalize('NFKC').trim();

/** The keys in the form they are stored and compared; a malformed email or phone is the caller's error. */
export function normaliseCustomer(c: CustomerKeys): { ok: true; keys: Normalised } | { ok: false; error: FieldError } {
  const keys: Normalised = {};
  if (c.personId) keys.personId = c.personId;
  if (c.cardNumber) keys.card = cardKey(c.cardNumber);
  if (c.email) {
    const e = parseEmail(c.email);
    if (!e.ok) return { ok: false, error: { field: 'customer.email', code: 'invalid_email_address' } };
    keys.emailKey = e.key;
    keys.email = e.value;
  }
  if (c.phone) {
    const p = parsePhone(c.phone);
    if (!p.ok) return { ok: false, error: { field: 'customer.phone', code: 'invalid_phone' } };
    keys.e164 = p.e164;
    keys.phone = p.display;
  }
  if (c.externalSystem !== undefined || c.externalId !== undefined) {
    if (!c.externalSystem || !c.externalId) return { ok: false, error: { field: c.externalSystem ? 'customer.externalId' : 'customer.externalSystem', code: 'required' } };
    keys.service = c.externalSystem;
    keys.handle = c.externalId;
    keys.account = `${c.externalSystem.toLowerCase()}:${c.externalId}`;
  }
  if (!keys.personId && !keys.card && !keys.emailKey && !keys.e164 && !keys.account) return { ok: false, error: { field: 'customer', code: 'customer_required' } };
  return { ok: true, keys };
}

/** The first key an unknown customer is known by: orders with the same one make one prospect. */
const identity = (k: Normalised) => (k.card ? `card:${k.card}` : k.emailKey ? `email:${k.emailKey}` : k.e164 ? `phone:${k.e164}` : `account:${k.account}`);

export interface ResolvedCustomers {
  /** Per input, the person's id, or null where `errors` has the reason. */
  personIds: (string | null)[];
  errors: Map<number, FieldError>;
  /** Prospects to create for unknown customers, keyed by identity; written by createProspects. */
  prospects: Map<string, { personId: string; keys: Normalised; source: CustomerKeys; firstAt: Date }>;
  /** The lifecycle stage of each person found or planned, as read with them. */
  stages: Map<string, string>;
}

/** Finds each customer's person, in the order card number, email, phone, other system's id. Reads only. */
export async function resolveCustomers(db: Executor, workspaceId: string, customers: { keys: CustomerKeys; at: Date }[]): Promise<ResolvedCustomers> {
  const errors = new Map<number, FieldError>();
  const normalised = customers.map((c, i) => {
    const n = normaliseCustomer(c.keys);
    if (!n.ok) errors.set(i, n.error);
    return n.ok ? n.keys : null;
  });
  const all = <K extends keyof Normalised>(k: K) => [...new Set(normalised.flatMap((n) => (n?.[k] ? [n[k] as string] : [])))];
  const [live, cards, emails, phones, accounts] = await Promise.all([
    repo.liveIds(db, workspaceId, all('personId')),
    repo.byCardNumbers(db, workspaceId, all('card')),
    repo.byEmailKeys(db, workspaceId, all('emailKey')),
    repo.byPhones(db, workspaceId, all('e164')),
    repo.byAccounts(db, workspaceId, all('account')),
  ]);
  const liveSet = new Set(live.map((r) => r.person_id));
  const stages = new Map([live, cards, emails, phones, accounts].flat().map((r) => [r.person_id, r.lifecycle_stage]));
  const map = (rows: repo.KeyMatch[]) => new Map(rows.map((r) => [r.key, r.person_id]));
  const [byCard, byEmail, byPhone, byAccount] = [map(cards), map(emails), map(phones), map(accounts)];
  const prospects: ResolvedCustomers['prospects'] = new Map();
  const personIds = normalised.map((k, i) => {
    if (!k) return null;
    if (k.personId) {
      if (liveSet.has(k.personId)) return k.personId;
      errors.set(i, { field: 'customer.personId', code: 'unknown_reference' });
      return null;
    }
    const found = (k.card && byCard.get(k.card)) || (k.emailKey && byEmail.get(k.emailKey)) || (k.e164 && byPhone.get(k.e164)) || (k.account && byAccount.get(k.account));
    if (found) return found;
    const id = identity(k);
    const at = customers[i]!.at;
    const known = prospects.get(id);
    if (known) {
      if (at < known.firstAt) known.firstAt = at;
      return known.personId;
    }
    const personId = uuidv7();
    prospects.set(id, { personId, keys: k, source: customers[i]!.keys, firstAt: at });
    stages.set(personId, 'prospect');
    return personId;
  });
  return { personIds, errors, prospects, stages };
}

/** Writes the prospects resolveCustomers planned, with their keys so that the next order finds them. */
export async function createProspects(db: Executor, workspaceId: string, prospects: ResolvedCustomers['prospects'], source: string): Promise<number> {
  const list = [...prospects.values()];
  if (list.length === 0) return 0;
  const people: BulkPerson[] = list.map(({ personId, keys, source: c, firstAt }) => ({
    personId,
    // A prospect needs a name to be listed: the customer's own, else the key it is known by.
    familyName: c.familyName ?? keys.email ?? keys.card ?? keys.phone ?? keys.handle ?? personId,
    givenName: c.givenName ?? null, familyNameKana: c.familyNameKana ?? null, givenNameKana: c.givenNameKana ?? null,
    email: keys.email ?? null, phone: keys.phone ?? null, birthday: null, gender: null, postalCode: null, prefecture: null, city: null,
    addressLine: null, building: null, companyId: null, companyName: null, jobTitle: null, lifecycleStage: 'prospect', source,
    memberNumber: keys.card ?? null, lifecycleChangedAt: firstAt,
  }));
  await insertPeopleBatch(db, workspaceId, people);
  await repo.insertAccounts(db, list.flatMap(({ personId, keys }) => (keys.service && keys.handle
    ? [{ workspace_id: workspaceId, person_id: personId, account_id: uuidv7(), service: keys.service, handle: keys.handle }] : [])));
  await repo.insertFirstStages(db, workspaceId, list.map((p) => ({ personId: p.personId, stage: 'prospect', at: p.firstAt })));
  return list.length;
}

/**
 * Lifecycle rule: a purchase makes a prospect or a former customer a customer, dated by the purchase.
 * `stages` are the buyers' stages as resolveCustomers read them, so that only those who move are written.
 */
export async function becomeCustomers(db: Executor, workspaceId: string, purchases: { personId: string; at: Date }[], stages: Map<string, string>): Promise<string[]> {
  const first = new Map<string, Date>();
  for (const p of purchases) {
    const stage = stages.get(p.personId);
    if (stage !== 'prospect' && stage !== 'former') continue;
    if (!first.has(p.personId) || p.at < first.get(p.personId)!) first.set(p.personId, p.at);
  }
  return repo.moveStages(db, workspaceId, 'customer', [...first].map(([personId, at]) => ({ personId, from: stages.get(personId)!, at })));
}

/** Lifecycle rule: customers without a purchase for the workspace's lapse period become former customers. */
export async function lapseCustomers(db: Executor, workspaceId: string, personIds: string[], at: Date): Promise<string[]> {
  return repo.moveStages(db, workspaceId, 'former', personIds.map((personId) => ({ personId, from: 'customer', at })));
}

/** Match keys as an import names them: a card (member) number, email keys, phones in E.164. */
export interface MatchKeys { card?: string | null; emailKeys: string[]; e164s: string[] }

/**
 * For an import: the live person each entry's keys name, trying the card number, then each email, then
 * each phone; null when none does. Three statements for a whole batch.
 */
export async function matchPeople(db: Executor, workspaceId: string, entries: MatchKeys[]): Promise<(string | null)[]> {
  const [cards, emails, phones] = await Promise.all([
    repo.byCardNumbers(db, workspaceId, [...new Set(entries.flatMap((e) => (e.card ? [e.card] : [])))]),
    repo.byEmailKeys(db, workspaceId, [...new Set(entries.flatMap((e) => e.emailKeys))]),
    repo.byPhones(db, workspaceId, [...new Set(entries.flatMap((e) => e.e164s))]),
  ]);
  const map = (rows: repo.KeyMatch[]) => new Map(rows.map((r) => [r.key, r.person_id]));
  const [byCard, byEmail, byPhone] = [map(cards), map(emails), map(phones)];
  return entries.map((e) => (e.card && byCard.get(e.card)) || e.emailKeys.map((k) => byEmail.get(k)).find(Boolean) || e.e164s.map((k) => byPhone.get(k)).find(Boolean) || null);
}

export const touchLastActivity = repo.touchActivity;
export const personNames = repo.namesOf;
export { notesBefore, stagesBefore, type TimelineRow } from './customer-repo.ts';
