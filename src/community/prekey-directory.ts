/**
 * A community server as this device's prekey directory (spec/community.md
 * §4): publish through `POST /v1/prekeys`, bundles from
 * `GET /v1/prekeys/<uuid>`, this device's own counts, and the server's
 * PreKeysLow notice.
 */
import { base64 } from '@scure/base';
import type { PreKeyDirectory, PreKeyUpload } from '../interfaces/directory.js';
import { NexusError } from '../interfaces/errors.js';
import { checkAddress } from '../interfaces/guards.js';
import type { DeviceAddress } from '../interfaces/sessions.js';
import { verifyPreKeyUpload } from '../ratchet/prekey-upload.js';

/** A call of the server's HTTP API, logged in (the client's). */
export type ApiCall = <T>(method: string, path: string, body?: unknown) => Promise<T>;

/**
 * The directory of the server that `http` calls, for the device at
 * `address`; `onPreKeysLow` subscribes to the server's notice that its
 * one-time prekeys run low.
 */
export function serverPreKeyDirectory(
  http: ApiCall,
  address: DeviceAddress,
  onPreKeysLow: (listener: (count: number) => void) => () => void,
): PreKeyDirectory {
  return {
    publish: async (upload: PreKeyUpload) => {
      // Checked here as the server checks it: a bad upload is a typed error
      // naming the fault, and costs no round trip.
      verifyPreKeyUpload(upload);
      await http('POST', '/v1/prekeys', {
        deviceCertificate: base64.encode(upload.deviceCertificate),
        selfSigningCertificate: base64.encode(upload.selfSigningCertificate),
        signedPreKey: base64.encode(upload.signedPreKey),
        kemPreKey: base64.encode(upload.kemPreKey),
        oneTimePreKeys: upload.oneTimePreKeys.map((k) => base64.encode(k)),
        kemOneTimePreKeys: upload.kemOneTimePreKeys.map((k) => base64.encode(k)),
      });
    },
    fetchBundles: async (uuid, options = {}) => {
      if (typeof uuid !== 'string' || !/^[1-9A-HJ-NP-Za-km-z]{1,100}$/.test(uuid))
        throw new NexusError('INVALID_ARGUMENT', 'uuid must be a UUID');
      const exclude = options.exclude ?? [];
      for (const d of exclude)
        if (!/^[0-9a-f]{32}$/.test(d))
          throw new NexusError('INVALID_ARGUMENT', 'exclude holds device ids (hex)');
      const query = exclude.length ? `?exclude=${exclude.join(',')}` : '';
      const r = await http<{ bundles: string[] }>('GET', `/v1/prekeys/${uuid}${query}`);
      return r.bundles.map((b) => base64.decode(b));
    },
    preKeyCounts: async (device: DeviceAddress) => {
      checkAddress(device);
      if (device.uuid !== address.uuid || device.deviceId !== address.deviceId)
        throw new NexusError('NOT_PERMITTED', 'the server tells a device only its own count');
      const counts = await http<{ oneTimePreKeys: number; kemOneTimePreKeys?: number }>(
        'GET',
        '/v1/prekeys/count',
      );
      // A server from before one-time KEM prekeys counts none.
      return { oneTime: counts.oneTimePreKeys, kemOneTime: counts.kemOneTimePreKeys ?? 0 };
    },
    // The server's PreKeysLow reaches the client that publishes this device's prekeys.
    onPreKeysLow: (listener) => onPreKeysLow((count) => listener(address, count)),
  };
}
