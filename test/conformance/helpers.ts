import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runConformance } from '../../src/cli/conformance.js';
import { repoPath } from '../helpers.js';

/** The SDK's adapter, started as its documentation says (it imports @nexuslink/sdk from dist/). */
export const SDK_ADAPTER = `"${process.execPath}" scripts/run-ts.mjs scripts/conformance-adapter.ts`;

/** Run `nexuslink conformance` in-process: its output, error output and exit code. */
export async function conformance(args: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await runConformance(args, { out: (l) => out.push(l), err: (l) => err.push(l) });
  return { code, out: out.join('\n'), err: err.join('\n') };
}

/** Write `source` to a fresh temporary `.mjs` file; the command that runs it with this Node. */
export function nodeScript(source: string, name = 'adapter.mjs'): string {
  const file = join(mkdtempSync(join(tmpdir(), 'nexuslink-conformance-')), name);
  writeFileSync(file, source);
  return `"${process.execPath}" "${file}"`;
}

/** The example adapter of spec/conformance.md §7, exactly as printed there. */
export function specExampleAdapter(): string {
  const spec = readFileSync(repoPath('spec/conformance.md'), 'utf8');
  const match = /<!-- example-adapter[^>]*-->\n```js\n([\s\S]*?)\n```/.exec(spec);
  if (!match) throw new Error('spec/conformance.md has no example adapter block');
  return match[1]!;
}
