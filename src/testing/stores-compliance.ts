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
 * collide, a returned record is the caller's own copy, session entries list
 * by prefix and go with their session, and last-resort KEM prekey uses are
 * remembered until the KEM prekey goes.
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

    it('session entries: per device and name, listed by prefix, deleted with the session', async () => {
      const { sessions } = await options.create();
      const k1 = Uint8Array.of(1);
      const k2 = Uint8Array.of(2);
      ok((await sessions.loadSessionEntry(alice, 'mk.1.1.0')) === null, 'a missing entry is null');
      await sessions.storeSession(alice, Uint8Array.of(7));
      await sessions.storeSessionEntries(
        alice,
        new Map([
          ['mk.1.1.0', k1],
          ['mk.1.1.1', k2],
          ['state.2', k2],
        ]),
      );
      await sessions.storeSessionEntries(alice2, new Map([['mk.1.1.0', k2]]));
      ok(same(await sessions.loadSessionEntry(alice, 'mk.1.1.0'), k1), 'an entry round-trips');
      ok(same(await sessions.loadSessionEntry(alice2, 'mk.1.1.0'), k2), 'devices must not collide');
      const listed = await sessions.listSessionEntries(alice, 'mk.');
      ok(
        listed.length === 2 && listed[0] === 'mk.1.1.0' && listed[1] === 'mk.1.1.1',
        'entries list by prefix, in ascending order',
      );
      ok((await sessions.listSessionEntries(alice, '')).length === 3, 'an empty prefix lists all');
      await sessions.storeSessionEntries(alice, new Map([['mk.1.1.0', null]]));
      ok((await sessions.loadSessionEntry(alice, 'mk.1.1.0')) === null, 'null deletes an entry');
      ok(same(await sessions.loadSession(alice), Uint8Array.of(7)), 'entries are not the record');
      await sessions.deleteSession(alice);
      ok(
        (await sessions.listSessionEntries(alice, '')).length === 0,
        'deleting a session deletes its entries',
      );
      ok(
        same(await sessions.loadSessionEntry(alice2, 'mk.1.1.0'), k2),
        'deleting one device keeps the others’ entries',
      );
    });

    it('prekeys: last-resort KEM prekey uses are remembered until the KEM prekey is removed', async () => {
      const { preKeys } = await options.create();
      const base = new Uint8Array(32).fill(5);
      const other = new Uint8Array(32).fill(6);
      await preKeys.storePreKey('kem', 9, Uint8Array.of(3));
      ok(!(await preKeys.isKemPreKeyUsed(9, 1, base)), 'an unmarked use is not used');
      await preKeys.markKemPreKeyUsed(9, 1, base);
      ok(await preKeys.isKemPreKeyUsed(9, 1, base), 'a marked use is used');
      ok(!(await preKeys.isKemPreKeyUsed(9, 1, other)), 'base keys must not collide');
      ok(!(await preKeys.isKemPreKeyUsed(9, 2, base)), 'signed prekey ids must not collide');
      ok(!(await preKeys.isKemPreKeyUsed(8, 1, base)), 'KEM prekey ids must not collide');
      await preKeys.removePreKey('kem', 9);
      ok(!(await preKeys.isKemPreKeyUsed(9, 1, base)), 'removing the KEM prekey forgets its uses');
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
