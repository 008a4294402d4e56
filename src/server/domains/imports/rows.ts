// A people file's data rows as an import reads them: through the mapping and the person rules (the same
// ones the record form uses), with the keys the row is matched by and its problems named by the file's
// own column headers. Shared by the check and the run, so that both see every row the same way.
import type { FieldError } from '../../platform/errors.ts';
import { importOptionsSchema, type IMPORT_MATCH_KEYS, type ImportProblem } from '../../../common/imports.ts';
import type { Executor } from '../../platform/db/index.ts';
import { fieldLabel, t, type Locale } from '../../platform/i18n/index.ts';
import type { CsvRow } from '../../lib/tabular/csv.ts';
import { preparePerson, type IncomingPerson, type MatchKeys } from '../people/index.ts';
import { checkCustomValuesAgainst } from '../fields/index.ts';
import type { Field } from '../../../common/fields.ts';
import { customValueOf, optionIndex } from './custom-values.ts';
import { todayInJapan } from '../../lib/time.ts';
import { importTable } from './files.ts';
import { personFromRow, type PersonRow } from './person-row.ts';
import type * as repo from './repo.ts';

export interface ReadRow {
  line: number;
  cells: string[];
  row: PersonRow;
  /** The row as a person to write; null when it has problems. */
  incoming: IncomingPerson | null;
  problems: ImportProblem[];
  keys: MatchKeys;
  /** The same keys as strings, for telling rows of one file apart. */
  keyList: string[];
}

/** The column a rule's field came from, so that a message can name the header the user wrote. */
function columnOf(field: string, mapping: (string | null)[], cells: string[]): number | null {
  const col = (f: string) => { const i = mapping.indexOf(f); return i === -1 ? null : i; };
  const top = field.split('.')[0]!;
  if (top === 'emails') return col('email');
  if (top === 'phones') {
    // The phone rules number the phones given: the phone column's first, then the mobile's.
    const given = ['phone', 'mobile'].filter((f) => { const i = col(f); return i !== null && (cells[i] ?? '').trim() !== ''; });
    return col(given[Number(field.split('.')[1])] ?? 'phone');
  }
  if (top === 'custom') return col(`custom:${field.split('.')[1]}`);
  const whole: Record<string, string> = { familyName: 'fullName', givenName: 'fullName', familyNameKana: 'fullNameKana', givenNameKana: 'fullNameKana', prefecture: 'address', city: 'address', addressLine: 'address', building: 'address' };
  return col(top) ?? (whole[top] ? col(whole[top]) : null);
}

/** What reading a file's rows needs, the same for every row: the mapping, the headers, the keys matched by, today in Japan. */
export interface ReadContext {
  mapping: (string | null)[]; headers: string[]; matchKeys: ReadonlySet<(typeof IMPORT_MATCH_KEYS)[number]>; today: string; locale: Locale;
  /** The workspace's custom fields for people, with each choice field's options by label. */
  fields: Field[]; options: Map<string, Map<string, string>>;
}

export function readContext(imp: repo.ImportRow, now: Date, locale: Locale, fields: Field[]): ReadContext {
  return {
    mapping: imp.mapping, headers: imp.headers, matchKeys: new Set(importOptionsSchema.parse(imp.options).matchKeys), today: todayInJapan(now), locale,
    fields, options: new Map(fields.map((f) => [f.fieldId, optionIndex(f)])),
  };
}

/** The row's custom cells as checked values, or the rules they break. */
function customValues(raw: Record<string, string>, ctx: ReadContext): { values: Record<string, unknown>; errors: FieldError[] } {
  const input: Record<string, unknown> = {};
  for (const [fieldId, cell] of Object.entries(raw)) {
    const field = ctx.fields.find((f) => f.fieldId === fieldId);
    input[fieldId] = field ? customValueOf(field, cell, ctx.options.get(fieldId)!) : cell;
  }
  const r = checkCustomValuesAgainst(ctx.fields, input);
  return r.ok ? { values: r.set, errors: [] } : { values: {}, errors: r.errors };
}

export function readRow(source: CsvRow, ctx: ReadContext): ReadRow {
  const row = personFromRow(source.cells, ctx.mapping);
  const errors: FieldError[] = [...row.errors];
  let incoming: IncomingPerson | null = null;
  if (!errors.some((e) => e.field === 'familyName')) {
    const p = preparePerson(row.input, ctx.today);
    const custom = customValues(row.custom, ctx);
    errors.push(...custom.errors);
    if (p.ok) {
      incoming = {
        values: Object.fromEntries(Object.entries(p.person.values).filter(([, v]) => v !== null && v !== undefined)),
        emails: p.person.emails ?? [], phones: p.person.phones ?? [], tags: row.input.tags ?? [],
        companyName: row.companyName, note: row.note, custom: custom.values,
      };
    } else errors.push(...p.errors);
  }
  const problems = errors.map((e) => {
    const column = columnOf(e.field, ctx.mapping, source.cells);
    const label = column === null ? fieldLabel(ctx.locale, e.field) : `「${ctx.headers[column]}」`;
    return { column, field: e.field, code: e.code, message: t(ctx.locale, `validation.${e.code}`, { ...e.params, field: label }) };
  });
  const use = ctx.matchKeys;
  const card = use.has('memberNumber') ? (incoming?.values.member_number as string | undefined) ?? null : null;
  const keys: MatchKeys = {
    card,
    emailKeys: use.has('email') ? (incoming?.emails ?? []).map((e) => e.emailKey) : [],
    e164s: use.has('phone') ? (incoming?.phones ?? []).map((p) => p.e164) : [],
  };
  const keyList = [...(card ? [`card:${card}`] : []), ...keys.emailKeys.map((k) => `email:${k}`), ...keys.e164s.map((k) => `phone:${k}`)];
  return { line: source.line, cells: source.cells, row, incoming: problems.length ? null : incoming, problems, keys, keyList };
}

/** The stored file's data rows (the header row, and any title above it, left out), in batches. */
export async function* dataBatches(db: Executor, imp: repo.ImportRow, size: number): AsyncGenerator<CsvRow[]> {
  let header = true;
  let batch: CsvRow[] = [];
  for await (const r of importTable(db, imp)) {
    if (header) { header = false; continue; }
    batch.push(r);
    if (batch.length >= size) { yield batch; batch = []; }
  }
  if (batch.length) yield batch;
}
