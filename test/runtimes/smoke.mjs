// Runs the runtime smoke checks (checks.mjs) against the built package on the
// runtime that runs this file, as an app there would import it, and prints
// ONE line of JSON: { runtime, version, module, ms, results }.
//
//   node test/runtimes/smoke.mjs            (Node 22 and 24)
//   deno run -A test/runtimes/smoke.mjs
//   bun test/runtimes/smoke.mjs
//
// The package resolves by its name (`@nexuslink/sdk`, linked into
// node_modules), so dist/ must be built (`npm run build`; vitest's global
// setup does it). test/runtimes/*.test.ts run this and check the line.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runChecks } from './checks.mjs';

/** Which runtime this is, by the globals each one sets. */
function runtime() {
  if (globalThis.Deno) return { runtime: 'deno', version: globalThis.Deno.version.deno };
  if (globalThis.Bun) return { runtime: 'bun', version: globalThis.Bun.version };
  return { runtime: 'node', version: process.versions.node };
}

const start = performance.now();
const tmpDir = mkdtempSync(join(tmpdir(), 'nexuslink-smoke-'));
try {
  const results = await runChecks(
    (specifier) => import(specifier),
    ['root', 'interfaces', 'testing', 'hazmat', 'node', 'p2p'],
    { tmpDir },
  );
  const ms = Math.round(performance.now() - start);
  console.log(JSON.stringify({ ...runtime(), module: 'esm', ms, results }));
} finally {
  rmSync(tmpDir, { recursive: true, force: true });
}
// Whatever a check left open (a libp2p timer, say) must not keep the runtime alive.
process.exit(0);
