import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { ESLint } from 'eslint';
import { repoPath } from '../helpers.js';
import { createIdentity } from '../../src/index.js';

const root = repoPath('');
const run = (cmd: string, args: string[]) =>
  execFileSync(cmd, args, { cwd: root, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });

describe('the published package', () => {
  // The bin and the examples run against dist/, exactly as an installed
  // package would; test/global-setup.ts built it before any test ran.
  beforeAll(() => {
    expect(existsSync(repoPath('dist/index.js'))).toBe(true);
  });

  it('exports every entry point it declares, in ESM and CJS', () => {
    const pkg = JSON.parse(readFileSync(repoPath('package.json'), 'utf8'));
    for (const [entry, target] of Object.entries(pkg.exports as Record<string, unknown>)) {
      if (typeof target === 'string') continue;
      const t = target as {
        import: { types: string; default: string };
        require: { types: string; default: string };
      };
      for (const file of [t.import.types, t.import.default, t.require.types, t.require.default]) {
        expect(existsSync(repoPath(file)), `${entry}: ${file}`).toBe(true);
      }
    }
    const cjs = run(process.execPath, [
      '-e',
      "const s=require('@nexuslink/sdk'); console.log(typeof s.parseUuid, typeof require('@nexuslink/sdk/testing').keyStoreComplianceSuite)",
    ]);
    expect(cjs.trim()).toBe('function function');
  });

  it('the nexuslink bin runs', () => {
    expect(run(process.execPath, [repoPath('dist/cli.js'), '--help'])).toContain('device revoke');
  });

  it('the identity demo example runs on the public API', () => {
    const out = run(process.execPath, [repoPath('examples/identity-demo/main.ts')]);
    expect(out).toMatch(/Safety number:\s+(\d{5} ){5}\d{5}/);
    expect(out).toContain('chain verified');
  });
});

describe('README', () => {
  it('the ten-line identity example runs as written', () => {
    const readme = readFileSync(repoPath('README.md'), 'utf8');
    const section = readme.slice(readme.indexOf('## The identity API in ten lines'));
    const code = section.slice(
      section.indexOf('```ts\n') + 6,
      section.indexOf('```', section.indexOf('```ts\n') + 6),
    );
    const body = code
      .split('\n')
      .filter(
        (l) => l.trim() && !l.startsWith('import') && !l.startsWith('  softwareKeyStore, verify'),
      );
    expect(body.length).toBeLessThanOrEqual(10);
    const friend = createIdentity().identity.uuid;
    const file = repoPath('node_modules/.cache/readme-snippet.mjs');
    mkdirSync(repoPath('node_modules/.cache'), { recursive: true });
    writeFileSync(file, code.replace('<their UUID>', friend));
    const out = run(process.execPath, [file]);
    expect(out).toMatch(/^\S{50} (\d{5} ){11}\d{5}\n$/);
  });
});

describe('lint rule: apps use only public entry points', () => {
  const eslint = new ESLint({ cwd: root });
  const lint = async (code: string, file: string) => {
    const [result] = await eslint.lintText(code, { filePath: repoPath(file) });
    return result!.messages.filter((m) => m.ruleId === 'no-restricted-imports').length;
  };

  it('rejects deep imports from examples and reference servers', async () => {
    for (const file of ['examples/identity-demo/x.ts', 'reference-servers/community/src/x.ts']) {
      expect(
        await lint("import { x } from '@nexuslink/sdk/dist/index.js';\nexport { x };\n", file),
      ).toBeGreaterThan(0);
      expect(
        await lint(
          "import { x } from '@nexuslink/sdk/src/identity/uuid.js';\nexport { x };\n",
          file,
        ),
      ).toBeGreaterThan(0);
      expect(
        await lint("import { x } from '../../src/index.js';\nexport { x };\n", file),
      ).toBeGreaterThan(0);
      expect(
        await lint("import { x } from '../../../src/index.js';\nexport { x };\n", file),
      ).toBeGreaterThan(0);
    }
  });

  it('allows the public entry points', async () => {
    for (const spec of [
      '@nexuslink/sdk',
      '@nexuslink/sdk/interfaces',
      '@nexuslink/sdk/testing',
      '@nexuslink/sdk/node',
      '@nexuslink/sdk/wire',
      '@nexuslink/sdk/wordlists',
      './local.js',
    ]) {
      expect(
        await lint(`import { x } from '${spec}';\nexport { x };\n`, 'examples/identity-demo/x.ts'),
        spec,
      ).toBe(0);
    }
  });
});
