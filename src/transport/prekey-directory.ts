import { NexusError } from '../interfaces/errors.js';
import type { PreKeyDirectory, PreKeyUpload } from '../interfaces/directory.js';
import type { DeviceAddress } from '../interfaces/sessions.js';
import { MAX_ONE_TIME_PREKEYS, verifyPreKeyUpload } from '../community/prekeys.js';
import { createPreKeyBundle } from '../ratchet/prekeys.js';
import { checkAddress } from './memory.js';

interface Published {
  deviceCertificate: Uint8Array;
  selfSigningCertificate: Uint8Array;
  signedPreKey: Uint8Array;
  kemPreKey: Uint8Array;
  oneTime: Map<number, Uint8Array>;
}

/**
 * A prekey directory in memory, for tests and examples: what a community
 * server's prekey endpoints do, in one process. It checks every upload as a
 * server would (the certificate chain and the prekey signatures verify, the
 * one-time prekeys decode) and hands out each one-time prekey once.
 *
 * @example
 * ```ts
 * const directory = memoryPreKeyDirectory();
 * const client = await createClient({ device, storage, transports: [transport], directory });
 * ```
 */
export function memoryPreKeyDirectory(): PreKeyDirectory {
  const byUuid = new Map<string, Map<string, Published>>();
  return {
    async publish(upload: PreKeyUpload) {
      const verified = verifyPreKeyUpload(upload);
      const entry: Published = { ...verified, oneTime: new Map() };
      const oneTime = verified.oneTimePreKeys;
      const devices = byUuid.get(verified.uuid) ?? new Map<string, Published>();
      const id = verified.deviceId;
      // Merged into a copy: a refused upload changes nothing.
      const held = new Map(devices.get(id)?.oneTime ?? []);
      for (const [keyId, key] of oneTime) held.set(keyId, key);
      if (held.size > MAX_ONE_TIME_PREKEYS)
        throw new NexusError(
          'INVALID_ARGUMENT',
          `a device holds at most ${MAX_ONE_TIME_PREKEYS} one-time prekeys`,
        );
      entry.oneTime = held;
      devices.set(id, entry);
      byUuid.set(verified.uuid, devices);
    },
    async fetchBundles(uuid, options = {}) {
      if (typeof uuid !== 'string')
        throw new NexusError('INVALID_ARGUMENT', 'uuid must be a string');
      const exclude = new Set(options.exclude ?? []);
      const out: Uint8Array[] = [];
      for (const [id, entry] of byUuid.get(uuid) ?? []) {
        if (exclude.has(id)) continue;
        const first = entry.oneTime.entries().next();
        let oneTimePreKey: Uint8Array | null = null;
        if (!first.done) {
          entry.oneTime.delete(first.value[0]);
          oneTimePreKey = first.value[1];
        }
        out.push(createPreKeyBundle({ device: entry, ...entry, oneTimePreKey }));
      }
      return out;
    },
    async oneTimePreKeyCount(device: DeviceAddress) {
      checkAddress(device);
      return byUuid.get(device.uuid)?.get(device.deviceId)?.oneTime.size ?? 0;
    },
  };
}
