// Dates as people in Japan read them: always Asia/Tokyo, whatever the browser's time zone.
import type { Locale } from './i18n.ts';

const TIME_ZONE = 'Asia/Tokyo';

const dateTimeFormats: Record<Locale, Intl.DateTimeFormat> = {
  ja: new Intl.DateTimeFormat('ja-JP', {
    timeZone: TIME_ZONE, year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', second: '2-digit', hour12: false,
  }),
  en: new Intl.DateTimeFormat('en-GB', {
    timeZone: TIME_ZONE, year: 'numeric', month: 'short', day: 'numeric', hour: '2-digit', minute: '2-digit', second: '2-digit', hour12: false,
  }),
};

const dateFormats: Record<Locale, Intl.DateTimeFormat> = {
  ja: new Intl.DateTimeFormat('ja-JP', { timeZone: TIME_ZONE, year: 'numeric', month: '2-digit', day: '2-digit' }),
  en: new Intl.DateTimeFormat('en-GB', { timeZone: TIME_ZONE, year: 'numeric', month: 'short', day: 'numeric' }),
};

function parse(iso: string | null | undefined): Date | null {
  if (!iso) return null;
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? null : date;
}

/** `2025/04/01 09:30:00` (ja) or `1 Apr 2025, 09:30:00` (en); empty for a missing or broken value. */
export function formatDateTime(iso: string | null | undefined, locale: Locale): string {
  const date = parse(iso);
  return date ? dateTimeFormats[locale].format(date) : '';
}

export function formatDate(iso: string | null | undefined, locale: Locale): string {
  const date = parse(iso);
  return date ? dateFormats[locale].format(date) : '';
}

export function formatNumber(value: number, locale: Locale): string {
  return value.toLocaleString(locale === 'ja' ? 'ja-JP' : 'en-GB');
}

/** Today's date in Tokyo as `YYYY-MM-DD`, the form date inputs and the API use. */
export function todayInTokyo(now = new Date()): string {
  return new Intl.DateTimeFormat('sv-SE', { timeZone: TIME_ZONE }).format(now);
}
