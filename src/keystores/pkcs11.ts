import { realpathSync } from 'node:fs';
import { endianness } from 'node:os';
import { resolve } from 'node:path';
import { NexusError } from '../interfaces/errors.js';
import type {
  CreateKeyOptions,
  KeyInfo,
  KeyStore,
  SignatureAlgorithm,
} from '../interfaces/keystore.js';
import { bytesEqual, fromHex, toHex, utf8 } from '../primitives/bytes.js';
import {
  compressP256,
  crypto,
  isValidEd25519Point,
  isValidP256Point,
  normalizeP256LowS,
} from '../primitives/provider.js';
import { inspectAsString } from '../identity/redact.js';
import {
  CKA_CLASS,
  CKA_EC_PARAMS,
  CKA_EC_POINT,
  CKA_EXTRACTABLE,
  CKA_ID,
  CKA_KEY_TYPE,
  CKA_LABEL,
  CKA_PRIVATE,
  CKA_SENSITIVE,
  CKA_SIGN,
  CKA_TOKEN,
  CKA_VERIFY,
  CKF_RW_SESSION,
  CKF_SERIAL_SESSION,
  CKK_EC,
  CKK_EC_EDWARDS,
  CKM_EC_EDWARDS_KEY_PAIR_GEN,
  CKM_EC_KEY_PAIR_GEN,
  CKM_ECDSA,
  CKM_EDDSA,
  CKO_PRIVATE_KEY,
  CKO_PUBLIC_KEY,
  CKR_CRYPTOKI_ALREADY_INITIALIZED,
  CKR_USER_ALREADY_LOGGED_IN,
  CKU_USER,
  EC_PARAMS_ED25519_NAME,
  EC_PARAMS_ED25519_OID,
  EC_PARAMS_P256,
} from './pkcs11-constants.js';

/** Options for {@link pkcs11KeyStore}. */
export interface Pkcs11KeyStoreOptions {
  /** Path of the PKCS#11 module, such as `/usr/lib/softhsm/libsofthsm2.so`. */
  readonly module: string;
  /**
   * Index of the slot among the slots that hold a token (`C_GetSlotList(true)`).
   * Default `0` when no `tokenLabel` is given.
   */
  readonly slot?: number;
  /**
   * Use the slot whose token has this label (trailing blanks ignored). With
   * `slot` too, the token in that slot must have this label.
   */
  readonly tokenLabel?: string;
  /** The user PIN. Used to log in and never kept, printed or put in an error message. */
  readonly pin: string;
}

/** A {@link KeyStore} holding an open PKCS#11 session; {@link Pkcs11KeyStore.close} it when done. */
export interface Pkcs11KeyStore extends KeyStore {
  /**
   * Close the session, and finalize the module once no other store in this
   * process uses it. Idempotent; every other method throws `KEYSTORE` afterwards.
   */
  close(): Promise<void>;
}

// The subset of pkcs11js the adapter uses, typed here so the optional
// package's types never reach the published declarations.
type Handle = Buffer;
interface Attribute {
  type: number;
  value?: number | boolean | string | Buffer;
}
interface Mechanism {
  mechanism: number;
}
interface Pkcs11Api {
  load(path: string): void;
  close(): void;
  C_Initialize(): void;
  C_Finalize(): void;
  C_GetSlotList(tokenPresent?: boolean): Handle[];
  C_GetTokenInfo(slot: Handle): { label: string };
  C_GetMechanismList(slot: Handle): number[];
  C_OpenSession(slot: Handle, flags: number): Handle;
  C_CloseSession(session: Handle): void;
  C_Login(session: Handle, userType: number, pin?: string): void;
  C_FindObjectsInit(session: Handle, template: Attribute[]): void;
  C_FindObjects(session: Handle, maxObjectCount: number): Handle[];
  C_FindObjectsFinal(session: Handle): void;
  C_GetAttributeValue(
    session: Handle,
    object: Handle,
    template: Attribute[],
  ): { type: number; value: Buffer }[];
  C_GenerateKeyPair(
    session: Handle,
    mechanism: Mechanism,
    publicTmpl: Attribute[],
    privateTmpl: Attribute[],
  ): { publicKey: Handle; privateKey: Handle };
  C_SignInit(session: Handle, mechanism: Mechanism, key: Handle): void;
  C_Sign(session: Handle, inData: Buffer, outData: Buffer): Buffer;
  C_DestroyObject(session: Handle, object: Handle): void;
}
interface Pkcs11Module {
  PKCS11: new () => Pkcs11Api;
}

