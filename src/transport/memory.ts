import { NexusError } from '../interfaces/errors.js';
import { Consumers } from './consumer.js';
import type { Clock } from '../interfaces/runtime.js';
import type { DeviceAddress } from '../interfaces/sessions.js';
import type { InboundEnvelope, Transport, TransportState } from '../interfaces/transport.js';
import { checkAddress, checkEnvelope, MAX_ENVELOPE_BYTES } from '../interfaces/guards.js';

// The guards moved to the interfaces layer; re-exported for existing importers.
export { checkAddress, checkEnvelope, MAX_ENVELOPE_BYTES };

/** A network in memory that several clients of one process share (tests, examples). */
export interface MemoryNetwork {
  /**
   * The transport of the device `address` (disconnected until `connect`).
   * One open transport per address: close the old one first.
   */
  transport(address: DeviceAddress): Transport;
  /**
   * Take a device off the network (its transport disconnects; envelopes sent
   * to it still queue) or put it back (its transport reconnects, and every
   * envelope it has not acknowledged is delivered again).
   */
  setReachable(address: DeviceAddress, reachable: boolean): void;
  /** How many envelopes wait for the device (not acknowledged). */
  pending(address: DeviceAddress): number;
}

interface Queued {
  readonly seq: number;
  readonly envelope: Uint8Array;
  readonly acceptedAt: number;
}

interface Mailbox {
  readonly queue: Queued[];
  reachable: boolean;
  open: MemoryTransport | null;
}

const keyOf = (a: DeviceAddress) => `${a.uuid}/${a.deviceId}`;

/**
 * A network in memory: every device has a mailbox that keeps what was sent
 * to it until it acknowledges, as a community server or relay does. Several
 * clients in one test chat end to end through it, and `setReachable` takes
 * one offline and back. It passes the transport compliance suite.
 *
 * @example
 * ```ts
 * const network = memoryNetwork();
 * const alice = network.transport(aliceAddress);
 * await alice.connect();
 * await alice.send(bobAddress, envelope);
 * ```
 */
export function memoryNetwork(options: { readonly clock?: Clock } = {}): MemoryNetwork {
  const clock = options.clock ?? { now: () => Date.now() };
  const mailboxes = new Map<string, Mailbox>();
  let counter = 0;
  const mailbox = (address: DeviceAddress) => {
    let m = mailboxes.get(keyOf(address));
    if (!m) mailboxes.set(keyOf(address), (m = { queue: [], reachable: true, open: null }));
    return m;
  };
  const network: MemoryNetwork = {
    transport(address) {
      checkAddress(address);
      const m = mailbox(address);
      if (m.open !== null)
        throw new NexusError('INVALID_ARGUMENT', 'this device already has an open transport');
      const transport = new MemoryTransport({ ...address }, m, (to, envelope) => {
        const box = mailbox(to);
        box.queue.push({ seq: ++counter, envelope: envelope.slice(), acceptedAt: clock.now() });
        box.open?.wake();
      });
      m.open = transport;
      return transport;
    },
    setReachable(address, reachable) {
      checkAddress(address);
      const m = mailbox(address);
      m.reachable = reachable;
      m.open?.reachabilityChanged();
    },
    pending(address) {
      checkAddress(address);
      return mailbox(address).queue.length;
    },
  };
  return network;
}

class MemoryTransport implements Transport {
  readonly kind = 'memory';
  readonly address: DeviceAddress;
  #state: TransportState = 'disconnected';
  #wanted = false; // connect() was called: reconnect when reachable again
  /** Bumped on every (re)connect: what was handed out before comes again. */
  #epoch = 0;
  readonly #listeners = new Set<(state: TransportState) => void>();
  readonly #consumers = new Consumers();
  readonly #mailbox: Mailbox;
  readonly #deliver: (to: DeviceAddress, envelope: Uint8Array) => void;

  constructor(
    address: DeviceAddress,
    mailbox: Mailbox,
    deliver: (to: DeviceAddress, envelope: Uint8Array) => void,
  ) {
    this.address = Object.freeze(address);
    this.#mailbox = mailbox;
    this.#deliver = deliver;
  }

  get state(): TransportState {
    return this.#state;
  }

  #set(state: TransportState): void {
    if (state === this.#state) return;
    this.#state = state;
    if (state === 'connected') this.#epoch++;
    if (state === 'closed' && this.#mailbox.open === this) this.#mailbox.open = null;
    this.wake();
    for (const listener of [...this.#listeners]) {
      try {
        listener(state);
      } catch {
        // a listener's failure is its own: the transport goes on
      }
    }
  }

  #live(): void {
    if (this.#state === 'closed') throw new NexusError('TRANSPORT', 'the transport is closed');
  }

  /** @internal */
  wake(): void {
    this.#consumers.wake();
  }

  /** @internal */
  reachabilityChanged(): void {
    if (this.#state === 'closed') return;
    if (!this.#mailbox.reachable) this.#set('disconnected');
    else if (this.#wanted) this.#set('connected');
  }

  async connect(): Promise<void> {
    this.#live();
    this.#wanted = true;
    if (!this.#mailbox.reachable) {
      this.#set('disconnected');
      throw new NexusError('TRANSPORT', 'the network is unreachable');
    }
    this.#set('connected');
  }

  async send(to: DeviceAddress, envelope: Uint8Array): Promise<void> {
    this.#live();
    checkAddress(to, 'recipient');
    checkEnvelope(envelope);
    if (this.#state !== 'connected')
      throw new NexusError('TRANSPORT', 'not connected: the envelope was not accepted');
    this.#deliver(to, envelope);
  }

  /**
   * Every envelope not acknowledged, oldest first, then new ones. Each call
   * starts over (so a consumer that stopped without acknowledging gets the
   * rest again) and ends the previous call's iteration: one consumer at a time.
   */
  receive(): AsyncIterable<InboundEnvelope> {
    this.#live();
    return this.#consumers.receive({
      closed: () => this.#state === 'closed',
      epoch: () => this.#epoch,
      next: (handedOut) => {
        if (this.#state !== 'connected') return undefined;
        const q = this.#mailbox.queue.find((e) => !handedOut.has(String(e.seq)));
        return q && { id: String(q.seq), envelope: q.envelope, acceptedAt: q.acceptedAt };
      },
    });
  }

  async acknowledge(id: string): Promise<void> {
    this.#live();
    if (typeof id !== 'string')
      throw new NexusError('INVALID_ARGUMENT', 'an envelope id is a string');
    const at = this.#mailbox.queue.findIndex((q) => String(q.seq) === id);
    if (at >= 0) this.#mailbox.queue.splice(at, 1); // unknown ids are ignored
  }

  onStateChange(listener: (state: TransportState) => void): () => void {
    this.#listeners.add(listener);
    return () => void this.#listeners.delete(listener);
  }

  async close(): Promise<void> {
    if (this.#state === 'closed') return;
    this.#set('closed');
  }
}
