/**
 * Node file persistence: atomic replacement of a file (the CLI home, the
 * sql.js storage image). Node-only: imports node:fs.
 */
import { randomBytes } from 'node:crypto';
import { closeSync, fdatasyncSync, fstatSync, ftruncateSync, openSync, writeSync } from 'node:fs';
import {
  chmod,
  link,
  open,
  readFile,
  rename,
  rm,
  stat,
  truncate,
  writeFile,
} from 'node:fs/promises';
import { hostname, uptime } from 'node:os';
import { dirname } from 'node:path';
import { NexusError } from '../interfaces/errors.js';
import type { ImagePersister } from '../interfaces/storage.js';

/** Write `data` to `path` atomically: temp file, fsync, rename, fsync the directory. */
export async function writeAtomic(
  path: string,
  data: string | Uint8Array,
  mode: number,
): Promise<void> {
  // A fresh name, opened exclusively: never someone else's file or symlink.
  const temp = `${path}.${process.pid}.${Math.random().toString(36).slice(2)}.tmp`;
  try {
    const handle = await open(temp, 'wx', mode);
    try {
      await handle.writeFile(data);
      await handle.sync();
    } finally {
      await handle.close();
    }
    await chmod(temp, mode);
    await rename(temp, path);
    const dir = await open(dirname(path), 'r');
    try {
      await dir.sync();
    } finally {
      await dir.close();
    }
  } catch (cause) {
    await rm(temp, { force: true }).catch(() => undefined);
    throw new NexusError('STORAGE', `could not write ${path}`, { cause });
  }
}

/** Options of {@link fileImagePersister}. */
export interface FileImagePersisterOptions {
  /** File mode of the image (default 0600: only this user). */
  readonly mode?: number;
}

/**
 * Keeps a storage image in one file, replaced atomically on every save
 * (temp file, fsync, rename, fsync of the directory): after a crash the file
 * holds either the old image or the new one. Commits between saves go to a
 * journal beside it (`<path>.journal`): each entry is appended as its
 * length and the length's complement (4 bytes each, big-endian) and the
 * entry, then fdatasynced; a failed append is cut off again. Appends are
 * synchronous, as SQLite's own commits are: the thread waits for the
 * fdatasync (about 0.3–0.7 ms here) rather than for five round trips through
 * the thread pool, which cost more than the disk on the machines we measured
 * (bench/README.md). An entry cut
 * short by a crash is dropped (and cut off the file) when the journal is
 * next read; a damaged header anywhere else is `STORAGE`.
 * For `sqlJsStorage` in Node.
 *
 * @example
 * ```ts
 * const storage = await sqlJsStorage({ key, persister: fileImagePersister('chat.nxls') });
 * ```
 */
export function fileImagePersister(
  path: string,
  options: FileImagePersisterOptions = {},
): ImagePersister {
  if (typeof path !== 'string' || path.length === 0)
    throw new NexusError('INVALID_ARGUMENT', 'the image path must be a non-empty string');
  const mode = options.mode ?? 0o600;
  const journal = `${path}.journal`;
  return {
    async load() {
      return readIfExists(path);
    },
    async save(image) {
      await writeAtomic(path, image, mode);
      // The image holds every journal entry now. If emptying the journal
      // fails (or a crash comes first), loading skips those entries by number.
      await truncate(journal, 0).catch(() => undefined);
    },
    async append(entry) {
      appendDurably(journal, entry, mode);
    },
    async lock() {
      return lockFile(`${path}.lock`, mode);
    },
    async loadJournal() {
      const bytes = await readIfExists(journal);
      if (bytes === null) return [];
      const entries: Uint8Array[] = [];
      const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
      let offset = 0;
      while (offset < bytes.length) {
        const rest = bytes.length - offset;
        // A torn last append: a header or an entry cut short, or the zeros a
        // file system may leave where an unfinished write extended the file.
        if (rest < 8 || bytes.subarray(offset).every((b) => b === 0)) break;
        const length = view.getUint32(offset);
        if (~length >>> 0 !== view.getUint32(offset + 4) || length === 0)
          throw new NexusError('STORAGE', `${journal} is corrupted at byte ${offset}`);
        if (8 + length > rest) break;
        entries.push(bytes.slice(offset + 8, offset + 8 + length));
        offset += 8 + length;
      }
      if (offset < bytes.length) {
        // A torn last append (never acknowledged): cut it off, so the next
        // append does not land after it.
        try {
          await truncate(journal, offset);
        } catch (cause) {
          throw new NexusError('STORAGE', `could not repair ${journal}`, { cause });
        }
      }
      return entries;
    },
  };
}

/**
 * Appends `entry` to `journal` as one frame (length, its complement, the
 * entry) and fdatasyncs it. A failed write or sync cuts the file back to
 * where it was, so a failed append leaves nothing to replay.
 */
