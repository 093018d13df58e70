/**
 * The outbox: envelopes queued inside a transaction, handed to the
 * transports by one sender loop, deleted once the network accepted them.
 */
import { NexusError } from '../interfaces/errors.js';
import type { DeviceAddress } from '../interfaces/sessions.js';
import { encryptMessage } from '../ratchet/session.js';
import { deviceKey, listAll } from '../storage/layout.js';
import { MessageStatus } from '../wire/gen/nexuslink/v1/client_pb.js';
import type { ReceiptType } from '../wire/gen/nexuslink/v1/client_pb.js';
import { outboxRecordCodec } from '../wire/messages.js';
import type { Transport } from '../interfaces/transport.js';
import type { ClientCore } from './core.js';
import { FailureStreak, inContext, STORAGE_PAUSE_MS, STORAGE_RETRIES } from './failures.js';
import type { Tx } from './transaction.js';
import { textOf } from './records.js';
import { messageView } from './views.js';

/** How many outbox entries one pass of the sender hands to the transport. */
const OUTBOX_BATCH = 256;
/** Devices whose refusals are remembered at most (their addresses come from stored records). */
const MAX_DEVICE_STREAKS = 1000;

/** Queue envelopes and drain them to the transports in order, per device. */
export class Outbox {
  readonly core: ClientCore;

  /** Consecutive failures of the storage under the outbox. */
  readonly #storageFailures = new FailureStreak();
  /** Consecutive refusals per device (`uuid/deviceId`) by every transport. */
  readonly #deviceFailures = new Map<string, FailureStreak>();
  /** Transports that answered `RATE_LIMITED`, with when they may be asked again (real time). */
  readonly #rateLimited = new Map<Transport, number>();

  constructor(core: ClientCore) {
    this.core = core;
  }

  /** See {@link NexusClient.pendingOutbox}. */
  async pendingOutbox(): Promise<number> {
    return (await this.core.storage.read((tx) => listAll(tx, 'outbox'))).length;
  }

  /** See {@link NexusClient.flush}. */
  async flush(timeoutMs = 30_000): Promise<void> {
    if (typeof timeoutMs !== 'number' || !Number.isFinite(timeoutMs) || timeoutMs < 0)
      throw new NexusError(
        'INVALID_ARGUMENT',
        'timeoutMs must be a number of milliseconds, 0 or more',
      );
    const deadline = Date.now() + timeoutMs;
    for (let first = true; ; first = false) {
      if ((await this.pendingOutbox()) === 0) return;
      if (this.core.closed) throw new NexusError('TRANSPORT', 'the client is closed');
      const left = deadline - Date.now();
      if (left <= 0) throw new NexusError('TRANSPORT', 'the outbox did not drain in time');
      // Kicked once, or when the sender stopped: a kick cuts its backoff short,
      // and kicking on every wake-up would retry a refusing transport at once, again and again.
      if (first || this.core.sender === null) this.kickSender();
      await new Promise<void>((resolve) => {
        const timer = setTimeout(resolve, Math.min(left, 200));
        this.core.idleWaiters.push(() => {
          clearTimeout(timer);
          resolve();
        });
      });
    }
  }

  /** Put one envelope in the outbox, after everything queued before it (for a channel: posted there). */
  async queueEnvelope(
    t: Tx,
    to: DeviceAddress,
    envelope: Uint8Array,
    messageKeyOf: string,
    expiresAt: number,
    channel = '',
    frankingTag: Uint8Array = new Uint8Array(0),
  ): Promise<void> {
    const current = await textOf(await t.tx.get('local', 'outbox-seq'));
    const seq = (current === null ? 0 : Number(current)) + 1;
    await t.tx.put('local', 'outbox-seq', new TextEncoder().encode(String(seq)));
    t.queued = true;
    await t.tx.put(
      'outbox',
      String(seq).padStart(16, '0'),
      outboxRecordCodec.encode({
        version: 1,
        toUuid: to.uuid,
        toDevice: to.deviceId,
        envelope,
        messageKey: messageKeyOf,
        expiresAtMs: BigInt(expiresAt),
        channel,
        frankingTag,
      }),
    );
  }

  /** Encrypt `plaintext` for one device and queue it. Returns false when the device is revoked. */
  async queue1to1(
    t: Tx,
    to: DeviceAddress,
    plaintext: Uint8Array,
    messageKeyOf: string,
    expiresAt: number,
  ): Promise<boolean> {
    let envelope: Uint8Array;
    try {
      envelope = await encryptMessage(this.core.device, to, plaintext, {
        stores: t.stores,
        clock: this.core.clock,
        random: this.core.random,
      });
    } catch (err) {
      if (NexusError.is(err, 'REVOKED', 'NO_SESSION')) return false;
      throw err;
    }
    await this.queueEnvelope(t, to, envelope, messageKeyOf, expiresAt);
    return true;
  }

