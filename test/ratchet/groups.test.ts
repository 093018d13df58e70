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
  processSenderKeyDistribution,
  rotateSenderKey,
} from '../../src/ratchet/sender-keys.js';
import { envelopeCodec, signedMessageCodec } from '../../src/wire/messages.js';
import { makeParty, testClock } from './fixtures.js';
import type { Party } from './fixtures.js';

const te = new TextEncoder();
const td = new TextDecoder();
const GROUP = new Uint8Array(16).fill(7);
const addr = (p: Party) => deviceAddress(p.device.uuid, p.device.deviceId);

async function expectCode(p: Promise<unknown>, code: string) {
  await expect(p).rejects.toSatisfy((e: unknown) => NexusError.is(e) && e.code === code);
}

/** Deliver `from`'s sender key to each member over a real 1:1 session. */
async function distribute(from: Party, members: Party[], distribution: Uint8Array) {
  for (const m of members) {
    if (!(await from.ctx.stores.sessions.loadSession(addr(m))))
      await establishSession(from.device, await m.bundle(), from.ctx);
    const env = await encryptMessage(from.device, addr(m), distribution, from.ctx);
    const received = await decryptMessage(m.device, env, m.ctx);
    await processSenderKeyDistribution(received, received.plaintext, m.ctx);
  }
}

async function group(n: number) {
  const clock = testClock();
  const parties: Party[] = [];
  for (let i = 0; i < n; i++) parties.push(await makeParty(`p${i}`, clock));
  for (const p of parties)
    await distribute(
      p,
      parties.filter((q) => q !== p),
      await createSenderKeyDistribution(p.device, GROUP, p.ctx),
    );
  return { parties, clock };
}

describe('Sender Keys', () => {
  it('every member decrypts every other member, out of order too', async () => {
    const { parties } = await group(3);
    const [a, b, c] = parties as [Party, Party, Party];
    const msgs = [];
    for (let i = 0; i < 5; i++)
      msgs.push(await groupEncrypt(a.device, GROUP, te.encode(`a${i}`), a.ctx));
    for (const i of [4, 0, 2, 1, 3]) {
      expect(td.decode((await groupDecrypt(msgs[i]!, b.ctx)).plaintext)).toBe(`a${i}`);
      expect(td.decode((await groupDecrypt(msgs[i]!, c.ctx)).plaintext)).toBe(`a${i}`);
    }
    await expectCode(groupDecrypt(msgs[2]!, b.ctx), 'DUPLICATE_MESSAGE');
    const fromC = await groupEncrypt(c.device, GROUP, te.encode('hi'), c.ctx);
    const got = await groupDecrypt(fromC, a.ctx);
    expect(got.sender).toEqual(addr(c));
    expect(td.decode(got.plaintext)).toBe('hi');
  });

  it('a bad signature, tampered ciphertext or forged sender is rejected without changing state', async () => {
    const { parties } = await group(2);
    const [a, b] = parties as [Party, Party];
    const env = await groupEncrypt(a.device, GROUP, te.encode('x'), a.ctx);
    const decoded = envelopeCodec.decode(env);
    const signed = signedMessageCodec.decode(decoded.content);
    const badSig = signed.signature.slice();
    badSig[0]! ^= 1;
    const before = await b.ctx.stores.senderKeys.loadSenderKey(
      addr(a),
      Buffer.from(GROUP).toString('hex'),
    );
    await expectCode(
      groupDecrypt(
        envelopeCodec.encode({
          ...decoded,
          content: signedMessageCodec.encode({ body: signed.body, signature: badSig }),
        }),
        b.ctx,
      ),
      'BAD_SIGNATURE',
    );
    const otherSender = await makeParty('mallory');
    await expectCode(
      groupDecrypt(
        envelopeCodec.encode({ ...decoded, senderIdentityKey: otherSender.device.identityKey }),
        b.ctx,
      ),
      'NO_SESSION',
    );
    expect(
      await b.ctx.stores.senderKeys.loadSenderKey(addr(a), Buffer.from(GROUP).toString('hex')),
    ).toEqual(before);
    expect(td.decode((await groupDecrypt(env, b.ctx)).plaintext)).toBe('x');
  });

  it('MAX_SKIP applies to group chains', async () => {
    const { parties } = await group(2);
    const [a, b] = parties as [Party, Party];
    for (let i = 0; i < 2001; i++) await groupEncrypt(a.device, GROUP, te.encode('s'), a.ctx);
    await expectCode(
      groupDecrypt(await groupEncrypt(a.device, GROUP, te.encode('far'), a.ctx), b.ctx),
      'TOO_MANY_SKIPPED',
    );
  });

  it('rotation when a member leaves: the leaver cannot read what follows', async () => {
    const { parties } = await group(3);
    const [a, b, leaver] = parties as [Party, Party, Party];
    const before = await groupEncrypt(a.device, GROUP, te.encode('before'), a.ctx);
    expect(td.decode((await groupDecrypt(before, leaver.ctx)).plaintext)).toBe('before');
    await distribute(a, [b], await rotateSenderKey(a.device, GROUP, a.ctx));
    const after = await groupEncrypt(a.device, GROUP, te.encode('after'), a.ctx);
    expect(td.decode((await groupDecrypt(after, b.ctx)).plaintext)).toBe('after');
    await expectCode(groupDecrypt(after, leaver.ctx), 'NO_SESSION');
    // A message from before the rotation, still in flight, decrypts for members.
    expect(td.decode((await groupDecrypt(before, b.ctx)).plaintext)).toBe('before');
  });

  it('an expired skipped key is MESSAGE_EXPIRED', async () => {
    const { parties, clock } = await group(2);
    const [a, b] = parties as [Party, Party];
    const early = await groupEncrypt(a.device, GROUP, te.encode('early'), a.ctx);
    await groupDecrypt(await groupEncrypt(a.device, GROUP, te.encode('late'), a.ctx), b.ctx);
    clock.advance(31 * 24 * 60 * 60 * 1000);
    await groupDecrypt(await groupEncrypt(a.device, GROUP, te.encode('later'), a.ctx), b.ctx);
    await expectCode(groupDecrypt(early, b.ctx), 'MESSAGE_EXPIRED');
  });
});
