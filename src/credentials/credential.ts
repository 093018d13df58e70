/**
 * Verified credentials (spec/directory.md §6.5): after KYC approval, the
 * directory issues an SD-JWT VC (IETF SD-JWT, the VC profile) bound to the
 * identity's UUID (`sub`) and to one of its device keys (`cnf.jwk`), whose
 * claims `verified`, `age_over_18` and `country` are each selectively
 * disclosable. The holder presents it with a key-binding JWT over a
 * verifier's nonce and audience, disclosing only what it chooses; any
 * verifier checks it offline against the issuer's published keys.
 *
 * The SD-JWT mechanics (disclosures, digests, key binding) are the
 * maintained `@sd-jwt/core` library's, loaded on first use (an optional
 * peer dependency); the signatures are the SDK's own Ed25519 and P-256.
 */
import { base64urlnopad } from '@scure/base';
import { NexusError } from '../interfaces/errors.js';
import { checkOptions, checkSigner } from '../interfaces/guards.js';
import type { SigningPublicKey } from '../interfaces/keystore.js';
import type { Clock } from '../interfaces/runtime.js';
import type { Signer } from '../identity/signing.js';
import { verifySignature } from '../identity/signing.js';
import { systemClock } from '../identity/certificates.js';
import { isUuid } from '../identity/uuid.js';
import { utf8 } from '../primitives/bytes.js';
import { compressP256, crypto, decompressP256 } from '../primitives/provider.js';

/** The `vct` of a NexusLink verified-identity credential. */
export const CREDENTIAL_VCT = 'urn:nexuslink:credential:verified-identity:1';
/** The JOSE `typ` of the issuer-signed JWT (SD-JWT VC). */
export const CREDENTIAL_TYP = 'dc+sd-jwt';
/** The claims a credential may carry, each selectively disclosable. */
export const CREDENTIAL_CLAIMS = ['verified', 'age_over_18', 'country'] as const;
/** One of {@link CREDENTIAL_CLAIMS}. */
export type CredentialClaim = (typeof CREDENTIAL_CLAIMS)[number];
/** How old a presentation's key-binding JWT may be: 5 minutes (and 5 minutes ahead). */
export const PRESENTATION_MAX_AGE_S = 300;

/** What an issuer attests. */
export interface CredentialClaims {
  readonly verified?: boolean;
  readonly age_over_18?: boolean;
  /** ISO 3166-1 alpha-2. */
  readonly country?: string;
}

/** An Ed25519 public key as a JWK (RFC 8037), with its key id. */
export interface IssuerJwk {
  readonly kty: 'OKP';
  readonly crv: 'Ed25519';
  /** base64url of the 32-byte key. */
  readonly x: string;
  readonly kid: string;
  readonly alg?: 'EdDSA';
}

/** An issuer a verifier trusts: its origin (`iss`) and its keys (from `GET /v1/kyc/issuer`, pinned). */
export interface TrustedIssuer {
  readonly issuer: string;
  readonly keys: readonly IssuerJwk[];
}

// The slice of @sd-jwt/core used here, typed so its types never reach the declarations.
interface SdJwtInstance {
  issue(
    payload: Record<string, unknown>,
    frame: { _sd: string[] },
    options: { header: Record<string, unknown> },
  ): Promise<string>;
  present(
    credential: string,
    frame: Record<string, boolean>,
    options?: { kb?: { payload: { iat: number; aud: string; nonce: string } } },
  ): Promise<string>;
  verify(
    presentation: string,
    options?: Record<string, unknown>,
  ): Promise<{
    payload: unknown;
    header: Record<string, unknown> | undefined;
    kb?: { payload: { iat: number; aud: string; nonce: string }; header: { alg: string } };
  }>;
  decode(credential: string): Promise<{
    jwt?: { header?: Record<string, unknown>; payload?: Record<string, unknown> };
    disclosures?: unknown[];
  }>;
  getClaims(credential: string): Promise<unknown>;
}
interface SdJwtModule {
  SDJwtInstance: new (config: Record<string, unknown>) => SdJwtInstance;
}

let sdJwtModule: Promise<SdJwtModule> | undefined;
function loadSdJwt(): Promise<SdJwtModule> {
  sdJwtModule ??= import('@sd-jwt/core').then(
    (ns: unknown) => ns as SdJwtModule,
    (cause: unknown) => {
      sdJwtModule = undefined;
      throw new NexusError(
        'UNSUPPORTED_VERSION',
        '@sd-jwt/core is not installed: add it (npm install @sd-jwt/core) to issue or verify credentials',
        { cause },
      );
    },
  );
  return sdJwtModule;
}

