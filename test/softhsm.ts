import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { toolPath } from './support/system-tools.js';

/** A SoftHSM token directory with its module; tokens are added with `initToken`. */
export interface SoftHsm {
  readonly module: string;
  readonly dir: string;
  initToken(label: string, pin: string): void;
}

/**
 * A fresh SoftHSM token directory under the system temp dir, with
 * SOFTHSM2_CONF pointed at it. Only for tests registered through
 * `requires('softhsm')` (./support/system-tools.ts), which found the module
 * (SOFTHSM2_MODULE, or Debian's and Homebrew's paths) and `softhsm2-util`.
 *
 * @throws Error when SoftHSM is missing.
 */
export function softHsm(): SoftHsm {
  const module = toolPath('softhsm');
  const dir = mkdtempSync(join(tmpdir(), 'nexuslink-softhsm-'));
  mkdirSync(join(dir, 'tokens'));
  const conf = join(dir, 'softhsm2.conf');
  writeFileSync(
    conf,
    `directories.tokendir = ${join(dir, 'tokens')}\nobjectstore.backend = file\nlog.level = ERROR\n`,
  );
  process.env['SOFTHSM2_CONF'] = conf;
  return {
    module,
    dir,
    initToken(label, pin) {
      execFileSync(
        'softhsm2-util',
        ['--init-token', '--free', '--label', label, '--pin', pin, '--so-pin', '87654321'],
        { stdio: 'pipe' },
      );
    },
  };
}
