/**
 * Node file persistence: atomic replacement of a file (the CLI home, the
 * sql.js storage image). Node-only: imports node:fs.
 */
import { chmod, open, readFile, rename, rm, truncate } from 'node:fs/promises';
import { dirname } from 'node:path';
import { NexusError } from '../interfaces/errors.js';
import type { ImagePersister } from '../interfaces/storage.js';

/** Write `data` to `path` atomically: temp file, fsync, rename, fsync the directory. */
export async function writeAtomic(
  path: string,
  data: string | Uint8Array,
  mode: number,
): Promise<void> {
  const temp = `${path}.${process.pid}.tmp`;
  try {
    const handle = await open(temp, 'w', mode);
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
 * journal beside it (`<path>.journal`): each entry is appended as a 4-byte
 * big-endian length and the entry, then fsynced; an entry cut short by a
 * crash is dropped (and cut off the file) when the journal is next read.
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
      // The image holds every journal entry now; a crash before this truncate
      // leaves entries that loading skips by number.
      try {
        await truncate(journal, 0);
      } catch (cause) {
        if ((cause as { code?: string }).code !== 'ENOENT')
          throw new NexusError('STORAGE', `could not truncate ${journal}`, { cause });
      }
    },
    async append(entry) {
      const frame = new Uint8Array(4 + entry.length);
      new DataView(frame.buffer).setUint32(0, entry.length);
      frame.set(entry, 4);
      try {
        const handle = await open(journal, 'a', mode);
        try {
          await handle.write(frame);
          await handle.datasync();
        } finally {
          await handle.close();
        }
      } catch (cause) {
        throw new NexusError('STORAGE', `could not append to ${journal}`, { cause });
      }
    },
    async loadJournal() {
      const bytes = await readIfExists(journal);
      if (bytes === null) return [];
      const entries: Uint8Array[] = [];
      let offset = 0;
      while (offset + 4 <= bytes.length) {
        const length = new DataView(bytes.buffer, bytes.byteOffset + offset).getUint32(0);
        if (offset + 4 + length > bytes.length) break; // cut short by a crash
        entries.push(bytes.slice(offset + 4, offset + 4 + length));
        offset += 4 + length;
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

async function readIfExists(file: string): Promise<Uint8Array | null> {
  try {
    return new Uint8Array(await readFile(file));
  } catch (cause) {
    if ((cause as { code?: string }).code === 'ENOENT') return null;
    throw new NexusError('STORAGE', `could not read ${file}`, { cause });
  }
}
