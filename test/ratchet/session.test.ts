import { describe, expect, it } from 'vitest';
import { NexusError } from '../../src/index.js';
import {
  decryptMessage,
  deviceAddress,
  encryptMessage,
  establishSession,
  hasSession,
  shouldResetSession,
} from '../../src/ratchet/session.js';
import { exportSessionSnapshot, importSessionSnapshot } from '../../src/ratchet/snapshot.js';
import { envelopeCodec } from '../../src/wire/messages.js';
import { makeParty, testClock } from './fixtures.js';
import type { Party } from './fixtures.js';

const te = new TextEncoder();
const td = new TextDecoder();
const addr = (p: Party) => deviceAddress(p.device.uuid, p.device.deviceId);

async function send(from: Party, to: Party, text: string) {
  return encryptMessage(from.device, addr(to), te.encode(text), from.ctx);
}
async function receive(at: Party, envelope: Uint8Array) {
  const m = await decryptMessage(at.device, envelope, at.ctx);
  return td.decode(m.plaintext);
}
async function expectCode(p: Promise<unknown>, code: string) {
  await expect(p).rejects.toSatisfy((e: unknown) => NexusError.is(e) && e.code === code);
}

async function pair(headerEncryption = false) {
  const clock = testClock();
  const alice = await makeParty('alice', clock);
  const bob = await makeParty('bob', clock);
  await establishSession(alice.device, await bob.bundle(), { ...alice.ctx, headerEncryption });
  return { alice, bob, clock };
}

for (const headerEncryption of [false, true]) {
  describe(`1:1 sessions${headerEncryption ? ' with header encryption' : ''}`, () => {
    it('establish, talk both ways, with DH ratchet steps', async () => {
      const { alice, bob } = await pair(headerEncryption);
      const first = await send(alice, bob, 'hello bob');
      expect(envelopeCodec.decode(first).type).toBe(1); // PreKeyMessage
      expect(await receive(bob, first)).toBe('hello bob');
      for (let i = 0; i < 5; i++) {
        expect(await receive(alice, await send(bob, alice, `b${i}`))).toBe(`b${i}`);
        expect(await receive(bob, await send(alice, bob, `a${i}`))).toBe(`a${i}`);
      }
      // After Bob answered, Alice sends plain ratchet messages.
      expect(envelopeCodec.decode(await send(alice, bob, 'x')).type).toBe(2);
    });

    it('out-of-order delivery, duplicates rejected, state untouched by failures', async () => {
      const { alice, bob } = await pair(headerEncryption);
      expect(await receive(bob, await send(alice, bob, 'init'))).toBe('init');
      await receive(alice, await send(bob, alice, 'ack'));
      const msgs = [];
      for (let i = 0; i < 10; i++) msgs.push(await send(alice, bob, `m${i}`));
      const order = [9, 3, 0, 5, 1, 8, 2, 7, 4, 6];
      for (const i of order) expect(await receive(bob, msgs[i]!)).toBe(`m${i}`);
      await expectCode(receive(bob, msgs[4]!), 'DUPLICATE_MESSAGE');
      await expectCode(receive(bob, msgs[9]!), 'DUPLICATE_MESSAGE');
      // A tampered message fails and leaves the session as it was.
      const before = await bob.ctx.stores.sessions.loadSession(addr(alice));
      const next = await send(alice, bob, 'next');
      const tampered = envelopeCodec.decode(next);
      tampered.content = tampered.content.slice();
      tampered.content[tampered.content.length - 1]! ^= 1;
      await expectCode(receive(bob, envelopeCodec.encode(tampered)), 'DECRYPT_FAILED');
      expect(await bob.ctx.stores.sessions.loadSession(addr(alice))).toEqual(before);
      expect(await receive(bob, next)).toBe('next');
    });

    it('MAX_SKIP: a jump over 2000 keys is refused without changing state', async () => {
      const { alice, bob } = await pair(headerEncryption);
      await receive(bob, await send(alice, bob, 'init'));
      await receive(alice, await send(bob, alice, 'ack'));
      for (let i = 0; i < 2001; i++) await send(alice, bob, 'skipped');
      const far = await send(alice, bob, 'far');
      const before = await bob.ctx.stores.sessions.loadSession(addr(alice));
      await expectCode(receive(bob, far), 'TOO_MANY_SKIPPED');
      expect(await bob.ctx.stores.sessions.loadSession(addr(alice))).toEqual(before);
    });
  });
}

