/**
 * A fast encoder for NexusLink's protobuf messages. protobuf-es's writer
 * spends most of its time growing buffers around large `bytes` fields
 * (ciphertexts); this one measures first and writes once. It handles the
 * field types our schemas use (uint32, uint64, bool, enum, string, bytes,
 * messages, repeated non-scalar fields) and produces exactly protobuf-es's
 * canonical output (fields in number order, proto3 defaults omitted), which
 * `test/wire/encode.test.ts` checks against `toBinary` on every schema.
 * A schema with any other feature falls back to `toBinary`.
 */
import { create, toBinary } from '@bufbuild/protobuf';
import type { DescMessage, MessageInitShape, MessageShape } from '@bufbuild/protobuf';
import { fieldTypeOf, wireTypeOf } from './fields.js';
import type { FieldType } from './fields.js';

const enum Kind {
  Varint, // uint32, uint64, enum (a negative enum is a 10-byte varint, as protobuf writes int32)
  Bool,
  String,
  Bytes,
  Message,
}

const KIND: Readonly<Record<FieldType, Kind>> = {
  uint32: Kind.Varint,
  uint64: Kind.Varint,
  enum: Kind.Varint,
  bool: Kind.Bool,
  string: Kind.String,
  bytes: Kind.Bytes,
  message: Kind.Message,
};

const utf8 = new TextEncoder();

interface FieldPlan {
  readonly name: string;
  readonly kind: Kind;
  readonly list: boolean;
  /** The field's tag, and its varint size. */
  readonly tag: number;
  readonly tagSize: number;
  /** A message field's plan, linked once every plan exists. */
  plan: Plan | null;
  readonly message: DescMessage | undefined;
}

type Plan = { readonly fields: readonly FieldPlan[] } | null;
const plans = new WeakMap<DescMessage, Plan>();

function planOf(desc: DescMessage): Plan {
  let plan = plans.get(desc);
  if (plan !== undefined) return plan;
  plans.set(desc, null); // a self-referencing schema stays unplanned
  for (const f of desc.fields) {
    const type = fieldTypeOf(f);
    if (type === null) return null;
    if (type === 'message' && planOf((f as { message: DescMessage }).message) === null) return null;
  }
  const fields = [...desc.fields]
    .sort((a, b) => a.number - b.number)
    .map((f): FieldPlan => {
      const type = fieldTypeOf(f)!;
      const kind = KIND[type];
      const list = f.fieldKind === 'list';
      const tag = (f.number << 3) | wireTypeOf(type, list);
      return {
        name: f.localName,
        kind,
        list,
        tag,
        tagSize: varintSize(tag),
        plan: null,
        message: kind === Kind.Message ? (f as { message: DescMessage }).message : undefined,
      };
    });
  plan = { fields };
  plans.set(desc, plan);
  for (const f of fields) if (f.message !== undefined) f.plan = planOf(f.message);
  return plan;
}

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
      const n = messageSize(f.plan!, value as Message, sizes);
      sizes[slot] = n;
      return varintSize(n) + n;
    }
    case Kind.Bytes: {
      const n = (value as Uint8Array).length;
      return varintSize(n) + n;
    }
    case Kind.String: {
      const n = utf8.encode(value as string).length;
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

function messageSize(plan: NonNullable<Plan>, msg: Message, sizes: Sizes): number {
  let size = 0;
  for (const f of plan.fields) {
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
      return writeMessage(f.plan!, value as Message, out, at, sizes, cursor);
    case Kind.Bytes: {
      const bytes = value as Uint8Array;
      at = writeVarint(out, at, bytes.length);
      out.set(bytes, at);
      return at + bytes.length;
    }
    case Kind.String: {
      const bytes = utf8.encode(value as string);
      at = writeVarint(out, at, bytes.length);
      out.set(bytes, at);
      return at + bytes.length;
    }
    case Kind.Bool:
      out[at] = value ? 1 : 0;
      return at + 1;
    default:
      return writeVarint(out, at, value as number | bigint);
  }
}

function writeMessage(
  plan: NonNullable<Plan>,
  msg: Message,
  out: Uint8Array,
  at: number,
  sizes: Sizes,
  cursor: Cursor,
): number {
  for (const f of plan.fields) {
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

/** The canonical protobuf encoding of `message` (same bytes as `toBinary`). */
export function encodeCanonical<S extends DescMessage>(
  schema: S,
  message: MessageShape<S>,
): Uint8Array {
  const plan = planOf(schema);
  if (plan === null) return toBinary(schema, message);
  const sizes: Sizes = [];
  const out = new Uint8Array(messageSize(plan, message as unknown as Message, sizes));
  writeMessage(plan, message as unknown as Message, out, 0, sizes, { next: 0 });
  return out;
}

/**
 * The canonical encoding of `message` with its bytes field `field` left
 * empty (so omitted): the associated data of the sealed formats, whose
 * ciphertext field is authenticated over everything else.
 */
export function encodeWithout<S extends DescMessage>(
  schema: S,
  message: MessageInitShape<S>,
  field: string,
): Uint8Array {
  return encodeCanonical(
    schema,
    create(schema, { ...message, [field]: new Uint8Array(0) } as MessageInitShape<S>),
  );
}
