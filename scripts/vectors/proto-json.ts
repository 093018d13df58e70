/**
 * Decoded protobuf messages as the JSON the vector files use: the field names
 * of the .proto, bytes as lower-case hex, uint64 as numbers, enums by their
 * proto name, every field present (defaults included, an unset message as
 * null), the member of a oneof under its own field name, and
 * `ClientMessage.padding` left out.
 */
import { ScalarType } from '@bufbuild/protobuf';
import type { DescField, DescMessage } from '@bufbuild/protobuf';
import { NexusError } from '../../src/index.js';
import { toHex } from '../../src/primitives/bytes.js';
import { ClientMessageSchema } from '../../src/wire/gen/nexuslink/v1/client_pb.js';

export type Json = Record<string, unknown>;

// --- messages as JSON ----------------------------------------------------------

export function isPadding(desc: DescMessage, field: DescField): boolean {
  return desc.typeName === ClientMessageSchema.typeName && field.name === 'padding';
}

export function scalarJson(field: DescField & { scalar: ScalarType }, value: unknown): unknown {
  switch (field.scalar) {
    case ScalarType.BYTES:
      return toHex(value as Uint8Array);
    case ScalarType.UINT64: {
      const n = Number(value as bigint);
      if (!Number.isSafeInteger(n)) throw new Error(`${field.name} does not fit a JSON number`);
      return n;
    }
    case ScalarType.UINT32:
    case ScalarType.BOOL:
    case ScalarType.STRING:
      return value;
    default:
      throw new Error(`${field.name}: scalar type ${field.scalar} not handled`);
  }
}

export function fieldJson(field: DescField, value: unknown): unknown {
  switch (field.fieldKind) {
    case 'scalar':
      return scalarJson(field, value);
    case 'enum': {
      const v = field.enum.values.find((e) => e.number === value);
      if (v === undefined) throw new Error(`${field.name}: no enum value ${String(value)}`);
      return v.name;
    }
    case 'message':
      return value === undefined ? null : fieldsOf(field.message, value as Json);
    case 'list': {
      const items = value as unknown[];
      if (field.listKind === 'scalar') return items.map((v) => scalarJson(field, v));
      if (field.listKind === 'message') return items.map((v) => fieldsOf(field.message, v as Json));
      throw new Error(`${field.name}: list kind ${field.listKind} not handled`);
    }
    default:
      throw new Error(`${field.name}: field kind ${field.fieldKind} not handled`);
  }
}

/** A decoded message as JSON (see the file comment). A nested ClientMessage must be unpadded. */
export function fieldsOf(desc: DescMessage, message: Json): Json {
  const out: Json = {};
  for (const field of desc.fields) {
    if (isPadding(desc, field)) continue;
    if (field.oneof !== undefined) {
      const member = message[field.oneof.localName] as { case?: string; value?: unknown };
      if (member.case === field.localName) out[field.name] = fieldJson(field, member.value);
      continue;
    }
    out[field.name] = fieldJson(field, message[field.localName]);
  }
  return out;
}

/** Throws unless `fn` fails with MALFORMED for the expected reason. */
export function expectMalformed(description: string, reason: RegExp, fn: () => unknown): void {
  try {
    fn();
  } catch (err) {
    if (err instanceof NexusError && err.code === 'MALFORMED' && reason.test(err.message)) return;
    throw new Error(`${description}: failed for another reason: ${String(err)}`);
  }
  throw new Error(`${description}: accepted`);
}
