/**
 * The lenient protobuf decoder: protobuf-es's `fromBinary` (with
 * `readUnknownFields: false`) for the field tables (./fields.ts), without its
 * reflection runtime. It reads any valid encoding, as protobuf-es does:
 * fields in any order, a repeated scalar's last value, a repeated message
 * merged into the first, the last oneof member, unknown fields (groups
 * included) skipped, and every known field read as its type says whatever
 * its wire type. Stored records that another writer produced take this path
 * (src/ratchet/records.ts); wire messages take the strict ./decode.ts.
 * `test/wire/tables.test.ts` checks it against protobuf-es.
 */
import type { DescMessage, MessageShape } from '@bufbuild/protobuf';
import { createWith } from './create.js';
import { Kind, messagePlan, planOf } from './fields.js';
import type { FieldPlan, MessageTable, Plan } from './fields.js';
import { readUtf8 } from './utf8.js';

/** protobuf-es's default nesting limit for messages and skipped groups. */
const RECURSION_LIMIT = 100;

type Message = Record<string, unknown>;

/** A cursor over the input, with protobuf-es's BinaryReader's reads. */
class Reader {
  readonly buf: Uint8Array;
  pos = 0;
  constructor(buf: Uint8Array) {
    this.buf = buf;
  }

  private assertBounds(): void {
    if (this.pos > this.buf.length) throw new RangeError('premature EOF');
  }

  /** A varint's low 32 bits (protobuf-es `varint32read`: up to 10 bytes, the rest dropped). */
  uint32(): number {
    const buf = this.buf;
    let result = 0;
    for (let shift = 0; shift < 28; shift += 7) {
      const b = buf[this.pos++]!;
      result |= (b & 0x7f) << shift;
      if ((b & 0x80) === 0) {
        this.assertBounds();
        return result >>> 0;
      }
    }
    let b = buf[this.pos++]!;
    result |= (b & 0x0f) << 28;
    for (let read = 5; (b & 0x80) !== 0 && read < 10; read++) b = buf[this.pos++]!;
    if ((b & 0x80) !== 0) throw new Error('invalid varint');
    this.assertBounds();
    return result >>> 0;
  }

  /** A 64-bit varint as its two 32-bit halves (protobuf-es `varint64read`). */
  private varint64(): [lo: number, hi: number] {
    const buf = this.buf;
    let lo = 0;
    let hi = 0;
    for (let shift = 0; shift < 28; shift += 7) {
      const b = buf[this.pos++]!;
      lo |= (b & 0x7f) << shift;
      if ((b & 0x80) === 0) {
        this.assertBounds();
        return [lo, hi];
      }
    }
    const middle = buf[this.pos++]!;
    lo |= (middle & 0x0f) << 28;
    hi = (middle & 0x70) >> 4;
    if ((middle & 0x80) === 0) {
      this.assertBounds();
      return [lo, hi];
    }
    for (let shift = 3; shift <= 31; shift += 7) {
      const b = buf[this.pos++]!;
      hi |= (b & 0x7f) << shift;
      if ((b & 0x80) === 0) {
        this.assertBounds();
        return [lo, hi];
      }
    }
    throw new Error('invalid varint');
  }

  uint64(): bigint {
    const [lo, hi] = this.varint64();
    return (BigInt(hi >>> 0) << 32n) | BigInt(lo >>> 0);
  }

  bool(): boolean {
    const b = this.buf[this.pos];
    if (b !== undefined && b < 0x80) {
      this.pos++;
      return b !== 0;
    }
    const [lo, hi] = this.varint64();
    return lo !== 0 || hi !== 0;
  }

  bytes(): Uint8Array {
    const length = this.uint32();
    const start = this.pos;
    this.pos += length;
    this.assertBounds();
    return this.buf.subarray(start, start + length);
  }

