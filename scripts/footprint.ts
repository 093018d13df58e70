/**
 * What adopting the SDK costs an app, measured on the packed package as npm
 * installs it (issue 16): the install (packages, megabytes), a browser bundle
 * of identity + sessions (minified, gzip -9; with the floor under it, the
 * primitives it needs bundled alone) and the import time of
 * `@nexuslink/sdk/node` against the root. Each has a target; a missed target
 * exits 1.
 *
 *   npm run footprint [-- --json] [-- --dist <dir>]
 *
 * `--dist` packs the typings and bundles of another build (`npx tsup -d <dir>`)
 * instead of this checkout's dist/, which a concurrent test run may rebuild.
 * `dist/` must be built (`npm run build`).
 */
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';
import type { Metafile } from 'esbuild';
import { diskBytes, installedPackages, installPacked } from './package-install.js';

/** The targets of issue 16. */
const TARGETS = {
  packages: 20,
  installMB: 45,
  bundleKBgz: 60,
  nodeImportRatio: 1.5,
} as const;

/** What an app that makes an identity and talks in sessions imports. */
const SESSIONS_IMPORT =
  "export { createIdentity, establishSession, encryptMessage, decryptMessage, createPreKeyBundle } from '@nexuslink/sdk';\n";

/**
 * The floor under that bundle: the noble/scure primitives identity + sessions
 * use, imported directly, and nothing of ours (Ed25519, X25519, P-256 for
 * hardware-backed device keys, ML-KEM-1024, (X)ChaCha20-Poly1305, SHA-2,
 * HMAC, HKDF, BIP-39 with its English wordlist, base58).
 */
const FLOOR_IMPORT = `
export { ed25519, x25519 } from '@noble/curves/ed25519.js';
export { p256 } from '@noble/curves/nist.js';
export { chacha20poly1305, xchacha20poly1305 } from '@noble/ciphers/chacha.js';
export { ml_kem1024 } from '@noble/post-quantum/ml-kem.js';
export { hkdf } from '@noble/hashes/hkdf.js';
export { hmac } from '@noble/hashes/hmac.js';
export { sha256, sha512 } from '@noble/hashes/sha2.js';
export { randomBytes } from '@noble/hashes/utils.js';
export { generateMnemonic, mnemonicToEntropy, mnemonicToSeedSync, validateMnemonic } from '@scure/bip39';
export { wordlist } from '@scure/bip39/wordlists/english.js';
export { base58 } from '@scure/base';
`;

/** Fresh-process import timings per entry (runs alternate, so drift hits both alike). */
const IMPORT_RUNS = 7;

// The repository: npm runs scripts there (run-ts bundles this file elsewhere).
const root = process.cwd();
const args = process.argv.slice(2);
const json = args.includes('--json');
const distFlag = args.indexOf('--dist');
const dist = distFlag >= 0 ? resolve(args[distFlag + 1] ?? '') : join(root, 'dist');

const median = (xs: number[]): number => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)]!;
};

/** A copy of the package with `dist` as its build, to pack from. */
function stagePackage(): { dir: string; remove: () => void } {
  const dir = mkdtempSync(join(tmpdir(), 'nexuslink-footprint-'));
  for (const item of ['package.json', 'README.md', 'LICENSE', 'spec'])
    cpSync(join(root, item), join(dir, item), { recursive: true });
  cpSync(dist, join(dir, 'dist'), { recursive: true, filter: (src) => !src.endsWith('.map') });
  // The copy packs as the published package: no workspaces, no scripts to run.
  const manifest = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8'));
  delete manifest.workspaces;
  delete manifest.scripts;
  writeFileSync(join(dir, 'package.json'), JSON.stringify(manifest, null, 2));
  return { dir, remove: () => rmSync(dir, { recursive: true, force: true }) };
}

/** Bytes per package (or our own dist file) in the bundle's output. */
function breakdown(meta: Metafile): Record<string, number> {
  const parts: Record<string, number> = {};
  for (const output of Object.values(meta.outputs)) {
    for (const [path, { bytesInOutput }] of Object.entries(output.inputs)) {
      const m = /node_modules\/((?:@[^/]+\/)?[^/]+)\/(.*)$/.exec(path);
      let key = m ? m[1]! : path;
      if (m?.[1] === '@nexuslink/sdk') key = `@nexuslink/sdk/${m[2]}`;
      else if (m?.[1] === '@scure/bip39' && m[2]!.includes('wordlists'))
        key = '@scure/bip39 wordlists';
      parts[key] = (parts[key] ?? 0) + bytesInOutput;
    }
  }
  return Object.fromEntries(Object.entries(parts).sort((a, b) => b[1] - a[1]));
}

