// What the p2pTransport tests share: a device with what a restart keeps, and
// an address book the transports publish themselves in.
import { deviceSigner, memoryStorage } from '../../src/index.js';
import type { DeviceAddress } from '../../src/index.js';
import type { P2PPeerInfo, P2PTransport } from '../../src/p2p/index.js';
import { makeAccount } from '../identity/fixtures.js';

/** A device and what a restart keeps: its transport key and storage. */
export async function device(name: string) {
  const a = await makeAccount(name);
  return {
    account: a,
    transportKey: crypto.getRandomValues(new Uint8Array(32)),
    storage: memoryStorage(),
    local: {
      identityKey: a.identity.publicKey.bytes,
      deviceId: a.device.certificate.deviceId,
      deviceCertificate: a.device.certificate.bytes,
      selfSigningCertificate: a.selfSigningCertificate.bytes,
      signer: await deviceSigner(a.keyStore, a.device.signingKeyId),
    },
  };
}

/** An address book the transports publish themselves in (what discovery does in an app). */
export function addressBook() {
  const book = new Map<string, P2PPeerInfo>();
  const key = (a: DeviceAddress) => `${a.uuid}/${a.deviceId}`;
  return {
    resolve: async (a: DeviceAddress) => book.get(key(a)) ?? null,
    publish(t: P2PTransport) {
      book.set(key(t.address), { peerId: t.peerId, addresses: t.addresses });
    },
    set(a: DeviceAddress, info: P2PPeerInfo) {
      book.set(key(a), info);
    },
  };
}

/** Poll `check` every 20 ms until it holds, or fail after `ms`. */
export async function waitFor(check: () => boolean | Promise<boolean>, ms: number, what: string) {
  const end = Date.now() + ms;
  while (!(await check())) {
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 20));
  }
}
