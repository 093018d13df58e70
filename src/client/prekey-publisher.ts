/**
 * Prekey publishing: keep the directory's one-time, signed and KEM prekeys
 * on their schedule (spec/pqxdh.md §Prekey lifecycle), crash-safe.
 */
import { NexusError } from '../interfaces/errors.js';
import type { StorageWriter } from '../interfaces/storage.js';
import { crypto } from '../primitives/provider.js';
import {
  createKemPreKey,
  createOneTimePreKeys,
  createSignedPreKey,
  isPreKeyFresh,
} from '../ratchet/prekeys.js';
import { MAX_KEM_ONE_TIME_PREKEYS, MAX_ONE_TIME_PREKEYS } from '../ratchet/prekey-upload.js';
import { decodePreKeyRecord } from '../ratchet/records.js';
import { transactionStores } from '../storage/layout.js';
import { oneTimePreKeyCodec } from '../wire/messages.js';
import {
  formatPending,
  loadPreKeyIndex,
  nextPreKeyId,
  parsePending,
  signedPreKeyOf,
  SIGNED_PREKEY_ROTATION_MS,
  storePreKeyIndex,
  sweepDue,
  sweepPreKeys,
} from './prekeys.js';
import type { PendingBatch } from './prekeys.js';
import type { ClientCore } from './core.js';
import { inContext } from './failures.js';
import { textOf } from './records.js';

/**
 * A directory's low-prekey signal starts a replenish at most this often:
 * a drain fetches many bundles a second, and each signal would otherwise
 * cost a count and an upload. A signal within the interval is answered
 * once, when it ends.
 */
export const LOW_SIGNAL_INTERVAL_MS = 30_000;

/** Publish this device's prekeys to the directory when they run low or age. */
export class PreKeyPublisher {
  readonly core: ClientCore;
  /** Listening to the directory's low signal (from the first check of a started client on). */
  #listening = false;
  /** When the low signal last started a replenish (`Date.now()`). */
  #lowAt = -Infinity;
  /** A replenish the low signal deferred to the end of its interval. */
  #lowTimer: ReturnType<typeof setTimeout> | null = null;

  constructor(core: ClientCore) {
    this.core = core;
  }

  replenishPreKeys(): void {
    if (!this.core.directory || this.core.closed) return;
    this.#listenForLow();
    if (this.core.replenishing) {
      this.core.replenishAgain = true; // sessions started meanwhile: check again after this one
      return;
    }
    this.core.replenishAgain = false;
    this.core.replenishing = this.publishPreKeys()
      .then(() => this.core.directoryFailures.succeed())
      .catch((err: unknown) => {
        // The next new session or the hourly check tries again; the app hears of it when due.
        const error = inContext(err, 'publishing prekeys', 'STORAGE');
        if (!NexusError.is(error, 'TRANSPORT', 'RATE_LIMITED')) this.core.emitError(error);
        else if (this.core.directoryFailures.fail(error)) this.core.emitError(error);
      })
      .finally(() => {
        this.core.replenishing = null;
        if (this.core.replenishAgain) this.replenishPreKeys();
      });
  }

