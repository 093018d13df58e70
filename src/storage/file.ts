/**
 * Node file persistence: atomic replacement of a file (the CLI home, the
 * sql.js storage image). Node-only: imports node:fs.
 */
import { chmod, open, readFile, rename, rm } from 'node:fs/promises';
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
 * holds either the old image or the new one. For `sqlJsStorage` in Node.
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
  return {
    async load() {
      try {
        return new Uint8Array(await readFile(path));
      } catch (cause) {
        if ((cause as { code?: string }).code === 'ENOENT') return null;
        throw new NexusError('STORAGE', `could not read ${path}`, { cause });
      }
    },
    save: (image) => writeAtomic(path, image, mode),
  };
}
