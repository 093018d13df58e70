/**
 * A fast encoder for NexusLink's protobuf messages. protobuf-es's writer
 * spends most of its time growing buffers around large `bytes` fields
 * (ciphertexts); this one measures first and writes once. It runs on the
 * field tables (./fields.ts: uint32, uint64, bool, enum, string, bytes,
 * messages, repeated non-scalar fields, oneofs of messages) and produces
 * exactly protobuf-es's canonical output (fields in number order, proto3
 * defaults omitted, a set oneof member always written), which
 * `test/wire/encode.test.ts` checks against `toBinary` on every schema.
 */
import type { DescMessage, MessageInitShape, MessageShape } from '@bufbuild/protobuf';
import { createWith } from './create.js';
import { Kind, messagePlan, planOf, tableOf } from './fields.js';
import type { FieldPlan, MessageTable, Plan, Schema } from './fields.js';
import { utf8Length, writeUtf8 } from './utf8.js';

function varintSize(n: number | bigint): number {
  if (typeof n === 'number') {
    if (n < 0) return 10; // a negative enum: sign-extended to 64 bits, as protobuf writes int32
    if (n < 0x80) return 1;
    if (n < 0x4000) return 2;
    let size = 3;
    n = Math.floor(n / 0x200000);
    while (n > 0) {
      n = Math.floor(n / 128);
      size++;
    }
    return size;
  }
  let size = 1;
  while (n >= 0x80n) {
    n >>= 7n;
    size++;
  }
  return size;
}

function writeVarint(out: Uint8Array, at: number, n: number | bigint): number {
  if (typeof n === 'number' && n < 0) n = BigInt.asUintN(64, BigInt(n));
  if (typeof n === 'number') {
    while (n >= 0x80) {
      out[at++] = (n & 0x7f) | 0x80;
      n = Math.floor(n / 128);
    }
    out[at++] = n;
    return at;
  }
  while (n >= 0x80n) {
    out[at++] = Number(n & 0x7fn) | 0x80;
    n >>= 7n;
  }
  out[at++] = Number(n);
  return at;
}

type Message = Record<string, unknown>;

/** Encoded sizes of the nested messages of one encoding, in the order they are written. */
type Sizes = number[];

/** Encoded size of one present value (without its tag). */
function valueSize(f: FieldPlan, value: unknown, sizes: Sizes): number {
  switch (f.kind) {
    case Kind.Message: {
      const slot = sizes.length;
      sizes.push(0);
      const n = messageSize(messagePlan(f), value as Message, sizes);
      sizes[slot] = n;
      return varintSize(n) + n;
    }
    case Kind.Bytes: {
      const n = (value as Uint8Array).length;
      return varintSize(n) + n;
    }
    case Kind.String: {
      const n = utf8Length(value as string);
      return varintSize(n) + n;
    }
    case Kind.Bool:
      return 1;
    default:
      return varintSize(value as number | bigint);
  }
}

function isDefault(f: FieldPlan, value: unknown): boolean {
  if (f.kind === Kind.Message) return value === undefined;
  if (value === undefined || value === 0 || value === 0n || value === false || value === '')
    return true;
  return value instanceof Uint8Array && value.length === 0;
}

/** A oneof member's value, or `undefined` when its group holds another member or none. */
function oneofValue(f: FieldPlan, msg: Message): unknown {
  const group = msg[f.oneof!] as { case?: string; value?: unknown } | undefined;
  return group?.case === f.name ? group.value : undefined;
}

function messageSize(plan: Plan, msg: Message, sizes: Sizes): number {
  let size = 0;
  for (const f of plan.sorted) {
    if (f.oneof !== undefined) {
      const value = oneofValue(f, msg);
      if (value !== undefined) size += f.tagSize + valueSize(f, value, sizes);
      continue;
    }
    const value = msg[f.name];
    if (f.list) {
      for (const item of value as unknown[]) size += f.tagSize + valueSize(f, item, sizes);
    } else if (!isDefault(f, value)) {
      size += f.tagSize + valueSize(f, value, sizes);
    }
  }
  return size;
}

/** Where writing is in `sizes` (nested messages are met in the order they were measured). */
interface Cursor {
  next: number;
}

function writeValue(
  f: FieldPlan,
  value: unknown,
  out: Uint8Array,
  at: number,
  sizes: Sizes,
  cursor: Cursor,
): number {
  switch (f.kind) {
    case Kind.Message:
      at = writeVarint(out, at, sizes[cursor.next++]!);
      return writeMessage(messagePlan(f), value as Message, out, at, sizes, cursor);
    case Kind.Bytes: {
      const bytes = value as Uint8Array;
      at = writeVarint(out, at, bytes.length);
      out.set(bytes, at);
      return at + bytes.length;
    }
    case Kind.String: {
      const string = value as string;
      return writeUtf8(out, writeVarint(out, at, utf8Length(string)), string);
    }
    case Kind.Bool:
      out[at] = value ? 1 : 0;
      return at + 1;
    default:
      return writeVarint(out, at, value as number | bigint);
  }
}

function writeMessage(
  plan: Plan,
  msg: Message,
  out: Uint8Array,
  at: number,
  sizes: Sizes,
  cursor: Cursor,
): number {
  for (const f of plan.sorted) {
    if (f.oneof !== undefined) {
      const value = oneofValue(f, msg);
      if (value !== undefined)
        at = writeValue(f, value, out, writeVarint(out, at, f.tag), sizes, cursor);
      continue;
    }
    const value = msg[f.name];
    if (f.list) {
      for (const item of value as unknown[])
        at = writeValue(f, item, out, writeVarint(out, at, f.tag), sizes, cursor);
    } else if (!isDefault(f, value)) {
      at = writeValue(f, value, out, writeVarint(out, at, f.tag), sizes, cursor);
    }
  }
  return at;
}

/** The canonical protobuf encoding of `message` (same bytes as protobuf-es `toBinary`). */
export function encodeCanonical<S extends DescMessage>(
  schema: MessageTable<S>,
  message: MessageShape<S>,
): Uint8Array {
  const plan = planOf(schema);
  const sizes: Sizes = [];
  const out = new Uint8Array(messageSize(plan, message as unknown as Message, sizes));
  writeMessage(plan, message as unknown as Message, out, 0, sizes, { next: 0 });
  return out;
}

/**
 * The canonical encoding of `message` with its bytes field `field` left
 * empty (so omitted): the associated data of the sealed formats, whose
 * ciphertext field is authenticated over everything else. (The storage
 * formats pass protobuf-es schemas: {@link tableOf} reads them.)
 */
export function encodeWithout<S extends DescMessage>(
  schema: Schema<S>,
  message: MessageInitShape<S>,
  field: string,
): Uint8Array {
  const table = tableOf(schema);
  return encodeCanonical(
    table,
    createWith(planOf(table), { ...message, [field]: new Uint8Array(0) }) as MessageShape<S>,
  );
}
