// The file chosen in this tab for each import, so that it can be read again with another encoding or
// delimiter without being chosen again. Gone after a reload: then the page asks for the file once more.
const files = new Map<string, File>();

export function rememberFile(importId: string, file: File): void {
  files.set(importId, file);
}

export function rememberedFile(importId: string): File | null {
  return files.get(importId) ?? null;
}

export function forgetFile(importId: string): void {
  files.delete(importId);
}
