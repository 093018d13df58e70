import { readFileSync } from 'node:fs';
import { create } from '@bufbuild/protobuf';
import { describe, expect, it } from 'vitest';
import {
  decodeDeviceCertificate,
  NexusError,
  peerIdFromString,
  selectDeviceRecord,
  verifyDeviceRecord,
  signingInput,
  verifyInvite,
  verifyPeerBinding,
  verifySignature,
} from '../../src/index.js';
import type { SignatureLabel } from '../../src/index.js';
import { signedMessageCodec } from '../../src/wire/messages.js';
import { peerFrameCodec } from '../../src/wire/p2p.js';
import { PeerFrameSchema } from '../../src/wire/gen/nexuslink/v1/p2p_pb.js';
import { p2pVectors } from '../../scripts/vectors/p2p.js';
import { hex, readJson, repoPath, unhex } from '../helpers.js';
import { expectRefused, fromFields } from './proto-json.js';
import type { Case } from './proto-json.js';

type File = {
  cases: Case[];
  identity_key?: string;
  self_signing_certificate?: string;
  selection?: { key: string; records: string[]; now_ms: number; selected: number };
};
const load = (name: string) => readJson<File>(`test-vectors/p2p/${name}`);

/** base58btc, written out here (the SDK uses @scure/base). */
function base58(bytes: Uint8Array): string {
  const alphabet = '123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz';
  let n = BigInt(`0x${hex(bytes) || '0'}`);
  let out = '';
  while (n > 0n) {
    out = alphabet[Number(n % 58n)]! + out;
    n /= 58n;
  }
  for (const b of bytes) {
    if (b !== 0) break;
    out = `1${out}`;
  }
  return out;
}

/** RFC 4648 base32 without padding, written out here. */
function base32Decode(text: string): Uint8Array {
  const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567';
  const out: number[] = [];
  let bits = 0;
  let value = 0;
  for (const ch of text) {
    value = (value << 5) | alphabet.indexOf(ch);
    bits += 5;
    if (bits >= 8) {
      out.push((value >> (bits - 8)) & 0xff);
      bits -= 8;
    }
  }
  return Uint8Array.from(out);
}

function refusal(fn: () => unknown): string {
  try {
    fn();
  } catch (err) {
    expect(err).toBeInstanceOf(NexusError);
    return (err as NexusError).code;
  }
  return 'accepted';
}

