import { chmod, mkdir, open, readFile, rename } from 'node:fs/promises';
import { join } from 'node:path';
import { NexusError } from '../interfaces/errors.js';
import type { SoftwareKeyRecord } from '../keystores/software.js';

/** Public state of a CLI home directory (`state.json`). */
export interface HomeState {
  readonly format: 1;
  readonly uuid: string;
  readonly displayName: string;
  /** Hex of the self-signing key certificate. */
  readonly selfSigningCertificate: string;
  /** Hex of each device certificate ever issued, revoked ones included. */
  readonly devices: readonly { certificate: string; signingKeyId: string | null }[];
  /** Hex device id of this machine's device. */
  readonly thisDevice: string;
  /** Hex of the newest revocation list, or null. */
  readonly revocationList: string | null;
  /** Where this device's signing key lives. */
  readonly keyStore:
    { kind: 'software' } | { kind: 'pkcs11'; module: string; slot?: number; tokenLabel?: string };
  /** Contacts verified by safety number: uuid → verification time (ms). */
  readonly contacts: Readonly<Record<string, { name: string; verifiedAt: number | null }>>;
}

/** Secret state (`secrets.json`, mode 0600): like an unencrypted SSH key. */
export interface HomeSecrets {
  readonly format: 1;
  /** Hex of the 32-byte identity seed. */
  readonly identitySeed: string;
  /** Hex of the 32-byte self-signing key seed. */
  readonly selfSigningSeed: string;
  /** Hex of this device's X25519 secret. */
  readonly keyAgreementSecret: string;
  /** Software key store contents (when the device key is not in hardware). */
  readonly softwareKeys: SoftwareKeyRecord[];
}

/** Write `data` to `path` atomically: temp file, fsync, rename. */
export async function writeAtomic(path: string, data: string, mode: number): Promise<void> {
  const temp = `${path}.${process.pid}.tmp`;
  const handle = await open(temp, 'w', mode);
  try {
    await handle.writeFile(data);
    await handle.sync();
  } finally {
    await handle.close();
  }
  await chmod(temp, mode);
  await rename(temp, path);
}

/** A CLI home directory. */
export class Home {
  constructor(readonly dir: string) {}

  get statePath(): string {
    return join(this.dir, 'state.json');
  }

  get secretsPath(): string {
    return join(this.dir, 'secrets.json');
  }

  async exists(): Promise<boolean> {
    try {
      await readFile(this.statePath);
      return true;
    } catch {
      return false;
    }
  }

  async load(): Promise<{ state: HomeState; secrets: HomeSecrets }> {
    let state: HomeState;
    let secrets: HomeSecrets;
    try {
      state = JSON.parse(await readFile(this.statePath, 'utf8')) as HomeState;
      secrets = JSON.parse(await readFile(this.secretsPath, 'utf8')) as HomeSecrets;
    } catch (cause) {
      throw new NexusError(
        'STORAGE',
        `no identity in ${this.dir} (run "nexuslink identity create")`,
        { cause },
      );
    }
    if (state.format !== 1 || secrets.format !== 1)
      throw new NexusError('STORAGE', `unsupported state format in ${this.dir}`);
    return { state, secrets };
  }

  /** Save secrets first, then state: a crash in between leaves the old state pointing at keys that still exist. */
  async save(state: HomeState, secrets: HomeSecrets): Promise<void> {
    await mkdir(this.dir, { recursive: true, mode: 0o700 });
    await writeAtomic(this.secretsPath, JSON.stringify(secrets, null, 2) + '\n', 0o600);
    await writeAtomic(this.statePath, JSON.stringify(state, null, 2) + '\n', 0o644);
  }
}
