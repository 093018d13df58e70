/**
 * The compliance suite of `PreKeyDirectory`: what every prekey directory
 * does (spec/community.md "Prekeys", spec/p2p.md §4.3, spec/pqxdh.md
 * §Prekey lifecycle), run against the in-memory one, a community server's
 * and the peer-to-peer transport's.
 */
import type { PreKeyDirectory, PreKeyUpload } from '../interfaces/directory.js';
import type { DeviceAddress } from '../interfaces/sessions.js';
import { SigningKeyPair } from '../identity/signing-key.js';
import { uuidFromPublicKey } from '../identity/uuid.js';
import { toHex } from '../primitives/bytes.js';
import {
  createKemPreKey,
  createOneTimePreKeys,
  createSignedPreKey,
  verifyPreKeyBundle,
} from '../ratchet/prekeys.js';
import type { LocalDevice, VerifiedPreKeyBundle } from '../ratchet/prekeys.js';
import { deviceAddress } from '../ratchet/session.js';
import { fail, ok, rejectsWith } from './harness.js';
import type { TestApi } from './harness.js';
import { memoryProtocolStores } from './memory-stores.js';

/** A directory under test, and the device that publishes to it. */
export interface PreKeyDirectoryUnderTest {
  /** The directory `device` publishes its prekeys to and asks its counts of. */
  readonly directory: PreKeyDirectory;
  /** The device whose prekeys the suite makes and publishes (a fresh identity per case). */
  readonly device: LocalDevice;
  /**
   * Where another device fetches `device`'s bundles (default `directory`):
   * for a directory with no server, the other device's side.
   */
  readonly fetcher?: PreKeyDirectory;
  /** Release everything (optional). */
  close?(): Promise<void>;
}

/** How to run {@link preKeyDirectoryComplianceSuite} against one directory. */
export interface PreKeyDirectoryComplianceOptions {
  /** What the cases are reported under. */
  readonly name: string;
  /** A fresh directory (or a fresh device on a shared one): nothing published for it yet. */
  readonly create: () => Promise<PreKeyDirectoryUnderTest>;
  /** Per case, in ms (default 60 s: a case may start two transports or make 120 KEM keys). */
  readonly timeout?: number;
}

/**
 * The behaviour every {@link PreKeyDirectory} must have: a published device
 * gets one bundle per fetch that verifies for its identity; each one-time
 * X25519 and one-time ML-KEM prekey is handed out once, oldest first, the
 * KEM ones before the last-resort KEM prekey (which is never consumed); the
 * counts follow; a new upload replenishes (keys handed out before are not
 * handed out again); a bad upload is refused with a typed error and changes
 * nothing; `exclude` leaves a device out; an identity that published nothing
 * gives no bundle; bad input is `INVALID_ARGUMENT`.
 *
 * @example
 * ```ts
 * preKeyDirectoryComplianceSuite({ describe, it }, {
 *   name: 'my directory',
 *   create: async () => ({ directory: myDirectory(), device: await newDevice() }),
 * });
 * ```
 */
