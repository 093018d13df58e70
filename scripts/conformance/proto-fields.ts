/**
 * Field-level JSON of the vector files (test-vectors/README.md, "client/")
 * → protobuf init shapes that the SDK's public codecs encode. The message
 * descriptors come from the published schemas in spec/proto (compiled by
 * `buf build`, a devDependency), as an independent implementation would have
 * them, never from the SDK's generated code.
 */
import { execFileSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { createFileRegistry, fromBinary, ScalarType } from '@bufbuild/protobuf';
import type { DescField, DescMessage, FileRegistry } from '@bufbuild/protobuf';
import { FileDescriptorSetSchema } from '@bufbuild/protobuf/wkt';

type Json = Record<string, unknown>;

const isObject = (v: unknown): v is Json =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

let registry: FileRegistry | null = null;

/** The descriptor of `nexuslink.v1.<name>`, from spec/proto. */
export function messageDescriptor(name: string): DescMessage {
  if (registry === null) {
    const require = createRequire(import.meta.url);
    // The package ships spec/ (package.json "files"), so this works from an install too.
    const proto = join(dirname(require.resolve('@nexuslink/sdk/package.json')), 'spec', 'proto');
    const buf = join(dirname(require.resolve('@bufbuild/buf/package.json')), 'bin', 'buf');
    const set = execFileSync(buf, ['build', proto, '-o', '-#format=binpb']);
    registry = createFileRegistry(fromBinary(FileDescriptorSetSchema, new Uint8Array(set)));
  }
  const desc = registry.getMessage(`nexuslink.v1.${name}`);
  if (!desc) throw new Error(`spec/proto has no message ${name}`);
  return desc;
}

function scalarOf(field: DescField & { scalar: ScalarType }, v: unknown, path: string): unknown {
  switch (field.scalar) {
    case ScalarType.BYTES:
      if (typeof v !== 'string' || !/^(?:[0-9a-f]{2})*$/.test(v))
        throw new Error(`${path}: not lower-case hex`);
      return new Uint8Array(Buffer.from(v, 'hex'));
    case ScalarType.UINT64:
    case ScalarType.FIXED64:
      if (!Number.isSafeInteger(v) || (v as number) < 0) throw new Error(`${path}: not a uint64`);
      return BigInt(v as number);
    case ScalarType.INT64:
      if (!Number.isSafeInteger(v)) throw new Error(`${path}: not an integer`);
      return BigInt(v as number);
    case ScalarType.UINT32:
    case ScalarType.FIXED32:
      if (!Number.isInteger(v) || (v as number) < 0 || (v as number) > 0xffffffff)
        throw new Error(`${path}: not a uint32`);
      return v;
    case ScalarType.INT32:
      if (!Number.isInteger(v) || Math.abs(v as number) > 0x7fffffff)
        throw new Error(`${path}: not an int32`);
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

/**
 * The init shape of `desc` from its field-level JSON, where
 * `ClientMessage.padding` is always left out (at any depth). Missing,
 * unknown or mistyped fields are errors of the request, not of the encoding.
 */
export function fromFields(desc: DescMessage, json: unknown, path: string = desc.name): Json {
  if (!isObject(json)) throw new Error(`${path}: not an object`);
  const out: Json = {};
  const known = new Set<string>();
  for (const field of desc.fields) {
    if (desc.typeName === 'nexuslink.v1.ClientMessage' && field.name === 'padding') continue;
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

function scalarOut(field: DescField & { scalar: ScalarType }, v: unknown): unknown {
  if (v instanceof Uint8Array) return Buffer.from(v).toString('hex');
  if (typeof v === 'bigint') return Number(v);
  return v;
}

function valueOut(field: DescField, v: unknown): unknown {
  switch (field.fieldKind) {
    case 'scalar':
      return scalarOut(field, v);
    case 'enum':
      return field.enum.values.find((e) => e.number === v)?.name ?? v;
    case 'message':
      return v === undefined ? null : toFields(field.message, v);
    case 'list':
      if (field.listKind === 'message')
        return (v as unknown[]).map((x) => toFields(field.message, x));
      if (field.listKind === 'scalar') return (v as unknown[]).map((x) => scalarOut(field, x));
      return v;
    default:
      return v;
  }
}

/** The field-level JSON of a decoded message (the inverse of {@link fromFields}). */
export function toFields(desc: DescMessage, message: unknown): Json {
  const m = message as Json;
  const out: Json = {};
  for (const field of desc.fields) {
    if (desc.typeName === 'nexuslink.v1.ClientMessage' && field.name === 'padding') continue;
    if (field.oneof !== undefined) {
      const member = m[field.oneof.localName] as { case?: string; value?: unknown } | undefined;
      if (member?.case === field.localName) out[field.name] = valueOut(field, member.value);
      continue;
    }
    out[field.name] = valueOut(field, m[field.localName]);
  }
  return out;
}
