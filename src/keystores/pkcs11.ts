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
  CKK_EC,
  CKK_EC_EDWARDS,
  CKM_EC_EDWARDS_KEY_PAIR_GEN,
  CKM_EC_KEY_PAIR_GEN,
  CKM_ECDSA,
  CKM_EDDSA,
  CKO_PRIVATE_KEY,
  CKO_PUBLIC_KEY,
  EC_PARAMS_ED25519_NAME,
  EC_PARAMS_ED25519_OID,
  EC_PARAMS_P256,
} from './pkcs11-constants.js';
import { openTokenSession, readUlong, tokenError } from './pkcs11-token.js';
import type { Attribute, Handle, Pkcs11TokenOptions, TokenSession } from './pkcs11-token.js';

/** Options for {@link pkcs11KeyStore}: where the token is and its PIN. */
export type Pkcs11KeyStoreOptions = Pkcs11TokenOptions;

/** A {@link KeyStore} holding an open PKCS#11 session; {@link Pkcs11KeyStore.close} it when done. */
export interface Pkcs11KeyStore extends KeyStore {
  /**
   * Close the session, and finalize the module once no other store in this
   * process uses it. Idempotent; every other method throws `KEYSTORE` afterwards.
   */
  close(): Promise<void>;
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
  readonly #token: TokenSession;
  readonly #algorithms: readonly SignatureAlgorithm[];
  /** The Ed25519 `CKA_EC_PARAMS` encodings to try, the one that worked first. */
  #edParams: Uint8Array[] = [EC_PARAMS_ED25519_OID, EC_PARAMS_ED25519_NAME];

  constructor(token: TokenSession, algorithms: readonly SignatureAlgorithm[]) {
    this.#token = token;
    this.#algorithms = algorithms;
  }

  get #api() {
    return this.#token.api;
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
    this.#token.close();
  }

  #open(): Handle {
    return this.#token.handle('key store');
  }

  #find(template: Attribute[]): Handle[] {
    return this.#token.find('key store', template);
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
    return { kind: this.kind, token: this.#token.label, open: !this.#token.closed };
  }

  toString(): string {
    return `Pkcs11KeyStore(token ${JSON.stringify(this.#token.label)}${this.#token.closed ? ', closed' : ''})`;
  }
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
  const algorithms: SignatureAlgorithm[] = [];
  const token = await openTokenSession('pkcs11KeyStore', options, (mechanisms) => {
    if (mechanisms.includes(CKM_EC_EDWARDS_KEY_PAIR_GEN) && mechanisms.includes(CKM_EDDSA))
      algorithms.push('ed25519');
    if (mechanisms.includes(CKM_EC_KEY_PAIR_GEN) && mechanisms.includes(CKM_ECDSA))
      algorithms.push('p256');
    if (algorithms.length === 0)
      throw new NexusError(
        'UNSUPPORTED_ALGORITHM',
        'the PKCS#11 token supports neither Ed25519 nor P-256 signing',
      );
  });
  return new Pkcs11KeyStoreImpl(token, Object.freeze(algorithms));
}
