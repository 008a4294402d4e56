// An Excel workbook (.xlsx) written as it is made: one sheet, its XML deflated into the zip as rows
// arrive, every cell an inline string (t="inlineStr"), so there is no shared strings table to build and
// memory holds a batch of rows whatever their number. Every cell is text, formatted as text (@): a phone
// such as 0312345678 keeps its leading zero, a code such as 1-2 does not turn into a date, and the
// green "number stored as text" marks are switched off. The first row is the header: bold, and frozen
// so it stays in view; the columns are as wide as the first rows need.
//
// Formula injection: a cell written as an inline string is text to Excel, which never evaluates it, so
// '=HYPERLINK(…)' is shown as those characters, and its text format keeps it text even when someone edits
// the cell. Unlike the CSV writer, no apostrophe is needed, and none is added (it would be data).
import { escapeText } from './xlsx-values.ts';
import { zipBytes } from './zip-writer.ts';

/** Excel's limits: rows and columns of a sheet, characters of a cell, characters of a sheet name. */
export const XLSX_MAX_ROWS = 1_048_576;
const MAX_COLUMNS = 16_384;
const MAX_CELL_CHARS = 32_767;
const MAX_SHEET_NAME = 31;
/** Rows measured for the column widths, and the widest a column is made (in characters). */
const WIDTH_SAMPLE_ROWS = 100;
const MAX_WIDTH = 60;

const XML_HEAD = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n';
const MAIN_NS = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const REL_NS = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';

const CONTENT_TYPES = `${XML_HEAD}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">`
  + '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
  + '<Default Extension="xml" ContentType="application/xml"/>'
  + '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>'
  + '<Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>'
  + '<Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>'
  + '</Types>';
const ROOT_RELS = `${XML_HEAD}<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">`
  + `<Relationship Id="rId1" Type="${REL_NS}/officeDocument" Target="xl/workbook.xml"/></Relationships>`;
const WORKBOOK_RELS = `${XML_HEAD}<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">`
  + `<Relationship Id="rId1" Type="${REL_NS}/worksheet" Target="worksheets/sheet1.xml"/>`
  + `<Relationship Id="rId2" Type="${REL_NS}/styles" Target="styles.xml"/></Relationships>`;
// Style 1 is text (@) for the body, style 2 text and bold for the header. 游ゴシック is Japanese Excel's default.
const FONT = '<sz val="11"/><name val="游ゴシック"/><family val="3"/><charset val="128"/>';
const STYLES = `${XML_HEAD}<styleSheet xmlns="${MAIN_NS}">`
  + `<fonts count="2"><font>${FONT}</font><font><b/>${FONT}</font></fonts>`
  + '<fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills>'
  + '<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>'
  + '<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>'
  + '<cellXfs count="3"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>'
  + '<xf numFmtId="49" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>'
  + '<xf numFmtId="49" fontId="1" fillId="0" borderId="0" xfId="0" applyNumberFormat="1" applyFont="1"/></cellXfs>'
  + '<cellStyles count="1"><cellStyle name="標準" xfId="0" builtinId="0"/></cellStyles>'
  + '</styleSheet>';

