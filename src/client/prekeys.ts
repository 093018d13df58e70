/**
 * What the client keeps about its own prekeys, and the schedule they follow
 * (spec/pqxdh.md §Prekey lifecycle, spec/client.md §5). The private parts
 * live in the prekey store; the `local` table holds the current signed and
 * last-resort KEM prekeys, the batch not yet known to be published
 * (`prekeys-pending`), and this index of what else is held and until when:
 *
 * - replaced signed and last-resort KEM prekeys, kept
 *   `LIMITS.retiredPreKeyGraceMs` after they were replaced, for
 *   PreKeyMessages still on their way;
 * - one-time KEM prekeys, kept until `LIMITS.maxPreKeyAgeMs +
 *   LIMITS.retiredPreKeyGraceMs` after they were made (no initiator takes
 *   one older than the maximum age) unless a PreKeyMessage used them first.
 */
import { NexusError } from '../interfaces/errors.js';
import type { PreKeyStore } from '../interfaces/sessions.js';
import type { StorageReader, StorageWriter } from '../interfaces/storage.js';
import { LIMITS } from '../ratchet/constants.js';
import { preKeyBodyCodec, signedPreKeyCodec } from '../wire/messages.js';

/**
 * The signed prekey and the last-resort KEM prekey are replaced together
 * when either is this old (Signal: 2 days to a week).
 */
export const SIGNED_PREKEY_ROTATION_MS = 7 * 24 * 3600 * 1000;

/** The `local` key of the index (JSON, versioned). */
const INDEX_KEY = 'prekey-index';
const INDEX_VERSION = 1;
/** Signed prekeys the versions before the index kept, the current one included. */
const LEGACY_KEPT_SIGNED = 4;
const MAX_ID = 0xffffffff;

/** A replaced signed or last-resort KEM prekey, and when it was replaced (ms). */
export interface RetiredPreKey {
  readonly kind: 'signed' | 'kem';
  readonly id: number;
  readonly retiredAt: number;
}

/** What the client holds besides its current prekeys. */
export interface PreKeyIndex {
  /** The next ML-KEM prekey id: one-time and last-resort KEM prekeys share one id space. */
  kemNext: number;
  retired: RetiredPreKey[];
  /** One-time KEM prekeys made, with their creation time (ms); some may be used up since. */
  kemOneTime: { readonly id: number; readonly createdAt: number }[];
}

/** Id and creation time of an encoded `SignedPreKey`, or null. */
export function signedPreKeyOf(
  bytes: Uint8Array | null,
): { readonly id: number; readonly createdAt: number } | null {
  if (bytes === null) return null;
  const body = preKeyBodyCodec.decode(signedPreKeyCodec.decode(bytes).body);
  return { id: body.keyId, createdAt: Number(body.createdAtMs) };
}

/** The id after `id` (ids are 1 … 2^32 − 1). */
export const nextPreKeyId = (id: number): number => (id % MAX_ID) + 1;

const isId = (n: unknown): n is number =>
  typeof n === 'number' && Number.isInteger(n) && n >= 1 && n <= MAX_ID;
const isTime = (n: unknown): n is number => typeof n === 'number' && Number.isSafeInteger(n);

/**
 * The index, or for a client that stored none yet (a new one, or one from
 * before the index) what it holds: KEM ids continue after the current
 * last-resort key, and the signed prekeys the old count rule kept are
 * retired as of `now`.
 *
 * @throws NexusError `MALFORMED` or `UNSUPPORTED_VERSION` for a damaged or newer index.
 */
