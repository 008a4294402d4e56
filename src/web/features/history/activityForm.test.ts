import { describe, expect, it } from 'vitest';
import { answerErrors, emptyActivityValues, nowInTokyo, toActivityBody, type ActivityFormValues } from './activityForm.ts';

const opened = '2025-04-01T09:30';
const values = (change: Partial<ActivityFormValues>): ActivityFormValues => ({ ...emptyActivityValues(new Date('2025-04-01T00:30:00Z')), ...change });

describe('nowInTokyo', () => {
  it('is the Tokyo wall time a datetime-local input takes', () => {
    expect(nowInTokyo(new Date('2025-03-31T15:05:59Z'))).toBe('2025-04-01T00:05');
  });
});

describe('toActivityBody', () => {
  it('sends just the kind for a call logged as it is (the server takes now and the signed-in staff)', () => {
    expect(emptyActivityValues(new Date('2025-04-01T00:30:00Z')).occurredAt).toBe(opened);
    expect(toActivityBody('call', values({}), opened)).toEqual({ kind: 'call' });
  });

  it('sends a call’s direction and result, the touchpoint and the memo trimmed', () => {
    const body = toActivityBody('call', values({ direction: 'out', result: 'reached', touchpointId: 'tp-1', body: ' 来週来店予定 \n' }), opened);
    expect(body).toEqual({ kind: 'call', touchpointId: 'tp-1', body: '来週来店予定', details: { direction: 'out', result: 'reached' } });
  });

  it('sends only the details of its own kind', () => {
    const typed = values({ direction: 'in', result: 'voicemail', visitType: 'sales', subject: '見積もり' });
    expect(toActivityBody('visit', typed, opened)).toEqual({ kind: 'visit', details: { visitType: 'sales' } });
    expect(toActivityBody('email', typed, opened)).toEqual({ kind: 'email', details: { direction: 'in', subject: '見積もり' } });
    expect(toActivityBody('note', typed, opened)).toEqual({ kind: 'note' });
  });

  it('says "did not attend" as false, and leaves an unanswered attendance out', () => {
    expect(toActivityBody('event', values({ eventName: '試飲会', attended: 'no' }), opened)).toEqual({ kind: 'event', details: { eventName: '試飲会', attended: false } });
    expect(toActivityBody('event', values({ eventName: '試飲会' }), opened)).toEqual({ kind: 'event', details: { eventName: '試飲会' } });
  });

  it('sends a changed time as Tokyo time', () => {
    expect(toActivityBody('visit', values({ occurredAt: '2025-03-30T18:00' }), opened)).toEqual({ kind: 'visit', occurredAt: '2025-03-30T18:00:00+09:00' });
  });

  it('sends a survey’s answered rows trimmed, without their keys, and leaves blank rows out', () => {
    const answers = [
      { key: 'a', question: ' 来店のきっかけ ', answer: ' チラシ ' },
      { key: 'b', question: '', answer: '' },
      { key: 'c', question: '満足度', answer: '' },
    ];
    expect(toActivityBody('survey', values({ answers }), opened)).toEqual({
      kind: 'survey', details: { answers: [{ question: '来店のきっかけ', answer: 'チラシ' }, { question: '満足度', answer: '' }] },
    });
    expect(toActivityBody('survey', values({}), opened)).toEqual({ kind: 'survey' });
    // Another kind sends no answers, whatever the rows hold.
    expect(toActivityBody('visit', values({ answers }), opened)).toEqual({ kind: 'visit' });
  });

  it('sends the custom values filled in, and no custom at all when none is', () => {
    expect(toActivityBody('visit', values({ custom: { f1: 'opt-gift', f2: '', f3: [], f4: null } }), opened)).toEqual({ kind: 'visit', custom: { f1: 'opt-gift' } });
    expect(toActivityBody('visit', values({ custom: { f1: ' ', f2: [] } }), opened)).toEqual({ kind: 'visit' });
  });
});

describe('answerErrors', () => {
  it('asks for the question of a row that has only an answer', () => {
    const rows = [{ key: 'a', question: '満足度', answer: '5' }, { key: 'b', question: ' ', answer: 'はい' }, { key: 'c', question: '', answer: '' }];
    expect(answerErrors(rows, 'required')).toEqual({ 'answers.1.question': 'required' });
  });
});