describe('prekeys', () => {
  it('a one-time prekey is consumed only after the first message decrypts; a retry never consumes another', async () => {
    const { alice, bob } = await pair();
    const countBefore = bob.ctx.stores.counts().preKeys!;
    const first = await send(alice, bob, 'one');
    const tampered = envelopeCodec.decode(first);
    tampered.content = tampered.content.slice();
    tampered.content[tampered.content.length - 1]! ^= 1;
    await expectCode(receive(bob, envelopeCodec.encode(tampered)), 'DECRYPT_FAILED');
    expect(bob.ctx.stores.counts().preKeys).toBe(countBefore); // nothing consumed by a failure
    expect(await receive(bob, first)).toBe('one');
    expect(bob.ctx.stores.counts().preKeys).toBe(countBefore - 2); // one-time X25519 + one-time KEM
    // Alice has not heard back, so her next messages repeat the PreKeyMessage; Bob reuses the session.
    const second = await send(alice, bob, 'two');
    expect(envelopeCodec.decode(second).type).toBe(1);
    expect(await receive(bob, second)).toBe('two');
    await expectCode(receive(bob, first), 'DUPLICATE_MESSAGE');
    expect(bob.ctx.stores.counts().preKeys).toBe(countBefore - 2);
  });

  it('the last-resort KEM prekey is never consumed; without one-time prekeys sessions still form', async () => {
    const clock = testClock();
    const alice = await makeParty('alice', clock);
    const carol = await makeParty('carol', clock);
    const bob = await makeParty('bob', clock);
    const bundle = await bob.bundle({ oneTime: false, lastResort: true });
    await establishSession(alice.device, bundle, alice.ctx);
    await establishSession(carol.device, bundle, carol.ctx);
    expect(await receive(bob, await send(alice, bob, 'a'))).toBe('a');
    expect(await receive(bob, await send(carol, bob, 'c'))).toBe('c');
  });

  it('an unknown prekey is UNKNOWN_PREKEY', async () => {
    const { alice, bob } = await pair();
    const first = await send(alice, bob, 'one');
    await bob.ctx.stores.preKeys.removePreKey('signed', 1);
    await expectCode(receive(bob, first), 'UNKNOWN_PREKEY');
  });
});