  /**
   * Keep the directory's prekeys and the private ones on their schedule
   * (spec/pqxdh.md §Prekey lifecycle): publish one-time X25519 and KEM
   * prekeys of a kind when fewer than its minimum are left, replace the
   * signed and last-resort KEM prekeys together when a week old, and delete
   * private prekeys whose grace period is over. The private parts are
   * committed, with the batch marked pending, before anything is published.
   */
  async publishPreKeys(): Promise<void> {
    const directory = this.core.directory!;
    const now = this.core.clock.now();
    const state = await this.core.storage.read(async (tx) => {
      const signed = signedPreKeyOf(await tx.get('local', 'signed-prekey'));
      const kem = signedPreKeyOf(await tx.get('local', 'kem-prekey'));
      return {
        published: (await tx.get('local', 'prekeys-published')) !== null,
        signed,
        kem,
        pending: await textOf(tx.get('local', 'prekeys-pending')),
        index: await loadPreKeyIndex(tx, now),
      };
    });
    // Deleting what is past its time needs no directory (forward secrecy does not wait for one).
    const current = { signed: state.signed?.id ?? null, kem: state.kem?.id ?? null };
    if (sweepDue(state.index, current, now))
      await this.core.write(async (t) => {
        const index = await loadPreKeyIndex(t.tx, t.now);
        await sweepPreKeys(index, t.stores.preKeys, current, t.now);
        await storePreKeyIndex(t.tx, index);
      });
    const rotate =
      state.signed === null ||
      state.kem === null ||
      now - Math.min(state.signed.createdAt, state.kem.createdAt) >= SIGNED_PREKEY_ROTATION_MS;
    // A batch made but not (known to be) published: publish the same keys, make no new ones
    // (unless its signed prekey is due for replacement: then it goes out with the new one).
    if (state.pending !== null && !rotate) return this.publishPending(parsePending(state.pending));
    const left = await directory.preKeyCounts(this.core.address);
    const lowX = !state.published || left.oneTime < this.core.preKeyMinimum;
    const lowKem = !state.published || left.kemOneTime < this.core.kemPreKeyMinimum;
    if (!rotate && !lowX && !lowKem) return;
    const ctx = { clock: this.core.clock, random: this.core.random };
    const pending = await this.core.write(async (t) => {
      const index = await loadPreKeyIndex(t.tx, t.now);
      const before = parsePendingOrNull(await textOf(t.tx.get('local', 'prekeys-pending')));
      let signed = signedPreKeyOf(await t.tx.get('local', 'signed-prekey'));
      let kem = signedPreKeyOf(await t.tx.get('local', 'kem-prekey'));
      // New one-time keys of a kind that runs low, up to the batch and within what a
      // directory holds; none while an unpublished batch is waiting (it goes out now,
      // and the next check tops up).
      const topUp = (low: boolean, batch: number, held: number, max: number) =>
        before !== null || !low
          ? 0
          : Math.max(0, Math.min(batch - (state.published ? held : 0), max - held));
      const next = Number((await textOf(t.tx.get('local', 'one-time-prekey-next'))) ?? '1');
      const count = topUp(lowX, this.core.preKeyBatch, left.oneTime, MAX_ONE_TIME_PREKEYS);
      await createOneTimePreKeys(t.stores.preKeys, next, count, ctx);
      await t.tx.put(
        'local',
        'one-time-prekey-next',
        new TextEncoder().encode(String(next + count)),
      );
      // One-time KEM keys first, so that they follow a waiting batch's ids without a gap.
      const kemFirst = index.kemNext;
      const kemCount = topUp(
        lowKem,
        this.core.kemPreKeyBatch,
        left.kemOneTime,
        MAX_KEM_ONE_TIME_PREKEYS,
      );
      for (let i = 0; i < kemCount; i++) {
        await createKemPreKey(this.core.device, t.stores.preKeys, kemFirst + i, ctx);
        index.kemOneTime.push({ id: kemFirst + i, createdAt: t.now });
      }
      index.kemNext = kemFirst + kemCount;
      if (
        signed === null ||
        kem === null ||
        t.now - Math.min(signed.createdAt, kem.createdAt) >= SIGNED_PREKEY_ROTATION_MS
      ) {
        // Both replaced together; the old ones stay for PreKeyMessages still on their way
        // until LIMITS.retiredPreKeyGraceMs has passed (then the sweep deletes them).
        const signedId = signed === null ? 1 : nextPreKeyId(signed.id);
        const kemId = index.kemNext;
        index.kemNext = nextPreKeyId(kemId);
        const spk = await createSignedPreKey(this.core.device, t.stores.preKeys, signedId, ctx);
        const lastResort = await createKemPreKey(this.core.device, t.stores.preKeys, kemId, {
          ...ctx,
          lastResort: true,
        });
        await t.tx.put('local', 'signed-prekey', spk);
        await t.tx.put('local', 'kem-prekey', lastResort);
        if (signed !== null)
          index.retired.push({ kind: 'signed', id: signed.id, retiredAt: t.now });
        if (kem !== null) index.retired.push({ kind: 'kem', id: kem.id, retiredAt: t.now });
        signed = { id: signedId, createdAt: t.now };
        kem = { id: kemId, createdAt: t.now };
      }
      await sweepPreKeys(index, t.stores.preKeys, { signed: signed.id, kem: kem.id }, t.now);
      await storePreKeyIndex(t.tx, index);
      const batch: PendingBatch = {
        first: before?.first ?? next,
        count: (before?.count ?? 0) + count,
        kemFirst: before?.kemFirst ?? kemFirst,
        kemCount: (before?.kemCount ?? 0) + kemCount,
      };
      await t.tx.put('local', 'prekeys-pending', formatPending(batch));
      return batch;
    });
    await this.publishPending(pending);
  }

