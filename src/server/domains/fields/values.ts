// Checking the custom values a record is given against the field definitions, pure. Values are stored
// by field id: text as typed (trimmed), numbers and yen as numbers, dates as YYYY-MM-DD, phones as
// national display, emails as parsed, choices as option ids (one, or a list without repeats).
import { parseEmail, parsePhone } from '../../lib/japanese/index.ts';
import type { FieldError } from '../../platform/errors.ts';
import type { Field } from '../../../common/fields.ts';

type Check = { ok: true; value: unknown } | { ok: false; code: string };
const ok = (value: unknown): Check => ({ ok: true, value });
const bad = (code: string): Check => ({ ok: false, code });

function isDate(s: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(s);
  if (!m) return false;
  const d = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  return d.getUTCFullYear() === Number(m[1]) && d.getUTCMonth() === Number(m[2]) - 1 && d.getUTCDate() === Number(m[3]);
}

function checkOne(field: Field, v: unknown): Check {
  const options = new Set(field.options.map((o) => o.optionId));
  switch (field.type) {
    case 'text':
    case 'long_text': {
      if (typeof v !== 'string') return bad('custom_text');
      const max = field.type === 'text' ? 1000 : 20000;
      return v.trim().length > max ? bad('custom_too_long') : ok(v.trim());
    }
    case 'number':
      return typeof v === 'number' && Number.isFinite(v) ? ok(v) : bad('custom_number');
    case 'currency':
      return typeof v === 'number' && Number.isSafeInteger(v) ? ok(v) : bad('custom_currency');
    case 'date':
      return typeof v === 'string' && isDate(v) ? ok(v) : bad('custom_date');
    case 'boolean':
      return typeof v === 'boolean' ? ok(v) : bad('custom_boolean');
    case 'url': {
      if (typeof v !== 'string') return bad('custom_url');
      try {
        const u = new URL(v.trim());
        return u.protocol === 'http:' || u.protocol === 'https:' ? ok(u.toString()) : bad('custom_url');
      } catch {
        return bad('custom_url');
      }
    }
    case 'email': {
      const r = typeof v === 'string' ? parseEmail(v) : undefined;
      return r?.ok ? ok(r.value) : bad('invalid_email_address');
    }
    case 'phone': {
      const r = typeof v === 'string' ? parsePhone(v) : undefined;
      return r?.ok ? ok(r.display) : bad('invalid_phone');
    }
    case 'single_choice':
      return typeof v === 'string' && options.has(v) ? ok(v) : bad('custom_choice');
    case 'multiple_choice':
      return Array.isArray(v) && v.every((x) => typeof x === 'string' && options.has(x)) ? ok([...new Set(v as string[])]) : bad('custom_choice');
  }
}

/** The values to store (null removes a value), or each broken rule on `custom.<fieldId>`. */
export function checkCustomValues(fields: Field[], input: Record<string, unknown>): { ok: true; set: Record<string, unknown>; remove: string[] } | { ok: false; errors: FieldError[] } {
  const byId = new Map(fields.map((f) => [f.fieldId, f]));
  const errors: FieldError[] = [];
  const set: Record<string, unknown> = {};
  const remove: string[] = [];
  for (const [fieldId, v] of Object.entries(input)) {
    const field = byId.get(fieldId);
    if (!field) { errors.push({ field: `custom.${fieldId}`, code: 'unknown_custom_field' }); continue; }
    if (v === null || v === '' || (Array.isArray(v) && v.length === 0)) {
      if (field.required) errors.push({ field: `custom.${fieldId}`, code: 'required', params: { label: field.label, field: field.label } });
      else remove.push(fieldId);
      continue;
    }
    const r = checkOne(field, v);
    if (r.ok) set[fieldId] = r.value;
    else errors.push({ field: `custom.${fieldId}`, code: r.code, params: { label: field.label, field: field.label } });
  }
  return errors.length ? { ok: false, errors } : { ok: true, set, remove };
}
