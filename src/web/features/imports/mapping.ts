// The mapping as the page edits it: one field (or none) per column of the file, each field for one column.
import type { Import, ImportColumn, ImportTarget } from './api.ts';
import type { Problem } from '../../app/problem.ts';

/** Column → the earlier column that already has its field; the server refuses such a mapping. */
export function repeatedColumns(fields: readonly (string | null)[]): Map<number, number> {
  const first = new Map<string, number>();
  const repeated = new Map<number, number>();
  fields.forEach((field, column) => {
    if (field === null) return;
    const earlier = first.get(field);
    if (earlier === undefined) first.set(field, column);
    else repeated.set(column, earlier);
  });
  return repeated;
}

export function mappingChanged(columns: readonly ImportColumn[], fields: readonly (string | null)[]): boolean {
  return columns.some((c, i) => c.field !== (fields[i] ?? null));
}

/** What a refusal says: the message of each field it names (a file that is empty, say), else its own text. */
export function messagesOf(problem: Problem): string[] {
  const messages = (problem.errors ?? []).map((error) => error.message);
  return messages.length > 0 ? messages : [problem.detail];
}

/**
 * The server's refusal of a mapping or a check, split into what goes under a column's choice
 * (`fields.3`) and what is about the mapping as a whole (`fields`: no name column, say).
 */
export function mappingProblems(problem: Problem): { columns: Map<number, string>; general: string[] } {
  const columns = new Map<number, string>();
  const general: string[] = [];
  for (const error of problem.errors ?? []) {
    const match = /^fields\.(\d+)$/u.exec(error.field);
    if (match) {
      const column = Number(match[1]);
      if (!columns.has(column)) columns.set(column, error.message);
    } else general.push(error.message);
  }
  if (columns.size === 0 && general.length === 0) general.push(problem.detail);
  return { columns, general };
}

/** The first few values of a column that say something (blank cells say nothing). */
export function sampleValues(samples: readonly (readonly string[])[], column: number, count = 3): string[] {
  const values: string[] = [];
  for (const row of samples) {
    const value = (row[column] ?? '').trim();
    if (value !== '') values.push(value);
    if (values.length === count) break;
  }
  return values;
}

/** Custom fields come after the person's own fields, grouped apart, as `custom:<id>`. */
export function isCustomTarget(target: ImportTarget): boolean {
  return target.key.startsWith('custom:');
}

/**
 * The import as the server now tells it, still saying how each unchanged column was suggested: the server
 * says so only in the upload's answer, and the note helps for as long as the suggestion stands.
 */
export function keepSuggestions(previous: Import | undefined, next: Import): Import {
  if (!previous || previous.importId !== next.importId) return next;
  const columns = next.columns.map((c) => {
    const before = previous.columns[c.column];
    return c.by === null && before?.by && before.header === c.header && before.field === c.field ? { ...c, by: before.by } : c;
  });
  return { ...next, columns };
}