describe('session convergence and healing', () => {
  it('simultaneous initiation converges on one working session', async () => {
    const clock = testClock();
    const alice = await makeParty('alice', clock);
    const bob = await makeParty('bob', clock);
    await establishSession(alice.device, await bob.bundle(), alice.ctx);
    await establishSession(bob.device, await alice.bundle(), bob.ctx);
    const a1 = await send(alice, bob, 'from alice');
    const b1 = await send(bob, alice, 'from bob');
    expect(await receive(bob, a1)).toBe('from alice');
    expect(await receive(alice, b1)).toBe('from bob');
    for (let i = 0; i < 4; i++) {
      expect(await receive(bob, await send(alice, bob, `a${i}`))).toBe(`a${i}`);
      expect(await receive(alice, await send(bob, alice, `b${i}`))).toBe(`b${i}`);
    }
  });

  it('a peer restored from an old snapshot gets the session re-established (rate-limited)', async () => {
    const { alice, bob, clock } = await pair();
    await receive(bob, await send(alice, bob, 'init'));
    const key = new Uint8Array(32).fill(9);
    const snapshot = await exportSessionSnapshot(addr(alice), key, bob.ctx);
    // Two round trips: both sides ratchet past every key in the snapshot.
    for (let i = 0; i < 2; i++) {
      await receive(alice, await send(bob, alice, `b${i}`));
      await receive(bob, await send(alice, bob, `a${i}`));
    }
    // Bob lost the session and restores the old state: Alice's new messages no longer decrypt there.
    await bob.ctx.stores.sessions.deleteSession(addr(alice));
    await importSessionSnapshot(addr(alice), snapshot, key, bob.ctx);
    await expectCode(receive(bob, await send(alice, bob, 'after restore')), 'DECRYPT_FAILED');
    expect(await shouldResetSession(addr(alice), bob.ctx)).toBe(true);
    expect(await shouldResetSession(addr(alice), bob.ctx)).toBe(false); // rate-limited
    await establishSession(bob.device, await alice.bundle(), bob.ctx);
    expect(await receive(alice, await send(bob, alice, 'healed'))).toBe('healed');
    expect(await receive(bob, await send(alice, bob, 'works'))).toBe('works');
    clock.advance(60 * 60 * 1000);
    expect(await shouldResetSession(addr(alice), bob.ctx)).toBe(true);
  });

  it('snapshots: wrong key or address fails, unknown versions are UNSUPPORTED_VERSION', async () => {
    const { alice, bob } = await pair();
    await receive(bob, await send(alice, bob, 'init'));
    const key = new Uint8Array(32).fill(1);
    const snapshot = await exportSessionSnapshot(addr(alice), key, bob.ctx);
    await expectCode(
      importSessionSnapshot(addr(alice), snapshot, new Uint8Array(32), bob.ctx),
      'DECRYPT_FAILED',
    );
    await expectCode(importSessionSnapshot(addr(bob), snapshot, key, bob.ctx), 'DECRYPT_FAILED');
    const v3 = snapshot.slice();
    v3[1] = 3; // field 1 (version) is the first byte pair: 0x08 0x02
    await expectCode(importSessionSnapshot(addr(alice), v3, key, bob.ctx), 'UNSUPPORTED_VERSION');
    await expectCode(
      importSessionSnapshot(addr(alice), snapshot.subarray(3), key, bob.ctx),
      'MALFORMED',
    );
    expect(await hasSession(addr(alice), bob.ctx)).toBe(true);
  });
});

describe('revocation and trust', () => {
  it('after the trusted revocation list names a device, sessions refuse it both ways', async () => {
    const { alice, bob } = await pair();
    await receive(bob, await send(alice, bob, 'before'));
    await receive(alice, await send(bob, alice, 'ack'));
    // Alice's device is revoked by her own self-signing key; Bob learns of it.
    const { issueRevocationList, decodeSelfSigningCertificate } =
      await import('../../src/index.js');
    const { updateTrustedIdentity } = await import('../../src/ratchet/session.js');
    const ssk = decodeSelfSigningCertificate(alice.device.selfSigningCertificate);
    const stolen = await send(alice, bob, 'after');
    const list = await issueRevocationList({
      issuer: alice.sskSigner,
      identityKey: ssk.identityKey,
      revoke: [{ deviceId: alice.device.deviceId, reason: 'lost' }],
    });
    await updateTrustedIdentity(alice.device.uuid, { revocationList: list.bytes }, bob.ctx);
    await expectCode(receive(bob, stolen), 'REVOKED');
    await expectCode(send(bob, alice, 'to a revoked device'), 'REVOKED');
    // An older (or forged) list cannot undo it.
    await expectCode(
      updateTrustedIdentity(
        alice.device.uuid,
        {
          revocationList: (
            await issueRevocationList({
              issuer: alice.sskSigner,
              identityKey: ssk.identityKey,
              revoke: [],
            })
          ).bytes,
        },
        bob.ctx,
      ),
      'STALE_REVOCATION_LIST',
    );
  });
});
