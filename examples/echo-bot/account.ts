// A new identity with one certified device and its contact card: what an app
// does once at sign-up. Uses only the public entry point.
import {
  certifyNewDevice,
  createContactCard,
  createIdentity,
  deviceAddress,
  deviceSigner,
  issueSelfSigningCertificate,
  localDevice,
  SigningKeyPair,
  softwareKeyStore,
} from '@nexuslink/sdk';
import type { DeviceAddress, LocalDevice } from '@nexuslink/sdk';

/** An identity with one device, ready for `createClient` or `startEchoBot`. */
export interface Account {
  readonly name: string;
  readonly uuid: string;
  /** The device, to give to the client. */
  readonly device: LocalDevice;
  /** The device's network address, for its transport. */
  readonly address: DeviceAddress;
  /** The signed contact card others add with `client.contacts.add({ card })`. */
  readonly card: Uint8Array;
}

/**
 * Create an identity named `name`, certify one device for it (keys in a
 * software key store, in memory) and sign its contact card. The mnemonic
 * and self-signing key are dropped: a real app keeps them for recovery and
 * for certifying more devices.
 */
export async function createAccount(name: string): Promise<Account> {
  const { identity } = createIdentity();
  const selfSigningKey = SigningKeyPair.generate();
  const selfSigningCertificate = await issueSelfSigningCertificate({
    identity,
    signingKey: selfSigningKey.publicKey,
  });
  const keyStore = softwareKeyStore();
  const certified = await certifyNewDevice({
    keyStore,
    selfSigningKey,
    identityKey: identity.publicKey.bytes,
    displayName: `${name}'s device`,
  });
  const device = localDevice({
    deviceCertificate: certified.certificate.bytes,
    selfSigningCertificate: selfSigningCertificate.bytes,
    keyAgreementKey: certified.keyAgreementKey,
    signer: await deviceSigner(keyStore, certified.signingKeyId),
  });
  const card = await createContactCard({
    signer: device.signer,
    signerDeviceId: device.deviceId,
    identityKey: identity.publicKey.bytes,
    displayName: name,
    selfSigningCertificate: selfSigningCertificate.bytes,
    deviceCertificates: [device.deviceCertificate],
  });
  return {
    name,
    uuid: identity.uuid,
    device,
    address: deviceAddress(device.uuid, device.deviceId),
    card,
  };
}
