import { NexusError } from '../interfaces/errors.js';
import { checkBytes, checkPublicKey } from '../interfaces/guards.js';
import type {
  KeyInfo,
  KeyStore,
  SignatureAlgorithm,
  SigningPublicKey,
} from '../interfaces/keystore.js';
import { bytesKey, concat, utf8 } from '../primitives/bytes.js';
import { Lru } from '../primitives/lru.js';
import { crypto, isValidP256Point } from '../primitives/provider.js';
import { isValidEd25519PublicKey } from '../wire/keys.js';
import { KeyAlgorithm, signedMessageCodec } from '../wire/messages.js';
import type { PublicKey } from '../wire/gen/nexuslink/v1/keys_pb.js';

/**
 * Domain-separation labels: a signature is over `label || 0x00 || body`, so
 * a signature made for one purpose is never valid for another.
 */
export const SIGNATURE_LABELS = {
  selfSigningCertificate: 'nexuslink/v1/self-signing-certificate',
  deviceCertificate: 'nexuslink/v1/device-certificate',
  revocationList: 'nexuslink/v1/revocation-list',
  contactCard: 'nexuslink/v1/contact-card',
  signedPreKey: 'nexuslink/v1/signed-prekey',
  senderKeyMessage: 'nexuslink/v1/sender-key-message',
  authChallenge: 'nexuslink/v1/auth-challenge',
  storageKeyWrap: 'nexuslink/v1/storage-key-wrap',
  peerBinding: 'nexuslink/v1/peer-binding',
  invite: 'nexuslink/v1/invite',
  deviceRecord: 'nexuslink/v1/device-record',
  relayAck: 'nexuslink/v1/relay-ack',
  relayedEnvelope: 'nexuslink/v1/relayed-envelope',
  communityRegistration: 'nexuslink/v1/community-registration',
  communityDeregistration: 'nexuslink/v1/community-deregistration',
  directoryProof: 'nexuslink/v1/directory-proof',
  directoryRequest: 'nexuslink/v1/directory-request',
  messageAttestation: 'nexuslink/v1/message-attestation',
} as const;

/** One of {@link SIGNATURE_LABELS}. */
export type SignatureLabel = (typeof SIGNATURE_LABELS)[keyof typeof SIGNATURE_LABELS];

/** The exact bytes signed for `body` under `label`. */
export function signingInput(label: SignatureLabel, body: Uint8Array): Uint8Array {
  return concat(utf8(label), Uint8Array.of(0), body);
}

/**
 * Something that signs: an identity, or a key held in a {@link KeyStore}.
 * Certificate issuers take a `Signer`, so the key may live in hardware.
 */
export interface Signer {
  readonly publicKey: SigningPublicKey;
  /** Sign `message` (already domain-separated by the caller). */
  sign(message: Uint8Array): Promise<Uint8Array>;
}

/** A {@link Signer} for key `key` of `store`. */
export function keyStoreSigner(store: KeyStore, key: KeyInfo): Signer {
  return {
    publicKey: key.publicKey,
    sign: (message) => store.sign(key.id, message),
  };
}

/**
 * Verify a signature under an algorithm-tagged key. Ed25519 is strict RFC
 * 8032; P-256 accepts only low-S `r || s`. False for any signature that does
 * not verify (a wrong length, an unknown algorithm included).
 *
 * @throws NexusError `INVALID_ARGUMENT` when an argument is not of its type
 *   (a key without `algorithm` and `bytes`, a message or signature that is
 *   not a Uint8Array): a program error, not a bad signature.
 */
export function verifySignature(
  publicKey: SigningPublicKey,
  message: Uint8Array,
  signature: Uint8Array,
): boolean {
  checkPublicKey(publicKey, 'publicKey', "keyPair.publicKey, or a certificate's signingKey");
  checkBytes(message, 'message');
  checkBytes(signature, 'signature');
  if (signature.length !== 64) return false;
  const c = crypto();
  switch (publicKey.algorithm) {
    case 'ed25519':
      return c.ed25519Verify(publicKey.bytes, message, signature);
    case 'p256':
      return c.p256Verify(publicKey.bytes, message, signature);
    default:
      return false;
  }
}

