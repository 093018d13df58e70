import { mkdir, open, readFile, rm, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { NexusError } from '../interfaces/errors.js';
import { writeAtomic } from '../storage/file.js';
import { verifySelfSigningCertificate } from '../identity/certificates.js';
import { Identity } from '../identity/identity.js';
import { SigningKeyPair } from '../identity/signing-key.js';
import { bytesEqual, fromHex } from '../primitives/bytes.js';
import type { SoftwareKeyRecord } from '../keystores/software.js';

/** Public part of a CLI home (`identity.json`). */
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

/** Secret part of a CLI home (the file is mode 0600, like an unencrypted SSH key). */
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

/** The one file a home holds: public state and secrets, written together so they never disagree. */
interface HomeFile {
  readonly format: 1;
  readonly state: HomeState;
  readonly secrets: HomeSecrets;
}

/** A CLI home directory: `identity.json` (mode 0600) and a lock file while a command changes it. */
export class Home {
  constructor(readonly dir: string) {}

  get path(): string {
    return join(this.dir, 'identity.json');
  }

  get lockPath(): string {
    return join(this.dir, 'lock');
  }

  async exists(): Promise<boolean> {
    try {
      await stat(this.path);
      return true;
    } catch {
      return false;
    }
  }

  /**
   * Read and check the home: the seeds must be the identity and self-signing
   * key the certificate names, so a damaged file is reported, not used.
   */
  async load(): Promise<{ state: HomeState; secrets: HomeSecrets }> {
    let text: string;
    try {
      text = await readFile(this.path, 'utf8');
    } catch (cause) {
      throw new NexusError(
        'STORAGE',
        `no identity in ${this.dir} (run "nexuslink identity create")`,
        { cause },
      );
    }
    let file: HomeFile;
    try {
      file = JSON.parse(text) as HomeFile;
    } catch (cause) {
      throw new NexusError('STORAGE', `${this.path} is not valid JSON`, { cause });
    }
    if (file?.format !== 1 || typeof file.state !== 'object' || typeof file.secrets !== 'object') {
      throw new NexusError('STORAGE', `${this.path} has an unsupported format`);
    }
    try {
      const identity = Identity.fromSeed(fromHex(file.secrets.identitySeed));
      const ssk = SigningKeyPair.fromSeed(fromHex(file.secrets.selfSigningSeed));
      const cert = verifySelfSigningCertificate(
        fromHex(file.state.selfSigningCertificate),
        identity.uuid,
        { now: 0 },
      );
      if (
        identity.uuid !== file.state.uuid ||
        !bytesEqual(cert.signingKey.bytes, ssk.publicKey.bytes)
      ) {
        throw new NexusError('STORAGE', 'seeds do not match the identity and certificate');
      }
    } catch (cause) {
      throw new NexusError('STORAGE', `${this.path} is inconsistent or damaged`, { cause });
    }
    return { state: file.state, secrets: file.secrets };
  }

  /** Replace the home's contents in one atomic write. */
  async save(state: HomeState, secrets: HomeSecrets): Promise<void> {
    try {
      await mkdir(this.dir, { recursive: true, mode: 0o700 });
    } catch (cause) {
      throw new NexusError('STORAGE', `could not create ${this.dir}`, { cause });
    }
    const file: HomeFile = { format: 1, state, secrets };
    await writeAtomic(this.path, JSON.stringify(file, null, 2) + '\n', 0o600);
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
        if (attempt >= 50)
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

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === 'EPERM';
  }
}
