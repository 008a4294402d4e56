import { describe, expect, it } from 'vitest';
import { displayName, splitFullName, type NameLocale, type PersonName } from './names.ts';

const FW = '\u3000'; // full-width space, spelled out so the expectations are visible

describe('displayName', () => {
  it.each<[PersonName, NameLocale, string]>([
    // Japanese script: family first, full-width space, in both locales
    [{ familyName: '山田', givenName: '花子' }, 'ja', `山田${FW}花子`],
    [{ familyName: '山田', givenName: '花子' }, 'en', `山田${FW}花子`],
    [{ familyName: 'ヤマダ', givenName: 'ハナコ' }, 'ja', `ヤマダ${FW}ハナコ`], // furigana use it too
    [{ familyName: 'スミス', givenName: 'ジョン' }, 'en', `スミス${FW}ジョン`],
    [{ familyName: '佐々木', givenName: 'Ken' }, 'en', `佐々木${FW}Ken`], // any Japanese script decides
    // romanised: given first in en, family first in ja
    [{ familyName: 'Yamada', givenName: 'Hanako' }, 'en', 'Hanako Yamada'],
    [{ familyName: 'Yamada', givenName: 'Hanako' }, 'ja', 'Yamada Hanako'],
    [{ familyName: 'Smith', givenName: 'John' }, 'en', 'John Smith'],
    // missing parts and stray whitespace
    [{ familyName: ' 山田　', givenName: '　花子 ' }, 'ja', `山田${FW}花子`],
    [{ familyName: '山田', givenName: '' }, 'ja', '山田'],
    [{ familyName: null, givenName: '花子' }, 'ja', '花子'],
    [{ givenName: 'Hanako' }, 'en', 'Hanako'],
    [{}, 'ja', ''],
    [{ familyName: '　', givenName: ' ' }, 'en', ''],
  ])('%j in %s → %s', (name, locale, shown) => {
    expect(displayName(name, locale)).toBe(shown);
  });

  it('defaults to ja', () => {
    expect(displayName({ familyName: 'Yamada', givenName: 'Hanako' })).toBe('Yamada Hanako');
  });
});

describe('splitFullName', () => {
  it.each([
    ['吉田　蓮', '吉田', '蓮', true],
    ['吉田 蓮', '吉田', '蓮', true],
    ['  長谷川　さくら ', '長谷川', 'さくら', true],
    ['ﾖｼﾀﾞ ﾚﾝ', 'ﾖｼﾀﾞ', 'ﾚﾝ', true],
    ['ヨシダ　　レン', 'ヨシダ', 'レン', true],
    ['スミス ジョン ポール', 'スミス', 'ジョン ポール', true], // the rest is the given name
    ['山田太郎', '山田太郎', null, false], // no space: not guessed
    ['', '', null, false],
  ])('%j', (full, familyName, givenName, split) => {
    expect(splitFullName(full)).toEqual({ familyName, givenName, split });
  });
});