let pkcs11js: Promise<Pkcs11Module> | undefined;

function loadPkcs11js(): Promise<Pkcs11Module> {
  pkcs11js ??= import('pkcs11js').then(
    (ns: unknown) => {
      const mod = ((ns as { default?: unknown }).default ?? ns) as Partial<Pkcs11Module>;
      if (typeof mod.PKCS11 !== 'function')
        throw new NexusError('KEYSTORE', 'pkcs11js did not load: PKCS11 class missing');
      return mod as Pkcs11Module;
    },
    (cause: unknown) => {
      pkcs11js = undefined;
      const code = (cause as { code?: unknown } | null)?.code;
      if (code === 'ERR_MODULE_NOT_FOUND' || code === 'MODULE_NOT_FOUND') {
        throw new NexusError(
          'KEYSTORE',
          'pkcs11js is not installed: add it (npm install pkcs11js) to use PKCS#11 key stores',
          { cause },
        );
      }
      throw new NexusError(
        'KEYSTORE',
        'pkcs11js could not be loaded (is its native addon built for this Node?)',
        { cause },
      );
    },
  );
  return pkcs11js;
}

/** The `CKR_*` name of a pkcs11js error, or a generic word: never the raw text. */
function ckrName(err: unknown): string {
  const message = (err as { message?: unknown } | null)?.message;
  return typeof message === 'string' && /^CKR_[A-Z0-9_]+$/.test(message) ? message : 'error';
}

function ckrCode(err: unknown): number | undefined {
  const code = (err as { code?: unknown } | null)?.code;
  return typeof code === 'number' ? code : undefined;
}

function tokenError(operation: string, cause: unknown): NexusError {
  return new NexusError('KEYSTORE', `PKCS#11 ${operation} failed (${ckrName(cause)})`, { cause });
}

/**
 * One loaded module, shared by every store in the process that uses it:
 * a module is initialised once per process, and logging in to a token logs
 * in every session the process has on it.
 */
interface Library {
  readonly api: Pkcs11Api;
  /** Whether this registry called C_Initialize (and so may finalize). */
  readonly initialized: boolean;
  refs: number;
  /** Per slot: a keyed tag of the PIN the process logged in with, and how many of our sessions are open. */
  readonly logins: Map<string, { tag: Uint8Array; sessions: number }>;
}

const libraries = new Map<string, Library>();
let pinTagKey: Uint8Array | undefined;

/** A per-process keyed hash of a PIN, so a second login can be checked without keeping the PIN. */
function pinTag(pin: string): Uint8Array {
  pinTagKey ??= crypto().randomBytes(32);
  return crypto().hmacSha256(pinTagKey, utf8(pin));
}

function modulePath(module: string): string {
  try {
    return realpathSync(module);
  } catch {
    return resolve(module);
  }
}

function acquireLibrary(mod: Pkcs11Module, module: string): { key: string; library: Library } {
  const key = modulePath(module);
  const existing = libraries.get(key);
  if (existing) {
    existing.refs++;
    return { key, library: existing };
  }
  const api = new mod.PKCS11();
  try {
    api.load(module);
  } catch (cause) {
    throw new NexusError('KEYSTORE', `could not load the PKCS#11 module ${module}`, { cause });
  }
  let initialized = true;
  try {
    api.C_Initialize();
  } catch (cause) {
    // Someone else in the process initialised it: use it, never finalize it.
    if (ckrCode(cause) !== CKR_CRYPTOKI_ALREADY_INITIALIZED)
      throw tokenError('C_Initialize', cause);
    initialized = false;
  }
  const library: Library = { api, initialized, refs: 1, logins: new Map() };
  libraries.set(key, library);
  return { key, library };
}

