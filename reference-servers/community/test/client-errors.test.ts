// Errors that name the fault (issue 17): what an app gets when it dials the
// server by another name than the server's own, against the real server
// process as its README starts it.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CommunityClient, NexusError } from '@nexuslink/sdk';
import { startServer } from '@nexuslink/server-kit/testing';
import type { RunningServer } from '@nexuslink/server-kit/testing';
import { makeAccount } from './helpers.ts';

describe('community client errors that name the fault', () => {
  let server: RunningServer;
  beforeAll(async () => {
    server = await startServer({
      NEXUSLINK_SERVER_DATA_DIR: mkdtempSync(join(tmpdir(), 'nexuslink-errors-')),
    });
  });
  afterAll(async () => {
    expect(await server.stop()).toBe(0);
  });

  it('a login to a server dialled by another name than its own says so, with both URLs', async () => {
    const account = await makeAccount('alice');
    // The server calls itself http://127.0.0.1:PORT; the app dials localhost.
    const own = new URL(server.url);
    expect(own.hostname).toBe('127.0.0.1');
    // It says so in GET /v1/server and in every login challenge (derived when it listened).
    const info = (await (await fetch(`${own.origin}/v1/server`)).json()) as {
      data: { url: string };
    };
    expect(info.data.url).toBe(own.origin);
    const dialled = `http://localhost:${own.port}`;
    const client = new CommunityClient({ url: dialled, device: account.device });
    const err = await client.login().then(
      () => null,
      (e: unknown) => e,
    );
    expect(NexusError.is(err, 'INVALID_ARGUMENT'), String(err)).toBe(true);
    const e = err as NexusError;
    expect(e.message).toContain(dialled);
    expect(e.message).toContain(own.origin);
    expect(e.message).toContain('server.public_url');
    expect(e.details.serverUrl).toBe(own.origin);
    await client.close();
    // Dialled by its own name, the same device logs in.
    const right = new CommunityClient({ url: e.details.serverUrl!, device: account.device });
    await right.login();
    await right.close();
  });
});
