// The quick-log form's values and the body the API takes: only what was given, and the time only when it
// was changed (left alone, the server takes the moment it receives the entry).
import type { ActivityInput, ActivityKind } from '../../../common/history.ts';

export interface ActivityFormValues {
  /** `YYYY-MM-DDTHH:mm` in Tokyo, as a datetime-local input holds it. */
  occurredAt: string;
  direction: '' | 'in' | 'out';
  result: '' | 'reached' | 'no_answer' | 'voicemail' | 'callback';
  visitType: '' | 'shop' | 'sales';
  /** '' for a yes/no not given. */
  attended: '' | 'yes' | 'no';
  subject: string;
  eventName: string;
  touchpointId: string;
  body: string;
}

/** Now in Tokyo as a datetime-local input shows it. */
export function nowInTokyo(now = new Date()): string {
  return new Intl.DateTimeFormat('sv-SE', {
    timeZone: 'Asia/Tokyo', year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', hour12: false,
  }).format(now).replace(' ', 'T');
}

export function emptyActivityValues(now = new Date()): ActivityFormValues {
  return { occurredAt: nowInTokyo(now), direction: '', result: '', visitType: '', attended: '', subject: '', eventName: '', touchpointId: '', body: '' };
}

/** The fields each kind has besides the time, the touchpoint and the memo. */
export const KIND_FIELDS: Record<ActivityKind, readonly (keyof ActivityFormValues)[]> = {
  call: ['direction', 'result'],
  visit: ['visitType'],
  email: ['direction', 'subject'],
  event: ['eventName', 'attended'],
  inquiry: ['subject'],
  survey: [],
  dm: ['subject'],
  note: [],
};

function detailValue(field: keyof ActivityFormValues, values: ActivityFormValues): unknown {
  if (field === 'attended') return values.attended === '' ? undefined : values.attended === 'yes';
  return values[field].trim() || undefined;
}

/** The body of a new activity; `openedAt` is the time the form started with, which counts as "now". */
export function toActivityBody(kind: ActivityKind, values: ActivityFormValues, openedAt: string): ActivityInput {
  const details = Object.fromEntries(
    KIND_FIELDS[kind].flatMap((field) => {
      const value = detailValue(field, values);
      return value === undefined ? [] : [[field, value]];
    }),
  );
  const body = values.body.trim();
  return {
    kind,
    ...(values.occurredAt && values.occurredAt !== openedAt ? { occurredAt: `${values.occurredAt}:00+09:00` } : {}),
    ...(values.touchpointId ? { touchpointId: values.touchpointId } : {}),
    ...(body ? { body } : {}),
    ...(Object.keys(details).length > 0 ? { details } : {}),
  };
}