export function preKeyDirectoryComplianceSuite(
  t: TestApi,
  options: PreKeyDirectoryComplianceOptions,
): void {
  const timeout = options.timeout ?? 60_000;
  const it = (name: string, fn: () => Promise<void>) => t.it(name, fn, timeout);
  const withDirectory = async (fn: (d: Subject) => Promise<void>) => {
    const under = await options.create();
    try {
      await fn(subject(under));
    } finally {
      await under.close?.();
    }
  };

  t.describe(`PreKeyDirectory compliance: ${options.name}`, () => {
    it('a published device gets a bundle that verifies, with one-time keys of both kinds', () =>
      withDirectory(async (s) => {
        await s.directory.publish(await s.upload(1, { oneTime: [100], kem: [200] }));
        const [bundle, ...more] = await s.fetch();
        ok(bundle && more.length === 0, 'one bundle per published device');
        ok(bundle.signedPreKey.id === 1, 'the bundle carries the signed prekey published');
        ok(bundle.oneTimePreKey?.id === 100, 'the bundle carries the one-time X25519 prekey');
        ok(
          bundle.kemPreKey.id === 200 && !bundle.kemPreKey.lastResort,
          'the bundle carries the one-time KEM prekey, not the last-resort one',
        );
      }));

    it('hands out each one-time key once, oldest first; then the last-resort KEM key, every time', () =>
      withDirectory(async (s) => {
        await s.directory.publish(await s.upload(1, { oneTime: [100, 101], kem: [200, 201] }));
        const seen: [number | null, number, boolean][] = [];
        for (let i = 0; i < 4; i++) {
          const [b] = await s.fetch();
          if (!b) fail('a published device gets a bundle on every fetch');
          seen.push([b.oneTimePreKey?.id ?? null, b.kemPreKey.id, b.kemPreKey.lastResort]);
        }
        const want = [
          [100, 200, false],
          [101, 201, false],
          [null, 1, true],
          [null, 1, true],
        ];
        ok(
          JSON.stringify(seen) === JSON.stringify(want),
          `one-time keys once each, then the last-resort KEM key: got ${JSON.stringify(seen)}`,
        );
      }));

    it('counts the one-time keys left, and a new upload replenishes them', () =>
      withDirectory(async (s) => {
        await s.directory.publish(await s.upload(1, { oneTime: [100, 101, 102], kem: [200, 201] }));
        await s.counts({ oneTime: 3, kemOneTime: 2 }, 'after the first upload');
        await s.fetch();
        await s.counts({ oneTime: 2, kemOneTime: 1 }, 'after one fetch');
        // Replenished, the keys handed out sent again (a client that did not hear the answer).
        await s.directory.publish(
          await s.upload(2, { oneTime: [100, 103, 104], kem: [200, 202, 203] }),
        );
        await s.counts({ oneTime: 4, kemOneTime: 3 }, 'after replenishing');
        const ids: number[] = [];
        for (let i = 0; i < 4; i++) {
          const [b] = await s.fetch();
          if (b?.oneTimePreKey) ids.push(b.oneTimePreKey.id);
        }
        ok(!ids.includes(100), 'a one-time key handed out before is not handed out again');
        ok(new Set(ids).size === ids.length, 'no one-time key is handed out twice');
        const [b] = await s.fetch();
        ok(b?.signedPreKey.id === 2, 'the new signed prekey replaces the old one');
      }));

    it('refuses a bad upload with a typed error, and changes nothing', () =>
      withDirectory(async (s) => {
        const good = await s.upload(1, { oneTime: [100], kem: [200] });
        await s.directory.publish(good);
        const next = await s.upload(2, { oneTime: [101], kem: [201] });
        const tampered = next.signedPreKey.slice();
        tampered[tampered.length - 1]! ^= 1;
        await rejectsWith(
          () => s.directory.publish({ ...next, signedPreKey: tampered }),
          'INVALID_ARGUMENT',
          'an upload whose signed prekey signature does not verify',
        );
        await rejectsWith(
          () => s.directory.publish({ ...next, kemPreKey: next.kemOneTimePreKeys[0]! }),
          'INVALID_ARGUMENT',
          'an upload whose last-resort KEM prekey is not marked last-resort',
        );
        await rejectsWith(
          () =>
            s.directory.publish({
              ...next,
              kemOneTimePreKeys: [next.kemOneTimePreKeys[0]!, next.kemOneTimePreKeys[0]!],
            }),
          'INVALID_ARGUMENT',
          'an upload with a one-time KEM key id twice',
        );
        await s.counts({ oneTime: 1, kemOneTime: 1 }, 'after refused uploads');
        const [b] = await s.fetch();
        ok(b?.signedPreKey.id === 1, 'a refused upload does not replace the signed prekey');
      }));

    it('refuses more one-time keys than a device may hold', () =>
      withDirectory(async (s) => {
        const range = (from: number, n: number) => Array.from({ length: n }, (_, i) => from + i);
        await s.directory.publish(await s.upload(1, { oneTime: [], kem: range(300, 60) }));
        // 60 more: each upload is within the limit of 100, what the device would hold is not.
        const more = await s.upload(2, { oneTime: [], kem: range(400, 60) });
        await rejectsWith(
          () => s.directory.publish(more),
          'INVALID_ARGUMENT',
          'an upload that leaves the device 120 one-time KEM prekeys',
        );
        await s.counts({ oneTime: 0, kemOneTime: 60 }, 'after a refused upload');
      }));

    it('leaves out excluded devices, and gives nothing for an identity that published nothing', () =>
      withDirectory(async (s) => {
        await s.directory.publish(await s.upload(1, { oneTime: [100], kem: [] }));
        ok(
          (await s.fetcher.fetchBundles(s.address.uuid, { exclude: [s.address.deviceId] }))
            .length === 0,
          'an excluded device gets no bundle',
        );
        await s.counts({ oneTime: 1, kemOneTime: 0 }, 'after a fetch that excluded the device');
        const other = await s.otherUuid();
        ok(
          (await s.fetcher.fetchBundles(other)).length === 0,
          'an identity that published nothing gives no bundle',
        );
      }));

    it('refuses bad input with INVALID_ARGUMENT', () =>
      withDirectory(async (s) => {
        await rejectsWith(
          () => s.fetcher.fetchBundles(42 as unknown as string),
          'INVALID_ARGUMENT',
          'fetchBundles of a number',
        );
        await rejectsWith(
          () => s.directory.preKeyCounts({ uuid: 'x' } as unknown as DeviceAddress),
          'INVALID_ARGUMENT',
          'preKeyCounts of a malformed address',
        );
        await rejectsWith(
          () => s.directory.publish(null as unknown as PreKeyUpload),
          'INVALID_ARGUMENT',
          'publish of null',
        );
        await rejectsWith(
          () => s.directory.publish({ deviceCertificate: 'x' } as unknown as PreKeyUpload),
          'INVALID_ARGUMENT',
          'publish of an upload with a string for bytes',
        );
      }));
  });
}

