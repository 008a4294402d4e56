// An OLE compound file (D0 CF 11 E0 …) where an .xlsx was expected is one of two things: a workbook saved
// with a password, which Excel encrypts into EncryptedPackage inside a compound file, or an Excel 97–2003
// workbook (.xls), whose sheets are in a Workbook (or, older, Book) stream. The directory tells them apart;
// when it cannot be read, a password is the likelier cause.
import type { XlsxError } from './problem.ts';
import { readBytes, type ByteSource } from './zip-reader.ts';

const SIGNATURE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
const END_OF_CHAIN = 0xfffffffe;
/** Directory sectors looked through; an encrypted workbook or an .xls has a handful of entries. */
const MAX_DIRECTORY_SECTORS = 64;

export const isCompoundFile = (head: Uint8Array) => SIGNATURE.every((b, i) => head[i] === b);

export async function compoundFileKind(source: ByteSource): Promise<XlsxError> {
  try {
    const names = await directoryNames(source);
    if (names.has('EncryptedPackage') || names.has('EncryptionInfo')) return 'xlsx_encrypted';
    if (names.has('Workbook') || names.has('Book')) return 'xls_legacy';
  } catch {
    // A compound file whose directory cannot be followed: reported as the likelier case below.
  }
  return 'xlsx_encrypted';
}

/** The names in the directory, following its sector chain through the allocation table (MS-CFB §2.6). */
async function directoryNames(source: ByteSource): Promise<Set<string>> {
  const header = await readBytes(source, 0, 512);
  const sectorSize = 1 << header.readUInt16LE(30);
  if (sectorSize !== 512 && sectorSize !== 4096) return new Set();
  const sectorAt = (n: number) => (n + 1) * sectorSize;
  const perFatSector = sectorSize / 4;
  // The first 109 allocation-table sectors are listed in the header; that covers files up to 7 MiB
  // (512-byte sectors) or 448 MiB, and a directory sits near the start of the file anyway.
  const fatSectors = Array.from({ length: 109 }, (_, i) => header.readUInt32LE(76 + i * 4));
  const next = async (n: number) => {
    const fatSector = fatSectors[Math.floor(n / perFatSector)];
    if (fatSector === undefined || fatSector >= END_OF_CHAIN) return END_OF_CHAIN;
    return (await readBytes(source, sectorAt(fatSector) + (n % perFatSector) * 4, 4)).readUInt32LE(0);
  };
  const names = new Set<string>();
  let sector = header.readUInt32LE(48);
  for (let i = 0; i < MAX_DIRECTORY_SECTORS && sector < END_OF_CHAIN; i++) {
    const bytes = await readBytes(source, sectorAt(sector), sectorSize);
    for (let e = 0; e + 128 <= bytes.length; e += 128) {
      const length = bytes.readUInt16LE(e + 64);
      if (length >= 2 && length <= 64) names.add(bytes.toString('utf16le', e, e + length - 2));
    }
    sector = await next(sector);
  }
  return names;
}
