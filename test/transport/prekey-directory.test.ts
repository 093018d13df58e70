// memoryPreKeyDirectory: what a directory must do with one-time ML-KEM
// prekeys (spec/pqxdh.md §Prekey lifecycle): hand each out once, before the
// last-resort key, and never one past the maximum prekey age.
import { describe, expect, it } from 'vitest';
import {
  createKemPreKey,
  createOneTimePreKeys,
  createSignedPreKey,
  deviceAddress,
  NexusError,
  SESSION_LIMITS,
  verifyPreKeyBundle,
} from '../../src/index.js';
import { memoryPreKeyDirectory, memoryProtocolStores } from '../../src/testing/index.js';
import type { LocalDevice, PreKeyUpload } from '../../src/index.js';
import { makePerson } from '../client/fixtures.js';

const DAY = 24 * 3600 * 1000;

/** A device of a new identity, its prekey store, and a clock the test moves. */
async function setup() {
  const person = await makePerson('bob');
  const device = await person.addDevice();
  let now = Date.now();
  const clock = { now: () => now };
  const stores = memoryProtocolStores();
  /** An upload: signed and last-resort KEM keys with `id`, and one-time KEM keys with `kemIds`. */
  const upload = async (
    id: number,
    kemIds: readonly number[],
    oneTime = 0,
  ): Promise<PreKeyUpload> => ({
    deviceCertificate: device.deviceCertificate,
    selfSigningCertificate: device.selfSigningCertificate,
    signedPreKey: await createSignedPreKey(device, stores.preKeys, id, { clock }),
    kemPreKey: await createKemPreKey(device, stores.preKeys, id, { clock, lastResort: true }),
    oneTimePreKeys: await createOneTimePreKeys(stores.preKeys, id, oneTime, { clock }),
    kemOneTimePreKeys: await Promise.all(
      kemIds.map((k) => createKemPreKey(device, stores.preKeys, k, { clock })),
    ),
  });
  return {
    person,
    device,
    address: deviceAddress(device.uuid, device.deviceId),
    clock,
    advance: (ms: number) => void (now += ms),
    upload,
  };
}

/** The KEM prekey a bundle carries. */
function kemOf(bundle: Uint8Array, now: number, device: LocalDevice) {
  const v = verifyPreKeyBundle(bundle, { now, expectedUuid: device.uuid });
  return v.kemPreKey;
}

describe('memoryPreKeyDirectory: one-time KEM prekeys', () => {
  it('hands out each one-time KEM prekey once, before the last-resort one, and counts them', async () => {
    const s = await setup();
    const directory = memoryPreKeyDirectory({ clock: s.clock });
    await directory.publish(await s.upload(1, [2, 3, 4], 2));
    expect(await directory.preKeyCounts(s.address)).toEqual({ oneTime: 2, kemOneTime: 3 });
    const kems = [];
    for (let i = 0; i < 5; i++) {
      const [bundle] = await directory.fetchBundles(s.device.uuid);
      kems.push(kemOf(bundle!, s.clock.now(), s.device));
    }
    expect(kems.map((k) => [k.id, k.lastResort])).toEqual([
      [2, false],
      [3, false],
      [4, false],
      [1, true],
      [1, true],
    ]);
    expect(await directory.preKeyCounts(s.address)).toEqual({ oneTime: 0, kemOneTime: 0 });
    // Published again (a client that did not hear the answer): not handed out a second time.
    await directory.publish(await s.upload(5, [2, 3, 4, 6]));
    expect(await directory.preKeyCounts(s.address)).toEqual({ oneTime: 0, kemOneTime: 1 });
    const [bundle] = await directory.fetchBundles(s.device.uuid);
    expect(kemOf(bundle!, s.clock.now(), s.device)).toMatchObject({ id: 6, lastResort: false });
  });

  it('does not hand out or count a one-time KEM prekey past the maximum prekey age', async () => {
    const s = await setup();
    const directory = memoryPreKeyDirectory({ clock: s.clock });
    await directory.publish(await s.upload(1, [2, 3]));
    s.advance(SESSION_LIMITS.maxPreKeyAgeMs - DAY);
    await directory.publish(await s.upload(10, [11])); // a new signed prekey, one more KEM key
    expect(await directory.preKeyCounts(s.address)).toEqual({ oneTime: 0, kemOneTime: 3 });
    s.advance(2 * DAY); // keys 2 and 3 are now 31 days old
    expect(await directory.preKeyCounts(s.address)).toEqual({ oneTime: 0, kemOneTime: 1 });
    const ids = [];
    for (let i = 0; i < 2; i++) {
      const [bundle] = await directory.fetchBundles(s.device.uuid);
      ids.push(kemOf(bundle!, s.clock.now(), s.device).id);
    }
    expect(ids).toEqual([11, 10]);
  });

  it('refuses uploads that break the rules, and changes nothing', async () => {
    const s = await setup();
    const directory = memoryPreKeyDirectory({ clock: s.clock });
    await directory.publish(await s.upload(1, [2]));
    const refused = async (upload: PreKeyUpload, cause?: string) => {
      const err = await directory.publish(upload).catch((e: unknown) => e);
      expect(NexusError.is(err, 'INVALID_ARGUMENT')).toBe(true);
      if (cause) expect(((err as NexusError).cause as NexusError).code).toBe(cause);
    };
    const ok = await s.upload(20, [21]);
    // a one-time KEM key twice, or with the last-resort key's id
    await refused({
      ...ok,
      kemOneTimePreKeys: [ok.kemOneTimePreKeys[0]!, ok.kemOneTimePreKeys[0]!],
    });
    await refused({ ...(await s.upload(30, [30])) });
    // a one-time KEM key marked last-resort, and a last-resort key that is not
    const lastResort = await s.upload(40, []);
    await refused({ ...ok, kemOneTimePreKeys: [lastResort.kemPreKey] });
    await refused({ ...ok, kemPreKey: ok.kemOneTimePreKeys[0]!, kemOneTimePreKeys: [] });
    // an X25519 key where a KEM key belongs
    await refused({ ...ok, kemOneTimePreKeys: [ok.signedPreKey] }, 'MALFORMED');
    // a one-time KEM key signed by another device
    const other = await setup();
    await refused({ ...ok, kemOneTimePreKeys: (await other.upload(50, [51])).kemOneTimePreKeys });
    // more than a device may hold
    const many = await s.upload(
      60,
      Array.from({ length: 101 }, (_, i) => 61 + i),
    );
    await refused(many);
    expect(await directory.preKeyCounts(s.address)).toEqual({ oneTime: 0, kemOneTime: 1 });
  });

  it('refuses stale keys: a signed or last-resort prekey, or a one-time KEM prekey, 31 days old', async () => {
    const s = await setup();
    const directory = memoryPreKeyDirectory({ clock: s.clock });
    const old = await s.upload(1, [2]);
    s.advance(31 * DAY);
    const err = await directory.publish(old).catch((e: unknown) => e);
    expect(NexusError.is(err, 'INVALID_ARGUMENT')).toBe(true);
    expect(NexusError.is((err as NexusError).cause, 'STALE_PREKEY')).toBe(true);
    const fresh = await s.upload(10, []);
    const mixed = await directory
      .publish({ ...fresh, kemOneTimePreKeys: old.kemOneTimePreKeys })
      .catch((e: unknown) => e);
    expect(NexusError.is((mixed as NexusError).cause, 'STALE_PREKEY')).toBe(true);
    expect(await directory.fetchBundles(s.device.uuid)).toEqual([]);
    await directory.publish(fresh);
    expect(await directory.fetchBundles(s.device.uuid)).toHaveLength(1);
  });
});
