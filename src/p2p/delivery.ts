/**
 * The delivery queue (the outbox): `send` stores an envelope and returns;
 * each recipient's envelopes then go out in order on one envelope stream,
 * each acknowledged before the next, retried with backoff while the
 * recipient cannot be reached, and left at the offline relay once it has
 * been unreachable for long enough (spec/p2p.md §4, §8).
 */
import type { Connection, Stream } from '@libp2p/interface';
import { NexusError } from '../interfaces/errors.js';
import { pathError } from './errors.js';
import type { DeviceAddress } from '../interfaces/sessions.js';
import { toHex } from '../primitives/bytes.js';
import { deviceOf, HELLO_TIMEOUT_MS, keyOf, notify } from './context.js';
import type { P2PContext } from './context.js';
import type { Dialer } from './dial.js';
import { FrameReader, nextFrame, readStored, storedValue, write } from './framing.js';
import type { Hello } from './hello.js';
import type { OfflineRelay } from './offline-relay.js';
import { ENVELOPE_PROTOCOL } from './options.js';
import { PATH_RANK, pathOf } from './paths.js';
import type { Paths } from './paths.js';

import { listAll } from '../storage/layout.js';

/** Outbox entries of one recipient read at a time (delivered one by one, in order). */
const FLUSH_PAGE = 16;

/** An envelope as the outbox holds it. */
interface Outgoing {
  readonly id: Uint8Array;
  readonly envelope: Uint8Array;
  readonly acceptedAt: number;
}

/** The parts delivery works with. */
export interface DeliveryParts {
  readonly hello: Hello;
  readonly paths: Paths;
  readonly dialer: Dialer;
  readonly relay: OfflineRelay | null;
}

/** The outbox of one transport and its delivery. */
export class Delivery {
  readonly #ctx: P2PContext;
  readonly #parts: DeliveryParts;
  readonly #failureListeners = new Set<(to: DeviceAddress, error: NexusError) => void>();
  /** Recipients whose outbox is being delivered, and those to look at again after. */
  readonly #flushing = new Map<string, { again: boolean }>();
  readonly #retryTimers = new Map<
    string,
    { timer: ReturnType<typeof setTimeout>; delay: number }
  >();
  /** Open outgoing streams per recipient, with the connection each is on. */
  readonly #streams = new Map<
    string,
    { stream: Stream; reader: FrameReader; connection: Connection }
  >();

  constructor(ctx: P2PContext, parts: DeliveryParts) {
    this.#ctx = ctx;
    this.#parts = parts;
  }

