/**
 * The offline relay (spec/p2p.md §8): envelopes for a device unreachable
 * for long enough are signed and left in its mailbox at the relay; this
 * device fetches its own mailbox (on connect, when the relay's delivery
 * stream says a blob arrived, and on a timer), checks each blob and
 * acknowledges it.
 */
import { fromHex } from '../primitives/bytes.js';
import type { RelayStream } from '../relay/client.js';
import { relayMailbox } from '../relay/mailbox.js';
import { deviceOf, keyOf } from './context.js';
import type { P2PContext } from './context.js';
import { createRelayedEnvelope, verifyRelayedEnvelope } from './relayed.js';

/** Puts a verified envelope from `sender` (`uuid/deviceId`) in the inbox. */
export type Accept = (sender: string, id: Uint8Array, envelope: Uint8Array) => Promise<void>;

/** This device's use of an offline relay (when `offlineRelay` is set). */
export class OfflineRelay {
  readonly #ctx: P2PContext;
  readonly #accept: Accept;
  /** The poll timer, while connected. */
  #poll: ReturnType<typeof setInterval> | undefined;
  /** The relay's delivery stream, while open (or opening). */
  #stream: Promise<RelayStream | null> | null = null;

  constructor(ctx: P2PContext, accept: Accept) {
    this.#ctx = ctx;
    this.#accept = accept;
  }

  /** Whether an envelope accepted at `acceptedAt` has waited long enough to go to the relay. */
  due(acceptedAt: number): boolean {
    const relay = this.#ctx.options.offlineRelay;
    return !!relay && this.#ctx.clock.now() - acceptedAt >= (relay.afterMs ?? 10_000);
  }

  /**
   * Fetch this device's mailbox at the offline relay: each blob that
   * verifies enters the inbox; then every fetched blob (those that do not
   * verify too: nobody can use them) is deleted by a signed acknowledgement.
   * A blob stored before a crash and fetched again is skipped by its id.
   */
  async #fetch(): Promise<void> {
    const relay = this.#ctx.options.offlineRelay?.client;
    if (!relay || this.#ctx.state !== 'connected') return;
    for (let round = 0; round < 100; round++) {
      const held = await relay.held({ limit: 100 });
      if (held.length === 0) return;
      const done: string[] = [];
      for (const blob of held) {
        let verified;
        try {
          verified = verifyRelayedEnvelope(blob.blob, {
            recipient: this.#ctx.address,
            revocationList: (uuid) => this.#ctx.options.revocationList?.(uuid) ?? null,
            now: this.#ctx.clock.now(),
          });
        } catch {
          done.push(blob.id); // forged, damaged or not for this device
          continue;
        }
        await this.#accept(keyOf(verified.from), verified.id, verified.envelope);
        done.push(blob.id);
      }
      await relay.ack(done);
      if (held.length < 100) return;
    }
  }

  /**
   * Fetch from the relay now, then whenever its delivery stream says a blob
   * arrived, and every `pollMs` (which also reopens a stream that ended),
   * while connected.
   */
  start(): void {
    const relay = this.#ctx.options.offlineRelay;
    if (!relay) return;
    let running = false;
    let again = false;
    const poll = () => {
      if (this.#ctx.state !== 'connected') return;
      if (running) {
        again = true;
        return;
      }
      running = true;
      again = false;
      void this.#fetch()
        .catch(() => undefined) // unreachable or full: the next poll tries again
        .finally(() => {
          running = false;
          if (again) poll();
        });
    };
    const listen = () => {
      if (this.#stream || this.#ctx.state !== 'connected' || relay.stream === false) return;
      this.#stream = relay.client
        .stream(() => poll())
        .then(
          (stream) => {
            if (this.#ctx.state !== 'connected') stream.close();
            void stream.closed.then(() => (this.#stream = null));
            return stream;
          },
          () => (this.#stream = null),
        );
    };
    poll();
    listen();
    if (this.#poll) clearInterval(this.#poll);
    this.#poll = setInterval(() => {
      poll();
      listen();
    }, relay.pollMs ?? 30_000);
    this.#poll.unref?.();
  }

  /** Leave an envelope for `recipient` at the offline relay. */
  async leave(
    recipient: string,
    e: { id: Uint8Array; envelope: Uint8Array; acceptedAt: number },
  ): Promise<void> {
    const relay = this.#ctx.options.offlineRelay!;
    const { uuid, deviceId } = deviceOf(recipient);
    const blob = await createRelayedEnvelope({
      device: this.#ctx.options.device,
      recipient: { uuid, deviceId },
      ...e,
    });
    await relay.client.put(relayMailbox({ uuid, deviceId: fromHex(deviceId) }), blob, {
      ...(relay.ttlSeconds === undefined ? {} : { ttlSeconds: relay.ttlSeconds }),
    });
  }

  /** Stop polling and close the delivery stream. */
  close(): void {
    if (this.#poll) clearInterval(this.#poll);
    void this.#stream?.then((stream) => stream?.close());
    this.#stream = null;
  }
}
