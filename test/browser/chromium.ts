import { join } from 'node:path';
import { build } from 'esbuild';
import { chromium } from 'playwright-core';
import type { BrowserContext } from 'playwright-core';
import { expect } from 'vitest';
import { repoPath } from '../helpers.js';
import { toolPath } from '../support/system-tools.js';

/** Bundle a browser entry point (test/browser/*.ts) into one script. */
export async function bundle(entry: string): Promise<string> {
  const out = await build({
    entryPoints: [repoPath(entry)],
    bundle: true,
    platform: 'browser',
    format: 'iife',
    target: 'es2022',
    write: false,
    logLevel: 'error',
  });
  const script = out.outputFiles[0]!.text;
  // Node-only code must not be in a browser bundle.
  expect(script).not.toMatch(/require\(["']node:/);
  return script;
}

/** What a browser entry point reports, on `globalThis.nexuslinkResult`. */
export type PageResult =
  { ok: true; value: Record<string, unknown> } | { ok: false; error: string };

// https: a secure context, as WebCrypto requires (requests never leave the browser).
const ORIGIN = 'https://nexuslink.test';

/** Where and how a page runs its script. */
export interface PageOptions {
  readonly hash?: string;
  readonly prelude?: string;
  /**
   * A real page to open instead of the in-memory one at the fixed origin (a
   * loopback server of the test, for requests to other loopback servers).
   */
  readonly url?: string;
}

/**
 * Run `script` in a fresh page of `context`, served from memory at a fixed
 * https origin; `prelude` runs before `script`. Returns what the page
 * reports on `globalThis.nexuslinkResult`; an error it reports fails the
 * test. Shared by the Chromium and Firefox drivers (./firefox.ts).
 */
export async function runInPage(
  context: BrowserContext,
  script: string,
  options: PageOptions = {},
): Promise<Record<string, unknown>> {
  const page = await context.newPage();
  if (options.url !== undefined) await page.goto(options.url);
  else {
    await page.route(`${ORIGIN}/**`, (route) =>
      route.fulfill({
        contentType: 'text/html',
        body: '<!doctype html><html><body>running</body></html>',
      }),
    );
    await page.goto(`${ORIGIN}/index.html${options.hash ?? ''}`);
  }
  if (options.prelude) await page.addScriptTag({ content: options.prelude });
  await page.addScriptTag({ content: script });
  await page.waitForFunction(() => 'nexuslinkResult' in globalThis, undefined, {
    timeout: 120_000,
  });
  const result = (await page.evaluate(
    () => (globalThis as { nexuslinkResult?: unknown }).nexuslinkResult,
  )) as PageResult;
  if (!result.ok) expect.fail(`the page failed: ${result.error}`);
  return result.value;
}

/**
 * Run `script` in a page of headless Chromium (Debian's, driven by
 * playwright-core) whose profile lives in `dir`: the same `dir` keeps
 * IndexedDB between runs, each run is a new browser process. The page is
 * served from memory at a fixed https origin; `prelude` runs before `script`.
 * Returns what the page reports on `globalThis.nexuslinkResult`; an error
 * it reports fails the test. Only for tests registered through
 * `requires('chromium')` (../support/system-tools.ts).
 */
export async function runInChromium(
  dir: string,
  script: string,
  options: PageOptions = {},
): Promise<Record<string, unknown>> {
  const context = await chromium.launchPersistentContext(join(dir, 'profile'), {
    executablePath: toolPath('chromium'),
    headless: true,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
  try {
    return await runInPage(context, script, options);
  } finally {
    await context.close();
  }
}
