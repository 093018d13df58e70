// The PreKeyDirectory compliance suite against p2pTransport's directory:
// Bob publishes to his own transport; Alice's transport asks Bob's for his
// bundles over /nexuslink/prekeys/1.0.0, on loopback.
import { describe, it } from 'vitest';
import { memoryStorage } from '../../src/index.js';
import type { DeviceAddress, LocalDevice } from '../../src/index.js';
import { preKeyDirectoryComplianceSuite } from '../../src/testing/index.js';
import { p2pTransport } from '../../src/p2p/index.js';
import { addressBook } from './fixtures.js';
import { makePerson } from '../client/fixtures.js';

const LOOPBACK = ['/ip4/127.0.0.1/tcp/0'];

preKeyDirectoryComplianceSuite(
  { describe, it },
  {
    name: 'p2pTransport.preKeyDirectory (two transports on loopback)',
    create: async () => {
      const book = addressBook();
      /** Which devices each identity has, as contact cards would say. */
      const devicesOf = new Map<string, DeviceAddress[]>();
      const start = async (device: LocalDevice) => {
        const transport = p2pTransport({
          device,
          transportKey: crypto.getRandomValues(new Uint8Array(32)),
          storage: memoryStorage(),
          resolve: book.resolve,
          listen: LOOPBACK,
          webrtc: false,
        });
        await transport.connect();
        book.publish(transport);
        devicesOf.set(device.uuid, [transport.address]);
        return transport;
      };
      const bob = await (await makePerson('bob')).addDevice();
      const alice = await (await makePerson('alice')).addDevice();
      const bobs = await start(bob);
      const alices = await start(alice);
      const devices = { devicesOf: async (uuid: string) => devicesOf.get(uuid) ?? [] };
      return {
        device: bob,
        directory: bobs.preKeyDirectory(devices),
        fetcher: alices.preKeyDirectory(devices),
        async close() {
          await alices.close();
          await bobs.close();
        },
      };
    },
  },
);