describe('p2p vectors (test-vectors/p2p)', () => {
  it('regenerating the vectors reproduces every file byte for byte', async () => {
    for (const [name, content] of Object.entries(await p2pVectors()))
      expect(readFileSync(repoPath(`test-vectors/${name}`), 'utf8'), name).toBe(
        JSON.stringify(content, null, 2) + '\n',
      );
  });

  it('peer-ids.json: the multihash and its base58btc text, computed here', () => {
    const cases = load('peer-ids.json').cases;
    expect(cases.length).toBe(6);
    for (const c of cases) {
      if (c.error) {
        expect(
          refusal(() => peerIdFromString(c.text as string)),
          c.description,
        ).toBe(c.error);
        continue;
      }
      expect(c.peer_id).toBe(`002408011220${c.public_key as string}`);
      expect(base58(unhex(c.peer_id as string))).toBe(c.text);
      expect(c.text as string).toMatch(/^12D3KooW/);
      expect(hex(peerIdFromString(c.text as string))).toBe(c.peer_id);
    }
  });

  it('peer-bindings.json: the signature over label || 0 || body, and each refusal', () => {
    const file = load('peer-bindings.json');
    expect(file.cases.length).toBe(8);
    for (const c of file.cases) {
      const verify = () =>
        verifyPeerBinding(unhex(c.binding as string), {
          identity: unhex(file.identity_key!),
          selfSigningCertificate: unhex(file.self_signing_certificate!),
          deviceCertificate: unhex(c.device_certificate as string),
          peerId: unhex(c.connection_peer_id as string),
          now: c.now_ms as number,
        });
      if (c.error) {
        expect(refusal(verify), c.description).toBe(c.error);
        continue;
      }
      const result = c.result!;
      const v = verify();
      expect(v.uuid).toBe(result.uuid);
      expect(hex(v.peerId)).toBe(result.peer_id);
      expect(v.expiresAt).toBe(result.expires_at_ms);
      const signed = signedMessageCodec.decode(unhex(c.binding as string));
      expect(hex(signed.body)).toBe(result.body);
      const device = decodeDeviceCertificate(unhex(c.device_certificate as string));
      const input = signingInput(result.signing_input_label as SignatureLabel, signed.body);
      expect(verifySignature(device.signingKey, input, signed.signature)).toBe(true);
    }
  });

  it('invites.json: the text form, what verifies, and each refusal', () => {
    const cases = load('invites.json').cases;
    expect(cases.length).toBe(13);
    for (const c of cases) {
      // `invite` null: the case is about the text form (spec/p2p.md §3.2).
      const source = c.invite === null ? (c.text as string) : unhex(c.invite as string);
      const options = {
        now: c.now_ms as number,
        ...(c.expected_uuid ? { expectedUuid: c.expected_uuid as string } : {}),
        ...(c.revocation_list ? { revocationList: unhex(c.revocation_list as string) } : {}),
      };
      if (c.error) {
        expect(
          refusal(() => verifyInvite(source, options)),
          c.description,
        ).toBe(c.error);
        continue;
      }
      const result = c.result!;
      if (typeof source === 'string') {
        const v = verifyInvite(source, options);
        expect(v.uuid, c.description).toBe(result.uuid);
        expect(v.expiresAt, c.description).toBe(result.expires_at_ms);
        continue;
      }
      const bytes = source;
      const text = c.text as string;
      expect(text.startsWith('NXI1:')).toBe(true);
      expect(hex(base32Decode(text.slice(5)))).toBe(c.invite);
      for (const v of [verifyInvite(bytes, options), verifyInvite(text, options)]) {
        expect(v.uuid).toBe(result.uuid);
        expect(v.displayName).toBe(result.display_name);
        expect(hex(v.signer.deviceId)).toBe(result.signer_device_id);
        expect(
          v.devices.map((d) => ({
            device_id: hex(d.deviceId),
            peer_id: hex(d.peerId),
            peer_id_text: d.peerIdText,
          })),
        ).toEqual(result.devices);
        expect(v.relayHints).toEqual(result.relay_hints);
        expect(v.expiresAt).toBe(result.expires_at_ms);
      }
      const signed = signedMessageCodec.decode(bytes);
      const signer = verifyInvite(bytes, options).signer;
      const input = signingInput(result.signing_input_label as SignatureLabel, signed.body);
      expect(verifySignature(signer.signingKey, input, signed.signature)).toBe(true);
    }
  });

  it('frames.json: each valid frame has exactly its encoding; each invalid one is MALFORMED', () => {
    const cases = load('frames.json').cases;
    expect(cases.filter((c) => !c.error).length).toBe(7);
    expect(cases.filter((c) => c.error).length).toBeGreaterThanOrEqual(12);
    for (const c of cases) {
      if (c.error) {
        expectRefused(c, (bytes) => peerFrameCodec.decode(bytes));
        continue;
      }
      const frame = create(PeerFrameSchema, fromFields(PeerFrameSchema, c.frame) as never);
      expect(hex(peerFrameCodec.encode(frame)), c.description).toBe(c.encoding);
      expect(peerFrameCodec.decode(unhex(c.encoding!)), c.description).toEqual(frame);
    }
  });

  it('device-records.json: what verifies under its key, what is refused, which one wins', () => {
    const file = load('device-records.json');
    expect(file.cases.length).toBe(7);
    for (const c of file.cases) {
      const key = new TextEncoder().encode(c.key as string);
      const verify = () =>
        verifyDeviceRecord(unhex(c.record as string), { key, now: c.now_ms as number });
      if (c.error) {
        expect(refusal(verify), c.description).toBe(c.error);
        continue;
      }
      const v = verify();
      const result = c.result!;
      expect(v.address).toEqual({ uuid: result.uuid, deviceId: result.device_id });
      expect(v.peerId).toBe(result.peer_id);
      expect(v.addresses).toEqual(result.addresses);
      expect(v.expiresAt).toBe(result.expires_at_ms);
      expect(c.key).toBe(`/nexuslink/${result.uuid as string}/${result.device_id as string}`);
    }
    const sel = file.selection!;
    expect(
      selectDeviceRecord(new TextEncoder().encode(sel.key), sel.records.map(unhex), sel.now_ms),
    ).toBe(sel.selected);
  });
});
