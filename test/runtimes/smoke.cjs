// The runtime smoke checks from CommonJS: every entry point is `require`d
// (the package's .cjs build), then checks.mjs runs on what was loaded.
// Prints ONE line of JSON like smoke.mjs, with `module: 'cjs'`.
//
//   node test/runtimes/smoke.cjs
'use strict';
/* global require */
/* eslint-disable @typescript-eslint/no-require-imports -- CommonJS is what this file checks */
const { mkdtempSync, rmSync } = require('node:fs');
const { tmpdir } = require('node:os');
const { join } = require('node:path');

async function main() {
  const start = performance.now();
  // checks.mjs is ESM, and only the checks are: the SDK itself comes from require().
  const { runChecks } = await import('./checks.mjs');
  const tmpDir = mkdtempSync(join(tmpdir(), 'nexuslink-smoke-'));
  try {
    const results = await runChecks(
      async (specifier) => require(specifier),
      ['root', 'interfaces', 'testing', 'hazmat', 'node', 'p2p'],
      { tmpDir },
    );
    const ms = Math.round(performance.now() - start);
    console.log(
      JSON.stringify({
        runtime: 'node',
        version: process.versions.node,
        module: 'cjs',
        ms,
        results,
      }),
    );
  } finally {
    rmSync(tmpDir, { recursive: true, force: true });
  }
}

main().then(
  () => process.exit(0),
  (err) => {
    console.error(err);
    process.exit(1);
  },
);
