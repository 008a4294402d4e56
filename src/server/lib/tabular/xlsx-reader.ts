// An Excel workbook (.xlsx) from bytes to rows, streamed: the zip's directory and the small parts first
// (workbook, styles, shared strings), then the chosen sheet inflated and parsed as it is read, rows coming
// out as each chunk completes them, so memory holds the shared strings, a chunk and a row whatever the
// number of rows. Rows are what a CSV of the sheet would hold: text as shown (dates as YYYY-MM-DD, numbers
// without floating-point noise, formulas as their last computed value), columns in place (a gap is ''),
// trailing empty cells dropped, empty rows skipped with each row keeping its Excel row number as `line`.
// A merged range holds its value in its top-left cell only, as Excel stores it: the others read as ''.
import type { CsvRow } from './csv.ts';
import { compoundFileKind, isCompoundFile } from './cfb.ts';
import { XlsxProblem } from './problem.ts';
import { attr, dateStyles, entryText, RichText, sharedStrings, workbookOf, xmlParser, type SheetPart, type Workbook } from './xlsx-parts.ts';
import { numberText, serialText, unescapeText, type DateKind } from './xlsx-values.ts';
import { readBytes, zipEntries, type ByteSource, type ZipEntry } from './zip-reader.ts';

export type { ByteSource } from './zip-reader.ts';

/** Excel's widest sheet (XFD); a cell reference past it is not Excel's. */
const MAX_COLUMNS = 16_384;

const broken = () => new XlsxProblem('xlsx_broken');

async function workbook(source: ByteSource): Promise<Workbook> {
  if (isCompoundFile(await readBytes(source, 0, Math.min(8, source.size)))) throw new XlsxProblem(await compoundFileKind(source));
  return workbookOf(source, await zipEntries(source));
}

/** The names of the workbook's worksheets, in the order of its tabs (hidden ones too). */
export async function xlsxSheets(source: ByteSource): Promise<string[]> {
  return (await workbook(source)).sheets.map((s) => s.name);
}

export interface XlsxOptions {
  /** A sheet's name, or its place (0 first) among xlsxSheets; by default the first sheet that is not hidden. */
  sheet?: string | number | undefined;
}

export interface OpenedXlsx { sheet: string; sheets: string[]; rows(): AsyncGenerator<CsvRow> }

/** Reads the workbook's directory and picks the sheet; `rows` then reads it. */
export async function openXlsx(source: ByteSource, opts: XlsxOptions = {}): Promise<OpenedXlsx> {
  const book = await workbook(source);
  const part = pick(book.sheets, opts.sheet);
  const entry = book.entries.get(part.path.toLowerCase())!;
  return {
    sheet: part.name,
    sheets: book.sheets.map((s) => s.name),
    async *rows() {
      const [strings, styles] = await Promise.all([sharedStrings(source, book), dateStyles(source, book)]);
      yield* sheetRows(source, entry, { strings, styles, date1904: book.date1904 });
    },
  };
}

export async function* readXlsx(source: ByteSource, opts: XlsxOptions = {}): AsyncGenerator<CsvRow> {
  yield* (await openXlsx(source, opts)).rows();
}

function pick(sheets: SheetPart[], wanted: string | number | undefined): SheetPart {
  const part = typeof wanted === 'number' ? sheets[wanted]
    : typeof wanted === 'string' ? sheets.find((s) => s.name === wanted)
    : sheets.find((s) => !s.hidden) ?? sheets[0];
  if (!part) throw new XlsxProblem('xlsx_no_sheet');
  return part;
}

interface SheetContext { strings: string[]; styles: (DateKind | null)[]; date1904: boolean }

/** The column of a cell reference, 0 for A: "C5" → 2. */
function columnOf(ref: string): number {
  let column = 0;
  for (let i = 0; i < ref.length; i++) {
    const c = ref.charCodeAt(i) & ~0x20; // upper case
    if (c < 65 || c > 90) break;
    column = column * 26 + (c - 64);
  }
  if (column < 1 || column > MAX_COLUMNS) throw broken();
  return column - 1;
}

/** A cell's text by its type: shared string, inline string, formula text, boolean, error, date or number. */
function cellText(type: string, value: string, style: number, ctx: SheetContext): string {
  switch (type) {
    case 's': {
      if (value === '') return '';
      const s = ctx.strings[Number(value)];
      if (s === undefined) throw broken();
      return s;
    }
    case 'inlineStr': return value; // unescaped as it was collected
    case 'str': return unescapeText(value); // a formula's text result
    case 'b': return value === '1' ? 'TRUE' : value === '0' ? 'FALSE' : value;
    case 'e': return value; // #N/A, #DIV/0! … as Excel shows them
    case 'd': return isoDateText(value);
    default: {
      if (value === '') return '';
      const kind = ctx.styles[style];
      return (kind ? serialText(Number(value), kind, ctx.date1904) : null) ?? numberText(value);
    }
  }
}

/** A t="d" cell (ISO 8601, written by some programs other than Excel) in the same shape as a serial date. */
function isoDateText(value: string): string {
  const m = /^(\d{4}-\d{2}-\d{2})(?:T(\d{2}:\d{2})(:\d{2})?)?/u.exec(value);
  if (!m) return value;
  const seconds = m[3] && m[3] !== ':00' ? m[3] : '';
  return m[2] && `${m[2]}${seconds}` !== '00:00' ? `${m[1]} ${m[2]}${seconds}` : m[1]!;
}

async function* sheetRows(source: ByteSource, entry: ZipEntry, ctx: SheetContext): AsyncGenerator<CsvRow> {
  const done: CsvRow[] = [];
  const inline = new RichText();
  let cells: string[] = [];
  let inRow = false;
  let line = 0;
  let nextColumn = 0;
  let inCell = false;
  let inValue = false;
  let column = 0;
  let type = 'n';
  let style = 0;
  let value = '';
  const parser = xmlParser({
    open(name, tag) {
      if (inline.active) return inline.open(name);
      if (name === 'row') {
        const r = attr(tag, 'r');
        line = r ? Number(r) : line + 1; // r is optional: then it is the row after the last
        if (!Number.isInteger(line) || line < 1) throw broken();
        cells = [];
        nextColumn = 0;
        inRow = true;
      } else if (name === 'c' && inRow) {
        const r = attr(tag, 'r');
        column = r ? columnOf(r) : nextColumn;
        type = attr(tag, 't') ?? 'n';
        style = Number(attr(tag, 's') ?? 0);
        value = '';
        inCell = true;
      } else if (name === 'v') {
        inValue = inCell;
      } else if (name === 'is' && inCell) {
        inline.start();
      }
    },
    close(name) {
      if (inline.active) {
        if (name === 'is') value = inline.end();
        else inline.close(name);
      } else if (name === 'v') {
        inValue = false;
      } else if (name === 'c' && inCell) {
        const text = cellText(type, value, style, ctx);
        if (text !== '') cells[column] = text;
        nextColumn = column + 1;
        inCell = false;
      } else if (name === 'row' && inRow) {
        inRow = false;
        if (cells.length === 0) return; // nothing but empty (perhaps formatted) cells
        for (let i = 0; i < cells.length; i++) cells[i] ??= '';
        done.push({ line, cells });
      }
    },
    text(text) {
      if (inline.active) inline.add(text);
      else if (inValue) value += text;
    },
  });
  for await (const text of entryText(source, entry)) {
    parser.write(text);
    yield* done.splice(0);
  }
  parser.close();
  yield* done.splice(0);
}
