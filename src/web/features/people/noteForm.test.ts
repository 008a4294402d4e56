import { describe, expect, it } from 'vitest';
import { toNoteBody, type NoteBody, type NoteFormValues } from './noteForm.ts';

describe('toNoteBody', () => {
  it.each<[string, NoteFormValues, NoteBody]>([
    ['text and date', { body: '奥様と来店。', notedOn: '2025-06-01' }, { body: '奥様と来店。', notedOn: '2025-06-01' }],
    ['text trimmed, lines inside kept', { body: '  一行目\n二行目 \n', notedOn: '2025-06-01' }, { body: '一行目\n二行目', notedOn: '2025-06-01' }],
    ['a cleared date is left to the server', { body: 'メモ', notedOn: '' }, { body: 'メモ' }],
  ])('%s', (_case, values, expected) => {
    expect(toNoteBody(values)).toEqual(expected);
  });
});
