import { useInfiniteQuery, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { z } from 'zod';
import { api } from '../../app/api.ts';
import { i18n } from '../../app/i18n.ts';
import { ApiError, parseProblem } from '../../app/problem.ts';
import { useCurrentSession } from '../../app/session.ts';
import { withQuery } from '../../app/url.ts';
import type { Import, ImportOptionsInput, ImportSummary, importColumnSchema, importTargetSchema, importUploadQuery } from '../../../common/imports.ts';
import { keepSuggestions } from './mapping.ts';
import { isBusy } from './steps.ts';

export type { Import, ImportSummary } from '../../../common/imports.ts';
export type ImportColumn = z.infer<typeof importColumnSchema>;
export type ImportTarget = z.infer<typeof importTargetSchema>;
export type ImportOptions = Import['options'];
/** The user's choice over what detection read, when the text came out garbled or in one column. */
export type FileFormat = Pick<z.input<typeof importUploadQuery>, 'encoding' | 'delimiter' | 'sheet'>;

const IMPORTS = ['imports'] as const;
const LIST = [...IMPORTS, 'list'] as const;
const PAGE_SIZE = 20;
const importKey = (importId: string) => [...IMPORTS, 'record', importId] as const;
const importPath = (importId: string, action = '') => `/api/imports/${encodeURIComponent(importId)}${action}`;

/** The workspace's imports, newest first, twenty at a time (paged by the last one's id). */
export function useImportHistory() {
  return useInfiniteQuery({
    queryKey: LIST,
    queryFn: ({ pageParam }) => api.get<{ items: ImportSummary[] }>(withQuery('/api/imports', { limit: PAGE_SIZE, before: pageParam })),
    initialPageParam: null as string | null,
    getNextPageParam: (last) => (last.items.length === PAGE_SIZE ? (last.items.at(-1)?.importId ?? null) : null),
  });
}

/** One import, asked for again every second while its check, run or undo is under way. */
export function useImport(importId: string) {
  const client = useQueryClient();
  return useQuery({
    queryKey: importKey(importId),
    queryFn: async () => keepSuggestions(client.getQueryData<Import>(importKey(importId)), await api.get<Import>(importPath(importId))),
    refetchInterval: (query) => (query.state.data && isBusy(query.state.data.status) ? 1000 : false),
  });
}

/**
 * Sends the file as the raw request body. XMLHttpRequest, not fetch: only it reports how much of a large
 * file has gone up, and a file of hundreds of megabytes takes long enough to need saying.
 */
function sendFile(file: File, format: FileFormat, csrfToken: string, onProgress: (fraction: number) => void): Promise<Import> {
  const path = withQuery('/api/imports', { entity: 'person', fileName: file.name, encoding: format.encoding, delimiter: format.delimiter, sheet: format.sheet });
  return new Promise((resolve, reject) => {
    const xhr = new XMLHttpRequest();
    xhr.open('POST', path);
    xhr.setRequestHeader('Content-Type', 'application/octet-stream');
    xhr.setRequestHeader('Accept', 'application/json');
    xhr.setRequestHeader('Accept-Language', i18n.language);
    xhr.setRequestHeader('X-CSRF-Token', csrfToken);
    xhr.upload.onprogress = (event) => {
      if (event.lengthComputable && event.total > 0) onProgress(event.loaded / event.total);
    };
    xhr.onerror = () => reject(new ApiError({ status: 0, code: 'network_error', detail: i18n.t('errors.network') }));
    xhr.onload = () => {
      let body: unknown;
      try {
        body = xhr.responseText ? JSON.parse(xhr.responseText) : undefined;
      } catch {
        // A non-JSON answer (a proxy's error page) falls back to the status text below.
      }
      if (xhr.status === 201) resolve(body as Import);
      else reject(new ApiError(parseProblem(xhr.status, body, i18n.t('errors.http', { status: xhr.status }))));
    };
    xhr.send(file);
  });
}

/** Uploads a file; the page that follows starts from the answer (it says how each column was suggested, which a later read does not). */
export function useUploadImport(onProgress: (fraction: number) => void) {
  const client = useQueryClient();
  const { csrfToken } = useCurrentSession();
  return useMutation({
    mutationFn: ({ file, format }: { file: File; format: FileFormat }) => sendFile(file, format, csrfToken, onProgress),
    onSuccess: (imp) => {
      client.setQueryData(importKey(imp.importId), imp);
      void client.invalidateQueries({ queryKey: LIST });
    },
    // The page shows the problem with the file where the file was chosen.
    meta: { notifyError: false },
  });
}

/** A step that answers with the import as it now is, which the page shows at once. */
function useImportStep<Body>(importId: string, send: (body: Body) => Promise<Import>, shownByPage: readonly string[] = []) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: send,
    onSuccess: (imp) => {
      client.setQueryData<Import>(importKey(importId), (previous) => keepSuggestions(previous, imp));
      void client.invalidateQueries({ queryKey: LIST });
    },
    meta: { shownByPage },
  });
}

export function useSaveMapping(importId: string) {
  return useImportStep(importId, (fields: (string | null)[]) => api.put<Import>(importPath(importId, '/mapping'), { fields }), ['validation_failed']);
}

export function useStartCheck(importId: string) {
  return useImportStep(importId, (options: ImportOptionsInput) => api.post<Import>(importPath(importId, '/check'), options), ['validation_failed']);
}

export function useRunImport(importId: string) {
  return useImportStep(importId, () => api.post<Import>(importPath(importId, '/run')));
}

export function useCancelImport(importId: string) {
  return useImportStep(importId, () => api.post<Import>(importPath(importId, '/cancel')));
}

export function useUndoImport(importId: string) {
  return useImportStep(importId, () => api.post<Import>(importPath(importId, '/undo')));
}

/** Drops an import that wrote nothing (a file read with the wrong encoding, or one the user gave up on). */
export function useDiscardImport() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (importId: string) => api.delete(importPath(importId)),
    onSuccess: (_result, importId) => {
      client.removeQueries({ queryKey: importKey(importId) });
      void client.invalidateQueries({ queryKey: LIST });
    },
  });
}

/** The invalid rows as a file to fix, in the uploaded file's encoding (a plain download link). */
export const invalidRowsUrl = (importId: string) => importPath(importId, '/invalid-rows');
