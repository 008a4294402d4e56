// Prints a bench result as a plain-text table: ours beside the reference measured in the same run.
import type { BenchResult, BenchRow } from './types.ts';

// Terminal columns: CJK and full-width characters take two.
function width(s: string): number {
  let w = 0;
  for (const ch of s) w += /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]|[\u{20000}-\u{3fffd}]/u.test(ch) ? 2 : 1;
  return w;
}

function pad(s: string, w: number, right: boolean): string {
  const fill = ' '.repeat(Math.max(0, w - width(s)));
  return right ? fill + s : s + fill;
}

export function formatValue(value: number | null, unit: BenchRow['unit']): string {
  if (value === null || Number.isNaN(value)) return '—';
  const digits = unit === 'MB' || Math.abs(value) >= 100 ? 0 : 1;
  return `${value.toLocaleString('en-US', { maximumFractionDigits: digits, minimumFractionDigits: digits })} ${unit}`;
}

/** ours ÷ reference: "2.4×" reads as "takes 2.4 times what the bare component takes". */
function ratio(row: BenchRow): string {
  if (row.ours === null || row.reference === null || row.reference.value === 0) return '';
  return `${(row.ours / row.reference.value).toFixed(2)}×`;
}

export function renderTable(result: BenchResult): string {
  const header = ['', 'metric', 'ours', 'reference', '', 'ratio'];
  const body: string[][] = [];
  let lastGroup = '';
  for (const row of result.rows) {
    body.push([
      row.group === lastGroup ? '' : row.group,
      row.metric,
      formatValue(row.ours, row.unit),
      row.reference ? formatValue(row.reference.value, row.unit) : '',
      row.reference?.label ?? '',
      ratio(row),
    ]);
    lastGroup = row.group;
  }
  const rightAligned = [false, false, true, true, false, true];
  const widths = header.map((h, i) => Math.max(width(h), ...body.map((r) => width(r[i]!))));
  const line = (cells: string[]) => cells.map((c, i) => pad(c, widths[i]!, rightAligned[i]!)).join('  ').trimEnd();
  const out = [line(header), widths.map((w) => '-'.repeat(w)).join('  '), ...body.map(line)];
  if (result.notes.length > 0) out.push('', ...result.notes.map((n) => `* ${n}`));
  return out.join('\n');
}
