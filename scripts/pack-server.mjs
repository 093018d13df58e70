#!/usr/bin/env node
// Packs a reference server as the package `npx @nexuslink/<name>-server`
// runs: its sources and the server kit bundled into dist/ (ES modules for
// Node 22+), its bin, and a package.json whose dependencies are what the
// bundle imports (the SDK at this checkout's version, fastify, pg, ...).
// The workspace packages stay private: this staged package is what is
// published (`npm publish <tarball>`).
//   node scripts/pack-server.mjs community|relay|directory [--out DIR]
// Prints the tarball's path.
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { build } from 'esbuild';

const [server, ...rest] = process.argv.slice(2);
if (server !== 'community' && server !== 'relay' && server !== 'directory') {
  console.error('usage: node scripts/pack-server.mjs community|relay|directory [--out DIR]');
  process.exit(2);
}
const outIndex = rest.indexOf('--out');
const root = resolve(import.meta.dirname, '..');
const out = outIndex >= 0 ? resolve(rest[outIndex + 1]) : join(root, 'node_modules/.cache/servers');
const dir = join(root, 'reference-servers', server);
const read = (path) => JSON.parse(readFileSync(path, 'utf8'));
const pkg = read(join(dir, 'package.json'));
const kit = read(join(root, 'reference-servers/kit/package.json'));
const sdk = read(join(root, 'package.json'));

const stage = mkdtempSync(join(tmpdir(), `nexuslink-pack-${server}-`));
try {
  // The server kit is private: inlined. Everything else stays a dependency.
  const inlineKit = {
    name: 'inline-server-kit',
    setup(b) {
      b.onResolve({ filter: /^@nexuslink\/server-kit$/ }, () => ({
        path: join(root, 'reference-servers/kit/src/index.ts'),
      }));
    },
  };
  await build({
    absWorkingDir: root,
    entryPoints: { main: join(dir, 'src/main.ts'), index: join(dir, 'src/index.ts') },
    outdir: join(stage, 'dist'),
    bundle: true,
    splitting: true,
    platform: 'node',
    format: 'esm',
    target: 'node22',
    packages: 'external',
    plugins: [inlineKit],
    logLevel: 'error',
  });
  const [bin] = Object.keys(pkg.bin);
  const dependencies = { ...kit.dependencies, ...pkg.dependencies };
  delete dependencies['@nexuslink/server-kit'];
  dependencies['@nexuslink/sdk'] = sdk.version;
  const manifest = {
    name: pkg.name,
    version: pkg.version,
    description: pkg.description,
    license: pkg.license,
    author: sdk.author,
    homepage: sdk.homepage,
    repository: { ...sdk.repository, directory: `reference-servers/${server}` },
    bugs: sdk.bugs,
    funding: sdk.funding,
    type: 'module',
    bin: { [bin]: './dist/main.js' },
    exports: { '.': './dist/index.js', './package.json': './package.json' },
    files: ['dist', 'README.md', 'LICENSE'],
    engines: { node: '>=22' },
    dependencies: Object.fromEntries(Object.entries(dependencies).sort()),
  };
  writeFileSync(join(stage, 'package.json'), `${JSON.stringify(manifest, null, 2)}\n`);
  cpSync(join(dir, 'README.md'), join(stage, 'README.md'));
  cpSync(join(root, 'LICENSE'), join(stage, 'LICENSE'));
  mkdirSync(out, { recursive: true });
  const packed = JSON.parse(
    execFileSync('npm', ['pack', '--json', '--ignore-scripts', '--pack-destination', out], {
      cwd: stage,
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'pipe'],
    }),
  );
  console.log(join(out, packed[0].filename));
} finally {
  rmSync(stage, { recursive: true, force: true });
}
