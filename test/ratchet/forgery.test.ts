import { describe, expect, it } from 'vitest';
import { NexusError } from '../../src/index.js';
import {
  decryptMessage,
  deviceAddress,
  encryptMessage,
  establishSession,
} from '../../src/ratchet/session.js';
import {
  envelopeCodec,
  preKeyBodyCodec,
  preKeyBundleCodec,
  ratchetHeaderCodec,
  ratchetMessageCodec,
} from '../../src/wire/messages.js';
import { decodeSessionRecord } from '../../src/ratchet/records.js';
import { sessionAssociatedData } from '../../src/ratchet/pqxdh.js';
import { lengthPrefixed, sealWithMessageKey } from '../../src/ratchet/kdf.js';
import { u64be } from '../../src/primitives/bytes.js';
import { crypto } from '../../src/primitives/provider.js';
import { makeParty, testClock } from './fixtures.js';
import type { Party } from './fixtures.js';

const te = new TextEncoder();
const addr = (p: Party) => deviceAddress(p.device.uuid, p.device.deviceId);

/** A message "from Bob" built only from public data: his bundle's signed prekey as ratchet key, keyed by HMAC(empty key). */
function forge(alice: Party, bob: Party, bundle: Uint8Array): Uint8Array {
  const spk = preKeyBodyCodec.decode(preKeyBundleCodec.decode(bundle).signedPrekey!.body).publicKey!
    .key;
  const ad = sessionAssociatedData(
    {
      identityKey: alice.device.identityKey,
      deviceId: alice.device.deviceId,
      keyAgreementKey: alice.device.keyAgreementKey.publicKey,
    },
    {
      identityKey: bob.device.identityKey,
      deviceId: bob.device.deviceId,
      keyAgreementKey: bob.device.keyAgreementKey.publicKey,
    },
  );
  const header = ratchetHeaderCodec.encode({
    ratchetKey: spk,
    previousChainLength: 0,
    messageNumber: 0,
  });
  const messageKey = crypto().hmacSha256(new Uint8Array(0), Uint8Array.of(1));
  const ciphertext = sealWithMessageKey(
    { messageKey, nonceKey: messageKey },
    te.encode('forged'),
    lengthPrefixed(ad, header, u64be(1n)),
    crypto(),
  );
  return envelopeCodec.encode({
    version: 1,
    type: 2,
    senderDeviceId: bob.device.deviceId,
    recipientDeviceId: alice.device.deviceId,
    timestampMs: 1n,
    content: ratchetMessageCodec.encode({ version: 1, header, ciphertext }),
    senderIdentityKey: bob.device.identityKey,
  });
}

describe('forgery from public data (regression: review finding)', () => {
  it('an initiator that has not heard back rejects a message on the signed prekey "chain"', async () => {
    const clock = testClock();
    const alice = await makeParty('alice', clock);
    const bob = await makeParty('bob', clock);
    const bundle = await bob.bundle();
    await establishSession(alice.device, bundle, alice.ctx);
    await expect(
      decryptMessage(alice.device, forge(alice, bob, bundle), alice.ctx),
    ).rejects.toSatisfy((e: unknown) => NexusError.is(e, 'DECRYPT_FAILED'));
    const record = decodeSessionRecord((await alice.ctx.stores.sessions.loadSession(addr(bob)))!);
    expect(record.current!.pendingPrekey).toBeDefined(); // still sending PreKeyMessages
    const next = await encryptMessage(alice.device, addr(bob), te.encode('hi'), alice.ctx);
    expect(
      new TextDecoder().decode((await decryptMessage(bob.device, next, bob.ctx)).plaintext),
    ).toBe('hi');
  });

  it('nor does an archived, never-answered initiator state accept it', async () => {
    const clock = testClock();
    const alice = await makeParty('alice', clock);
    const bob = await makeParty('bob', clock);
    const first = await bob.bundle();
    await establishSession(alice.device, first, alice.ctx);
    await establishSession(alice.device, await bob.bundle(), alice.ctx);
    await decryptMessage(
      bob.device,
      await encryptMessage(alice.device, addr(bob), te.encode('a'), alice.ctx),
      bob.ctx,
    );
    await decryptMessage(
      alice.device,
      await encryptMessage(bob.device, addr(alice), te.encode('b'), bob.ctx),
      alice.ctx,
    );
    await expect(
      decryptMessage(alice.device, forge(alice, bob, first), alice.ctx),
    ).rejects.toBeInstanceOf(NexusError);
    expect(
      new TextDecoder().decode(
        (
          await decryptMessage(
            bob.device,
            await encryptMessage(alice.device, addr(bob), te.encode('c'), alice.ctx),
            bob.ctx,
          )
        ).plaintext,
      ),
    ).toBe('c');
  });
});