function releaseLibrary(key: string, library: Library): void {
  if (--library.refs > 0) return;
  libraries.delete(key);
  try {
    if (library.initialized) library.api.C_Finalize();
  } finally {
    library.api.close();
  }
}

function readUlong(value: Buffer): number {
  if (value.length === 8)
    return Number(endianness() === 'LE' ? value.readBigUInt64LE() : value.readBigUInt64BE());
  if (value.length === 4)
    return endianness() === 'LE' ? value.readUInt32LE() : value.readUInt32BE();
  throw new NexusError('KEYSTORE', 'PKCS#11 token returned a malformed number');
}

/** The key inside `CKA_EC_POINT`: a DER OCTET STRING per the spec, raw on some tokens. */
function ecPoint(value: Uint8Array, algorithm: SignatureAlgorithm): Uint8Array | null {
  const size = algorithm === 'ed25519' ? 32 : 65;
  let point = value;
  if (value.length === size + 2 && value[0] === 0x04 && value[1] === size)
    point = value.subarray(2);
  if (point.length !== size) return null;
  if (algorithm === 'ed25519') return isValidEd25519Point(point) ? point.slice() : null;
  return isValidP256Point(point) ? compressP256(point) : null;
}

function algorithmOf(keyType: number, params: Uint8Array): SignatureAlgorithm | null {
  if (keyType === CKK_EC && bytesEqual(params, EC_PARAMS_P256)) return 'p256';
  if (
    keyType === CKK_EC_EDWARDS &&
    (bytesEqual(params, EC_PARAMS_ED25519_OID) || bytesEqual(params, EC_PARAMS_ED25519_NAME))
  ) {
    return 'ed25519';
  }
  return null;
}

/** The `CKA_ID` bytes for a key id, or `null` if `id` cannot be one of ours (lower-case hex). */
function idBytes(id: string): Buffer | null {
  if (
    typeof id !== 'string' ||
    id.length === 0 ||
    id.length > 256 ||
    !/^(?:[0-9a-f]{2})+$/.test(id)
  )
    return null;
  return Buffer.from(fromHex(id));
}

const textDecoder = new TextDecoder();

interface Found {
  readonly info: KeyInfo;
  readonly privateKey: Handle;
}

class Pkcs11KeyStoreImpl implements Pkcs11KeyStore {
  static {
    // util.inspect prints toString(): public data only.
    inspectAsString(this);
  }

  readonly kind = 'pkcs11';
  readonly #api: Pkcs11Api;
  readonly #libraryKey: string;
  readonly #library: Library;
  readonly #slotKey: string;
  readonly #tokenLabel: string;
  readonly #algorithms: readonly SignatureAlgorithm[];
  #session: Handle | null;
  /** The Ed25519 `CKA_EC_PARAMS` encodings to try, the one that worked first. */
  #edParams: Uint8Array[] = [EC_PARAMS_ED25519_OID, EC_PARAMS_ED25519_NAME];

  constructor(
    libraryKey: string,
    library: Library,
    slotKey: string,
    tokenLabel: string,
    algorithms: readonly SignatureAlgorithm[],
    session: Handle,
  ) {
    this.#api = library.api;
    this.#libraryKey = libraryKey;
    this.#library = library;
    this.#slotKey = slotKey;
    this.#tokenLabel = tokenLabel;
    this.#algorithms = algorithms;
    this.#session = session;
  }

  async supportedAlgorithms(): Promise<readonly SignatureAlgorithm[]> {
    this.#open();
    return this.#algorithms;
  }

