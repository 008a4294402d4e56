// 大福帳 notes about a person: read by everyone, added by members. Beside api.ts, which is the person's record.
import { api } from '../../app/api.ts';
import { useList, useListWrite } from '../../app/queries.ts';
import type { Note } from '../../../common/people.ts';
import type { NoteBody } from './noteForm.ts';

export type { Note } from '../../../common/people.ts';

const notesKey = (personId: string) => ['people', 'notes', personId] as const;
const notesPath = (personId: string) => `/api/people/${encodeURIComponent(personId)}/notes`;

/** The person's notes, newest first. */
export function useNotes(personId: string) {
  return useList<Note>(notesKey(personId), notesPath(personId));
}

export function useAddNote(personId: string) {
  return useListWrite(notesKey(personId), (body: NoteBody) => api.post<Note>(notesPath(personId), body));
}
