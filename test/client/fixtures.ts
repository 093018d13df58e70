import {
  certifyNewDevice,
  createClient,
  deviceAddress,
  createContactCard,
  createIdentity,
  deviceSigner,
  issueSelfSigningCertificate,
  localDevice,
  memoryStorage,
  SigningKeyPair,
  softwareKeyStore,
} from '../../src/index.js';
import type {
  ClientEvent,
  ClientOptions,
  LocalDevice,
  NexusClient,
  PreKeyDirectory,
  SoftwareKeyStoreOptions,
  Storage,
} from '../../src/index.js';
import type { MemoryNetwork } from '../../src/testing/index.js';

/** An identity that can certify devices and make contact cards. */
export async function makePerson(name: string) {
  const { identity } = createIdentity();
  const selfSigningKey = SigningKeyPair.generate();
  const selfSigningCertificate = await issueSelfSigningCertificate({
    identity,
    signingKey: selfSigningKey.publicKey,
  });
  const devices: LocalDevice[] = [];
  const keyAgreementSecrets: Uint8Array[] = [];
  const signingKeyIds: string[] = [];
  return {
    name,
    identity,
    uuid: identity.uuid,
    selfSigningKey,
    selfSigningCertificate,
    devices,
    /** Per device: its X25519 secret and signing key id (for child processes). */
    keyAgreementSecrets,
    signingKeyIds,
    /** Certify a new device of this identity. */
    async addDevice(
      deviceName = `${name} ${devices.length + 1}`,
      keyStoreOptions: SoftwareKeyStoreOptions = {},
    ): Promise<LocalDevice> {
      const keyStore = softwareKeyStore(keyStoreOptions);
      const nd = await certifyNewDevice({
        keyStore,
        selfSigningKey,
        identityKey: identity.publicKey.bytes,
        displayName: deviceName,
      });
      const device = localDevice({
        deviceCertificate: nd.certificate.bytes,
        selfSigningCertificate: selfSigningCertificate.bytes,
        keyAgreementKey: nd.keyAgreementKey,
        signer: await deviceSigner(keyStore, nd.signingKeyId),
      });
      devices.push(device);
      keyAgreementSecrets.push(nd.keyAgreementKey.exportSecret());
      signingKeyIds.push(nd.signingKeyId);
      return device;
    },
    /** A contact card listing every device so far, signed by the first. */
    async card(): Promise<Uint8Array> {
      const first = devices[0]!;
      return createContactCard({
        signer: first.signer,
        signerDeviceId: first.deviceId,
        identityKey: identity.publicKey.bytes,
        displayName: name,
        selfSigningCertificate: selfSigningCertificate.bytes,
        deviceCertificates: devices.map((d) => d.deviceCertificate),
      });
    },
  };
}
export type Person = Awaited<ReturnType<typeof makePerson>>;

/** A client for `device` on the network and directory, with its own memory storage unless given. */
export async function startClient(
  network: MemoryNetwork,
  directory: PreKeyDirectory,
  device: LocalDevice,
  options: Partial<ClientOptions> & { storage?: Storage } = {},
) {
  const storage = options.storage ?? memoryStorage();
  const transports = options.transports ?? [
    network.transport(deviceAddress(device.uuid, device.deviceId)),
  ];
  const client = await createClient({
    device,
    storage,
    transports,
    directory,
    deviceRefreshIntervalMs: 0,
    retry: { initialMs: 5, maxMs: 50 },
    ...options,
    start: false,
  });
  const events: ClientEvent[] = [];
  client.on('*', (e) => events.push(e));
  await client.start();
  // Let the first prekeys reach the directory.
  await client.publishPreKeys();
  return { client, storage, events, address: deviceAddress(device.uuid, device.deviceId) };
}

/** Wait until `predicate` holds (polling), or fail after `ms`. */
export async function until(
  predicate: () => boolean | Promise<boolean>,
  ms = 10_000,
  what = 'condition',
): Promise<void> {
  const deadline = Date.now() + ms;
  while (!(await predicate())) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 5));
  }
}

/** The message events of `events`, as text. */
export function texts(events: readonly ClientEvent[]): string[] {
  return events.flatMap((e) =>
    e.type === 'message' && e.message.content.kind === 'text' ? [e.message.content.text] : [],
  );
}

export type Started = Awaited<ReturnType<typeof startClient>>;
export type { NexusClient };
