// The parts of an .xlsx that say how to read a sheet: which sheets there are and where (the workbook and
// its relationships), which cell styles are dates (styles.xml) and the shared strings table. Parts are
// found through their relationships, as the package format says, not by their usual names; element names
// are matched without their prefix, so that Strict OOXML and prefixed writers read the same.
import { TextDecoder } from 'node:util';
import { SaxesParser, type SaxesTagPlain } from 'saxes';
import { entryBytes, type ByteSource, type ZipEntry } from './zip-reader.ts';
import { XlsxProblem } from './problem.ts';
import { dateKind, unescapeText, type DateKind } from './xlsx-values.ts';

const broken = () => new XlsxProblem('xlsx_broken');

/**
 * The shared strings are held in memory as an array (a cell only names its string by index, anywhere in
 * the sheet); Excel keeps one copy of each distinct text, so that is about the size of the file's
 * distinct texts, UTF-16. Past this much XML the reader refuses the file rather than the server's memory.
 */
export const MAX_SHARED_STRINGS_BYTES = 256 * 1024 * 1024;

export interface SheetPart { name: string; path: string; hidden: boolean }
export interface Workbook {
  entries: Map<string, ZipEntry>;
  sheets: SheetPart[];
  date1904: boolean;
  stylesPath: string | null;
  sharedStringsPath: string | null;
}

export const localName = (name: string) => name.slice(name.indexOf(':') + 1);

/** An attribute by its name without prefix (r:id and x:r alike). */
export function attr(tag: SaxesTagPlain, name: string): string | undefined {
  const a = tag.attributes;
  if (name in a) return a[name];
  for (const key in a) if (localName(key) === name) return a[key];
  return undefined;
}

export interface XmlHandlers {
  open?(name: string, tag: SaxesTagPlain): void;
  close?(name: string): void;
  text?(text: string): void;
}

/** A streaming parser calling back with local element names; malformed XML is a broken file. */
export function xmlParser(on: XmlHandlers): { write(text: string): void; close(): void } {
  const parser = new SaxesParser<{ xmlns: false; position: false }>({ xmlns: false, position: false });
  if (on.open) { const open = on.open; parser.on('opentag', (tag) => open(localName(tag.name), tag)); }
  if (on.close) { const close = on.close; parser.on('closetag', (tag) => close(localName(tag.name))); }
  if (on.text) { parser.on('text', on.text); parser.on('cdata', on.text); }
  const guard = (f: () => void) => {
    try { f(); } catch (err) { throw err instanceof XlsxProblem ? err : broken(); }
  };
  return { write: (text) => guard(() => parser.write(text)), close: () => guard(() => parser.close()) };
}

/** An entry's text, decoded as it is inflated: UTF-8, or UTF-16 when it starts with that BOM. */
export async function* entryText(source: ByteSource, entry: ZipEntry, maxBytes = Infinity): AsyncGenerator<string> {
  let decoder: TextDecoder | undefined;
  let bytes = 0;
  for await (const chunk of entryBytes(source, entry)) {
    bytes += chunk.length;
    if (bytes > maxBytes) throw new XlsxProblem('xlsx_too_large');
    decoder ??= new TextDecoder(chunk[0] === 0xff && chunk[1] === 0xfe ? 'utf-16le' : chunk[0] === 0xfe && chunk[1] === 0xff ? 'utf-16be' : 'utf-8');
    yield decoder.decode(chunk, { stream: true });
  }
  if (decoder) yield decoder.decode();
}

async function parsePart(source: ByteSource, entry: ZipEntry, on: XmlHandlers, maxBytes?: number): Promise<void> {
  const parser = xmlParser(on);
  for await (const text of entryText(source, entry, maxBytes)) parser.write(text);
  parser.close();
}

/** A part's relationships (its _rels/NAME.rels), targets resolved to part names; none if it has none. */
async function relationships(source: ByteSource, entries: Map<string, ZipEntry>, part: string): Promise<Map<string, { type: string; path: string }>> {
  const slash = part.lastIndexOf('/');
  const folder = part.slice(0, slash + 1);
  const rels = new Map<string, { type: string; path: string }>();
  const entry = entries.get(`${folder}_rels/${part.slice(slash + 1)}.rels`.toLowerCase());
  if (!entry) return rels;
  await parsePart(source, entry, {
    open(name, tag) {
      const id = attr(tag, 'Id');
      const target = attr(tag, 'Target');
      if (name !== 'Relationship' || !id || !target || attr(tag, 'TargetMode') === 'External') return;
      rels.set(id, { type: attr(tag, 'Type') ?? '', path: resolve(folder, target) });
    },
  });
  return rels;
}

/** A relationship's target as a part name: relative to the source part's folder, or absolute from the root. */
function resolve(folder: string, target: string): string {
  const segments = (target.startsWith('/') ? target.slice(1) : folder + target).split('/');
  const out: string[] = [];
  for (const s of segments) {
    if (s === '..') out.pop();
    else if (s !== '.' && s !== '') out.push(s);
  }
  return out.join('/');
}