  async createKey(options: CreateKeyOptions = {}): Promise<KeyInfo> {
    const session = this.#open();
    if (options.extractable === true) {
      throw new NexusError(
        'KEY_NOT_EXTRACTABLE',
        'PKCS#11 keys are generated non-extractable and never leave the token',
      );
    }
    const algorithm = (options.algorithms ?? this.#algorithms).find((a) =>
      this.#algorithms.includes(a),
    );
    if (algorithm === undefined)
      throw new NexusError(
        'UNSUPPORTED_ALGORITHM',
        'none of the requested algorithms is supported by this token',
      );
    const label = options.label ?? '';
    const id = Buffer.from(crypto().randomBytes(16));
    const common: Attribute[] = [
      { type: CKA_TOKEN, value: true },
      { type: CKA_ID, value: id },
      { type: CKA_LABEL, value: Buffer.from(utf8(label)) },
    ];
    const privateTemplate: Attribute[] = [
      ...common,
      { type: CKA_PRIVATE, value: true },
      { type: CKA_SENSITIVE, value: true },
      { type: CKA_EXTRACTABLE, value: false },
      { type: CKA_SIGN, value: true },
    ];
    const generate = (mechanism: number, params: Uint8Array): Handle => {
      const publicTemplate: Attribute[] = [
        ...common,
        { type: CKA_VERIFY, value: true },
        { type: CKA_EC_PARAMS, value: Buffer.from(params) },
      ];
      return this.#api.C_GenerateKeyPair(session, { mechanism }, publicTemplate, privateTemplate)
        .publicKey;
    };

    let publicKey: Handle;
    if (algorithm === 'p256') {
      try {
        publicKey = generate(CKM_EC_KEY_PAIR_GEN, EC_PARAMS_P256);
      } catch (cause) {
        throw tokenError('P-256 key generation', cause);
      }
    } else {
      // Tokens disagree on how to name Ed25519 in CKA_EC_PARAMS: try the OID,
      // then the curve name, and remember which one worked.
      let firstError: unknown;
      let generated: Handle | undefined;
      for (const params of this.#edParams) {
        try {
          generated = generate(CKM_EC_EDWARDS_KEY_PAIR_GEN, params);
          this.#edParams = [params, ...this.#edParams.filter((p) => p !== params)];
          break;
        } catch (cause) {
          firstError ??= cause;
        }
      }
      if (generated === undefined) throw tokenError('Ed25519 key generation', firstError);
      publicKey = generated;
    }

    let point: Uint8Array | null;
    try {
      const [attr] = this.#api.C_GetAttributeValue(session, publicKey, [{ type: CKA_EC_POINT }]);
      point = attr ? ecPoint(attr.value, algorithm) : null;
    } catch (cause) {
      await this.deleteKey(toHex(id)).catch(() => undefined); // leave no orphaned objects on the token
      throw tokenError('reading the new public key', cause);
    }
    if (point === null) {
      await this.deleteKey(toHex(id)).catch(() => undefined);
      throw new NexusError('KEYSTORE', 'PKCS#11 token returned a malformed public key');
    }
    return Object.freeze({
      id: toHex(id),
      algorithm,
      publicKey: Object.freeze({ algorithm, bytes: point }),
      extractable: false,
      label,
    });
  }

  async getKey(id: string): Promise<KeyInfo | null> {
    this.#open();
    return this.#lookup(id)?.info ?? null;
  }