  /** Store an envelope for `to` in the outbox and start delivering it (the caller checked both). */
  async send(to: DeviceAddress, envelope: Uint8Array): Promise<void> {
    const now = this.#ctx.clock.now();
    const id = crypto.getRandomValues(new Uint8Array(16));
    const key = `${keyOf(to)}/${String(this.#ctx.nextSeq()).padStart(16, '0')}`;
    await this.#ctx.options.storage.write((tx) =>
      tx.put('outbox', key, storedValue(id, envelope, now)),
    );
    this.flush(keyOf(to));
  }

  /** How many envelopes wait in the outbox (not delivered, nor left at the offline relay). */
  async pending(): Promise<number> {
    return this.#ctx.options.storage.read(async (tx) => (await listAll(tx, 'outbox')).length);
  }

  /** The PeerId the open envelope stream to `recipient` (`uuid/deviceId`) reaches, if any. */
  peerOf(recipient: string): string | undefined {
    return this.#streams.get(recipient)?.connection.remotePeer.toString();
  }

  onFailure(listener: (to: DeviceAddress, error: NexusError) => void): () => void {
    this.#failureListeners.add(listener);
    return () => void this.#failureListeners.delete(listener);
  }

  /** Stop retrying and drop every open envelope stream. */
  close(): void {
    for (const { timer } of this.#retryTimers.values()) clearTimeout(timer);
    this.#retryTimers.clear();
    for (const r of [...this.#streams.keys()]) this.#dropStream(r);
  }

  /** Deliver the outbox of one recipient in order; on failure try again later. */
  flush(recipient: string): void {
    if (this.#ctx.state !== 'connected') return;
    const running = this.#flushing.get(recipient);
    if (running) {
      running.again = true;
      return;
    }
    const retry = this.#retryTimers.get(recipient);
    if (retry) clearTimeout(retry.timer);
    const job = { again: false };
    this.#flushing.set(recipient, job);
    void (async () => {
      let failed = false;
      let viaRelay = false;
      try {
        do {
          job.again = false;
          for (;;) {
            if (this.#ctx.state !== 'connected') return;
            // The oldest entries, in order. What is stored meanwhile sets `job.again`.
            const page = await this.#ctx.options.storage.read((tx) =>
              tx.list('outbox', { prefix: `${recipient}/`, limit: FLUSH_PAGE }),
            );
            for (const next of page) {
              if (this.#ctx.state !== 'connected') return;
              let stored;
              try {
                stored = readStored(next.value);
              } catch (cause) {
                // A damaged entry must not block the ones after it: drop it and say so.
                await this.#ctx.options.storage.write((tx) => tx.delete('outbox', next.key));
                this.#reportFailure(
                  recipient,
                  new NexusError('STORAGE', 'a stored envelope was damaged and dropped', { cause }),
                );
                continue;
              }
              const relay = this.#parts.relay;
              if (viaRelay) await relay!.leave(recipient, stored);
              else
                try {
                  await this.#deliver(recipient, stored);
                } catch (err) {
                  // Unreachable for long enough: this one and every one behind it go to the relay.
                  if (!relay?.due(stored.acceptedAt)) throw err;
                  viaRelay = true;
                  await relay.leave(recipient, stored);
                }
              await this.#ctx.options.storage.write((tx) => tx.delete('outbox', next.key));
            }
            // A short page was all there was: no need to look again unless `job.again`.
            if (page.length < FLUSH_PAGE) break;
          }
        } while (job.again);
        this.#retryTimers.delete(recipient);
      } catch (err) {
        failed = true;
        this.#dropStream(recipient);
        this.#reportFailure(
          recipient,
          err instanceof NexusError ? err : pathError('the delivery failed', err),
        );
      } finally {
        this.#flushing.delete(recipient);
      }
      if (failed) this.#scheduleRetry(recipient);
    })();
  }

  /** Tell the delivery-failure listeners (not after close). */
  #reportFailure(recipient: string, error: NexusError): void {
    if (this.#ctx.state === 'closed') return;
    notify(this.#failureListeners, deviceOf(recipient), error);
  }

  #scheduleRetry(recipient: string): void {
    if (this.#ctx.state !== 'connected') return;
    const initial = this.#ctx.options.retry?.initialDelayMs ?? 500;
    const max = this.#ctx.options.retry?.maxDelayMs ?? 30_000;
    const last = this.#retryTimers.get(recipient)?.delay ?? 0;
    const delay = last === 0 ? initial : Math.min(max, last * 2);
    const timer = setTimeout(() => this.flush(recipient), delay * (0.5 + Math.random() / 2));
    timer.unref?.();
    this.#retryTimers.set(recipient, { timer, delay });
  }

  async #deliver(recipient: string, e: Outgoing): Promise<void> {
    const { stream, reader } = await this.#streamTo(recipient);
    await write(stream, {
      case: 'envelope',
      value: { id: e.id, envelope: e.envelope, acceptedAtMs: BigInt(e.acceptedAt) },
    });
    // Time for the bytes to cross a slow (relayed) link too: 10 s plus 16 KiB/s.
    const ack = await nextFrame(reader, HELLO_TIMEOUT_MS + e.envelope.length / 16);
    if (ack?.frame.case !== 'ack' || toHex(ack.frame.value.id) !== toHex(e.id))
      throw pathError('the peer did not acknowledge the envelope');
  }

  /**
   * The envelope stream to `recipient`: the open one, unless it runs through
   * a relay and a better connection to that peer is up (a WebRTC upgrade):
   * then it is closed and a new one opened on the better connection. This
   * runs between two envelopes (each is acknowledged before the next goes),
   * so nothing is in flight on the old stream.
   */
  async #streamTo(recipient: string): Promise<{ stream: Stream; reader: FrameReader }> {
    const open = this.#streams.get(recipient);
    if (
      open &&
      open.stream.status === 'open' &&
      open.stream.writeStatus === 'writable' &&
      open.stream.remoteWriteStatus === 'writable'
    ) {
      const best = this.#parts.paths.best(open.connection.remotePeer);
      if (!best || PATH_RANK[pathOf(best)] >= PATH_RANK[pathOf(open.connection)]) return open;
      this.#streams.delete(recipient);
      const old = open.stream;
      void old
        .close({ signal: AbortSignal.timeout(HELLO_TIMEOUT_MS) })
        .catch((err: Error) => old.abort(err));
    }
    const { uuid, deviceId } = deviceOf(recipient);
    const { stream, connection } = await this.#parts.dialer.dial(
      { uuid, deviceId },
      ENVELOPE_PROTOCOL,
    );
    const reader = new FrameReader(stream);
    try {
      await write(stream, await this.#parts.hello.frame());
      const reached = this.#parts.hello.verify(
        await nextFrame(reader, HELLO_TIMEOUT_MS),
        connection,
      );
      if (reached.uuid !== uuid || reached.deviceId !== deviceId)
        throw new NexusError('PEER_MISMATCH', 'the peer is another device than the one dialed');
      this.#parts.paths.proved(recipient, connection.remotePeer.toString());
    } catch (err) {
      stream.abort(err instanceof Error ? err : new Error(String(err)));
      throw err;
    }
    const entry = { stream, reader, connection };
    this.#streams.set(recipient, entry);
    return entry;
  }

  #dropStream(recipient: string): void {
    const open = this.#streams.get(recipient);
    this.#streams.delete(recipient);
    open?.stream.abort(new Error('delivery failed'));
  }
}
