/**
 * Peer prekeys: a prekey directory with no server (spec/p2p.md §4). This
 * device's prekeys are held by its own transport and handed to whoever asks
 * on `PREKEY_PROTOCOL` (rate-limited per PeerId); other devices' bundles are
 * asked of those devices directly.
 */
import type { Connection, Stream } from '@libp2p/interface';
import { NexusError } from '../interfaces/errors.js';
import type { PreKeyDirectory, PreKeyUpload } from '../interfaces/directory.js';
import type { DeviceAddress } from '../interfaces/sessions.js';
import { memoryPreKeyDirectory } from '../directory/memory.js';
import { verifyPreKeyUpload } from '../ratchet/prekey-upload.js';
import { checkAddress } from '../interfaces/guards.js';
import { HELLO_MAX_BYTES, HELLO_TIMEOUT_MS, MAX_LEARNED, remember } from './context.js';
import type { P2PContext } from './context.js';
import type { Dialer } from './dial.js';
import { FrameReader, nextFrame, write } from './framing.js';
import { PREKEY_PROTOCOL } from './options.js';

/** Bundles with a one-time prekey handed to one PeerId per minute. */
const PREKEY_REQUESTS_PER_MINUTE = 10;

/** This device's prekeys, served to peers, and the directory over peers. */
export class PeerPreKeys {
  readonly #ctx: P2PContext;
  readonly #dialer: Dialer;
  /** When each PeerId last asked for prekeys (the last minute). */
  readonly #asks = new Map<string, number[]>();
  /** This device's published prekeys (kept in memory: after a restart the client publishes new ones). */
  readonly #prekeys: PreKeyDirectory;

  constructor(ctx: P2PContext, dialer: Dialer) {
    this.#ctx = ctx;
    this.#dialer = dialer;
    this.#prekeys = memoryPreKeyDirectory({ clock: { now: () => ctx.clock.now() } });
  }

  /**
   * A prekey request: this device's bundle, consuming one one-time prekey;
   * at most {@link PREKEY_REQUESTS_PER_MINUTE} per asking PeerId, then none
   * (so nobody drains the one-time prekeys by asking in a loop).
   */
  async serve(stream: Stream, connection: Connection): Promise<void> {
    const reader = new FrameReader(stream);
    const request = await nextFrame(reader, HELLO_TIMEOUT_MS, HELLO_MAX_BYTES);
    if (request?.frame.case !== 'prekeyRequest')
      throw new NexusError('MALFORMED', 'a prekey stream starts with a request');
    const asker = connection.remotePeer.toString();
    const now = this.#ctx.clock.now();
    const recent = (this.#asks.get(asker) ?? []).filter((t) => now - t < 60_000);
    let bundles: Uint8Array[] = [];
    if (recent.length < PREKEY_REQUESTS_PER_MINUTE) {
      recent.push(now);
      bundles = await this.#prekeys.fetchBundles(this.#ctx.address.uuid);
    }
    remember(this.#asks, asker, recent, MAX_LEARNED);
    await write(stream, { case: 'prekeyResponse', value: { bundles } });
    await stream.close();
  }

  /** Ask `device` for its bundle. */
  async #ask(device: DeviceAddress): Promise<Uint8Array[]> {
    const { stream } = await this.#dialer.dial(device, PREKEY_PROTOCOL);
    try {
      await write(stream, { case: 'prekeyRequest', value: { version: 1 } });
      const answer = await nextFrame(new FrameReader(stream), HELLO_TIMEOUT_MS);
      if (answer?.frame.case !== 'prekeyResponse')
        throw new NexusError('MALFORMED', 'the device did not answer with its bundle');
      await stream.close();
      return answer.frame.value.bundles;
    } catch (err) {
      stream.abort(err instanceof Error ? err : new Error(String(err)));
      throw err;
    }
  }

  directory(options: {
    readonly devicesOf: (uuid: string) => Promise<readonly DeviceAddress[]>;
  }): PreKeyDirectory {
    if (typeof options?.devicesOf !== 'function')
      throw new NexusError('INVALID_ARGUMENT', 'preKeyDirectory needs a devicesOf function');
    const self = this.#ctx.address;
    return {
      publish: async (upload: PreKeyUpload) => {
        const verified = verifyPreKeyUpload(upload, { now: this.#ctx.clock.now() });
        if (verified.uuid !== self.uuid || verified.deviceId !== self.deviceId)
          throw new NexusError(
            'INVALID_ARGUMENT',
            'a peer-to-peer directory publishes only its own device prekeys',
          );
        await this.#prekeys.publish(upload);
      },
      fetchBundles: async (uuid, fetchOptions = {}) => {
        if (typeof uuid !== 'string')
          throw new NexusError('INVALID_ARGUMENT', 'uuid must be a string');
        const exclude = new Set(fetchOptions.exclude ?? []);
        const devices = (await options.devicesOf(uuid)).filter(
          (d) => d.uuid === uuid && !exclude.has(d.deviceId),
        );
        const out: Uint8Array[] = [];
        for (const d of devices) {
          if (d.deviceId === self.deviceId && d.uuid === self.uuid) {
            out.push(...(await this.#prekeys.fetchBundles(uuid)));
            continue;
          }
          // A device that cannot be reached now is left out.
          out.push(...(await this.#ask(d).catch(() => [])));
        }
        return out;
      },
      preKeyCounts: async (device: DeviceAddress) => {
        checkAddress(device);
        if (device.uuid !== self.uuid || device.deviceId !== self.deviceId)
          throw new NexusError(
            'INVALID_ARGUMENT',
            'a peer-to-peer directory counts only its own device prekeys',
          );
        return this.#prekeys.preKeyCounts(device);
      },
    };
  }
}
