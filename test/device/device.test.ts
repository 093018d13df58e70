// A device in one call, saved in the app's storage and loaded again after a
// restart (spec/client.md §4.1): created, recovered from the recovery phrase,
// kept in a hardware-style key store the app provides, and refused or
// reported clearly when the storage says otherwise.
import { mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { inspect } from 'node:util';
import { afterEach, describe, expect, it } from 'vitest';
import { nexusErrorOf } from '../helpers.js';
import {
  createDevice,
  createStorageKey,
  decodeDeviceCertificate,
  decodeSelfSigningCertificate,
  establishSession,
  encryptMessage,
  decryptMessage,
  createPreKeyBundle,
  createSignedPreKey,
  createKemPreKey,
  loadDevice,
  memoryStorage,
  NexusError,
  softwareKeyStore,
  storageProtocolStores,
} from '../../src/index.js';
import type { LocalDevice, SoftwareKeyRecord, Storage } from '../../src/index.js';
import { sqliteStorage } from '../../src/node.js';
import { toHex } from '../../src/primitives/bytes.js';
import { localDeviceRecordCodec } from '../../src/wire/messages.js';

const dirs: string[] = [];
afterEach(() => {
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});

/** Bob's bundle, made by `device` with prekeys in `storage`. */
async function bundleOf(device: LocalDevice, storage: Storage): Promise<Uint8Array> {
  const stores = storageProtocolStores(storage);
  const signedPreKey = await createSignedPreKey(device, stores.preKeys, 1);
  const kemPreKey = await createKemPreKey(device, stores.preKeys, 1, { lastResort: true });
  return createPreKeyBundle({ device, signedPreKey, kemPreKey });
}

/** A message from `from` to `to` and back: both devices work. */
async function talk(from: LocalDevice, fromStorage: Storage, to: LocalDevice, toStorage: Storage) {
  const a = storageProtocolStores(fromStorage);
  const b = storageProtocolStores(toStorage);
  const address = await establishSession(from, await bundleOf(to, toStorage), { stores: a });
  const envelope = await encryptMessage(from, address, new TextEncoder().encode('hi'), {
    stores: a,
  });
  const got = await decryptMessage(to, envelope, { stores: b });
  expect(new TextDecoder().decode(got.plaintext)).toBe('hi');
}

describe('createDevice and loadDevice', () => {
  it('make an identity and a device, and load the same device again from the storage', async () => {
    const storage = memoryStorage();
    const { device, mnemonic } = await createDevice({ storage, displayName: 'laptop' });
    expect(mnemonic!.split(' ')).toHaveLength(24);
    const again = await loadDevice({ storage });
    expect(again.uuid).toBe(device.uuid);
    expect(toHex(again.deviceId)).toBe(toHex(device.deviceId));
    expect(again.keyAgreementKey.publicKey).toEqual(device.keyAgreementKey.publicKey);
    expect(again.signer.publicKey).toEqual(device.signer.publicKey);
    expect(decodeDeviceCertificate(again.deviceCertificate).displayName).toBe('laptop');
    // The loaded device signs and talks.
    const bob = memoryStorage();
    const { device: bobDevice } = await createDevice({ storage: bob, displayName: 'bob' });
    await talk(again, storage, bobDevice, bob);
  });

  it('survives a restart on SQLite, and the file holds none of its secrets in the clear', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'nexuslink-device-'));
    dirs.push(dir);
    const key = createStorageKey();
    const path = join(dir, 'device.db');
    let storage = await sqliteStorage({ path, key });
    const { device } = await createDevice({ storage, displayName: 'bot' });
    const record = localDeviceRecordCodec.decode(
      (await storage.read((tx) => tx.get('local', 'device')))!,
    );
    await storage.close();
    // Nothing of the record's secrets is anywhere in the files on disk.
    const secrets = [record.keyAgreementSecret, record.signingKeySecret, record.selfSigningSecret];
    for (const file of readdirSync(dir)) {
      const bytes = readFileSync(join(dir, file));
      for (const secret of secrets) expect(bytes.indexOf(Buffer.from(secret))).toBe(-1);
    }
    storage = await sqliteStorage({ path, key });
    const loaded = await loadDevice({ storage });
    expect(loaded.uuid).toBe(device.uuid);
    expect(toHex(loaded.deviceId)).toBe(toHex(device.deviceId));
    const peer = memoryStorage();
    const { device: peerDevice } = await createDevice({ storage: peer, displayName: 'peer' });
    await talk(peerDevice, peer, loaded, storage);
    await storage.close();
  });

  it('recovers from the recovery phrase: the same identity, a new device and a new self-signing key', async () => {
    const first = memoryStorage();
    const { device, mnemonic } = await createDevice({ storage: first, displayName: 'old phone' });
    const second = memoryStorage();
    const recovered = await createDevice({
      storage: second,
      displayName: 'new phone',
      mnemonic: mnemonic!,
    });
    expect(recovered.mnemonic).toBeNull();
    expect(recovered.device.uuid).toBe(device.uuid);
    expect(toHex(recovered.device.deviceId)).not.toBe(toHex(device.deviceId));
    const oldSsk = decodeSelfSigningCertificate(device.selfSigningCertificate);
    const newSsk = decodeSelfSigningCertificate(recovered.device.selfSigningCertificate);
    expect(newSsk.signingKey).not.toEqual(oldSsk.signingKey);
    expect((await loadDevice({ storage: second })).uuid).toBe(device.uuid);
    // A phrase with a wrong word is INVALID_MNEMONIC, and nothing is saved.
    const third = memoryStorage();
    const words = mnemonic!.split(' ');
    words[0] = words[0] === 'abandon' ? 'ability' : 'abandon';
    const err = await nexusErrorOf(() =>
      createDevice({ storage: third, displayName: 'x', mnemonic: words.join(' ') }),
    );
    expect(err.code).toBe('INVALID_MNEMONIC');
    expect((await nexusErrorOf(() => loadDevice({ storage: third }))).code).toBe('NOT_FOUND');
  });

  it('keeps the signing key in the key store the app gives (hardware), which loading needs again', async () => {
    let kept: SoftwareKeyRecord[] = [];
    const keyStore = softwareKeyStore({ onChange: (keys) => void (kept = keys) });
    const storage = memoryStorage();
    const { device } = await createDevice({ storage, displayName: 'token', keyStore });
    const record = localDeviceRecordCodec.decode(
      (await storage.read((tx) => tx.get('local', 'device')))!,
    );
    // Only the key's id is in the record; the key stays in its store.
    expect(record.signingKeySecret).toHaveLength(0);
    expect(kept.map((k) => k.id)).toEqual([record.signingKeyId]);
    const err = await nexusErrorOf(() => loadDevice({ storage }));
    expect(err.code).toBe('INVALID_ARGUMENT');
    expect(err.message).toContain('pass it as keyStore');
    const loaded = await loadDevice({ storage, keyStore });
    expect(loaded.signer.publicKey).toEqual(device.signer.publicKey);
    // A key store without the key: KEY_NOT_FOUND.
    expect(
      (await nexusErrorOf(() => loadDevice({ storage, keyStore: softwareKeyStore() }))).code,
    ).toBe('KEY_NOT_FOUND');
  });

  it('keeps the self-signing key only when asked (default yes)', async () => {
    const kept = memoryStorage();
    await createDevice({ storage: kept, displayName: 'a' });
    const without = memoryStorage();
    await createDevice({ storage: without, displayName: 'b', keepSelfSigningKey: false });
    const secretOf = async (s: Storage) =>
      localDeviceRecordCodec.decode((await s.read((tx) => tx.get('local', 'device')))!)
        .selfSigningSecret;
    expect(await secretOf(kept)).toHaveLength(32);
    expect(await secretOf(without)).toHaveLength(0);
  });

  it('refuses a second device in the same storage, naming the one there, and changes nothing', async () => {
    const storage = memoryStorage();
    const { device } = await createDevice({ storage, displayName: 'one' });
    const before = await storage.read((tx) => tx.get('local', 'device'));
    const err = await nexusErrorOf(() => createDevice({ storage, displayName: 'two' }));
    expect(err.code).toBe('INVALID_ARGUMENT');
    expect(err.message).toContain(device.uuid);
    expect(err.message).toContain('loadDevice');
    expect(await storage.read((tx) => tx.get('local', 'device'))).toEqual(before);
  });

  it('an empty storage, a damaged record and wrong arguments are typed errors', async () => {
    expect((await nexusErrorOf(() => loadDevice({ storage: memoryStorage() }))).code).toBe(
      'NOT_FOUND',
    );
    const storage = memoryStorage();
    await createDevice({ storage, displayName: 'x' });
    const good = (await storage.read((tx) => tx.get('local', 'device')))!;
    const damaged = good.slice(0, good.length - 3);
    await storage.write((tx) => tx.put('local', 'device', damaged));
    expect((await nexusErrorOf(() => loadDevice({ storage }))).code).toBe('MALFORMED');
    expect(
      (await nexusErrorOf(() => createDevice({ storage: {} as Storage, displayName: 'x' }))).code,
    ).toBe('INVALID_ARGUMENT');
    expect(
      (await nexusErrorOf(() => createDevice({ storage: memoryStorage(), displayName: '' }))).code,
    ).toBe('INVALID_ARGUMENT');
  });

  it('a failed save leaves no key behind in the app key store', async () => {
    let kept: unknown[] = [];
    const keyStore = softwareKeyStore({ onChange: (keys) => void (kept = keys) });
    const storage = memoryStorage();
    const failing: Storage = {
      adapter: 'failing',
      read: (fn) => storage.read(fn),
      write: async () => {
        throw new NexusError('STORAGE', 'disk full');
      },
      close: () => storage.close(),
    };
    const err = await nexusErrorOf(() =>
      createDevice({ storage: failing, displayName: 'x', keyStore }),
    );
    expect(err.code).toBe('STORAGE');
    expect(kept).toEqual([]);
    expect(await keyStore.listKeys()).toEqual([]);
  });

  it('what it returns prints no secret', async () => {
    const storage = memoryStorage();
    const { device } = await createDevice({ storage, displayName: 'x' });
    const record = localDeviceRecordCodec.decode(
      (await storage.read((tx) => tx.get('local', 'device')))!,
    );
    const printed =
      inspect(await loadDevice({ storage }), { depth: 10 }) + inspect(device, { depth: 10 });
    for (const secret of [
      record.keyAgreementSecret,
      record.signingKeySecret,
      record.selfSigningSecret,
    ])
      expect(printed).not.toContain(toHex(secret));
    expect(JSON.stringify(device)).not.toContain(toHex(record.keyAgreementSecret));
  });
});
