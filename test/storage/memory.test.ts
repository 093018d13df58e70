import { describe, it } from 'vitest';
import { memoryStorage, storageProtocolStores, transactionStores } from '../../src/index.js';
import { protocolStoresComplianceSuite, storageComplianceSuite } from '../../src/testing/index.js';

storageComplianceSuite(
  { describe, it },
  { name: 'memoryStorage', create: async () => memoryStorage() },
);

protocolStoresComplianceSuite(
  { describe, it },
  {
    name: 'storageProtocolStores(memoryStorage())',
    create: async () => storageProtocolStores(memoryStorage()),
  },
);

// The transaction-scoped stores, each call committed by a write transaction of its own.
protocolStoresComplianceSuite(
  { describe, it },
  {
    name: 'transactionStores over memoryStorage',
    create: async () => {
      const storage = memoryStorage();
      const scoped = <T>(pick: (s: ReturnType<typeof transactionStores>) => T) =>
        new Proxy({} as Record<string, unknown>, {
          get:
            (_, method: string) =>
            (...args: unknown[]) =>
              storage.write((tx) =>
                (
                  pick(transactionStores(tx)) as Record<
                    string,
                    (...a: unknown[]) => Promise<unknown>
                  >
                )[method]!(...args),
              ),
        }) as T;
      return {
        sessions: scoped((s) => s.sessions),
        preKeys: scoped((s) => s.preKeys),
        senderKeys: scoped((s) => s.senderKeys),
        identities: scoped((s) => s.identities),
      };
    },
  },
);
