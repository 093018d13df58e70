import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

const src = (file: string) => fileURLToPath(new URL(`./src/${file}`, import.meta.url));

export default defineConfig({
  // Apps built on the SDK import its package name; in tests that is the sources (dist/ is not built).
  resolve: {
    alias: [
      { find: /^@nexuslink\/sdk$/, replacement: src('index.ts') },
      { find: /^@nexuslink\/sdk\/node$/, replacement: src('node.ts') },
      { find: /^@nexuslink\/sdk\/testing$/, replacement: src('testing/index.ts') },
      { find: /^@nexuslink\/sdk\/interfaces$/, replacement: src('interfaces/index.ts') },
    ],
  },
  test: {
    include: [
      'test/**/*.test.ts',
      'reference-servers/*/test/**/*.test.ts',
      'examples/*/test/**/*.test.ts',
    ],
    // Builds dist/ when stale: servers and examples run from it as their READMEs say.
    globalSetup: ['test/global-setup.ts'],
    testTimeout: 60_000,
    hookTimeout: 60_000,
    pool: 'forks',
  },
});