const hasher = (data: string | ArrayBuffer, alg: string): Uint8Array => {
  if (alg.toLowerCase() !== 'sha-256')
    throw new NexusError('UNSUPPORTED_ALGORITHM', `hash ${alg} is not sha-256`);
  return crypto().sha256(typeof data === 'string' ? utf8(data) : new Uint8Array(data));
};
const saltGenerator = (length: number): string =>
  base64urlnopad.encode(crypto().randomBytes(Math.max(16, length)));
const b64u = (bytes: Uint8Array) => base64urlnopad.encode(bytes);

function unb64u(text: unknown, what: string): Uint8Array {
  try {
    if (typeof text !== 'string') throw new Error('not a string');
    return base64urlnopad.decode(text);
  } catch (cause) {
    throw new NexusError('MALFORMED', `${what} is not base64url`, { cause });
  }
}

/** A device key as a JWK: OKP/Ed25519 or EC/P-256. */
export function deviceJwk(key: SigningPublicKey): Record<string, string> {
  if (key.algorithm === 'ed25519') return { kty: 'OKP', crv: 'Ed25519', x: b64u(key.bytes) };
  const point = decompressP256(key.bytes);
  return {
    kty: 'EC',
    crv: 'P-256',
    x: b64u(point.subarray(1, 33)),
    y: b64u(point.subarray(33, 65)),
  };
}

/** The device key a JWK names, or `MALFORMED`. */
export function jwkKey(jwk: unknown): SigningPublicKey {
  const j = jwk as Record<string, unknown> | null;
  if (typeof j === 'object' && j !== null) {
    if (j.kty === 'OKP' && j.crv === 'Ed25519') {
      const x = unb64u(j.x, 'the key');
      if (x.length === 32) return { algorithm: 'ed25519', bytes: x };
    }
    if (j.kty === 'EC' && j.crv === 'P-256') {
      const x = unb64u(j.x, 'the key');
      const y = unb64u(j.y, 'the key');
      if (x.length === 32 && y.length === 32) {
        const point = new Uint8Array(65);
        point[0] = 4;
        point.set(x, 1);
        point.set(y, 33);
        try {
          return { algorithm: 'p256', bytes: compressP256(point) };
        } catch (cause) {
          throw new NexusError('MALFORMED', 'the key is not a P-256 point', { cause });
        }
      }
    }
  }
  throw new NexusError('MALFORMED', 'the key is not an Ed25519 or P-256 JWK');
}

/** The key id of an issuer key: base64url of the first 16 bytes of SHA-256 of the key. */
export function issuerKeyId(publicKey: Uint8Array): string {
  return b64u(crypto().sha256(publicKey).subarray(0, 16));
}

/** An issuer's Ed25519 public key as its published JWK. */
export function issuerJwk(publicKey: Uint8Array): IssuerJwk {
  return {
    kty: 'OKP',
    crv: 'Ed25519',
    x: b64u(publicKey),
    kid: issuerKeyId(publicKey),
    alg: 'EdDSA',
  };
}

const jwsAlg = (key: SigningPublicKey) => (key.algorithm === 'ed25519' ? 'EdDSA' : 'ES256');

/** A `Signer` as an `@sd-jwt` signer: base64url of the signature over the JWS signing input. */
const jwsSigner = (signer: Signer) => async (data: string) => b64u(await signer.sign(utf8(data)));

/** Options of {@link issueCredential}. */
export interface IssueCredentialOptions {
  /** The issuer's Ed25519 signer (a `SigningKeyPair`, or a key in a token). */
  readonly issuer: Signer;
  /** The issuer's origin: `iss`. */
  readonly issuerUrl: string;
  /** The identity's UUID: `sub`, always disclosed. */
  readonly subject: string;
  /** The device key the holder proves possession of when presenting (`cnf.jwk`). */
  readonly holderKey: SigningPublicKey;
  readonly claims: CredentialClaims;
  /** Seconds the credential is valid (`exp` − `iat`). */
  readonly lifetimeS: number;
  readonly clock?: Clock;
}

