// Issue 13, items 3, 6 and 8: replayed first messages, envelope fields the
// receiver relies on, and sender key distributions bound to their sender.
import { describe, expect, it } from 'vitest';
import { decryptMessage, establishSession } from '../../src/ratchet/session.js';
import {
  createSenderKeyDistribution,
  processSenderKeyDistribution,
} from '../../src/ratchet/sender-keys.js';
import { envelopeCodec } from '../../src/wire/messages.js';
import { addr, expectCode, makeParty, receive, send, testClock } from './fixtures.js';

/** Alice's first message to Bob on his last-resort KEM prekey and no one-time prekey. */
async function lastResortFirstMessage() {
  const clock = testClock();
  const alice = await makeParty('alice', clock);
  const bob = await makeParty('bob', clock);
  await establishSession(
    alice.device,
    await bob.bundle({ oneTime: false, lastResort: true }),
    alice.ctx,
  );
  const first = await send(alice, bob, 'the first message');
  expect(await receive(bob, first)).toBe('the first message');
  return { alice, bob, first, clock };
}

describe('replayed first messages (issue 13, item 3)', () => {
  it('a replay after deleteSession is refused, for as long as the KEM prekey lives', async () => {
    const { alice, bob, first } = await lastResortFirstMessage();
    await bob.ctx.stores.sessions.deleteSession(addr(alice));
    await expectCode(decryptMessage(bob.device, first, bob.ctx), 'DUPLICATE_MESSAGE');
    expect(await bob.ctx.stores.sessions.loadSession(addr(alice))).toBeNull();
    // Once the last-resort KEM prekey is rotated out and deleted, the message names an unknown prekey.
    await bob.ctx.stores.preKeys.removePreKey('kem', 1000);
    await expectCode(decryptMessage(bob.device, first, bob.ctx), 'UNKNOWN_PREKEY');
  });

  it('a replay after 101 newer sessions is refused, and the current session stays current', async () => {
    const { alice, bob, first } = await lastResortFirstMessage();
    for (let i = 0; i < 101; i++) {
      await establishSession(
        alice.device,
        await bob.bundle({ oneTime: false, lastResort: true }),
        alice.ctx,
      );
      expect(await receive(bob, await send(alice, bob, `session ${i}`))).toBe(`session ${i}`);
    }
    await expectCode(decryptMessage(bob.device, first, bob.ctx), 'DUPLICATE_MESSAGE');
    // Bob's current session is still Alice's newest one: his reply decrypts at Alice.
    expect(await receive(alice, await send(bob, alice, 'still here'))).toBe('still here');
  });

  it('a repeated PreKeyMessage (no answer yet) still decrypts under its own session', async () => {
    const { alice, bob } = await lastResortFirstMessage();
    expect(await receive(bob, await send(alice, bob, 'second, still a PreKeyMessage'))).toBe(
      'second, still a PreKeyMessage',
    );
  });
});

describe('envelope fields the receiver relies on are authenticated (issue 13, item 6)', () => {
  it('a changed timestamp does not decrypt; the returned one is the sender’s', async () => {
    const clock = testClock();
    const alice = await makeParty('alice', clock);
    const bob = await makeParty('bob', clock);
    await establishSession(alice.device, await bob.bundle(), alice.ctx);
    const sent = clock.now();
    const first = await send(alice, bob, 'first');
    const env = envelopeCodec.decode(first);
    const altered = envelopeCodec.encode({ ...env, timestampMs: env.timestampMs + 86_400_000n });
    await expectCode(decryptMessage(bob.device, altered, bob.ctx), 'DECRYPT_FAILED');
    const received = await decryptMessage(bob.device, first, bob.ctx);
    expect(received.timestamp).toBe(sent);
    await receive(alice, await send(bob, alice, 'answer'));
    const ratchet = envelopeCodec.decode(await send(alice, bob, 'ratchet message'));
    await expectCode(
      decryptMessage(bob.device, envelopeCodec.encode({ ...ratchet, timestampMs: 5n }), bob.ctx),
      'DECRYPT_FAILED',
    );
    await expectCode(
      decryptMessage(
        bob.device,
        envelopeCodec.encode({ ...ratchet, recipientDeviceId: new Uint8Array(0) }),
        bob.ctx,
      ),
      'MALFORMED',
    );
    expect(await receive(bob, envelopeCodec.encode(ratchet))).toBe('ratchet message');
  });

  it('a PreKeyMessage whose envelope names another sender is refused', async () => {
    const clock = testClock();
    const alice = await makeParty('alice', clock);
    const bob = await makeParty('bob', clock);
    const mallory = await makeParty('mallory', clock);
    await establishSession(alice.device, await bob.bundle(), alice.ctx);
    const env = envelopeCodec.decode(await send(alice, bob, 'hi'));
    for (const forged of [
      { ...env, senderDeviceId: mallory.device.deviceId },
      { ...env, senderIdentityKey: mallory.device.identityKey },
    ])
      await expectCode(
        decryptMessage(bob.device, envelopeCodec.encode(forged), bob.ctx),
        'MALFORMED',
      );
    expect(await receive(bob, envelopeCodec.encode(env))).toBe('hi');
  });
});

describe('sender key distributions are bound to their 1:1 sender (issue 13, item 8)', () => {
  it('only the decrypted message that carried it can name the sender', async () => {
    const clock = testClock();
    const alice = await makeParty('alice', clock);
    const bob = await makeParty('bob', clock);
    const mallory = await makeParty('mallory', clock);
    const group = new Uint8Array(16).fill(8);
    const fromMallory = await createSenderKeyDistribution(mallory.device, group, mallory.ctx);
    // An address the app made up (the old API took one) is refused.
    await expectCode(
      processSenderKeyDistribution(
        { plaintext: fromMallory, sender: addr(alice), timestamp: 0, newSession: false },
        fromMallory,
        bob.ctx,
      ),
      'INVALID_ARGUMENT',
    );
    // A real message from Alice does not vouch for bytes it did not carry.
    await establishSession(alice.device, await bob.bundle(), alice.ctx);
    const fromAlice = await decryptMessage(bob.device, await send(alice, bob, 'hello'), bob.ctx);
    await expectCode(
      processSenderKeyDistribution(fromAlice, fromMallory, bob.ctx),
      'INVALID_ARGUMENT',
    );
    // Nor does a copy of it.
    await expectCode(
      processSenderKeyDistribution({ ...fromAlice, plaintext: fromMallory }, fromMallory, bob.ctx),
      'INVALID_ARGUMENT',
    );
    expect(await bob.ctx.stores.senderKeys.loadSenderKey(addr(alice), '08'.repeat(16))).toBeNull();
  });
});