/** Transitional and Strict OOXML name relationship types with different prefixes and the same last word. */
const isType = (type: string, last: string) => type.endsWith(`/${last}`);

export async function workbookOf(source: ByteSource, entries: Map<string, ZipEntry>): Promise<Workbook> {
  const root = await relationships(source, entries, '');
  const bookPath = [...root.values()].find((r) => isType(r.type, 'officeDocument'))?.path ?? 'xl/workbook.xml';
  const book = entries.get(bookPath.toLowerCase());
  if (!book) throw broken();
  const rels = await relationships(source, entries, bookPath);
  const sheets: SheetPart[] = [];
  let date1904 = false;
  await parsePart(source, book, {
    open(name, tag) {
      if (name === 'workbookPr') date1904 = ['1', 'true'].includes(attr(tag, 'date1904') ?? '');
      if (name !== 'sheet') return;
      // A chart sheet or a macro sheet is listed too, and has no rows: only worksheets are offered.
      const rel = rels.get(attr(tag, 'id') ?? '');
      if (rel && isType(rel.type, 'worksheet') && entries.has(rel.path.toLowerCase())) {
        sheets.push({ name: attr(tag, 'name') ?? '', path: rel.path, hidden: (attr(tag, 'state') ?? 'visible') !== 'visible' });
      }
    },
  });
  const pathOf = (type: string) => [...rels.values()].find((r) => isType(r.type, type) && entries.has(r.path.toLowerCase()))?.path ?? null;
  return { entries, sheets, date1904, stylesPath: pathOf('styles'), sharedStringsPath: pathOf('sharedStrings') };
}

/** For each cell style (the s="N" of a cell, an index into cellXfs), whether its number format is a date. */
export async function dateStyles(source: ByteSource, book: Workbook): Promise<(DateKind | null)[]> {
  const entry = book.stylesPath ? book.entries.get(book.stylesPath.toLowerCase()) : undefined;
  if (!entry) return [];
  const codes = new Map<number, string>();
  const formats: number[] = [];
  let inCellXfs = false;
  await parsePart(source, entry, {
    open(name, tag) {
      if (name === 'numFmt') codes.set(Number(attr(tag, 'numFmtId')), attr(tag, 'formatCode') ?? '');
      else if (name === 'cellXfs') inCellXfs = true;
      else if (name === 'xf' && inCellXfs) formats.push(Number(attr(tag, 'numFmtId') ?? 0));
    },
    close(name) {
      if (name === 'cellXfs') inCellXfs = false;
    },
  });
  return formats.map((id) => dateKind(id, codes.get(id)));
}

/**
 * Collects the text of a string item (<si> in the table, <is> in a cell): its <t>, or the <t> of each rich
 * text run, but not the <t> inside <rPh>, where Japanese Excel keeps the furigana it typed the name with.
 */
export class RichText {
  active = false;
  private phonetic = 0;
  private inT = false;
  private text = '';

  start(): void { this.active = true; this.phonetic = 0; this.inT = false; this.text = ''; }
  open(name: string): void {
    if (name === 'rPh') this.phonetic += 1;
    else if (name === 't' && this.phonetic === 0) this.inT = true;
  }
  close(name: string): void {
    if (name === 'rPh') this.phonetic -= 1;
    else if (name === 't') this.inT = false;
  }
  add(text: string): void { if (this.inT) this.text += text; }
  end(): string { this.active = false; return unescapeText(this.text); }
}

/**
 * The string on its own: V8 keeps a piece cut from a longer string (saxes cuts text from the chunk it
 * parses) as a slice that holds the whole chunk alive, which for the table that lives as long as the sheet
 * is read would keep about all of its XML in memory (measured: 60 MB for a table of 37 MB of XML, 23 MB
 * copied). Short strings are copied by V8 anyway.
 */
const ownCopy = (s: string) => (s.length < 13 ? s : Buffer.from(s, 'utf16le').toString('utf16le'));

export async function sharedStrings(source: ByteSource, book: Workbook): Promise<string[]> {
  const entry = book.sharedStringsPath ? book.entries.get(book.sharedStringsPath.toLowerCase()) : undefined;
  if (!entry) return [];
  if (entry.size > MAX_SHARED_STRINGS_BYTES) throw new XlsxProblem('xlsx_too_large');
  const strings: string[] = [];
  const item = new RichText();
  await parsePart(source, entry, {
    open(name) {
      if (name === 'si') item.start();
      else if (item.active) item.open(name);
    },
    close(name) {
      if (name === 'si') strings.push(ownCopy(item.end()));
      else if (item.active) item.close(name);
    },
    text: (text) => item.add(text),
  }, MAX_SHARED_STRINGS_BYTES);
  return strings;
}
