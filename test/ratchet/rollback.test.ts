// Issue 13, item 1: a device whose stores are restored from an older copy
// (a backup, a VM snapshot, a crash after sending but before storing) sends
// again with message keys it already used. No (key, nonce) may encrypt two
// plaintexts, and the receiver reports the rollback instead of dropping it.
import { describe, expect, it } from 'vitest';
import type { RandomSource } from '../../src/interfaces/runtime.js';
import { decryptMessage, encryptMessage, establishSession } from '../../src/ratchet/session.js';
import {
  createSenderKeyDistribution,
  groupDecrypt,
  groupEncrypt,
} from '../../src/ratchet/sender-keys.js';
import {
  envelopeCodec,
  ratchetHeaderCodec,
  ratchetMessageCodec,
  senderKeyMessageBodyCodec,
  signedMessageCodec,
} from '../../src/wire/messages.js';
import { sha256 } from '@noble/hashes/sha2.js';
import { addr, deliverDistribution, expectCode, makeParty, send, testClock } from './fixtures.js';
import type { Party } from './fixtures.js';

const te = new TextEncoder();
const td = new TextDecoder();

/** The same party, as restored from a copy of its stores taken now. */
function restoredCopy(p: Party, random?: RandomSource): Party {
  return { ...p, ctx: { ...p.ctx, stores: p.ctx.stores.copy(), ...(random ? { random } : {}) } };
}

/** A deterministic random source whose state can be copied, as a VM snapshot copies it. */
class CopyableRandom implements RandomSource {
  constructor(private counter = 0) {}
  randomBytes(length: number): Uint8Array {
    const out = new Uint8Array(length);
    for (let i = 0; i < length; i += 32) {
      const block = sha256(Uint8Array.of(...String(this.counter++).split('').map(Number)));
      out.set(block.subarray(0, Math.min(32, length - i)), i);
    }
    return out;
  }
  copy(): CopyableRandom {
    return new CopyableRandom(this.counter);
  }
}

function xor(a: Uint8Array, b: Uint8Array): Uint8Array {
  return a.map((x, i) => x ^ b[i]!);
}

/** The ratchet header and ciphertext of a 1:1 envelope. */
function opened(envelope: Uint8Array) {
  const env = envelopeCodec.decode(envelope);
  const message = ratchetMessageCodec.decode(env.content);
  return {
    message,
    header: message.header.length ? ratchetHeaderCodec.decode(message.header) : null,
  };
}

/**
 * Two ciphertexts of equal-length plaintexts share keystream when c1 ⊕ c2 =
 * p1 ⊕ p2 at any aligned position. Compare the encrypted bodies (nonce and
 * tag excluded) at every offset the nonce could shift them by.
 */
function sharesKeystream(c1: Uint8Array, c2: Uint8Array, p1: Uint8Array, p2: Uint8Array): boolean {
  const want = xor(p1, p2);
  for (const skip of [0, 24]) {
    const b1 = c1.subarray(skip, skip + p1.length);
    const b2 = c2.subarray(skip, skip + p2.length);
    if (b1.length === p1.length && xor(b1, b2).every((x, i) => x === want[i])) return true;
  }
  return false;
}

async function talking(headerEncryption: boolean) {
  const clock = testClock();
  const alice = await makeParty('alice', clock);
  const bob = await makeParty('bob', clock);
  await establishSession(alice.device, await bob.bundle(), { ...alice.ctx, headerEncryption });
  await decryptMessage(bob.device, await send(alice, bob, 'hello'), bob.ctx);
  await decryptMessage(alice.device, await send(bob, alice, 'hi'), alice.ctx);
  return { alice, bob, clock };
}

