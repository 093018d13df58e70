// The PreKeyDirectory compliance suite against a community server's
// directory (`CommunityClient.directory`, spec/community.md "Prekeys"): one
// server process, a new account per case.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, it } from 'vitest';
import { CommunityClient } from '@nexuslink/sdk';
import { preKeyDirectoryComplianceSuite } from '@nexuslink/sdk/testing';
import { startServer } from '@nexuslink/server-kit/testing';
import type { RunningServer } from '@nexuslink/server-kit/testing';
import { makeAccount } from './helpers.ts';

let server: RunningServer;
beforeAll(async () => {
  server = await startServer({
    NEXUSLINK_SERVER_DATA_DIR: mkdtempSync(join(tmpdir(), 'nexuslink-prekeys-')),
  });
});
afterAll(async () => {
  await server?.stop();
});

preKeyDirectoryComplianceSuite(
  { describe, it },
  {
    name: 'community server (CommunityClient.directory)',
    create: async () => {
      const account = await makeAccount('bob');
      const client = new CommunityClient({ url: server.url, device: account.device });
      await client.connect();
      return { directory: client.directory, device: account.device, close: () => client.close() };
    },
  },
);
