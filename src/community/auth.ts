/**
 * Logging in to a community server (spec/community.md §3): the server issues
 * a single-use nonce, the device signs an `AuthChallenge` naming the server,
 * the nonce and itself with its device signing key, and the server checks
 * the signature and the certificate chain IK → SSK → device. No password,
 * e-mail or phone number: the identity is the key.
 */
import { base64 } from '@scure/base';
import { CREDENTIAL_CLAIMS, presentCredential } from '../credentials/credential.js';
import type { CredentialClaim } from '../credentials/credential.js';
import { NexusError } from '../interfaces/errors.js';
import {
  decodeSelfSigningCertificate,
  verificationTime,
  verifyDeviceCertificate,
} from '../identity/certificates.js';
import type { VerifiedDevice } from '../identity/certificates.js';
import { requireSignature, SIGNATURE_LABELS, signLabelled } from '../identity/signing.js';
import type { Signer } from '../identity/signing.js';
import { trustedChain } from '../ratchet/prekeys.js';
import type { LocalDevice } from '../ratchet/prekeys.js';
import { authChallengeCodec } from '../wire/community.js';
import { isValidEd25519PublicKey } from '../wire/keys.js';

/** What a device signs to log in to one server. */
export interface AuthChallenge {
  /** The server's origin as the client addresses it, e.g. `https://chat.example.org`. */
  readonly server: string;
  /** The 32-byte nonce the server issued. */
  readonly nonce: Uint8Array;
  /** The 16-byte id of the device logging in. */
  readonly deviceId: Uint8Array;
}

/** The encoded `AuthChallenge` (the body the device signs). @throws NexusError `MALFORMED`. */
export function authChallengeBody(challenge: AuthChallenge): Uint8Array {
  return authChallengeCodec.encode({
    version: 1,
    server: challenge.server,
    nonce: challenge.nonce,
    deviceId: challenge.deviceId,
  });
}

/**
 * Sign a login challenge with the device signing key.
 *
 * @example
 * ```ts
 * const signature = await signAuthChallenge(device.signer, {
 *   server: 'https://chat.example.org', nonce, deviceId: device.deviceId,
 * });
 * ```
 * @throws NexusError `MALFORMED` for a bad challenge, `KEYSTORE` when the key store fails.
 */
export async function signAuthChallenge(
  signer: Signer,
  challenge: AuthChallenge,
): Promise<Uint8Array> {
  return signLabelled(signer, SIGNATURE_LABELS.authChallenge, authChallengeBody(challenge));
}

/** A server's answer to `POST /v1/auth/challenge` (spec/community.md §3, §3.1). */
export interface ChallengeAnswer {
  readonly server: string;
  /** Base64, as sent. */
  readonly nonce: string;
  readonly requires?: { readonly credential?: { readonly disclose?: unknown } };
}

/**
 * The body of `POST /v1/auth/login` for `challenge`: the device's
 * certificates and signature, a revocation list when given, and, when the
 * server asks for a credential and one is given, its presentation
 * disclosing what the server asks for and nothing else.
 *
 * @internal
 */
export async function loginBody(
  device: Pick<LocalDevice, 'signer' | 'deviceId' | 'deviceCertificate' | 'selfSigningCertificate'>,
  url: string,
  challenge: ChallengeAnswer,
  options: { revocationList?: Uint8Array; credential?: string },
): Promise<Record<string, string>> {
  const signature = await signAuthChallenge(device.signer, {
    server: url,
    nonce: base64.decode(challenge.nonce),
    deviceId: device.deviceId,
  });
  const body: Record<string, string> = {
    nonce: challenge.nonce,
    deviceCertificate: base64.encode(device.deviceCertificate),
    selfSigningCertificate: base64.encode(device.selfSigningCertificate),
    signature: base64.encode(signature),
  };
  if (options.revocationList) body.revocationList = base64.encode(options.revocationList);
  const wanted = challenge.requires?.credential;
  if (wanted && options.credential !== undefined) {
    const disclose = (Array.isArray(wanted.disclose) ? wanted.disclose : []).filter(
      (c): c is CredentialClaim => (CREDENTIAL_CLAIMS as readonly unknown[]).includes(c),
    );
    body.credential = await presentCredential({
      credential: options.credential,
      device,
      disclose,
      audience: url,
      nonce: challenge.nonce,
    });
  }
  return body;
}

/** What a device presents with its signature. */
export interface AuthProof {
  /** The device certificate (`SignedMessage`). */
  readonly deviceCertificate: Uint8Array;
  /** The identity's self-signing certificate (`SignedMessage`). */
  readonly selfSigningCertificate: Uint8Array;
  /** The signature over the `AuthChallenge`. */
  readonly signature: Uint8Array;
}

/** Options of {@link verifyAuthChallenge}. */
export interface VerifyAuthOptions {
  /** Verification time, ms; default now. */
  readonly now?: number;
  /**
   * What the server already holds for the identity: its newest self-signing
   * certificate (an older one presented is `SUPERSEDED`) and revocation list
   * (a revoked device is `REVOKED`).
   */
  readonly known?: {
    readonly selfSigningCertificate?: Uint8Array | null;
    readonly revocationList?: Uint8Array | null;
  };
}

/**
 * Check a login: the certificate chain (against what the server holds for
 * the identity) and the device's signature over `{ server, nonce, deviceId }`.
 * The caller checks that the nonce is one it issued, unexpired and unused.
 *
 * @returns the verified device, its identity's UUID and self-signing certificate.
 * @throws NexusError `MALFORMED`, `BAD_SIGNATURE`, `UNKNOWN_ISSUER`, `EXPIRED`,
 *   `REVOKED`, `SUPERSEDED`.
 */
export function verifyAuthChallenge(
  challenge: Omit<AuthChallenge, 'deviceId'>,
  proof: AuthProof,
  options: VerifyAuthOptions = {},
): VerifiedDevice {
  if (typeof proof !== 'object' || proof === null)
    throw new NexusError('MALFORMED', 'the proof must be an object');
  for (const field of ['deviceCertificate', 'selfSigningCertificate', 'signature'] as const)
    if (!(proof[field] instanceof Uint8Array))
      throw new NexusError('MALFORMED', `${field} must be bytes`);
  const now = verificationTime(options);
  const identityKey = decodeSelfSigningCertificate(proof.selfSigningCertificate).identityKey;
  // The certificate names the identity: an invalid key is a malformed proof (spec/errors.md §Keys).
  if (!isValidEd25519PublicKey(identityKey))
    throw new NexusError('MALFORMED', 'the self-signing certificate names no valid identity key');
  const chain = trustedChain(identityKey, proof.selfSigningCertificate, options.known, now);
  const verified = verifyDeviceCertificate(proof.deviceCertificate, {
    identity: identityKey,
    selfSigningCertificate: chain.selfSigningCertificate.bytes,
    revocationList: chain.revocationList,
    now,
  });
  requireSignature(
    verified.device.signingKey,
    SIGNATURE_LABELS.authChallenge,
    authChallengeBody({ ...challenge, deviceId: verified.device.deviceId }),
    proof.signature,
    'login challenge',
  );
  return verified;
}
