// test/support/system-tools.ts as a run on a bare machine and a run under
// .ci/run see it: a vitest of its own runs fixtures/needs-tools.ts with
// tools pretended missing, once skipping and once with NEXUSLINK_REQUIRE_TOOLS.
import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { repoPath } from '../helpers.js';
import { detectSystemTools, SYSTEM_TOOLS } from './system-tools.js';

function vitest(env: Record<string, string>) {
  const inherited = { ...process.env };
  delete inherited['NEXUSLINK_REQUIRE_TOOLS'];
  delete inherited['NEXUSLINK_PRETEND_MISSING'];
  const run = spawnSync(
    process.execPath,
    [
      repoPath('node_modules/vitest/vitest.mjs'),
      'run',
      '--config',
      'test/support/fixtures/vitest.config.ts',
    ],
    {
      cwd: repoPath(''),
      encoding: 'utf8',
      env: { ...inherited, NO_COLOR: '1', ...env },
      timeout: 120_000,
    },
  );
  return { status: run.status, out: run.stdout + run.stderr };
}

const FILE = 'test/support/fixtures/needs-tools.ts';

describe('system tools', () => {
  it('NEXUSLINK_PRETEND_MISSING names tools (or all) and refuses unknown names', () => {
    const some = detectSystemTools({ NEXUSLINK_PRETEND_MISSING: 'chromium, coturn' });
    expect(some.tools.chromium).toEqual({ found: false, reason: 'NEXUSLINK_PRETEND_MISSING' });
    expect(some.tools.coturn.found).toBe(false);
    expect(some.required).toBe(false);
    const all = detectSystemTools({
      NEXUSLINK_PRETEND_MISSING: 'all',
      NEXUSLINK_REQUIRE_TOOLS: '1',
    });
    expect(SYSTEM_TOOLS.filter((t) => all.tools[t].found)).toEqual([]);
    expect(all.required).toBe(true);
    expect(
      detectSystemTools({ NEXUSLINK_PRETEND_MISSING: 'all', NEXUSLINK_REQUIRE_TOOLS: '0' })
        .required,
    ).toBe(false);
    expect(() => detectSystemTools({ NEXUSLINK_PRETEND_MISSING: 'chrome' })).toThrow(
      /unknown chrome/,
    );
  });

  it('a missing tool skips its tests with one line per file, and a summary at the end', () => {
    const { status, out } = vitest({ NEXUSLINK_PRETEND_MISSING: 'softhsm,coturn,chromium' });
    expect(status, out).toBe(0);
    const lines = out.split('\n').filter((l) => l.startsWith('skipped: '));
    expect(lines).toEqual([
      `skipped: ${FILE} needs Chromium, SoftHSM 2 and coturn (apt install chromium softhsm2 coturn)`,
    ]);
    expect(out).toMatch(/1 passed \| 3 skipped/);
    expect(out).toContain('Skipped for missing system tools: 3 tests in 1 file');
    expect(out).toContain('  SoftHSM 2: 1 file (apt install softhsm2)');
  }, 150_000);

  it('with NEXUSLINK_REQUIRE_TOOLS set, a missing tool fails with the same message', () => {
    const { status, out } = vitest({
      NEXUSLINK_PRETEND_MISSING: 'softhsm,coturn,chromium',
      NEXUSLINK_REQUIRE_TOOLS: '1',
    });
    expect(status, out).toBe(1);
    expect(out).toContain(
      `${FILE} needs SoftHSM 2 (apt install softhsm2); NEXUSLINK_REQUIRE_TOOLS is set, so a missing tool fails`,
    );
    expect(out).toContain(`${FILE} needs Chromium and coturn (apt install chromium coturn)`);
    expect(out).toMatch(/2 failed \| 1 passed/);
    expect(out).not.toMatch(/^skipped: |Skipped for missing/m);
  }, 150_000);
});
