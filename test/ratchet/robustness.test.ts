// Issue 13, robustness: gaps over MAX_SKIP, error precedence, one code per
// fault, protocol versions, and the ends of the counters.
import { describe, expect, it } from 'vitest';
import { NexusError } from '../../src/index.js';
import { decryptMessage, establishSession } from '../../src/ratchet/session.js';
import { decodeSessionRecord, encodeSessionRecord } from '../../src/ratchet/records.js';
import {
  envelopeCodec,
  preKeyMessageCodec,
  ratchetHeaderCodec,
  ratchetMessageCodec,
  signedMessageCodec,
} from '../../src/wire/messages.js';
import { SelfSigningKeyCertificateBodySchema } from '../../src/wire/gen/nexuslink/v1/identity_pb.js';
import { fromBinary, toBinary } from '@bufbuild/protobuf';
import { LIMITS } from '../../src/ratchet/constants.js';
import { addr, expectCode, makeParty, receive, send, talking, testClock } from './fixtures.js';

describe('a gap larger than MAX_SKIP does not wedge a direction', () => {
  for (const lost of [2001, 3000]) {
    it(`after ${lost} lost messages the sender’s next chain decrypts`, async () => {
      const { alice, bob } = await talking();
      // Bob has received on Alice's current chain, then loses the rest of it.
      await receive(bob, await send(alice, bob, 'on this chain'));
      for (let i = 0; i < lost; i++) await send(alice, bob, `lost ${i}`);
      await expectCode(
        decryptMessage(bob.device, await send(alice, bob, 'too far'), bob.ctx),
        'TOO_MANY_SKIPPED',
      );
      // Bob answers (a new ratchet key); Alice ratchets and her next chain announces PN > MAX_SKIP.
      await receive(alice, await send(bob, alice, 'are you there?'));
      expect(await receive(bob, await send(alice, bob, 'next chain'))).toBe('next chain');
      expect(await receive(alice, await send(bob, alice, 'yes'))).toBe('yes');
    });
  }

  it('exactly MAX_SKIP skipped keys decrypt; MAX_SKIP + 1 is TOO_MANY_SKIPPED', async () => {
    const { alice, bob } = await talking();
    const held: Uint8Array[] = [];
    for (let i = 0; i < LIMITS.maxSkip; i++) held.push(await send(alice, bob, `m${i}`));
    expect(await receive(bob, await send(alice, bob, 'at the limit'))).toBe('at the limit');
    expect(await receive(bob, held[0]!)).toBe('m0');
    expect(await receive(bob, held[LIMITS.maxSkip - 1]!)).toBe(`m${LIMITS.maxSkip - 1}`);
    for (let i = 0; i <= LIMITS.maxSkip; i++) await send(alice, bob, `n${i}`);
    await expectCode(
      decryptMessage(bob.device, await send(alice, bob, 'one over'), bob.ctx),
      'TOO_MANY_SKIPPED',
    );
  });
});

describe('error precedence', () => {
  it('a device that lost its current session reports DECRYPT_FAILED, not an archived state’s TOO_MANY_SKIPPED', async () => {
    const { alice, bob } = await talking(); // session S0
    // Session S1: Bob's current, S0 archived. Bob's stores are copied here.
    await establishSession(alice.device, await bob.bundle(), alice.ctx);
    await receive(bob, await send(alice, bob, 'S1'));
    await receive(alice, await send(bob, alice, 'S1 answer'));
    const restored = { ...bob, ctx: { ...bob.ctx, stores: bob.ctx.stores.copy() } };
    // Session S2, which the restored Bob never saw.
    await establishSession(alice.device, await bob.bundle(), alice.ctx);
    await receive(bob, await send(alice, bob, 'S2'));
    await receive(alice, await send(bob, alice, 'S2 answer'));
    for (let i = 0; i < 150; i++) await send(alice, bob, `S2 ${i}`);
    // S1 (current) fails to authenticate; S0 (archived) would skip > 100: the session is lost.
    await expectCode(
      decryptMessage(restored.device, await send(alice, bob, 'S2 150'), restored.ctx),
      'DECRYPT_FAILED',
    );
  });
});