const staged = distFlag >= 0 ? stagePackage() : null;
const app = installPacked(staged?.dir ?? root);
try {
  // 1. The install.
  const packages = installedPackages(app.dir).length;
  const installMB = diskBytes(join(app.dir, 'node_modules')) / 1e6;

  // 2. The browser bundle of identity + sessions, and the floor under it.
  const browserBundle = async (name: string, source: string) => {
    writeFileSync(join(app.dir, name), source);
    const bundle = await build({
      absWorkingDir: app.dir,
      entryPoints: [name],
      bundle: true,
      platform: 'browser',
      format: 'esm',
      minify: true,
      metafile: true,
      write: false,
      outfile: 'out.js',
      logLevel: 'error',
    });
    const code = bundle.outputFiles.find((f) => f.path.endsWith('.js'))!.contents;
    return {
      KBmin: code.length / 1024,
      KBgz: gzipSync(code, { level: 9 }).length / 1024,
      meta: bundle.metafile,
    };
  };
  const sessions = await browserBundle('sessions.mjs', SESSIONS_IMPORT);
  const bundleKBmin = sessions.KBmin;
  const bundleKBgz = sessions.KBgz;
  const parts = breakdown(sessions.meta);
  const floorKBgz = (await browserBundle('floor.mjs', FLOOR_IMPORT)).KBgz;
  const floorWithoutP256KBgz = (
    await browserBundle('floor-no-p256.mjs', FLOOR_IMPORT.replace(/^.*p256.*$/m, ''))
  ).KBgz;

  // 3. Import time, each run a fresh process: ./node against the root.
  const importMs = (entry: string): number =>
    Number(
      app.node([
        '--input-type=module',
        '-e',
        `const t = performance.now(); await import('${entry}'); console.log(performance.now() - t);`,
      ]),
    );
  const rootRuns: number[] = [];
  const nodeRuns: number[] = [];
  for (let i = 0; i < IMPORT_RUNS; i++) {
    rootRuns.push(importMs('@nexuslink/sdk'));
    nodeRuns.push(importMs('@nexuslink/sdk/node'));
  }
  const rootImportMs = median(rootRuns);
  const nodeImportMs = median(nodeRuns);
  const nodeImportRatio = nodeImportMs / rootImportMs;

  const checks = {
    packages: packages <= TARGETS.packages,
    installMB: installMB <= TARGETS.installMB,
    bundleKBgz: bundleKBgz <= TARGETS.bundleKBgz,
    nodeImportRatio: nodeImportRatio <= TARGETS.nodeImportRatio,
  };
  const result = {
    packages,
    installMB: Number(installMB.toFixed(1)),
    tarballKB: Number((app.tarballBytes / 1024).toFixed(1)),
    bundleKBmin: Number(bundleKBmin.toFixed(1)),
    bundleKBgz: Number(bundleKBgz.toFixed(1)),
    floorKBgz: Number(floorKBgz.toFixed(1)),
    floorWithoutP256KBgz: Number(floorWithoutP256KBgz.toFixed(1)),
    bundleBreakdownKBmin: Object.fromEntries(
      Object.entries(parts)
        .filter(([, bytes]) => bytes >= 512)
        .map(([k, bytes]) => [k, Number((bytes / 1024).toFixed(1))]),
    ),
    rootImportMs: Number(rootImportMs.toFixed(1)),
    nodeImportMs: Number(nodeImportMs.toFixed(1)),
    nodeImportRatio: Number(nodeImportRatio.toFixed(2)),
    targets: TARGETS,
    pass: checks,
  };
  if (json) {
    console.log(JSON.stringify(result, null, 2));
  } else {
    const mark = (ok: boolean) => (ok ? 'ok  ' : 'MISS');
    console.log(`footprint of the packed @nexuslink/sdk (${dist})`);
    console.log(
      `  ${mark(checks.packages)} install: ${packages} packages (target <= ${TARGETS.packages})`,
    );
    console.log(
      `  ${mark(checks.installMB)} install: ${result.installMB} MB on disk (target <= ${TARGETS.installMB}); tarball ${result.tarballKB} KB`,
    );
    console.log(
      `  ${mark(checks.bundleKBgz)} browser bundle, identity + sessions: ${result.bundleKBgz} KB gzip -9, ${result.bundleKBmin} KB minified (target <= ${TARGETS.bundleKBgz} KB gz)`,
    );
    for (const [k, kb] of Object.entries(result.bundleBreakdownKBmin))
      console.log(`         ${kb.toFixed(1).padStart(7)} KB  ${k}`);
    console.log(
      `       floor (the same noble/scure primitives imported directly, nothing of ours): ${result.floorKBgz} KB gz; ${result.floorWithoutP256KBgz} KB gz without P-256`,
    );
    console.log(
      `  ${mark(checks.nodeImportRatio)} import('@nexuslink/sdk/node') ${result.nodeImportMs} ms vs root ${result.rootImportMs} ms: ${result.nodeImportRatio}x (median of ${IMPORT_RUNS}; target <= ${TARGETS.nodeImportRatio}x)`,
    );
  }
  if (!Object.values(checks).every(Boolean)) process.exitCode = 1;
} finally {
  app.remove();
  staged?.remove();
}
