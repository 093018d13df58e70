/**
 * What the PKCS#11 adapters share: loading the optional `pkcs11js`
 * package, one initialised module per process, choosing a token, logging
 * in once per token, and an open, logged-in session that knows how to
 * close itself.
 *
 * @internal
 * @module
 */
import { realpathSync } from 'node:fs';
import { endianness } from 'node:os';
import { resolve } from 'node:path';
import { NexusError } from '../interfaces/errors.js';
import { bytesEqual, toHex, utf8 } from '../primitives/bytes.js';
import { crypto } from '../primitives/provider.js';
import {
  CKF_RW_SESSION,
  CKF_SERIAL_SESSION,
  CKR_CRYPTOKI_ALREADY_INITIALIZED,
  CKR_USER_ALREADY_LOGGED_IN,
  CKU_USER,
} from './pkcs11-constants.js';

/** Where a token is and how to log in to it: what every PKCS#11 adapter is given. */
export interface Pkcs11TokenOptions {
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

// The subset of pkcs11js the adapters use, typed here so the optional
// package's types never reach the published declarations.
export type Handle = Buffer;
export interface Attribute {
  type: number;
  value?: number | boolean | string | Buffer;
}
export interface Mechanism {
  mechanism: number;
  parameter?: { type: number; iv?: Buffer; aad?: Buffer; ivBits?: number; tagBits?: number };
}
export interface Pkcs11Api {
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
  C_GenerateKey(session: Handle, mechanism: Mechanism, template: Attribute[]): Handle;
  C_EncryptInit(session: Handle, mechanism: Mechanism, key: Handle): void;
  C_Encrypt(session: Handle, inData: Buffer, outData: Buffer): Buffer;
  C_DecryptInit(session: Handle, mechanism: Mechanism, key: Handle): void;
  C_Decrypt(session: Handle, inData: Buffer, outData: Buffer): Buffer;
}
export interface Pkcs11Module {
  PKCS11: new () => Pkcs11Api;
  /** pkcs11js's tag for `CK_GCM_PARAMS` (its numbering, not a PKCS#11 constant). */
  CK_PARAMS_AES_GCM?: number;
}

let pkcs11js: Promise<Pkcs11Module> | undefined;

export function loadPkcs11js(): Promise<Pkcs11Module> {
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

export function tokenError(operation: string, cause: unknown): NexusError {
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

export function readUlong(value: Buffer): number {
  if (value.length === 8)
    return Number(endianness() === 'LE' ? value.readBigUInt64LE() : value.readBigUInt64BE());
  if (value.length === 4)
    return endianness() === 'LE' ? value.readUInt32LE() : value.readUInt32BE();
  throw new NexusError('KEYSTORE', 'PKCS#11 token returned a malformed number');
}

function selectSlot(api: Pkcs11Api, options: Pkcs11TokenOptions): { slot: Handle; label: string } {
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
 * An open session on a token, logged in as the user. Token calls are
 * synchronous; {@link TokenSession.close} releases the session, the login and
 * (when nothing else in the process uses it) the module.
 */
export class TokenSession {
  readonly api: Pkcs11Api;
  /** The token's label. */
  readonly label: string;
  /** The mechanisms the token's slot offers (`C_GetMechanismList`). */
  readonly mechanisms: readonly number[];
  /** The loaded pkcs11js module, for its constants. */
  readonly module: Pkcs11Module;
  readonly #libraryKey: string;
  readonly #library: Library;
  readonly #slotKey: string;
  #session: Handle | null;

  constructor(
    module: Pkcs11Module,
    libraryKey: string,
    library: Library,
    slotKey: string,
    label: string,
    mechanisms: readonly number[],
    session: Handle,
  ) {
    this.module = module;
    this.api = library.api;
    this.label = label;
    this.mechanisms = mechanisms;
    this.#libraryKey = libraryKey;
    this.#library = library;
    this.#slotKey = slotKey;
    this.#session = session;
  }

  get closed(): boolean {
    return this.#session === null;
  }

  /** The session handle; throws `KEYSTORE` naming `what` once closed. */
  handle(what: string): Handle {
    if (this.#session === null) throw new NexusError('KEYSTORE', `the PKCS#11 ${what} is closed`);
    return this.#session;
  }

  /** Every object matching `template`. */
  find(what: string, template: Attribute[]): Handle[] {
    const session = this.handle(what);
    try {
      this.api.C_FindObjectsInit(session, template);
    } catch (cause) {
      throw tokenError('C_FindObjectsInit', cause);
    }
    const handles: Handle[] = [];
    try {
      for (;;) {
        const batch = this.api.C_FindObjects(session, 64);
        if (batch.length === 0) break;
        handles.push(...batch);
      }
    } catch (cause) {
      throw tokenError('C_FindObjects', cause);
    } finally {
      try {
        this.api.C_FindObjectsFinal(session);
      } catch {
        // Nothing to do: the search is over either way.
      }
    }
    return handles;
  }

  /** Close the session and release the login and module. Idempotent. */
  close(): void {
    const session = this.#session;
    if (session === null) return;
    this.#session = null;
    let failure: unknown;
    try {
      this.api.C_CloseSession(session);
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
}

/**
 * Check `options`, load the module, choose the token, ask `accept` whether
 * its mechanisms will do (it throws if not), open a read-write session and
 * log in. Everything acquired is released again when any step fails.
 *
 * @param what the adapter's name for error messages, such as `pkcs11KeyStore`.
 */
export async function openTokenSession(
  what: string,
  options: Pkcs11TokenOptions,
  accept: (mechanisms: readonly number[]) => void,
): Promise<TokenSession> {
  if (typeof options !== 'object' || options === null)
    throw new NexusError('INVALID_ARGUMENT', `${what} needs options: { module, pin, tokenLabel? }`);
  if (typeof options.module !== 'string' || options.module.length === 0) {
    throw new NexusError('INVALID_ARGUMENT', `${what} needs the path of a PKCS#11 module`);
  }
  if (typeof options.pin !== 'string')
    throw new NexusError('INVALID_ARGUMENT', `${what} needs a PIN string`);
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
    accept(mechanisms);
    try {
      session = api.C_OpenSession(selected.slot, CKF_RW_SESSION | CKF_SERIAL_SESSION);
    } catch (cause) {
      throw tokenError('C_OpenSession', cause);
    }
    login(api, library, slotKey, session, options.pin);
    loggedIn = true;
    return new TokenSession(
      mod,
      key,
      library,
      slotKey,
      selected.label,
      Object.freeze(mechanisms),
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
