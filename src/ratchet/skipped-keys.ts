/**
 * Skipped message keys of a session state (spec/ratchet.md §Skipped keys).
 * The state holds only an index, by run: a run is the numbers `first ..
 * first + count - 1` of one receiving chain, stored at one time, with a
 * bitmap of the keys already used and a count of the leading keys dropped
 * (evicted or expired). Each held key is an entry of the session record
 * (`mk.<state>.<chain>.<n>`), so a message touches only the key it needs,
 * and a key that is used, evicted or expired is deleted from the store.
 */
import { create } from '../wire/create.js';
import { SkippedRunSchema } from '../wire/gen/nexuslink/v1/state_tables.js';
import type { SessionState, SkippedRun } from '../wire/gen/nexuslink/v1/state_pb.js';
import { LIMITS } from './constants.js';

/** Entries to write and delete when a state change is stored (puts first, then the record, then deletes). */
export interface EntryChanges {
  readonly put: Map<string, Uint8Array>;
  readonly remove: Set<string>;
}

/** An empty change set. */
export function noChanges(): EntryChanges {
  return { put: new Map(), remove: new Set() };
}

/** Add the changes of `from` to `into`. */
export function mergeChanges(into: EntryChanges, from: EntryChanges): void {
  for (const [name, value] of from.put) into.put.set(name, value);
  for (const name of from.remove) removeEntry(into, name);
}

/** Record that entry `name` goes: an entry put in this same change is simply not written. */
export function removeEntry(changes: EntryChanges, name: string): void {
  if (!changes.put.delete(name)) changes.remove.add(name);
}

/** The entry name of a skipped message key. */
export function skippedKeyName(stateId: number, chain: number, messageNumber: number): string {
  return `mk.${stateId}.${chain}.${messageNumber}`;
}

/** What a run says about one message number of its chain. */
export type RunStatus = 'held' | 'used' | 'dropped';

/** The run holding (chain, n), if any. */
export function findRun(
  state: Pick<SessionState, 'skippedRuns'>,
  chain: number,
  messageNumber: number,
): SkippedRun | undefined {
  for (const run of state.skippedRuns)
    if (run.chain === chain && messageNumber >= run.first && messageNumber - run.first < run.count)
      return run;
  return undefined;
}

function isUsed(run: SkippedRun, i: number): boolean {
  return (run.used[i >> 3]! & (1 << (i & 7))) !== 0;
}

/** The status of message number `n` in `run` (which must contain it). */
export function runStatus(run: SkippedRun, messageNumber: number): RunStatus {
  const i = messageNumber - run.first;
  if (isUsed(run, i)) return 'used';
  return i < run.dropped ? 'dropped' : 'held';
}

/** Keys of `run` still held. */
function heldIn(run: SkippedRun): number {
  let held = 0;
  for (let i = run.dropped; i < run.count; i++) if (!isUsed(run, i)) held++;
  return held;
}

/** Whether a chain still has a held key (header encryption keeps its header key only then). */
export function chainHasHeldKeys(state: Pick<SessionState, 'skippedRuns'>, chain: number): boolean {
  return state.skippedRuns.some((r) => r.chain === chain && heldIn(r) > 0);
}

/** Mark a held key used and delete its entry. */
export function useSkippedKey(
  state: Pick<SessionState, 'id'>,
  run: SkippedRun,
  messageNumber: number,
  changes: EntryChanges,
): void {
  const i = messageNumber - run.first;
  // The bitmap is a fresh copy: the decoded record may share bytes with the store's buffer.
  const used = run.used.slice();
  used[i >> 3]! |= 1 << (i & 7);
  run.used = used;
  removeEntry(changes, skippedKeyName(state.id, run.chain, messageNumber));
}

/** Drop the held keys of `run` below index `until` (eviction or expiry). */
function dropUntil(
  state: Pick<SessionState, 'id'>,
  run: SkippedRun,
  until: number,
  changes: EntryChanges,
): number {
  let dropped = 0;
  for (let i = run.dropped; i < until; i++) {
    if (isUsed(run, i)) continue;
    removeEntry(changes, skippedKeyName(state.id, run.chain, run.first + i));
    dropped++;
  }
  run.dropped = Math.max(run.dropped, until);
  return dropped;
}

/**
 * Store the keys skipped in one chain from `first` on (`keys[i]` is number
 * `first + i`), then enforce the caps: at most {@link LIMITS.maxStoredSkippedKeys}
 * held keys per state (the oldest dropped first) and at most
 * {@link LIMITS.maxSkippedRuns} runs (the oldest removed, its keys dropped).
 */
export function storeSkippedKeys(
  state: Pick<SessionState, 'id' | 'skippedRuns'>,
  chain: number,
  first: number,
  keys: readonly Uint8Array[],
  now: number,
  changes: EntryChanges,
): void {
  if (keys.length === 0) return;
  keys.forEach((key, i) => changes.put.set(skippedKeyName(state.id, chain, first + i), key));
  state.skippedRuns.push(
    create(SkippedRunSchema, {
      chain,
      first,
      count: keys.length,
      storedAtMs: BigInt(now),
      used: new Uint8Array((keys.length + 7) >> 3),
    }),
  );
  let excess = state.skippedRuns.reduce((n, r) => n + heldIn(r), 0) - LIMITS.maxStoredSkippedKeys;
  for (const run of state.skippedRuns) {
    if (excess <= 0) break;
    while (excess > 0 && run.dropped < run.count)
      excess -= dropUntil(state, run, run.dropped + 1, changes);
  }
  while (state.skippedRuns.length > LIMITS.maxSkippedRuns) removeRun(state, 0, changes);
}

/** Remove run `index`, deleting its held keys. */
function removeRun(
  state: Pick<SessionState, 'id' | 'skippedRuns'>,
  index: number,
  changes: EntryChanges,
): void {
  const [run] = state.skippedRuns.splice(index, 1);
  dropUntil(state, run!, run!.count, changes);
}

/** Remove every run of `chain` (a chain the state no longer remembers), deleting its held keys. */
export function removeChainRuns(
  state: Pick<SessionState, 'id' | 'skippedRuns'>,
  chain: number,
  changes: EntryChanges,
): void {
  for (let i = state.skippedRuns.length - 1; i >= 0; i--)
    if (state.skippedRuns[i]!.chain === chain) removeRun(state, i, changes);
}

/**
 * Drop every held key stored at or before `now - LIMITS.skippedKeyLifetimeMs`.
 * Runs stay (their numbers then report `MESSAGE_EXPIRED`). Returns whether
 * anything changed.
 */
export function expireSkippedKeys(
  state: Pick<SessionState, 'id' | 'skippedRuns'>,
  now: number,
  changes: EntryChanges,
): boolean {
  const cutoff = BigInt(now - LIMITS.skippedKeyLifetimeMs);
  let changed = false;
  for (const run of state.skippedRuns) {
    if (run.storedAtMs > cutoff || run.dropped >= run.count) continue;
    dropUntil(state, run, run.count, changes);
    changed = true;
  }
  return changed;
}

/** Entry names of every key the state holds (to delete a whole state, or to find orphans). */
export function heldKeyNames(state: Pick<SessionState, 'id' | 'skippedRuns'>): string[] {
  const names: string[] = [];
  for (const run of state.skippedRuns)
    for (let i = run.dropped; i < run.count; i++)
      if (!isUsed(run, i)) names.push(skippedKeyName(state.id, run.chain, run.first + i));
  return names;
}
