import { describe, it } from 'vitest';
import { keyStoreComplianceSuite } from '../../src/testing/index.js';
import { softwareKeyStore } from '../../src/keystores/software.js';

keyStoreComplianceSuite(
  { describe, it },
  {
    name: 'softwareKeyStore',
    create: async () => softwareKeyStore(),
    supportsExtractable: true,
  },
);
