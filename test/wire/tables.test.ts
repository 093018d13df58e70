// The field tables (src/wire/gen/**/*_tables.ts) and the codec that runs on
// them (create, encode, the strict and the lenient decoder) against
// protobuf-es on every message of every schema, oneofs included: the same
// fields, the same objects, the same bytes.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  create as pbCreate,
  fromBinary as pbFromBinary,
  ScalarType,
  toBinary,
} from '@bufbuild/protobuf';
import type { DescField, DescFile, DescMessage } from '@bufbuild/protobuf';
import { create } from '../../src/wire/create.js';
import { decodeCanonical } from '../../src/wire/decode.js';
import { encodeCanonical } from '../../src/wire/encode.js';
import { planOf, tableOf } from '../../src/wire/fields.js';
import type { MessageTable } from '../../src/wire/fields.js';
import { fromBinary } from '../../src/wire/from-binary.js';
import { file_nexuslink_v1_backup } from '../../src/wire/gen/nexuslink/v1/backup_pb.js';
import * as backup from '../../src/wire/gen/nexuslink/v1/backup_tables.js';
import { file_nexuslink_v1_client } from '../../src/wire/gen/nexuslink/v1/client_pb.js';
import * as client from '../../src/wire/gen/nexuslink/v1/client_tables.js';
import { file_nexuslink_v1_community } from '../../src/wire/gen/nexuslink/v1/community_pb.js';
import * as community from '../../src/wire/gen/nexuslink/v1/community_tables.js';
import { file_nexuslink_v1_contact } from '../../src/wire/gen/nexuslink/v1/contact_pb.js';
import * as contact from '../../src/wire/gen/nexuslink/v1/contact_tables.js';
import { file_nexuslink_v1_envelope } from '../../src/wire/gen/nexuslink/v1/envelope_pb.js';
import * as envelope from '../../src/wire/gen/nexuslink/v1/envelope_tables.js';
import { file_nexuslink_v1_identity } from '../../src/wire/gen/nexuslink/v1/identity_pb.js';
import * as identity from '../../src/wire/gen/nexuslink/v1/identity_tables.js';
import { file_nexuslink_v1_keys } from '../../src/wire/gen/nexuslink/v1/keys_pb.js';
import * as keys from '../../src/wire/gen/nexuslink/v1/keys_tables.js';
import { file_nexuslink_v1_p2p } from '../../src/wire/gen/nexuslink/v1/p2p_pb.js';
import * as p2p from '../../src/wire/gen/nexuslink/v1/p2p_tables.js';
import { file_nexuslink_v1_prekeys } from '../../src/wire/gen/nexuslink/v1/prekeys_pb.js';
import * as prekeys from '../../src/wire/gen/nexuslink/v1/prekeys_tables.js';
import { file_nexuslink_v1_session } from '../../src/wire/gen/nexuslink/v1/session_pb.js';
import * as session from '../../src/wire/gen/nexuslink/v1/session_tables.js';
import { file_nexuslink_v1_state } from '../../src/wire/gen/nexuslink/v1/state_pb.js';
import * as state from '../../src/wire/gen/nexuslink/v1/state_tables.js';
import { file_nexuslink_v1_storage } from '../../src/wire/gen/nexuslink/v1/storage_pb.js';
import * as storage from '../../src/wire/gen/nexuslink/v1/storage_tables.js';
import { NexusError } from '../../src/index.js';
import { prng } from './random-message.js';

const FILES: [DescFile, Record<string, unknown>][] = [
  [file_nexuslink_v1_backup, backup],
  [file_nexuslink_v1_client, client],
  [file_nexuslink_v1_community, community],
  [file_nexuslink_v1_contact, contact],
  [file_nexuslink_v1_envelope, envelope],
  [file_nexuslink_v1_identity, identity],
  [file_nexuslink_v1_keys, keys],
  [file_nexuslink_v1_p2p, p2p],
  [file_nexuslink_v1_prekeys, prekeys],
  [file_nexuslink_v1_session, session],
  [file_nexuslink_v1_state, state],
  [file_nexuslink_v1_storage, storage],
];
/** Every message: its protobuf-es schema and its generated table. */
const MESSAGES: [DescMessage, MessageTable][] = FILES.flatMap(([file, tables]) =>
  file.messages.map((m): [DescMessage, MessageTable] => [
    m,
    tables[`${m.name}Schema`] as MessageTable,
  ]),
);