  async listKeys(): Promise<KeyInfo[]> {
    const session = this.#open();
    const keys: KeyInfo[] = [];
    const seen = new Set<string>();
    for (const handle of this.#find([
      { type: CKA_CLASS, value: CKO_PRIVATE_KEY },
      { type: CKA_TOKEN, value: true },
    ])) {
      let id: Buffer | undefined;
      try {
        id = this.#api.C_GetAttributeValue(session, handle, [{ type: CKA_ID }])[0]?.value;
      } catch (cause) {
        throw tokenError('C_GetAttributeValue', cause);
      }
      if (!id || id.length === 0) continue;
      const hex = toHex(id);
      if (seen.has(hex)) continue;
      seen.add(hex);
      const info = this.#describe(handle, id);
      if (info) keys.push(info);
    }
    return keys;
  }

  async sign(id: string, message: Uint8Array): Promise<Uint8Array> {
    const session = this.#open();
    const found = this.#lookup(id);
    if (!found) throw new NexusError('KEY_NOT_FOUND', 'no such key');
    const p256 = found.info.algorithm === 'p256';
    let signature: Uint8Array;
    try {
      // SoftHSM (and many tokens) lack CKM_ECDSA_SHA256: hash here, sign the digest.
      this.#api.C_SignInit(session, { mechanism: p256 ? CKM_ECDSA : CKM_EDDSA }, found.privateKey);
      const input = Buffer.from(p256 ? crypto().sha256(message) : message);
      signature = new Uint8Array(this.#api.C_Sign(session, input, Buffer.alloc(64)));
    } catch (cause) {
      throw tokenError('signing', cause);
    }
    if (signature.length !== 64)
      throw new NexusError('KEYSTORE', 'PKCS#11 token returned a malformed signature');
    // Tokens return either S; verifiers accept only low S.
    return p256 ? normalizeP256LowS(signature) : signature;
  }

  async exportPrivateKey(id: string): Promise<Uint8Array> {
    this.#open();
    if (!this.#lookup(id)) throw new NexusError('KEY_NOT_FOUND', 'no such key');
    throw new NexusError('KEY_NOT_EXTRACTABLE', 'PKCS#11 keys never leave the token');
  }

  async deleteKey(id: string): Promise<void> {
    const session = this.#open();
    const bytes = idBytes(id);
    if (!bytes) return;
    const handles = [
      ...this.#find([
        { type: CKA_CLASS, value: CKO_PRIVATE_KEY },
        { type: CKA_TOKEN, value: true },
        { type: CKA_ID, value: bytes },
      ]),
      ...this.#find([
        { type: CKA_CLASS, value: CKO_PUBLIC_KEY },
        { type: CKA_TOKEN, value: true },
        { type: CKA_ID, value: bytes },
      ]),
    ];
    for (const handle of handles) {
      try {
        this.#api.C_DestroyObject(session, handle);
      } catch (cause) {
        throw tokenError('C_DestroyObject', cause);
      }
    }
  }

  async close(): Promise<void> {
    const session = this.#session;
    if (session === null) return;
    this.#session = null;
    let failure: unknown;
    try {
      this.#api.C_CloseSession(session);
    } catch (cause) {
      failure = cause;
    }
    const login = this.#library.logins.get(this.#slotKey);
    if (login && --login.sessions <= 0) this.#library.logins.delete(this.#slotKey);
    try {
      releaseLibrary(this.#libraryKey, this.#library);
    } catch (cause) {
      failure ??= cause;
    }
    if (failure !== undefined) throw tokenError('closing the session', failure);
  }

  #open(): Handle {
    if (this.#session === null) throw new NexusError('KEYSTORE', 'the PKCS#11 key store is closed');
    return this.#session;
  }

  #find(template: Attribute[]): Handle[] {
    const session = this.#open();
    try {
      this.#api.C_FindObjectsInit(session, template);
    } catch (cause) {
      throw tokenError('C_FindObjectsInit', cause);
    }
    const handles: Handle[] = [];
    try {
      for (;;) {
        const batch = this.#api.C_FindObjects(session, 64);
        if (batch.length === 0) break;
        handles.push(...batch);
      }
    } catch (cause) {
      throw tokenError('C_FindObjects', cause);
    } finally {
      try {
        this.#api.C_FindObjectsFinal(session);
      } catch {
        // Nothing to do: the search is over either way.
      }
    }
    return handles;
  }

  #lookup(id: string): Found | null {
    const bytes = idBytes(id);
    if (!bytes) return null;
    for (const handle of this.#find([
      { type: CKA_CLASS, value: CKO_PRIVATE_KEY },
      { type: CKA_TOKEN, value: true },
      { type: CKA_ID, value: bytes },
    ])) {
      const info = this.#describe(handle, bytes);
      if (info) return { info, privateKey: handle };
    }
    return null;
  }

  /** Key info for a private key and its public key (same `CKA_ID`), or `null` if it is not an Ed25519/P-256 pair. */
  #describe(privateKey: Handle, id: Buffer): KeyInfo | null {
    const session = this.#open();
    try {
      const attrs = this.#api.C_GetAttributeValue(session, privateKey, [
        { type: CKA_KEY_TYPE },
        { type: CKA_LABEL },
      ]);
      const keyType = attrs.find((a) => a.type === CKA_KEY_TYPE)?.value;
      const label = attrs.find((a) => a.type === CKA_LABEL)?.value;
      if (!keyType) return null;
      const type = readUlong(keyType);
      if (type !== CKK_EC && type !== CKK_EC_EDWARDS) return null;
      for (const pub of this.#find([
        { type: CKA_CLASS, value: CKO_PUBLIC_KEY },
        { type: CKA_TOKEN, value: true },
        { type: CKA_ID, value: id },
        { type: CKA_KEY_TYPE, value: type },
      ])) {
        const pubAttrs = this.#api.C_GetAttributeValue(session, pub, [
          { type: CKA_EC_PARAMS },
          { type: CKA_EC_POINT },
        ]);
        const params = pubAttrs.find((a) => a.type === CKA_EC_PARAMS)?.value;
        const rawPoint = pubAttrs.find((a) => a.type === CKA_EC_POINT)?.value;
        const algorithm = params ? algorithmOf(type, params) : null;
        if (!algorithm || !rawPoint) continue;
        const point = ecPoint(rawPoint, algorithm);
        if (!point) continue;
        return Object.freeze({
          id: toHex(id),
          algorithm,
          publicKey: Object.freeze({ algorithm, bytes: point }),
          extractable: false,
          label: label ? textDecoder.decode(label) : '',
        });
      }
      return null;
    } catch (cause) {
      if (cause instanceof NexusError) throw cause;
      throw tokenError('C_GetAttributeValue', cause);
    }
  }

  toJSON(): { kind: string; token: string; open: boolean } {
    return { kind: this.kind, token: this.#tokenLabel, open: this.#session !== null };
  }

  toString(): string {
    return `Pkcs11KeyStore(token ${JSON.stringify(this.#tokenLabel)}${this.#session === null ? ', closed' : ''})`;
  }
}

