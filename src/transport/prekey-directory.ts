import { NexusError } from '../interfaces/errors.js';
import type { PreKeyDirectory, PreKeyUpload } from '../interfaces/directory.js';
import type { DeviceAddress } from '../interfaces/sessions.js';
import { toHex } from '../primitives/bytes.js';
import { createPreKeyBundle, verifyPreKeyBundle } from '../ratchet/prekeys.js';
import { oneTimePreKeyCodec } from '../wire/messages.js';
import { checkAddress } from './memory.js';

/** Most one-time prekeys a device may hold in the directory. */
const MAX_ONE_TIME_PREKEYS = 1000;

interface Published {
  deviceCertificate: Uint8Array;
  selfSigningCertificate: Uint8Array;
  signedPreKey: Uint8Array;
  kemPreKey: Uint8Array;
  oneTime: Map<number, Uint8Array>;
}

function bytesOf(value: unknown, what: string): Uint8Array {
  if (!(value instanceof Uint8Array) || value.length === 0)
    throw new NexusError('INVALID_ARGUMENT', `${what} must be a non-empty Uint8Array`);
  return value.slice();
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
      if (typeof upload !== 'object' || upload === null)
        throw new NexusError('INVALID_ARGUMENT', 'upload must be an object');
      const entry: Published = {
        deviceCertificate: bytesOf(upload.deviceCertificate, 'deviceCertificate'),
        selfSigningCertificate: bytesOf(upload.selfSigningCertificate, 'selfSigningCertificate'),
        signedPreKey: bytesOf(upload.signedPreKey, 'signedPreKey'),
        kemPreKey: bytesOf(upload.kemPreKey, 'kemPreKey'),
        oneTime: new Map(),
      };
      if (!Array.isArray(upload.oneTimePreKeys))
        throw new NexusError('INVALID_ARGUMENT', 'oneTimePreKeys must be an array');
      let verified;
      try {
        verified = verifyPreKeyBundle(createPreKeyBundle({ device: entry, ...entry }));
      } catch (cause) {
        throw new NexusError('INVALID_ARGUMENT', 'the upload does not verify', { cause });
      }
      const oneTime = new Map<number, Uint8Array>();
      for (const key of upload.oneTimePreKeys) {
        let decoded;
        try {
          decoded = oneTimePreKeyCodec.decode(bytesOf(key, 'one-time prekey'));
        } catch (cause) {
          throw new NexusError('INVALID_ARGUMENT', 'a one-time prekey does not decode', { cause });
        }
        oneTime.set(decoded.keyId, key.slice());
      }
      const devices = byUuid.get(verified.uuid) ?? new Map<string, Published>();
      const id = toHex(verified.device.deviceId);
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
