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
import { create, ScalarType, toBinary } from '@bufbuild/protobuf';
import type { DescField, DescMessage, MessageInitShape, MessageShape } from '@bufbuild/protobuf';

const utf8 = new TextEncoder();

type Plan = { fields: DescField[]; sorted: boolean } | null;
const plans = new WeakMap<DescMessage, Plan>();

function supportedScalar(t: ScalarType): boolean {
  return (
    t === ScalarType.UINT32 ||
    t === ScalarType.UINT64 ||
    t === ScalarType.BOOL ||
    t === ScalarType.STRING ||
    t === ScalarType.BYTES
  );
}

function planOf(desc: DescMessage): Plan {
  let plan = plans.get(desc);
  if (plan !== undefined) return plan;
  plan = { fields: [...desc.fields].sort((a, b) => a.number - b.number), sorted: true };
  for (const f of desc.fields) {
    const ok =
      f.oneof === undefined &&
      ((f.fieldKind === 'scalar' && supportedScalar(f.scalar)) ||
        f.fieldKind === 'enum' ||
        (f.fieldKind === 'message' && planOf(f.message) !== null) ||
        (f.fieldKind === 'list' &&
          ((f.listKind === 'scalar' &&
            (f.scalar === ScalarType.BYTES || f.scalar === ScalarType.STRING)) ||
            (f.listKind === 'message' && planOf(f.message) !== null))));
    if (!ok) {
      plan = null;
      break;
    }
  }
  plans.set(desc, plan);
  return plan;
}

function varintSize(n: number | bigint): number {
  if (typeof n === 'number' && n < 0) n = BigInt.asUintN(64, BigInt(n)); // negative enums: 10 bytes, as protobuf
  if (typeof n === 'number') {
    let size = 1;
    while (n >= 0x80) {
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

/** Encoded size of one present value (without its tag). */
function valueSize(f: DescField, value: unknown, sizes: Map<object, number>): number {
  if (f.fieldKind === 'message' || (f.fieldKind === 'list' && f.listKind === 'message')) {
    const n = messageSize(f.message!, value as Message, sizes);
    return varintSize(n) + n;
  }
  const scalar = f.fieldKind === 'enum' ? ScalarType.INT32 : (f as { scalar: ScalarType }).scalar;
  switch (scalar) {
    case ScalarType.BYTES: {
      const n = (value as Uint8Array).length;
      return varintSize(n) + n;
    }
    case ScalarType.STRING: {
      const n = utf8.encode(value as string).length;
      return varintSize(n) + n;
    }
    case ScalarType.BOOL:
      return 1;
    default:
      return varintSize(value as number | bigint);
  }
}

function isDefault(f: DescField, value: unknown): boolean {
  if (f.fieldKind === 'message') return value === undefined;
  if (value === undefined || value === 0 || value === 0n || value === false || value === '')
    return true;
  return value instanceof Uint8Array && value.length === 0;
}

function messageSize(desc: DescMessage, msg: Message, sizes: Map<object, number>): number {
  let size = 0;
  for (const f of planOf(desc)!.fields) {
    const value = msg[f.localName];
    const tag = varintSize(f.number << 3);
    if (f.fieldKind === 'list') {
      for (const item of value as unknown[]) size += tag + valueSize(f, item, sizes);
    } else if (!isDefault(f, value)) {
      size += tag + valueSize(f, value, sizes);
    }
  }
  sizes.set(msg, size);
  return size;
}

function writeValue(
  f: DescField,
  value: unknown,
  out: Uint8Array,
  at: number,
  sizes: Map<object, number>,
): number {
  if (f.fieldKind === 'message' || (f.fieldKind === 'list' && f.listKind === 'message')) {
    at = writeVarint(out, at, sizes.get(value as object)!);
    return writeMessage(f.message!, value as Message, out, at, sizes);
  }
  const scalar = f.fieldKind === 'enum' ? ScalarType.INT32 : (f as { scalar: ScalarType }).scalar;
  switch (scalar) {
    case ScalarType.BYTES: {
      const bytes = value as Uint8Array;
      at = writeVarint(out, at, bytes.length);
      out.set(bytes, at);
      return at + bytes.length;
    }
    case ScalarType.STRING: {
      const bytes = utf8.encode(value as string);
      at = writeVarint(out, at, bytes.length);
      out.set(bytes, at);
      return at + bytes.length;
    }
    case ScalarType.BOOL:
      out[at] = value ? 1 : 0;
      return at + 1;
    default:
      return writeVarint(out, at, value as number | bigint);
  }
}

function wireType(f: DescField): number {
  if (f.fieldKind === 'message' || f.fieldKind === 'list') return 2;
  if (f.fieldKind === 'scalar' && (f.scalar === ScalarType.BYTES || f.scalar === ScalarType.STRING))
    return 2;
  return 0;
}

function writeMessage(
  desc: DescMessage,
  msg: Message,
  out: Uint8Array,
  at: number,
  sizes: Map<object, number>,
): number {
  for (const f of planOf(desc)!.fields) {
    const value = msg[f.localName];
    const tag = (f.number << 3) | wireType(f);
    if (f.fieldKind === 'list') {
      for (const item of value as unknown[])
        at = writeValue(f, item, out, writeVarint(out, at, tag), sizes);
    } else if (!isDefault(f, value)) {
      at = writeValue(f, value, out, writeVarint(out, at, tag), sizes);
    }
  }
  return at;
}

/** The canonical protobuf encoding of `message` (same bytes as `toBinary`). */
export function encodeCanonical<S extends DescMessage>(
  schema: S,
  message: MessageShape<S>,
): Uint8Array {
  if (planOf(schema) === null) return toBinary(schema, message);
  const sizes = new Map<object, number>();
  const out = new Uint8Array(messageSize(schema, message as unknown as Message, sizes));
  writeMessage(schema, message as unknown as Message, out, 0, sizes);
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
