/**
 * Encrypted, versioned snapshots of a session record: the only serialisable
 * form of a live session outside the app's own store (backups, migration).
 */
import { NexusError } from '../interfaces/errors.js';
import type { DeviceAddress } from '../interfaces/sessions.js';
import { utf8 } from '../primitives/bytes.js';
import { crypto } from '../primitives/provider.js';
import { sessionSnapshotCodec, WIRE_LIMITS } from '../wire/messages.js';
import { systemRandom } from '../identity/certificates.js';
import { LABELS } from './constants.js';
import { lengthPrefixed } from './kdf.js';
import { decodeSessionRecord, encodeSessionRecord, STATE_VERSION } from './records.js';
import { withLock } from './lock.js';
import type { SessionContext } from './session.js';

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

/**
 * Export the session record with `address` as an encrypted snapshot
 * (XChaCha20-Poly1305 under `key`, bound to the address and the format version).
 *
 * @throws NexusError `NO_SESSION` when there is none.
 */
export async function exportSessionSnapshot(
  address: DeviceAddress,
  key: Uint8Array,
  ctx: SessionContext,
): Promise<Uint8Array> {
  checkKey(key);
  const record = await ctx.stores.sessions.loadSession(address);
  if (record === null) throw new NexusError('NO_SESSION', 'no session with this device');
  const nonce = (ctx.random ?? systemRandom).randomBytes(WIRE_LIMITS.backupNonce);
  const ciphertext = crypto().xchacha20poly1305Seal(
    key,
    nonce,
    record,
    snapshotAd(STATE_VERSION, address),
  );
  return sessionSnapshotCodec.encode({ version: STATE_VERSION, nonce, ciphertext });
}

/**
 * Import a snapshot made by {@link exportSessionSnapshot} for `address`,
 * replacing the stored record. Restored states can receive at once but cannot
 * send until their next DH ratchet step (`NO_SESSION` until then), because
 * the live session may already have used their next sending keys.
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
  checkKey(key);
  const decoded = sessionSnapshotCodec.decode(snapshot);
  if (decoded.version !== STATE_VERSION) {
    throw new NexusError(
      'UNSUPPORTED_VERSION',
      `snapshot version ${decoded.version}; this release reads ${STATE_VERSION}`,
    );
  }
  const record = crypto().xchacha20poly1305Open(
    key,
    decoded.nonce,
    decoded.ciphertext,
    snapshotAd(decoded.version, address),
  );
  if (record === null)
    throw new NexusError('DECRYPT_FAILED', 'snapshot does not open with this key for this device');
  const restored = decodeSessionRecord(record); // refuse to store what we could not use
  // A snapshot is older than the live state was: sending from it would reuse
  // message keys already used. Every restored state may receive, but sends
  // only after its next DH ratchet step (a fresh key), or after a new session.
  for (const state of [restored.current, ...restored.archived]) {
    if (state !== undefined) state.sendingChainKey = new Uint8Array(0);
  }
  await withLock(ctx.stores.sessions, `${address.uuid}/${address.deviceId}`, () =>
    ctx.stores.sessions.storeSession(address, encodeSessionRecord(restored)),
  );
}
