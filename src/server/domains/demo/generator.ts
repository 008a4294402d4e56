// Realistic Japanese demo customers, computed from a seed and nothing else (no I/O, no clock, no
// Math.random): record i of a workspace's set is the same on every run, so a demo load that stops can resume
// at any index, and a retried batch carries the same ids, which `on conflict do nothing` then skips.
// Each record seeds its own generator from (seed, index), which is what makes any slice reproducible.
// It must stay fast (a million people for benchmarks): tables are prepared once at module load and a
// record costs a few dozen integer hashes, string concatenations and the object itself.
import { COMPANY_STEMS, EMAIL_DOMAINS, ENTITY_TYPES, INDUSTRIES, JOB_TITLES, SOURCES, type Word } from './data/companies.ts';
import { FEMALE_GIVEN, MALE_GIVEN, SURNAMES, type NameEntry } from './data/names.ts';
import { BUILDING_FORMS, BUILDING_STEMS, OFFICE_BUILDINGS, PREFECTURES, type City } from './data/places.ts';
import { hepburn } from './data/romaji.ts';
import { fullwidthDigits, halfwidthKatakana } from './data/widths.ts';

export interface DemoCompany {
  companyId: string; name: string; nameKana: string; corporateNumber: string; industry: string;
  postalCode: string; prefecture: string; city: string; addressLine: string; phone: string; website: string | null;
}

export interface DemoPerson {
  personId: string; familyName: string; givenName: string | null; familyNameKana: string; givenNameKana: string | null;
  email: string | null; phone: string | null; birthday: string | null; gender: 'female' | 'male' | 'other' | 'unknown';
  postalCode: string; prefecture: string; city: string; addressLine: string; building: string | null;
  companyId: string | null; jobTitle: string | null; lifecycleStage: 'prospect' | 'customer' | 'former'; source: string;
}

// ---- randomness ---------------------------------------------------------------------------------------

/** murmur3's finaliser: spreads neighbouring inputs (index 41, 42 …) over the whole 32-bit range. */
function fmix32(h: number): number {
  h ^= h >>> 16; h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13; h = Math.imul(h, 0xc2b2ae35);
  return (h ^ (h >>> 16)) >>> 0;
}

const PEOPLE_STREAM = 0x5045;
const COMPANY_STREAM = 0x434f;

/** mulberry32: one add and a hash per draw. Plenty for demo data, and cheap to re-seed per record. */
class Rng {
  state = 0;
  reseed(seed: number, index: number, stream: number): void {
    const hi = Math.floor(index / 0x100000000);
    this.state = fmix32(fmix32(fmix32((seed >>> 0) ^ Math.imul(stream, 0x9e3779b9)) ^ (index >>> 0)) ^ hi) | 0;
  }
  u32(): number {
    let t = (this.state = (this.state + 0x6d2b79f5) | 0);
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return (t ^ (t >>> 14)) >>> 0;
  }
  float(): number { return this.u32() / 0x100000000; }
  int(n: number): number { return Math.floor(this.float() * n); }
  chance(p: number): boolean { return this.float() < p; }
  pick<T>(items: readonly T[]): T { return items[this.int(items.length)]!; }
}

/** Draws by weight: cumulative sums and a binary search, O(log n) with no allocation per draw. */
class Weighted<T> {
  readonly items: T[];
  readonly cum: Float64Array;
  constructor(items: T[], weight: (t: T) => number) {
    this.items = items;
    this.cum = new Float64Array(items.length);
    let sum = 0;
    items.forEach((t, i) => { sum += weight(t); this.cum[i] = sum; });
  }
  pick(rng: Rng): T {
    const x = rng.float() * this.cum[this.cum.length - 1]!;
    let lo = 0;
    let hi = this.cum.length - 1;
    while (lo < hi) { const mid = (lo + hi) >>> 1; if (this.cum[mid]! > x) hi = mid; else lo = mid + 1; }
    return this.items[lo]!;
  }
}

// ---- tables prepared once -----------------------------------------------------------------------------

