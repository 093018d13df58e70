/**
 * PQXDH (Signal's PQXDH specification, revision 3) with X25519 and
 * ML-KEM-1024. The device X25519 keys certified in device certificates play
 * the role of the identity keys IK_A / IK_B; the Ed25519 identity keys are
 * bound through the associated data.
 */
import { NexusError } from '../interfaces/errors.js';
import type { RandomSource } from '../interfaces/runtime.js';
import { concat, utf8 } from '../primitives/bytes.js';
import { crypto } from '../primitives/provider.js';
import type { InitialSecrets } from './double-ratchet.js';
import { LABELS, SIZES } from './constants.js';
import { lengthPrefixed } from './kdf.js';

const F = new Uint8Array(32).fill(0xff);
const ZERO_SALT = new Uint8Array(32);
const INFO = utf8(LABELS.pqxdhInfo);
const AD_LABEL = utf8(LABELS.sessionAd);

/** One side of a session, as the associated data names it. */
export interface SessionParty {
  /** Ed25519 identity key (32 bytes). */
  readonly identityKey: Uint8Array;
  /** 16-byte device id. */
  readonly deviceId: Uint8Array;
  /** The device's certified X25519 key (32 bytes). */
  readonly keyAgreementKey: Uint8Array;
}

/**
 * The session associated data: both parties' identity key, device id and
 * device X25519 key, initiator first, each length-prefixed, after a label.
 */
export function sessionAssociatedData(
  initiator: SessionParty,
  responder: SessionParty,
): Uint8Array {
  return lengthPrefixed(
    AD_LABEL,
    initiator.identityKey,
    initiator.deviceId,
    initiator.keyAgreementKey,
    responder.identityKey,
    responder.deviceId,
    responder.keyAgreementKey,
  );
}

function dh(secret: Uint8Array, publicKey: Uint8Array): Uint8Array {
  const out = crypto().x25519(secret, publicKey);
  if (out === null) throw new NexusError('INVALID_KEY', 'PQXDH: a public key is a low-order point');
  return out;
}

/** SK || HKa || NHKb = HKDF(salt 0^32, 0xFF^32 || DH1 || DH2 || DH3 [|| DH4] || SS, info, 96). */
function deriveSecrets(dhs: Uint8Array[], kemSecret: Uint8Array): InitialSecrets {
  const okm = crypto().hkdfSha256(concat(F, ...dhs, kemSecret), ZERO_SALT, INFO, 96);
  return {
    rootKey: okm.slice(0, 32),
    initiatorHeaderKey: okm.slice(32, 64),
    responderNextHeaderKey: okm.slice(64, 96),
  };
}

/** What the initiator computes from a verified bundle. */
export interface PqxdhInitiation {
  readonly secrets: InitialSecrets;
  /** EK_A public (the base key). */
  readonly baseKey: Uint8Array;
  readonly kemCiphertext: Uint8Array;
}

/**
 * The initiator's side: DH1 = DH(IK_A, SPK_B), DH2 = DH(EK_A, IK_B),
 * DH3 = DH(EK_A, SPK_B), DH4 = DH(EK_A, OPK_B) when there is a one-time
 * prekey, and (CT, SS) = ML-KEM-1024.Encaps(PQPK_B).
 */
export function pqxdhInitiate(options: {
  /** DH with the initiator's device X25519 secret. */
  agree: (publicKey: Uint8Array) => Uint8Array;
  responderKeyAgreementKey: Uint8Array;
  signedPreKey: Uint8Array;
  oneTimePreKey: Uint8Array | null;
  kemPreKey: Uint8Array;
  random: RandomSource;
  /** Only for deterministic vectors: the ML-KEM encapsulation randomness. */
  kemRandomness?: Uint8Array;
}): PqxdhInitiation {
  const ephemeral = options.random.randomBytes(SIZES.x25519);
  const dhs = [
    options.agree(options.signedPreKey),
    dh(ephemeral, options.responderKeyAgreementKey),
    dh(ephemeral, options.signedPreKey),
  ];
  if (options.oneTimePreKey) dhs.push(dh(ephemeral, options.oneTimePreKey));
  let kem: { ciphertext: Uint8Array; sharedSecret: Uint8Array };
  try {
    kem = crypto().mlKem1024Encapsulate(options.kemPreKey, options.kemRandomness);
  } catch (cause) {
    throw new NexusError('INVALID_KEY', 'PQXDH: the KEM prekey is not a valid ML-KEM-1024 key', {
      cause,
    });
  }
  return {
    secrets: deriveSecrets(dhs, kem.sharedSecret),
    baseKey: crypto().x25519PublicKey(ephemeral),
    kemCiphertext: kem.ciphertext,
  };
}

/** The responder's side, from its prekey secrets and the initiator's PreKeyMessage. */
export function pqxdhRespond(options: {
  agree: (publicKey: Uint8Array) => Uint8Array;
  initiatorKeyAgreementKey: Uint8Array;
  signedPreKeySecret: Uint8Array;
  oneTimePreKeySecret: Uint8Array | null;
  kemSeed: Uint8Array;
  baseKey: Uint8Array;
  kemCiphertext: Uint8Array;
}): InitialSecrets {
  const dhs = [
    dh(options.signedPreKeySecret, options.initiatorKeyAgreementKey),
    options.agree(options.baseKey),
    dh(options.signedPreKeySecret, options.baseKey),
  ];
  if (options.oneTimePreKeySecret) dhs.push(dh(options.oneTimePreKeySecret, options.baseKey));
  if (options.kemCiphertext.length !== SIZES.mlKem1024Ciphertext)
    throw new NexusError('MALFORMED', 'PQXDH: KEM ciphertext has the wrong length');
  const sharedSecret = crypto().mlKem1024Decapsulate(options.kemSeed, options.kemCiphertext);
  return deriveSecrets(dhs, sharedSecret);
}