/** Sign `body` under `label` and check the signer returned a well-formed signature. */
export async function signLabelled(
  signer: Signer,
  label: SignatureLabel,
  body: Uint8Array,
): Promise<Uint8Array> {
  const signature = await signer.sign(signingInput(label, body));
  if (!verifySignature(signer.publicKey, signingInput(label, body), signature)) {
    // A key store that returns an invalid signature (say, high-S P-256) is broken; fail loudly here.
    throw new NexusError('KEYSTORE', 'the key store returned a signature that does not verify');
  }
  return signature;
}

/**
 * Encode a body (`encode` runs a codec on what the caller gave: its
 * `MALFORMED` becomes `INVALID_ARGUMENT`), sign it under `label`, and return
 * the encoded `SignedMessage`.
 */
export async function signBody(
  signer: Signer,
  label: SignatureLabel,
  encode: () => Uint8Array,
): Promise<Uint8Array> {
  let body: Uint8Array;
  try {
    body = encode();
  } catch (cause) {
    if (NexusError.is(cause, 'MALFORMED'))
      throw new NexusError('INVALID_ARGUMENT', cause.message, { cause });
    throw cause;
  }
  const signature = await signLabelled(signer, label, body);
  return signedMessageCodec.encode({ body, signature });
}

/** Verify `signature` over `body` under `label`, or throw `BAD_SIGNATURE`. */
export function requireSignature(
  publicKey: SigningPublicKey,
  label: SignatureLabel,
  body: Uint8Array,
  signature: Uint8Array,
  what: string,
): void {
  // Certificates and prekeys are verified again and again (every bundle, every
  // PreKeyMessage of a peer). Verification is a pure function of the key, the
  // signature and the signed input, so a remembered success is a success. The
  // cache key is a SHA-256 of all three (fixed-length fields first): a few
  // microseconds, where a signature check is tens.
  const input = signingInput(label, body);
  const id = binary(
    crypto().sha256(
      concat(Uint8Array.of(TO_WIRE[publicKey.algorithm]), publicKey.bytes, signature, input),
    ),
  );
  if (verifiedSignatures.has(id)) return;
  if (!verifySignature(publicKey, input, signature)) {
    throw new NexusError('BAD_SIGNATURE', `${what}: signature does not verify`);
  }
  verifiedSignatures.set(id, true);
}

const verifiedSignatures = new Lru<string, true>(1024);

/** A 32-byte digest as a string (a Map key). */
function binary(bytes: Uint8Array): string {
  return bytesKey(bytes);
}

const TO_WIRE: Record<SignatureAlgorithm, KeyAlgorithm> = {
  ed25519: KeyAlgorithm.ED25519,
  p256: KeyAlgorithm.ECDSA_P256,
};

/** Wire form of a signing key. */
export function toWireKey(key: SigningPublicKey): { algorithm: KeyAlgorithm; key: Uint8Array } {
  return { algorithm: TO_WIRE[key.algorithm], key: key.bytes };
}

/**
 * A signing key from the wire, checked to be a valid point (an Ed25519 key
 * also not of small order: spec/errors.md §Keys).
 *
 * @throws NexusError `MALFORMED` for an unknown algorithm or an invalid point.
 */
export function fromWireKey(key: PublicKey | undefined, field: string): SigningPublicKey {
  if (key === undefined) throw new NexusError('MALFORMED', `${field} is missing`);
  if (key.algorithm === KeyAlgorithm.ED25519 && isValidEd25519PublicKey(key.key)) {
    return { algorithm: 'ed25519', bytes: key.key };
  }
  if (
    key.algorithm === KeyAlgorithm.ECDSA_P256 &&
    key.key.length === 33 &&
    isValidP256Point(key.key)
  ) {
    return { algorithm: 'p256', bytes: key.key };
  }
  throw new NexusError('MALFORMED', `${field} is not a valid signing key`);
}

/** Whether two signing keys are the same key. */
export function sameKey(a: SigningPublicKey, b: SigningPublicKey): boolean {
  if (a.algorithm !== b.algorithm || a.bytes.length !== b.bytes.length) return false;
  for (let i = 0; i < a.bytes.length; i++) if (a.bytes[i] !== b.bytes[i]) return false;
  return true;
}