  /** Publish, then record that the batch is out. */
  async upload(upload: {
    signedPreKey: Uint8Array;
    kemPreKey: Uint8Array;
    oneTimePreKeys: Uint8Array[];
    kemOneTimePreKeys: Uint8Array[];
  }): Promise<void> {
    await this.core.directory!.publish({
      deviceCertificate: this.core.device.deviceCertificate,
      selfSigningCertificate: this.core.device.selfSigningCertificate,
      ...upload,
    });
    await this.core.storage.write(async (tx) => {
      await tx.delete('local', 'prekeys-pending');
      await tx.put('local', 'prekeys-published', new Uint8Array([1]));
    });
  }

  /**
   * Publish the batch waiting in `prekeys-pending` with the current signed
   * and last-resort KEM prekeys: the one-time keys of its ranges that are
   * still held (not used since) and, for KEM ones, still fresh.
   */
  async publishPending(batch: PendingBatch): Promise<void> {
    const now = this.core.clock.now();
    const upload = await this.core.storage.read(async (tx) => {
      const stores = transactionStores(tx as StorageWriter); // loads only
      const oneTimePreKeys: Uint8Array[] = [];
      for (let id = batch.first; id < batch.first + batch.count; id++) {
        const record = await stores.preKeys.loadPreKey('one-time', id);
        if (record === null) continue; // used since: it was published after all
        const { secret } = decodePreKeyRecord(record, 'one-time');
        oneTimePreKeys.push(
          oneTimePreKeyCodec.encode({ keyId: id, publicKey: crypto().x25519PublicKey(secret) }),
        );
      }
      const kemOneTimePreKeys: Uint8Array[] = [];
      for (let id = batch.kemFirst; id < batch.kemFirst + batch.kemCount; id++) {
        const record = await stores.preKeys.loadPreKey('kem', id);
        if (record === null) continue;
        const { signed, lastResort, createdAtMs } = decodePreKeyRecord(record, 'kem');
        // Too old to be handed out: a directory would refuse the whole upload.
        if (lastResort || !isPreKeyFresh(Number(createdAtMs), now)) continue;
        kemOneTimePreKeys.push(signed);
      }
      return {
        signedPreKey: (await tx.get('local', 'signed-prekey'))!,
        kemPreKey: (await tx.get('local', 'kem-prekey'))!,
        oneTimePreKeys,
        kemOneTimePreKeys,
      };
    });
    await this.upload(upload);
  }

  /**
   * Subscribe to the directory's low-prekey signal, when it has one
   * (`PreKeyDirectory.onPreKeysLow`), once the client has started (its
   * first check runs here); the subscription ends when the client closes.
   */
  #listenForLow(): void {
    const directory = this.core.directory;
    if (this.#listening || !directory?.onPreKeysLow || !this.core.started) return;
    this.#listening = true;
    const own = this.core.address;
    const stop = directory.onPreKeysLow((device) => {
      if (device.uuid === own.uuid && device.deviceId === own.deviceId) this.preKeysLow();
    });
    this.core.unsubscribe.push(() => {
      stop();
      if (this.#lowTimer) clearTimeout(this.#lowTimer);
      this.#lowTimer = null;
    });
  }

  /**
   * The directory says this device's one-time prekeys run low (a drain, or
   * many new sessions): replenish now, or at the end of
   * {@link LOW_SIGNAL_INTERVAL_MS} when the last signal started one sooner.
   */
  preKeysLow(): void {
    if (this.core.closed || this.#lowTimer) return;
    const run = () => {
      this.#lowTimer = null;
      this.#lowAt = Date.now();
      this.replenishPreKeys();
    };
    const wait = this.#lowAt + LOW_SIGNAL_INTERVAL_MS - Date.now();
    if (wait <= 0) return run();
    this.#lowTimer = setTimeout(run, wait);
    (this.#lowTimer as { unref?: () => void }).unref?.();
  }

  /** See {@link NexusClient.publishPreKeys}. */
  async publishNow(): Promise<void> {
    this.core.live();
    if (!this.core.directory)
      throw new NexusError('INVALID_ARGUMENT', 'the client has no directory');
    await this.core.replenishing;
    await this.publishPreKeys();
  }
}

/** `prekeys-pending`, or null when no batch is waiting. */
function parsePendingOrNull(text: string | null): PendingBatch | null {
  return text === null ? null : parsePending(text);
}