/**
 * Issue a credential (the directory does, after approval): the SD-JWT
 * compact form, `<issuer JWT>~<disclosure>~…~`.
 *
 * @throws NexusError `INVALID_ARGUMENT` for a bad option.
 */
export async function issueCredential(options: IssueCredentialOptions): Promise<string> {
  checkOptions(
    options,
    'issueCredential',
    '{ issuer, issuerUrl, subject, holderKey, claims, lifetimeS }',
  );
  checkSigner(options.issuer, 'issuer', 'a SigningKeyPair');
  if (options.issuer.publicKey.algorithm !== 'ed25519')
    throw new NexusError('INVALID_ARGUMENT', 'the issuer key must be Ed25519');
  if (!isUuid(options.subject)) throw new NexusError('INVALID_ARGUMENT', 'subject must be a UUID');
  if (!Number.isSafeInteger(options.lifetimeS) || options.lifetimeS < 60)
    throw new NexusError('INVALID_ARGUMENT', 'lifetimeS must be at least 60');
  const claims = checkClaims(options.claims);
  const { SDJwtInstance } = await loadSdJwt();
  const sdjwt = new SDJwtInstance({
    signer: jwsSigner(options.issuer),
    signAlg: 'EdDSA',
    hasher,
    hashAlg: 'sha-256',
    saltGenerator,
  });
  const iat = Math.floor((options.clock ?? systemClock).now() / 1000);
  return sdjwt.issue(
    {
      iss: options.issuerUrl,
      sub: options.subject,
      vct: CREDENTIAL_VCT,
      iat,
      exp: iat + options.lifetimeS,
      cnf: { jwk: deviceJwk(options.holderKey) },
      ...claims,
    },
    { _sd: Object.keys(claims) },
    { header: { typ: CREDENTIAL_TYP, kid: issuerKeyId(options.issuer.publicKey.bytes) } },
  );
}

function checkClaims(claims: unknown): CredentialClaims {
  if (typeof claims !== 'object' || claims === null)
    throw new NexusError('INVALID_ARGUMENT', 'claims must be an object');
  const c = claims as Record<string, unknown>;
  for (const key of Object.keys(c))
    if (!(CREDENTIAL_CLAIMS as readonly string[]).includes(key))
      throw new NexusError('INVALID_ARGUMENT', `unknown claim ${key}`);
  if (c.verified !== undefined && typeof c.verified !== 'boolean')
    throw new NexusError('INVALID_ARGUMENT', 'verified must be a boolean');
  if (c.age_over_18 !== undefined && typeof c.age_over_18 !== 'boolean')
    throw new NexusError('INVALID_ARGUMENT', 'age_over_18 must be a boolean');
  if (c.country !== undefined && (typeof c.country !== 'string' || !/^[A-Z]{2}$/.test(c.country)))
    throw new NexusError('INVALID_ARGUMENT', 'country must be an ISO 3166-1 alpha-2 code');
  return c as CredentialClaims;
}

/** Options of {@link presentCredential}. */
export interface PresentCredentialOptions {
  /** The credential as issued. */
  readonly credential: string;
  /** The device it is bound to: its signer makes the key-binding JWT. */
  readonly device: { readonly signer: Signer };
  /** The claims to disclose; the others stay hidden. */
  readonly disclose: readonly CredentialClaim[];
  /** Who the presentation is for (the verifier's origin): `aud`. */
  readonly audience: string;
  /** The verifier's nonce (its challenge). */
  readonly nonce: string;
  readonly clock?: Clock;
}

/**
 * Present a credential: the disclosures chosen and a key-binding JWT signed
 * by the device over the verifier's `audience` and `nonce`.
 *
 * @throws NexusError `INVALID_ARGUMENT` for a bad option; `MALFORMED` for a
 *   credential that does not decode; `NOT_PERMITTED` when the device is not
 *   the one the credential is bound to.
 */
