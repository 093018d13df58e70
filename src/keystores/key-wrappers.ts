/**
 * Key wrappers (envelope encryption) for servers: a master key in a PKCS#11
 * token, or in a key file for small deployments. Node only.
 */
import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';
import { chmodSync, closeSync, fstatSync, openSync, readFileSync, writeSync } from 'node:fs';
import { NexusError } from '../interfaces/errors.js';
import type { KeyWrapper } from '../interfaces/keystore.js';
import { fromHex, toHex, utf8 } from '../primitives/bytes.js';
import { inspectAsString } from '../identity/redact.js';
import {
  CKA_CLASS,
  CKA_DECRYPT,
  CKA_ENCRYPT,
  CKA_EXTRACTABLE,
  CKA_KEY_TYPE,
  CKA_LABEL,
  CKA_PRIVATE,
  CKA_SENSITIVE,
  CKA_TOKEN,
  CKA_VALUE_LEN,
  CKK_AES,
  CKM_AES_GCM,
  CKM_AES_KEY_GEN,
  CKO_SECRET_KEY,
} from './pkcs11-constants.js';
import { openTokenSession, tokenError } from './pkcs11-token.js';
import type { Handle, Mechanism, Pkcs11TokenOptions, TokenSession } from './pkcs11-token.js';

const VERSION = 0x01;
const IV_BYTES = 12;
const TAG_BYTES = 16;

function checkKey(key: unknown): asserts key is Uint8Array {
  if (!(key instanceof Uint8Array) || key.length < 16 || key.length > 64)
    throw new NexusError('INVALID_ARGUMENT', 'the key to wrap must be 16 to 64 bytes');
}

function checkContext(context: unknown): asserts context is Uint8Array {
  if (!(context instanceof Uint8Array))
    throw new NexusError('INVALID_ARGUMENT', 'context must be a Uint8Array');
}

/** The IV and the sealed key (ciphertext then tag) of a wrapped key, or `DECRYPT_FAILED`. */
function parseWrapped(wrapped: unknown): { iv: Uint8Array; sealed: Uint8Array } {
  if (!(wrapped instanceof Uint8Array))
    throw new NexusError('INVALID_ARGUMENT', 'wrapped must be a Uint8Array');
  const keyBytes = wrapped.length - 1 - IV_BYTES - TAG_BYTES;
  if (wrapped[0] !== VERSION || keyBytes < 16 || keyBytes > 64)
    throw new NexusError('DECRYPT_FAILED', 'not a wrapped key of this format');
  return { iv: wrapped.subarray(1, 1 + IV_BYTES), sealed: wrapped.subarray(1 + IV_BYTES) };
}

function assemble(iv: Uint8Array, sealed: Uint8Array): Uint8Array {
  const out = new Uint8Array(1 + iv.length + sealed.length);
  out[0] = VERSION;
  out.set(iv, 1);
  out.set(sealed, 1 + iv.length);
  return out;
}

const unwrapFailed = (): NexusError =>
  new NexusError(
    'DECRYPT_FAILED',
    'the wrapped key does not open: altered, wrapped under another master key, or another context',
  );

/** Options for {@link keyFileWrapper}. */
export interface KeyFileWrapperOptions {
  /** The key file: 64 hex digits (an AES-256 key), optionally followed by a newline. */
  readonly path: string;
  /**
   * Create the file with a fresh random key (mode 0600) when it does not
   * exist. Default `false`: a missing file is a `KEYSTORE` error.
   */
  readonly create?: boolean;
}

class KeyFileWrapper implements KeyWrapper {
  static {
    inspectAsString(this);
  }

  readonly kind = 'key-file';
  readonly #path: string;
  #key: Uint8Array | null;

  constructor(path: string, key: Uint8Array) {
    this.#path = path;
    this.#key = key;
  }

  #master(): Uint8Array {
    if (this.#key === null) throw new NexusError('KEYSTORE', 'the key-file wrapper is closed');
    return this.#key;
  }

  async wrap(key: Uint8Array, context: Uint8Array): Promise<Uint8Array> {
    checkKey(key);
    checkContext(context);
    const iv = randomBytes(IV_BYTES);
    const cipher = createCipheriv('aes-256-gcm', this.#master(), iv, { authTagLength: TAG_BYTES });
    cipher.setAAD(context);
    const body = Buffer.concat([cipher.update(key), cipher.final(), cipher.getAuthTag()]);
    return assemble(iv, body);
  }

  async unwrap(wrapped: Uint8Array, context: Uint8Array): Promise<Uint8Array> {
    checkContext(context);
    const { iv, sealed } = parseWrapped(wrapped);
    const decipher = createDecipheriv('aes-256-gcm', this.#master(), iv, {
      authTagLength: TAG_BYTES,
    });
    decipher.setAAD(context);
    decipher.setAuthTag(sealed.subarray(sealed.length - TAG_BYTES));
    try {
      const head = decipher.update(sealed.subarray(0, sealed.length - TAG_BYTES));
      return new Uint8Array(Buffer.concat([head, decipher.final()]));
    } catch {
      throw unwrapFailed();
    }
  }

