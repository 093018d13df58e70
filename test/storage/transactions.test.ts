// A ratchet step and the message it consumed commit together or not at all.
import { describe, expect, it } from 'vitest';
import {
  decryptMessage,
  deviceAddress,
  encryptMessage,
  establishSession,
  memoryStorage,
  NexusError,
  transactionStores,
} from '../../src/index.js';
import type { Storage } from '../../src/index.js';
import { makeParty, testClock } from '../ratchet/fixtures.js';

const text = (s: string) => new TextEncoder().encode(s);

async function bobOnStorage() {
  const clock = testClock();
  const alice = await makeParty('alice', clock);
  const bob = await makeParty('bob', clock);
  const bundle = await bob.bundle(); // one-time prekey 1, KEM prekey 1
  const storage = memoryStorage();
  // Bob's prekeys move into his storage.
  await storage.write(async (tx) => {
    const stores = transactionStores(tx);
    for (const [kind, id] of [
      ['signed', 1],
      ['kem', 1000],
      ['one-time', 1],
      ['kem', 1],
    ] as const) {
      const record = await bob.ctx.stores.preKeys.loadPreKey(kind, id);
      expect(record, `${kind} ${id}`).not.toBeNull();
      await stores.preKeys.storePreKey(kind, id, record!);
    }
  });
  const bobAddress = await establishSession(alice.device, bundle, alice.ctx);
  return { clock, alice, bob, storage, bobAddress };
}

/** Bob receives `envelope` and stores the message in one transaction; `crash` throws before commit. */
const receive = (
  storage: Storage,
  bob: Awaited<ReturnType<typeof bobOnStorage>>['bob'],
  clock: ReturnType<typeof testClock>,
  envelope: Uint8Array,
  key: string,
  crash = false,
) =>
  storage.write(async (tx) => {
    const received = await decryptMessage(bob.device, envelope, {
      stores: transactionStores(tx),
      clock,
    });
    await tx.put('messages', key, received.plaintext);
    if (crash) throw new Error('crash before the commit');
    return received;
  });

describe('storage transactions around the ratchet', () => {
  it('a crash between decrypt and commit loses nothing: the retry decrypts and consumes the prekey once', async () => {
    const { clock, alice, bob, storage, bobAddress } = await bobOnStorage();
    const first = await encryptMessage(alice.device, bobAddress, text('one'), alice.ctx);
    const second = await encryptMessage(alice.device, bobAddress, text('two'), alice.ctx);
    const aliceAddress = deviceAddress(alice.device.uuid, alice.device.deviceId);

    await expect(receive(storage, bob, clock, first, 'c/1', true)).rejects.toThrow('crash');
    await storage.read(async (tx) => {
      expect(await tx.get('messages', 'c/1')).toBeNull();
      expect(await tx.list('sessions')).toEqual([]);
      expect(await tx.get('prekeys', 'one-time/1')).not.toBeNull();
    });

    const received = await receive(storage, bob, clock, first, 'c/1');
    expect(new TextDecoder().decode(received.plaintext)).toBe('one');
    expect(received.sender).toEqual(aliceAddress);
    await storage.read(async (tx) => {
      expect(new TextDecoder().decode((await tx.get('messages', 'c/1'))!)).toBe('one');
      expect((await tx.list('sessions')).map((e) => e.key)).toEqual([
        `${aliceAddress.uuid}/${aliceAddress.deviceId}`,
      ]);
      expect(await tx.get('prekeys', 'one-time/1')).toBeNull();
    });

    // The same envelope again: refused, and the transaction changes nothing.
    const before = await storage.read((tx) => tx.list('sessions'));
    const replay = await receive(storage, bob, clock, first, 'c/1-again').catch((e: unknown) => e);
    expect(NexusError.is(replay, 'DUPLICATE_MESSAGE')).toBe(true);
    expect(await storage.read((tx) => tx.get('messages', 'c/1-again'))).toBeNull();
    expect(await storage.read((tx) => tx.list('sessions'))).toEqual(before);

    // A crash on the second message, then the retry: delivered exactly once.
    await expect(receive(storage, bob, clock, second, 'c/2', true)).rejects.toThrow('crash');
    const two = await receive(storage, bob, clock, second, 'c/2');
    expect(new TextDecoder().decode(two.plaintext)).toBe('two');
    const again = await receive(storage, bob, clock, second, 'c/2-again').catch((e: unknown) => e);
    expect(NexusError.is(again, 'DUPLICATE_MESSAGE')).toBe(true);
    expect((await storage.read((tx) => tx.list('messages'))).map((e) => e.key)).toEqual([
      'c/1',
      'c/2',
    ]);
  });
});
