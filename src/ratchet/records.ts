/** Encoding and decoding of the persisted state records (spec/proto/nexuslink/v1/state.proto). */
import { create } from '../wire/create.js';
import { fromBinary } from '../wire/from-binary.js';
import { decodeCanonical } from '../wire/decode.js';
import { encodeCanonical } from '../wire/encode.js';
import type { DescMessage, MessageShape } from '@bufbuild/protobuf';
import type { MessageTable } from '../wire/fields.js';
import { NexusError } from '../interfaces/errors.js';
import type { PreKeyKind } from '../interfaces/sessions.js';
import {
  PreKeyKind as WirePreKeyKind,
  PreKeyRecordSchema,
  SenderKeyRecordSchema,
  SessionRecordSchema,
  SessionStateSchema,
  TrustedIdentityRecordSchema,
} from '../wire/gen/nexuslink/v1/state_tables.js';
import type {
  PreKeyRecord,
  SenderKeyRecord,
  SessionRecord,
  SessionState,
  TrustedIdentityRecord,
} from '../wire/gen/nexuslink/v1/state_pb.js';

/** The format version of the records this release writes and reads, other than session records. */
export const STATE_VERSION = 1;
/** The session record (and session state) format this release writes (spec/ratchet.md §Stored state). */
export const SESSION_RECORD_VERSION = 2;

function decodeRecord<S extends DescMessage>(
  schema: MessageTable<S>,
  bytes: Uint8Array,
  what: string,
  versions: readonly number[] = [STATE_VERSION],
): MessageShape<S> {
  let record: MessageShape<S> | undefined;
  // Records are written canonically: decode them in one pass; anything else
  // (a record some other writer produced) takes the lenient path.
  try {
    record = decodeCanonical(schema, bytes);
  } catch {
    record = undefined;
  }
  if (record === undefined) {
    try {
      record = fromBinary(schema, bytes, { readUnknownFields: false });
    } catch (cause) {
      throw new NexusError('MALFORMED', `${what} record is not valid`, { cause });
    }
  }
  const version = (record as { version?: number }).version;
  if (version === undefined || !versions.includes(version))
    throw new NexusError(
      'UNSUPPORTED_VERSION',
      `${what} record has version ${String(version)}; this release reads ${versions.join(', ')}`,
    );
  return record;
}

/**
 * Decode a session record of version 1 or 2, as stored (a version 1 record
 * is returned as it is: {@link migrateSessionRecord} turns it into version 2).
 *
 * @throws NexusError `MALFORMED`, `UNSUPPORTED_VERSION`.
 */
export function decodeSessionRecord(bytes: Uint8Array): SessionRecord {
  const record = decodeRecord(SessionRecordSchema, bytes, 'session', [1, SESSION_RECORD_VERSION]);
  for (const state of [record.current, ...record.archived]) {
    if (state !== undefined && state.version !== record.version)
      throw new NexusError('UNSUPPORTED_VERSION', 'session state has an unknown version');
  }
  return record;
}

/** Encode a session record. */
export function encodeSessionRecord(record: SessionRecord): Uint8Array {
  return encodeCanonical(SessionRecordSchema, record);
}

/** Decode an archived session state (the entry `state.<id>`). @throws NexusError `MALFORMED`, `UNSUPPORTED_VERSION`. */
export function decodeSessionState(bytes: Uint8Array): SessionState {
  return decodeRecord(SessionStateSchema, bytes, 'session state', [SESSION_RECORD_VERSION]);
}

/** Encode a session state. */
export function encodeSessionState(state: SessionState): Uint8Array {
  return encodeCanonical(SessionStateSchema, state);
}

/** An empty session record. */
export function emptySessionRecord(): SessionRecord {
  return create(SessionRecordSchema, { version: SESSION_RECORD_VERSION, nextStateId: 1 });
}

/** Decode a sender key record. */
export function decodeSenderKeyRecord(bytes: Uint8Array): SenderKeyRecord {
  const record = decodeRecord(SenderKeyRecordSchema, bytes, 'sender key');
  for (const s of record.states)
    if (s.version !== STATE_VERSION)
      throw new NexusError('UNSUPPORTED_VERSION', 'sender key state has an unknown version');
  return record;
}

/** Encode a sender key record. */
export function encodeSenderKeyRecord(record: SenderKeyRecord): Uint8Array {
  return encodeCanonical(SenderKeyRecordSchema, record);
}

/** Decode a prekey record of the expected kind. */
export function decodePreKeyRecord(bytes: Uint8Array, kind: PreKeyKind): PreKeyRecord {
  const record = decodeRecord(PreKeyRecordSchema, bytes, 'prekey');
  if (record.kind !== WIRE_KIND[kind])
    throw new NexusError('MALFORMED', `prekey record is not a ${kind} prekey`);
  const expected = kind === 'kem' ? 64 : 32;
  if (record.secret.length !== expected)
    throw new NexusError('MALFORMED', 'prekey record has a secret of the wrong size');
  return record;
}

/** Encode a prekey record. */
export function encodePreKeyRecord(record: PreKeyRecord): Uint8Array {
  return encodeCanonical(PreKeyRecordSchema, record);
}

/** Decode a trusted identity record. */
export function decodeTrustedIdentityRecord(bytes: Uint8Array): TrustedIdentityRecord {
  return decodeRecord(TrustedIdentityRecordSchema, bytes, 'trusted identity');
}

/** Encode a trusted identity record. */
export function encodeTrustedIdentityRecord(record: TrustedIdentityRecord): Uint8Array {
  return encodeCanonical(TrustedIdentityRecordSchema, record);
}

/** Wire enum of each prekey kind. */
export const WIRE_KIND: Record<PreKeyKind, WirePreKeyKind> = {
  signed: WirePreKeyKind.SIGNED,
  'one-time': WirePreKeyKind.ONE_TIME,
  kem: WirePreKeyKind.KEM,
};
