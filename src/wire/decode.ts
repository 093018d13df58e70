/**
 * A fast, strict protobuf decoder for NexusLink's messages: the inverse of
 * `encodeCanonical` (./encode.ts). It accepts exactly the canonical encoding
 * (spec/wire.md §Canonical encoding: fields in ascending number order, each
 * once, a repeated field's elements together; at most one member of a
 * oneof; proto3 defaults omitted; minimal varints; no unknown fields; nothing
 * after the last field) and checks that while it decodes, in one pass: no
 * second encode, no copy of large `bytes` fields (they are views of the
 * input, as with `fromBinary`). `test/wire/decode.test.ts` checks that it
 * accepts and returns exactly what protobuf-es's `fromBinary` and a
 * re-encode do.
 */
import type { DescMessage, MessageShape } from '@bufbuild/protobuf';
import { NexusError } from '../interfaces/errors.js';
import { DEFAULTS } from './create.js';
import { Kind, messagePlan, planOf } from './fields.js';
import type { MessageTable, Plan } from './fields.js';
import { readUtf8 } from './utf8.js';

/** A message's properties and their defaults (a list or a oneof group gets a new one per message). */
interface Defaults {
  readonly names: readonly string[];
  readonly values: readonly unknown[];
}

const LIST = Symbol('list');
const ONEOF = Symbol('oneof');
const EMPTY = new Uint8Array(0);
const defaults = new WeakMap<Plan, Defaults>();
// ignoreBOM: a leading U+FEFF in a string is text, as protobuf-es reads it.
const MAX_DEPTH = 32;

function defaultsOf(plan: Plan): Defaults {
  let known = defaults.get(plan);
  if (known === undefined) {
    const names: string[] = [];
    const values: unknown[] = [];
    for (const member of plan.members) {
      if (!('name' in member)) {
        names.push(member.oneof);
        values.push(ONEOF);
      } else {
        names.push(member.name);
        values.push(
          member.list ? LIST : member.kind === Kind.Message ? undefined : DEFAULTS[member.kind],
        );
      }
    }
    known = { names, values };
    defaults.set(plan, known);
  }
  return known;
}

function fail(typeName: string, why: string): never {
  throw new NexusError(
    'MALFORMED',
    `${typeName}: not the canonical protobuf encoding (${why}; trailing, unknown or reordered data?)`,
  );
}

// The cursor of the decoder. Module state, not closures: this is the hot path
// of every received message and stored record, and decoding is synchronous
// (a nested message saves and restores `end` around its own bytes).
let buf: Uint8Array = EMPTY;
let pos = 0;
let end = 0;
let typeName = '';

/** A minimal varint of at most 5 bytes that fits 32 bits. */
function uint32(): number {
  let value = 0;
  for (let i = 0; i < 5; i++) {
    if (pos >= end) fail(typeName, 'a varint runs past the end');
    const byte = buf[pos++]!;
    value += (byte & 0x7f) * 2 ** (7 * i);
    if (byte < 0x80) {
      if (byte === 0 && i > 0) fail(typeName, 'a varint is padded');
      if (value > 0xffffffff) fail(typeName, 'a 32-bit value is too large');
      return value;
    }
  }
  return fail(typeName, 'a 32-bit varint is too long');
}

/** A minimal varint of at most 10 bytes that fits 64 bits. */
function uint64(): bigint {
  let value = 0n;
  for (let i = 0; i < 10; i++) {
    if (pos >= end) fail(typeName, 'a varint runs past the end');
    const byte = buf[pos++]!;
    value |= BigInt(byte & 0x7f) << BigInt(7 * i);
    if (byte < 0x80) {
      if (byte === 0 && i > 0) fail(typeName, 'a varint is padded');
      if (value > 0xffffffffffffffffn) fail(typeName, 'a 64-bit value is too large');
      return value;
    }
  }
  return fail(typeName, 'a varint is too long');
}

/** The length of a length-delimited value, checked against the end; `pos` is left at its start. */
function length(): number {
  const n = uint32();
  if (n > end - pos) fail(typeName, 'a length runs past the end');
  return n;
}

/** Decode the message from `pos` to `end`. */
function decodeWith(plan: Plan, depth: number): Record<string, unknown> {
  typeName = plan.typeName;
  if (depth > MAX_DEPTH) fail(typeName, 'messages are nested too deep');
  const message: Record<string, unknown> = { $typeName: typeName };
  const { names, values } = defaultsOf(plan);
  for (let i = 0; i < names.length; i++) {
    const value = values[i];
    message[names[i]!] = value === LIST ? [] : value === ONEOF ? { case: undefined } : value;
  }
  let last = 0;
  while (pos < end) {
    const tag = uint32();
    const number = tag >>> 3;
    const field = plan.byNumber[number];
    if (field === undefined) fail(typeName, `field ${number} is unknown`);
    if (number < last || (number === last && !field.list))
      fail(typeName, `field ${number} is out of order or repeated`);
    last = number;
    if ((tag & 7) !== field.wire) fail(typeName, `field ${number} has the wrong wire type`);
    let value: unknown;
    switch (field.kind) {
      case Kind.Uint32:
      case Kind.Enum: {
        const v = uint32();
        // Enums are int32: a negative value (a 10-byte varint) is never ours.
        if (field.kind === Kind.Enum && v > 0x7fffffff)
          fail(typeName, `field ${number} is out of range`);
        if (v === 0) fail(typeName, `field ${number} holds its default`);
        value = v;
        break;
      }
      case Kind.Uint64: {
        const v = uint64();
        if (v === 0n) fail(typeName, `field ${number} holds its default`);
        value = v;
        break;
      }
      case Kind.Bool: {
        if (pos >= end || buf[pos] !== 1) fail(typeName, `field ${number} is not a canonical true`);
        pos++;
        value = true;
        break;
      }
      case Kind.String:
      case Kind.Bytes: {
        const n = length();
        if (n === 0 && !field.list) fail(typeName, `field ${number} holds its default`);
        const raw = buf.subarray(pos, pos + n);
        pos += n;
        if (field.kind === Kind.Bytes) value = raw;
        else
          try {
            value = readUtf8(raw);
          } catch {
            fail(typeName, `field ${number} is not UTF-8`);
          }
        break;
      }
      case Kind.Message: {
        const n = length();
        const outer = end;
        end = pos + n;
        value = decodeWith(messagePlan(field), depth + 1);
        end = outer;
        typeName = plan.typeName;
        break;
      }
    }
    if (field.list) (message[field.name] as unknown[]).push(value);
    else if (field.oneof === undefined) message[field.name] = value;
    else if ((message[field.oneof] as { case: unknown }).case !== undefined)
      fail(typeName, `field ${number} is a second member of its oneof`);
    else message[field.oneof] = { case: field.name, value };
  }
  return message;
}

/**
 * Decode `bytes`, which must be the canonical encoding of a `schema` message.
 *
 * @throws NexusError `MALFORMED` (with the reason) for anything else.
 */
export function decodeCanonical<S extends DescMessage>(
  schema: MessageTable<S>,
  bytes: Uint8Array,
): MessageShape<S> {
  const plan = planOf(schema);
  buf = bytes;
  pos = 0;
  end = bytes.length;
  try {
    return decodeWith(plan, 0) as MessageShape<S>;
  } finally {
    buf = EMPTY; // keep no reference to the input
  }
}