export async function presentCredential(options: PresentCredentialOptions): Promise<string> {
  checkOptions(options, 'presentCredential', '{ credential, device, disclose, audience, nonce }');
  checkSigner(options.device?.signer, 'device.signer', 'a LocalDevice has one');
  if (typeof options.credential !== 'string' || options.credential.length > 16_384)
    throw new NexusError('INVALID_ARGUMENT', 'credential must be the issued string');
  if (
    !Array.isArray(options.disclose) ||
    !options.disclose.every((c) => (CREDENTIAL_CLAIMS as readonly string[]).includes(c))
  )
    throw new NexusError(
      'INVALID_ARGUMENT',
      `disclose lists claims of ${CREDENTIAL_CLAIMS.join(', ')}`,
    );
  for (const f of ['audience', 'nonce'] as const)
    if (typeof options[f] !== 'string' || options[f].length === 0 || options[f].length > 512)
      throw new NexusError('INVALID_ARGUMENT', `${f} must be a non-empty string`);
  const { SDJwtInstance } = await loadSdJwt();
  const signer = options.device.signer;
  const sdjwt = new SDJwtInstance({
    hasher,
    hashAlg: 'sha-256',
    kbSigner: jwsSigner(signer),
    kbSignAlg: jwsAlg(signer.publicKey),
  });
  let bound: SigningPublicKey;
  try {
    const decoded = await sdjwt.decode(options.credential);
    bound = jwkKey((decoded.jwt?.payload?.cnf as { jwk?: unknown } | undefined)?.jwk);
  } catch (cause) {
    if (NexusError.is(cause)) throw cause;
    throw new NexusError('MALFORMED', 'the credential does not decode', { cause });
  }
  if (
    bound.algorithm !== signer.publicKey.algorithm ||
    b64u(bound.bytes) !== b64u(signer.publicKey.bytes)
  )
    throw new NexusError('NOT_PERMITTED', 'the credential is bound to another device');
  const frame = Object.fromEntries(options.disclose.map((c) => [c, true]));
  return sdjwt.present(options.credential, frame, {
    kb: {
      payload: {
        iat: Math.floor((options.clock ?? systemClock).now() / 1000),
        aud: options.audience,
        nonce: options.nonce,
      },
    },
  });
}

/** Options of {@link verifyCredentialPresentation}. */
export interface VerifyPresentationOptions {
  /** The issuers trusted, with their pinned keys. */
  readonly issuers: readonly TrustedIssuer[];
  /** This verifier's origin: the presentation's `aud` must be it. */
  readonly audience: string;
  /** The nonce this verifier gave: the presentation's must be it. */
  readonly nonce: string;
  /** Claims that must be disclosed with these values (`{ verified: true, age_over_18: true }`). */
  readonly require?: CredentialClaims;
  /** Country claims accepted, when `country` must be disclosed and in a set. */
  readonly countries?: readonly string[];
  /** ms since the epoch; default now. */
  readonly now?: number;
}

/** A presentation that verified. */
export interface VerifiedPresentation {
  /** The identity's UUID (`sub`). */
  readonly uuid: string;
  readonly issuer: string;
  /** The device key it is bound to (which signed the key binding). */
  readonly deviceKey: SigningPublicKey;
  /** Only the claims the holder disclosed. */
  readonly claims: CredentialClaims;
  readonly expiresAt: number;
}

/**
 * Verify a presentation, offline: the issuer's signature under a pinned
 * key of a trusted issuer, the SD-JWT VC type, expiry, every disclosure's
 * digest, the key-binding JWT (signed by the bound device key, for this
 * audience and nonce, fresh), and that the required claims are disclosed
 * with the required values.
 *
 * @throws NexusError `MALFORMED` (does not decode), `UNKNOWN_ISSUER`
 *   (issuer or key not trusted), `BAD_SIGNATURE` (issuer or key-binding
 *   signature, a disclosure altered), `EXPIRED` (credential or key binding),
 *   `NOT_PERMITTED` (another audience or nonce, no key binding, a required
 *   claim missing or of another value).
 */
