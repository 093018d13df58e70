/**
 * A device's session record as stored (spec/ratchet.md §Stored state): the
 * current state in the record itself; archived states and skipped message
 * keys as entries of the record, loaded only when a message needs them.
 * Version 1 records (everything inline) are turned into version 2 on load.
 */
import { create } from '../wire/create.js';
import type { DeviceAddress, SessionStore } from '../interfaces/sessions.js';
import { bytesEqual, toHex } from '../primitives/bytes.js';
import { SkippedRunSchema } from '../wire/gen/nexuslink/v1/state_tables.js';
import {
  appendFinishedChain,
  archivedRefs,
  clearFinishedHeaderKey,
  finishedChains,
  setArchivedRefs,
} from './packed.js';
import type { ArchivedRef } from './packed.js';
import type { SessionRecord, SessionState } from '../wire/gen/nexuslink/v1/state_pb.js';
import { LIMITS } from './constants.js';
import {
  decodeSessionRecord,
  decodeSessionState,
  emptySessionRecord,
  encodeSessionRecord,
  encodeSessionState,
  SESSION_RECORD_VERSION,
} from './records.js';
import {
  chainHasHeldKeys,
  expireSkippedKeys,
  noChanges,
  removeEntry,
  skippedKeyName,
} from './skipped-keys.js';
import type { EntryChanges } from './skipped-keys.js';

/** The entry name of an archived state. */
export function archivedStateName(id: number): string {
  return `state.${id}`;
}

/** A record being changed, with the entry changes to store with it. */
export interface WorkingRecord {
  readonly record: SessionRecord;
  readonly changes: EntryChanges;
  /** Archived states dropped from the record: their keys are found and deleted when stored. */
  readonly droppedStates: number[];
}

/** Load and decode the record with `address` (migrating version 1), or `null`. */
export async function loadWorkingRecord(
  store: SessionStore,
  address: DeviceAddress,
): Promise<WorkingRecord | null> {
  const bytes = await store.loadSession(address);
  return bytes === null ? null : workingRecordOf(bytes);
}

/** Decode stored record bytes into a working record. */
export function workingRecordOf(bytes: Uint8Array): WorkingRecord {
  const record = decodeSessionRecord(bytes);
  const changes = noChanges();
  if (record.version !== SESSION_RECORD_VERSION) migrateVersion1(record, changes);
  return { record, changes, droppedStates: [] };
}

/** A new, empty working record. */
export function newWorkingRecord(): WorkingRecord {
  return { record: emptySessionRecord(), changes: noChanges(), droppedStates: [] };
}

/**
 * An entry as the working record sees it: what it is about to write or
 * delete (a version 1 record's entries exist only there until stored), else
 * what the store holds.
 */
export async function loadEntry(
  store: SessionStore,
  address: DeviceAddress,
  working: WorkingRecord | null,
  name: string,
): Promise<Uint8Array | null> {
  const pending = working?.changes.put.get(name);
  if (pending !== undefined) return pending;
  if (working?.changes.remove.has(name)) return null;
  return store.loadSessionEntry(address, name);
}

/** Load archived state `id` of the record, or `null` when its entry is missing. */
export async function loadArchivedState(
  store: SessionStore,
  address: DeviceAddress,
  id: number,
  working: WorkingRecord | null = null,
): Promise<SessionState | null> {
  const bytes = await loadEntry(store, address, working, archivedStateName(id));
  return bytes === null ? null : decodeSessionState(bytes);
}

/**
 * Store a working record: expire the current state's skipped keys, write new
 * entries, the record, then delete what it no longer refers to (the order a
 * crash cannot hurt without transactions).
 */
export async function storeWorkingRecord(
  store: SessionStore,
  address: DeviceAddress,
  working: WorkingRecord,
  now: number,
): Promise<void> {
  const { record, changes } = working;
  if (record.current !== undefined) expireSkippedKeys(record.current, now, changes);
  for (const id of working.droppedStates) {
    // Its keys: those stored, and those this change was about to write (a migrated record's).
    const prefix = `mk.${id}.`;
    const names = await store.listSessionEntries(address, prefix);
    for (const name of changes.put.keys()) if (name.startsWith(prefix)) names.push(name);
    for (const name of names) removeEntry(changes, name);
  }
  if (changes.put.size > 0) await store.storeSessionEntries(address, changes.put);
  await store.storeSession(address, encodeSessionRecord(record));
  if (changes.remove.size > 0)
    await store.storeSessionEntries(address, new Map([...changes.remove].map((n) => [n, null])));
}

/** What the record keeps about an archived state. */
function refOf(state: SessionState): ArchivedRef {
  return { id: state.id, baseKey: state.baseKey, remoteIdentityKey: state.remoteIdentityKey };
}

/** Give a new state its id in the record. */
export function assignStateId(record: SessionRecord, state: SessionState): void {
  if (record.nextStateId === 0) record.nextStateId = 1;
  state.id = record.nextStateId++;
}

/**
 * Make `state` current, archiving the current one as an entry (newest first,
 * at most {@link LIMITS.maxArchivedStates}; the oldest is dropped with its keys).
 * `fromArchive` is the index of `state` among the archived states when it was one.
 */
