// A new identity with one device and its contact card: what an app does once
// at sign-up. Uses only the public entry point.
import { createContactCard, createDevice, deviceAddress, memoryStorage } from '@nexuslink/sdk';
import type { DeviceAddress, LocalDevice, Storage } from '@nexuslink/sdk';

/** An identity with one device, ready for `createClient` or `startEchoBot`. */
export interface Account {
  readonly name: string;
  readonly uuid: string;
  /** The device, to give to the client. */
  readonly device: LocalDevice;
  /** Where the device is saved (`loadDevice({ storage })` opens it again): give it to the client too. */
  readonly storage: Storage;
  /** The device's network address, for its transport. */
  readonly address: DeviceAddress;
  /** The signed contact card others add with `client.contacts.add({ card })`. */
  readonly card: Uint8Array;
}

/**
 * Create an identity named `name` and a device of it, saved in `storage`
 * (default: in memory), and sign its contact card. The recovery phrase is
 * dropped here: a real app shows it once, for recovery.
 */
export async function createAccount(
  name: string,
  storage: Storage = memoryStorage(),
): Promise<Account> {
  const { device } = await createDevice({ storage, displayName: `${name}'s device` });
  const card = await createContactCard({
    signer: device.signer,
    signerDeviceId: device.deviceId,
    identityKey: device.identityKey,
    displayName: name,
    selfSigningCertificate: device.selfSigningCertificate,
    deviceCertificates: [device.deviceCertificate],
  });
  return {
    name,
    uuid: device.uuid,
    device,
    storage,
    address: deviceAddress(device.uuid, device.deviceId),
    card,
  };
}