  /** A field number and wire type, checked as protobuf-es checks them. */
  tag(): [number: number, wireType: number] {
    const start = this.pos;
    const tag = this.uint32();
    const read = this.pos - start;
    if (read > 5 || (read === 5 && this.buf[this.pos - 1]! > 0x0f))
      throw new Error('illegal tag: varint overflows uint32');
    const number = tag >>> 3;
    const wireType = tag & 7;
    if (number <= 0 || wireType > 5)
      throw new Error(`illegal tag: field no ${number} wire type ${wireType}`);
    return [number, wireType];
  }

  /** Skip one unknown value (protobuf-es `skip`). */
  skip(wireType: number, number: number, limit: number): void {
    switch (wireType) {
      case 0:
        while (this.buf[this.pos++]! & 0x80) {
          // a varint's continuation bytes
        }
        break;
      case 1:
        this.pos += 8;
        break;
      case 5:
        this.pos += 4;
        break;
      case 2: {
        const length = this.uint32(); // first: `this.pos +=` would read pos before it moves
        this.pos += length;
        break;
      }
      case 3:
        if (limit <= 0) throw new Error('maximum recursion depth reached');
        for (;;) {
          const [n, w] = this.tag();
          if (w === 4) {
            if (n !== number) throw new Error('invalid end group tag');
            break;
          }
          this.skip(w, n, limit - 1);
        }
        break;
      default:
        throw new Error(`cant skip wire type ${wireType}`);
    }
    this.assertBounds();
  }
}

/**
 * Decode any valid protobuf encoding of a `schema` message, as protobuf-es's
 * `fromBinary(schema, bytes, { readUnknownFields: false })` does.
 *
 * @throws Error (not a NexusError) when the bytes are not a valid encoding: callers wrap it.
 */
export function fromBinary<S extends DescMessage>(
  schema: MessageTable<S>,
  bytes: Uint8Array,
  _options?: { readonly readUnknownFields?: false },
): MessageShape<S> {
  const plan = planOf(schema);
  const message = createWith(plan, undefined);
  const reader = new Reader(bytes);
  readMessage(plan, message, reader, bytes.length, 0);
  return message as MessageShape<S>;
}

function readMessage(
  plan: Plan,
  message: Message,
  reader: Reader,
  length: number,
  depth: number,
): void {
  if (++depth > RECURSION_LIMIT)
    throw new Error(`cannot decode ${plan.typeName} from binary: maximum recursion depth reached`);
  const end = reader.pos + length;
  while (reader.pos < end) {
    const [number, wireType] = reader.tag();
    const field = plan.byNumber[number];
    if (field === undefined) reader.skip(wireType, number, RECURSION_LIMIT - depth);
    else readField(field, message, reader, depth);
  }
}

function readField(field: FieldPlan, message: Message, reader: Reader, depth: number): void {
  if (field.kind === Kind.Message) {
    const plan = messagePlan(field);
    if (field.list) {
      const child = createWith(plan, undefined);
      readMessage(plan, child, reader, reader.uint32(), depth);
      (message[field.name] as unknown[]).push(child);
    } else if (field.oneof !== undefined) {
      const group = message[field.oneof] as { case: unknown; value?: Message };
      // A member seen again merges into what it holds; another member starts afresh.
      const child = group.case === field.name ? group.value! : createWith(plan, undefined);
      readMessage(plan, child, reader, reader.uint32(), depth);
      message[field.oneof] = { case: field.name, value: child };
    } else {
      const child = (message[field.name] as Message | undefined) ?? createWith(plan, undefined);
      readMessage(plan, child, reader, reader.uint32(), depth);
      message[field.name] = child;
    }
    return;
  }
  let value: unknown;
  switch (field.kind) {
    case Kind.Uint32:
      value = reader.uint32();
      break;
    case Kind.Enum:
      value = reader.uint32() | 0; // int32
      break;
    case Kind.Uint64:
      value = reader.uint64();
      break;
    case Kind.Bool:
      value = reader.bool();
      break;
    case Kind.Bytes:
      value = reader.bytes();
      break;
    default:
      value = readUtf8(reader.bytes());
  }
  if (field.list) (message[field.name] as unknown[]).push(value);
  else message[field.name] = value;
}
