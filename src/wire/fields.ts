/**
 * The field types the fast canonical codecs plan (./encode.ts, ./decode.ts):
 * uint32, uint64, bool, enum, string, bytes, messages, and repeated strings,
 * bytes and messages; not oneof members or packed scalars. A schema with any
 * other field is left to protobuf-es. (Each codec maps these to a const enum
 * of its own: its hot loop then compares numbers, not property loads.)
 */
import { ScalarType } from '@bufbuild/protobuf';
import type { DescField } from '@bufbuild/protobuf';

/** What a planned field holds (a repeated field: what each element holds). */
export type FieldType = 'uint32' | 'uint64' | 'bool' | 'enum' | 'string' | 'bytes' | 'message';

/** A field's type, or `null` when the fast codecs do not plan it. */
export function fieldTypeOf(f: DescField): FieldType | null {
  if (f.oneof !== undefined) return null;
  if (f.fieldKind === 'enum') return 'enum';
  if (f.fieldKind === 'message' || (f.fieldKind === 'list' && f.listKind === 'message'))
    return 'message';
  const scalar =
    f.fieldKind === 'scalar' || (f.fieldKind === 'list' && f.listKind === 'scalar')
      ? f.scalar
      : undefined;
  if (f.fieldKind === 'list' && scalar !== ScalarType.BYTES && scalar !== ScalarType.STRING)
    return null; // packed scalars: not in our schemas
  switch (scalar) {
    case ScalarType.UINT32:
      return 'uint32';
    case ScalarType.UINT64:
      return 'uint64';
    case ScalarType.BOOL:
      return 'bool';
    case ScalarType.STRING:
      return 'string';
    case ScalarType.BYTES:
      return 'bytes';
    default:
      return null;
  }
}

/** The wire type of a field: 2 (length-delimited) or 0 (varint). */
export function wireTypeOf(type: FieldType, list: boolean): 0 | 2 {
  return list || type === 'string' || type === 'bytes' || type === 'message' ? 2 : 0;
}
