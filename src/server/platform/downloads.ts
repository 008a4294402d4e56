// A CSV file as a download: the charset it is written in, the file name in UTF-8 (RFC 6266, for Japanese
// names) with an ASCII fallback, and the body streamed as it is made.
import { Readable } from 'node:stream';
import type { FastifyReply } from 'fastify';

export interface CsvDownload { fileName: string; fallbackName: string; encoding: 'utf-8' | 'cp932'; body: AsyncIterable<Buffer> }

export function sendCsv(reply: FastifyReply, f: CsvDownload): FastifyReply {
  return reply
    .header('content-type', `text/csv; charset=${f.encoding === 'cp932' ? 'Shift_JIS' : 'utf-8'}`)
    .header('content-disposition', `attachment; filename="${f.fallbackName}"; filename*=UTF-8''${encodeURIComponent(f.fileName)}`)
    .send(Readable.from(f.body));
}
