/**
 * How a device reaches others: a transport carries encrypted envelopes (the
 * bytes `encryptMessage` and `groupEncrypt` produce) to device addresses and
 * hands over the envelopes addressed to this device. It never sees a
 * plaintext. A community server (WebSocket), a libp2p connection, a relay or
 * `memoryNetwork()` in tests all implement it; the compliance suite in
 * `@nexuslink/sdk/testing` checks each.
 *
 * Delivery is **at least once**: an envelope handed over by `receive` comes
 * again (after a reconnect) until it is acknowledged, so the receiver
 * acknowledges only after it has stored what the envelope produced (one
 * storage transaction). Duplicates are the receiver's to drop: the ratchet
 * refuses a replayed envelope (`DUPLICATE_MESSAGE`). Envelopes from one
 * sender to one device arrive in the order they were accepted.
 *
 * Every method throws `NexusError`: `INVALID_ARGUMENT` for bad input,
 * `TRANSPORT` when the network did not take or give the envelope (retry
 * later; nothing was lost).
 */
import type { DeviceAddress } from './sessions.js';

/** Where a transport stands. */
export type TransportState = 'connecting' | 'connected' | 'disconnected' | 'closed';

/** An envelope addressed to this device. */
export interface InboundEnvelope {
  /** Transport-assigned id, the same on every redelivery; pass it to `acknowledge`. */
  readonly id: string;
  /** The encrypted envelope, as the sender's `encryptMessage` produced it. */
  readonly envelope: Uint8Array;
  /** When the network accepted it (ms since the epoch), by the network's clock. */
  readonly acceptedAt: number;
}

/** One device's connection to the network. */
export interface Transport {
  /** A short name for diagnostics: `memory`, `websocket`, `libp2p`, ... */
  readonly kind: string;
  /** The device this transport receives for. */
  readonly address: DeviceAddress;
  /** The current state. */
  readonly state: TransportState;
  /** Connect (again); resolves when connected. Connecting while connected does nothing. */
  connect(): Promise<void>;
  /**
   * Hand `envelope` to the network for the device `to`. Resolves once the
   * network has accepted it (it will be delivered, even if the recipient is
   * offline now); rejects with `TRANSPORT` when it was not accepted.
   */
  send(to: DeviceAddress, envelope: Uint8Array): Promise<void>;
  /**
   * The envelopes addressed to this device that are not acknowledged yet,
   * oldest first, then new ones as they arrive. One consumer at a time: a new
   * call starts over (handing out again what is still unacknowledged) and
   * ends the previous call's iteration. The iteration ends when the
   * transport is closed; calling it on a closed transport throws `TRANSPORT`.
   */
  receive(): AsyncIterable<InboundEnvelope>;
  /** The envelope `id` is processed: never deliver it again. Unknown ids are ignored. */
  acknowledge(id: string): Promise<void>;
  /** Call `listener` on every state change; returns the function that stops it. */
  onStateChange(listener: (state: TransportState) => void): () => void;
  /** Disconnect for good: `receive` ends, later calls throw `TRANSPORT`. */
  close(): Promise<void>;
}
