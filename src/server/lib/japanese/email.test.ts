import { describe, expect, it } from 'vitest';
import { emailKey, parseEmail } from './email.ts';

describe('parseEmail: accepted', () => {
  it.each([
    ['hanako@example.jp', 'hanako@example.jp', 'hanako@example.jp'],
    ['  hanako@example.jp\u3000', 'hanako@example.jp', 'hanako@example.jp'], // whitespace of either width
    ['ｈａｎａｋｏ＠ｅｘａｍｐｌｅ．ｊｐ', 'hanako@example.jp', 'hanako@example.jp'], // IME left in full-width
    ['hanako@example。jp', 'hanako@example.jp', 'hanako@example.jp'], // 。 for the dot
    ['hanako@example｡jp', 'hanako@example.jp', 'hanako@example.jp'], // half-width ｡
    ['Hanako@Example.JP', 'Hanako@example.jp', 'hanako@example.jp'], // value keeps the local part's case
    ['HANAKO@EXAMPLE.JP', 'HANAKO@example.jp', 'hanako@example.jp'],
    ['hanako+shop@example.jp', 'hanako+shop@example.jp', 'hanako+shop@example.jp'],
    ['Hanako+Shop@example.jp', 'Hanako+Shop@example.jp', 'hanako+shop@example.jp'],
    ['hanako.yamada@mail.example.co.jp', 'hanako.yamada@mail.example.co.jp', 'hanako.yamada@mail.example.co.jp'],
    ["o'brien_x-y=z{1}@example.com", "o'brien_x-y=z{1}@example.com", "o'brien_x-y=z{1}@example.com"],
    ['taro..yamada@docomo.ne.jp', 'taro..yamada@docomo.ne.jp', 'taro..yamada@docomo.ne.jp'], // legacy carrier form
    ['taro.@ezweb.ne.jp', 'taro.@ezweb.ne.jp', 'taro.@ezweb.ne.jp'], // legacy carrier form
    ['info@例え.jp', 'info@例え.jp', 'info@xn--r8jz45g.jp'], // IDN kept for display, punycode in the key
    ['info@xn--r8jz45g.jp', 'info@xn--r8jz45g.jp', 'info@xn--r8jz45g.jp'],
    ['a@my-shop.example', 'a@my-shop.example', 'a@my-shop.example'],
  ])('%s → value %s, key %s', (input, value, key) => {
    expect(parseEmail(input)).toEqual({ ok: true, value, key });
  });
});

describe('parseEmail: rejected', () => {
  it.each([
    ['', 'empty'],
    ['   ', 'empty'],
    ['hanako', 'missing_at'],
    ['hanako.example.jp', 'missing_at'],
    ['hanako@@example.jp', 'missing_at'],
    ['a@b@example.jp', 'missing_at'],
    ['@example.jp', 'invalid_local_part'],
    ['.hanako@example.jp', 'invalid_local_part'],
    ['hana ko@example.jp', 'invalid_local_part'],
    ['"hana ko"@example.jp', 'invalid_local_part'], // quoted local parts are not supported
    ['山田@example.jp', 'invalid_local_part'], // would need SMTPUTF8
    ['hanako(comment)@example.jp', 'invalid_local_part'],
    ['hanako@', 'invalid_domain'],
    ['hanako@example', 'invalid_domain'], // one label
    ['hanako@example.', 'invalid_domain'],
    ['hanako@.example.jp', 'invalid_domain'],
    ['hanako@example..jp', 'invalid_domain'],
    ['hanako@-example.jp', 'invalid_domain'],
    ['hanako@example-.jp', 'invalid_domain'],
    ['hanako@exa_mple.jp', 'invalid_domain'],
    ['hanako@example,jp', 'invalid_domain'], // the comma typo
    ['hanako@example.jp.', 'invalid_domain'],
    ['hanako@192.168.0.1', 'invalid_domain'],
    ['hanako@[192.168.0.1]', 'invalid_domain'],
    ['hanako@example.123', 'invalid_domain'],
    ['hanako@exam ple.jp', 'invalid_domain'],
    ['hanako@example.jp/path', 'invalid_domain'],
    ['hanako@example.jp:25', 'invalid_domain'],
    [`${'a'.repeat(65)}@example.jp`, 'too_long'],
    [`a@${'b'.repeat(63)}.${'c'.repeat(63)}.${'d'.repeat(63)}.${'e'.repeat(61)}.jp`, 'too_long'],
  ])('%s → %s', (input, error) => {
    expect(parseEmail(input)).toEqual({ ok: false, error });
  });

  it('accepts exactly 64 characters before the @', () => {
    expect(parseEmail(`${'a'.repeat(64)}@example.jp`).ok).toBe(true);
  });
});

describe('emailKey: case folded, +tags kept distinct', () => {
  it.each([
    ['Hanako@example.jp', 'hanako@example.jp'],
    ['HANAKO@EXAMPLE.JP', 'hanako@example.jp'],
    ['ｈａｎａｋｏ＠ｅｘａｍｐｌｅ．ｊｐ', 'hanako@example.jp'],
    [' hanako@example.jp ', 'hanako@example.jp'],
  ])('%s is the same address as %s', (a, b) => {
    expect(emailKey(a)).toBe(emailKey(b));
  });

  it.each([
    ['hanako+shop@example.jp', 'hanako@example.jp'], // a +tag is a different address the person chose
    ['hanako+shop@example.jp', 'hanako+news@example.jp'],
    ['hana.ko@gmail.com', 'hanako@gmail.com'], // Gmail's dot rule is not folded
    ['hanako@example.jp', 'hanako@example.co.jp'],
    ['taro..yamada@docomo.ne.jp', 'taro.yamada@docomo.ne.jp'],
  ])('%s is not the same address as %s', (a, b) => {
    expect(emailKey(a)).not.toBe(emailKey(b));
  });

  it('is null for an invalid address', () => {
    expect(emailKey('hanako@example')).toBeNull();
  });
});