  async close(): Promise<void> {
    this.#key?.fill(0);
    this.#key = null;
  }

  toJSON(): { kind: string; path: string; open: boolean } {
    return { kind: this.kind, path: this.#path, open: this.#key !== null };
  }

  toString(): string {
    return `KeyFileWrapper(${JSON.stringify(this.#path)}${this.#key === null ? ', closed' : ''})`;
  }
}

/**
 * A {@link KeyWrapper} whose master key (AES-256) is kept in a file: for a
 * small deployment without an HSM. The file must not be readable by group or
 * others (like an SSH key); keep a backup of it apart from the data, since
 * the data cannot be opened without it.
 *
 * @throws NexusError `KEYSTORE` for a missing, malformed or too-open key file.
 */
export async function keyFileWrapper(options: KeyFileWrapperOptions): Promise<KeyWrapper> {
  if (typeof options !== 'object' || options === null || typeof options.path !== 'string')
    throw new NexusError('INVALID_ARGUMENT', 'keyFileWrapper needs { path, create? }');
  const { path } = options;
  if (options.create === true) {
    let fd: number | undefined;
    try {
      fd = openSync(path, 'wx', 0o600);
    } catch (cause) {
      if ((cause as { code?: unknown }).code !== 'EEXIST')
        throw new NexusError('KEYSTORE', `could not create the key file ${path}`, { cause });
    }
    if (fd !== undefined) {
      try {
        writeSync(fd, `${toHex(randomBytes(32))}\n`);
      } finally {
        closeSync(fd);
      }
      chmodSync(path, 0o600);
    }
  }
  let text: string;
  try {
    const fd = openSync(path, 'r');
    try {
      if ((fstatSync(fd).mode & 0o077) !== 0)
        throw new NexusError(
          'KEYSTORE',
          `the key file ${path} is readable by others: chmod 600 it`,
        );
      text = readFileSync(fd, 'utf8');
    } finally {
      closeSync(fd);
    }
  } catch (cause) {
    if (cause instanceof NexusError) throw cause;
    throw new NexusError('KEYSTORE', `could not read the key file ${path}`, { cause });
  }
  const hex = text.trim();
  if (!/^[0-9a-f]{64}$/i.test(hex))
    throw new NexusError('KEYSTORE', `the key file ${path} does not hold 64 hex digits`);
  return new KeyFileWrapper(path, fromHex(hex.toLowerCase()));
}

/** Options for {@link pkcs11KeyWrapper}: the token, its PIN and the master key's label. */
export interface Pkcs11KeyWrapperOptions extends Pkcs11TokenOptions {
  /** `CKA_LABEL` of the AES-256 secret key on the token that is the master key. */
  readonly keyLabel: string;
  /**
   * Generate the master key on the token (sensitive, never extractable) when
   * none has this label. Default `false`: a missing key is `KEY_NOT_FOUND`.
   */
  readonly create?: boolean;
}

class Pkcs11KeyWrapper implements KeyWrapper {
  static {
    inspectAsString(this);
  }

  readonly kind = 'pkcs11';
  readonly #token: TokenSession;
  readonly #key: Handle;
  readonly #keyLabel: string;
  readonly #gcmParams: number;

  constructor(token: TokenSession, key: Handle, keyLabel: string, gcmParams: number) {
    this.#token = token;
    this.#key = key;
    this.#keyLabel = keyLabel;
    this.#gcmParams = gcmParams;
  }

  #mechanism(iv: Uint8Array, context: Uint8Array): Mechanism {
    return {
      mechanism: CKM_AES_GCM,
      parameter: {
        type: this.#gcmParams,
        iv: Buffer.from(iv),
        aad: Buffer.from(context),
        ivBits: IV_BYTES * 8,
        tagBits: TAG_BYTES * 8,
      },
    };
  }

