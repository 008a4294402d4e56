import { describe, expect, it } from 'vitest';
import en from './en.json' with { type: 'json' };
import ja from './ja.json' with { type: 'json' };

function keys(value: unknown, prefix = ''): string[] {
  if (typeof value !== 'object' || value === null) return [prefix];
  return Object.entries(value).flatMap(([key, child]) => keys(child, prefix ? `${prefix}.${key}` : key));
}

function placeholders(text: string): string[] {
  return [...text.matchAll(/\{\{(\w+)\}\}/g)].map((match) => match[1] ?? '').sort();
}

function lookup(tree: unknown, key: string): string {
  return String(key.split('.').reduce<unknown>((node, part) => (node as Record<string, unknown>)[part], tree));
}

describe('locales', () => {
  it('have the same keys in Japanese and English', () => {
    expect(keys(en).sort()).toEqual(keys(ja).sort());
  });

  it('use the same placeholders in both languages', () => {
    for (const key of keys(ja)) expect(placeholders(lookup(en, key)), key).toEqual(placeholders(lookup(ja, key)));
  });

  it('have no empty texts', () => {
    for (const key of keys(ja)) {
      expect(lookup(ja, key), key).not.toBe('');
      expect(lookup(en, key), key).not.toBe('');
    }
  });
});
