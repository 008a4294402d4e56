// People out to a file Excel opens: every person a search and filter select (the list's own selection),
// chosen columns, as CSV in UTF-8 with a BOM or in CP932 (text cells guarded against formula injection) or
// as an Excel workbook (every cell text, which Excel never runs as a formula), read a page at a time and
// written as it goes, so memory stays flat at a million rows. The headers are the field labels an import
// recognises, so a file exported here maps itself when it is imported again. Each export is written to
// the audit log, before its first byte, with its count, columns and selection.
import type { Actor, Deps } from '../../platform/context.ts';
import type { Download } from '../../platform/downloads.ts';
import { InvalidFieldsError } from '../../platform/errors.ts';
import { fieldLabel, t, type Locale } from '../../platform/i18n/index.ts';
import { csvFileBytes, csvLine, type CsvValue } from '../../lib/tabular/csv-writer.ts';
import { XLSX_MAX_ROWS, xlsxFileBytes } from '../../lib/tabular/xlsx-writer.ts';
import { todayInJapan } from '../../lib/time.ts';
import { record } from '../audit/index.ts';
import { listFields } from '../fields/index.ts';
import type { Field } from '../../../common/fields.ts';
import type { ExportColumn } from '../../../common/people.ts';
import { exportPage, type ExportRow } from './export-repo.ts';
import { countPeople } from './list-repo.ts';
import { selectionOf } from './service.ts';

export const EXPORT_COLUMNS = [
  'familyName', 'givenName', 'familyNameKana', 'givenNameKana', 'email', 'phone', 'phone2', 'postalCode', 'prefecture', 'city', 'addressLine',
  'building', 'companyName', 'department', 'jobTitle', 'birthday', 'gender', 'memberNumber', 'tags', 'lifecycleStage', 'createdAt', 'updatedAt',
] as const;
type BuiltIn = (typeof EXPORT_COLUMNS)[number];

const PAGE = 1_000;

const VALUES: Record<BuiltIn, (r: ExportRow, locale: Locale) => CsvValue> = {
  familyName: (r) => r.family_name, givenName: (r) => r.given_name, familyNameKana: (r) => r.family_name_kana, givenNameKana: (r) => r.given_name_kana,
  email: (r) => r.email, phone: (r) => r.phone, phone2: (r) => r.phone2, postalCode: (r) => r.postal_code, prefecture: (r) => r.prefecture,
  city: (r) => r.city, addressLine: (r) => r.address_line, building: (r) => r.building, companyName: (r) => r.company_name,
  department: (r) => r.department, jobTitle: (r) => r.job_title, birthday: (r) => r.birthday,
  gender: (r, l) => (r.gender ? t(l, `gender.${r.gender}`) : null), memberNumber: (r) => r.member_number,
  tags: (r) => r.tags.join('、'), lifecycleStage: (r, l) => t(l, `stage.${r.lifecycle_stage}`),
  createdAt: (r) => r.created_at.toISOString(), updatedAt: (r) => r.updated_at.toISOString(),
};

export interface ExportRequest {
  q?: string | undefined; filter?: string | undefined; columns?: string | undefined; encoding: 'utf-8' | 'cp932'; format: 'csv' | 'xlsx';
}

/** The columns an export can have, with the headers it writes: the built-ins, then the custom fields. */
function columnsOf(custom: Field[], locale: Locale): ExportColumn[] {
  return [...EXPORT_COLUMNS.map((key) => ({ key, label: fieldLabel(locale, key) })), ...custom.map((f) => ({ key: `custom:${f.fieldId}`, label: f.label }))];
}

export async function exportColumns(deps: Deps, workspaceId: string, locale: Locale): Promise<ExportColumn[]> {
  return columnsOf(await listFields(deps.db.kysely, workspaceId, 'person'), locale);
}

export async function exportPeople(deps: Deps, actor: Actor, req: ExportRequest, locale: Locale): Promise<Download> {
  const db = deps.db.kysely;
  const ws = actor.workspaceId;
  const selection = await selectionOf(db, ws, req.q, req.filter);
  const custom = await listFields(db, ws, 'person');
  const byKey = new Map(custom.map((f) => [`custom:${f.fieldId}`, f]));
  const labels = new Map(columnsOf(custom, locale).map((c) => [c.key, c.label]));
  const names = req.columns ? req.columns.split(',').map((c) => c.trim()).filter(Boolean) : [...labels.keys()];
  const unknown = names.filter((c) => !labels.has(c));
  if (names.length === 0) throw new InvalidFieldsError([{ field: 'querystring.columns', code: 'required' }]);
  if (unknown.length) throw new InvalidFieldsError(unknown.map((value) => ({ field: 'querystring.columns', code: 'list_fields', params: { value } })));
  const columns = names.map((name) => {
    const field = byKey.get(name);
    const header = labels.get(name)!;
    if (!field) return { header, value: (r: ExportRow) => VALUES[name as BuiltIn](r, locale) };
    const options = new Map(field.options.map((o) => [o.optionId, o.label]));
    const value = (r: ExportRow): CsvValue => {
      const v = r.custom?.[field.fieldId];
      if (v === undefined || v === null) return null;
      if (Array.isArray(v)) return v.map((id) => options.get(String(id)) ?? String(id)).join('、');
      if (field.type === 'single_choice') return options.get(String(v)) ?? String(v);
      return typeof v === 'number' ? v : String(v);
    };
    return { header, value };
  });
  const count = await countPeople(db, ws, selection);
  // A sheet holds 1,048,576 rows, the header one of them: refused before anything is logged or written.
  if (req.format === 'xlsx' && count >= XLSX_MAX_ROWS) {
    throw new InvalidFieldsError([{ field: 'querystring.format', code: 'xlsx_too_many_rows', params: { count, max: XLSX_MAX_ROWS - 1 } }]);
  }
  // Logged before the first byte, so that an export cut off halfway is on record too.
  await record(db, actor, {
    action: 'people.exported', entityType: 'workspace', entityId: ws,
    after: { count, columns: names, q: req.q ?? null, filter: req.filter ?? null, format: req.format, ...(req.format === 'csv' && { encoding: req.encoding }) },
  });
  const headers = columns.map((c) => c.header);
  async function* pages(): AsyncGenerator<ExportRow[]> {
    let after: string | null = null;
    for (;;) {
      const rows = await exportPage(db, ws, selection, after, PAGE);
      if (rows.length === 0) break;
      yield rows;
      after = rows.at(-1)!.person_id;
    }
  }
  const name = `${t(locale, 'export.people_file')}_${todayInJapan(deps.now()).replaceAll('-', '')}`;
  if (req.format === 'xlsx') {
    async function* sheet(): AsyncGenerator<string[][]> {
      yield [headers];
      for await (const rows of pages()) yield rows.map((r) => columns.map((c) => String(c.value(r) ?? '')));
    }
    return { type: 'xlsx', fileName: `${name}.xlsx`, fallbackName: 'people.xlsx', body: xlsxFileBytes(t(locale, 'export.people_file'), sheet()) };
  }
  async function* text(): AsyncGenerator<string> {
    yield csvLine(headers);
    for await (const rows of pages()) yield rows.map((r) => csvLine(columns.map((c) => c.value(r)))).join('');
  }
  // What CP932 cannot hold is written as ? (the encoder maps the characters it has twins for).
  return { fileName: `${name}.csv`, fallbackName: 'people.csv', encoding: req.encoding, body: csvFileBytes(req.encoding, text()) };
}
