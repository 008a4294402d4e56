// The quick-log form's values and the body the API takes: only what was given, and the time only when it
// was changed (left alone, the server takes the moment it receives the entry).
import type { ActivityInput, ActivityKind } from '../../../common/history.ts';
import { customCreateBody, type CustomValues } from '../fields/customValues.ts';

/** One row of a survey's answers as typed. */
export interface SurveyAnswer {
  /** React's key: a removed row must not hand its input (and its focus) to the next one. */
  key: string;
  question: string;
  answer: string;
}

let lastKey = 0;
export const emptyAnswer = (): SurveyAnswer => ({ key: `answer-${++lastKey}`, question: '', answer: '' });

/** The most rows a survey takes (activityDetailsSchemas.survey). */
export const MAX_ANSWERS = 200;

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
  /** A survey's question → answer rows; rows left wholly empty are not sent. */
  answers: SurveyAnswer[];
  /** The workspace's activity fields, by field id, as CustomValueInput holds them. */
  custom: CustomValues;
}

/** Now in Tokyo as a datetime-local input shows it. */
export function nowInTokyo(now = new Date()): string {
  return new Intl.DateTimeFormat('sv-SE', {
    timeZone: 'Asia/Tokyo', year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', hour12: false,
  }).format(now).replace(' ', 'T');
}

export function emptyActivityValues(now = new Date()): ActivityFormValues {
  return { occurredAt: nowInTokyo(now), direction: '', result: '', visitType: '', attended: '', subject: '', eventName: '', touchpointId: '', body: '',
    answers: [emptyAnswer()], custom: {} };
}

export type DetailField = Exclude<keyof ActivityFormValues, 'answers' | 'custom'>;

/** The fields each kind has besides the time, the touchpoint and the memo (a survey's answers are rows). */
export const KIND_FIELDS: Record<ActivityKind, readonly DetailField[]> = {
  call: ['direction', 'result'],
  visit: ['visitType'],
  email: ['direction', 'subject'],
  event: ['eventName', 'attended'],
  inquiry: ['subject'],
  survey: [],
  dm: ['subject'],
  note: [],
};

function detailValue(field: DetailField, values: ActivityFormValues): unknown {
  if (field === 'attended') return values.attended === '' ? undefined : values.attended === 'yes';
  return values[field].trim() || undefined;
}

const filledRows = (answers: readonly SurveyAnswer[]) =>
  answers.map((row) => ({ question: row.question.trim(), answer: row.answer.trim() })).filter((row) => row.question || row.answer);

/** Rows with an answer but no question, as form errors (the server takes no answer without its question). */
export function answerErrors(answers: readonly SurveyAnswer[], message: string): Record<string, string> {
  return Object.fromEntries(answers.flatMap((row, i) => (!row.question.trim() && row.answer.trim() ? [[`answers.${i}.question`, message]] : [])));
}

/** The body of a new activity; `openedAt` is the time the form started with, which counts as "now". */
export function toActivityBody(kind: ActivityKind, values: ActivityFormValues, openedAt: string): ActivityInput {
  const details = Object.fromEntries(
    KIND_FIELDS[kind].flatMap((field) => {
      const value = detailValue(field, values);
      return value === undefined ? [] : [[field, value]];
    }),
  );
  if (kind === 'survey') {
    const answers = filledRows(values.answers);
    if (answers.length > 0) details.answers = answers;
  }
  const body = values.body.trim();
  const custom = customCreateBody(values.custom);
  return {
    kind,
    ...(values.occurredAt && values.occurredAt !== openedAt ? { occurredAt: `${values.occurredAt}:00+09:00` } : {}),
    ...(values.touchpointId ? { touchpointId: values.touchpointId } : {}),
    ...(body ? { body } : {}),
    ...(Object.keys(details).length > 0 ? { details } : {}),
    ...(custom ? { custom } : {}),
  };
}
