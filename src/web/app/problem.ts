// RFC 9457 problem+json as the server sends it, and the pure mapping from it to form errors.

export interface FieldProblem {
  field: string;
  code: string;
  message: string;
}

export interface Problem {
  status: number;
  code: string;
  detail: string;
  field?: string;
  errors?: FieldProblem[];
}

/** An API call that failed; `problem` is what the server said, or a synthetic one for network faults. */
export class ApiError extends Error {
  readonly problem: Problem;
  constructor(problem: Problem) {
    super(problem.detail);
    this.name = 'ApiError';
    this.problem = problem;
  }
  get status(): number {
    return this.problem.status;
  }
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function parseFieldProblems(value: unknown): FieldProblem[] | undefined {
  if (!Array.isArray(value)) return undefined;
  return value.flatMap((item) =>
    isRecord(item) && typeof item.field === 'string' && typeof item.message === 'string'
      ? [{ field: item.field, code: typeof item.code === 'string' ? item.code : '', message: item.message }]
      : [],
  );
}

/**
 * Reads a problem body defensively: a proxy or a crash can answer with anything, and the UI must still
 * show something sensible, so missing parts fall back to the HTTP status and the given text.
 */
export function parseProblem(status: number, body: unknown, fallbackDetail: string): Problem {
  if (!isRecord(body)) return { status, code: 'http_error', detail: fallbackDetail };
  const problem: Problem = {
    status: typeof body.status === 'number' ? body.status : status,
    code: typeof body.code === 'string' ? body.code : 'http_error',
    detail: typeof body.detail === 'string' && body.detail ? body.detail : fallbackDetail,
  };
  if (typeof body.field === 'string') problem.field = body.field;
  const errors = parseFieldProblems(body.errors);
  if (errors) problem.errors = errors;
  return problem;
}

/**
 * Field name → message for the fields a form has. The first message per field wins (the server lists
 * the most specific first); messages for fields the form does not show are left to the notification.
 */
export function fieldErrors(problem: Problem, fields: readonly string[]): Record<string, string> {
  const result: Record<string, string> = {};
  for (const error of problem.errors ?? []) {
    if (fields.includes(error.field) && !(error.field in result)) result[error.field] = error.message;
  }
  return result;
}

/**
 * Every path a form's values have, in the dotted form the server names fields with and Mantine keys its
 * errors by: `familyName`, and for lists `emails`, `emails.0`, `emails.0.email`.
 */
export function fieldPaths(values: object, prefix = ''): string[] {
  return Object.entries(values).flatMap(([key, value]) => {
    const path = prefix ? `${prefix}.${key}` : key;
    return typeof value === 'object' && value !== null ? [path, ...fieldPaths(value as object, path)] : [path];
  });
}

/** What a page shows for a failed load: the status decides the look, the message is the server's. */
export function describeError(error: unknown, fallback: string): { status: number; message: string } {
  if (error instanceof ApiError) return { status: error.status, message: error.problem.detail };
  return { status: 0, message: fallback };
}
