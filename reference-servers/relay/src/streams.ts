/**
 * The delivery streams the relay holds (spec/relay.md §4.4): logged-in ones
 * by mailbox, to push each new blob to, and those still waiting for their
 * auth frame, counted apart (in all and per client address) so sockets
 * that never log in cannot take a logged-in device's place.
 */
import type { WebSocket } from 'ws';

/** WebSocket close codes of the delivery stream. */
export const STREAM_CLOSE = {
  /** The relay is shutting down: reconnect with backoff. */
  GOING_AWAY: 1001,
  /** The database cannot be reached now: reconnect with backoff (RFC 6455 "try again later"). */
  TRY_AGAIN_LATER: 1013,
  /** No valid `auth` message in time, or the token expired. */
  UNAUTHORIZED: 4001,
  /**
   * The relay has too many streams open: logged in (`limits.streams`), or
   * waiting for their auth frame (`limits.pending_streams`; the oldest waiting
   * one is closed to make room for a new one).
   */
  TOO_MANY: 4008,
} as const;

/** The open delivery streams: waiting for their auth frame, then logged in. */
export class DeliveryStreams {
  /** Logged-in streams by mailbox. */
  readonly #open = new Map<string, Set<WebSocket>>();
  #openCount = 0;
  /** Streams waiting for their auth frame, oldest first, with their client address. */
  readonly #pending = new Map<WebSocket, string>();
  readonly #pendingByAddress = new Map<string, number>();

  /** Streams that wait for their auth frame, in all. */
  get pendingCount(): number {
    return this.#pending.size;
  }

  /** Streams from `address` that wait for their auth frame. */
  pendingFrom(address: string): number {
    return this.#pendingByAddress.get(address) ?? 0;
  }

  /** True while `socket` waits for its auth frame. */
  isPending(socket: WebSocket): boolean {
    return this.#pending.has(socket);
  }

  /** The stream that has waited longest for its auth frame. */
  oldestPending(): WebSocket | undefined {
    const [oldest] = this.#pending.keys();
    return oldest;
  }

  /** A new stream from `address` waits for its auth frame. */
  addPending(socket: WebSocket, address: string): void {
    this.#pending.set(socket, address);
    this.#pendingByAddress.set(address, this.pendingFrom(address) + 1);
  }

  /** `socket` waits no more (it logged in or closed); nothing when it was not waiting. */
  dropPending(socket: WebSocket): void {
    const address = this.#pending.get(socket);
    if (address === undefined) return;
    this.#pending.delete(socket);
    const n = (this.#pendingByAddress.get(address) ?? 1) - 1;
    if (n === 0) this.#pendingByAddress.delete(address);
    else this.#pendingByAddress.set(address, n);
  }

  /** Logged-in streams, in all. */
  get openCount(): number {
    return this.#openCount;
  }

  /** `socket` logged in to `mailbox`: new blobs for it are pushed to it. */
  open(socket: WebSocket, mailbox: string): void {
    this.#openCount++;
    let set = this.#open.get(mailbox);
    if (!set) this.#open.set(mailbox, (set = new Set()));
    set.add(socket);
  }

  /** A stream that {@link open} counted closed. */
  closed(socket: WebSocket, mailbox: string): void {
    this.#openCount--;
    const set = this.#open.get(mailbox);
    set?.delete(socket);
    if (set?.size === 0) this.#open.delete(mailbox);
  }

  /** The logged-in streams of `mailbox` (none: undefined). */
  listeners(mailbox: string): ReadonlySet<WebSocket> | undefined {
    return this.#open.get(mailbox);
  }

  /** Close every stream, logged in or waiting, with 1001 (a shutdown). */
  closeAll(): void {
    for (const set of this.#open.values())
      for (const socket of set) socket.close(STREAM_CLOSE.GOING_AWAY, 'shutting down');
    for (const socket of [...this.#pending.keys()])
      socket.close(STREAM_CLOSE.GOING_AWAY, 'shutting down');
  }
}
