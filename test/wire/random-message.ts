// Random messages of every NexusLink schema, for the encoder and decoder tests.
import { create, ScalarType } from '@bufbuild/protobuf';
import type { DescField, DescFile, DescMessage } from '@bufbuild/protobuf';
import { file_nexuslink_v1_backup } from '../../src/wire/gen/nexuslink/v1/backup_pb.js';
import { file_nexuslink_v1_contact } from '../../src/wire/gen/nexuslink/v1/contact_pb.js';
import { file_nexuslink_v1_envelope } from '../../src/wire/gen/nexuslink/v1/envelope_pb.js';
import { file_nexuslink_v1_identity } from '../../src/wire/gen/nexuslink/v1/identity_pb.js';
import { file_nexuslink_v1_keys } from '../../src/wire/gen/nexuslink/v1/keys_pb.js';
import { file_nexuslink_v1_prekeys } from '../../src/wire/gen/nexuslink/v1/prekeys_pb.js';
import { file_nexuslink_v1_session } from '../../src/wire/gen/nexuslink/v1/session_pb.js';
import { file_nexuslink_v1_state } from '../../src/wire/gen/nexuslink/v1/state_pb.js';

const files: DescFile[] = [
  file_nexuslink_v1_backup,
  file_nexuslink_v1_contact,
  file_nexuslink_v1_envelope,
  file_nexuslink_v1_identity,
  file_nexuslink_v1_keys,
  file_nexuslink_v1_prekeys,
  file_nexuslink_v1_session,
  file_nexuslink_v1_state,
];
export const schemas: DescMessage[] = files.flatMap((f) => f.messages);

/** A small seeded PRNG, so a failing case can be replayed from its seed. */
export function prng(seed: number) {
  let s = seed >>> 0 || 1;
  return () => {
    s ^= s << 13;
    s ^= s >>> 17;
    s ^= s << 5;
    return (s >>> 0) / 2 ** 32;
  };
}

function randomValue(f: DescField, r: () => number, depth: number, scalar?: ScalarType): unknown {
  const kind = scalar ?? (f.fieldKind === 'enum' ? 'enum' : (f as { scalar: ScalarType }).scalar);
  switch (kind) {
    case 'enum': {
      const values = (f as { enum: { values: { number: number }[] } }).enum.values;
      return r() < 0.1 ? -1 : values[Math.floor(r() * values.length)]!.number;
    }
    case ScalarType.UINT32:
      return [0, 1, 127, 128, 300, 2 ** 31, 2 ** 32 - 1][Math.floor(r() * 7)]!;
    case ScalarType.UINT64:
      return [0n, 1n, 127n, 128n, 2n ** 53n - 1n, 2n ** 63n, 2n ** 64n - 1n][Math.floor(r() * 7)]!;
    case ScalarType.BOOL:
      return r() < 0.5;
    case ScalarType.STRING:
      return ['', 'a', 'héllo wörld', '日本語', '🙂'.repeat(Math.floor(r() * 40))][
        Math.floor(r() * 5)
      ]!;
    case ScalarType.BYTES:
      return new Uint8Array(Math.floor(r() < 0.2 ? r() * 3000 : r() * 40)).map(() =>
        Math.floor(r() * 256),
      );
    default:
      throw new Error(`unexpected scalar ${String(kind)} in ${f.name}`);
  }
  void depth;
}

export function randomMessage(
  desc: DescMessage,
  r: () => number,
  depth = 0,
): Record<string, unknown> {
  const init: Record<string, unknown> = {};
  for (const f of desc.fields) {
    if (r() < 0.25) continue;
    if (f.fieldKind === 'message') {
      if (depth < 3) init[f.localName] = randomMessage(f.message, r, depth + 1);
    } else if (f.fieldKind === 'list') {
      const n = depth < 3 ? Math.floor(r() * 4) : 0;
      init[f.localName] = Array.from({ length: n }, () =>
        f.listKind === 'message'
          ? randomMessage(f.message!, r, depth + 1)
          : randomValue(f, r, depth, f.scalar),
      );
    } else {
      init[f.localName] = randomValue(f, r, depth);
    }
  }
  return create(desc, init) as unknown as Record<string, unknown>;
}
