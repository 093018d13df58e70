/**
 * Encrypted, versioned snapshots of a session record: the only serialisable
 * form of a live session outside the app's own store (backups, migration).
 */
import { create } from '../wire/create.js';
import { fromBinary } from '../wire/from-binary.js';
import { NexusError } from '../interfaces/errors.js';
import { checkAddress } from '../interfaces/guards.js';
import { checkContext } from './context.js';
import type { DeviceAddress } from '../interfaces/sessions.js';
import { bytesEqual, utf8 } from '../primitives/bytes.js';
import { crypto } from '../primitives/provider.js';
import { encodeCanonical } from '../wire/encode.js';
import { sessionSnapshotCodec, WIRE_LIMITS } from '../wire/messages.js';
import {
  SessionEntrySchema,
  SessionSnapshotContentsSchema,
} from '../wire/gen/nexuslink/v1/state_tables.js';
import type { SessionState } from '../wire/gen/nexuslink/v1/state_pb.js';
import { systemClock, systemRandom } from '../identity/certificates.js';
import { LABELS } from './constants.js';
import { lengthPrefixed } from './kdf.js';
import { archivedRefs } from './packed.js';
import { decodeSessionState, encodeSessionRecord, SESSION_RECORD_VERSION } from './records.js';
import { withLock } from './lock.js';
import {
  archivedStateName,
  entriesOf,
  loadWorkingRecord,
  newWorkingRecord,
  promote,
  storeWorkingRecord,
  workingRecordOf,
} from './session-record.js';
import type { WorkingRecord } from './session-record.js';
import type { SessionContext } from './session.js';

/** The snapshot format this release writes: 2 (record and entries); it reads 1 and 2. */
const SNAPSHOT_VERSION = SESSION_RECORD_VERSION;

function snapshotAd(version: number, address: DeviceAddress): Uint8Array {
  return lengthPrefixed(
    utf8(LABELS.snapshot),
    Uint8Array.of(version),
    utf8(address.uuid),
    utf8(address.deviceId),
  );
}

function checkKey(key: Uint8Array): void {
  if (!(key instanceof Uint8Array) || key.length !== 32)
    throw new NexusError('INVALID_KEY', 'snapshot keys are 32 bytes');
}

const lockKey = (a: DeviceAddress) => `${a.uuid}/${a.deviceId}`;

/**
 * Export the session record with `address` as an encrypted snapshot
 * (XChaCha20-Poly1305 under `key`, bound to the address and the format
 * version): the record and every entry it refers to.
 *
 * @throws NexusError `NO_SESSION` when there is none.
 */
export async function exportSessionSnapshot(
  address: DeviceAddress,
  key: Uint8Array,
  ctx: SessionContext,
): Promise<Uint8Array> {
  checkAddress(address, 'address');
  checkContext(ctx);
  checkKey(key);
  const store = ctx.stores.sessions;
  const contents = await withLock(store, lockKey(address), async () => {
    const working = await loadWorkingRecord(store, address);
    if (working === null) throw new NexusError('NO_SESSION', 'no session with this device');
    // A version 1 record is exported as version 2 (its entries made on the way).
    const entries = await entriesOf(store, address, working);
    return encodeCanonical(
      SessionSnapshotContentsSchema,
      create(SessionSnapshotContentsSchema, {
        version: SNAPSHOT_VERSION,
        record: working.record,
        // In ascending name order, so an export is one byte string (spec/ratchet.md §10).
        entries: [...entries]
          .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
          .map(([name, value]) => create(SessionEntrySchema, { name, value })),
      }),
    );
  });
  const nonce = (ctx.random ?? systemRandom).randomBytes(WIRE_LIMITS.backupNonce);
  const ciphertext = crypto().xchacha20poly1305Seal(
    key,
    nonce,
    contents,
    snapshotAd(SNAPSHOT_VERSION, address),
  );
  return sessionSnapshotCodec.encode({ version: SNAPSHOT_VERSION, nonce, ciphertext });
}

/** A snapshot's record and entries, as a working record whose entries are all in `changes.put`. */
function openContents(version: number, plaintext: Uint8Array): WorkingRecord {
  if (version === 1) return workingRecordOf(plaintext);
  let contents;
  try {
    contents = fromBinary(SessionSnapshotContentsSchema, plaintext, { readUnknownFields: false });
  } catch (cause) {
    throw new NexusError('MALFORMED', 'snapshot contents are not valid', { cause });
  }
  if (contents.version !== SNAPSHOT_VERSION || contents.record === undefined)
    throw new NexusError('MALFORMED', 'snapshot contents have the wrong version');
  const working = workingRecordOf(encodeSessionRecord(contents.record));
  for (const e of contents.entries) working.changes.put.set(e.name, e.value);
  return working;
}

