/**
 * The prekey directory in memory (spec/community.md §4 in one process): what
 * tests and examples use, and what a peer-to-peer transport holds its own
 * device's prekeys in.
 */
import { NexusError } from '../interfaces/errors.js';
import type { PreKeyCounts, PreKeyDirectory, PreKeyUpload } from '../interfaces/directory.js';
import type { Clock } from '../interfaces/runtime.js';
import type { DeviceAddress } from '../interfaces/sessions.js';
import {
  MAX_KEM_ONE_TIME_PREKEYS,
  MAX_ONE_TIME_PREKEYS,
  verifyPreKeyUpload,
} from '../ratchet/prekey-upload.js';
import type { VerifiedKemOneTimePreKey } from '../ratchet/prekey-upload.js';
import { createPreKeyBundle, isPreKeyFresh } from '../ratchet/prekeys.js';
import { checkAddress } from '../interfaces/guards.js';

/** Handed-out key ids remembered per device, so that a republished key is not handed out again. */
const MAX_CONSUMED_IDS = 10_000;

interface Published {
  deviceCertificate: Uint8Array;
  selfSigningCertificate: Uint8Array;
  signedPreKey: Uint8Array;
  kemPreKey: Uint8Array;
  oneTime: Map<number, Uint8Array>;
  kemOneTime: Map<number, VerifiedKemOneTimePreKey>;
  /** Ids of one-time keys handed out (`x/<id>` and `kem/<id>`), oldest first. */
  consumed: Set<string>;
}

/** Options of {@link memoryPreKeyDirectory}. */
export interface MemoryPreKeyDirectoryOptions {
  /** The time uploads are verified at and one-time KEM prekeys aged by (default the system clock). */
  readonly clock?: Clock;
}

/**
 * A prekey directory in memory, for tests and examples: what a community
 * server's prekey endpoints do, in one process. It checks every upload as a
 * server would (the certificate chain and the prekey signatures verify, the
 * one-time prekeys decode, nothing is stale), hands out each one-time prekey
 * once, and a one-time KEM prekey only while it is younger than
 * `SESSION_LIMITS.maxPreKeyAgeMs` (the last-resort one otherwise).
 *
 * @example
 * ```ts
 * const directory = memoryPreKeyDirectory();
 * const client = await createClient({ device, storage, transports: [transport], directory });
 * ```
 */
export function memoryPreKeyDirectory(options: MemoryPreKeyDirectoryOptions = {}): PreKeyDirectory {
  const clock = options.clock ?? { now: () => Date.now() };
  const byUuid = new Map<string, Map<string, Published>>();
  const dropStale = (held: Map<number, VerifiedKemOneTimePreKey>, now: number) => {
    for (const [id, key] of held) if (!isPreKeyFresh(key.createdAtMs, now)) held.delete(id);
  };
  const consume = (entry: Published, id: string) => {
    entry.consumed.add(id);
    if (entry.consumed.size > MAX_CONSUMED_IDS)
      entry.consumed.delete(entry.consumed.values().next().value!);
  };
  return {
    async publish(upload: PreKeyUpload) {
      const now = clock.now();
      const verified = verifyPreKeyUpload(upload, { now });
      const devices = byUuid.get(verified.uuid) ?? new Map<string, Published>();
      const id = verified.deviceId;
      const previous = devices.get(id);
      const consumed = new Set(previous?.consumed ?? []);
      // Merged into copies: a refused upload changes nothing. Ids already
      // held are kept as they are; ids handed out before are not taken back.
      const held = new Map(previous?.oneTime ?? []);
      for (const [keyId, key] of verified.oneTimePreKeys)
        if (!held.has(keyId) && !consumed.has(`x/${keyId}`)) held.set(keyId, key);
      if (held.size > MAX_ONE_TIME_PREKEYS)
        throw new NexusError(
          'INVALID_ARGUMENT',
          `a device holds at most ${MAX_ONE_TIME_PREKEYS} one-time prekeys`,
        );
      const kemHeld = new Map(previous?.kemOneTime ?? []);
      dropStale(kemHeld, now);
      kemHeld.delete(verified.bundle.kemPreKey.id); // the last-resort key's id now
      for (const [keyId, key] of verified.kemOneTimePreKeys)
        if (!kemHeld.has(keyId) && !consumed.has(`kem/${keyId}`)) kemHeld.set(keyId, key);
      if (kemHeld.size > MAX_KEM_ONE_TIME_PREKEYS)
        throw new NexusError(
          'INVALID_ARGUMENT',
          `a device holds at most ${MAX_KEM_ONE_TIME_PREKEYS} one-time KEM prekeys`,
        );
      devices.set(id, {
        deviceCertificate: verified.deviceCertificate,
        selfSigningCertificate: verified.selfSigningCertificate,
        signedPreKey: verified.signedPreKey,
        kemPreKey: verified.kemPreKey,
        oneTime: held,
        kemOneTime: kemHeld,
        consumed,
      });
      byUuid.set(verified.uuid, devices);
    },
    async fetchBundles(uuid, fetchOptions = {}) {
      if (typeof uuid !== 'string')
        throw new NexusError('INVALID_ARGUMENT', 'uuid must be a string');
      const exclude = new Set(fetchOptions.exclude ?? []);
      const now = clock.now();
      const out: Uint8Array[] = [];
      for (const [id, entry] of byUuid.get(uuid) ?? []) {
        if (exclude.has(id)) continue;
        const first = entry.oneTime.entries().next();
        let oneTimePreKey: Uint8Array | null = null;
        if (!first.done) {
          entry.oneTime.delete(first.value[0]);
          consume(entry, `x/${first.value[0]}`);
          oneTimePreKey = first.value[1];
        }
        dropStale(entry.kemOneTime, now);
        const kem = entry.kemOneTime.entries().next();
        let kemPreKey = entry.kemPreKey;
        if (!kem.done) {
          entry.kemOneTime.delete(kem.value[0]);
          consume(entry, `kem/${kem.value[0]}`);
          kemPreKey = kem.value[1].signedPreKey;
        }
        out.push(
          createPreKeyBundle({
            device: entry,
            signedPreKey: entry.signedPreKey,
            kemPreKey,
            oneTimePreKey,
          }),
        );
      }
      return out;
    },
    async preKeyCounts(device: DeviceAddress): Promise<PreKeyCounts> {
      checkAddress(device);
      const entry = byUuid.get(device.uuid)?.get(device.deviceId);
      if (!entry) return { oneTime: 0, kemOneTime: 0 };
      dropStale(entry.kemOneTime, clock.now());
      return { oneTime: entry.oneTime.size, kemOneTime: entry.kemOneTime.size };
    },
  };
}