/** Characters XML 1.0 cannot hold at all (controls other than tab, LF and CR; lone surrogates; U+FFFE/F). */
const NOT_XML = /[^\t\n\r\u0020-\ud7ff\ue000-\ufffd\u{10000}-\u{10ffff}]/gu;
const XML_SPECIAL = /[&<>"]/gu;
const ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' };

/** Text for an XML element or attribute: forbidden characters dropped, specials escaped. */
const xmlText = (s: string) => s.replace(NOT_XML, '').replace(XML_SPECIAL, (c) => ENTITIES[c]!);

/** Excel's rules for a sheet name: 1–31 characters, none of : \ / ? * [ ], not starting or ending with '. */
function sheetNameOf(name: string): string {
  const clean = truncate(name.replace(/[:\\/?*[\]]/gu, '_').replace(NOT_XML, ''), MAX_SHEET_NAME).replace(/^'+|'+$/gu, '');
  return clean || 'Sheet1';
}

/** At most `max` UTF-16 units (as Excel counts), never half a surrogate pair. */
function truncate(s: string, max: number): string {
  if (s.length <= max) return s;
  const cut = s.slice(0, max);
  return /[\ud800-\udbff]$/u.test(cut) ? cut.slice(0, -1) : cut;
}

const workbookXml = (sheetName: string) => `${XML_HEAD}<workbook xmlns="${MAIN_NS}" xmlns:r="${REL_NS}">`
  + `<bookViews><workbookView/></bookViews><sheets><sheet name="${xmlText(sheetNameOf(sheetName))}" sheetId="1" r:id="rId1"/></sheets></workbook>`;

const columnNames: string[] = [];
/** A column's letters, 0 → A, 26 → AA. */
function columnName(i: number): string {
  let name = columnNames[i];
  if (name === undefined) {
    name = '';
    for (let n = i + 1; n > 0; n = Math.floor((n - 1) / 26)) name = String.fromCharCode(65 + ((n - 1) % 26)) + name;
    columnNames[i] = name;
  }
  return name;
}

/** A cell's text: at most Excel's 32,767 characters (a longer cell makes Excel repair the file), CR kept as _x000D_. */
function cellXml(s: string): string {
  const text = truncate(s, MAX_CELL_CHARS);
  // An XML parser reads a CR as a line end and drops it; Excel writes it as _x000D_.
  const escaped = xmlText(escapeText(text)).replaceAll('\r', '_x000D_');
  return /^\s|\s$/u.test(text) ? `<t xml:space="preserve">${escaped}</t>` : `<t>${escaped}</t>`;
}

function rowXml(r: number, cells: string[]): string {
  if (cells.length > MAX_COLUMNS) throw new Error(`xlsx row ${r} has ${cells.length} cells, past Excel's ${MAX_COLUMNS}`);
  const style = r === 1 ? 2 : 1;
  let xml = `<row r="${r}">`;
  for (let i = 0; i < cells.length; i++) {
    const v = cells[i];
    if (v) xml += `<c r="${columnName(i)}${r}" s="${style}" t="inlineStr"><is>${cellXml(v)}</is></c>`;
  }
  return `${xml}</row>`;
}

/** How wide a text shows: full-width characters (漢字, かな, ＡＢＣ) take two columns, half-width kana one. */
function displayWidth(s: string): number {
  let w = 0;
  for (const c of s.split(/\r?\n|\r/u)[0]!) {
    const cp = c.codePointAt(0)!;
    w += cp >= 0x1100 && !(cp >= 0xff61 && cp <= 0xff9f) ? 2 : 1;
  }
  return w;
}

function colsXml(rows: string[][]): string {
  const widths: number[] = [];
  for (const row of rows) {
    row.forEach((v, i) => { widths[i] = Math.max(widths[i] ?? 0, v ? displayWidth(v) : 0); });
  }
  if (widths.length === 0) return '';
  const cols = widths.map((w, i) => `<col min="${i + 1}" max="${i + 1}" width="${Math.min(MAX_WIDTH, Math.max(8, w + 2))}" customWidth="1"/>`);
  return `<cols>${cols.join('')}</cols>`;
}

async function* sheetXml(batches: AsyncIterable<string[][]>): AsyncGenerator<string> {
  const iterator = batches[Symbol.asyncIterator]();
  // The first rows are held until there are enough to size the columns, which come before the rows.
  const first: string[][] = [];
  let next = await iterator.next();
  for (; !next.done && first.length < WIDTH_SAMPLE_ROWS; next = await iterator.next()) for (const row of next.value) first.push(row);
  let r = 0;
  const rowsXml = (rows: string[][]) => {
    let xml = '';
    for (const cells of rows) {
      r += 1;
      if (r > XLSX_MAX_ROWS) throw new Error(`xlsx sheet past Excel's ${XLSX_MAX_ROWS} rows`);
      xml += rowXml(r, cells);
    }
    return xml;
  };
  yield `${XML_HEAD}<worksheet xmlns="${MAIN_NS}" xmlns:r="${REL_NS}">`
    + '<sheetViews><sheetView workbookViewId="0"><pane ySplit="1" topLeftCell="A2" activePane="bottomLeft" state="frozen"/></sheetView></sheetViews>'
    + `${colsXml(first)}<sheetData>${rowsXml(first)}`;
  for (; !next.done; next = await iterator.next()) {
    const xml = rowsXml(next.value);
    if (xml) yield xml;
  }
  yield `</sheetData><ignoredErrors><ignoredError sqref="A1:XFD${XLSX_MAX_ROWS}" numberStoredAsText="1"/></ignoredErrors></worksheet>`;
}

/** An .xlsx of one sheet; `rows` comes in batches (a page of a query), the first row being the header. */
export async function* xlsxFileBytes(sheetName: string, rows: AsyncIterable<string[][]>): AsyncGenerator<Buffer> {
  yield* zipBytes([
    { name: '[Content_Types].xml', data: CONTENT_TYPES },
    { name: '_rels/.rels', data: ROOT_RELS },
    { name: 'xl/workbook.xml', data: workbookXml(sheetName) },
    { name: 'xl/_rels/workbook.xml.rels', data: WORKBOOK_RELS },
    { name: 'xl/styles.xml', data: STYLES },
    { name: 'xl/worksheets/sheet1.xml', data: sheetXml(rows) },
  ]);
}