function appendDurably(journal: string, entry: Uint8Array, mode: number): void {
  const frame = new Uint8Array(8 + entry.length);
  const view = new DataView(frame.buffer);
  view.setUint32(0, entry.length);
  view.setUint32(4, ~entry.length >>> 0);
  frame.set(entry, 8);
  let fd: number;
  try {
    fd = openSync(journal, 'a', mode);
  } catch (cause) {
    throw new NexusError('STORAGE', `could not open ${journal}`, { cause });
  }
  try {
    let before: number;
    try {
      before = fstatSync(fd).size;
    } catch (cause) {
      throw new NexusError('STORAGE', `could not read ${journal}`, { cause });
    }
    try {
      for (let written = 0; written < frame.length;)
        written += writeSync(fd, frame, written, frame.length - written);
      fdatasyncSync(fd);
    } catch (cause) {
      try {
        ftruncateSync(fd, before);
        fdatasyncSync(fd);
      } catch {
        // the loader drops a torn tail; a damaged one it reports
      }
      throw new NexusError('STORAGE', `could not append to ${journal}`, { cause });
    }
  } finally {
    closeSync(fd);
  }
}

async function readIfExists(file: string): Promise<Uint8Array | null> {
  try {
    return new Uint8Array(await readFile(file));
  } catch (cause) {
    if ((cause as { code?: string }).code === 'ENOENT') return null;
    throw new NexusError('STORAGE', `could not read ${file}`, { cause });
  }
}

/** Tokens of the lock files this process holds. */
const heldLocks = new Set<string>();

interface LockHolder {
  readonly pid: number;
  readonly host: string;
  readonly token: string;
}

/**
 * An exclusive lock file. It is created whole (written to a temporary file,
 * then hard-linked into place, which fails if it exists) and names its
 * holder: process id, host name and a random token. A lock whose holder is
 * gone (a dead process on this host, or one from before the last boot) is
 * taken over by renaming it away, so only one of several takers wins. A lock
 * of a live process, of this process, or of another host is `STORAGE`.
 */
async function lockFile(file: string, mode: number): Promise<{ release(): Promise<void> }> {
  const host = hostname();
  const token = randomBytes(16).toString('hex');
  const content = JSON.stringify({ pid: process.pid, host, token } satisfies LockHolder);
  for (let attempt = 0; attempt < 4; attempt++) {
    const temp = `${file}.${token}.tmp`;
    try {
      await writeFile(temp, content, { mode, flag: 'wx' });
      await link(temp, file);
      heldLocks.add(token);
      return {
        async release() {
          if (!heldLocks.delete(token)) return;
          const now = await readHolder(file);
          if (now?.token === token) await rm(file, { force: true });
        },
      };
    } catch (cause) {
      if ((cause as { code?: string }).code !== 'EEXIST')
        throw new NexusError('STORAGE', `could not create ${file}`, { cause });
    } finally {
      await rm(temp, { force: true });
    }
    let holder: LockHolder | null;
    let modified: number;
    try {
      modified = (await stat(file)).mtimeMs;
      holder = await readHolder(file);
    } catch (cause) {
      if ((cause as { code?: string }).code === 'ENOENT') continue; // released meanwhile
      throw new NexusError('STORAGE', `could not read ${file}`, { cause });
    }
    if (holder === null)
      throw new NexusError(
        'STORAGE',
        `${file} is not a lock this SDK wrote: remove it if nothing uses this storage`,
      );
    const bootedAt = Date.now() - uptime() * 1000;
    const ours = holder.pid === process.pid && heldLocks.has(holder.token);
    const gone =
      holder.host === host &&
      !ours &&
      (modified < bootedAt || holder.pid === process.pid || !isAlive(holder.pid));
    if (!gone)
      throw new NexusError(
        'STORAGE',
        ours
          ? 'this storage is already open in this process'
          : `this storage is open in another process (pid ${holder.pid} on ${holder.host}); remove ${file} if that process is gone`,
      );
    // Take the stale lock over: only one taker can move it away.
    const moved = `${file}.stale-${token}`;
    try {
      await rename(file, moved);
    } catch (cause) {
      if ((cause as { code?: string }).code === 'ENOENT') continue;
      throw new NexusError('STORAGE', `could not take over ${file}`, { cause });
    }
    const movedHolder = await readHolder(moved).catch(() => null);
    if (movedHolder?.token !== holder.token) {
      // Another taker's fresh lock got in between: put it back and give up.
      await link(moved, file).catch(() => undefined);
      await rm(moved, { force: true });
      throw new NexusError(
        'STORAGE',
        `${file} is contended: another process is opening this storage`,
      );
    }
    await rm(moved, { force: true });
  }
  throw new NexusError('STORAGE', `could not take ${file}`);
}

async function readHolder(file: string): Promise<LockHolder | null> {
  const text = await readFile(file, 'utf8');
  try {
    const value = JSON.parse(text) as Partial<LockHolder>;
    return typeof value.pid === 'number' &&
      typeof value.host === 'string' &&
      typeof value.token === 'string'
      ? (value as LockHolder)
      : null;
  } catch {
    return null;
  }
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    return (err as { code?: string }).code === 'EPERM'; // alive, someone else's
  }
}
