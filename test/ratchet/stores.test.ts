import { describe, it } from 'vitest';
import { memoryProtocolStores, protocolStoresComplianceSuite } from '../../src/testing/index.js';

protocolStoresComplianceSuite(
  { describe, it },
  { name: 'memoryProtocolStores', create: async () => memoryProtocolStores() },
);
