import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import type { Deps } from '../../platform/context.ts';
import { requestActor } from '../../platform/context.ts';
import { requireCaller } from '../../platform/auth-guard.ts';
import { requestLocale } from '../../platform/errors.ts';
import { sendDownload } from '../../platform/downloads.ts';
import {
  bulkBody, bulkParams, bulkResultSchema, duplicateCandidatesSchema, duplicatesQueryBody, exportColumnsSchema, mergeBody, mergeParams, mergeResultSchema, noteCreateBody, noteSchema, notesSchema,
  peopleCountQuery, peopleCountSchema, peopleExportQuery, peopleListQuery, peoplePageSchema, personCreateBody, personParams, personPatchBody, personSchema, tagsSchema,
} from '../../../common/people.ts';
import { exportColumns, exportPeople } from './export.ts';
import { addNote, listNotes } from './notes.ts';
import { mergePeople, undoMerge } from './merge.ts';
import { countPeople, listPeople, listTags } from './service.ts';
import { applyBulkChange, undoBulkChange } from './bulk-change.ts';
import { createPerson, deletePerson, duplicatesOf, getPerson, updatePerson } from './record-service.ts';

export function peopleRoutes(deps: Deps) {
  return (app: FastifyInstance) => {
    const r = app.withTypeProvider<ZodTypeProvider>();
    const tags = ['people'];

    r.get('/api/people', {
      config: { access: 'viewer' },
      schema: { tags, summary: 'People in the chosen order (keyset paging); q searches name, furigana, email, phone, card number and company; filter and fields narrow', querystring: peopleListQuery, response: { 200: peoplePageSchema } },
    }, async (req) => listPeople(deps.db.kysely, requireCaller(req).workspaceId, req.query));

    r.get('/api/people/count', {
      config: { access: 'viewer' },
      schema: { tags, summary: 'How many people a search and filter select (the list gives a total only when its first page holds them all)', querystring: peopleCountQuery, response: { 200: peopleCountSchema } },
    }, async (req) => countPeople(deps.db.kysely, requireCaller(req).workspaceId, req.query.q, req.query.filter));

    r.get('/api/people/export/columns', {
      config: { access: 'admin' },
      schema: { tags, summary: 'The columns an export can have (built-in, then custom fields), each with the header the file gives it', response: { 200: exportColumnsSchema } },
    }, async (req) => exportColumns(deps, requireCaller(req).workspaceId, requestLocale(req)));

    r.get('/api/people/export', {
      config: { access: 'admin' },
      schema: { tags, summary: 'The people a search and filter select, as a CSV file (UTF-8 with BOM, or CP932) or an Excel workbook (.xlsx), chosen columns; written to the audit log', querystring: peopleExportQuery },
    }, async (req, reply) => {
      const { q, filter, columns, encoding, format } = req.query;
      return sendDownload(reply, await exportPeople(deps, requestActor(req), { q, filter, columns, encoding, format }, requestLocale(req)));
    });

    r.post('/api/people/bulk', {
      config: { access: 'member' },
      schema: { tags, summary: 'Tag, untag, set owner or stage of, or delete many people at once (by ids, or all that a search and filter select); undoable', body: bulkBody, response: { 200: bulkResultSchema } },
    }, async (req) => applyBulkChange(deps, requestActor(req), req.body));

    r.post('/api/people/bulk/:bulkChangeId/undo', {
      config: { access: 'member' },
      schema: { tags, summary: 'Undo a bulk change: every person gets back what the change replaced', params: bulkParams, response: { 200: bulkResultSchema } },
    }, async (req) => undoBulkChange(deps, requestActor(req), req.params.bulkChangeId));

    r.get('/api/tags', {
      config: { access: 'viewer' },
      schema: { tags, summary: 'Tags in use, with how many people carry each', response: { 200: tagsSchema } },
    }, async (req) => listTags(deps.db.kysely, requireCaller(req).workspaceId));

    r.post('/api/people', {
      config: { access: 'member' },
      schema: { tags, summary: 'Create a person', body: personCreateBody, response: { 201: personSchema } },
    }, async (req, reply) => reply.status(201).send(await createPerson(deps, requestActor(req), req.body)));

    r.get('/api/people/:personId', {
      config: { access: 'viewer' },
      schema: { tags, summary: 'One person', params: personParams, response: { 200: personSchema } },
    }, async (req) => getPerson(deps, deps.db.kysely, requireCaller(req).workspaceId, req.params.personId));

    r.patch('/api/people/:personId', {
      config: { access: 'member' },
      schema: { tags, summary: 'Edit a person; `version` must be the one you read (else 409 version_conflict)', params: personParams, body: personPatchBody, response: { 200: personSchema } },
    }, async (req) => updatePerson(deps, requestActor(req), req.params.personId, req.body));

    r.delete('/api/people/:personId', {
      config: { access: 'member' },
      schema: { tags, summary: 'Delete a person (undo with restore)', params: personParams },
    }, async (req, reply) => { await deletePerson(deps, requestActor(req), req.params.personId, true); return reply.status(204).send(); });

    r.post('/api/people/:personId/restore', {
      config: { access: 'member' },
      schema: { tags, summary: 'Undo the deletion of a person', params: personParams },
    }, async (req, reply) => { await deletePerson(deps, requestActor(req), req.params.personId, false); return reply.status(204).send(); });

    r.post('/api/people/duplicates', {
      config: { access: 'member' },
      schema: { tags, summary: 'Likely duplicates of a person being entered, before saving', body: duplicatesQueryBody, response: { 200: duplicateCandidatesSchema } },
    }, async (req) => ({ items: await duplicatesOf(deps, requireCaller(req).workspaceId, req.body.person, req.body.excludePersonId ?? null) }));

    r.get('/api/people/:personId/notes', {
      config: { access: 'viewer' },
      schema: { tags, summary: '大福帳 notes about a person, newest first', params: personParams, response: { 200: notesSchema } },
    }, async (req) => ({ items: await listNotes(deps.db.kysely, requireCaller(req).workspaceId, req.params.personId) }));

    r.post('/api/people/:personId/notes', {
      config: { access: 'member' },
      schema: { tags, summary: 'Add a dated note about a person', params: personParams, body: noteCreateBody, response: { 201: noteSchema } },
    }, async (req, reply) => reply.status(201).send(await addNote(deps, requestActor(req), req.params.personId, req.body.body, req.body.notedOn)));

    r.post('/api/people/merge', {
      config: { access: 'member' },
      schema: { tags, summary: 'Merge two people into the survivor, field by field; undo with /api/people/merges/:mergeId/undo', body: mergeBody, response: { 200: mergeResultSchema } },
    }, async (req) => mergePeople(deps, requestActor(req), req.body.survivorId, req.body.mergedId, req.body.fields));

    r.post('/api/people/merges/:mergeId/undo', {
      config: { access: 'member' },
      schema: { tags, summary: 'Undo a merge: both people and every moved row as they were', params: mergeParams },
    }, async (req, reply) => { await undoMerge(deps, requestActor(req), req.params.mergeId); return reply.status(204).send(); });
  };
}