describe('a sender restored from an older copy of its stores (issue 13, item 1)', () => {
  for (const headerEncryption of [false, true]) {
    it(`never reuses keystream, and the receiver reports the rollback${headerEncryption ? ' (header encryption)' : ''}`, async () => {
      const { alice, bob } = await talking(headerEncryption);
      const backup = restoredCopy(alice);
      const p1 = te.encode('attack at dawn!!');
      const p2 = te.encode('retreat at noon!');
      const first = await encryptMessage(alice.device, addr(bob), p1, alice.ctx);
      const second = await encryptMessage(backup.device, addr(bob), p2, backup.ctx);
      const m1 = opened(first);
      const m2 = opened(second);
      if (!headerEncryption) {
        // The same message key: the same chain and number.
        expect(m2.header!.messageNumber).toBe(m1.header!.messageNumber);
        expect(m2.header!.ratchetKey).toEqual(m1.header!.ratchetKey);
      }
      expect(sharesKeystream(m1.message.ciphertext, m2.message.ciphertext, p1, p2)).toBe(false);
      expect(m1.message.ciphertext.subarray(0, 24)).not.toEqual(
        m2.message.ciphertext.subarray(0, 24),
      );

      expect(td.decode((await decryptMessage(bob.device, first, bob.ctx)).plaintext)).toBe(
        'attack at dawn!!',
      );
      const before = await bob.ctx.stores.sessions.loadSession(addr(alice));
      await expectCode(decryptMessage(bob.device, second, bob.ctx), 'ROLLBACK_DETECTED');
      // Evidence, not a change: Bob's state is as it was, and the same message again is a plain duplicate.
      expect(await bob.ctx.stores.sessions.loadSession(addr(alice))).toEqual(before);
      await expectCode(decryptMessage(bob.device, first, bob.ctx), 'DUPLICATE_MESSAGE');
    });
  }

  it('keeps keystreams apart even when the random source was restored with the state (a VM snapshot)', async () => {
    const { alice, bob } = await talking(false);
    const random = new CopyableRandom();
    const live = { ...alice, ctx: { ...alice.ctx, random } };
    const restored = restoredCopy(alice, random.copy());
    const p1 = te.encode('the vault code is 1234');
    const p2 = te.encode('the vault code is 9876');
    const c1 = opened(await encryptMessage(live.device, addr(bob), p1, live.ctx)).message
      .ciphertext;
    const c2 = opened(await encryptMessage(restored.device, addr(bob), p2, restored.ctx)).message
      .ciphertext;
    expect(sharesKeystream(c1, c2, p1, p2)).toBe(false);
  });

  it('reports a sender that goes on with a chain it had already ended', async () => {
    const { alice, bob } = await talking(false);
    await decryptMessage(bob.device, await send(alice, bob, 'a1'), bob.ctx);
    const backup = restoredCopy(alice);
    // Alice moves on: Bob answers, Alice ratchets and sends on a new chain (PN = 2).
    await decryptMessage(alice.device, await send(bob, alice, 'b1'), alice.ctx);
    await decryptMessage(bob.device, await send(alice, bob, 'a2, new chain'), bob.ctx);
    // The restored Alice still sends on the old chain, past its end.
    await expectCode(
      decryptMessage(bob.device, await send(backup, bob, 'from the past'), bob.ctx),
      'ROLLBACK_DETECTED',
    );
    expect(
      td.decode(
        (await decryptMessage(bob.device, await send(alice, bob, 'a3'), bob.ctx)).plaintext,
      ),
    ).toBe('a3');
  });

  it('sender keys: a restored group sender never reuses keystream; members report the rollback', async () => {
    const clock = testClock();
    const alice = await makeParty('alice', clock);
    const bob = await makeParty('bob', clock);
    const group = new Uint8Array(16).fill(3);
    await deliverDistribution(
      alice,
      bob,
      await createSenderKeyDistribution(alice.device, group, alice.ctx),
    );
    await groupDecrypt(
      await groupEncrypt(alice.device, group, te.encode('warm up'), alice.ctx),
      bob.ctx,
    );
    const backup = restoredCopy(alice);
    const p1 = te.encode('meet at the north gate');
    const p2 = te.encode('meet at the south pier');
    const e1 = await groupEncrypt(alice.device, group, p1, alice.ctx);
    const e2 = await groupEncrypt(backup.device, group, p2, backup.ctx);
    const body = (e: Uint8Array) =>
      senderKeyMessageBodyCodec.decode(
        signedMessageCodec.decode(envelopeCodec.decode(e).content).body,
      );
    expect(body(e2).iteration).toBe(body(e1).iteration);
    expect(sharesKeystream(body(e1).ciphertext, body(e2).ciphertext, p1, p2)).toBe(false);
    expect(td.decode((await groupDecrypt(e1, bob.ctx)).plaintext)).toBe('meet at the north gate');
    await expectCode(groupDecrypt(e2, bob.ctx), 'ROLLBACK_DETECTED');
    await expectCode(groupDecrypt(e1, bob.ctx), 'DUPLICATE_MESSAGE');
  });
});