interface Subject {
  readonly directory: PreKeyDirectory;
  readonly fetcher: PreKeyDirectory;
  readonly address: DeviceAddress;
  /** An upload of the device: signed and last-resort KEM keys with `id`, and the one-time keys named. */
  upload(
    id: number,
    keys: { readonly oneTime: readonly number[]; readonly kem: readonly number[] },
  ): Promise<PreKeyUpload>;
  /** The device's bundles, fetched and verified. */
  fetch(): Promise<VerifiedPreKeyBundle[]>;
  /** Fail unless the counts are `want`. */
  counts(want: { oneTime: number; kemOneTime: number }, when: string): Promise<void>;
  /** The UUID of an identity with no device published (another one's). */
  otherUuid(): Promise<string>;
}

function subject(under: PreKeyDirectoryUnderTest): Subject {
  const { device, directory } = under;
  const fetcher = under.fetcher ?? directory;
  const stores = memoryProtocolStores();
  const address = deviceAddress(device.uuid, device.deviceId);
  return {
    directory,
    fetcher,
    address,
    async upload(id, keys) {
      const oneTime: Uint8Array[] = [];
      for (const k of keys.oneTime)
        oneTime.push(...(await createOneTimePreKeys(stores.preKeys, k, 1)));
      const kem: Uint8Array[] = [];
      for (const k of keys.kem) kem.push(await createKemPreKey(device, stores.preKeys, k));
      return {
        deviceCertificate: device.deviceCertificate,
        selfSigningCertificate: device.selfSigningCertificate,
        signedPreKey: await createSignedPreKey(device, stores.preKeys, id),
        kemPreKey: await createKemPreKey(device, stores.preKeys, id, { lastResort: true }),
        oneTimePreKeys: oneTime,
        kemOneTimePreKeys: kem,
      };
    },
    async fetch() {
      const bundles = await fetcher.fetchBundles(device.uuid);
      return bundles.map((b) => {
        const v = verifyPreKeyBundle(b, { expectedUuid: device.uuid });
        ok(toHex(v.device.deviceId) === address.deviceId, 'a bundle of another device came back');
        return v;
      });
    },
    async counts(want, when) {
      const got = await directory.preKeyCounts(address);
      ok(
        got.oneTime === want.oneTime && got.kemOneTime === want.kemOneTime,
        `counts ${when}: expected ${JSON.stringify(want)}, got ${JSON.stringify(got)}`,
      );
    },
    async otherUuid() {
      // The UUID of an identity key nobody has used.
      return uuidFromPublicKey(SigningKeyPair.generate().publicKey.bytes);
    },
  };
}
