// What can be wrong with an uploaded table file as a whole, before or instead of a row: each code names a
// `validation.<code>` message that tells the user what to do with the file.

export type XlsxError =
  | 'xlsx_broken' // not a readable zip, or a zip without a workbook in it
  | 'xlsx_encrypted' // a password-protected workbook, which Excel saves as an OLE compound file, not a zip
  | 'xls_legacy' // an Excel 97–2003 workbook (.xls), also an OLE compound file
  | 'xlsx_no_sheet' // the sheet asked for is not in the workbook
  | 'xlsx_too_large'; // more shared strings than the reader will hold in memory

export type TableFileError = 'file_empty' | 'file_binary' | 'file_is_xlsx' | XlsxError;

export class TableFileProblem extends Error {
  readonly code: TableFileError;
  constructor(code: TableFileError) {
    super(code);
    this.code = code;
  }
}

/** A problem with an .xlsx file; a TableFileProblem, so that callers that handle one handle both. */
export class XlsxProblem extends TableFileProblem {
  constructor(code: XlsxError) {
    super(code);
  }
}