  async queueReceipt(t: Tx, to: string, type: ReceiptType, ids: Uint8Array[]): Promise<void> {
    const plaintext = this.core.encode({
      case: 'receipt',
      value: { type, messageIds: ids } as never,
    });
    for (const d of await this.core.sessions.sessionDevices(t, to))
      await this.queue1to1(t, d, plaintext, '', 0);
  }

  kickSender(): void {
    if (this.core.closed || !this.core.started) return;
    this.core.senderKicked = true;
    this.core.senderWake?.();
    if (this.core.sender === null)
      this.core.sender = this.senderLoop().finally(() => {
        this.core.sender = null;
        // A kick that came after the loop's last look (and found it still running).
        if (this.core.senderKicked) this.kickSender();
      });
  }

  /**
   * Hand the outbox to the transports, oldest first, keeping each device's
   * order. A failing storage is retried {@link STORAGE_RETRIES} times with
   * backoff, reported, then tried at most every {@link STORAGE_PAUSE_MS}.
   */
  async senderLoop(): Promise<void> {
    let delay = this.core.retryInitial;
    while (!this.core.closed) {
      this.core.senderKicked = false;
      let outcome: { empty: boolean; progress: boolean; drained: boolean };
      try {
        outcome = await this.senderPass();
        this.#storageFailures.succeed();
      } catch (err) {
        // The storage failed: try again later.
        outcome = { empty: false, progress: false, drained: false };
        const error = inContext(err, 'the outbox', 'STORAGE');
        if (this.#storageFailures.fail(error)) this.core.emitError(error);
        if (this.core.closed) return;
        if (NexusError.is(error, 'STORAGE') && this.#storageFailures.count >= STORAGE_RETRIES) {
          for (const wake of this.core.idleWaiters.splice(0)) wake();
          // Kicks do not cut this wait short: new sends would fail the same way.
          await this.core.pause(Math.max(delay, STORAGE_PAUSE_MS));
          delay = Math.min(delay * 2, this.core.retryMax);
          continue;
        }
      }
      for (const wake of this.core.idleWaiters.splice(0)) wake();
      // Nothing left that this pass saw, and nothing queued since it began (that would have kicked).
      if (outcome.empty || outcome.drained) {
        if (!this.core.senderKicked) return;
        if (outcome.drained) delay = this.core.retryInitial;
        continue;
      }
      if (outcome.progress) {
        delay = this.core.retryInitial;
        continue;
      }
      if (this.core.closed) return;
      await new Promise<void>((resolve) => {
        const timer = setTimeout(resolve, delay);
        this.core.senderWake = () => {
          clearTimeout(timer);
          resolve();
        };
      });
      this.core.senderWake = null;
      delay = Math.min(delay * 2, this.core.retryMax);
    }
  }

  /**
   * One pass over the whole outbox, a page at a time: an unreachable device
   * holds back only its own entries (keeping their order), never the others'.
   */
  async senderPass(): Promise<{ empty: boolean; progress: boolean; drained: boolean }> {
    const blocked = new Set<string>();
    let after: string | undefined;
    let seen = 0;
    let removed = 0;
    let progress = false;
    let complete = false;
    while (!this.core.closed) {
      const cursor = after;
      const entries = await this.core.storage.read((tx) =>
        tx.list('outbox', {
          limit: OUTBOX_BATCH,
          ...(cursor === undefined ? {} : { after: cursor }),
        }),
      );
      if (entries.length === 0) break;
      seen += entries.length;
      after = entries[entries.length - 1]!.key;
      const done: { key: string; messageKey: string }[] = [];
      for (const entry of entries) {
        if (this.core.closed) break;
        const record = outboxRecordCodec.decode(entry.value);
        const to = { uuid: record.toUuid, deviceId: record.toDevice };
        // A channel's posts keep their order among themselves, like a device's envelopes.
        const target = record.channel ? `channel/${record.channel}` : deviceKey(to);
        if (blocked.has(target)) continue;
        if (record.expiresAtMs !== 0n && BigInt(this.core.clock.now()) > record.expiresAtMs) {
          done.push({ key: entry.key, messageKey: '' });
          continue;
        }
        const refused = record.channel
          ? await this.post(record.channel, record.envelope, record.frankingTag)
          : await this.transmit(to, record.envelope);
        if (refused === null) {
          done.push({ key: entry.key, messageKey: record.messageKey });
          this.#deviceFailures.delete(target);
          continue;
        }
        blocked.add(target);
        if (refused === 'waiting') continue;
        // Every transport refused: retried with backoff, reported when due.
        let streak = this.#deviceFailures.get(target);
        if (!streak) {
          // Remember a bounded number of devices (the oldest streak goes first).
          if (this.#deviceFailures.size >= MAX_DEVICE_STREAKS)
            this.#deviceFailures.delete(this.#deviceFailures.keys().next().value!);
          this.#deviceFailures.set(target, (streak = new FailureStreak()));
        }
        const error = inContext(
          refused,
          record.channel
            ? `the outbox, posting to channel ${record.channel}`
            : `the outbox, sending to a device of ${to.uuid}`,
        );
        if (streak.fail(error)) this.core.emitError(error);
      }
      // If this commit fails, the entries stay and go again later (the receiver drops duplicates).
      if (done.length > 0) {
        await this.core.write((t) => this.sent(t, done));
        progress = true;
        removed += done.length;
      }
      if (entries.length < OUTBOX_BATCH) {
        complete = true;
        break;
      }
    }
    // Every entry there was is gone: no need to look again unless kicked.
    const drained = complete && seen > 0 && removed === seen;
    return { empty: seen === 0, progress, drained };
  }

  /**
   * Offer an envelope to each connected transport in turn, until one accepts
   * it. A transport that refuses (not connected, `NOT_FOUND` for a device it
   * does not host, `RATE_LIMITED`, ...) hands it to the next, unless its error
   * says retrying elsewhere cannot help (`details.retryElsewhere === false`).
   * A transport that answered `RATE_LIMITED` is not asked again before its
   * `retryAfterMs` has passed.
   *
   * @returns null when sent; else the last refusal, or `'waiting'` when no
   *   transport was asked (none connected, or all rate-limited).
   */
  async transmit(to: DeviceAddress, envelope: Uint8Array): Promise<NexusError | 'waiting' | null> {
    let refusal: NexusError | null = null;
    for (const transport of this.core.transports) {
      if (transport.state !== 'connected') continue;
      const until = this.#rateLimited.get(transport);
      if (until !== undefined) {
        if (Date.now() < until) continue;
        this.#rateLimited.delete(transport);
      }
      try {
        await transport.send(to, envelope);
        return null;
      } catch (err) {
        if (!NexusError.is(err) || NexusError.is(err, 'STORAGE')) throw err;
        refusal = err;
        const retryAfterMs = err.details.retryAfterMs;
        if (NexusError.is(err, 'RATE_LIMITED'))
          this.#rateLimited.set(transport, Date.now() + (retryAfterMs ?? this.core.retryMax));
        if (err.details.retryElsewhere === false) break;
      }
    }
    return refusal ?? 'waiting';
  }

  /**
   * Post a sender-key envelope to a community channel.
   *
   * @returns null when posted; else the refusal, or `'waiting'` when the
   *   server is not connected.
   */
  async post(
    channel: string,
    envelope: Uint8Array,
    frankingTag: Uint8Array,
  ): Promise<NexusError | 'waiting' | null> {
    const server = this.core.channelTransport;
    if (!server || server.state !== 'connected') return 'waiting';
    try {
      await server.sendChannelMessage(channel, envelope, frankingTag);
      return null;
    } catch (err) {
      if (!NexusError.is(err) || NexusError.is(err, 'STORAGE')) throw err;
      return err;
    }
  }

  /** Remove sent entries, and move their messages to `sent` when no envelope is left. */
  async sent(t: Tx, done: readonly { key: string; messageKey: string }[]): Promise<void> {
    const counts = new Map<string, number>();
    for (const d of done) {
      await t.tx.delete('outbox', d.key);
      if (d.messageKey) counts.set(d.messageKey, (counts.get(d.messageKey) ?? 0) + 1);
    }
    for (const [key, n] of counts) {
      const record = await this.core.records.loadMessage(t.tx, key);
      if (record === null) continue;
      record.unsent = Math.max(0, record.unsent - n);
      if (record.unsent === 0 && record.status === MessageStatus.PENDING) {
        record.status = MessageStatus.SENT;
        t.events.push({ type: 'status', message: messageView(record) });
      }
      await this.core.records.storeMessage(t.tx, key, record);
    }
  }
}
