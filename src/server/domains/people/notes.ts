// 大福帳 notes: dated, authored free text about a person, newest first.
import type { Actor, Deps } from '../../platform/context.ts';
import type { Executor } from '../../platform/db/index.ts';
import { notFound } from '../../platform/errors.ts';
import { uuidv7 } from '../../lib/ids.ts';
import { record } from '../audit/index.ts';
import type { Note } from '../../../common/people.ts';
import * as repo from './record-repo.ts';
import { todayInJapan } from './rules.ts';
import { isoTime } from '../../lib/time.ts';

export async function listNotes(db: Executor, workspaceId: string, personId: string): Promise<Note[]> {
  if (!(await repo.findPerson(db, workspaceId, personId))) throw notFound('person');
  return (await repo.notesOf(db, workspaceId, personId)).map((n) => ({
    noteId: n.note_id, body: n.body, notedOn: n.noted_on, authorLabel: n.author_label, createdAt: isoTime(n.created_at),
  }));
}

export async function addNote(deps: Deps, actor: Actor, personId: string, body: string, notedOn?: string): Promise<Note> {
  return deps.db.kysely.transaction().execute(async (trx) => {
    if (!(await repo.findPerson(trx, actor.workspaceId, personId))) throw notFound('person');
    const noteId = uuidv7();
    const day = notedOn ?? todayInJapan(deps.now());
    await repo.insertNote(trx, { workspace_id: actor.workspaceId, note_id: noteId, person_id: personId, author_user_id: actor.userId, author_label: actor.label, body, noted_on: day });
    await record(trx, actor, { action: 'people.note_added', entityType: 'person', entityId: personId, after: { noteId, notedOn: day } });
    return { noteId, body, notedOn: day, authorLabel: actor.label, createdAt: deps.now().toISOString() };
  });
}
