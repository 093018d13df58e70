import { readdirSync, readFileSync, rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'tsup';
import type { Plugin } from 'esbuild';

const ROOT = dirname(fileURLToPath(import.meta.url));
const PRIMITIVES = join(ROOT, 'src', 'primitives');

/** The package's entry points (package.json `exports`). */
const PUBLIC_ENTRIES = {
  index: 'src/index.ts',
  interfaces: 'src/interfaces/index.ts',
  testing: 'src/testing/index.ts',
  node: 'src/node.ts',
  hazmat: 'src/hazmat.ts',
  p2p: 'src/p2p/index.ts',
  wire: 'src/wire/index.ts',
  wordlists: 'src/wordlists.ts',
};

/**
 * The bundled builds' native crypto provider (src/primitives/native.ts) as a
 * module of its own, dist/native-provider.js (.cjs), instead of a part of a
 * shared chunk: the chunks import it by that name, and package.json's
 * `browser` field maps the name to dist/native-provider.browser.js (no
 * native provider) for bundlers that read that field but not the `browser`
 * condition of `exports`. The module imports nothing that imports it back
 * (the portable provider is in ./portable.ts, not ./provider.ts), so the
 * chunks and it form no cycle.
 */
const nativeProviderModule: Plugin = {
  name: 'native-provider-module',
  setup(build) {
    const extension = build.initialOptions.outExtension?.['.js'] ?? '.js';
    build.onResolve({ filter: /^\.\/native\.js$/ }, (args) =>
      args.kind !== 'entry-point' && args.resolveDir === PRIMITIVES
        ? { path: `./native-provider${extension}`, external: true }
        : undefined,
    );
  },
};

/** Node-only modules the browser build leaves out: the native provider and libsodium. */
const NODE_ONLY = new Set(['primitives/native.ts', 'primitives/sodium.ts']);

/**
 * The browser build: one ES module per source module under dist/browser/
 * (package.json `exports`, the `browser` condition). An app's bundler drops
 * every module the app does not reach (`sideEffects: false`), which it cannot
 * do inside the shared chunks of the bundled build (issue 16: the browser
 * bundle of identity + sessions); and the crypto provider imports
 * ./native-unavailable.js there, so no bundle carries the native provider.
 * Node, Deno and Bun load the bundled build: fewer, larger files load faster.
 */
const BROWSER_MODULES = Object.fromEntries(
  readdirSync(join(ROOT, 'src'), { recursive: true, encoding: 'utf8' })
    .map((file) => file.split('\\').join('/'))
    .filter((file) => file.endsWith('.ts') && !file.endsWith('.d.ts'))
    .filter((file) => !file.startsWith('cli/') && !NODE_ONLY.has(file))
    .map((file) => [`browser/${file.slice(0, -3)}`, `src/${file}`]),
);

const browserModules: Plugin = {
  name: 'browser-modules',
  setup(build) {
    // This build's own clean: the bundled build's leaves dist/browser/ alone.
    build.onStart(() => {
      rmSync(join(build.initialOptions.outdir!, 'browser'), { recursive: true, force: true });
    });
    build.onLoad({ filter: /[\\/]src[\\/]primitives[\\/](provider|select)\.ts$/ }, (args) => {
      const source = readFileSync(args.path, 'utf8');
      const contents = source.replace("from './native.js';", "from './native-unavailable.js';");
      if (contents === source) throw new Error(`${args.path} no longer imports ./native.js`);
      return { contents, loader: 'ts' };
    });
  },
};

export default defineConfig([
  {
    entry: {
      ...PUBLIC_ENTRIES,
      'native-provider': 'src/primitives/native.ts',
      'native-provider.browser': 'src/primitives/native-unavailable.ts',
    },
    format: ['esm', 'cjs'],
    dts: { entry: PUBLIC_ENTRIES },
    sourcemap: true,
    clean: ['!browser/**'],
    target: 'node22',
    platform: 'neutral',
    splitting: true,
    treeshake: true,
    external: ['pkcs11js', '@sd-jwt/core', 'better-sqlite3-multiple-ciphers', 'sql.js', /^node:/],
    esbuildPlugins: [nativeProviderModule],
  },
  {
    entry: BROWSER_MODULES,
    format: ['esm'],
    bundle: false,
    sourcemap: true,
    target: 'es2022',
    platform: 'browser',
    esbuildPlugins: [browserModules],
  },
  {
    entry: { cli: 'src/cli/main.ts' },
    format: ['esm'],
    platform: 'node',
    target: 'node22',
    sourcemap: true,
    banner: { js: '#!/usr/bin/env node' },
    external: ['pkcs11js', '@sd-jwt/core', 'better-sqlite3-multiple-ciphers', 'sql.js'],
  },
]);
