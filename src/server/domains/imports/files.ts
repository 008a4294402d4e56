// An uploaded file read back from the database, one chunk per query.
import type { Executor } from '../../platform/db/index.ts';
import * as repo from './repo.ts';

export async function* fileChunks(db: Executor, workspaceId: string, importId: string): AsyncGenerator<Uint8Array> {
  for (let n = 0; ; n++) {
    const chunk = await repo.chunkAt(db, workspaceId, importId, n);
    if (!chunk) return;
    yield chunk;
  }
}
