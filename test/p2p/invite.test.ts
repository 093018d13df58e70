// Peer-to-peer identity pieces: PeerIds, peer bindings and invites (bytes,
// text, QR code), spec/p2p.md §1–3.
import { inflateSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import {
  createInvite,
  createPeerBinding,
  deviceSigner,
  ed25519PublicKeyOfPeerId,
  INVITE_TEXT_PREFIX,
  inviteFromText,
  inviteQr,
  inviteToText,
  issueRevocationList,
  NexusError,
  peerIdFromEd25519PublicKey,
  peerIdFromString,
  peerIdToString,
  readQrImage,
  SigningKeyPair,
  verifyInvite,
  verifyPeerBinding,
} from '../../src/index.js';
import { expectNexusError, expectNexusErrorSync } from '../helpers.js';
import { makeAccount } from '../identity/fixtures.js';

const T = 1_800_000_000_000;
const transportKey = () => peerIdFromEd25519PublicKey(SigningKeyPair.generate().publicKey.bytes);

async function device(name = 'alice') {
  const a = await makeAccount(name);
  const signer = await deviceSigner(a.keyStore, a.device.signingKeyId);
  return {
    a,
    peerId: transportKey(),
    local: {
      identityKey: a.identity.publicKey.bytes,
      deviceId: a.device.certificate.deviceId,
      deviceCertificate: a.device.certificate.bytes,
      selfSigningCertificate: a.selfSigningCertificate.bytes,
      signer,
    },
  };
}

async function invite(d: Awaited<ReturnType<typeof device>>, extra = {}) {
  return createInvite({
    device: d.local,
    displayName: 'Alice',
    devices: [{ deviceId: d.local.deviceId, peerId: d.peerId }],
    relayHints: ['/ip4/203.0.113.7/tcp/4001/p2p/' + peerIdToString(transportKey())],
    createdAt: T,
    ...extra,
  });
}

/** The RGBA pixels of a 1-bit grayscale PNG (as inviteQr writes it). */
function pngPixels(png: Uint8Array) {
  const view = new DataView(png.buffer, png.byteOffset, png.byteLength);
  expect([...png.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  let width = 0;
  let height = 0;
  const idat: Uint8Array[] = [];
  for (let o = 8; o < png.length;) {
    const length = view.getUint32(o);
    const type = String.fromCharCode(...png.subarray(o + 4, o + 8));
    const data = png.subarray(o + 8, o + 8 + length);
    if (type === 'IHDR') {
      width = view.getUint32(o + 8);
      height = view.getUint32(o + 12);
      expect([...data.subarray(8)]).toEqual([1, 0, 0, 0, 0]);
    } else if (type === 'IDAT') idat.push(data);
    o += 12 + length;
  }
  const raw = inflateSync(Buffer.concat(idat));
  const stride = 1 + Math.ceil(width / 8);
  const data = new Uint8Array(width * height * 4);
  for (let y = 0; y < height; y++) {
    expect(raw[y * stride]).toBe(0); // filter: none
    for (let x = 0; x < width; x++) {
      const white = (raw[y * stride + 1 + (x >> 3)]! >> (7 - (x & 7))) & 1;
      data.fill(white ? 255 : 0, (y * width + x) * 4, (y * width + x) * 4 + 3);
      data[(y * width + x) * 4 + 3] = 255;
    }
  }
  return { width, height, data };
}

describe('PeerIds', () => {
  it('of an Ed25519 key: the identity multihash of its protobuf encoding, base58btc 12D3KooW…', () => {
    const key = SigningKeyPair.generate().publicKey.bytes;
    const id = peerIdFromEd25519PublicKey(key);
    expect([...id.subarray(0, 6)]).toEqual([0x00, 0x24, 0x08, 0x01, 0x12, 0x20]);
    expect(ed25519PublicKeyOfPeerId(id)).toEqual(key);
    const text = peerIdToString(id);
    expect(text).toMatch(/^12D3KooW[1-9A-HJ-NP-Za-km-z]{44}$/);
    expect(peerIdFromString(text)).toEqual(id);
  });

  it('anything else is MALFORMED', () => {
    expectNexusErrorSync(
      () => peerIdFromString('QmYyQSo1c1Ym7orWxLYvCrM2EmxFTANf8wXmmE7DWjhx5N'),
      'MALFORMED',
    );
    expectNexusErrorSync(() => peerIdFromString('12D3KooW0OIl'), 'MALFORMED');
    expectNexusErrorSync(() => peerIdFromString(''), 'MALFORMED');
    expectNexusErrorSync(() => ed25519PublicKeyOfPeerId(new Uint8Array(38)), 'MALFORMED');
    expectNexusErrorSync(() => peerIdFromEd25519PublicKey(new Uint8Array(31)), 'INVALID_ARGUMENT');
  });
});

describe('peer bindings', () => {
  it('bind a PeerId to a device until they expire', async () => {
    const d = await device();
    const binding = await createPeerBinding({
      signer: d.local.signer,
      deviceId: d.local.deviceId,
      peerId: d.peerId,
      createdAt: T,
      expiresAt: T + 1000,
    });
    const known = {
      identity: d.local.identityKey,
      selfSigningCertificate: d.local.selfSigningCertificate,
      deviceCertificate: d.local.deviceCertificate,
    };
    const v = verifyPeerBinding(binding, { ...known, peerId: d.peerId, now: T + 999 });
    expect(v.uuid).toBe(d.a.identity.uuid);
    expect(v.peerId).toEqual(d.peerId);
    expect(v.expiresAt).toBe(T + 1000);
    expectNexusErrorSync(() => verifyPeerBinding(binding, { ...known, now: T + 1000 }), 'EXPIRED');
    // The connection proved another PeerId.
    const err = expectNexusErrorSync(
      () => verifyPeerBinding(binding, { ...known, peerId: transportKey(), now: T }),
      'PEER_MISMATCH',
    );
    expect(err.message).toContain(peerIdToString(d.peerId));
    // Another device's certificate (of another identity, or of this one).
    const other = await device('mallory');
    expectNexusErrorSync(
      () =>
        verifyPeerBinding(binding, {
          ...known,
          deviceCertificate: other.local.deviceCertificate,
          now: T,
        }),
      'UNKNOWN_ISSUER',
    );
    // Signed by another device for this device id.
    const forged = await createPeerBinding({
      signer: other.local.signer,
      deviceId: d.local.deviceId,
      peerId: other.peerId,
      createdAt: T,
    });
    expectNexusErrorSync(() => verifyPeerBinding(forged, { ...known, now: T }), 'BAD_SIGNATURE');
  });

  it('a bad PeerId, device id or period is INVALID_ARGUMENT when signing', async () => {
    const d = await device();
    const base = {
      signer: d.local.signer,
      deviceId: d.local.deviceId,
      peerId: d.peerId,
      createdAt: T,
    };
    await expectNexusError(
      () => createPeerBinding({ ...base, peerId: new Uint8Array(38) }),
      'INVALID_ARGUMENT',
    );
    await expectNexusError(
      () => createPeerBinding({ ...base, deviceId: new Uint8Array(8) }),
      'INVALID_ARGUMENT',
    );
    await expectNexusError(() => createPeerBinding({ ...base, expiresAt: T }), 'INVALID_ARGUMENT');
  });
});

describe('invites', () => {
  it('verify offline: identity, devices with their PeerIds, relay hints, period', async () => {
    const d = await device();
    const bytes = await invite(d);
    const v = verifyInvite(bytes, { now: T, expectedUuid: d.a.identity.uuid });
    expect(v.uuid).toBe(d.a.identity.uuid);
    expect(v.displayName).toBe('Alice');
    expect(v.signer.deviceId).toEqual(d.local.deviceId);
    expect(v.devices).toEqual([
      { deviceId: d.local.deviceId, peerId: d.peerId, peerIdText: peerIdToString(d.peerId) },
    ]);
    expect(v.relayHints).toHaveLength(1);
    expect(v.expiresAt).toBe(T + 7 * 24 * 3600 * 1000);
    expectNexusErrorSync(() => verifyInvite(bytes, { now: v.expiresAt }), 'EXPIRED');
    const bob = (await device('bob')).a.identity.uuid;
    expectNexusErrorSync(
      () => verifyInvite(bytes, { now: T, expectedUuid: bob }),
      'UNKNOWN_ISSUER',
    );
  });

  it('the text form: NXI1: and base32, any case, and back', async () => {
    const d = await device();
    const bytes = await invite(d);
    const text = inviteToText(bytes);
    expect(text.startsWith(INVITE_TEXT_PREFIX)).toBe(true);
    expect(text).toMatch(/^NXI1:[A-Z2-7]+$/);
    // Small enough for a QR code a phone reads from a screen.
    expect(text.length).toBeLessThan(1300);
    expect(inviteFromText(`  ${text.toLowerCase()}\n`)).toEqual(bytes);
    expect(verifyInvite(text, { now: T }).uuid).toBe(d.a.identity.uuid);
    expectNexusErrorSync(() => inviteFromText('NXI2:AAAA'), 'MALFORMED');
    expectNexusErrorSync(() => inviteFromText(`${text}1`), 'MALFORMED');
    expectNexusErrorSync(() => inviteFromText(`NXI1:${'A'.repeat(5000)}`), 'MALFORMED');
  });

  it('an invite changed in any bit is a typed error, never accepted', async () => {
    const d = await device();
    const bytes = await invite(d);
    const codes = new Set<string>();
    for (let i = 0; i < bytes.length; i++) {
      const bad = bytes.slice();
      bad[i]! ^= 1 << (i % 8);
      try {
        verifyInvite(bad, { now: T });
      } catch (err) {
        expect(err, `byte ${i}`).toBeInstanceOf(NexusError);
        codes.add((err as NexusError).code);
        continue;
      }
      throw new Error(`a change at byte ${i} was accepted`);
    }
    expect(
      [...codes].every((c) =>
        ['MALFORMED', 'BAD_SIGNATURE', 'UNKNOWN_ISSUER', 'EXPIRED', 'INVALID_KEY'].includes(c),
      ),
    ).toBe(true);
    expect(codes.has('BAD_SIGNATURE')).toBe(true);
    // In the text form, one character changed.
    const text = inviteToText(bytes);
    const at = text.length - 40;
    const changed = text.slice(0, at) + (text[at] === 'A' ? 'B' : 'A') + text.slice(at + 1);
    expect(() => verifyInvite(changed, { now: T })).toThrow(NexusError);
  });

  it('signed by a revoked device, by a device it does not list, or for another identity: refused', async () => {
    const d = await device();
    await expectNexusError(
      () => invite(d, { devices: [{ deviceId: new Uint8Array(16).fill(9), peerId: d.peerId }] }),
      'INVALID_ARGUMENT',
    );
    const list = await issueRevocationList({
      issuer: d.a.selfSigningKey,
      identityKey: d.local.identityKey,
      revoke: [{ deviceId: d.local.deviceId }],
    });
    const signed = await invite(d);
    expectNexusErrorSync(() => verifyInvite(signed, { now: T, revocationList: list }), 'REVOKED');
  });

  it('limits: at most 4 devices and 4 relay hints, each a multiaddr', async () => {
    const d = await device();
    const many = Array.from({ length: 5 }, (_, i) => ({
      deviceId: i === 0 ? d.local.deviceId : new Uint8Array(16).fill(i),
      peerId: transportKey(),
    }));
    await expectNexusError(() => invite(d, { devices: many }), 'INVALID_ARGUMENT');
    await expectNexusError(
      () => invite(d, { relayHints: ['a', 'b', 'c', 'd', 'e'].map((x) => `/dns4/${x}`) }),
      'INVALID_ARGUMENT',
    );
    await expectNexusError(
      () => invite(d, { relayHints: ['https://relay.example'] }),
      'INVALID_ARGUMENT',
    );
    await expectNexusError(
      () =>
        invite(d, {
          devices: [
            { deviceId: d.local.deviceId, peerId: d.peerId },
            { deviceId: d.local.deviceId, peerId: d.peerId },
          ],
        }),
      'INVALID_ARGUMENT',
    );
  });
});

describe('invites as QR codes', () => {
  it('a PNG reads back to the same invite', async () => {
    const d = await device();
    const bytes = await invite(d);
    const png = inviteQr(bytes, 'png', { scale: 4 });
    const image = pngPixels(png);
    expect(image.width).toBe(image.height);
    const text = readQrImage(image);
    expect(text).toBe(inviteToText(bytes));
    expect(verifyInvite(text, { now: T }).uuid).toBe(d.a.identity.uuid);
  });

  it('for a terminal (two module rows per line) and as SVG', async () => {
    const d = await device();
    const text = inviteToText(await invite(d));
    const terminal = inviteQr(text, 'terminal');
    const lines = terminal.trimEnd().split('\n');
    const svg = inviteQr(text, 'svg');
    const size = Number(/viewBox="0 0 (\d+) \1"/.exec(svg)![1]);
    expect(lines).toHaveLength(Math.ceil(size / 2));
    expect(lines.every((l) => [...l].length === size && /^[█▀▄ ]+$/.test(l))).toBe(true);
    // The modules of the SVG, drawn into pixels, read back too.
    const scale = 4;
    const px = size * scale;
    const data = new Uint8Array(px * px * 4).fill(255);
    for (const m of svg.matchAll(/<rect x="(\d+)" y="(\d+)"/g))
      for (let dy = 0; dy < scale; dy++)
        for (let dx = 0; dx < scale; dx++) {
          const o = ((Number(m[2]) * scale + dy) * px + Number(m[1]) * scale + dx) * 4;
          data.fill(0, o, o + 3);
        }
    expect(readQrImage({ width: px, height: px, data })).toBe(text);
  });

  it('bad input: a non-invite, a bad scale, an image without a code', () => {
    expectNexusErrorSync(() => inviteQr('hello', 'svg'), 'MALFORMED');
    expectNexusErrorSync(
      () => inviteQr(new Uint8Array(3), 'png', { scale: 0 }),
      'INVALID_ARGUMENT',
    );
    expectNexusErrorSync(
      () => readQrImage({ width: 100, height: 100, data: new Uint8Array(100 * 100 * 4).fill(255) }),
      'MALFORMED',
    );
    expectNexusErrorSync(
      () => readQrImage({ width: 100, height: 100, data: new Uint8Array(7) }),
      'INVALID_ARGUMENT',
    );
  });
});
