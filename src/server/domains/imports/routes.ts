import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import type { Deps } from '../../platform/context.ts';
import { requestActor } from '../../platform/context.ts';
import { requestLocale } from '../../platform/errors.ts';
import { importListQuery, importListSchema, importMappingBody, importOptionsSchema, importParams, importSchema, importUploadQuery } from '../../../common/imports.ts';
import type { Queue } from '../../platform/queue.ts';
import type { Readable } from 'node:stream';
import { sendDownload } from '../../platform/downloads.ts';
import { discardImport, getImport, invalidRows, setMapping, startCheck, uploadImport } from './service.ts';
import { cancelRun, listImports, startRun, startUndo } from './run-service.ts';

/** The file arrives as the request body, raw: streamed into the database, never held whole in memory. */
const FILE_TYPES = ['application/octet-stream', 'text/csv', 'text/plain', 'application/vnd.ms-excel', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'];

export function importRoutes(deps: Deps, queue: Queue) {
  return (app: FastifyInstance) => {
    app.addContentTypeParser(FILE_TYPES, (_req, payload, done) => done(null, payload));
    const r = app.withTypeProvider<ZodTypeProvider>();
    const tags = ['imports'];
    r.post('/api/imports', {
      config: { access: 'member' },
      schema: {
        tags, querystring: importUploadQuery, response: { 201: importSchema },
        summary: 'Upload a CSV file or an Excel workbook (.xlsx) (the raw bytes as the body, up to IMPORT_MAX_BYTES, 1 GiB by default): a CSV\'s encoding and delimiter, or the workbook\'s sheet (the first visible one unless `sheet` names another), then the header row (under any title rows) and first rows are read, and each column gets a suggested field. Nothing is imported yet. To read another sheet of the workbook (`sheets` in the answer), upload the file again with `sheet` and discard this import.',
      },
    }, async (req, reply) => {
      const { entity, fileName, encoding, delimiter, sheet } = req.query;
      const result = await uploadImport(deps, requestActor(req), { entity, fileName, encoding, delimiter, sheet }, req.body as Readable, requestLocale(req));
      return reply.status(201).send(result);
    });
    r.get('/api/imports/:importId', { config: { access: 'member' }, schema: { tags, params: importParams, response: { 200: importSchema }, summary: 'An import: its file, columns, mapping and first rows' } },
      async (req) => getImport(deps, requestActor(req), req.params.importId, requestLocale(req)));
    r.put('/api/imports/:importId/mapping', {
      config: { access: 'member' },
      schema: { tags, params: importParams, body: importMappingBody, response: { 200: importSchema }, summary: 'Set which field each column fills (null: leave the column out)' },
    }, async (req) => setMapping(deps, requestActor(req), req.params.importId, req.body.fields, requestLocale(req)));
    r.post('/api/imports/:importId/check', {
      config: { access: 'member' },
      schema: { tags, params: importParams, body: importOptionsSchema, response: { 202: importSchema }, summary: 'Check every row in the background with these options: counts of new, update, duplicate-in-file and invalid rows, and the first rows of each. Writes nothing.' },
    }, async (req, reply) => reply.status(202).send(await startCheck(deps, queue, requestActor(req), req.params.importId, req.body, requestLocale(req))));
    r.get('/api/imports/:importId/invalid-rows', {
      config: { access: 'member' },
      schema: { tags, params: importParams, summary: 'The rows the check found invalid, with the reasons in a last column: fix and upload again. An .xlsx for a workbook; a CSV in the file’s own encoding and delimiter for a CSV' },
    }, async (req, reply) => sendDownload(reply, await invalidRows(deps, requestActor(req), req.params.importId, requestLocale(req))));
    r.get('/api/imports', { config: { access: 'member' }, schema: { tags, querystring: importListQuery, response: { 200: importListSchema }, summary: 'The workspace’s imports, newest first' } },
      async (req) => listImports(deps, requestActor(req), req.query));
    r.post('/api/imports/:importId/run', {
      config: { access: 'member' },
      schema: { tags, params: importParams, response: { 202: importSchema }, summary: 'Write the rows in the background, with the options of the check: progress in GET /api/jobs/:jobRunId, the result on the import. Refused before a check, and when the check found invalid rows and keepValid was not chosen.' },
    }, async (req, reply) => reply.status(202).send(await startRun(deps, queue, requestActor(req), req.params.importId, requestLocale(req))));
    r.post('/api/imports/:importId/cancel', {
      config: { access: 'member' },
      schema: { tags, params: importParams, response: { 200: importSchema }, summary: 'Stop a run after the batch it is writing. What was written stays and can be undone.' },
    }, async (req) => cancelRun(deps, requestActor(req), req.params.importId, requestLocale(req)));
    r.post('/api/imports/:importId/undo', {
      config: { access: 'member' },
      schema: { tags, params: importParams, response: { 202: importSchema }, summary: 'Undo a run as a whole, in the background: the people it created are removed and the fields it changed put back (fields edited since are kept).' },
    }, async (req, reply) => reply.status(202).send(await startUndo(deps, queue, requestActor(req), req.params.importId, requestLocale(req))));
    r.delete('/api/imports/:importId', { config: { access: 'member' }, schema: { tags, params: importParams, summary: 'Discard an import that has written nothing' } },
      async (req, reply) => { await discardImport(deps, requestActor(req), req.params.importId); return reply.status(204).send(); });
  };
}
