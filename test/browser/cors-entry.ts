// Runs in headless Chromium (test/browser/cors.test.ts), on a page served by
// the test from a loopback port: a device logs in to two community servers,
// one that allows this page's origin and one that does not.
import { CommunityClient, createDevice, memoryStorage, NexusError } from '../../src/index.js';

declare global {
  /** The servers' URLs, set by the test. */
  var CORS_SERVERS: { allowing: string; refusing: string };
}

async function main(): Promise<unknown> {
  const { device } = await createDevice({ storage: memoryStorage(), displayName: 'browser' });
  const allowed = new CommunityClient({ url: globalThis.CORS_SERVERS.allowing, device });
  await allowed.login();
  await allowed.close();
  const refused = new CommunityClient({ url: globalThis.CORS_SERVERS.refusing, device });
  try {
    await refused.login();
    return { refused: 'logged in' };
  } catch (err) {
    return {
      origin: location.origin,
      refused: err instanceof NexusError ? err.code : String(err),
      message: (err as Error).message,
      retryElsewhere: err instanceof NexusError ? err.details.retryElsewhere : undefined,
    };
  } finally {
    await refused.close();
  }
}

main().then(
  (value) => ((globalThis as { nexuslinkResult?: unknown }).nexuslinkResult = { ok: true, value }),
  (err: unknown) =>
    ((globalThis as { nexuslinkResult?: unknown }).nexuslinkResult = {
      ok: false,
      error: err instanceof Error ? `${err.name}: ${err.message}` : String(err),
    }),
);