interface Name { kanji: string; kana: string; half: string; romaji: string; weight: number }
const prepName = (n: NameEntry | Word, weight = 1): Name => 'kanji' in n
  ? { kanji: n.kanji, kana: n.kana, half: halfwidthKatakana(n.kana), romaji: hepburn(n.kana), weight }
  : { kanji: n.text, kana: n.kana, half: halfwidthKatakana(n.kana), romaji: n.slug, weight };
const SURNAME = new Weighted(SURNAMES.map((n) => prepName(n, n.weight)), (n) => n.weight);
const GIVEN = { female: FEMALE_GIVEN.map((era) => era.map((n) => prepName(n))), male: MALE_GIVEN.map((era) => era.map((n) => prepName(n))) };

interface Town { name: string; postalCode: string }
interface Place { prefecture: string; city: City; towns: Town[]; weight: number }
// One postal code per town, from a hash of its name: neighbours share a code as they do in reality. Most
// residential codes have 0 as fourth digit (150-0041); large offices and some towns use the rest.
function townCode(city: City, town: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < town.length; i++) h = Math.imul(h ^ town.charCodeAt(i), 16777619);
  h = fmix32(h ^ city.postalPrefix.charCodeAt(2));
  const rest = h % 5 === 0 ? PAD[4]![h % 10000]! : '0' + PAD[3]![h % 1000]!;
  return `${city.postalPrefix}-${rest}`;
}
/** PAD[n][k] is k written with n digits: formatting without padStart/toString per record. */
const PAD: string[][] = [0, 1, 2, 3, 4].map((n) => Array.from({ length: 10 ** n }, (_, k) => (n === 0 ? '' : String(k).padStart(n, '0'))));
// A city's weight: its share of the listed cities' population times its prefecture's population.
const PLACE = new Weighted(
  PREFECTURES.flatMap((p) => {
    const listed = p.cities.reduce((sum, c) => sum + c.weight, 0);
    return p.cities.map((city): Place => ({
      prefecture: p.name, city, towns: city.towns.map((t) => ({ name: t, postalCode: townCode(city, t) })), weight: (p.weight * city.weight) / listed,
    }));
  }),
  (pl) => pl.weight,
);
const INDUSTRY = new Weighted(INDUSTRIES.map((i) => ({ ...i, suffixes: i.suffixes.map((w) => prepName(w)) })), (i) => i.weight);
const STEMS = COMPANY_STEMS.map((w) => prepName(w));
const ENTITY = new Weighted(ENTITY_TYPES, (e) => e.weight);
const JOB_TITLE = new Weighted(JOB_TITLES, (j) => j.weight);
const SOURCE = new Weighted(SOURCES, (s) => s.weight);
const MONTH_DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

// ---- record parts -------------------------------------------------------------------------------------

// Ids look like UUIDv7: the 48-bit "time" is a fixed base plus the record index, so ids ascend with the
// index (inserts append to the primary-key index instead of splitting random pages) and are unique
// within a set by construction; the 74 remaining bits come from the record's generator.
const PEOPLE_ID_BASE = Date.UTC(2024, 0, 1);
const COMPANY_ID_BASE = Date.UTC(2023, 0, 1);
// Written as character codes into one buffer and read out as a single flat string: a template literal
// of eight parts would leave a rope of ~450 bytes per id, which at a million records is most of the heap.
const UUID_CHARS = Buffer.alloc(36, '-');
const HEX_CODES = Buffer.from('0123456789abcdef', 'latin1');
function putHex16(pos: number, v: number): void {
  UUID_CHARS[pos] = HEX_CODES[(v >>> 12) & 15]!;
  UUID_CHARS[pos + 1] = HEX_CODES[(v >>> 8) & 15]!;
  UUID_CHARS[pos + 2] = HEX_CODES[(v >>> 4) & 15]!;
  UUID_CHARS[pos + 3] = HEX_CODES[v & 15]!;
}
function uuid(ms: number, rng: Rng): string {
  const lo = ms >>> 0;
  const a = rng.u32();
  const b = rng.u32();
  const c = rng.u32();
  putHex16(0, Math.floor(ms / 0x100000000) & 0xffff);
  putHex16(4, lo >>> 16);
  putHex16(9, lo & 0xffff);
  putHex16(14, 0x7000 | (a & 0xfff)); // version 7
  putHex16(19, 0x8000 | ((a >>> 12) & 0x3fff)); // RFC 9562 variant (binary 10)
  putHex16(24, b >>> 16);
  putHex16(28, b & 0xffff);
  putHex16(32, c & 0xffff);
  return UUID_CHARS.toString('latin1');
}