/** A value with its properties in order, so two objects compare key order too. */
function ordered(value: unknown): unknown {
  if (value instanceof Uint8Array) return { bytes: Array.from(value) };
  if (Array.isArray(value)) return value.map(ordered);
  if (value !== null && typeof value === 'object')
    return Object.entries(value).map(([k, v]) => [k, ordered(v)]);
  return typeof value === 'bigint' ? `${value}n` : value;
}

/**
 * A random initializer for `desc`: fields left out, set, or null; bytes as
 * arrays of numbers now and then; nested messages as plain objects or as
 * messages already; a oneof with a member, with none, or with a wrong case.
 */
function randomInit(desc: DescMessage, r: () => number, depth = 0): Record<string, unknown> {
  const init: Record<string, unknown> = {};
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(r() * xs.length)]!;
  const scalar = (f: DescField, type: ScalarType | 'enum'): unknown => {
    switch (type) {
      case 'enum':
        return pick([0, 1, 2, -1]);
      case ScalarType.UINT32:
        return pick([0, 1, 300, 2 ** 32 - 1]);
      case ScalarType.UINT64:
        return pick([0n, 1n, 2n ** 64n - 1n]);
      case ScalarType.BOOL:
        return r() < 0.5;
      case ScalarType.STRING:
        return pick(['', 'a', '\uFEFFbom', '日本語']);
      case ScalarType.BYTES:
        return r() < 0.3 ? [1, 2, 3] : new Uint8Array(Math.floor(r() * 5)).fill(7);
      default:
        throw new Error(`unexpected scalar in ${f.name}`);
    }
  };
  const message = (m: DescMessage) => {
    const sub = randomInit(m, r, depth + 1);
    return r() < 0.3 ? pbCreate(m, sub as never) : sub;
  };
  for (const member of desc.members) {
    if (r() < 0.3) continue;
    if (member.kind === 'oneof') {
      const f = pick(member.fields);
      init[member.localName] =
        r() < 0.15
          ? { case: 'noSuchMember', value: {} }
          : r() < 0.15
            ? { case: undefined }
            : { case: f.localName, value: depth < 3 ? message(f.message!) : {} };
      continue;
    }
    const f = member;
    if (r() < 0.1) {
      init[f.localName] = null;
    } else if (f.fieldKind === 'message') {
      if (depth < 3) init[f.localName] = message(f.message);
    } else if (f.fieldKind === 'list') {
      const n = depth < 3 ? Math.floor(r() * 3) : 0;
      init[f.localName] = Array.from({ length: n }, () =>
        f.listKind === 'message' ? message(f.message) : scalar(f, f.scalar!),
      );
    } else {
      init[f.localName] = scalar(f, f.fieldKind === 'enum' ? 'enum' : f.scalar!);
    }
  }
  return init;
}

/** A varint's bytes. */
function varint(n: bigint): number[] {
  const out: number[] = [];
  while (n >= 0x80n) {
    out.push(Number(n & 0x7fn) | 0x80);
    n >>= 7n;
  }
  out.push(Number(n));
  return out;
}

/** The top-level fields of a valid encoding, each as its bytes (tag included). */
function fieldsOf(bytes: Uint8Array): Uint8Array[] {
  const out: Uint8Array[] = [];
  let pos = 0;
  const readVarint = () => {
    let n = 0n;
    let shift = 0n;
    for (;;) {
      const b = bytes[pos++]!;
      n |= BigInt(b & 0x7f) << shift;
      shift += 7n;
      if (b < 0x80) return n;
    }
  };
  while (pos < bytes.length) {
    const start = pos;
    const wire = Number(readVarint() & 7n);
    if (wire === 0) readVarint();
    else {
      const length = Number(readVarint()); // read before `pos +=` reads pos
      pos += length;
    }
    out.push(bytes.subarray(start, pos));
  }
  return out;
}

