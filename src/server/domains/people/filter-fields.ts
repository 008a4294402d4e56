// Fields other domains add to the people filter (a person's purchase figures, later consents and list
// memberships): each brings its kind, which decides the operators and values, and the SQL condition over
// `p` (people) that its own repo writes. The people list never names another domain's table.
import type { RawBuilder } from '../../platform/db/index.ts';

export type FilterFieldKind = 'number' | 'timestamp';
export type FilterFieldOp = 'eq' | 'neq' | 'gt' | 'gte' | 'lt' | 'lte' | 'empty' | 'not_empty';
export interface FilterField { kind: FilterFieldKind; condition: (op: FilterFieldOp, value: number | string | null) => RawBuilder<boolean> }

const fields = new Map<string, FilterField>();

export function registerFilterField(name: string, field: FilterField): void {
  fields.set(name, field);
}

export function filterField(name: string): FilterField | undefined {
  return fields.get(name);
}
