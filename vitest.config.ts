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
      { find: /^@nexuslink\/sdk\/wire$/, replacement: src('wire/index.ts') },
      { find: /^@nexuslink\/sdk\/wordlists$/, replacement: src('wordlists.ts') },
    ],
  },
  test: {
    include: [
      'test/**/*.test.ts',
      'reference-servers/*/test/**/*.test.ts',
      'examples/*/test/**/*.test.ts',
    ],
    // Finds the system tools some tests need; builds dist/ when stale (servers
    // and examples run from it as their READMEs say).
    globalSetup: ['test/global-setup.ts'],
    // What was skipped for want of a system tool, and how to install it
    // (test/support/system-tools.ts). `.ci/run` names its reporters itself.
    reporters: ['default', './test/support/system-tools-reporter.ts'],
    testTimeout: 60_000,
    hookTimeout: 60_000,
    pool: 'forks',
  },
});
