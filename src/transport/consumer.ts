/**
 * How a transport hands out the envelopes it holds (the `receive` rule of
 * the Transport contract): every unacknowledged one, oldest first, then new
 * ones as they come; one consumer at a time (a new `receive` starts over and
 * ends the previous one); everything not acknowledged again after a
 * reconnect; the end when the transport closes. Shared by the transports.
 */
import type { InboundEnvelope } from '../interfaces/transport.js';

/** What a transport tells its {@link Consumers} about its held envelopes. */
export interface HeldEnvelopes {
  /** The transport is closed: the consumer ends. */
  closed(): boolean;
  /** The oldest envelope not in `handedOut` that can be handed out now, if any. */
  next(handedOut: ReadonlySet<string>): InboundEnvelope | undefined;
  /** Bumped on every reconnect: what was handed out before comes again. */
  epoch?(): number;
}

/** The consumers of one transport: at most one iterates at a time. */
export class Consumers {
  readonly #waiters = new Set<() => void>();
  #endCurrent: (() => void) | null = null;

  /** Something changed (an envelope came, the state changed): waiting consumers look again. */
  wake(): void {
    const waiters = [...this.#waiters];
    this.#waiters.clear();
    for (const w of waiters) w();
  }

  /** A new consumer of `held`; the previous one ends. */
  receive(held: HeldEnvelopes): AsyncIterable<InboundEnvelope> {
    this.#endCurrent?.();
    let handedOut = new Set<string>();
    let epoch = held.epoch?.();
    let finished = false;
    let cancelWait: (() => void) | null = null;
    const end = () => {
      finished = true;
      cancelWait?.();
    };
    this.#endCurrent = end;
    const iterator: AsyncIterator<InboundEnvelope> = {
      next: async () => {
        for (;;) {
          if (finished || held.closed()) {
            finished = true;
            return { done: true, value: undefined };
          }
          const now = held.epoch?.();
          if (now !== epoch) {
            handedOut = new Set(); // reconnected: what is unacknowledged comes again
            epoch = now;
          }
          const next = held.next(handedOut);
          if (next) {
            handedOut.add(next.id);
            return {
              done: false,
              value: { id: next.id, envelope: next.envelope.slice(), acceptedAt: next.acceptedAt },
            };
          }
          await new Promise<void>((resolve) => {
            cancelWait = resolve;
            this.#waiters.add(resolve);
          });
          cancelWait = null;
        }
      },
      return: async () => {
        end();
        return { done: true, value: undefined };
      },
    };
    return { [Symbol.asyncIterator]: () => iterator };
  }
}
