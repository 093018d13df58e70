import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { NexusError } from '../../src/index.js';
import {
  authChallengeCodec,
  clientFrameCodec,
  serverFrameCodec,
} from '../../src/wire/community.js';
import { ALL_CODECS as MESSAGE_CODECS } from '../../src/wire/messages.js';
import { inviteBodyCodec, peerBindingBodyCodec, peerFrameCodec } from '../../src/wire/p2p.js';
import type { Codec } from '../../src/wire/codec.js';
import type { DescMessage } from '@bufbuild/protobuf';
import { makeAccount } from '../identity/fixtures.js';
import {
  signedMessageCodec,
  deviceCertificateBodyCodec,
  envelopeCodec,
} from '../../src/wire/messages.js';

const ALL_CODECS = {
  ...MESSAGE_CODECS,
  authChallengeCodec,
  clientFrameCodec,
  serverFrameCodec,
  inviteBodyCodec,
  peerBindingBodyCodec,
  peerFrameCodec,
};

/** Decoding either succeeds, or fails with NexusError('MALFORMED'), never anything else. */
const SESSION_MESSAGES = new Set([
  'nexuslink.v1.Envelope',
  'nexuslink.v1.RatchetMessage',
  'nexuslink.v1.PreKeyMessage',
  'nexuslink.v1.SenderKeyDistribution',
  'nexuslink.v1.SenderKeyMessageBody',
]);

function decodeOrMalformed(codec: Codec<DescMessage>, bytes: Uint8Array): 'ok' | 'malformed' {
  try {
    const value = codec.decode(bytes);
    // Anything accepted must be the canonical encoding of what it decoded to.
    expect(codec.encode(value)).toEqual(bytes);
    return 'ok';
  } catch (err) {
    if (err instanceof NexusError && err.code === 'MALFORMED') return 'malformed';
    // A session message of a newer version is typed as such (spec/wire.md §Versions).
    if (NexusError.is(err, 'UNSUPPORTED_VERSION') && SESSION_MESSAGES.has(codec.typeName))
      return 'malformed';
    throw err;
  }
}

describe('every codec: random bytes decode or throw MALFORMED', () => {
  for (const [name, codec] of Object.entries(ALL_CODECS)) {
    it(name, () => {
      fc.assert(
        fc.property(fc.uint8Array({ maxLength: 512 }), (bytes) => {
          decodeOrMalformed(codec as unknown as Codec<DescMessage>, bytes);
        }),
        { numRuns: 400 },
      );
    });
  }
});

describe('mutations of valid messages', () => {
  it('bit flips, truncations and insertions of a device certificate decode or throw MALFORMED', async () => {
    const { device } = await makeAccount();
    const valid = device.certificate.bytes;
    const body = signedMessageCodec.decode(valid).body;
    const codecs = [
      signedMessageCodec,
      deviceCertificateBodyCodec,
    ] as unknown as Codec<DescMessage>[];
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 1 }),
        fc.oneof(
          fc.record({
            kind: fc.constant('flip' as const),
            at: fc.nat(),
            bit: fc.integer({ min: 0, max: 7 }),
          }),
          fc.record({ kind: fc.constant('cut' as const), at: fc.nat() }),
          fc.record({
            kind: fc.constant('insert' as const),
            at: fc.nat(),
            byte: fc.integer({ min: 0, max: 255 }),
          }),
        ),
        (which, m) => {
          const source = which === 0 ? valid : body;
          const at = m.at % source.length;
          let bytes: Uint8Array;
          if (m.kind === 'flip') {
            bytes = source.slice();
            bytes[at] = bytes[at]! ^ (1 << m.bit);
          } else if (m.kind === 'cut') {
            bytes = source.slice(0, at);
          } else {
            bytes = new Uint8Array([...source.slice(0, at), m.byte, ...source.slice(at)]);
          }
          decodeOrMalformed(codecs[which]!, bytes);
        },
      ),
      { numRuns: 2000 },
    );
  });

  it('trailing garbage, oversize input and wrong versions are MALFORMED (newer session messages UNSUPPORTED_VERSION)', async () => {
    const { device } = await makeAccount();
    const valid = device.certificate.bytes;
    for (const tail of [[0], [0, 0], [0xff], [0x08]]) {
      expect(() => signedMessageCodec.decode(new Uint8Array([...valid, ...tail]))).toThrow(
        expect.objectContaining({ code: 'MALFORMED' }),
      );
    }
    expect(() =>
      signedMessageCodec.decode(new Uint8Array(signedMessageCodec.maxBytes + 1)),
    ).toThrow(expect.objectContaining({ code: 'MALFORMED' }));
    const body = deviceCertificateBodyCodec.decode(signedMessageCodec.decode(valid).body);
    const v2 = deviceCertificateBodyCodec.encode.bind(null);
    expect(() => v2({ ...body, version: 2 })).toThrow(
      expect.objectContaining({ code: 'MALFORMED' }),
    );
    // A peer's newer session message is not garbage: the receiver can say which version it reads.
    expect(() => envelopeCodec.decode(new Uint8Array([0x08, 0x02]))).toThrow(
      expect.objectContaining({ code: 'UNSUPPORTED_VERSION' }),
    );
    expect(() => envelopeCodec.decode(new Uint8Array([0x08, 0x00]))).toThrow(
      expect.objectContaining({ code: 'MALFORMED' }),
    );
  });

  it('rejects non-canonical encodings (padded varints, duplicate fields)', () => {
    // version=1 as a two-byte varint: 0x08 0x81 0x00
    expect(() => envelopeCodec.decode(new Uint8Array([0x08, 0x81, 0x00]))).toThrow(
      expect.objectContaining({ code: 'MALFORMED' }),
    );
    // A duplicated field: the later one wins in protobuf; here it is refused.
    const env = envelopeCodec.encode({
      version: 1,
      type: 2,
      senderDeviceId: new Uint8Array(16),
      content: new Uint8Array([1]),
    });
    expect(() => envelopeCodec.decode(new Uint8Array([...env, 0x08, 0x01]))).toThrow(
      expect.objectContaining({ code: 'MALFORMED' }),
    );
    expect(envelopeCodec.decode(env).type).toBe(2);
  });
});
