/**
 * What the parts of a p2p transport share with their coordinator
 * (`transport.ts`): the options, the clock, this device, the running node,
 * and the limits more than one part applies.
 */
import type { Libp2p } from 'libp2p';
import type { Clock } from '../interfaces/runtime.js';
import type { DeviceAddress } from '../interfaces/sessions.js';
import type { TransportState } from '../interfaces/transport.js';
import type { Libp2pModules } from './libp2p.js';
import type { P2PTransportOptions } from './options.js';

/** A hello, a prekey request or an answer is awaited this long. */
export const HELLO_TIMEOUT_MS = 10_000;
/** Largest hello or prekey request read from a peer not yet verified. */
export const HELLO_MAX_BYTES = 16 * 1024;
/** An incoming stream with no frame for this long is closed (the sender opens another). */
export const IDLE_TIMEOUT_MS = 5 * 60 * 1000;
/** Peers remembered from their hellos (and prekey askers). */
export const MAX_LEARNED = 1_000;

/** The coordinator as its parts see it (never the transport object itself: nothing here is printed). */
export interface P2PContext {
  readonly options: P2PTransportOptions;
  readonly clock: Clock;
  /** This device. */
  readonly address: DeviceAddress;
  /** This device's PeerId (text form). */
  readonly peerId: string;
  /** The transport's state now. */
  readonly state: TransportState;
  /** The libp2p node while it runs. */
  readonly node: Libp2p | null;
  /**
   * The libp2p functions, loaded by the first start.
   *
   * @throws NexusError `TRANSPORT` before that.
   */
  lib(): Libp2pModules;
  /**
   * The next sequence number of an inbox or outbox key: it only grows (not
   * the clock, which may step back).
   */
  nextSeq(): number;
}

/** A device's key in maps and storage keys: `uuid/deviceId`. */
export const keyOf = (a: DeviceAddress): string => `${a.uuid}/${a.deviceId}`;

/** The device a `uuid/deviceId` key names. */
export function deviceOf(key: string): DeviceAddress {
  const [uuid, deviceId] = key.split('/') as [string, string];
  return { uuid, deviceId };
}

/** Call every listener; a listener's failure is its own. */
export function notify<A extends unknown[]>(
  listeners: ReadonlySet<(...args: A) => void>,
  ...args: A
): void {
  for (const listener of [...listeners]) {
    try {
      listener(...args);
    } catch {
      // a listener's failure is its own
    }
  }
}

/** Remember `key -> value` as the newest entry, keeping at most `max` (oldest dropped first). */
export function remember<K, V>(map: Map<K, V>, key: K, value: V, max: number): void {
  map.delete(key);
  map.set(key, value);
  if (map.size > max) map.delete(map.keys().next().value!);
}