export async function verifyCredentialPresentation(
  presentation: string,
  options: VerifyPresentationOptions,
): Promise<VerifiedPresentation> {
  if (typeof presentation !== 'string' || presentation.length === 0 || presentation.length > 20_000)
    throw new NexusError('MALFORMED', 'a presentation is an SD-JWT string');
  checkOptions(options, 'verifyCredentialPresentation', '{ issuers, audience, nonce, require? }');
  const now = options.now ?? systemClock.now();
  const { SDJwtInstance } = await loadSdJwt();
  const probe = new SDJwtInstance({ hasher, hashAlg: 'sha-256' });
  let header: Record<string, unknown>;
  let payload: Record<string, unknown>;
  try {
    const decoded = await probe.decode(presentation);
    header = decoded.jwt?.header ?? {};
    payload = decoded.jwt?.payload ?? {};
  } catch (cause) {
    throw new NexusError('MALFORMED', 'the presentation does not decode', { cause });
  }
  if (header.typ !== CREDENTIAL_TYP || header.alg !== 'EdDSA' || payload.vct !== CREDENTIAL_VCT)
    throw new NexusError('MALFORMED', 'not a NexusLink verified-identity credential');
  const trusted = options.issuers.find((i) => i.issuer === payload.iss);
  const key = trusted?.keys.find(
    (k) => k.kid === header.kid && k.kty === 'OKP' && k.crv === 'Ed25519',
  );
  if (!trusted || !key)
    throw new NexusError('UNKNOWN_ISSUER', 'the credential is from an issuer (or key) not trusted');
  const issuerKey: SigningPublicKey = {
    algorithm: 'ed25519',
    bytes: unb64u(key.x, 'the issuer key'),
  };
  let holderKey: SigningPublicKey;
  try {
    holderKey = jwkKey((payload.cnf as { jwk?: unknown } | undefined)?.jwk);
  } catch {
    throw new NexusError('MALFORMED', 'the credential is bound to no device key');
  }
  const verify = (k: SigningPublicKey) => (data: string, sig: string) => {
    try {
      return verifySignature(k, utf8(data), base64urlnopad.decode(sig));
    } catch {
      return false;
    }
  };
  const sdjwt = new SDJwtInstance({
    hasher,
    hashAlg: 'sha-256',
    verifier: verify(issuerKey),
    kbVerifier: (data: string, sig: string, jwtPayload: Record<string, unknown>) => {
      const bound = jwkKey((jwtPayload.cnf as { jwk?: unknown } | undefined)?.jwk);
      return verify(bound)(data, sig);
    },
  });
  let result: Awaited<ReturnType<SdJwtInstance['verify']>>;
  try {
    result = await sdjwt.verify(presentation, {
      keyBindingNonce: options.nonce,
      currentDate: Math.floor(now / 1000),
      skewSeconds: 60,
      requiredClaimKeys: ['sub', 'iss', 'exp'],
    });
  } catch (cause) {
    const message = cause instanceof Error ? cause.message : '';
    if (/expired|exp/i.test(message) && !/signature/i.test(message))
      throw new NexusError('EXPIRED', 'the credential has expired: fetch a new one', { cause });
    if (/nonce/i.test(message))
      throw new NexusError('NOT_PERMITTED', 'the presentation is for another nonce', { cause });
    if (/key binding/i.test(message) && /not exist|missing|required/i.test(message))
      throw new NexusError('NOT_PERMITTED', 'the presentation has no key binding', { cause });
    throw new NexusError('BAD_SIGNATURE', 'the presentation does not verify', { cause });
  }
  if (!result.kb) throw new NexusError('NOT_PERMITTED', 'the presentation has no key binding');
  const kb = result.kb.payload;
  if (kb.aud !== options.audience)
    throw new NexusError('NOT_PERMITTED', 'the presentation is for another verifier');
  if (kb.nonce !== options.nonce)
    throw new NexusError('NOT_PERMITTED', 'the presentation is for another nonce');
  const nowS = Math.floor(now / 1000);
  if (typeof kb.iat !== 'number' || Math.abs(nowS - kb.iat) > PRESENTATION_MAX_AGE_S)
    throw new NexusError(
      'EXPIRED',
      'the presentation was made too long ago (or ahead): make a new one',
    );
  const claims = result.payload as Record<string, unknown>;
  const uuid = claims.sub;
  if (typeof uuid !== 'string' || !isUuid(uuid))
    throw new NexusError('MALFORMED', 'the credential names no identity');
  const disclosed: Record<string, unknown> = {};
  for (const c of CREDENTIAL_CLAIMS) if (claims[c] !== undefined) disclosed[c] = claims[c];
  for (const [k, v] of Object.entries(options.require ?? {}))
    if (disclosed[k] !== v)
      throw new NexusError(
        'NOT_PERMITTED',
        `the presentation does not disclose ${k} = ${String(v)}`,
      );
  if (options.countries !== undefined && !options.countries.includes(String(disclosed.country)))
    throw new NexusError(
      'NOT_PERMITTED',
      'the presentation discloses no country of those accepted',
    );
  return Object.freeze({
    uuid,
    issuer: trusted.issuer,
    deviceKey: holderKey,
    claims: Object.freeze(disclosed) as CredentialClaims,
    expiresAt: Number(claims.exp) * 1000,
  });
}
