import { defineConfig } from 'tsup';

export default defineConfig([
  {
    entry: {
      index: 'src/index.ts',
      interfaces: 'src/interfaces/index.ts',
      testing: 'src/testing/index.ts',
      node: 'src/node.ts',
      hazmat: 'src/hazmat.ts',
      p2p: 'src/p2p/index.ts',
      wire: 'src/wire/index.ts',
      wordlists: 'src/wordlists.ts',
    },
    format: ['esm', 'cjs'],
    dts: true,
    sourcemap: true,
    clean: true,
    target: 'node22',
    platform: 'neutral',
    splitting: true,
    treeshake: true,
    external: ['pkcs11js', 'better-sqlite3-multiple-ciphers', 'sql.js', /^node:/],
  },
  {
    entry: { cli: 'src/cli/main.ts' },
    format: ['esm'],
    platform: 'node',
    target: 'node22',
    sourcemap: true,
    banner: { js: '#!/usr/bin/env node' },
    external: ['pkcs11js', 'better-sqlite3-multiple-ciphers', 'sql.js'],
  },
]);
