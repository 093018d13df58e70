// The limits of spec/wire.md fit inside each other: whatever a sender may
// encrypt fits in an Envelope, and a SignedMessage is as large as the body it
// carries (issue 15, items 4 and 13).
import { create, toBinary } from '@bufbuild/protobuf';
import { describe, expect, it } from 'vitest';
import { NexusError } from '../../src/index.js';
import {
  envelopeCodec,
  preKeyMessageCodec,
  senderKeyMessageBodyCodec,
  senderKeySignedMessageCodec,
  signedMessageCodec,
  WIRE_LIMITS,
} from '../../src/wire/messages.js';
import { P2P_LIMITS, relayedSignedMessageCodec } from '../../src/wire/p2p.js';
import { EnvelopeSchema } from '../../src/wire/gen/nexuslink/v1/envelope_pb.js';

const bytes = (n: number, fill = 0x5a) => new Uint8Array(n).fill(fill);
const code = (fn: () => unknown): string | undefined => {
  try {
    fn();
  } catch (err) {
    if (NexusError.is(err)) return err.code;
    throw err;
  }
  return undefined;
};
const envelope = (content: Uint8Array, type = 1) =>
  envelopeCodec.encode({
    version: 1,
    type,
    senderDeviceId: bytes(16),
    recipientDeviceId: type === 3 ? new Uint8Array(0) : bytes(16),
    timestampMs: 2n ** 53n - 1n,
    content,
    senderIdentityKey: bytes(32),
  });

describe('wire limits', () => {
  it('the largest PreKeyMessage a sender makes (largest plaintext, certificates, KEM ciphertext, encrypted header) fits in an Envelope', () => {
    const content = preKeyMessageCodec.encode({
      version: 1,
      selfSigningCertificate: { body: bytes(512), signature: bytes(64) },
      deviceCertificate: { body: bytes(1024), signature: bytes(64) },
      signedPrekeyId: 0xffffffff,
      oneTimePrekeyId: 0xffffffff,
      kemPrekeyId: 0xffffffff,
      baseKey: bytes(32),
      kemCiphertext: bytes(1568),
      message: {
        version: 1,
        encryptedHeader: bytes(128),
        ciphertext: bytes(WIRE_LIMITS.maxPlaintext + 40),
      },
      headerEncryption: true,
    });
    expect(content.length).toBeLessThanOrEqual(WIRE_LIMITS.maxEnvelopeContent);
    expect(envelopeCodec.decode(envelope(content)).content).toEqual(content);
  });

  it('the largest group message a sender makes fits in an Envelope, in a SignedMessage larger than 128 KiB', () => {
    const body = senderKeyMessageBodyCodec.encode({
      version: 1,
      distributionId: bytes(16),
      chainId: 0xffffffff,
      iteration: 0xffffffff,
      ciphertext: bytes(WIRE_LIMITS.maxPlaintext + 40),
    });
    const content = senderKeySignedMessageCodec.encode({ body, signature: bytes(64) });
    expect(envelopeCodec.decode(envelope(content, 3)).content).toEqual(content);
    // The generic SignedMessage (identity records) keeps its 128 KiB body limit.
    expect(code(() => signedMessageCodec.encode({ body, signature: bytes(64) }))).toBe('MALFORMED');
  });

  it('a group SignedMessage body: exactly the limit passes, one byte more is MALFORMED', () => {
    const max = WIRE_LIMITS.maxSenderKeySignedBody;
    const at = senderKeySignedMessageCodec.encode({ body: bytes(max), signature: bytes(64) });
    expect(at.length).toBe(WIRE_LIMITS.maxEnvelopeContent);
    expect(senderKeySignedMessageCodec.decode(at).body.length).toBe(max);
    expect(
      code(() =>
        senderKeySignedMessageCodec.encode({ body: bytes(max + 1), signature: bytes(64) }),
      ),
    ).toBe('MALFORMED');
  });

  it('a relayed blob: a SignedMessage whose body carries a 1 MiB envelope decodes', () => {
    const max = P2P_LIMITS.maxEnvelopeBytes + 8192;
    const blob = relayedSignedMessageCodec.encode({ body: bytes(max), signature: bytes(64) });
    expect(relayedSignedMessageCodec.decode(blob).body.length).toBe(max);
    expect(
      code(() => relayedSignedMessageCodec.encode({ body: bytes(max + 1), signature: bytes(64) })),
    ).toBe('MALFORMED');
  });

  it('envelope type 4 (SENDER_KEY_DISTRIBUTION) is reserved: it does not decode', () => {
    const reserved = toBinary(
      EnvelopeSchema,
      create(EnvelopeSchema, {
        version: 1,
        type: 4,
        senderDeviceId: bytes(16),
        content: bytes(8),
        senderIdentityKey: bytes(32),
      }),
    );
    expect(code(() => envelopeCodec.decode(reserved))).toBe('MALFORMED');
  });

  it('a PreKeyMessage whose header_encryption does not match its message is MALFORMED', () => {
    const base = {
      version: 1,
      selfSigningCertificate: { body: bytes(8), signature: bytes(64) },
      deviceCertificate: { body: bytes(8), signature: bytes(64) },
      signedPrekeyId: 1,
      kemPrekeyId: 1,
      baseKey: bytes(32),
      kemCiphertext: bytes(1568),
    };
    const plain = { version: 1, header: bytes(40), ciphertext: bytes(40) };
    const sealed = { version: 1, encryptedHeader: bytes(80), ciphertext: bytes(40) };
    expect(code(() => preKeyMessageCodec.encode({ ...base, message: plain }))).toBeUndefined();
    expect(
      code(() => preKeyMessageCodec.encode({ ...base, message: sealed, headerEncryption: true })),
    ).toBeUndefined();
    expect(
      code(() => preKeyMessageCodec.encode({ ...base, message: plain, headerEncryption: true })),
    ).toBe('MALFORMED');
    expect(code(() => preKeyMessageCodec.encode({ ...base, message: sealed }))).toBe('MALFORMED');
  });
});
