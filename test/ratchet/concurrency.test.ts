import { describe, expect, it } from 'vitest';
import { NexusError } from '../../src/index.js';
import {
  decryptMessage,
  deviceAddress,
  encryptMessage,
  establishSession,
} from '../../src/ratchet/session.js';
import {
  createSenderKeyDistribution,
  groupDecrypt,
  groupEncrypt,
} from '../../src/ratchet/sender-keys.js';
import { exportSessionSnapshot, importSessionSnapshot } from '../../src/ratchet/snapshot.js';
import { envelopeCodec, ratchetHeaderCodec, ratchetMessageCodec } from '../../src/wire/messages.js';
import { deliverDistribution, makeParty, testClock } from './fixtures.js';
import type { Party } from './fixtures.js';

const te = new TextEncoder();
const td = new TextDecoder();
const addr = (p: Party) => deviceAddress(p.device.uuid, p.device.deviceId);

/** A store whose writes take a while, as an async database's would. */
function slowWrites(p: Party): void {
  const store = p.ctx.stores.sessions;
  const write = store.storeSession.bind(store);
  store.storeSession = async (a, r) => {
    await new Promise((resolve) => setTimeout(resolve, 5));
    await write(a, r);
  };
}

async function pair() {
  const clock = testClock();
  const alice = await makeParty('alice', clock);
  const bob = await makeParty('bob', clock);
  await establishSession(alice.device, await bob.bundle(), alice.ctx);
  await decryptMessage(
    bob.device,
    await encryptMessage(alice.device, addr(bob), te.encode('init'), alice.ctx),
    bob.ctx,
  );
  await decryptMessage(
    alice.device,
    await encryptMessage(bob.device, addr(alice), te.encode('ack'), bob.ctx),
    alice.ctx,
  );
  return { alice, bob };
}

describe('overlapping calls on one session (regression: review finding)', () => {
  it('concurrent encrypts never reuse a message key', async () => {
    const { alice, bob } = await pair();
    slowWrites(alice);
    const envelopes = await Promise.all(
      Array.from({ length: 8 }, (_, i) =>
        encryptMessage(alice.device, addr(bob), te.encode(`m${i}`), alice.ctx),
      ),
    );
    const numbers = envelopes.map(
      (e) =>
        ratchetHeaderCodec.decode(
          ratchetMessageCodec.decode(envelopeCodec.decode(e).content).header,
        ).messageNumber,
    );
    expect(new Set(numbers).size).toBe(8);
    for (let i = 0; i < 8; i++)
      expect(td.decode((await decryptMessage(bob.device, envelopes[i]!, bob.ctx)).plaintext)).toBe(
        `m${i}`,
      );
  });

  it('concurrent decrypts of one message: exactly one succeeds, the replay is a duplicate', async () => {
    const { alice, bob } = await pair();
    slowWrites(bob);
    const env = await encryptMessage(alice.device, addr(bob), te.encode('once'), alice.ctx);
    const results = await Promise.allSettled([
      decryptMessage(bob.device, env, bob.ctx),
      decryptMessage(bob.device, env, bob.ctx),
    ]);
    expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(1);
    const rejected = results.find((r) => r.status === 'rejected') as PromiseRejectedResult;
    expect(NexusError.is(rejected.reason, 'DUPLICATE_MESSAGE')).toBe(true);
  });

  it('concurrent group encrypts use distinct iterations', async () => {
    const { alice, bob } = await pair();
    const group = new Uint8Array(16).fill(5);
    await deliverDistribution(
      alice,
      bob,
      await createSenderKeyDistribution(alice.device, group, alice.ctx),
    );
    const envelopes = await Promise.all(
      Array.from({ length: 6 }, (_, i) =>
        groupEncrypt(alice.device, group, te.encode(`g${i}`), alice.ctx),
      ),
    );
    for (let i = 0; i < 6; i++)
      expect(td.decode((await groupDecrypt(envelopes[i]!, bob.ctx)).plaintext)).toBe(`g${i}`);
  });
});

describe('restored snapshots never reuse sending keys (regression: review finding)', () => {
  it('a restored state cannot send until its next DH ratchet step', async () => {
    const { alice, bob } = await pair();
    const key = new Uint8Array(32).fill(4);
    const snapshot = await exportSessionSnapshot(addr(alice), key, bob.ctx);
    await decryptMessage(
      alice.device,
      await encryptMessage(
        bob.device,
        addr(alice),
        te.encode('sent with the key the snapshot would reuse'),
        bob.ctx,
      ),
      alice.ctx,
    );
    // The device lost its session and restores the older snapshot.
    await bob.ctx.stores.sessions.deleteSession(addr(alice));
    await importSessionSnapshot(addr(alice), snapshot, key, bob.ctx);
    await expect(
      encryptMessage(bob.device, addr(alice), te.encode('would reuse a key'), bob.ctx),
    ).rejects.toSatisfy((e: unknown) => NexusError.is(e, 'NO_SESSION'));
    // Alice's next message carries a new ratchet key: Bob's restored state ratchets and can send again.
    await decryptMessage(
      bob.device,
      await encryptMessage(alice.device, addr(bob), te.encode('new step'), alice.ctx),
      bob.ctx,
    );
    expect(
      td.decode(
        (
          await decryptMessage(
            alice.device,
            await encryptMessage(bob.device, addr(alice), te.encode('fresh'), bob.ctx),
            alice.ctx,
          )
        ).plaintext,
      ),
    ).toBe('fresh');
  });
});

describe('replayed initial messages (regression: review finding)', () => {
  it('are refused even after their session was archived away (no one-time prekey, last-resort KEM key)', async () => {
    const clock = testClock();
    const alice = await makeParty('alice', clock);
    const bob = await makeParty('bob', clock);
    const bundle = await bob.bundle({ oneTime: false, lastResort: true });
    await establishSession(alice.device, bundle, alice.ctx);
    const first = await encryptMessage(alice.device, addr(bob), te.encode('first'), alice.ctx);
    await decryptMessage(bob.device, first, bob.ctx);
    // Eleven newer sessions push the first one out of Bob's archive (10 kept).
    for (let i = 0; i < 11; i++) {
      await establishSession(alice.device, bundle, alice.ctx);
      await decryptMessage(
        bob.device,
        await encryptMessage(alice.device, addr(bob), te.encode(`s${i}`), alice.ctx),
        bob.ctx,
      );
    }
    await expect(decryptMessage(bob.device, first, bob.ctx)).rejects.toSatisfy((e: unknown) =>
      NexusError.is(e, 'DUPLICATE_MESSAGE'),
    );
  });
});
