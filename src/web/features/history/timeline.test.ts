import { describe, expect, it } from 'vitest';
import type { TimelineEntry } from '../../../common/history.ts';
import { entryFacts, entryKey, formatWhen, formatYen, kindsParam, surveyPairs, type Translate } from './timeline.ts';

// Echoes the key and its values, so that the facts are checked without the locale files.
const t: Translate = (key, options) => (options ? `${key}${JSON.stringify(options)}` : key);
const entry = (kind: TimelineEntry['kind'], data: Record<string, unknown>): TimelineEntry => ({ kind, id: 'x', at: '2025-04-01T00:30:00Z', by: null, summary: null, data });

describe('kindsParam', () => {
  it('asks for everything when no chip or every chip is chosen', () => {
    expect(kindsParam([])).toBeUndefined();
    expect(kindsParam(['lifecycle', 'notes', 'contracts', 'purchases', 'activities'])).toBeUndefined();
  });

  it('lists the kinds of the chosen chips, notes of both sorts under メモ', () => {
    expect(kindsParam(['purchases'])).toBe('purchase');
    expect(kindsParam(['notes', 'contracts'])).toBe('contract,person_note,note');
    expect(kindsParam(['activities'])).toBe('call,visit,email,event,inquiry,survey,dm');
  });
});

describe('formatYen', () => {
  it.each([
    [12345, '¥12,345'],
    [0, '¥0'],
    [-1200, '-¥1,200'],
  ])('%d → %s', (amount, expected) => {
    expect(formatYen(amount, 'ja')).toBe(expected);
  });
});

describe('formatWhen', () => {
  it('shows Tokyo time to the minute', () => {
    expect(formatWhen('2025-03-31T15:05:59Z', 'ja')).toBe('2025/04/01 00:05');
    expect(formatWhen('2025-03-31T15:05:59Z', 'en')).toBe('1 Apr 2025, 00:05');
  });

  it('shows nothing for a broken time', () => {
    expect(formatWhen('yesterday', 'ja')).toBe('');
  });
});

describe('entryFacts', () => {
  it('says how a call went and where', () => {
    expect(entryFacts(entry('call', { direction: 'out', result: 'no_answer', touchpointName: '電話窓口' }), t, 'ja')).toEqual([
      'activities.directions.out',
      'activities.results.no_answer',
      '電話窓口',
    ]);
  });

  it('leaves out what a visit was not given', () => {
    expect(entryFacts(entry('visit', {}), t, 'ja')).toEqual([]);
    expect(entryFacts(entry('visit', { visitType: 'sales' }), t, 'ja')).toEqual(['activities.visitTypes.sales']);
  });

  it('says whether someone came to an event, also when they did not', () => {
    expect(entryFacts(entry('event', { eventName: '秋の試飲会', attended: false }), t, 'ja')).toEqual(['秋の試飲会', 'history.absent']);
  });

  it('gives a purchase its amount, items, channel and shop', () => {
    expect(entryFacts(entry('purchase', { total: 12345, lineCount: 3, channel: 'shop', store: '渋谷店', isReturn: false }), t, 'ja')).toEqual([
      '¥12,345',
      'history.lines{"n":3}',
      'history.channels.shop',
      '渋谷店',
    ]);
  });

  it('marks a return, with its negative amount', () => {
    expect(entryFacts(entry('purchase', { total: -1200, lineCount: 1, channel: 'ec', store: null, isReturn: true }), t, 'ja')).toEqual([
      'history.return',
      '-¥1,200',
      'history.lines{"n":1}',
      'history.channels.ec',
    ]);
  });

  it('gives a contract its event and its amount per period', () => {
    expect(entryFacts(entry('contract', { plan: '月額', status: 'active', amount: 3300, period: 'month', event: 'started' }), t, 'ja')).toEqual([
      'history.contractEvents.started',
      'contracts.amountPer.month{"amount":"¥3,300"}',
    ]);
  });

  it('says a stage change from and to, and a first stage as what the person was added as', () => {
    expect(entryFacts(entry('lifecycle', { fromStage: 'prospect', toStage: 'customer' }), t, 'ja')).toEqual([
      'history.stageChange{"from":"people.stages.prospect","to":"people.stages.customer"}',
    ]);
    expect(entryFacts(entry('lifecycle', { fromStage: null, toStage: 'prospect' }), t, 'ja')).toEqual(['history.stageStart{"to":"people.stages.prospect"}']);
  });
});

describe('entryKey', () => {
  it('tells apart a contract started and cancelled on the same day', () => {
    const started = entry('contract', { event: 'started' });
    const cancelled = entry('contract', { event: 'cancelled' });
    expect(entryKey(started)).not.toBe(entryKey(cancelled));
    expect(entryKey(started)).toBe(entryKey(entry('contract', { event: 'started' })));
  });
});

describe('surveyPairs', () => {
  it('reads a survey’s question → answer pairs, leaving out rows of another shape', () => {
    const answers = [{ question: '来店のきっかけ', answer: 'チラシ' }, { question: 3 }, null, { question: '満足度', answer: '' }];
    expect(surveyPairs(entry('survey', { answers }))).toEqual([{ question: '来店のきっかけ', answer: 'チラシ' }, { question: '満足度', answer: '' }]);
  });

  it('is empty for a survey without answers and for other kinds', () => {
    expect(surveyPairs(entry('survey', {}))).toEqual([]);
    expect(surveyPairs(entry('note', { answers: [{ question: 'q', answer: 'a' }] }))).toEqual([]);
  });
});
