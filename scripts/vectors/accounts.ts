/**
 * What several vector generators share: an identity and certified devices
 * drawn from a seeded RNG in a fixed order (so each file's bytes depend only
 * on its seed), and the error code a refused case throws.
 */
import {
  Identity,
  issueDeviceCertificate,
  issueSelfSigningCertificate,
  KeyAgreementKeyPair,
  NexusError,
  SigningKeyPair,
} from '../../src/index.js';
import type { RandomSource } from '../../src/interfaces/runtime.js';

/** An identity (seed, then self-signing key seed, drawn from `rng`) and its self-signing certificate. */
export async function seededIdentity(rng: RandomSource, createdAt: number) {
  const identity = Identity.fromSeed(rng.randomBytes(32));
  const ssk = SigningKeyPair.fromSeed(rng.randomBytes(32));
  const sskCert = await issueSelfSigningCertificate({
    identity,
    signingKey: ssk.publicKey,
    createdAt,
  });
  return { identity, ssk, sskCert };
}

/** A device of `account` (signing key seed, device id, key agreement secret, drawn from `rng`). */
export async function seededDevice(
  rng: RandomSource,
  account: Awaited<ReturnType<typeof seededIdentity>>,
  name: string,
  createdAt: number,
) {
  const dsk = SigningKeyPair.fromSeed(rng.randomBytes(32));
  const cert = await issueDeviceCertificate({
    issuer: account.ssk,
    identityKey: account.identity.publicKey.bytes,
    deviceId: rng.randomBytes(16),
    displayName: name,
    signingKey: dsk.publicKey,
    keyAgreementKey: KeyAgreementKeyPair.fromSecret(rng.randomBytes(32)).publicKey,
    createdAt,
  });
  return { dsk, cert };
}

/** The error code `fn` throws, or a generation failure when it accepts. */
export function refusedWith(description: string, fn: () => unknown): string {
  try {
    fn();
  } catch (err) {
    if (err instanceof NexusError) return err.code;
    throw err;
  }
  throw new Error(`${description}: accepted`);
}
