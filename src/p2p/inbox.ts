/**
 * The inbox: envelopes other devices delivered (directly or through the
 * offline relay), stored before they are acknowledged to the sender, handed
 * to the app by `receive` and dropped when it acknowledges them; bounded per
 * sender and in all (the Transport contract, spec/transport.md).
 */
import { NexusError } from '../interfaces/errors.js';
import type { StorageEntry } from '../interfaces/storage.js';
import type { InboundEnvelope } from '../interfaces/transport.js';
import { toHex } from '../primitives/bytes.js';
import { Consumers } from '../transport/consumer.js';
import type { P2PContext } from './context.js';
import { readStored, storedValue } from './framing.js';

/** Acknowledged envelope ids remembered, so that one delivered again is not handed out twice. */
const RECENT_ACKS = 10_000;
/** Envelopes held for the app from one sending device, and from all. */
const MAX_INBOX_PER_SENDER = 1_000;
const MAX_INBOX = 10_000;

interface Held {
  readonly key: string;
  readonly id: string;
  /** The sending device (`uuid/deviceId`), for the per-sender limit. */
  readonly from: string;
  readonly envelope: Uint8Array;
  readonly acceptedAt: number;
}

/** The envelopes this device holds for its app. */
export class Inbox {
  readonly #ctx: P2PContext;
  /** The inbox by envelope id, oldest first (loaded from storage when connecting). */
  readonly #inbox = new Map<string, Held>();
  /** Envelopes held per sending device (`uuid/deviceId`), for the per-sender limit. */
  readonly #perSender = new Map<string, number>();
  readonly #recentAcks = new Set<string>();
  readonly #consumers = new Consumers();

  constructor(ctx: P2PContext) {
    this.#ctx = ctx;
  }

  /**
   * Hold what storage has (keys `<seq>/<uuid>/<deviceId>/<id>`), replacing
   * what was held; returns the largest sequence number among them.
   */
  load(stored: readonly StorageEntry[]): number {
    this.#inbox.clear();
    this.#perSender.clear();
    let seq = 0;
    for (const { key, value } of stored) {
      const [n, uuid, deviceId] = key.split('/');
      const entry = readStored(value);
      this.#hold({
        key,
        id: toHex(entry.id),
        from: `${uuid}/${deviceId}`,
        envelope: entry.envelope,
        acceptedAt: entry.acceptedAt,
      });
      seq = Math.max(seq, Number(n));
    }
    return seq;
  }

  /** Something changed (an envelope came, the state changed): waiting consumers look again. */
  wake(): void {
    this.#consumers.wake();
  }

  /** Put an envelope in the inbox (it is stored already). */
  #hold(held: Held): void {
    this.#inbox.set(held.id, held);
    this.#perSender.set(held.from, (this.#perSender.get(held.from) ?? 0) + 1);
  }

  /**
   * Store an envelope from `sender` in the inbox (once: an id already held
   * or recently acknowledged is skipped) and hand it out.
   *
   * @throws NexusError `TRANSPORT` when the inbox is full (nothing is
   *   acknowledged: the sender tries again later).
   */
  async accept(sender: string, id: Uint8Array, envelope: Uint8Array): Promise<void> {
    const idHex = toHex(id);
    if (this.#recentAcks.has(idHex) || this.#inbox.has(idHex)) return;
    if ((this.#perSender.get(sender) ?? 0) >= MAX_INBOX_PER_SENDER || this.#inbox.size >= MAX_INBOX)
      throw new NexusError('TRANSPORT', 'the inbox is full');
    // Accepted now, by this device's clock (the contract's "network" is the receiver here).
    const acceptedAt = this.#ctx.clock.now();
    const key = `${String(this.#ctx.nextSeq()).padStart(16, '0')}/${sender}/${idHex}`;
    await this.#ctx.options.storage.write((tx) =>
      tx.put('inbox', key, storedValue(id, envelope, acceptedAt)),
    );
    this.#hold({ key, id: idHex, from: sender, envelope, acceptedAt });
    this.wake();
  }

  receive(): AsyncIterable<InboundEnvelope> {
    return this.#consumers.receive({
      closed: () => this.#ctx.state === 'closed',
      next: (handedOut) => {
        for (const [id, held] of this.#inbox) if (!handedOut.has(id)) return held;
        return undefined;
      },
    });
  }

  async acknowledge(id: string): Promise<void> {
    const held = this.#inbox.get(id);
    if (!held) return; // unknown ids are ignored
    await this.#ctx.options.storage.write((tx) => tx.delete('inbox', held.key));
    // Another acknowledge of the same id may have removed it meanwhile.
    if (this.#inbox.get(id) !== held) return;
    this.#inbox.delete(id);
    const left = (this.#perSender.get(held.from) ?? 1) - 1;
    if (left > 0) this.#perSender.set(held.from, left);
    else this.#perSender.delete(held.from);
    this.#recentAcks.add(id);
    if (this.#recentAcks.size > RECENT_ACKS)
      this.#recentAcks.delete(this.#recentAcks.values().next().value!);
  }
}
