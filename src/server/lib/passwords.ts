// Argon2id password hashing (OWASP's first choice), with the library's defaults: 19 MiB, 2 passes.
import { hash, verify, type Algorithm } from '@node-rs/argon2';

// The library declares its algorithms as a const enum, which type-stripped code cannot reference.
const ARGON2ID = 2 as Algorithm;

export function hashPassword(password: string): Promise<string> {
  return hash(password, { algorithm: ARGON2ID });
}

export function verifyPassword(storedHash: string, password: string): Promise<boolean> {
  return verify(storedHash, password).catch(() => false);
}

let dummy: Promise<string> | undefined;
/** Verifies against a throwaway hash so an unknown email takes as long as a wrong password. */
export async function verifyNothing(password: string): Promise<false> {
  dummy ??= hashPassword('not a real password, only a timing equaliser');
  await verify(await dummy, password).catch(() => false);
  return false;
}
