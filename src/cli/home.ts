/**
 * A CLI home: one device of one identity in a folder, opened with
 * `openDevice` (the storage key sealed under the home passphrase in
 * `storage.key`, everything else in the encrypted `nexuslink.db`), and the
 * CLI's own record in that storage (spec/client.md §4.2). Nothing secret is
 * kept in plaintext; `keystore.json` says only where a hardware device key
 * lives.
 */
import { mkdir, open, readFile, rm, stat } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { NexusError } from '../interfaces/errors.js';
import type { KeyStore } from '../interfaces/keystore.js';
import type { Storage } from '../interfaces/storage.js';
import { DEVICE_FILES, openDevice } from '../device/node.js';
import type { OpenDeviceOptions, OpenedDevice } from '../device/node.js';
import type { LocalDevice } from '../ratchet/prekeys.js';
import { writeAtomic } from '../storage/file.js';
import { toHex, utf8 } from '../primitives/bytes.js';
import { isUuidSyntax } from '../wire/messages.js';

/** Where the CLI record is kept in the home's storage: table `local`, this key. */
export const CLI_RECORD_KEY = 'cli';

/** Where a device reached peer to peer is dialled (from its invite, and `--address`). */
export interface CliPeer {
  /** Hex device id → PeerId text. */
  readonly devices: Readonly<Record<string, string>>;
  /** Multiaddrs to dial (given with `--address`, or the invite's relay hints as circuits). */
  readonly addresses: readonly string[];
}

/** The CLI's record (JSON, spec/client.md §4.2). */
export interface CliRecord {
  readonly format: 1;
  /** Hex of every device certificate of this identity the home knows, its own first. */
  readonly devices: readonly string[];
  /** Hex of the newest revocation list, or null. */
  readonly revocationList: string | null;
  /** The community server given last with `--server`, or null. */
  readonly server: string | null;
  /** Hex of the 32-byte Ed25519 seed of the device's libp2p key (its PeerId). */
  readonly transportKey: string;
  /** Contacts reached peer to peer, by UUID. */
  readonly peers: Readonly<Record<string, CliPeer>>;
  /** The login to `server` kept from the last run (a secret), or null. */
  readonly session?: CliSessionRecord | null;
}

/** A community server login kept between commands (see `CommunityClient.session()`). */
export interface CliSessionRecord {
  /** The server it is for (an origin). */
  readonly server: string;
  readonly accessToken: string;
  readonly accessExpiresAt: number;
  readonly refreshToken: string;
  readonly refreshExpiresAt: number;
}

/** Where the device signing key lives, when not in the device record (`keystore.json`). */
export type KeyStoreConfig =
  { kind: 'software' } | { kind: 'pkcs11'; module: string; slot?: number; tokenLabel?: string };

/** An open home: its device, storage and CLI record. */
export interface OpenHome {
  readonly dir: string;
  readonly device: LocalDevice;
  readonly storage: Storage;
  readonly opened: OpenedDevice;
  /** The recovery phrase of an identity this open made (show once), else null. */
  readonly mnemonic: string | null;
  record(): Promise<CliRecord>;
  /** Change the record in one storage transaction. */
  update(change: (record: CliRecord) => CliRecord): Promise<CliRecord>;
  close(): Promise<void>;
}

/** Limits of a CLI record (spec/client.md §4.2). */
export const CLI_RECORD_LIMITS = {
  /** Encoded size, bytes. */
  maxSize: 1_048_576,
  /** Device certificates of the identity. */
  maxDevices: 256,
  /** Peers, and devices and addresses per peer. */
  maxPeers: 4096,
  maxPeerDevices: 64,
  maxAddresses: 16,
  /** A server URL, an address, a PeerId: characters. */
  maxText: 2048,
} as const;

/**
 * Decode a CLI record, refusing what is not one (spec/client.md §4.2).
 *
 * @throws NexusError `MALFORMED`, saying which rule it breaks.
 */
