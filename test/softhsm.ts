import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const MODULES = [
  process.env['SOFTHSM2_MODULE'],
  '/usr/lib/softhsm/libsofthsm2.so',
  '/usr/lib/x86_64-linux-gnu/softhsm/libsofthsm2.so',
  '/usr/lib/aarch64-linux-gnu/softhsm/libsofthsm2.so',
];

/**
 * A fresh SoftHSM token in a temporary directory (SOFTHSM2_CONF is pointed at
 * it). CI installs softhsm2; without it this throws, so the test fails rather
 * than skips.
 */
export function createSoftHsmToken(label: string, pin: string): { module: string; dir: string } {
  const module = MODULES.find((p): p is string => p !== undefined && existsSync(p));
  if (!module) throw new Error('SoftHSM 2 is not installed (apt-get install softhsm2)');
  const dir = mkdtempSync(join(tmpdir(), 'nexuslink-hsm-'));
  mkdirSync(join(dir, 'tokens'));
  const conf = join(dir, 'softhsm2.conf');
  writeFileSync(
    conf,
    `directories.tokendir = ${join(dir, 'tokens')}\nobjectstore.backend = file\nlog.level = ERROR\n`,
  );
  process.env['SOFTHSM2_CONF'] = conf;
  execFileSync(
    'softhsm2-util',
    ['--init-token', '--free', '--label', label, '--pin', pin, '--so-pin', '87654321'],
    { stdio: 'pipe' },
  );
  return { module, dir };
}
