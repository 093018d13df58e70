/**
 * `npm run test:nat`: the NAT matrix (scripts/nat-matrix.ts) as a table, or
 * with `--json` one JSON object per pair
 * `{ "a", "b", "path": "direct" | "turn" | "relay" | "failed", "msToFirstMessage" }`.
 * Exits 1 unless every pair connected. Root only (network namespaces).
 */
import { canUseNamespaces } from './netns.js';
import { expectedPath, runNatMatrix } from './nat-matrix.js';

const json = process.argv.includes('--json');
if (!canUseNamespaces) {
  process.stderr.write('test:nat needs root (it creates network namespaces)\n');
  process.exit(2);
}
if (!json)
  process.stdout.write(
    `${'NAT A'.padEnd(20)}${'NAT B'.padEnd(20)}${'path'.padEnd(8)}${'expected'.padEnd(10)}first message\n`,
  );
const results = await runNatMatrix({
  onResult: (r) =>
    process.stdout.write(
      json
        ? `${JSON.stringify({ a: r.a, b: r.b, path: r.path, msToFirstMessage: r.msToFirstMessage })}\n`
        : `${r.a.padEnd(20)}${r.b.padEnd(20)}${r.path.padEnd(8)}${expectedPath(r.a, r.b).padEnd(10)}${
            r.msToFirstMessage === null ? '–' : `${r.msToFirstMessage} ms`
          }${r.detail ? `  (${r.detail.split('\n')[0]})` : ''}\n`,
    ),
  onLog: (line) => process.stderr.write(`${line}\n`),
});
const connected = results.filter((r) => r.path !== 'failed').length;
const direct = results.filter((r) => r.path === 'direct').length;
const pct = (n: number) => `${Math.round((100 * n) / results.length)}%`;
if (!json)
  process.stdout.write(
    `\n${results.length} pairs: ${connected} connected (${pct(connected)}), ${direct} direct (${pct(direct)}), ` +
      `${results.filter((r) => r.path === 'turn').length} through TURN, ${results.filter((r) => r.path === 'relay').length} through the relay only\n`,
  );
process.exit(connected === results.length ? 0 : 1);