describe('one code per fault', () => {
  it('a PreKeyMessage whose SSK certificate names a non-point identity key is MALFORMED', async () => {
    const clock = testClock();
    const alice = await makeParty('alice', clock);
    const bob = await makeParty('bob', clock);
    await establishSession(alice.device, await bob.bundle(), alice.ctx);
    const env = envelopeCodec.decode(await send(alice, bob, 'hi'));
    const msg = preKeyMessageCodec.decode(env.content);
    const ssk = msg.selfSigningCertificate!;
    const body = fromBinary(SelfSigningKeyCertificateBodySchema, ssk.body);
    // y = 2 is not on the curve: no Ed25519 point has this encoding.
    body.identityKey = Uint8Array.of(2, ...new Uint8Array(31));
    const forged = preKeyMessageCodec.encode({
      ...msg,
      selfSigningCertificate: signedMessageCodec.decode(
        signedMessageCodec.encode({
          body: toBinary(SelfSigningKeyCertificateBodySchema, body),
          signature: ssk.signature,
        }),
      ),
    });
    await expectCode(
      decryptMessage(bob.device, envelopeCodec.encode({ ...env, content: forged }), bob.ctx),
      'MALFORMED',
    );
  });
});

describe('protocol versions', () => {
  it('a newer message or envelope version is UNSUPPORTED_VERSION; version 0 is MALFORMED', async () => {
    const { alice, bob } = await talking();
    const env = envelopeCodec.decode(await send(alice, bob, 'x'));
    const message = ratchetMessageCodec.decode(env.content);
    const patch = (bytes: Uint8Array, version: number) => {
      const out = bytes.slice();
      expect(out[0]).toBe(0x08); // field 1, varint: the version comes first
      out[1] = version;
      return out;
    };
    const newerMessage = envelopeCodec.encode({
      ...env,
      content: patch(ratchetMessageCodec.encode(message), 2),
    });
    await expectCode(decryptMessage(bob.device, newerMessage, bob.ctx), 'UNSUPPORTED_VERSION');
    await expectCode(
      decryptMessage(bob.device, patch(envelopeCodec.encode(env), 2), bob.ctx),
      'UNSUPPORTED_VERSION',
    );
    // A newer format may add fields: the version, read first, still decides.
    const withNewField = Uint8Array.of(
      ...patch(ratchetMessageCodec.encode(message), 2),
      0xf8,
      0x01,
      0x01,
    );
    await expectCode(
      decryptMessage(bob.device, envelopeCodec.encode({ ...env, content: withNewField }), bob.ctx),
      'UNSUPPORTED_VERSION',
    );
    expect(() => ratchetHeaderCodec.decode(new Uint8Array(0))).toThrow(NexusError);
    await expectCode(
      decryptMessage(bob.device, patch(envelopeCodec.encode(env), 0), bob.ctx),
      'MALFORMED',
    );
    expect(await receive(bob, envelopeCodec.encode(env))).toBe('x');
  });
});

describe('the ends of the counters (spec/ratchet.md §Limits)', () => {
  it('a sending chain stops before message number 2^32 - 1; a header naming it does not decrypt', async () => {
    const { alice, bob } = await talking();
    const stored = decodeSessionRecord((await alice.ctx.stores.sessions.loadSession(addr(bob)))!);
    stored.current!.sendingMessageNumber = 0xfffffffe;
    await alice.ctx.stores.sessions.storeSession(addr(bob), encodeSessionRecord(stored));
    const last = envelopeCodec.decode(await send(alice, bob, 'the last number'));
    expect(
      ratchetHeaderCodec.decode(ratchetMessageCodec.decode(last.content).header).messageNumber,
    ).toBe(0xfffffffe);
    await expectCode(send(alice, bob, 'one more'), 'NO_SESSION');
    // Bob would skip far more than MAX_SKIP to reach it.
    await expectCode(
      decryptMessage(bob.device, envelopeCodec.encode(last), bob.ctx),
      'TOO_MANY_SKIPPED',
    );
    const m = ratchetMessageCodec.decode(last.content);
    const h = ratchetHeaderCodec.decode(m.header);
    const beyond = envelopeCodec.encode({
      ...last,
      content: ratchetMessageCodec.encode({
        ...m,
        header: ratchetHeaderCodec.encode({ ...h, messageNumber: 0xffffffff }),
      }),
    });
    await expectCode(decryptMessage(bob.device, beyond, bob.ctx), 'DECRYPT_FAILED');
  });
});
