import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const MODULES = [
  process.env['SOFTHSM2_MODULE'],
  '/usr/lib/softhsm/libsofthsm2.so',
  '/usr/lib/x86_64-linux-gnu/softhsm/libsofthsm2.so',
  '/usr/lib/aarch64-linux-gnu/softhsm/libsofthsm2.so',
  '/usr/local/lib/softhsm/libsofthsm2.so',
  '/opt/homebrew/lib/softhsm/libsofthsm2.so',
];

/** A SoftHSM token directory with its module; tokens are added with `initToken`. */
export interface SoftHsm {
  readonly module: string;
  readonly dir: string;
  initToken(label: string, pin: string): void;
}

/**
 * A fresh SoftHSM token directory under the system temp dir, with
 * SOFTHSM2_CONF pointed at it. CI installs softhsm2; without it this throws,
 * so the calling test fails rather than skips.
 */
export function softHsm(): SoftHsm {
  const module = MODULES.find((p): p is string => p !== undefined && existsSync(p));
  if (!module) {
    throw new Error(
      `SoftHSM module not found (tried ${MODULES.filter(Boolean).join(', ')}); install softhsm2 or set SOFTHSM2_MODULE`,
    );
  }
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
      try {
        execFileSync(
          'softhsm2-util',
          ['--init-token', '--free', '--label', label, '--pin', pin, '--so-pin', '87654321'],
          { stdio: 'pipe' },
        );
      } catch (err) {
        if ((err as NodeJS.ErrnoException).code === 'ENOENT') {
          throw new Error(
            'softhsm2-util is not on the PATH: install SoftHSM 2 (Debian/Ubuntu: apt-get install softhsm2)',
            { cause: err },
          );
        }
        throw err;
      }
    },
  };
}
