/**
 * A fast, strict protobuf decoder for NexusLink's messages: the inverse of
 * `encodeCanonical` (./encode.ts). It accepts exactly the canonical encoding
 * (spec/wire.md §Canonical encoding: fields in ascending number order, each
 * once, a repeated field's elements together; proto3 defaults omitted;
 * minimal varints; no unknown fields; nothing after the last field) and
 * checks that while it decodes, in one pass: no second encode, no copy of
 * large `bytes` fields (they are views of the input, as with `fromBinary`).
 *
 * It covers the field types the encoder covers; for any other schema
 * {@link decodeCanonical} returns `undefined` and the caller uses
 * `fromBinary` and a re-encode. `test/wire/decode.test.ts` checks that it
 * accepts and returns exactly what that slower path does.
 */
import type { DescMessage, MessageShape } from '@bufbuild/protobuf';
import { NexusError } from '../interfaces/errors.js';
import { fieldTypeOf, wireTypeOf } from './fields.js';
import type { FieldType } from './fields.js';

const enum Kind {
  Uint32,
  Uint64,
  Bool,
  Enum,
  String,
  Bytes,
  Message,
}

const KIND: Readonly<Record<FieldType, Kind>> = {
  uint32: Kind.Uint32,
  uint64: Kind.Uint64,
  bool: Kind.Bool,
  enum: Kind.Enum,
  string: Kind.String,
  bytes: Kind.Bytes,
  message: Kind.Message,
};

interface FieldPlan {
  readonly number: number;
  readonly name: string;
  readonly kind: Kind;
  readonly list: boolean;
  /** The wire type the field must have: 2 (length-delimited) or 0 (varint). */
  readonly wire: number;
  /** A message field's plan, filled in once every plan exists. */
  plan: Plan | undefined;
  readonly message: DescMessage | undefined;
}

interface Plan {
  readonly typeName: string;
  /** Field plans by field number (sparse). */
  readonly fields: (FieldPlan | undefined)[];
  /** Every field's name and default (lists get a new array per message). */
  readonly names: readonly string[];
  readonly values: readonly unknown[];
}

const LIST = Symbol('list');
const EMPTY = new Uint8Array(0);
const plans = new WeakMap<DescMessage, Plan | null>();
const utf8 = new TextDecoder('utf-8', { fatal: true });
const MAX_DEPTH = 32;

function planOf(desc: DescMessage): Plan | null {
  const known = plans.get(desc);
  if (known !== undefined) return known;
  plans.set(desc, null); // recursion guard: a self-referencing schema stays unplanned
  const fields: (FieldPlan | undefined)[] = [];
  const defaults: [string, unknown][] = [];
  for (const f of desc.fields) {
    const type = fieldTypeOf(f);
    if (type === null) return null;
    const kind = KIND[type];
    const message = kind === Kind.Message ? (f as { message: DescMessage }).message : undefined;
    if (message !== undefined && planOf(message) === null) return null;
    const list = f.fieldKind === 'list';
    const wire = wireTypeOf(type, list);
    fields[f.number] = {
      number: f.number,
      name: f.localName,
      kind,
      list,
      wire,
      message,
      plan: undefined,
    };
    defaults.push([
      f.localName,
      list
        ? LIST
        : kind === Kind.Message
          ? undefined
          : kind === Kind.Uint64
            ? 0n
            : kind === Kind.Bool
              ? false
              : kind === Kind.String
                ? ''
                : kind === Kind.Bytes
                  ? EMPTY
                  : 0,
    ]);
  }
  const plan: Plan = {
    typeName: desc.typeName,
    fields,
    names: defaults.map(([name]) => name),
    values: defaults.map(([, value]) => value),
  };
  plans.set(desc, plan);
  for (const f of fields) if (f?.message !== undefined) f.plan = planOf(f.message)!;
  return plan;
}

function fail(typeName: string, why: string): never {
  throw new NexusError(
    'MALFORMED',
    `${typeName}: not the canonical encoding (${why}; trailing, unknown or reordered data?)`,
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
  const { names, values } = plan;
  for (let i = 0; i < names.length; i++) {
    const value = values[i];
    message[names[i]!] = value === LIST ? [] : value;
  }
  let last = 0;
  while (pos < end) {
    const tag = uint32();
    const number = tag >>> 3;
    const field = plan.fields[number];
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
            value = utf8.decode(raw);
          } catch {
            fail(typeName, `field ${number} is not UTF-8`);
          }
        break;
      }
      case Kind.Message: {
        const n = length();
        const outer = end;
        end = pos + n;
        value = decodeWith(field.plan!, depth + 1);
        end = outer;
        typeName = plan.typeName;
        break;
      }
    }
    if (field.list) (message[field.name] as unknown[]).push(value);
    else message[field.name] = value;
  }
  return message;
}

/**
 * Decode `bytes`, which must be the canonical encoding of a `schema`
 * message; `undefined` when the schema has field types outside the plan.
 *
 * @throws NexusError `MALFORMED` (with the reason) for anything else.
 */
export function decodeCanonical<S extends DescMessage>(
  schema: S,
  bytes: Uint8Array,
): MessageShape<S> | undefined {
  const plan = planOf(schema);
  if (plan === null) return undefined;
  buf = bytes;
  pos = 0;
  end = bytes.length;
  try {
    return decodeWith(plan, 0) as MessageShape<S>;
  } finally {
    buf = EMPTY; // keep no reference to the input
  }
}
