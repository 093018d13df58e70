/**
 * A device in a folder, for Node apps and bots: the storage key sealed under
 * a passphrase in `<dir>/storage.key`, the encrypted SQLite storage in
 * `<dir>/nexuslink.db`, and the device saved in it (./device.ts). The first
 * run makes them; every later run opens them again.
 */
import { mkdir, readFile } from 'node:fs/promises';
import { hostname } from 'node:os';
import { join } from 'node:path';
import { NexusError } from '../interfaces/errors.js';
import type { KeyStore } from '../interfaces/keystore.js';
import type { Storage } from '../interfaces/storage.js';
import type { LocalDevice } from '../ratchet/prekeys.js';
import { writeAtomic } from '../storage/file.js';
import { createStorageKey, openStorageKey, sealStorageKey } from '../storage/image.js';
import type { SealStorageKeyOptions } from '../storage/image.js';
import { sqliteStorage } from '../storage/sqlite.js';
import { checkOptions } from '../interfaces/guards.js';
import { createDevice, DEVICE_RECORD_KEY, loadDevice } from './device.js';
import type { CreateDeviceOptions } from './device.js';

/** Options of {@link openDevice}. */
export interface OpenDeviceOptions {
  /** The folder the device lives in (made if missing). */
  readonly dir: string;
  /** Seals the storage key (Argon2id); the same one opens it on every later run. */
  readonly passphrase: string;
  /** A new device's name (default: this machine's host name). */
  readonly displayName?: string;
  /** First run only: recover this identity from its recovery phrase instead of making one. */
  readonly mnemonic?: string;
  /** First run only: the BIP-39 passphrase of `mnemonic`. */
  readonly mnemonicPassphrase?: string;
  /** First run only: words of a new recovery phrase (default 24). */
  readonly words?: CreateDeviceOptions['words'];
  /** First run only: link a device of an existing identity (see `createDevice`). */
  readonly selfSigning?: CreateDeviceOptions['selfSigning'];
  /**
   * Make the device when the folder holds none (default true). With false,
   * a folder without a device is `NOT_FOUND` and nothing is written: for
   * commands that must find a device there.
   */
  readonly create?: boolean;
  /** Where the device signing key lives, when not in the SDK's software key store (see `createDevice`). */
  readonly keyStore?: KeyStore;
  /** The Argon2id cost of sealing the storage key (tests use a small one). */
  readonly kdf?: SealStorageKeyOptions['kdf'];
}

/** What {@link openDevice} opened. */
export interface OpenedDevice {
  readonly device: LocalDevice;
  /** The device's storage: give it to `createClient`; close it when done. */
  readonly storage: Storage;
  /** The recovery phrase of an identity made by this call (show it once), else null. */
  readonly mnemonic: string | null;
  /** True when this call made the device (the first run). */
  readonly created: boolean;
  /**
   * Another encrypted storage in the same folder (`<dir>/<name>.db`), under
   * the same key: for what keeps its own, such as `p2pTransport`'s inbox and
   * outbox. The caller closes it.
   *
   * @throws NexusError `INVALID_ARGUMENT` for a name that is not 1 to 32
   *   lower-case letters, digits or dashes (or is `nexuslink`), `STORAGE`.
   */
  openStorage(name: string): Promise<Storage>;
}

/** The file names inside the folder. */
export const DEVICE_FILES = { key: 'storage.key', database: 'nexuslink.db' } as const;

/**
 * Open the device kept in `dir`, or make it on the first run: an identity
 * (new, or recovered from `mnemonic`), a device of it, and its encrypted
 * storage, all under `passphrase`.
 *
 * @example
 * ```ts
 * const { device, storage, mnemonic } = await openDevice({ dir: './bot', passphrase });
 * if (mnemonic) console.log('write down your recovery phrase:', mnemonic);
 * ```
 * @throws NexusError `WRONG_PASSPHRASE`, `INVALID_ARGUMENT`, `MALFORMED` (a
 *   damaged key file or record), `STORAGE` (the folder cannot be written, or
 *   `better-sqlite3-multiple-ciphers` is not installed), and those of
 *   `createDevice` / `loadDevice`.
 */
export async function openDevice(options: OpenDeviceOptions): Promise<OpenedDevice> {
  checkOptions(options, 'openDevice', '{ dir, passphrase, ... }');
  if (typeof options.dir !== 'string' || options.dir.length === 0)
    throw new NexusError('INVALID_ARGUMENT', 'dir must be the path of a folder');
  if (typeof options.passphrase !== 'string' || options.passphrase.length === 0)
    throw new NexusError('INVALID_ARGUMENT', 'passphrase must be a non-empty string');
  await mkdir(options.dir, { recursive: true, mode: 0o700 }).catch((cause: unknown) => {
    throw new NexusError('STORAGE', `could not make the folder ${options.dir}`, { cause });
  });
  const keyPath = join(options.dir, DEVICE_FILES.key);
  let key: Uint8Array;
  const sealed = await readFile(keyPath).then(
    (b) => new Uint8Array(b),
    (err: NodeJS.ErrnoException) => {
      if (err.code === 'ENOENT') return null;
      throw new NexusError('STORAGE', `could not read ${keyPath}`, { cause: err });
    },
  );
  if (sealed === null && options.create === false)
    throw new NexusError('NOT_FOUND', `${options.dir} holds no device`);
  if (sealed === null) {
    // The first run: the key file is written before the storage it opens.
    key = createStorageKey();
    const file = await sealStorageKey(
      key,
      options.passphrase,
      options.kdf ? { kdf: options.kdf } : {},
    );
    await writeAtomic(keyPath, file, 0o600);
  } else key = await openStorageKey(sealed, options.passphrase);
  const storage = await sqliteStorage({ path: join(options.dir, DEVICE_FILES.database), key });
  const openStorage = async (name: string): Promise<Storage> => {
    if (typeof name !== 'string' || !/^[a-z0-9-]{1,32}$/.test(name) || name === 'nexuslink')
      throw new NexusError(
        'INVALID_ARGUMENT',
        'a storage name is 1 to 32 lower-case letters, digits or dashes, not "nexuslink"',
      );
    return sqliteStorage({ path: join(options.dir, `${name}.db`), key });
  };
  try {
    const held = await storage.read((tx) => tx.get('local', DEVICE_RECORD_KEY));
    if (held !== null) {
      const device = await loadDevice({
        storage,
        ...(options.keyStore ? { keyStore: options.keyStore } : {}),
      });
      return { device, storage, mnemonic: null, created: false, openStorage };
    }
    if (options.create === false)
      throw new NexusError('NOT_FOUND', `${options.dir} holds no device`);
    // No device yet (the first run, or one that stopped before saving it).
    const made = await createDevice({
      storage,
      displayName: options.displayName ?? (hostname().slice(0, 64) || 'device'),
      ...(options.mnemonic === undefined ? {} : { mnemonic: options.mnemonic }),
      ...(options.mnemonicPassphrase === undefined
        ? {}
        : { mnemonicPassphrase: options.mnemonicPassphrase }),
      ...(options.words === undefined ? {} : { words: options.words }),
      ...(options.selfSigning === undefined ? {} : { selfSigning: options.selfSigning }),
      ...(options.keyStore ? { keyStore: options.keyStore } : {}),
    });
    return { device: made.device, storage, mnemonic: made.mnemonic, created: true, openStorage };
  } catch (err) {
    await storage.close().catch(() => undefined);
    throw err;
  }
}
