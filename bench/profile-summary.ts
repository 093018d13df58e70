// Summarise a V8 CPU profile (a .cpuprofile from `node --cpu-prof`, e.g. the
// peers of `npm run bench:p2p -- --profile`): time per package (our bundled
// code is `(ours)`), then the top functions by self and inclusive time.
//   node scripts/run-ts.mjs bench/profile-summary.ts <file.cpuprofile> [top]
import { readFileSync } from 'node:fs';
import { tallyProfile } from './profile-tally.js';
import type { CpuProfile, ProfileNode } from './profile-tally.js';

const [file, topArg = '40'] = process.argv.slice(2);
if (!file) {
  console.error('usage: node scripts/run-ts.mjs bench/profile-summary.ts <file.cpuprofile> [top]');
  process.exit(2);
}
const profile = JSON.parse(readFileSync(file, 'utf8')) as CpuProfile;
const top = Number(topArg);

/** Where a function lives: an npm package, node itself, or our bundled code. */
function packageOf(url: string): string {
  if (url === '') return '(native, gc, idle)';
  if (url.startsWith('node:')) return 'node:*';
  const at = url.lastIndexOf('node_modules/');
  if (at >= 0) {
    const rest = url.slice(at + 'node_modules/'.length).split('/');
    if (rest[0] === '.cache') return '(ours)';
    return rest[0]!.startsWith('@') ? `${rest[0]}/${rest[1]}` : rest[0]!;
  }
  return url.split('/').slice(-1)[0]!;
}
const label = (n: ProfileNode) =>
  `${n.callFrame.functionName || '(anonymous)'} ${packageOf(n.callFrame.url)}:${n.callFrame.lineNumber + 1}`;

const isIdle = (n: ProfileNode) => n.callFrame.functionName === '(idle)';
const { self, inclusive, total } = tallyProfile(profile, label, isIdle);
// Time per package of the sample's leaf (idle left out).
const packages = new Map<string, number>();
let idle = 0;
const leaves = new Map(profile.nodes.map((n) => [n.id, n]));
(profile.samples ?? []).forEach((id, i) => {
  const dt = profile.timeDeltas![i]!;
  const leaf = leaves.get(id)!;
  if (isIdle(leaf)) {
    idle += dt;
    return;
  }
  const pkg =
    leaf.callFrame.url === '' ? `(${leaf.callFrame.functionName})` : packageOf(leaf.callFrame.url);
  packages.set(pkg, (packages.get(pkg) ?? 0) + dt);
});
const busy = total - idle;
const rows = (m: Map<string, number>, n: number) =>
  [...m]
    .sort((a, b) => b[1] - a[1])
    .slice(0, n)
    .map(([k, v]) => `${((100 * v) / busy).toFixed(1).padStart(5)}%  ${k}`)
    .join('\n');
console.log(
  `${file}: ${(total / 1e6).toFixed(2)} s sampled, ${(idle / 1e6).toFixed(2)} s idle; shares below are of the busy time`,
);
console.log(`\nself time by package\n${rows(packages, 25)}`);
console.log(`\nself time\n${rows(self, top)}`);
console.log(`\ninclusive time\n${rows(inclusive, top)}`);