export function promote(working: WorkingRecord, state: SessionState, fromArchive?: number): void {
  const { record, changes } = working;
  if (state.id === 0) assignStateId(record, state);
  const refs = archivedRefs(record);
  if (fromArchive !== undefined) {
    refs.splice(fromArchive, 1);
    removeEntry(changes, archivedStateName(state.id));
  }
  const previous = record.current;
  if (previous !== undefined) {
    changes.put.set(archivedStateName(previous.id), encodeSessionState(previous));
    changes.remove.delete(archivedStateName(previous.id));
    refs.unshift(refOf(previous));
  }
  record.current = state;
  while (refs.length > LIMITS.maxArchivedStates) {
    const dropped = refs.pop()!;
    removeEntry(changes, archivedStateName(dropped.id));
    working.droppedStates.push(dropped.id);
  }
  setArchivedRefs(record, refs);
}

/**
 * Every entry a working record has: the store's, with the changes it is
 * about to write laid over them (a version 1 record's entries exist only there).
 */
export async function entriesOf(
  store: SessionStore,
  address: DeviceAddress,
  working: WorkingRecord,
): Promise<Map<string, Uint8Array>> {
  const entries = new Map<string, Uint8Array>();
  for (const name of await store.listSessionEntries(address, '')) {
    const value = await store.loadSessionEntry(address, name);
    if (value !== null) entries.set(name, value);
  }
  for (const [name, value] of working.changes.put) entries.set(name, value);
  for (const name of working.changes.remove) entries.delete(name);
  return entries;
}

// ------------------------------------------------------------ version 1

/** Sentinel for what a version 1 record did not keep (a past chain's length). */
const UNKNOWN = 0xffffffff;

/**
 * Turn a version 1 record into version 2 in place: ids for its states,
 * chains numbered, skipped keys moved to entries (in `changes`), archived
 * states too. Forgotten message numbers are not carried over (a late copy of
 * one is then reported as a duplicate, not as expired).
 */
function migrateVersion1(record: SessionRecord, changes: EntryChanges): void {
  const states = [record.current, ...record.archived].filter(
    (s): s is SessionState => s !== undefined,
  );
  let nextId = 1;
  for (const state of states) {
    state.id = nextId++;
    migrateState(state, changes);
  }
  const [current, ...archived] = record.current === undefined ? [undefined, ...states] : states;
  record.current = current;
  record.archived = [];
  setArchivedRefs(
    record,
    archived.map((s) => {
      changes.put.set(archivedStateName(s!.id), encodeSessionState(s!));
      return refOf(s!);
    }),
  );
  record.nextStateId = nextId;
  record.version = SESSION_RECORD_VERSION;
}

function migrateState(state: SessionState, changes: EntryChanges): void {
  state.version = SESSION_RECORD_VERSION;
  const he = state.headerEncryption;
  // Chains are numbered oldest first: the remembered past chains, then the current one.
  const chainIds = [...state.previousReceivingChains];
  const numberOf = (id: Uint8Array): number => {
    let i = chainIds.findIndex((c) => bytesEqual(c, id));
    if (i < 0) i = chainIds.push(id) - 1;
    return i + 1;
  };
  const currentId = he ? state.receivingHeaderKey : state.receivingRatchetKey;
  const hasCurrent = state.receivingChainKey.length > 0;
  // Group the skipped keys by chain and store time: one run each.
  const groups = new Map<
    string,
    { chain: Uint8Array; at: bigint; keys: Map<number, Uint8Array> }
  >();
  for (const k of state.skipped) {
    const tag = `${toHex(k.chain)}/${k.storedAtMs}`;
    const group = groups.get(tag) ?? { chain: k.chain, at: k.storedAtMs, keys: new Map() };
    group.keys.set(k.messageNumber, k.messageKey);
    groups.set(tag, group);
  }
  const isCurrent = (id: Uint8Array) => hasCurrent && bytesEqual(id, currentId);
  for (const g of groups.values()) if (!isCurrent(g.chain)) numberOf(g.chain);
  state.receivingChain = hasCurrent ? chainIds.length + 1 : 0;
  // Header encryption: version 1 kept past chains by header key only (their ratchet keys unknown).
  chainIds.forEach((id, i) =>
    appendFinishedChain(state, {
      number: i + 1,
      ratchetKey: he ? new Uint8Array(32) : id,
      headerKey: he ? id : new Uint8Array(0),
      received: UNKNOWN,
      length: UNKNOWN,
    }),
  );
  for (const g of groups.values()) {
    const chain = isCurrent(g.chain) ? state.receivingChain : numberOf(g.chain);
    const numbers = [...g.keys.keys()];
    const first = Math.min(...numbers);
    const count = Math.max(...numbers) - first + 1;
    const used = new Uint8Array((count + 7) >> 3);
    for (let i = 0; i < count; i++) {
      const key = g.keys.get(first + i);
      if (key === undefined) used[i >> 3]! |= 1 << (i & 7);
      else changes.put.set(skippedKeyName(state.id, chain, first + i), key);
    }
    state.skippedRuns.push(
      create(SkippedRunSchema, { chain, first, count, storedAtMs: g.at, used }),
    );
  }
  // Header encryption: a past chain's header key is kept only while one of its keys is held.
  for (const f of finishedChains(state))
    if (he && !chainHasHeldKeys(state, f.number)) clearFinishedHeaderKey(state, f.index);
  state.skipped = [];
  state.forgotten = [];
  state.previousReceivingChains = [];
}
