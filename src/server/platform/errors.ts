// Typed domain errors, and the one place that turns any error into RFC 9457 problem+json.
import type { FastifyError, FastifyReply, FastifyRequest } from 'fastify';
import type { z } from 'zod';
import { fieldLabel, pickLocale, t, type Locale } from './i18n/index.ts';
import { decodeKeyCursor, InvalidCursorError, parseIdCursor } from '../lib/paging.ts';

export interface FieldProblem { field: string; code: string; message: string }

export class AppError extends Error {
  readonly status: number;
  readonly code: string;
  readonly params: Record<string, unknown>;
  readonly field: string | undefined;
  readonly headers: Record<string, string>;
  constructor(status: number, code: string, opts: { params?: Record<string, unknown>; field?: string; headers?: Record<string, string> } = {}) {
    super(code);
    this.name = 'AppError';
    this.status = status;
    this.code = code;
    this.params = opts.params ?? {};
    this.field = opts.field;
    this.headers = opts.headers ?? {};
  }
}

/** A rule broken by one field of the input; `code` names a `validation.<code>` message. */
export interface FieldError { field: string; code: string; params?: Record<string, unknown> }

/** Input that passed the schema but broke a business rule (a phone that is not a phone, …). */
export class InvalidFieldsError extends AppError {
  readonly fields: FieldError[];
  constructor(fields: FieldError[]) {
    super(400, 'validation_failed', fields[0] ? { field: fields[0].field } : {});
    this.name = 'InvalidFieldsError';
    this.fields = fields;
  }
}

export const notFound = (entity = 'record') => new AppError(404, 'not_found', { params: { entity } });
export const forbidden = (role: string) => new AppError(403, 'forbidden', { params: { role } });
export const unauthenticated = () => new AppError(401, 'unauthenticated');
export const conflict = (code = 'conflict', field?: string) => new AppError(409, code, field ? { field } : {});
export const badRequest = (code: string, field?: string, params?: Record<string, unknown>) =>
  new AppError(400, code, { ...(field ? { field } : {}), ...(params ? { params } : {}) });

/** A list cursor from the query string, or a 400 naming it. */
export function cursorId(cursor: string | undefined): string | undefined {
  try {
    return parseIdCursor(cursor);
  } catch (e) {
    if (e instanceof InvalidCursorError) throw badRequest('invalid_cursor', 'querystring.cursor');
    throw e;
  }
}

/** A key cursor (sort value and id) from the query string, or a 400 naming it; `valueOk` says which values the list sorts by. */
export function keyCursor(cursor: string, valueOk: (v: string | null) => boolean): { value: string | null; id: string } {
  try {
    return decodeKeyCursor(cursor, valueOk);
  } catch (e) {
    if (e instanceof InvalidCursorError) throw badRequest('invalid_cursor', 'querystring.cursor');
    throw e;
  }
}

function issueMessage(locale: Locale, issue: z.core.$ZodIssue, field: string, missing: boolean): { code: string; message: string } {
  const label = fieldLabel(locale, field || 'body');
  const i = issue as z.core.$ZodIssue & Record<string, unknown>;
  if (missing && issue.code !== 'unrecognized_keys') return { code: 'required', message: t(locale, 'validation.required', { field: label }) };
  switch (issue.code) {
    case 'invalid_type': {
      const expected = t(locale, `type.${String(i.expected)}`);
      return { code: 'invalid_type', message: t(locale, 'validation.invalid_type', { field: label, expected }) };
    }
    case 'too_small':
    case 'too_big': {
      const kind = ['string', 'number', 'array'].includes(String(i.origin)) ? String(i.origin) : 'number';
      const key = `validation.${issue.code}_${kind === 'int' || kind === 'bigint' ? 'number' : kind}`;
      return { code: issue.code, message: t(locale, key, { field: label, minimum: i.minimum, maximum: i.maximum }) };
    }
    case 'invalid_format': {
      const format = String(i.format);
      const key = ['email', 'uuid', 'url'].includes(format) ? `validation.invalid_${format}` : 'validation.invalid_format';
      return { code: `invalid_${format}`, message: t(locale, key, { field: label }) };
    }
    case 'invalid_value':
      return { code: 'invalid_value', message: t(locale, 'validation.invalid_value', { field: label, options: (i.values as unknown[] ?? []).join(', ') }) };
    case 'unrecognized_keys':
      return { code: 'unrecognized_keys', message: t(locale, 'validation.unrecognized_keys', { keys: (i.keys as string[]).join(', ') }) };
    default:
      return { code: issue.code, message: t(locale, 'validation.invalid', { field: label }) };
  }
}

function valueAt(input: unknown, path: readonly PropertyKey[]): unknown {
  let v = input;
  for (const key of path) v = v !== null && typeof v === 'object' ? (v as Record<PropertyKey, unknown>)[key] : undefined;
  return v;
}

/**
 * Zod issues as field problems: an unknown key is reported on the key itself, and a field absent from
 * `input` is reported as required whatever rule it failed.
 */
export function fieldProblems(locale: Locale, issues: readonly z.core.$ZodIssue[], input?: unknown, prefix: string[] = []): FieldProblem[] {
  return issues.flatMap((issue) => {
    const base = [...prefix, ...issue.path.map(String)].join('.');
    if (issue.code === 'unrecognized_keys') {
      return issue.keys.map((k) => ({ field: base ? `${base}.${k}` : k, ...issueMessage(locale, issue, base, false) }));
    }
    const missing = input !== undefined && issue.path.length > 0 && valueAt(input, issue.path) === undefined;
    return [{ field: base, ...issueMessage(locale, issue, base, missing) }];
  });
}