/** How far a state has received: later chains first, then later message numbers. */
function progress(s: SessionState): [number, number] {
  return [s.receivingChain, s.receivingMessageNumber];
}

function notBehind(live: SessionState, imported: SessionState): boolean {
  const [a, b] = progress(live);
  const [c, d] = progress(imported);
  return a > c || (a === c && b >= d);
}

/**
 * Import a snapshot made by {@link exportSessionSnapshot} (format 1 or 2)
 * for `address`, replacing the stored record. Restored states can receive
 * at once but cannot send until their next DH ratchet step (`NO_SESSION`
 * until then), because the live session may already have used their next
 * sending keys. A state the live record also holds and has taken further is
 * kept as it is live: an old snapshot never reopens what was already
 * received (a replay of a message decrypted since is still a duplicate).
 *
 * @throws NexusError `MALFORMED`, `UNSUPPORTED_VERSION` (a format this release
 *   cannot read; nothing is changed), `DECRYPT_FAILED` (wrong key, other address, or altered).
 */
export async function importSessionSnapshot(
  address: DeviceAddress,
  snapshot: Uint8Array,
  key: Uint8Array,
  ctx: SessionContext,
): Promise<void> {
  checkAddress(address, 'address');
  checkContext(ctx);
  checkKey(key);
  const decoded = sessionSnapshotCodec.decode(snapshot);
  if (decoded.version !== 1 && decoded.version !== SNAPSHOT_VERSION) {
    throw new NexusError(
      'UNSUPPORTED_VERSION',
      `snapshot version ${decoded.version}; this release reads 1 and ${SNAPSHOT_VERSION}`,
    );
  }
  const plaintext = crypto().xchacha20poly1305Open(
    key,
    decoded.nonce,
    decoded.ciphertext,
    snapshotAd(decoded.version, address),
  );
  if (plaintext === null)
    throw new NexusError('DECRYPT_FAILED', 'snapshot does not open with this key for this device');
  const imported = openContents(decoded.version, plaintext); // refuse to store what we could not use
  const store = ctx.stores.sessions;
  const t = (ctx.clock ?? systemClock).now();
  await withLock(store, lockKey(address), async () => {
    const live = await loadWorkingRecord(store, address);
    const liveEntries =
      live === null ? new Map<string, Uint8Array>() : await entriesOf(store, address, live);
    const liveStates = statesOf(live, liveEntries);
    const importedStates = statesOf(imported, imported.changes.put);
    // The new record: fresh ids (after the live ones, so nothing live is overwritten before it is replaced).
    const result = newWorkingRecord();
    const record = result.record;
    record.nextStateId = Math.max(live?.record.nextStateId ?? 1, 1);
    record.lastResetRequestMs = imported.record.lastResetRequestMs;
    record.seenBaseKeys = [...imported.record.seenBaseKeys];
    // Oldest first, so that promoting each in turn leaves the snapshot's order.
    for (const { state, entries } of [...importedStates].reverse()) {
      const same = liveStates.find(
        (l) =>
          bytesEqual(l.state.baseKey, state.baseKey) &&
          bytesEqual(l.state.remoteIdentityKey, state.remoteIdentityKey) &&
          bytesEqual(l.state.sessionAd, state.sessionAd),
      );
      const keepLive = same !== undefined && notBehind(same.state, state);
      const chosen = keepLive ? same : { state, entries };
      // A snapshot is older than the live state was: sending from it would reuse
      // message keys already used. It may receive, but sends only after its next
      // DH ratchet step (a fresh key), or after a new session.
      if (!keepLive) chosen.state.sendingChainKey = new Uint8Array(0);
      const oldId = chosen.state.id;
      chosen.state.id = 0;
      promote(result, chosen.state);
      const prefix = `mk.${oldId}.`;
      for (const [name, value] of chosen.entries)
        if (name.startsWith(prefix))
          result.changes.put.set(`mk.${chosen.state.id}.${name.slice(prefix.length)}`, value);
    }
    for (const name of liveEntries.keys())
      if (!result.changes.put.has(name)) result.changes.remove.add(name);
    await storeWorkingRecord(store, address, result, t);
  });
}

/** Every state of a record (current first) with its entries (by their names in `entries`). */
function statesOf(
  working: WorkingRecord | null,
  entries: ReadonlyMap<string, Uint8Array>,
): { state: SessionState; entries: ReadonlyMap<string, Uint8Array> }[] {
  if (working === null) return [];
  const out: { state: SessionState; entries: ReadonlyMap<string, Uint8Array> }[] = [];
  if (working.record.current !== undefined) out.push({ state: working.record.current, entries });
  for (const ref of archivedRefs(working.record)) {
    const bytes = entries.get(archivedStateName(ref.id));
    if (bytes === undefined) continue;
    out.push({ state: decodeSessionState(bytes), entries });
  }
  return out;
}
