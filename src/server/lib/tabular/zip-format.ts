// The zip format's record signatures (APPNOTE.TXT, 4.3), shared by the reader and the writer.
export const LOCAL = 0x04034b50;
export const DESCRIPTOR = 0x08074b50;
export const CENTRAL = 0x02014b50;
export const EOCD = 0x06054b50;
export const EOCD64 = 0x06064b50;
export const EOCD64_LOCATOR = 0x07064b50;