export function decodeCliRecord(bytes: Uint8Array): CliRecord {
  const bad = (why: string, cause?: unknown) =>
    new NexusError('MALFORMED', `the CLI record ${why}`, cause === undefined ? {} : { cause });
  if (bytes.length > CLI_RECORD_LIMITS.maxSize) throw bad('is too large');
  let r: CliRecord;
  try {
    r = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(bytes)) as CliRecord;
  } catch (cause) {
    throw bad('is not UTF-8 JSON', cause);
  }
  const text = (v: unknown) =>
    typeof v === 'string' && v.length > 0 && v.length <= CLI_RECORD_LIMITS.maxText;
  const hex = (v: unknown) => typeof v === 'string' && v.length % 2 === 0 && /^[0-9a-f]+$/.test(v);
  if (typeof r !== 'object' || r === null || Array.isArray(r)) throw bad('is not an object');
  if (r.format !== 1) throw bad('has an unsupported format');
  if (
    !Array.isArray(r.devices) ||
    r.devices.length === 0 ||
    r.devices.length > CLI_RECORD_LIMITS.maxDevices ||
    !r.devices.every(hex)
  )
    throw bad(`devices must be 1 to ${CLI_RECORD_LIMITS.maxDevices} hex certificates`);
  if (r.revocationList !== null && !hex(r.revocationList))
    throw bad('revocationList must be null or hex');
  if (r.server !== null && !(text(r.server) && /^https?:\/\//.test(r.server)))
    throw bad('server must be null or an http(s) URL');
  if (typeof r.transportKey !== 'string' || !/^[0-9a-f]{64}$/.test(r.transportKey))
    throw bad('transportKey must be 64 hex digits');
  if (typeof r.peers !== 'object' || r.peers === null || Array.isArray(r.peers))
    throw bad('peers must be an object');
  const session = (r as { session?: unknown }).session;
  if (session !== undefined && session !== null) {
    const s = session as Partial<CliSessionRecord>;
    if (
      typeof s !== 'object' ||
      !(text(s.server) && /^https?:\/\//.test(s.server!)) ||
      !text(s.accessToken) ||
      !text(s.refreshToken) ||
      !Number.isSafeInteger(s.accessExpiresAt) ||
      !Number.isSafeInteger(s.refreshExpiresAt)
    )
      throw bad('session must be null or a login (server, tokens, expiry times)');
  }
  const peers = Object.entries(r.peers);
  if (peers.length > CLI_RECORD_LIMITS.maxPeers) throw bad('has too many peers');
  for (const [uuid, peer] of peers) {
    if (!isUuidSyntax(uuid)) throw bad('has a peer that is not a UUID');
    const devices = (peer as CliPeer | null)?.devices;
    const addresses = (peer as CliPeer | null)?.addresses;
    if (
      typeof devices !== 'object' ||
      devices === null ||
      Array.isArray(devices) ||
      Object.keys(devices).length === 0 ||
      Object.keys(devices).length > CLI_RECORD_LIMITS.maxPeerDevices ||
      !Object.entries(devices).every(([id, peerId]) => /^[0-9a-f]{32}$/.test(id) && text(peerId))
    )
      throw bad(`peer ${uuid} must name 1 to 64 devices (device id: PeerId)`);
    if (
      !Array.isArray(addresses) ||
      addresses.length > CLI_RECORD_LIMITS.maxAddresses ||
      !addresses.every(text)
    )
      throw bad(`peer ${uuid} must have at most 16 addresses`);
  }
  return { ...r, session: (session as CliSessionRecord | undefined) ?? null };
}

/** Encode a CLI record (stable key order, so equal records are equal bytes). */
export function encodeCliRecord(record: CliRecord): Uint8Array {
  const r: CliRecord = {
    format: 1,
    devices: record.devices,
    revocationList: record.revocationList,
    server: record.server,
    transportKey: record.transportKey,
    peers: Object.fromEntries(
      Object.keys(record.peers)
        .sort()
        .map((uuid) => {
          const p = record.peers[uuid]!;
          return [
            uuid,
            {
              devices: Object.fromEntries(
                Object.keys(p.devices)
                  .sort()
                  .map((d) => [d, p.devices[d]!]),
              ),
              addresses: p.addresses,
            },
          ];
        }),
    ),
    session: record.session
      ? {
          server: record.session.server,
          accessToken: record.session.accessToken,
          accessExpiresAt: record.session.accessExpiresAt,
          refreshToken: record.session.refreshToken,
          refreshExpiresAt: record.session.refreshExpiresAt,
        }
      : null,
  };
  return utf8(JSON.stringify(r));
}

/** A home folder: the device files, `keystore.json`, a lock, and the legacy `identity.json`. */
export class Home {
  readonly dir: string;

  constructor(dir: string) {
    this.dir = resolve(dir);
  }

  /** The plaintext state file of CLI versions before 0.2 (migrated once, then removed). */
  get legacyPath(): string {
    return join(this.dir, 'identity.json');
  }

  get keyStorePath(): string {
    return join(this.dir, 'keystore.json');
  }

  get lockPath(): string {
    return join(this.dir, 'lock');
  }

  /** True when the home holds a device (or the legacy file to migrate). */
  async exists(): Promise<boolean> {
    return (await present(join(this.dir, DEVICE_FILES.key))) || this.hasLegacy();
  }

  hasLegacy(): Promise<boolean> {
    return present(this.legacyPath);
  }

  /** Remove the device files (for `--force`): the identity is gone unless its phrase or a backup is kept. */
  async clear(): Promise<void> {
    for (const f of [DEVICE_FILES.key, DEVICE_FILES.database, 'p2p.db', 'keystore.json'])
      for (const suffix of ['', '-wal', '-shm', '-journal'])
        await rm(join(this.dir, f + suffix), { force: true });
  }

  async keyStoreConfig(): Promise<KeyStoreConfig> {
    const text = await readFile(this.keyStorePath, 'utf8').catch((err: NodeJS.ErrnoException) => {
      if (err.code === 'ENOENT') return null;
      throw new NexusError('STORAGE', `could not read ${this.keyStorePath}`, { cause: err });
    });
    if (text === null) return { kind: 'software' };
    try {
      const c = JSON.parse(text) as KeyStoreConfig;
      if (c.kind === 'pkcs11' && typeof c.module === 'string') return c;
    } catch {
      // reported below
    }
    throw new NexusError('STORAGE', `${this.keyStorePath} is damaged`);
  }

  async saveKeyStoreConfig(config: KeyStoreConfig): Promise<void> {
    if (config.kind === 'software') await rm(this.keyStorePath, { force: true });
    else await writeAtomic(this.keyStorePath, JSON.stringify(config, null, 2) + '\n', 0o600);
  }

  /**
   * Open the home's device (`create` makes it when there is none). A new
   * CLI record is written on first open, with a fresh transport key.
   */
  async open(
    options: Omit<OpenDeviceOptions, 'dir'> & { readonly random: (n: number) => Uint8Array },
  ): Promise<OpenHome> {
    const opened = await openDevice({ ...options, dir: this.dir });
    const { storage, device } = opened;
    const fresh = (): CliRecord => ({
      format: 1,
      devices: [toHex(device.deviceCertificate)],
      revocationList: null,
      server: null,
      transportKey: toHex(options.random(32)),
      peers: {},
      session: null,
    });
    const read = async (): Promise<CliRecord> => {
      const bytes = await storage.read((tx) => tx.get('local', CLI_RECORD_KEY));
      return bytes === null ? fresh() : decodeCliRecord(bytes);
    };
    if (opened.created)
      await storage.write((tx) => tx.put('local', CLI_RECORD_KEY, encodeCliRecord(fresh())));
    return {
      dir: this.dir,
      device,
      storage,
      opened,
      mnemonic: opened.mnemonic,
      record: read,
      async update(change) {
        let next: CliRecord | undefined;
        await storage.write(async (tx) => {
          const bytes = await tx.get('local', CLI_RECORD_KEY);
          next = change(bytes === null ? fresh() : decodeCliRecord(bytes));
          await tx.put('local', CLI_RECORD_KEY, encodeCliRecord(next));
        });
        return next!;
      },
      close: () => storage.close(),
    };
  }

  /**
   * Run `fn` holding the home's lock, so two commands never interleave their
   * read-modify-write. A lock left by a process that no longer exists is taken over.
   */
  async withLock<T>(fn: () => Promise<T>): Promise<T> {
    try {
      await mkdir(this.dir, { recursive: true, mode: 0o700 });
    } catch (cause) {
      throw new NexusError('STORAGE', `could not create ${this.dir}`, { cause });
    }
    for (let attempt = 0; ; attempt++) {
      try {
        const handle = await open(this.lockPath, 'wx', 0o600);
        await handle.writeFile(String(process.pid));
        await handle.close();
        break;
      } catch (cause) {
        if ((cause as NodeJS.ErrnoException).code !== 'EEXIST') {
          throw new NexusError('STORAGE', `could not lock ${this.dir}`, { cause });
        }
        const holder = Number(await readFile(this.lockPath, 'utf8').catch(() => 'NaN'));
        if (Number.isInteger(holder) && holder > 0 && !isAlive(holder)) {
          await rm(this.lockPath, { force: true });
          continue;
        }
        if (attempt >= 300)
          throw new NexusError('STORAGE', `${this.dir} is locked by process ${holder}`);
        await new Promise((r) => setTimeout(r, 100));
      }
    }
    try {
      return await fn();
    } finally {
      await rm(this.lockPath, { force: true });
    }
  }
}

/** Open the key store a home's device key lives in (PIN from `NEXUSLINK_PKCS11_PIN`). */
export async function openKeyStore(
  config: KeyStoreConfig,
  env: NodeJS.ProcessEnv,
): Promise<KeyStore | undefined> {
  if (config.kind === 'software') return undefined;
  const pin = env.NEXUSLINK_PKCS11_PIN;
  if (!pin)
    throw new NexusError(
      'INVALID_ARGUMENT',
      'set NEXUSLINK_PKCS11_PIN to use the PKCS#11 key store',
    );
  const { pkcs11KeyStore } = await import('../keystores/pkcs11.js');
  return pkcs11KeyStore({
    module: config.module,
    pin,
    ...(config.slot === undefined ? {} : { slot: config.slot }),
    ...(config.tokenLabel === undefined ? {} : { tokenLabel: config.tokenLabel }),
  });
}

async function present(path: string): Promise<boolean> {
  try {
    await stat(path);
    return true;
  } catch {
    return false;
  }
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === 'EPERM';
  }
}
