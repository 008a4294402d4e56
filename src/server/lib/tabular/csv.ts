// CSV as Excel and Japanese business systems write it, read incrementally: text arrives in chunks of any
// size (a quote, a CR or a whole row may be cut between two), complete rows come out, so memory holds one
// chunk and one unfinished row however large the file. RFC 4180 quoting, with quoted newlines; CRLF, LF
// and lone CR line ends; comma, tab or semicolon. A blank line is no row. Each row carries the line it
// starts on, so that an error can name it.

export type CsvDelimiter = ',' | '\t' | ';';
export const CSV_DELIMITERS: readonly CsvDelimiter[] = [',', '\t', ';'];

export interface CsvRow { line: number; cells: string[] }

export type CsvErrorCode = 'csv_unclosed_quote' | 'csv_text_after_quote';

/** Quoting the reader cannot make sense of; `line` is where the field at fault starts. */
export class CsvError extends Error {
  readonly code: CsvErrorCode;
  readonly line: number;
  constructor(code: CsvErrorCode, line: number) {
    super(`${code} at line ${line}`);
    this.code = code;
    this.line = line;
  }
}

const QUOTE = 34;
const CR = 13;
const LF = 10;

/** Where the reader is between two characters; kept across chunks. */
type State = 'fieldStart' | 'unquoted' | 'quoted' | 'quoteInQuoted' | 'afterCR';

export class CsvReader {
  private readonly delim: number;
  private state: State = 'fieldStart';
  private field = '';
  private cells: string[] = [];
  private line = 1;
  private rowLine = 1;
  private fieldLine = 1;
  private crPending = false;

  constructor(delimiter: CsvDelimiter = ',') {
    this.delim = delimiter.charCodeAt(0);
  }

  /** Reads a chunk; returns the rows it completed. */
  push(text: string): CsvRow[] {
    const rows: CsvRow[] = [];
    let i = 0;
    const n = text.length;
    while (i < n) {
      const c = text.charCodeAt(i);
      switch (this.state) {
        case 'afterCR':
          this.state = 'fieldStart';
          if (c === LF) { i += 1; continue; }
          continue;
        case 'fieldStart':
          this.fieldLine = this.line;
          if (c === QUOTE) { this.state = 'quoted'; i += 1; continue; }
          this.state = 'unquoted';
          continue;
        case 'unquoted': {
          // The common case: copy up to the next delimiter or line end in one slice.
          let j = i;
          while (j < n) {
            const d = text.charCodeAt(j);
            if (d === this.delim || d === CR || d === LF) break;
            j += 1;
          }
          this.field += text.slice(i, j);
          i = j;
          if (i < n) { this.endField(text.charCodeAt(i), rows); i += 1; }
          continue;
        }
        case 'quoted': {
          const q = text.indexOf('"', i);
          const end = q === -1 ? n : q;
          const part = text.slice(i, end);
          this.field += part;
          this.countLines(part);
          i = end;
          if (q !== -1) { this.settleCR(); this.state = 'quoteInQuoted'; i += 1; }
          continue;
        }
        case 'quoteInQuoted':
          if (c === QUOTE) { this.field += '"'; this.state = 'quoted'; i += 1; continue; }
          if (c === this.delim || c === CR || c === LF) { this.endField(c, rows); i += 1; continue; }
          throw new CsvError('csv_text_after_quote', this.fieldLine);
      }
    }
    return rows;
  }

  /** The end of the text: the last row, if it has no line end; an open quote is an error. */
  end(): CsvRow[] {
    if (this.state === 'quoted') throw new CsvError('csv_unclosed_quote', this.fieldLine);
    const rows: CsvRow[] = [];
    if (this.state === 'unquoted' || this.state === 'quoteInQuoted' || this.cells.length > 0) this.finishRow(rows);
    this.state = 'fieldStart';
    return rows;
  }

  /** Counts line ends inside a quoted cell; a CR at the end of a chunk waits to see if an LF follows. */
  private countLines(part: string): void {
    if (part.length === 0) return;
    if (this.crPending) { this.crPending = false; if (part.charCodeAt(0) !== LF) this.line += 1; }
    for (let k = part.indexOf('\n'); k !== -1; k = part.indexOf('\n', k + 1)) this.line += 1;
    for (let k = part.indexOf('\r'); k !== -1; k = part.indexOf('\r', k + 1)) {
      if (k === part.length - 1) this.crPending = true;
      else if (part.charCodeAt(k + 1) !== LF) this.line += 1;
    }
  }

  private settleCR(): void {
    if (this.crPending) { this.crPending = false; this.line += 1; }
  }

  private endField(c: number, rows: CsvRow[]): void {
    if (c === this.delim) {
      this.cells.push(this.field);
      this.field = '';
      this.state = 'fieldStart';
      return;
    }
    this.finishRow(rows);
    this.line += 1;
    this.rowLine = this.line;
    this.state = c === CR ? 'afterCR' : 'fieldStart';
  }

  private finishRow(rows: CsvRow[]): void {
    this.cells.push(this.field);
    this.field = '';
    const cells = this.cells;
    this.cells = [];
    if (!(cells.length === 1 && cells[0] === '')) rows.push({ line: this.rowLine, cells });
  }
}

/** Reads a whole text at once (tests, small files). */
export function parseCsv(text: string, delimiter: CsvDelimiter = ','): CsvRow[] {
  const reader = new CsvReader(delimiter);
  return [...reader.push(text), ...reader.end()];
}

/**
 * The delimiter of a file from its first few kilobytes: the one that splits the first rows into the same
 * number of cells, more than one, and the most cells on a tie; a comma when nothing splits.
 */
export function detectDelimiter(sample: string): CsvDelimiter {
  let best: { d: CsvDelimiter; score: number } = { d: ',', score: 0 };
  for (const d of CSV_DELIMITERS) {
    const reader = new CsvReader(d);
    let rows: CsvRow[];
    try {
      rows = reader.push(sample).slice(0, 10);
    } catch {
      continue;
    }
    if (rows.length === 0) continue;
    const width = rows[0]!.cells.length;
    if (width < 2) continue;
    const consistent = rows.every((r) => r.cells.length === width);
    const score = width + (consistent ? 1000 : 0);
    if (score > best.score) best = { d, score };
  }
  return best.d;
}
