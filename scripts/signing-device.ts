/**
 * A new identity with one certified device (keys in memory), as the
 * peer-to-peer test and benchmark processes need it: what `p2pTransport`
 * and `createInvite` take as `device`.
 */
import {
  certifyNewDevice,
  createIdentity,
  deviceSigner,
  issueSelfSigningCertificate,
  SigningKeyPair,
  softwareKeyStore,
} from '../src/index.js';
import type { SigningDevice } from '../src/index.js';

export async function newSigningDevice(displayName: string): Promise<SigningDevice> {
  const { identity } = createIdentity();
  const ssk = SigningKeyPair.generate();
  const sskCert = await issueSelfSigningCertificate({ identity, signingKey: ssk.publicKey });
  const keyStore = softwareKeyStore();
  const d = await certifyNewDevice({
    keyStore,
    selfSigningKey: ssk,
    identityKey: identity.publicKey.bytes,
    displayName,
  });
  return {
    identityKey: identity.publicKey.bytes,
    deviceId: d.certificate.deviceId,
    deviceCertificate: d.certificate.bytes,
    selfSigningCertificate: sskCert.bytes,
    signer: await deviceSigner(keyStore, d.signingKeyId),
  };
}
