import type { Transport, TransportState } from '../interfaces/transport.js';
import { fail, ok, rejectsWith } from './harness.js';
import type { TestApi } from './harness.js';

/** Two connected transports on one network, and how to reconnect one. */
export interface TransportPair {
  readonly a: Transport;
  readonly b: Transport;
  /** Close `t` and return a new, connected transport for the same device (a restart). */
  reconnect(t: Transport): Promise<Transport>;
  /** Release everything (optional). */
  close?(): Promise<void>;
}

/** How to run {@link transportComplianceSuite} against one transport. */
export interface TransportComplianceOptions {
  readonly name: string;
  /** Two fresh, connected transports of different devices on one network. */
  readonly create: () => Promise<TransportPair>;
  readonly timeout?: number;
}

const bytes = (...v: number[]) => Uint8Array.from(v);
const same = (a: Uint8Array, b: Uint8Array) =>
  a.length === b.length && a.every((x, i) => x === b[i]);

/** The next `n` envelopes `t` hands over (fails after `ms`). */
async function take(t: Transport, n: number, ms = 5_000) {
  const out: { id: string; envelope: Uint8Array }[] = [];
  const iterator = t.receive()[Symbol.asyncIterator]();
  let timer: ReturnType<typeof setTimeout> | undefined;
  const deadline = new Promise<never>((_, reject) => {
    timer = setTimeout(
      () => reject(new Error(`compliance: ${n} envelopes did not arrive in ${ms} ms`)),
      ms,
    );
  });
  try {
    while (out.length < n) {
      const next = await Promise.race([iterator.next(), deadline]);
      if (next.done) fail('receive ended early');
      out.push(next.value);
    }
  } finally {
    clearTimeout(timer);
    await iterator.return?.();
  }
  return out;
}

/**
 * The behaviour every {@link Transport} must have (the rules in
 * `@nexuslink/sdk/interfaces`, transport): envelopes arrive byte for byte
 * and in order, are delivered again until acknowledged (also across a
 * reconnect) and never after, queue for an offline device, a closed
 * transport refuses work with `TRANSPORT`, and bad input is `INVALID_ARGUMENT`.
 */
export function transportComplianceSuite(t: TestApi, options: TransportComplianceOptions): void {
  const timeout = options.timeout ?? 30_000;
  const it = (name: string, fn: () => Promise<void>) => t.it(name, fn, timeout);
  const withPair = async (fn: (p: TransportPair) => Promise<void>) => {
    const pair = await options.create();
    try {
      await fn(pair);
    } finally {
      await pair.close?.();
    }
  };

  t.describe(`Transport compliance: ${options.name}`, () => {
    it('envelopes arrive byte for byte, in the order they were sent', () =>
      withPair(async ({ a, b }) => {
        ok(
          a.state === 'connected' && b.state === 'connected',
          'create() must give connected transports',
        );
        const sent = [bytes(1), bytes(2, 2), bytes(3, 3, 3)];
        for (const e of sent) await a.send(b.address, e);
        const got = await take(b, 3);
        got.forEach((g, i) =>
          ok(same(g.envelope, sent[i]!), `envelope ${i} must arrive unchanged and in order`),
        );
        ok(new Set(got.map((g) => g.id)).size === 3, 'ids must differ');
      }));

    it('an envelope comes again until acknowledged, also after a reconnect, and never after', () =>
      withPair(async ({ a, b, reconnect }) => {
        await a.send(b.address, bytes(1));
        await a.send(b.address, bytes(2));
        const first = await take(b, 2);
        await b.acknowledge(first[0]!.id);
        const b2 = await reconnect(b);
        const again = await take(b2, 1);
        ok(
          again[0]!.id === first[1]!.id && same(again[0]!.envelope, bytes(2)),
          'the unacknowledged one must come again, with its id',
        );
        await b2.acknowledge(again[0]!.id);
        await a.send(b2.address, bytes(3));
        const third = await take(b2, 1);
        ok(same(third[0]!.envelope, bytes(3)), 'acknowledged envelopes must not come again');
        await b2.acknowledge(third[0]!.id);
        await b2.acknowledge(third[0]!.id); // twice: no error
      }));

    it('a restarted receive hands out again what is not acknowledged, and ends the previous consumer', () =>
      withPair(async ({ a, b }) => {
        await a.send(b.address, bytes(1));
        await a.send(b.address, bytes(2));
        const first = b.receive()[Symbol.asyncIterator]();
        const one = await first.next();
        ok(!one.done && same(one.value.envelope, bytes(1)), 'the first envelope');
        const again = await take(b, 2);
        ok(
          again[0]!.id === one.value.id && same(again[1]!.envelope, bytes(2)),
          'a new receive must start over with the unacknowledged envelopes',
        );
        ok((await first.next()).done === true, 'the previous consumer must end');
        await b.acknowledge('no-such-id'); // unknown ids are ignored
      }));

    it('envelopes for a device that is offline wait for it', () =>
      withPair(async ({ a, b, reconnect }) => {
        const address = b.address;
        await b.close();
        await a.send(address, bytes(7));
        await a.send(address, bytes(8));
        const back = await reconnect(b);
        const got = await take(back, 2);
        ok(
          same(got[0]!.envelope, bytes(7)) && same(got[1]!.envelope, bytes(8)),
          'queued envelopes must arrive in order',
        );
      }));

    it('a closed transport refuses work with TRANSPORT; its receive ends; listeners hear it', () =>
      withPair(async ({ a, b }) => {
        const states: TransportState[] = [];
        const stop = a.onStateChange((s) => states.push(s));
        const ending = (async () => {
          for await (const _ of a.receive()) void _;
          return 'ended';
        })();
        await a.close();
        ok((await ending) === 'ended', 'receive must end when the transport closes');
        ok(
          a.state === 'closed' && states.includes('closed'),
          'the state must be closed, and reported',
        );
        stop();
        await rejectsWith(() => a.send(b.address, bytes(1)), 'TRANSPORT', 'send after close');
        await rejectsWith(() => a.connect(), 'TRANSPORT', 'connect after close');
        await rejectsWith(async () => a.receive(), 'TRANSPORT', 'receive after close');
      }));

    it('bad addresses and envelopes are INVALID_ARGUMENT', () =>
      withPair(async ({ a, b }) => {
        const bad: [string, () => Promise<unknown>][] = [
          ['no recipient', () => a.send(undefined as never, bytes(1))],
          ['device id not hex', () => a.send({ uuid: b.address.uuid, deviceId: 'zz' }, bytes(1))],
          [
            'uuid with a space',
            () => a.send({ uuid: 'a b', deviceId: b.address.deviceId }, bytes(1)),
          ],
          ['empty envelope', () => a.send(b.address, new Uint8Array(0))],
          ['envelope not bytes', () => a.send(b.address, 'x' as never)],
          ['envelope over 1 MiB', () => a.send(b.address, new Uint8Array(1024 * 1024 + 1))],
        ];
        for (const [what, op] of bad) await rejectsWith(op, 'INVALID_ARGUMENT', what);
        await a.send(b.address, bytes(9));
        const [only] = await take(b, 1);
        ok(same(only!.envelope, bytes(9)), 'refused sends must not deliver anything');
      }));
  });
}