export async function loadPreKeyIndex(tx: StorageReader, now: number): Promise<PreKeyIndex> {
  const stored = await tx.get('local', INDEX_KEY);
  if (stored === null) {
    const signed = signedPreKeyOf(await tx.get('local', 'signed-prekey'));
    const kem = signedPreKeyOf(await tx.get('local', 'kem-prekey'));
    const retired: RetiredPreKey[] = [];
    if (signed !== null)
      for (let id = Math.max(1, signed.id - LEGACY_KEPT_SIGNED + 1); id < signed.id; id++)
        retired.push({ kind: 'signed', id, retiredAt: now });
    return { kemNext: kem === null ? 1 : nextPreKeyId(kem.id), retired, kemOneTime: [] };
  }
  let json: unknown;
  try {
    json = JSON.parse(new TextDecoder().decode(stored));
  } catch (cause) {
    throw new NexusError('MALFORMED', 'the prekey index does not decode', { cause });
  }
  const v = json as {
    version?: unknown;
    kemNext?: unknown;
    retired?: unknown;
    kemOneTime?: unknown;
  };
  if (typeof v !== 'object' || v === null || typeof v.version !== 'number')
    throw new NexusError('MALFORMED', 'the prekey index does not decode');
  if (v.version !== INDEX_VERSION)
    throw new NexusError('UNSUPPORTED_VERSION', `prekey index version ${v.version}`);
  if (
    !isId(v.kemNext) ||
    !Array.isArray(v.retired) ||
    !Array.isArray(v.kemOneTime) ||
    !v.retired.every(
      (r: RetiredPreKey) =>
        (r?.kind === 'signed' || r?.kind === 'kem') && isId(r.id) && isTime(r.retiredAt),
    ) ||
    !v.kemOneTime.every(
      (k: { id: unknown; createdAt: unknown }) => isId(k?.id) && isTime(k.createdAt),
    )
  )
    throw new NexusError('MALFORMED', 'the prekey index does not decode');
  return {
    kemNext: v.kemNext,
    retired: (v.retired as RetiredPreKey[]).map((r) => ({ ...r })),
    kemOneTime: (v.kemOneTime as { id: number; createdAt: number }[]).map((k) => ({ ...k })),
  };
}

/** Store the index (in the caller's transaction). */
export async function storePreKeyIndex(tx: StorageWriter, index: PreKeyIndex): Promise<void> {
  const json = JSON.stringify({
    version: INDEX_VERSION,
    kemNext: index.kemNext,
    retired: index.retired.map(({ kind, id, retiredAt }) => ({ kind, id, retiredAt })),
    kemOneTime: index.kemOneTime.map(({ id, createdAt }) => ({ id, createdAt })),
  });
  await tx.put('local', INDEX_KEY, new TextEncoder().encode(json));
}

/** The current signed and last-resort KEM prekey ids, which are never deleted. */
export interface CurrentPreKeys {
  readonly signed: number | null;
  readonly kem: number | null;
}

const retiredExpired = (r: RetiredPreKey, current: CurrentPreKeys, now: number) =>
  now - r.retiredAt >= LIMITS.retiredPreKeyGraceMs && r.id !== current[r.kind];
const oneTimeExpired = (k: { createdAt: number }, now: number) =>
  now - k.createdAt >= LIMITS.maxPreKeyAgeMs + LIMITS.retiredPreKeyGraceMs;

/** Whether {@link sweepPreKeys} has something to delete at `now`. */
export function sweepDue(index: PreKeyIndex, current: CurrentPreKeys, now: number): boolean {
  return (
    index.retired.some((r) => retiredExpired(r, current, now)) ||
    index.kemOneTime.some((k) => oneTimeExpired(k, now))
  );
}

/**
 * Delete the private prekeys whose time is up (never a current one) and
 * forget one-time KEM prekeys a PreKeyMessage used meanwhile; updates `index`.
 * Store the index in the same transaction.
 */
export async function sweepPreKeys(
  index: PreKeyIndex,
  store: PreKeyStore,
  current: CurrentPreKeys,
  now: number,
): Promise<void> {
  const retired: RetiredPreKey[] = [];
  for (const r of index.retired) {
    if (retiredExpired(r, current, now)) await store.removePreKey(r.kind, r.id);
    else if (r.id !== current[r.kind]) retired.push(r);
  }
  const kemOneTime: PreKeyIndex['kemOneTime'] = [];
  for (const k of index.kemOneTime) {
    if (oneTimeExpired(k, now)) await store.removePreKey('kem', k.id);
    else if ((await store.loadPreKey('kem', k.id)) !== null) kemOneTime.push(k);
  }
  index.retired = retired;
  index.kemOneTime = kemOneTime;
}

/** A batch made but not known to be published: id ranges of one-time X25519 and KEM prekeys. */
export interface PendingBatch {
  readonly first: number;
  readonly count: number;
  readonly kemFirst: number;
  readonly kemCount: number;
}

/** `prekeys-pending` as text: "first count kemFirst kemCount" (older clients wrote only the first two). */
export function formatPending(p: PendingBatch): Uint8Array {
  return new TextEncoder().encode(`${p.first} ${p.count} ${p.kemFirst} ${p.kemCount}`);
}

/** Read `prekeys-pending`. */
export function parsePending(text: string): PendingBatch {
  const [first = 1, count = 0, kemFirst = 1, kemCount = 0] = text.split(' ').map(Number);
  if (![first, count, kemFirst, kemCount].every((n) => Number.isSafeInteger(n) && n >= 0))
    throw new NexusError('MALFORMED', 'prekeys-pending does not decode');
  return { first, count, kemFirst, kemCount };
}
