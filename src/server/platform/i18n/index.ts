// Server-side messages (errors) in the caller's language, chosen by Accept-Language.
import ja from './ja.json' with { type: 'json' };
import en from './en.json' with { type: 'json' };

export type Locale = 'ja' | 'en';
const catalogs: Record<Locale, Record<string, string>> = { ja, en };

/** The first of ja/en named in an Accept-Language header (q-values honoured), else the fallback. */
export function pickLocale(header: string | undefined, fallback: Locale = 'ja'): Locale {
  if (!header) return fallback;
  const ranked = header.split(',')
    .map((part, i) => {
      const [tag = '', ...params] = part.trim().toLowerCase().split(';');
      const q = params.map((p) => p.trim()).find((p) => p.startsWith('q='));
      return { lang: tag.split('-')[0], q: q ? Number(q.slice(2)) : 1, i };
    })
    .filter((x) => x.q > 0)
    .sort((a, b) => b.q - a.q || a.i - b.i);
  for (const { lang } of ranked) if (lang === 'ja' || lang === 'en') return lang;
  return fallback;
}

export function t(locale: Locale, key: string, params: Record<string, unknown> = {}): string {
  const template = catalogs[locale][key] ?? catalogs.en[key] ?? key;
  return template.replace(/\{\{(\w+)\}\}/g, (_, name: string) => {
    const v = params[name];
    return v === undefined ? '' : String(v);
  });
}

/** A field's label in the caller's language; unknown fields are shown by their path. */
export function fieldLabel(locale: Locale, field: string): string {
  const parts = field.split('.');
  const last = parts.at(-1) ?? field;
  const label = catalogs[locale][`field.${last}`] ?? field;
  // emails.1.email → "メールアドレス（2 件目）": which of several the message is about.
  const index = parts.findLast((p) => /^\d+$/.test(p));
  return index === undefined ? label : t(locale, 'field.nth', { label, n: Number(index) + 1 });
}

export function hasKey(key: string): boolean {
  return key in catalogs.ja && key in catalogs.en;
}