export function requestLocale(req: FastifyRequest): Locale {
  return pickLocale(req.headers['accept-language'], req.user?.locale ?? 'ja');
}

interface Problem {
  type: string; title: string; status: number; code: string; detail: string; instance: string;
  requestId: string; field?: string; errors?: FieldProblem[];
}

function send(reply: FastifyReply, problem: Problem, headers: Record<string, string> = {}) {
  return reply.status(problem.status).headers(headers).type('application/problem+json; charset=utf-8').send(problem);
}

function problemOf(req: FastifyRequest, status: number, code: string, detail: string, extra: Partial<Problem> = {}): Problem {
  return {
    type: `https://daifuku.dev/problems/${code}`,
    title: code.replaceAll('_', ' '),
    status, code, detail,
    instance: req.url.split('?')[0] ?? req.url,
    requestId: String(req.id),
    ...extra,
  };
}

interface ValidationEntry { keyword: string; instancePath?: string; message?: string; params?: Record<string, unknown> }
type ValidationError = FastifyError & { validation?: ValidationEntry[]; validationContext?: string };

/** fastify-type-provider-zod flattens each zod issue into {keyword, instancePath, params}; put it back. */
function issueOf(v: ValidationEntry): z.core.$ZodIssue {
  const path = (v.instancePath ?? '').split('/').filter(Boolean);
  return { ...v.params, code: v.keyword, path, message: v.message ?? '' } as unknown as z.core.$ZodIssue;
}

export function errorHandler(err: FastifyError | AppError | Error, req: FastifyRequest, reply: FastifyReply) {
  const locale = requestLocale(req);
  if (err instanceof InvalidFieldsError) {
    const errors = err.fields.map((f) => ({
      field: f.field, code: f.code,
      // A rule may name the field itself (a custom field's own label); else the catalogue's label is used.
      message: t(locale, `validation.${f.code}`, {
        field: fieldLabel(locale, f.field), ...f.params,
        // A rule may name another field than the one at fault (a filter condition names the field it filters).
        ...(typeof f.params?.fieldName === 'string' ? { name: fieldLabel(locale, f.params.fieldName) } : {}),
      }),
    }));
    const detail = `${t(locale, 'error.validation_failed')} ${errors[0]?.message ?? ''}`.trim();
    return send(reply, problemOf(req, 400, 'validation_failed', detail, { ...(errors[0] ? { field: errors[0].field } : {}), errors }));
  }
  if (err instanceof AppError) {
    const params = { ...err.params };
    if (typeof params.entity === 'string') params.entity = t(locale, `entity.${params.entity}`);
    if (typeof params.role === 'string') params.role = t(locale, `role.${params.role}`);
    const detail = t(locale, `error.${err.code}`, params);
    const extra: Partial<Problem> = err.field
      ? { field: err.field, errors: [{ field: err.field, code: err.code, message: detail }] }
      : {};
    return send(reply, problemOf(req, err.status, err.code, detail, extra), err.headers);
  }
  const fe = err as ValidationError;
  if (fe.validation) {
    const issues = fe.validation.map(issueOf);
    const context = fe.validationContext ?? 'body';
    const input = (req as unknown as Record<string, unknown>)[context];
    const errors = fieldProblems(locale, issues, input ?? {}, context === 'body' ? [] : [context]);
    const first = errors[0];
    const detail = first ? `${t(locale, 'error.validation_failed')} ${first.message}` : t(locale, 'error.validation_failed');
    return send(reply, problemOf(req, 400, 'validation_failed', detail, { ...(first ? { field: first.field } : {}), errors }));
  }
  switch (fe.code) {
    case 'FST_ERR_CTP_INVALID_JSON_BODY':
    case 'FST_ERR_CTP_EMPTY_JSON_BODY':
      return send(reply, problemOf(req, 400, 'invalid_json', t(locale, 'error.invalid_json', { detail: fe.message }), { field: 'body' }));
    case 'FST_ERR_CTP_BODY_TOO_LARGE':
      return send(reply, problemOf(req, 413, 'body_too_large', t(locale, 'error.body_too_large', { limit: req.routeOptions.bodyLimit }), { field: 'body' }));
    case 'FST_ERR_CTP_INVALID_MEDIA_TYPE':
      return send(reply, problemOf(req, 415, 'unsupported_media_type', t(locale, 'error.unsupported_media_type', { type: req.headers['content-type'] ?? '' }), { field: 'body' }));
  }
  if (fe.statusCode === 429) {
    const seconds = Number(reply.getHeader('retry-after') ?? 60);
    return send(reply, problemOf(req, 429, 'rate_limited', t(locale, 'error.rate_limited', { seconds })));
  }
  if (fe.statusCode && fe.statusCode >= 400 && fe.statusCode < 500) {
    return send(reply, problemOf(req, fe.statusCode, 'bad_request', fe.message));
  }
  req.log.error({ err }, 'unhandled error');
  return send(reply, problemOf(req, 500, 'internal', t(locale, 'error.internal', { requestId: req.id })));
}

export function notFoundHandler(req: FastifyRequest, reply: FastifyReply) {
  const locale = requestLocale(req);
  return send(reply, problemOf(req, 404, 'route_not_found', t(locale, 'error.route_not_found', { method: req.method, url: req.url.split('?')[0] })));
}
