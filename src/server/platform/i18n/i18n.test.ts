import { describe, expect, it } from 'vitest';
import ja from './ja.json' with { type: 'json' };
import en from './en.json' with { type: 'json' };
import { pickLocale, t } from './index.ts';

describe('pickLocale', () => {
  it.each([
    [undefined, 'ja'],
    ['en', 'en'],
    ['en-US,en;q=0.9', 'en'],
    ['ja-JP,ja;q=0.9,en;q=0.8', 'ja'],
    ['fr-FR,en;q=0.5,ja;q=0.9', 'ja'],
    ['fr-FR,de;q=0.5', 'ja'],
    ['ja;q=0,en', 'en'],
    ['*', 'ja'],
  ])('%s → %s', (header, locale) => expect(pickLocale(header)).toBe(locale));
});

describe('catalogues', () => {
  it('have the same keys in Japanese and English', () => {
    expect(Object.keys(ja).sort()).toEqual(Object.keys(en).sort());
  });

  it('fill parameters and fall back to the key', () => {
    expect(t('en', 'error.rate_limited', { seconds: 30 })).toBe('Too many requests. Try again in 30 seconds.');
    expect(t('ja', 'no.such.key')).toBe('no.such.key');
  });
});
