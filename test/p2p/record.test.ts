// Device records for the DHT (spec/p2p.md §7): signed by the device,
// expiring, bound to their key; the newest valid one wins.
import { describe, expect, it } from 'vitest';
import {
  createDeviceRecord,
  createPeerBinding,
  deviceRecordKey,
  deviceSigner,
  issueRevocationList,
  peerIdFromEd25519PublicKey,
  peerIdToString,
  selectDeviceRecord,
  SigningKeyPair,
  verifyDeviceRecord,
} from '../../src/index.js';
import { signedMessageCodec } from '../../src/wire/messages.js';
import { expectNexusErrorSync } from '../helpers.js';
import { makeAccount } from '../identity/fixtures.js';

const T = 1_800_000_000_000;

async function deviceWithRecord(name: string) {
  const a = await makeAccount(name);
  const signer = await deviceSigner(a.keyStore, a.device.signingKeyId);
  const peerId = peerIdFromEd25519PublicKey(SigningKeyPair.generate().publicKey.bytes);
  const device = {
    identityKey: a.identity.publicKey.bytes,
    deviceCertificate: a.device.certificate.bytes,
    selfSigningCertificate: a.selfSigningCertificate.bytes,
    signer,
  };
  const peerBinding = await createPeerBinding({
    signer,
    deviceId: a.device.certificate.deviceId,
    peerId,
    createdAt: T,
  });
  const address = {
    uuid: a.identity.uuid,
    deviceId: Buffer.from(a.device.certificate.deviceId).toString('hex'),
  };
  const record = (createdAt: number, addresses = ['/ip4/198.51.100.4/tcp/4001']) =>
    createDeviceRecord({ device, peerBinding, addresses, createdAt });
  return { a, device, peerId, peerBinding, address, record };
}

describe('device records', () => {
  it('verify under their key: the PeerId, addresses and period', async () => {
    const d = await deviceWithRecord('alice');
    const record = await d.record(T + 1000);
    const key = deviceRecordKey(d.address);
    expect(new TextDecoder().decode(key)).toBe(
      `/nexuslink/${d.address.uuid}/${d.address.deviceId}`,
    );
    const v = verifyDeviceRecord(record, { key, now: T + 2000 });
    expect(v.address).toEqual(d.address);
    expect(v.peerId).toBe(peerIdToString(d.peerId));
    expect(v.addresses).toEqual(['/ip4/198.51.100.4/tcp/4001']);
    expect(v.expiresAt).toBe(T + 1000 + 24 * 3600 * 1000);
    expectNexusErrorSync(() => verifyDeviceRecord(record, { key, now: v.expiresAt }), 'EXPIRED');
  });

  it('under another key, changed, or of a revoked device: refused', async () => {
    const d = await deviceWithRecord('alice');
    const other = await deviceWithRecord('bob');
    const record = await d.record(T);
    expectNexusErrorSync(
      () => verifyDeviceRecord(record, { key: deviceRecordKey(other.address), now: T }),
      'UNKNOWN_ISSUER',
    );
    const signed = signedMessageCodec.decode(record);
    const forged = signedMessageCodec.encode({
      body: signed.body,
      signature: signed.signature.map((b, i) => (i === 0 ? b ^ 1 : b)),
    });
    expectNexusErrorSync(() => verifyDeviceRecord(forged, { now: T }), 'BAD_SIGNATURE');
    // Another device's binding inside this device's record.
    const mixed = await createDeviceRecord({
      device: d.device,
      peerBinding: other.peerBinding,
      addresses: [],
      createdAt: T,
    });
    expect(() => verifyDeviceRecord(mixed, { now: T })).toThrow();
    const list = await issueRevocationList({
      issuer: d.a.selfSigningKey,
      identityKey: d.device.identityKey,
      revoke: [{ deviceId: d.a.device.certificate.deviceId }],
    });
    expectNexusErrorSync(
      () => verifyDeviceRecord(record, { now: T, revocationList: list }),
      'REVOKED',
    );
    await expect(
      createDeviceRecord({
        device: d.device,
        peerBinding: d.peerBinding,
        addresses: Array.from({ length: 9 }, (_, i) => `/ip4/198.51.100.${i}/tcp/1`),
      }),
    ).rejects.toMatchObject({ code: 'INVALID_ARGUMENT' });
  });

  it('selection: the newest record that verifies, whatever else is stored', async () => {
    const d = await deviceWithRecord('alice');
    const key = deviceRecordKey(d.address);
    const older = await d.record(T);
    const newer = await d.record(T + 5000, ['/ip4/198.51.100.9/tcp/4001']);
    const stranger = await (await deviceWithRecord('mallory')).record(T + 9000);
    const garbage = new Uint8Array([1, 2, 3]);
    expect(selectDeviceRecord(key, [older, stranger, newer, garbage], T + 6000)).toBe(2);
    expect(selectDeviceRecord(key, [stranger, garbage], T + 6000)).toBe(-1);
  });
});
