/**
 * JSON of the vector files → protobuf init shapes, independent of the
 * generator: the .proto field names, bytes as lower-case hex, uint64 as
 * safe-integer numbers, enums by proto name, every field present, a oneof
 * member under its own name, ClientMessage.padding absent.
 */
import { ScalarType } from '@bufbuild/protobuf';
import type { DescField, DescMessage } from '@bufbuild/protobuf';
import { expect } from 'vitest';
import { NexusError } from '../../src/index.js';
import { ClientMessageSchema } from '../../src/wire/gen/nexuslink/v1/client_pb.js';
import { unhex } from '../helpers.js';

export type Json = Record<string, unknown>;
export type Case = Json & { description: string; error?: string; result?: Json; encoding?: string };

export function isObject(v: unknown): v is Json {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function scalarOf(field: DescField & { scalar: ScalarType }, v: unknown, path: string): unknown {
  switch (field.scalar) {
    case ScalarType.BYTES:
      if (typeof v !== 'string' || !/^(?:[0-9a-f]{2})*$/.test(v))
        throw new Error(`${path}: not lower-case hex`);
      return unhex(v);
    case ScalarType.UINT64:
      if (!Number.isSafeInteger(v) || (v as number) < 0) throw new Error(`${path}: not a uint64`);
      return BigInt(v as number);
    case ScalarType.UINT32:
      if (!Number.isInteger(v) || (v as number) < 0 || (v as number) > 0xffffffff)
        throw new Error(`${path}: not a uint32`);
      return v;
    case ScalarType.BOOL:
      if (typeof v !== 'boolean') throw new Error(`${path}: not a bool`);
      return v;
    case ScalarType.STRING:
      if (typeof v !== 'string') throw new Error(`${path}: not a string`);
      return v;
    default:
      throw new Error(`${path}: unexpected scalar type`);
  }
}

function valueOf(field: DescField, v: unknown, path: string): unknown {
  switch (field.fieldKind) {
    case 'scalar':
      return scalarOf(field, v, path);
    case 'enum': {
      const value = field.enum.values.find((e) => e.name === v);
      if (value === undefined) throw new Error(`${path}: unknown enum value ${String(v)}`);
      return value.number;
    }
    case 'message':
      return v === null ? undefined : fromFields(field.message, v, path);
    case 'list':
      if (!Array.isArray(v)) throw new Error(`${path}: not an array`);
      if (field.listKind === 'scalar') return v.map((x, i) => scalarOf(field, x, `${path}[${i}]`));
      if (field.listKind === 'message')
        return v.map((x, i) => fromFields(field.message, x, `${path}[${i}]`));
      throw new Error(`${path}: unexpected list`);
    default:
      throw new Error(`${path}: unexpected field kind`);
  }
}

/** The init shape of `desc` from its JSON; refuses missing, unknown or mistyped fields. */
export function fromFields(desc: DescMessage, json: unknown, path = desc.name): Json {
  if (!isObject(json)) throw new Error(`${path}: not an object`);
  const out: Json = {};
  const known = new Set<string>();
  for (const field of desc.fields) {
    if (desc.typeName === ClientMessageSchema.typeName && field.name === 'padding') continue;
    known.add(field.name);
    const at = `${path}.${field.name}`;
    if (field.oneof !== undefined) {
      if (!(field.name in json)) continue;
      if (field.oneof.localName in out) throw new Error(`${at}: two members of one oneof`);
      out[field.oneof.localName] = {
        case: field.localName,
        value: valueOf(field, json[field.name], at),
      };
      continue;
    }
    if (!(field.name in json)) throw new Error(`${at} is missing`);
    const value = valueOf(field, json[field.name], at);
    if (value !== undefined) out[field.localName] = value;
  }
  for (const key of Object.keys(json))
    if (!known.has(key)) throw new Error(`${path}: unknown field ${key}`);
  return out;
}

/** Decoding `bytes` with `decode` throws NexusError `code`. */
export function expectRefused(c: Case, decode: (bytes: Uint8Array) => unknown): void {
  let thrown: unknown;
  try {
    decode(unhex(c.encoding!));
  } catch (err) {
    thrown = err;
  }
  expect(thrown, c.description).toBeInstanceOf(NexusError);
  expect((thrown as NexusError).code, c.description).toBe(c.error);
}
