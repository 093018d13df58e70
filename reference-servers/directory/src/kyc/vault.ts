/**
 * KYC documents at rest (spec/directory.md §6.2): each document (and each
 * set of data fields) is encrypted with AES-256-GCM under a fresh 256-bit
 * key of its own, and that key is wrapped by the master key: in a PKCS#11
 * token (`kyc.pkcs11_module`), or in a key file (`kyc.key_file`). The
 * document's id is the associated data of both, so a ciphertext or a
 * wrapped key moved to another row does not open.
 */
import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';
import { mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { keyFileWrapper, pkcs11KeyWrapper } from '@nexuslink/sdk/node';
import type { KeyWrapper } from '@nexuslink/sdk/node';
import type { Config } from '../config.ts';

/** A document as stored: its wrapped key, the IV and the ciphertext (with the GCM tag at its end). */
export interface Sealed {
  readonly wrappedKey: Uint8Array;
  readonly iv: Uint8Array;
  readonly ciphertext: Uint8Array;
}

const context = (documentId: string): Uint8Array =>
  new TextEncoder().encode(`nexuslink directory kyc document ${documentId}`);

/**
 * Encrypts and decrypts documents. The master key's wrapper is opened on
 * first use (or by {@link DocumentVault.ready}, which a server calls at
 * start so that a bad PIN or key file stops it there).
 */
export class DocumentVault {
  readonly #open: () => Promise<KeyWrapper>;
  #wrapper: Promise<KeyWrapper> | undefined;

  constructor(open: () => Promise<KeyWrapper>) {
    this.#open = open;
  }

  #get(): Promise<KeyWrapper> {
    this.#wrapper ??= this.#open().catch((err: unknown) => {
      this.#wrapper = undefined;
      throw err;
    });
    return this.#wrapper;
  }

  /** Open the master key now. @returns what holds it: `pkcs11` or `key-file`. */
  async ready(): Promise<string> {
    return (await this.#get()).kind;
  }

  async seal(documentId: string, content: Uint8Array): Promise<Sealed> {
    const key = randomBytes(32);
    try {
      const iv = randomBytes(12);
      const aad = context(documentId);
      const cipher = createCipheriv('aes-256-gcm', key, iv, { authTagLength: 16 });
      cipher.setAAD(aad);
      const ciphertext = Buffer.concat([
        cipher.update(content),
        cipher.final(),
        cipher.getAuthTag(),
      ]);
      const wrappedKey = await (await this.#get()).wrap(key, aad);
      return { wrappedKey, iv, ciphertext };
    } finally {
      key.fill(0);
    }
  }

  /** @throws the wrapper's `DECRYPT_FAILED` (or GCM's) when anything was altered or moved. */
  async open(documentId: string, sealed: Sealed): Promise<Uint8Array> {
    const aad = context(documentId);
    const key = await (await this.#get()).unwrap(sealed.wrappedKey, aad);
    try {
      const decipher = createDecipheriv('aes-256-gcm', key, sealed.iv, { authTagLength: 16 });
      decipher.setAAD(aad);
      const body = sealed.ciphertext.subarray(0, sealed.ciphertext.length - 16);
      decipher.setAuthTag(sealed.ciphertext.subarray(sealed.ciphertext.length - 16));
      return new Uint8Array(Buffer.concat([decipher.update(body), decipher.final()]));
    } finally {
      key.fill(0);
    }
  }

  async close(): Promise<void> {
    const wrapper = this.#wrapper;
    this.#wrapper = undefined;
    if (wrapper) await (await wrapper.catch(() => null))?.close();
  }
}

function keyFilePath(config: Config): string {
  const path =
    config['kyc.key_file'] === ''
      ? join(config['server.data_dir'], 'kyc-master.key')
      : config['kyc.key_file'];
  mkdirSync(dirname(path), { recursive: true, mode: 0o700 });
  return path;
}

/** The vault the configuration names: the PKCS#11 token, else the key file (created when missing). */
export function configuredVault(config: Config): DocumentVault {
  return new DocumentVault(() =>
    config['kyc.pkcs11_module'] !== ''
      ? pkcs11KeyWrapper({
          module: config['kyc.pkcs11_module'],
          tokenLabel: config['kyc.pkcs11_token'],
          pin: config['kyc.pkcs11_pin'],
          keyLabel: config['kyc.pkcs11_key_label'],
          create: true,
        })
      : keyFileWrapper({ path: keyFilePath(config), create: true }),
  );
}
