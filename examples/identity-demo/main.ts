// The README's main job: two identities, a certified device, their safety number.
// Uses only the public entry point, as every app built on NexusLink should.
import {
  certifyNewDevice,
  createIdentity,
  issueSelfSigningCertificate,
  safetyNumber,
  SigningKeyPair,
  softwareKeyStore,
  verifyDeviceCertificate,
} from '@nexuslink/sdk';

const alice = createIdentity();
const bob = createIdentity();

// Alice's self-signing key certifies her laptop; the laptop's key stays in its key store.
const selfSigningKey = SigningKeyPair.generate();
const selfSigningCertificate = await issueSelfSigningCertificate({
  identity: alice.identity,
  signingKey: selfSigningKey.publicKey,
});
const laptop = await certifyNewDevice({
  keyStore: softwareKeyStore(),
  selfSigningKey,
  identityKey: alice.identity.publicKey.bytes,
  displayName: "Alice's laptop",
});

// Anyone holding Alice's UUID can check the chain IK → SSK → device.
const { device } = verifyDeviceCertificate(laptop.certificate.bytes, {
  identity: alice.identity.uuid,
  selfSigningCertificate: selfSigningCertificate.bytes,
});

const number = safetyNumber(alice.identity.uuid, bob.identity.uuid);
const hex = (b: Uint8Array) => Buffer.from(b).toString('hex');

console.log('NexusLink identity demo');
console.log(`Alice UUID:     ${alice.identity.uuid}`);
console.log(`Bob UUID:       ${bob.identity.uuid}`);
console.log(
  `Alice's device: ${hex(device.deviceId)} "${device.displayName}" (${device.signingKey.algorithm}), chain verified`,
);
console.log(`Safety number:  ${number.groups.slice(0, 6).join(' ')}`);
console.log(`                ${number.groups.slice(6).join(' ')}`);
