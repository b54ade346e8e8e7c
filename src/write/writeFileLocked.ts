import { readFile } from 'node:fs/promises';
import lockfile from 'proper-lockfile';
import writeFileAtomic from 'write-file-atomic';

/**
 * The same lock directory (`FILE.lock`, made by proper-lockfile) and staleness (10 s) as Task
 * Master's own `withFileLock`, so a waves write and a task-master write of one tasks.json
 * exclude each other. Waiters poll every 10-100 ms for up to 30 s: sixteen writers queued on a
 * 1.5 MB file each hold the lock for a few hundred ms, and a crashed holder's lock goes stale
 * after 10 s.
 */
const LOCK_WAIT_MS = 30_000;
const LOCK_OPTIONS = {
  stale: 10_000,
  retries: { retries: 1_000, factor: 1.2, minTimeout: 10, maxTimeout: 100, randomize: true, maxRetryTime: LOCK_WAIT_MS },
} as const;

/** The file could not be locked, read or written. `cause` holds the underlying error. */
export class FileUpdateError extends Error {
  override name = 'FileUpdateError';
}

/**
 * Read-modify-write of a text file that parallel processes can share without losing updates:
 * takes a cross-process lock on the file, re-reads it inside the lock, applies `update`, writes
 * the result atomically (temp file + rename, keeping the file's mode and owner) and releases
 * the lock. Nothing is written when `update` throws or returns the text unchanged.
 * Resolves to whether the file was written.
 */
export async function updateFileLocked(file: string, update: (text: string) => string): Promise<boolean> {
  let compromised: Error | undefined;
  let release: () => Promise<void>;
  try {
    release = await lockfile.lock(file, { ...LOCK_OPTIONS, onCompromised: (error) => { compromised = error; } });
  } catch (error) {
    throw new FileUpdateError(lockFailure(file, error as NodeJS.ErrnoException), { cause: error });
  }
  try {
    const bytes = await readFile(file).catch((error: unknown) => {
      throw new FileUpdateError(`cannot read ${file}: ${(error as Error).message}`, { cause: error });
    });
    const text = bytes.toString('utf8');
    // A string round trip would silently replace bytes that are not UTF-8.
    if (!Buffer.from(text, 'utf8').equals(bytes)) throw new FileUpdateError(`${file} is not valid UTF-8 text; nothing was changed`);
    const next = update(text);
    if (next === text) return false;
    if (compromised) throw new FileUpdateError(`lost the lock on ${file} while updating it (${compromised.message}); nothing was changed`, { cause: compromised });
    await writeFileAtomic(file, next, { encoding: 'utf8', fsync: true }).catch((error: unknown) => {
      throw new FileUpdateError(`cannot write ${file}: ${(error as Error).message}`, { cause: error });
    });
    return true;
  } finally {
    await release().catch(() => undefined);
  }
}

function lockFailure(file: string, error: NodeJS.ErrnoException): string {
  switch (error.code) {
    case 'ENOENT':
      return `cannot read ${file}: the file does not exist`;
    case 'ELOCKED':
      return `${file} stayed locked by another process for ${LOCK_WAIT_MS / 1000} s (${file}.lock); try again, or delete ${file}.lock if no waves or task-master process is running`;
    default:
      return `cannot lock ${file}: ${error.message}`;
  }
}
