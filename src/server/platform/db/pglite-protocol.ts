// Messages between the main thread and the PGlite worker thread.
export type WorkerRequest =
  | { id: number; op: 'query'; sql: string; params: unknown[] }
  | { id: number; op: 'exec'; sql: string }
  | { id: number; op: 'dump' }
  | { id: number; op: 'close' };

export interface WorkerReply {
  id: number;
  rows: Record<string, unknown>[];
  affectedRows?: number | undefined;
  fields?: string[];
  blob?: Blob;
  error?: {
    message: string;
    code?: string | undefined;
    detail?: string | undefined;
    constraint?: string | undefined;
    table?: string | undefined;
    column?: string | undefined;
  } | undefined;
}
