import {
  createIdentity,
  issueSelfSigningCertificate,
  certifyNewDevice,
  SigningKeyPair,
  softwareKeyStore,
} from '../../src/index.js';

/** An identity with a self-signing key and one certified device. */
export async function makeAccount(name = 'alice') {
  const { identity, mnemonic } = createIdentity();
  const selfSigningKey = SigningKeyPair.generate();
  const selfSigningCertificate = await issueSelfSigningCertificate({
    identity,
    signingKey: selfSigningKey.publicKey,
  });
  const keyStore = softwareKeyStore();
  const device = await certifyNewDevice({
    keyStore,
    selfSigningKey,
    identityKey: identity.publicKey.bytes,
    displayName: `${name}'s laptop`,
  });
  return { identity, mnemonic, selfSigningKey, selfSigningCertificate, keyStore, device };
}
