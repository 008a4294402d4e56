// An exclusive lock on the embedded data folder. Two processes on one PGlite folder would each keep
// their own copy in memory and overwrite each other's writes, so the second one must refuse to start.
import fs from 'node:fs';
import path from 'node:path';

export class DataDirLockedError extends Error {
  readonly dataDir: string;
  readonly pid: number;
  constructor(dataDir: string, pid: number) {
    super(
      `The data folder ${dataDir} is already in use by another Daifuku process (pid ${pid}). ` +
      `Stop that process first, or point DATA_DIR at another folder.\n` +
      `データフォルダ ${dataDir} は別の Daifuku プロセス (pid ${pid}) が使用中です。先にそのプロセスを停止してください。`,
    );
    this.name = 'DataDirLockedError';
    this.dataDir = dataDir;
    this.pid = pid;
  }
}

/** Whether the pid still runs Node: after a reboot or a container restart the number may be reused by another program. */
function isAlive(pid: number): boolean {
  try { process.kill(pid, 0); } catch (e) { if ((e as NodeJS.ErrnoException).code !== 'EPERM') return false; }
  try { return fs.readFileSync(`/proc/${pid}/cmdline`, 'utf8').includes('node'); } catch { return true; }
}

/** Takes the lock or throws DataDirLockedError; a lock left by a dead process is taken over. */
export function lockDataDir(dataDir: string): () => void {
  fs.mkdirSync(dataDir, { recursive: true });
  const lockPath = path.join(dataDir, 'daifuku.lock');
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      fs.writeFileSync(lockPath, String(process.pid), { flag: 'wx' });
      let released = false;
      return () => {
        if (released) return;
        released = true;
        try { if (fs.readFileSync(lockPath, 'utf8') === String(process.pid)) fs.unlinkSync(lockPath); } catch { /* already gone */ }
      };
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== 'EEXIST') throw e;
      const pid = Number(fs.readFileSync(lockPath, 'utf8'));
      if (Number.isInteger(pid) && pid > 0 && pid !== process.pid && isAlive(pid)) throw new DataDirLockedError(dataDir, pid);
      fs.rmSync(lockPath, { force: true });
    }
  }
  throw new Error(`Could not take the lock on ${dataDir}`);
}