function digits(rng: Rng, n: number): string {
  return PAD[n]![rng.int(10 ** n)]!;
}

/** A landline of ten digits: area code, exchange (never starting with 0 or 1), then four digits. */
function landline(rng: Rng, city: City): string {
  const mid = 6 - city.areaCode.length;
  return `${city.areaCode}-${2 + rng.int(8)}${digits(rng, mid - 1)}-${digits(rng, 4)}`;
}

function phone(rng: Rng, city: City): string {
  const x = rng.float();
  const mobile = x < 0.7 ? `${x < 0.35 ? '090' : x < 0.6 ? '080' : '070'}-${digits(rng, 4)}-${digits(rng, 4)}` : null;
  const p = mobile ?? landline(rng, city);
  // As typed into real forms: mostly hyphenated, some run together, a few with the IME's full-width digits.
  const style = rng.float();
  return style < 0.04 ? p.replaceAll('-', '') : style < 0.06 ? fullwidthDigits(p) : p;
}

function addressLine(rng: Rng, place: Place, town: Town): string {
  const c = 1 + rng.int(5);
  const b = 1 + rng.int(30);
  const g = 1 + rng.int(25);
  const style = rng.float();
  const line = place.city.banchiOnly
    ? (style < 0.5 ? `${town.name}${1 + rng.int(999)}` : `${town.name}${1 + rng.int(999)}-${g}`)
    : style < 0.05 ? `${town.name}${c}丁目${b}番${g}号`
      : style < 0.2 ? `${town.name}${c}-${b}` : `${town.name}${c}-${b}-${g}`;
  return rng.chance(0.02) ? fullwidthDigits(line) : line;
}

function building(rng: Rng): string {
  const name = rng.pick(BUILDING_FORMS).replace('{}', rng.pick(BUILDING_STEMS));
  const floor = 1 + Math.floor(rng.float() ** 2 * 12);
  return `${name} ${floor}0${1 + rng.int(8)}${rng.chance(0.5) ? '号室' : ''}`;
}

// ---- records ------------------------------------------------------------------------------------------

function person(rng: Rng, index: number, companyIds: readonly string[]): DemoPerson {
  const personId = uuid(PEOPLE_ID_BASE + index, rng);
  const g = rng.float();
  const gender = g < 0.48 ? 'female' : g < 0.95 ? 'male' : g < 0.96 ? 'other' : 'unknown';
  const hasBirthday = rng.chance(0.8);
  // Two draws averaged: birth years cluster around the 1970s, as a shop's adult customers do.
  const year = 1940 + Math.floor(((rng.float() + rng.float()) / 2) * 67);
  const era = hasBirthday ? (year < 1966 ? 0 : year < 1991 ? 1 : 2) : rng.int(3);
  let birthday: string | null = null;
  if (hasBirthday) {
    const m = rng.int(12);
    const leap = m === 1 && year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
    birthday = `${year}-${PAD[2]![m + 1]}-${PAD[2]![1 + rng.int(MONTH_DAYS[m]! + (leap ? 1 : 0))]}`;
  }
  const family = SURNAME.pick(rng);
  const pool = gender === 'female' || (gender !== 'male' && rng.chance(0.5)) ? GIVEN.female : GIVEN.male;
  const given = rng.chance(0.01) ? null : rng.pick(pool[era]!);
  const halfKana = rng.chance(0.005);

  let email: string | null = null;
  if (rng.chance(0.85)) {
    const f = family.romaji;
    const s = given?.romaji;
    const p = rng.int(5);
    // The index makes each address unique; names carry no digits, so "sato12" can only be record 12.
    const local = !s || p === 4 ? `${f}${index}` : p === 0 ? `${s}.${f}${index}` : p === 1 ? `${f}.${s}${index}`
      : p === 2 ? `${s.charAt(0)}${f}${index}` : `${f}_${s}${index}`;
    email = `${local}@${rng.pick(EMAIL_DOMAINS)}`;
  }

  const place = PLACE.pick(rng);
  const town = rng.pick(place.towns);
  const linked = companyIds.length > 0 && rng.chance(0.35);
  const stage = rng.float();
  return {
    personId,
    familyName: family.kanji,
    givenName: given?.kanji ?? null,
    familyNameKana: halfKana ? family.half : family.kana,
    givenNameKana: given ? (halfKana ? given.half : given.kana) : null,
    email,
    phone: rng.chance(0.88) ? phone(rng, place.city) : null,
    birthday,
    gender,
    postalCode: town.postalCode,
    prefecture: place.prefecture,
    city: place.city.name,
    addressLine: addressLine(rng, place, town),
    building: rng.chance(0.4) ? building(rng) : null,
    companyId: linked ? rng.pick(companyIds) : null,
    jobTitle: linked ? JOB_TITLE.pick(rng).text : null,
    lifecycleStage: stage < 0.52 ? 'prospect' : stage < 0.95 ? 'customer' : 'former',
    source: SOURCE.pick(rng).text,
  };
}

