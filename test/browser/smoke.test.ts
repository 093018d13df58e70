// The runtime smoke checks (test/runtimes/checks.mjs) in real browsers, on
// the browser-capable entry points of the built package: root, interfaces,
// testing and hazmat. ./node and ./p2p are Node-only: a browser bundle of
// either cannot be built (the last test says why, so the README's table
// stays true).
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build } from 'esbuild';
import { beforeAll, describe as plainDescribe, expect, it as plainIt } from 'vitest';
import { repoPath } from '../helpers.js';
import { requires } from '../support/system-tools.js';
import type { SmokeResult } from '../runtimes/smoke.js';
import { expectAllPassed, PORTABLE_CHECKS } from '../runtimes/smoke.js';
import { bundle, runInChromium } from './chromium.js';
import { runInFirefox } from './firefox.js';

let script = '';
let prelude = '';
beforeAll(async () => {
  script = await bundle('test/browser/smoke-entry.mjs');
  const wasm = readFileSync(repoPath('node_modules/sql.js/dist/sql-wasm-browser.wasm'));
  prelude = `globalThis.SQL_WASM_BASE64 = ${JSON.stringify(wasm.toString('base64'))};`;
});

const chromium = requires('chromium');
chromium.describe('the built package in headless Chromium', () => {
  chromium.it(
    'root, interfaces, testing and hazmat load and do their work',
    async () => {
      const dir = mkdtempSync(join(tmpdir(), 'nexuslink-browser-smoke-'));
      try {
        const result = (await runInChromium(dir, script, { prelude })) as unknown as SmokeResult;
        expect(result.version).toMatch(/Chrome\//);
        expectAllPassed(result, PORTABLE_CHECKS);
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    },
    240_000,
  );
});

const firefox = requires('firefox');
firefox.describe('the built package in headless Firefox ESR', () => {
  firefox.it(
    'root, interfaces, testing and hazmat load and do their work',
    async () => {
      const result = (await runInFirefox(script, { prelude })) as unknown as SmokeResult;
      expect(result.version).toMatch(/Firefox\//);
      expectAllPassed(result, PORTABLE_CHECKS);
    },
    240_000,
  );
});

plainDescribe('the Node-only entry points in a browser bundle', () => {
  plainIt(
    './node and ./p2p need Node built-ins, which a browser bundle cannot resolve',
    async () => {
      for (const entry of ['node', 'p2p']) {
        const outcome = await build({
          stdin: { contents: `export * from '@nexuslink/sdk/${entry}';`, resolveDir: repoPath('') },
          bundle: true,
          platform: 'browser',
          format: 'esm',
          write: false,
          logLevel: 'silent',
        }).then(
          () => 'built',
          (err: { errors?: { text: string }[] }) =>
            (err.errors ?? []).map((e) => e.text).join('\n'),
        );
        expect(outcome, entry).toMatch(/Could not resolve "(node:)?(os|fs|crypto|dgram|events)"/);
      }
    },
    60_000,
  );
});
