// Runs in headless Chromium and Firefox (test/browser/smoke.test.ts): the
// runtime smoke checks (test/runtimes/checks.mjs) on the browser-capable
// entry points of the BUILT package, bundled for the page by esbuild as an
// app's bundler would resolve them (package.json "exports" -> dist/).
import * as root from '@nexuslink/sdk';
import * as hazmat from '@nexuslink/sdk/hazmat';
import * as interfaces from '@nexuslink/sdk/interfaces';
import * as testing from '@nexuslink/sdk/testing';
import { ENTRY_POINTS, PORTABLE_ENTRIES, runChecks } from '../runtimes/checks.mjs';

const modules = {
  [ENTRY_POINTS.root]: root,
  [ENTRY_POINTS.interfaces]: interfaces,
  [ENTRY_POINTS.testing]: testing,
  [ENTRY_POINTS.hazmat]: hazmat,
};

async function main() {
  const start = performance.now();
  // sql.js's WebAssembly, inlined by the test (a page has no node_modules to read it from).
  const wasm = globalThis.atob(globalThis.SQL_WASM_BASE64);
  const wasmBinary = Uint8Array.from(wasm, (c) => c.charCodeAt(0));
  const results = await runChecks(async (specifier) => modules[specifier], PORTABLE_ENTRIES, {
    sqlJs: { wasmBinary },
  });
  const ms = Math.round(performance.now() - start);
  return {
    runtime: 'browser',
    version: globalThis.navigator.userAgent,
    module: 'esm',
    ms,
    results,
  };
}

main().then(
  (value) => (globalThis.nexuslinkResult = { ok: true, value }),
  (err) => (globalThis.nexuslinkResult = { ok: false, error: String(err?.stack ?? err) }),
);