/** 法人番号: a check digit (NTA's rule) followed by the 12-digit base. */
export function corporateNumber(base12: string): string {
  // P_n is the n-th digit counted from the right of the base; its weight Q_n is 1 when n is odd, 2 when even.
  let sum = 0;
  for (let n = 1; n <= 12; n++) sum += (base12.charCodeAt(12 - n) - 48) * (n % 2 === 1 ? 1 : 2);
  return `${9 - (sum % 9)}${base12}`;
}

function company(rng: Rng, index: number): DemoCompany {
  const companyId = uuid(COMPANY_ID_BASE + index, rng);
  const industry = INDUSTRY.pick(rng);
  // Four in ten firms carry the founder's surname (山田製作所), the rest a stem of good omen or place.
  const stem = rng.chance(0.4) ? SURNAME.pick(rng) : rng.pick(STEMS);
  const suffix = rng.pick(industry.suffixes);
  const core = stem.kanji + suffix.kanji;
  let entity = ENTITY.pick(rng).text;
  const form = rng.float();
  // Real lists spell the entity type several ways; dedup must treat them as one (see PRODUCT.md).
  if (entity === '株式会社' && form < 0.04) entity = form < 0.02 ? '(株)' : '㈱';
  const name = rng.chance(0.55) ? `${entity}${core}` : rng.chance(0.9) ? `${core}${entity}` : `${core} ${entity}`;
  const place = PLACE.pick(rng);
  const town = rng.pick(place.towns);
  const line = addressLine(rng, place, town);
  const office = rng.chance(0.5) ? ` ${town.name}${rng.pick(OFFICE_BUILDINGS)} ${1 + rng.int(9)}F` : '';
  return {
    companyId,
    name,
    nameKana: stem.kana + suffix.kana,
    corporateNumber: corporateNumber(digits(rng, 4) + digits(rng, 4) + digits(rng, 4)),
    industry: industry.name,
    postalCode: town.postalCode,
    prefecture: place.prefecture,
    city: place.city.name,
    addressLine: line + office,
    phone: landline(rng, place.city),
    website: rng.chance(0.6) ? `https://www.${stem.romaji}-${suffix.romaji}.example.co.jp/` : null,
  };
}

export function demoCompanies(seed: number, count: number): DemoCompany[] {
  const rng = new Rng();
  const out = new Array<DemoCompany>(count);
  for (let i = 0; i < count; i++) { rng.reseed(seed, i, COMPANY_STREAM); out[i] = company(rng, i); }
  return out;
}

/** People number `from` … `from+count-1` of a workspace's demo set: the same index always gives the same person (a resumed load continues exactly where it stopped). */
export function demoPeople(seed: number, from: number, count: number, companyIds: readonly string[]): DemoPerson[] {
  const rng = new Rng();
  const out = new Array<DemoPerson>(count);
  for (let i = 0; i < count; i++) { rng.reseed(seed, from + i, PEOPLE_STREAM); out[i] = person(rng, from + i, companyIds); }
  return out;
}
