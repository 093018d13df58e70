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

run('buf', ['generate']);
const diff = out('git', ['status', '--porcelain', '--', 'src/wire/gen']);
if (diff) {
  console.error(
    `generated code in src/wire/gen is stale; run npm run proto:generate and commit:\n${diff}`,
  );
  process.exit(1);
}
console.log('generated code is current');
