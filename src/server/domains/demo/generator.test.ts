// The demo generator's promises: reproducible by index, ids and emails safe to insert and to (never) mail,
// and data that looks like Japan — checked against facts written here, not against the generator's tables.
import { describe, expect, it } from 'vitest';
import { demoCompanies, demoPeople, type DemoPerson } from './generator.ts';

const SEED = 20240401;
const N = 100_000;
const companies = demoCompanies(SEED, 4000);
const companyIds = companies.map((c) => c.companyId);
const people = demoPeople(SEED, 0, N, companyIds);

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[1-8][0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;
const KATAKANA = /^[\u30A1-\u30FA\u30FC]+$/;
const HALFWIDTH_KANA = /^[\uFF66-\uFF9F]+$/;
// RFC 2606 and JPRS's reserved documentation domains; nothing else may receive demo mail.
const RESERVED_DOMAINS = new Set(['example.com', 'example.net', 'example.org', 'example.jp', 'example.co.jp', 'example.ne.jp']);

/** 法人番号 check, written from the NTA's description: 13 digits, the first = 9 − (Σ Pn·Qn mod 9). */
function isValidCorporateNumber(s: string): boolean {
  if (!/^\d{13}$/.test(s)) return false;
  const base = [...s.slice(1)].map(Number).reverse(); // base[0] is P1, the least significant digit
  const sum = base.reduce((acc, p, i) => acc + p * ((i + 1) % 2 === 0 ? 2 : 1), 0);
  return Number(s[0]) === 9 - (sum % 9);
}

const share = (pred: (p: DemoPerson) => boolean) => people.filter(pred).length / N;
const landlineDigits = (p: DemoPerson) => {
  const d = (p.phone ?? '').normalize('NFKC').replaceAll('-', '');
  return d === '' || /^0[789]0/.test(d) ? null : d;
};

describe('determinism', () => {
  it('gives the same person for the same seed and index, and a different one for another seed', () => {
    expect(demoPeople(SEED, 1234, 1, companyIds)).toEqual([people[1234]]);
    expect(demoPeople(SEED + 1, 1234, 1, companyIds)[0]!.personId).not.toBe(people[1234]!.personId);
  });

  it.each([[500, 10], [0, 1], [999, 1], [37, 400]])('demoPeople(seed, %i, %i) is that slice of the whole set', (from, count) => {
    expect(demoPeople(SEED, from, count, companyIds)).toEqual(demoPeople(SEED, 0, 1000, companyIds).slice(from, from + count));
  });

  it('gives the same companies for the same seed', () => {
    expect(demoCompanies(SEED, 10)).toEqual(companies.slice(0, 10));
  });
});

describe('ids', () => {
  it('are valid UUIDs, unique over people and companies together', () => {
    const ids = [...people.map((p) => p.personId), ...companyIds];
    expect(ids.filter((id) => !UUID.test(id))).toEqual([]);
    expect(new Set(ids).size).toBe(ids.length);
  });
});

describe('emails', () => {
  const emails = people.map((p) => p.email).filter((e): e is string => e !== null);

  it('are unique and only on reserved example domains', () => {
    expect(new Set(emails).size).toBe(emails.length);
    expect(emails.filter((e) => {
      const [local, domain] = e.split('@');
      return !/^[a-z][a-z0-9._]*$/.test(local!) || !RESERVED_DOMAINS.has(domain!);
    })).toEqual([]);
  });

  it('are missing for some people, as in real lists', () => {
    expect(emails.length).toBeLessThan(N);
    expect(emails.length).toBeGreaterThan(N * 0.5);
  });

  it('are romanised from the reading', () => {
    const sato = people.find((p) => p.familyName === '佐藤' && p.email !== null && KATAKANA.test(p.familyNameKana))!;
    expect(sato.email).toMatch(/sato/);
  });
});

describe('corporate numbers (法人番号)', () => {
  it.each([
    ['7000012050002', true], // 国税庁's own number
    ['1180301018771', true], // トヨタ自動車
    ['8000012050002', false],
    ['7000012050003', false],
    ['700001205000', false],
  ])('the independent validator says %s is %s', (n, ok) => {
    expect(isValidCorporateNumber(n)).toBe(ok);
  });

  it('every generated company has a valid one', () => {
    expect(companies.map((c) => c.corporateNumber).filter((n) => !isValidCorporateNumber(n))).toEqual([]);
  });
});

describe('addresses', () => {
  it('have postal codes in 123-4567 form', () => {
    expect([...people, ...companies].map((p) => p.postalCode).filter((c) => !/^\d{3}-\d{4}$/.test(c))).toEqual([]);
  });

  // Postal regions as published by Japan Post: the first three digits belong to the city.
  it.each([
    ['渋谷区', ['150', '151']],
    ['大阪市北区', ['530', '531']],
    ['札幌市中央区', ['060', '064']],
    ['那覇市', ['900', '901', '902', '903']],
    ['名古屋市中区', ['460']],
    ['福岡市中央区', ['810']],
  ])('put %s in its postal region', (city, prefixes) => {
    const inCity = people.filter((p) => p.city === city);
    expect(inCity.length).toBeGreaterThan(0);
    expect(inCity.map((p) => p.postalCode).filter((c) => !prefixes.includes(c.slice(0, 3)))).toEqual([]);
  });

  it('cover all 47 prefectures with Tokyo the most frequent', () => {
    const counts = new Map<string, number>();
    for (const p of people) counts.set(p.prefecture, (counts.get(p.prefecture) ?? 0) + 1);
    expect(counts.size).toBe(47);
    for (const name of counts.keys()) expect(name).toMatch(/^(東京都|北海道|(大阪|京都)府|.{2,3}県)$/);
    const sorted = [...counts].sort((a, b) => b[1] - a[1]);
    expect(sorted[0]![0]).toBe('東京都');
  });

  it('sometimes carry full-width digits', () => {
    expect(share((p) => /[０-９]/.test(p.addressLine))).toBeGreaterThan(0);
  });
});

describe('phones', () => {
  it('are mobiles 070/080/090 or ten-digit landlines', () => {
    const digits = people.flatMap((p) => (p.phone === null ? [] : [p.phone.normalize('NFKC').replaceAll('-', '')]));
    expect(digits.filter((d) => !/^0[789]0\d{8}$|^0[1-9]\d{8}$/.test(d))).toEqual([]);
  });

  // Area codes as assigned by MIC: the landline of a city starts with that city's code.
  it.each([
    ['東京23区', (p: DemoPerson) => p.prefecture === '東京都' && p.city.endsWith('区'), '03'],
    ['大阪市', (p: DemoPerson) => p.city.startsWith('大阪市'), '06'],
    ['名古屋市', (p: DemoPerson) => p.city.startsWith('名古屋市'), '052'],
    ['札幌市', (p: DemoPerson) => p.city.startsWith('札幌市'), '011'],
    ['福岡市', (p: DemoPerson) => p.city.startsWith('福岡市'), '092'],
    ['武蔵野市', (p: DemoPerson) => p.city === '武蔵野市', '0422'],
  ])('give %s landlines its area code', (_name, inCity, code) => {
    const lines = people.filter(inCity).map(landlineDigits).filter((d) => d !== null);
    expect(lines.length).toBeGreaterThan(0);
    expect(lines.filter((d) => !d.startsWith(code) || d.startsWith(`${code}0`))).toEqual([]);
  });

  it('are sometimes typed without hyphens or with full-width digits', () => {
    expect(share((p) => p.phone !== null && /^\d+$/.test(p.phone))).toBeGreaterThan(0);
    expect(share((p) => p.phone !== null && /[０-９]/.test(p.phone))).toBeGreaterThan(0);
  });
});

describe('names', () => {
  it('have katakana readings, except a few deliberate half-width ones', () => {
    let half = 0;
    const bad: string[] = [];
    for (const p of people) {
      const readings = [p.familyNameKana, p.givenNameKana].filter((r) => r !== null);
      if (readings.every((r) => HALFWIDTH_KANA.test(r))) half++;
      else bad.push(...readings.filter((r) => !KATAKANA.test(r)));
    }
    expect(bad).toEqual([]);
    expect(half).toBeGreaterThan(0);
    expect(half / N).toBeLessThan(0.02);
  });

  it.each([['𠮷'], ['髙'], ['齋'], ['斉'], ['斎'], ['渡邉']])('include the real-world form %s', (form) => {
    expect(people.some((p) => p.familyName.includes(form))).toBe(true);
  });

  it('the 𠮷 case keeps its surrogate pair', () => {
    const yoshida = people.find((p) => p.familyName.startsWith('𠮷'))!;
    expect(yoshida.familyName.codePointAt(0)).toBe(0x20bb7);
  });

  it('leave the given name out for a few people, reading and all', () => {
    const missing = people.filter((p) => p.givenName === null);
    expect(missing.length).toBeGreaterThan(0);
    expect(missing.length / N).toBeLessThan(0.05);
    expect(missing.filter((p) => p.givenNameKana !== null)).toEqual([]);
  });
});

describe('other fields', () => {
  it('have real calendar birthdays', () => {
    const bad = people.filter((p) => {
      if (p.birthday === null) return false;
      const d = new Date(`${p.birthday}T00:00:00Z`);
      return Number.isNaN(d.getTime()) || d.toISOString().slice(0, 10) !== p.birthday || d.getUTCFullYear() < 1920 || d.getUTCFullYear() > 2010;
    });
    expect(bad).toEqual([]);
    expect(share((p) => p.birthday === null)).toBeGreaterThan(0);
  });

  it('link about 35% of people to given companies, each with a job title', () => {
    const known = new Set(companyIds);
    const linked = people.filter((p) => p.companyId !== null);
    expect(linked.length / N).toBeGreaterThan(0.3);
    expect(linked.length / N).toBeLessThan(0.4);
    expect(people.filter((p) => (p.jobTitle !== null) !== (p.companyId !== null))).toEqual([]);
    expect(linked.filter((p) => !known.has(p.companyId!))).toEqual([]);
    expect(demoPeople(SEED, 0, 1000, []).every((p) => p.companyId === null)).toBe(true);
  });

  it('are mostly prospects and customers', () => {
    expect(share((p) => p.lifecycleStage === 'prospect' || p.lifecycleStage === 'customer')).toBeGreaterThan(0.85);
    expect(share((p) => p.lifecycleStage === 'customer')).toBeGreaterThan(0.2);
  });
});

describe('companies', () => {
  it('carry a legal form, a katakana reading without it, and only example websites', () => {
    for (const c of companies) {
      expect(c.name).toMatch(/株式会社|有限会社|合同会社|\(株\)|㈱/);
      expect(c.nameKana).toMatch(KATAKANA);
      if (c.website !== null) expect(new URL(c.website).hostname).toMatch(/(^|\.)example\.(co\.)?jp$|(^|\.)example\.com$/);
    }
  });

  it('put the legal form both before and after the name', () => {
    expect(companies.some((c) => c.name.startsWith('株式会社'))).toBe(true);
    expect(companies.some((c) => c.name.endsWith('株式会社'))).toBe(true);
  });
});
