// Once per test run, before any test file: find the system tools some tests
// need (test/support/system-tools.ts) and hand what was found to every test
// file; build the SDK into dist/ when its sources changed since the last
// build. The reference servers and the examples start in their tests exactly
// as their READMEs say (`node src/main.ts`), and that imports
// `@nexuslink/sdk` from dist/, as an installed package would.
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { TestProject } from 'vitest/node';
import { detectSystemTools } from './support/system-tools.js';

const root = fileURLToPath(new URL('..', import.meta.url));

/** The newest modification time under `path` (a file or a folder). */
function newest(path: string): number {
  const s = statSync(path);
  if (!s.isDirectory()) return s.mtimeMs;
  let t = 0;
  for (const entry of readdirSync(path)) t = Math.max(t, newest(join(path, entry)));
  return t;
}

export default function setup(project: TestProject): void {
  project.provide('systemTools', detectSystemTools());
  const built = join(root, 'dist', 'index.js');
  const inputs = ['src', 'tsup.config.ts', 'package.json', 'tsconfig.json'].map((p) =>
    join(root, p),
  );
  if (existsSync(built) && statSync(built).mtimeMs > Math.max(...inputs.map(newest))) return;
  execFileSync(
    process.execPath,
    [join(root, 'node_modules/tsup/dist/cli-default.js'), '--silent'],
    {
      cwd: root,
      stdio: ['ignore', 'ignore', 'inherit'],
    },
  );
}
