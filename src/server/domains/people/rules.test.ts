import { describe, expect, it } from 'vitest';
import { ageOn, personKeys, preparePerson, todayInJapan } from './rules.ts';

const today = '2026-11-23';

describe('preparePerson', () => {
  it.each([
    ['half-width katakana furigana', { familyName: '山田', familyNameKana: 'ﾔﾏﾀﾞ' }, { family_name_kana: 'ヤマダ' }],
    ['hiragana furigana', { familyName: '山田', givenNameKana: 'はなこ' }, { given_name_kana: 'ハナコ' }],
    ['postal code with 〒 and full-width digits', { familyName: '山田', postalCode: '〒１５０００４１' }, { postal_code: '150-0041' }],
    ['prefecture without 都', { familyName: '山田', prefecture: '東京' }, { prefecture: '東京都' }],
    ['blank optional text becomes null', { familyName: '山田', givenName: '  ', city: '' }, { given_name: null, city: null }],
    ['names trimmed, full-width space too', { familyName: '\u3000山田 ' }, { family_name: '山田' }],
  ])('%s', (_name, input, expected) => {
    const r = preparePerson(input, today);
    expect(r.ok).toBe(true);
    if (r.ok) expect(r.person.values).toMatchObject(expected);
  });

  it.each([
    [{ familyName: '山田', familyNameKana: 'Yamada' }, 'familyNameKana', 'invalid_kana'],
    [{ familyName: '山田', postalCode: '150-004' }, 'postalCode', 'invalid_postal_code'],
    [{ familyName: '山田', prefecture: '東京府' }, 'prefecture', 'invalid_prefecture'],
    [{ familyName: '山田', birthday: '2027-01-01' }, 'birthday', 'invalid_birthday'],
    [{ familyName: '山田', birthday: '1899-12-31' }, 'birthday', 'invalid_birthday'],
    [{ familyName: '山田', emails: [{ email: 'ok@example.jp' }, { email: 'hanako@@example' }] }, 'emails.1.email', 'invalid_email_address'],
    [{ familyName: '山田', phones: [{ phone: '03-1234' }] }, 'phones.0.phone', 'invalid_phone'],
  ])('refuses %j on %s', (input, field, code) => {
    const r = preparePerson(input, today);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.errors).toContainEqual(expect.objectContaining({ field, code }));
  });

  it('normalises phones to E.164 with a national display, and keeps one primary of each', () => {
    const r = preparePerson({
      familyName: '山田',
      phones: [{ phone: '０９０ー１２３４ー５６７８' }, { phone: '03(1234)5678', isPrimary: true }, { phone: '+81 90 1234 5678' }],
      emails: [{ email: 'Hanako@Example.JP' }, { email: 'hanako+shop@example.jp' }, { email: 'hanako@example.jp' }],
    }, today);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.person.phones).toEqual([
      { e164: '+819012345678', display: '090-1234-5678', label: null, isPrimary: false },
      { e164: '+81312345678', display: '03-1234-5678', label: null, isPrimary: true },
    ]);
    // Case folds into one address (the domain is stored lower-case: it is case-insensitive); a +tag is another.
    expect(r.person.emails?.map((e) => [e.email, e.isPrimary])).toEqual([['Hanako@example.jp', true], ['hanako+shop@example.jp', false]]);
  });
});

describe('personKeys', () => {
  const base = { familyName: '髙橋', givenName: '一郎', familyNameKana: 'ﾀｶﾊｼ', givenNameKana: 'イチロウ', emails: ['ichiro@example.jp'], phones: ['+819012345678'], memberNumber: 'A-0012', companyName: '株式会社さくら商事' };

  it('makes 高/髙, half-width kana and phone digits findable', () => {
    const k = personKeys(base);
    expect(k.name).toBe(personKeys({ ...base, familyName: '高橋' }).name);
    expect(k.kana).toBe('たかはしいちろう');
    expect(k.search).toContain('09012345678');
    expect(k.search).toContain('819012345678');
    expect(k.search).toContain('ichiro@example.jp');
    expect(k.search).toContain('さくら商事');
  });
});

describe('ageOn and todayInJapan', () => {
  it.each([
    ['1990-11-23', '2026-11-23', 36],
    ['1990-11-24', '2026-11-23', 35],
    ['2000-02-29', '2026-02-28', 25],
    [null, '2026-11-23', null],
  ])('born %s, on %s → %s', (birthday, on, age) => expect(ageOn(birthday, on)).toBe(age));

  it('uses the Japanese date, not the server’s', () => {
    expect(todayInJapan(new Date('2026-11-23T15:30:00Z'))).toBe('2026-11-24');
  });
});