function selectSlot(
  api: Pkcs11Api,
  options: Pkcs11KeyStoreOptions,
): { slot: Handle; label: string } {
  let slots: Handle[];
  try {
    slots = api.C_GetSlotList(true);
  } catch (cause) {
    throw tokenError('C_GetSlotList', cause);
  }
  const labelOf = (slot: Handle): string => {
    try {
      return api.C_GetTokenInfo(slot).label.replace(/[ \0]+$/, '');
    } catch (cause) {
      throw tokenError('C_GetTokenInfo', cause);
    }
  };
  if (options.tokenLabel !== undefined && options.slot === undefined) {
    const slot = slots.find((s) => labelOf(s) === options.tokenLabel);
    if (!slot) {
      throw new NexusError(
        'KEYSTORE',
        `no PKCS#11 token labelled ${JSON.stringify(options.tokenLabel)}`,
      );
    }
    return { slot, label: options.tokenLabel };
  }
  const index = options.slot ?? 0;
  const slot = slots[index];
  if (!slot) {
    throw new NexusError(
      'KEYSTORE',
      `no PKCS#11 token in slot ${index} (${slots.length} slots have a token)`,
    );
  }
  const label = labelOf(slot);
  if (options.tokenLabel !== undefined && label !== options.tokenLabel) {
    throw new NexusError(
      'KEYSTORE',
      `the token in slot ${index} is not labelled ${JSON.stringify(options.tokenLabel)}`,
    );
  }
  return { slot, label };
}

function login(
  api: Pkcs11Api,
  library: Library,
  slotKey: string,
  session: Handle,
  pin: string,
): void {
  const tag = pinTag(pin);
  const existing = library.logins.get(slotKey);
  if (existing) {
    // The process is already logged in to this token (login is per process,
    // not per session): C_Login would not check the PIN, so compare it here.
    if (!bytesEqual(existing.tag, tag)) {
      throw new NexusError(
        'KEYSTORE',
        'PKCS#11 login failed: the PIN differs from the one this process logged in to the token with',
      );
    }
    existing.sessions++;
    return;
  }
  try {
    api.C_Login(session, CKU_USER, pin);
  } catch (cause) {
    if (ckrCode(cause) === CKR_USER_ALREADY_LOGGED_IN) {
      throw new NexusError(
        'KEYSTORE',
        'PKCS#11 login failed: another part of this process is already logged in to the token, so the PIN cannot be checked',
        { cause },
      );
    }
    throw new NexusError('KEYSTORE', `PKCS#11 login failed (${ckrName(cause)})`, { cause });
  }
  library.logins.set(slotKey, { tag, sessions: 1 });
}

