import type { DeviceAddress, ProtocolStores } from '../interfaces/sessions.js';
import { ok } from './harness.js';
import type { TestApi } from './harness.js';

/** How to run {@link protocolStoresComplianceSuite} against one adapter. */
export interface ProtocolStoresComplianceOptions {
  readonly name: string;
  /** Fresh, empty stores. */
  readonly create: () => Promise<ProtocolStores>;
  readonly timeout?: number;
}

const same = (a: Uint8Array | null, b: Uint8Array) =>
  a !== null && a.length === b.length && a.every((x, i) => x === b[i]);

/**
 * The behaviour every implementation of the session stores must have:
 * missing records are `null`, records round-trip byte for byte, keys do not
 * collide, and a returned record is the caller's own copy.
 */
export function protocolStoresComplianceSuite(
  t: TestApi,
  options: ProtocolStoresComplianceOptions,
): void {
  const timeout = options.timeout ?? 30_000;
  const it = (name: string, fn: () => Promise<void>) => t.it(name, fn, timeout);
  const alice: DeviceAddress = { uuid: 'alice-uuid', deviceId: '00'.repeat(16) };
  const alice2: DeviceAddress = { uuid: 'alice-uuid', deviceId: '01'.repeat(16) };
  const bob: DeviceAddress = { uuid: 'bob-uuid', deviceId: '00'.repeat(16) };

  t.describe(`ProtocolStores compliance: ${options.name}`, () => {
    it('sessions: null when missing, round trip, per device, delete', async () => {
      const { sessions } = await options.create();
      ok((await sessions.loadSession(alice)) === null, 'a missing session must be null');
      const r1 = Uint8Array.of(1, 2, 3);
      const r2 = Uint8Array.of(4, 5);
      await sessions.storeSession(alice, r1);
      await sessions.storeSession(alice2, r2);
      ok(
        same(await sessions.loadSession(alice), r1),
        'stored session must load back byte for byte',
      );
      ok(same(await sessions.loadSession(alice2), r2), 'devices of one identity must not collide');
      ok((await sessions.loadSession(bob)) === null, 'identities must not collide');
      await sessions.storeSession(alice, r2);
      ok(same(await sessions.loadSession(alice), r2), 'storing again must replace');
      await sessions.deleteSession(alice);
      ok((await sessions.loadSession(alice)) === null, 'a deleted session must be gone');
      ok(same(await sessions.loadSession(alice2), r2), 'deleting one device must keep the others');
    });

    it('records are copies: changing a loaded or stored array changes nothing stored', async () => {
      const { sessions } = await options.create();
      const record = Uint8Array.of(9, 9, 9);
      await sessions.storeSession(alice, record);
      record[0] = 0;
      const loaded = await sessions.loadSession(alice);
      ok(loaded !== null && loaded[0] === 9, 'the store must keep its own copy');
      loaded[1] = 0;
      ok((await sessions.loadSession(alice))![1] === 9, 'a loaded record must be a copy');
    });

    it('prekeys: per kind and id, remove is idempotent', async () => {
      const { preKeys } = await options.create();
      ok((await preKeys.loadPreKey('signed', 1)) === null, 'a missing prekey must be null');
      await preKeys.storePreKey('signed', 1, Uint8Array.of(1));
      await preKeys.storePreKey('one-time', 1, Uint8Array.of(2));
      await preKeys.storePreKey('kem', 1, Uint8Array.of(3));
      ok(same(await preKeys.loadPreKey('signed', 1), Uint8Array.of(1)), 'signed prekey round trip');
      ok(same(await preKeys.loadPreKey('one-time', 1), Uint8Array.of(2)), 'kinds must not collide');
      ok(same(await preKeys.loadPreKey('kem', 1), Uint8Array.of(3)), 'kem prekey round trip');
      await preKeys.removePreKey('one-time', 1);
      await preKeys.removePreKey('one-time', 1);
      ok((await preKeys.loadPreKey('one-time', 1)) === null, 'a removed prekey must be gone');
      ok(
        (await preKeys.loadPreKey('signed', 1)) !== null,
        'removing one kind must keep the others',
      );
    });

    it('sender keys: per sender and distribution', async () => {
      const { senderKeys } = await options.create();
      const d1 = 'aa'.repeat(16);
      const d2 = 'bb'.repeat(16);
      ok((await senderKeys.loadSenderKey(alice, d1)) === null, 'a missing sender key must be null');
      await senderKeys.storeSenderKey(alice, d1, Uint8Array.of(1));
      await senderKeys.storeSenderKey(alice, d2, Uint8Array.of(2));
      await senderKeys.storeSenderKey(bob, d1, Uint8Array.of(3));
      ok(same(await senderKeys.loadSenderKey(alice, d1), Uint8Array.of(1)), 'round trip');
      ok(
        same(await senderKeys.loadSenderKey(alice, d2), Uint8Array.of(2)),
        'distributions must not collide',
      );
      ok(
        same(await senderKeys.loadSenderKey(bob, d1), Uint8Array.of(3)),
        'senders must not collide',
      );
    });

    it('identities: round trip and replace', async () => {
      const { identities } = await options.create();
      ok((await identities.loadIdentity('x')) === null, 'a missing identity must be null');
      await identities.storeIdentity('x', Uint8Array.of(1));
      await identities.storeIdentity('x', Uint8Array.of(2));
      ok(same(await identities.loadIdentity('x'), Uint8Array.of(2)), 'storing again must replace');
    });
  });
}