  async wrap(key: Uint8Array, context: Uint8Array): Promise<Uint8Array> {
    checkKey(key);
    checkContext(context);
    const session = this.#token.handle('key wrapper');
    const iv = randomBytes(IV_BYTES);
    let sealed: Buffer;
    try {
      this.#token.api.C_EncryptInit(session, this.#mechanism(iv, context), this.#key);
      sealed = this.#token.api.C_Encrypt(
        session,
        Buffer.from(key),
        Buffer.alloc(key.length + TAG_BYTES),
      );
    } catch (cause) {
      throw tokenError('wrapping', cause);
    }
    if (sealed.length !== key.length + TAG_BYTES)
      throw new NexusError('KEYSTORE', 'PKCS#11 token returned a malformed ciphertext');
    return assemble(iv, sealed);
  }

  async unwrap(wrapped: Uint8Array, context: Uint8Array): Promise<Uint8Array> {
    checkContext(context);
    const { iv, sealed } = parseWrapped(wrapped);
    const session = this.#token.handle('key wrapper');
    try {
      this.#token.api.C_DecryptInit(session, this.#mechanism(iv, context), this.#key);
    } catch (cause) {
      throw tokenError('unwrapping', cause);
    }
    try {
      return new Uint8Array(
        this.#token.api.C_Decrypt(session, Buffer.from(sealed), Buffer.alloc(sealed.length)),
      );
    } catch {
      // CKR_ENCRYPTED_DATA_INVALID and kin: the tag did not verify.
      throw unwrapFailed();
    }
  }

  async close(): Promise<void> {
    this.#token.close();
  }

  toJSON(): { kind: string; token: string; key: string; open: boolean } {
    return {
      kind: this.kind,
      token: this.#token.label,
      key: this.#keyLabel,
      open: !this.#token.closed,
    };
  }

  toString(): string {
    return `Pkcs11KeyWrapper(token ${JSON.stringify(this.#token.label)}, key ${JSON.stringify(this.#keyLabel)}${this.#token.closed ? ', closed' : ''})`;
  }
}

/**
 * A {@link KeyWrapper} whose master key is an AES-256 secret key on a PKCS#11
 * token (an HSM; SoftHSM in tests), used with `CKM_AES_GCM`: data keys pass
 * through the token and the master key never leaves it. Node only; needs the
 * optional `pkcs11js` package. Close it when done.
 *
 * @throws NexusError `KEY_NOT_FOUND` when no key has the label (and `create`
 *   is not set), `UNSUPPORTED_ALGORITHM` for a token without AES-GCM,
 *   `KEYSTORE` for token failures.
 */
export async function pkcs11KeyWrapper(options: Pkcs11KeyWrapperOptions): Promise<KeyWrapper> {
  if (
    typeof options !== 'object' ||
    options === null ||
    typeof options.keyLabel !== 'string' ||
    options.keyLabel.length === 0
  )
    throw new NexusError('INVALID_ARGUMENT', 'pkcs11KeyWrapper needs a keyLabel');
  const token = await openTokenSession('pkcs11KeyWrapper', options, (mechanisms) => {
    if (!mechanisms.includes(CKM_AES_GCM))
      throw new NexusError('UNSUPPORTED_ALGORITHM', 'the PKCS#11 token does not offer AES-GCM');
  });
  try {
    const gcmParams = token.module.CK_PARAMS_AES_GCM;
    if (typeof gcmParams !== 'number')
      throw new NexusError('KEYSTORE', 'this pkcs11js has no AES-GCM parameters');
    const label = Buffer.from(utf8(options.keyLabel));
    const template = [
      { type: CKA_CLASS, value: CKO_SECRET_KEY },
      { type: CKA_KEY_TYPE, value: CKK_AES },
      { type: CKA_TOKEN, value: true },
      { type: CKA_LABEL, value: label },
    ];
    const found = token.find('key wrapper', template);
    if (found.length > 1)
      throw new NexusError(
        'KEYSTORE',
        `${found.length} AES keys on the token are labelled ${JSON.stringify(options.keyLabel)}`,
      );
    let key = found[0];
    if (key === undefined) {
      if (options.create !== true)
        throw new NexusError(
          'KEY_NOT_FOUND',
          `no AES key labelled ${JSON.stringify(options.keyLabel)} on the token`,
        );
      try {
        key = token.api.C_GenerateKey(token.handle('key wrapper'), { mechanism: CKM_AES_KEY_GEN }, [
          ...template,
          { type: CKA_VALUE_LEN, value: 32 },
          { type: CKA_PRIVATE, value: true },
          { type: CKA_SENSITIVE, value: true },
          { type: CKA_EXTRACTABLE, value: false },
          { type: CKA_ENCRYPT, value: true },
          { type: CKA_DECRYPT, value: true },
        ]);
      } catch (cause) {
        throw tokenError('AES key generation', cause);
      }
    }
    return new Pkcs11KeyWrapper(token, key, options.keyLabel, gcmParams);
  } catch (err) {
    token.close();
    throw err;
  }
}