/**
 * A key store on a PKCS#11 token: an HSM, a smart card, a YubiKey's PIV
 * applet through its PKCS#11 module, or SoftHSM for tests. Node only; needs
 * the optional `pkcs11js` package. Keys are generated on the token as
 * sensitive, non-extractable token objects and are found again by id after a
 * restart (the id is the hex of the key's `CKA_ID`). Ed25519 needs a token
 * with PKCS#11 3.0 EdDSA mechanisms; P-256 works everywhere.
 *
 * Token calls are synchronous: keep signing off latency-critical paths on
 * slow hardware. Close the store when done.
 *
 * @example
 * ```ts
 * const store = await pkcs11KeyStore({
 *   module: '/usr/lib/softhsm/libsofthsm2.so',
 *   tokenLabel: 'nexuslink',
 *   pin: process.env.TOKEN_PIN!,
 * });
 * try {
 *   const key = await store.createKey({ label: 'server device key' });
 *   const sig = await store.sign(key.id, message);
 * } finally {
 *   await store.close();
 * }
 * ```
 */
export async function pkcs11KeyStore(options: Pkcs11KeyStoreOptions): Promise<Pkcs11KeyStore> {
  if (typeof options.module !== 'string' || options.module.length === 0) {
    throw new NexusError('INVALID_ARGUMENT', 'pkcs11KeyStore needs the path of a PKCS#11 module');
  }
  if (typeof options.pin !== 'string')
    throw new NexusError('INVALID_ARGUMENT', 'pkcs11KeyStore needs a PIN string');
  if (options.slot !== undefined && (!Number.isSafeInteger(options.slot) || options.slot < 0)) {
    throw new NexusError('INVALID_ARGUMENT', 'slot must be a non-negative integer');
  }
  const mod = await loadPkcs11js();
  const { key, library } = acquireLibrary(mod, options.module);
  const { api } = library;
  let session: Handle | undefined;
  let loggedIn = false;
  let slotKey = '';
  try {
    const selected = selectSlot(api, options);
    slotKey = toHex(selected.slot);
    let mechanisms: number[];
    try {
      mechanisms = api.C_GetMechanismList(selected.slot);
    } catch (cause) {
      throw tokenError('C_GetMechanismList', cause);
    }
    const algorithms: SignatureAlgorithm[] = [];
    if (mechanisms.includes(CKM_EC_EDWARDS_KEY_PAIR_GEN) && mechanisms.includes(CKM_EDDSA))
      algorithms.push('ed25519');
    if (mechanisms.includes(CKM_EC_KEY_PAIR_GEN) && mechanisms.includes(CKM_ECDSA))
      algorithms.push('p256');
    if (algorithms.length === 0)
      throw new NexusError(
        'UNSUPPORTED_ALGORITHM',
        'the PKCS#11 token supports neither Ed25519 nor P-256 signing',
      );
    try {
      session = api.C_OpenSession(selected.slot, CKF_RW_SESSION | CKF_SERIAL_SESSION);
    } catch (cause) {
      throw tokenError('C_OpenSession', cause);
    }
    login(api, library, slotKey, session, options.pin);
    loggedIn = true;
    return new Pkcs11KeyStoreImpl(
      key,
      library,
      slotKey,
      selected.label,
      Object.freeze(algorithms),
      session,
    );
  } catch (err) {
    if (session !== undefined) {
      try {
        api.C_CloseSession(session);
      } catch {
        // Already failing; keep the first error.
      }
    }
    if (loggedIn) {
      const login = library.logins.get(slotKey);
      if (login && --login.sessions <= 0) library.logins.delete(slotKey);
    }
    try {
      releaseLibrary(key, library);
    } catch {
      // Already failing; keep the first error.
    }
    throw err;
  }
}
