// A file's cells for custom fields, as the values the fields domain checks: numbers with commas and 円,
// はい/いいえ and ○/× as yes and no, dates in any Japanese form, choices by their label (width and case
// ignored) and several choices in one cell split at 、 , ; or |. Pure; the fields domain then applies
// the same rules as a value typed into the record form.
import type { Field } from '../../../common/fields.ts';
import { parseJapaneseDate } from '../../lib/japanese/index.ts';

const YES = new Set(['はい', 'yes', 'y', 'true', '1', '○', '〇', '◯', 'あり', '有', '有り', 'する', 'on', '✓', '✔']);
const NO = new Set(['いいえ', 'no', 'n', 'false', '0', '×', '✕', 'なし', '無', '無し', 'しない', 'off', '-', '－']);

const fold = (s: string) => s.normalize('NFKC').trim().toLowerCase();

/** The option ids of a choice field by folded label. */
export function optionIndex(field: Field): Map<string, string> {
  return new Map(field.options.map((o) => [fold(o.label), o.optionId]));
}

/** What a cell becomes for its field; a cell that cannot be read stays as written, for the field's check to refuse. */
export function customValueOf(field: Field, cell: string, options: Map<string, string>): unknown {
  const s = cell.normalize('NFKC').trim();
  switch (field.type) {
    case 'number':
    case 'currency': {
      const n = s.replace(/[,¥￥円\s]/gu, '');
      return /^-?\d+(\.\d+)?$/u.test(n) ? Number(n) : cell;
    }
    case 'boolean': {
      const f = fold(s);
      return YES.has(f) ? true : NO.has(f) ? false : cell;
    }
    case 'date': {
      const d = parseJapaneseDate(s);
      return d.ok ? d.value : cell;
    }
    case 'single_choice':
      return options.get(fold(s)) ?? cell;
    case 'multiple_choice':
      return s.split(/[、,;|]/u).map((x) => x.trim()).filter(Boolean).map((x) => options.get(fold(x)) ?? x);
    default:
      return cell;
  }
}