/** Valid but not canonical encodings of the same kind of message, as other writers make them. */
function variants(bytes: Uint8Array, r: () => number): Uint8Array[] {
  const fields = fieldsOf(bytes);
  const shuffled = [...fields].sort(() => r() - 0.5);
  const unknown = [
    [...varint(BigInt((1000 << 3) | 0)), ...varint(123456789n)],
    [...varint(BigInt((1001 << 3) | 1)), 1, 2, 3, 4, 5, 6, 7, 8],
    [...varint(BigInt((1002 << 3) | 5)), 1, 2, 3, 4],
    [...varint(BigInt((1003 << 3) | 2)), 2, 9, 9],
    // a group with a nested varint field
    [...varint(BigInt((1004 << 3) | 3)), 0x08, 0x01, ...varint(BigInt((1004 << 3) | 4))],
  ];
  const join = (parts: ArrayLike<number>[]) => Uint8Array.from(parts.flatMap((p) => Array.from(p)));
  const mutated = Array.from(bytes);
  if (mutated.length > 0) mutated[Math.floor(r() * mutated.length)]! ^= 1 << Math.floor(r() * 8);
  return [
    bytes,
    join(shuffled),
    join([...fields, ...fields]), // every field twice: last scalar wins, messages merge, lists grow
    join([pick(unknown, r), ...fields, pick(unknown, r)]),
    Uint8Array.from(mutated),
    bytes.subarray(0, Math.floor(r() * bytes.length)),
  ];
}
const pick = <T>(xs: readonly T[], r: () => number): T => xs[Math.floor(r() * xs.length)]!;

/** What a decoder makes of `bytes`: the value in order, or that it threw. */
function outcome(decode: () => unknown): unknown {
  try {
    return ordered(decode());
  } catch {
    return 'throws';
  }
}

describe('the generated field tables', () => {
  it(`cover every message (${MESSAGES.length})`, () => {
    expect(MESSAGES.length).toBeGreaterThanOrEqual(60);
    for (const [desc, table] of MESSAGES) expect(table, desc.typeName).toBeDefined();
  });

  it('list every field as protobuf-es describes it: number, name, type, oneof and message', () => {
    for (const [desc, table] of MESSAGES) {
      const fromDesc = tableOf(desc);
      expect(table.typeName).toBe(desc.typeName);
      expect(table.fields.map((f) => f.slice(0, 3))).toEqual(
        fromDesc.fields.map((f) => f.slice(0, 3)),
      );
      const rest = (f: readonly unknown[]) => [
        (f[3] as (() => MessageTable) | undefined)?.().typeName,
        f[4],
      ];
      expect(table.fields.map(rest)).toEqual(fromDesc.fields.map(rest));
      expect(planOf(table).members.map((m) => ('name' in m ? m.name : m.oneof))).toEqual(
        desc.members.map((m) => m.localName),
      );
    }
  });
});

describe('create, encode and decode from the tables agree with protobuf-es', () => {
  for (const [desc, table] of MESSAGES) {
    it(desc.typeName, () => {
      fc.assert(
        fc.property(fc.integer({ min: 1, max: 2 ** 31 - 1 }), (seed) => {
          const r = prng(seed);
          const init = randomInit(desc, r);
          // create: the same object, key order included; a message is returned as it is.
          const ours = create(table, init as never);
          const theirs = pbCreate(desc, init as never);
          expect(ordered(ours)).toEqual(ordered(theirs));
          expect(create(table, theirs as never)).toBe(theirs);
          // The canonical encoding, and the strict decoder's value of it.
          const bytes = toBinary(desc, theirs);
          expect(encodeCanonical(table, ours)).toEqual(bytes);
          const decoded = (() => {
            try {
              return decodeCanonical(table, bytes);
            } catch (err) {
              // Negative enums are 10-byte varints, never a NexusLink value: the strict decoder refuses them.
              if (NexusError.is(err, 'MALFORMED') && /varint is too long/.test(err.message))
                return null;
              throw err;
            }
          })();
          if (decoded !== null) {
            expect(decoded).toEqual(pbFromBinary(desc, bytes));
            expect(encodeCanonical(table, decoded)).toEqual(bytes);
          }
          // The lenient decoder: what protobuf-es's fromBinary makes of any encoding, or both throw.
          for (const variant of variants(bytes, r))
            expect(outcome(() => fromBinary(table, variant))).toEqual(
              outcome(() => pbFromBinary(desc, variant, { readUnknownFields: false })),
            );
        }),
        { numRuns: 60 },
      );
    });
  }

  it('the strict decoder refuses two members of one oneof, which protobuf-es reads as the last', () => {
    const text = Uint8Array.of(0x52, 0x00); // field 10 (text) = TextBody{}
    const receipt = Uint8Array.of(0x62, 0x00); // field 12 (receipt) = Receipt{}
    const both = Uint8Array.of(0x08, 0x01, ...text, ...receipt);
    expect(() => decodeCanonical(client.ClientMessageSchema, both)).toThrow(
      /second member of its oneof/,
    );
    expect(fromBinary(client.ClientMessageSchema, both).body.case).toBe('receipt');
  });
});
