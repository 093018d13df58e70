/**
 * The two lists of the stored session state kept as packed byte strings
 * (spec/proto/nexuslink/v1/state.proto): a state's finished receiving chains
 * and a record's archived-state references. Decoding and encoding them is one
 * copy, where nested protobuf messages cost more than the rest of the state
 * on every message (ping-pong keeps 20 finished chains).
 */
import { bytesEqual } from '../primitives/bytes.js';

const CHAIN = 76;
const REF = 68;
const NO_KEY = new Uint8Array(32);

/** A receiving chain a state has moved past (spec/ratchet.md §3). */
export interface FinishedChain {
  /** Its position in the packed list (oldest first). */
  readonly index: number;
  /** Its number in the state. */
  readonly number: number;
  /** The next message number expected when the state moved past it. */
  readonly received: number;
  /** Its length as the peer announced it (the next chain's PN). */
  readonly length: number;
  readonly ratchetKey: Uint8Array;
  /** Header encryption: its header key while still kept, else empty. */
  readonly headerKey: Uint8Array;
}

function u32(bytes: Uint8Array, at: number): number {
  return (
    ((bytes[at]! << 24) | (bytes[at + 1]! << 16) | (bytes[at + 2]! << 8) | bytes[at + 3]!) >>> 0
  );
}

function putU32(bytes: Uint8Array, at: number, n: number): void {
  bytes[at] = n >>> 24;
  bytes[at + 1] = (n >>> 16) & 0xff;
  bytes[at + 2] = (n >>> 8) & 0xff;
  bytes[at + 3] = n & 0xff;
}

function chainAt(packed: Uint8Array, index: number): FinishedChain {
  const at = index * CHAIN;
  const headerKey = packed.subarray(at + 44, at + 76);
  return {
    index,
    number: u32(packed, at),
    received: u32(packed, at + 4),
    length: u32(packed, at + 8),
    ratchetKey: packed.subarray(at + 12, at + 44),
    headerKey: bytesEqual(headerKey, NO_KEY) ? new Uint8Array(0) : headerKey,
  };
}

/** How many finished chains the state remembers. */
export function finishedChainCount(state: { finishedChains: Uint8Array }): number {
  return Math.floor(state.finishedChains.length / CHAIN);
}

/** Every finished chain, oldest first. */
export function finishedChains(state: { finishedChains: Uint8Array }): FinishedChain[] {
  const out: FinishedChain[] = [];
  for (let i = 0; i < finishedChainCount(state); i++) out.push(chainAt(state.finishedChains, i));
  return out;
}

/** The finished chain with this ratchet key, if remembered. */
export function findFinishedChain(
  state: { finishedChains: Uint8Array },
  ratchetKey: Uint8Array,
): FinishedChain | null {
  const packed = state.finishedChains;
  for (let i = 0; i < finishedChainCount(state); i++)
    if (bytesEqual(packed.subarray(i * CHAIN + 12, i * CHAIN + 44), ratchetKey))
      return chainAt(packed, i);
  return null;
}

/** Remember a chain the state moves past (newest last). */
export function appendFinishedChain(
  state: { finishedChains: Uint8Array },
  chain: Omit<FinishedChain, 'index'>,
): void {
  const old = state.finishedChains;
  const next = new Uint8Array(old.length + CHAIN);
  next.set(old);
  const at = old.length;
  putU32(next, at, chain.number);
  putU32(next, at + 4, chain.received);
  putU32(next, at + 8, chain.length);
  next.set(chain.ratchetKey, at + 12);
  if (chain.headerKey.length === 32) next.set(chain.headerKey, at + 44);
  state.finishedChains = next;
}

/** Forget the oldest finished chain; returns its number. */
export function dropOldestFinishedChain(state: { finishedChains: Uint8Array }): number {
  const number = u32(state.finishedChains, 0);
  state.finishedChains = state.finishedChains.slice(CHAIN);
  return number;
}

/** Delete a finished chain's header key (no skipped key of it is held any more). */
export function clearFinishedHeaderKey(state: { finishedChains: Uint8Array }, index: number): void {
  const next = state.finishedChains.slice();
  next.fill(0, index * CHAIN + 44, index * CHAIN + 76);
  state.finishedChains = next;
}

/** What a record keeps about one archived state. */
export interface ArchivedRef {
  readonly id: number;
  readonly baseKey: Uint8Array;
  readonly remoteIdentityKey: Uint8Array;
}

/** The archived-state references of a record, newest first. */
export function archivedRefs(record: { archivedStates: Uint8Array }): ArchivedRef[] {
  const packed = record.archivedStates;
  const out: ArchivedRef[] = [];
  for (let at = 0; at + REF <= packed.length; at += REF)
    out.push({
      id: u32(packed, at),
      baseKey: packed.subarray(at + 4, at + 36),
      remoteIdentityKey: packed.subarray(at + 36, at + 68),
    });
  return out;
}

/** Replace the archived-state references of a record. */
export function setArchivedRefs(
  record: { archivedStates: Uint8Array },
  refs: readonly ArchivedRef[],
): void {
  const packed = new Uint8Array(refs.length * REF);
  refs.forEach((ref, i) => {
    if (ref.baseKey.length !== 32 || ref.remoteIdentityKey.length !== 32)
      throw new Error('an archived state has no 32-byte base key and peer key');
    putU32(packed, i * REF, ref.id);
    packed.set(ref.baseKey, i * REF + 4);
    packed.set(ref.remoteIdentityKey, i * REF + 36);
  });
  record.archivedStates = packed;
}
