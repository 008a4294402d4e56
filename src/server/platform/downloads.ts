// A file as a download: its type (CSV and the charset it is written in, or an Excel workbook), the file
// name in UTF-8 (RFC 6266, for Japanese names) with an ASCII fallback, and the body streamed as it is made.
import { Readable } from 'node:stream';
import type { FastifyReply } from 'fastify';

interface FileDownload { fileName: string; fallbackName: string; body: AsyncIterable<Buffer> }
export interface CsvDownload extends FileDownload { type?: 'csv'; encoding: 'utf-8' | 'cp932' }
export interface XlsxDownload extends FileDownload { type: 'xlsx' }
export type Download = CsvDownload | XlsxDownload;

const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

export function sendDownload(reply: FastifyReply, f: Download): FastifyReply {
  return reply
    .header('content-type', f.type === 'xlsx' ? XLSX_TYPE : `text/csv; charset=${f.encoding === 'cp932' ? 'Shift_JIS' : 'utf-8'}`)
    .header('content-disposition', `attachment; filename="${f.fallbackName}"; filename*=UTF-8''${encodeURIComponent(f.fileName)}`)
    .send(Readable.from(f.body));
}

export const sendCsv = (reply: FastifyReply, f: CsvDownload): FastifyReply => sendDownload(reply, f);
