// The timeline's pure parts: which kinds each filter chip stands for, amounts and times as they are shown,
// and the short facts under an entry's kind (発信・つながった, ¥12,345・3 点・店頭 …).
import { ACTIVITY_KINDS, type ActivityKind, type TimelineEntry, type TimelineKind } from '../../../common/history.ts';
import type { Locale } from '../../app/i18n.ts';

export const FILTER_GROUPS = ['activities', 'purchases', 'contracts', 'notes', 'lifecycle'] as const;
export type FilterGroup = (typeof FILTER_GROUPS)[number];

// An activity of kind `note` is a note too: people look for what was written, not for where it was kept.
const GROUP_KINDS: Record<FilterGroup, readonly TimelineKind[]> = {
  activities: ACTIVITY_KINDS.filter((kind) => kind !== 'note'),
  purchases: ['purchase'],
  contracts: ['contract'],
  notes: ['person_note', 'note'],
  lifecycle: ['lifecycle'],
};

/** The `kinds` parameter for the chosen chips; none (everything) when no chip or every chip is chosen. */
export function kindsParam(groups: readonly FilterGroup[]): string | undefined {
  if (groups.length === 0 || FILTER_GROUPS.every((group) => groups.includes(group))) return undefined;
  return FILTER_GROUPS.filter((group) => groups.includes(group))
    .flatMap((group) => GROUP_KINDS[group])
    .join(',');
}

export function isActivityKind(kind: TimelineKind): kind is ActivityKind {
  return (ACTIVITY_KINDS as readonly string[]).includes(kind);
}

/** A key for an entry among the others: a contract has two (started, cancelled) under its one id, maybe on one day. */
export function entryKey(entry: TimelineEntry): string {
  return [entry.kind, entry.id, entry.at, typeof entry.data.event === 'string' ? entry.data.event : ''].join(':');
}

/** Whole yen as people write it: ¥12,345, and -¥1,200 for a return. */
export function formatYen(amount: number, locale: Locale): string {
  const digits = Math.abs(amount).toLocaleString(locale === 'ja' ? 'ja-JP' : 'en-GB');
  return amount < 0 ? `-¥${digits}` : `¥${digits}`;
}

const whenFormats: Record<Locale, Intl.DateTimeFormat> = {
  ja: new Intl.DateTimeFormat('ja-JP', { timeZone: 'Asia/Tokyo', year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', hour12: false }),
  en: new Intl.DateTimeFormat('en-GB', { timeZone: 'Asia/Tokyo', year: 'numeric', month: 'short', day: 'numeric', hour: '2-digit', minute: '2-digit', hour12: false }),
};

/** When something happened, to the minute, in Tokyo: `2025/04/01 09:30`; seconds would only crowd a phone's line. */
export function formatWhen(iso: string, locale: Locale): string {
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? '' : whenFormats[locale].format(date);
}

/** i18next's `t` for keys made from server data, which its typed form cannot check. */
export type Translate = (key: string, options?: Record<string, unknown>) => string;

const text = (value: unknown): string | null => (typeof value === 'string' && value.trim() ? value : null);
const number = (value: unknown): number | null => (typeof value === 'number' && Number.isFinite(value) ? value : null);
const coded = (t: Translate, section: string, value: unknown): string | null => (typeof value === 'string' && value ? t(`${section}.${value}`) : null);

function activityFacts(kind: ActivityKind, data: Record<string, unknown>, t: Translate): (string | null)[] {
  switch (kind) {
    case 'call':
      return [coded(t, 'activities.directions', data.direction), coded(t, 'activities.results', data.result)];
    case 'visit':
      return [coded(t, 'activities.visitTypes', data.visitType)];
    case 'email':
      return [coded(t, 'activities.emailDirections', data.direction), text(data.subject)];
    case 'event':
      return [text(data.eventName), data.attended === true ? t('history.attended') : data.attended === false ? t('history.absent') : null];
    case 'inquiry':
    case 'dm':
      return [text(data.subject)];
    case 'survey':
    case 'note':
      return [];
  }
}

export interface SurveyPair {
  question: string;
  answer: string;
}

const isPair = (value: unknown): value is SurveyPair =>
  typeof value === 'object' && value !== null && typeof (value as SurveyPair).question === 'string' && typeof (value as SurveyPair).answer === 'string';

/** A survey's question → answer pairs as its entry's data holds them; anything of another shape is left out. */
export function surveyPairs(entry: TimelineEntry): SurveyPair[] {
  const { answers } = entry.data;
  return entry.kind === 'survey' && Array.isArray(answers) ? answers.filter(isPair) : [];
}

/** What to say about an entry beside its kind and its summary line; empty parts are left out. */
export function entryFacts(entry: TimelineEntry, t: Translate, locale: Locale): string[] {
  const { data } = entry;
  const yen = (value: unknown) => {
    const amount = number(value);
    return amount === null ? null : formatYen(amount, locale);
  };
  let facts: (string | null)[];
  if (isActivityKind(entry.kind)) facts = [...activityFacts(entry.kind, data, t), text(data.touchpointName)];
  else if (entry.kind === 'purchase') {
    const lines = number(data.lineCount);
    facts = [data.isReturn === true ? t('history.return') : null, yen(data.total), lines === null ? null : t('history.lines', { n: lines }),
      coded(t, 'history.channels', data.channel), text(data.store)];
  } else if (entry.kind === 'contract') {
    const amount = yen(data.amount);
    facts = [coded(t, 'history.contractEvents', data.event), amount && typeof data.period === 'string' ? t(`contracts.amountPer.${data.period}`, { amount }) : amount];
  } else if (entry.kind === 'lifecycle') {
    const to = coded(t, 'people.stages', data.toStage);
    const from = coded(t, 'people.stages', data.fromStage);
    facts = [to === null ? null : from === null ? t('history.stageStart', { to }) : t('history.stageChange', { from, to })];
  } else facts = [];
  return facts.filter((fact): fact is string => fact !== null);
}
