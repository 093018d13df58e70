/**
 * The DHT (spec/p2p.md §7): NexusLink's Kademlia service, which stores only
 * device records that verify; this device's record published there (and
 * again before it expires); other devices' records looked up.
 */
import type { Libp2p } from 'libp2p';
import type { DeviceAddress } from '../interfaces/sessions.js';
import type { P2PContext } from './context.js';
import type { Hello } from './hello.js';
import type { Libp2pModules } from './libp2p.js';
import { DHT_PROTOCOL } from './options.js';
import type { P2PPeerInfo } from './options.js';
import {
  createDeviceRecord,
  deviceRecordKey,
  selectDeviceRecord,
  verifyDeviceRecord,
} from './record.js';

/** How often a device publishes its record again (its lifetime is a day). */
const DHT_REPUBLISH_MS = 60 * 60 * 1000;
/** The longest a DHT query (a lookup, a publication) may take. */
const DHT_QUERY_MS = 15_000;

/** The DHT services of a node (none without `dht`): only records that verify are stored or chosen. */
export function dhtServices(ctx: P2PContext, lib: Libp2pModules): Record<string, unknown> {
  const dht = ctx.options.dht;
  if (!dht) return {};
  return {
    ping: lib.ping(),
    dht: lib.kadDHT({
      protocol: DHT_PROTOCOL,
      clientMode: !dht.server,
      peerInfoMapper: lib.passthroughMapper,
      validators: {
        nexuslink: (key: Uint8Array, value: Uint8Array) => {
          verifyDeviceRecord(value, { key, now: ctx.clock.now() });
        },
      },
      selectors: {
        nexuslink: (key: Uint8Array, records: Uint8Array[]) =>
          Math.max(0, selectDeviceRecord(key, records, ctx.clock.now())),
      },
    }),
  };
}

/** The DHT service of a node started with `dht` (the part of its API used here). */
export function dhtOf(node: Libp2p): {
  put(k: Uint8Array, v: Uint8Array, o: { signal: AbortSignal }): AsyncIterable<{ name: string }>;
  get(
    k: Uint8Array,
    o: { signal: AbortSignal },
  ): AsyncIterable<{ name: string; value?: Uint8Array }>;
} {
  return (node.services as { dht: ReturnType<typeof dhtOf> }).dht;
}

/** This device in the DHT: its record published, others' looked up. */
export class Dht {
  readonly #ctx: P2PContext;
  readonly #hello: Hello;
  #republish: ReturnType<typeof setInterval> | null = null;
  /** Ends the DHT queries in flight when the transport closes. */
  readonly #abort = new AbortController();

  constructor(ctx: P2PContext, hello: Hello) {
    this.#ctx = ctx;
    this.#hello = hello;
  }

  /** Dial the bootstrap peers, then publish this device's record (and again before it expires), in the background. */
  join(bootstrap: readonly string[]): void {
    const ctx = this.#ctx;
    const node = ctx.node!;
    const signal = this.#abort.signal;
    const publish = async (): Promise<number> => {
      if (ctx.state !== 'connected' || ctx.node !== node) return 0;
      const addresses = node.getMultiaddrs().map((m) => m.toString());
      const record = await createDeviceRecord({
        device: ctx.options.device,
        peerBinding: await this.#hello.binding(),
        // At most 8: relay addresses first (a device behind a NAT has no other
        // that works), no `/webrtc` ones (they are the relay ones, upgraded).
        addresses: [
          ...addresses.filter((a) => a.includes('/p2p-circuit/p2p/')),
          ...addresses.filter((a) => !a.includes('/p2p-circuit/')),
        ].slice(0, 8),
        clock: ctx.clock,
      });
      const bounded = AbortSignal.any([signal, AbortSignal.timeout(DHT_QUERY_MS)]);
      let stored = 0;
      for await (const event of dhtOf(node).put(deviceRecordKey(ctx.address), record, {
        signal: bounded,
      }))
        if (event.name === 'PEER_RESPONSE') stored++;
      return stored;
    };
    void (async () => {
      await Promise.allSettled(bootstrap.map((a) => node.dial(ctx.lib().multiaddr(a), { signal })));
      // Until a peer holds it: right after the dials the routing table may still be empty.
      for (let attempt = 0; attempt < 30 && !signal.aborted; attempt++) {
        if ((await publish().catch(() => 0)) > 0) return;
        await new Promise<void>((resolve) => {
          setTimeout(resolve, 1_000).unref?.();
        });
      }
    })();
    this.#republish = setInterval(() => void publish().catch(() => undefined), DHT_REPUBLISH_MS);
    this.#republish.unref?.();
  }

  /** A device's record from the DHT, verified; null when none verifies. */
  async lookUp(device: DeviceAddress): Promise<P2PPeerInfo | null> {
    const node = this.#ctx.node;
    if (!node) return null;
    const key = deviceRecordKey(device);
    const found: Uint8Array[] = [];
    const signal = AbortSignal.any([this.#abort.signal, AbortSignal.timeout(DHT_QUERY_MS)]);
    try {
      for await (const event of dhtOf(node).get(key, { signal }))
        if (event.name === 'VALUE' && event.value) found.push(event.value);
    } catch {
      // found nowhere (or the query ended)
    }
    const best = selectDeviceRecord(key, found, this.#ctx.clock.now());
    if (best < 0) return null;
    const v = verifyDeviceRecord(found[best]!, { key, now: this.#ctx.clock.now() });
    return { peerId: v.peerId, addresses: v.addresses };
  }

  /** End the queries in flight and stop publishing. */
  close(): void {
    if (this.#republish) clearInterval(this.#republish);
    this.#abort.abort();
  }
}
