#!/usr/bin/env node
// CI check for the wire schemas: buf lint, buf breaking against the first commit
// that added them (the baseline until the first release tag exists), and that
// the generated TypeScript in src/wire/gen is what `buf generate` produces now.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const run = (cmd, args) => execFileSync(cmd, args, { stdio: 'inherit' });
const out = (cmd, args) => execFileSync(cmd, args, { encoding: 'utf8' }).trim();

run('buf', ['lint']);

let against = '';
try {
  const tags = out('git', ['tag', '--list', 'v*', '--sort=-v:refname']).split('\n').filter(Boolean);
  against =
    tags[0] ??
    out('git', ['log', '--diff-filter=A', '--format=%H', '--', 'spec/proto'])
      .split('\n')
      .filter(Boolean)
      .at(-1) ??
    '';
} catch {
  against = '';
}
if (against) {
  run('buf', ['breaking', '--against', `.git#ref=${against},subdir=spec/proto`]);
  console.log(`buf breaking: no breaking change against ${against.slice(0, 12)}`);
} else {
  console.log('buf breaking: no baseline in this checkout (shallow clone?); skipped');
}

// Generate into a scratch directory and compare with the checked-in files.
const scratch = mkdtempSync(join(tmpdir(), 'nexuslink-proto-'));
const stale = [];
try {
  run('buf', ['generate', '--output', scratch]);
  const fresh = join(scratch, 'src/wire/gen');
  const files = (dir) =>
    readdirSync(dir, { recursive: true })
      .filter((f) => f.endsWith('.ts'))
      .sort();
  const want = files(fresh);
  const have = files('src/wire/gen');
  for (const f of new Set([...want, ...have])) {
    const a = want.includes(f) ? readFileSync(join(fresh, f), 'utf8') : null;
    const b = have.includes(f) ? readFileSync(join('src/wire/gen', f), 'utf8') : null;
    if (a !== b) stale.push(f);
  }
} finally {
  rmSync(scratch, { recursive: true, force: true });
}
if (stale.length > 0) {
  console.error(
    `generated code in src/wire/gen is stale (${stale.join(', ')}); run npm run proto:generate`,
  );
  process.exit(1);
}
console.log('generated code is current');
