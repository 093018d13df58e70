/**
 * The published package as an app gets it: `npm pack` of this checkout
 * (dist/ must be built), installed into a fresh app in a temporary
 * directory with npm, as `npm install @nexuslink/sdk` would. Used by
 * scripts/footprint.ts (the install, import and bundle targets) and
 * test/package/install.test.ts (every entry point from ESM and CommonJS,
 * the errors naming a missing optional peer dependency).
 */
import { execFileSync } from 'node:child_process';
import { lstatSync, mkdtempSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

/** A fresh app with the packed SDK installed. */
export interface InstalledApp {
  /** The app's directory (its `node_modules` holds the SDK and its dependencies). */
  readonly dir: string;
  /** The packed tarball's size in bytes. */
  readonly tarballBytes: number;
  /** Run `node` in the app directory; its stdout. */
  node(args: string[], env?: Record<string, string>): string;
  /** Remove the app. */
  remove(): void;
}

const root = resolve(import.meta.dirname, '..');

/**
 * Pack this checkout (or the package staged in `packageDir`) and install it,
 * with only its own dependencies, into a new app; `also`: more to install
 * with it in the same command (tarballs, `name@version`).
 */
export function installPacked(
  packageDir: string = root,
  also: readonly string[] = [],
): InstalledApp {
  const dir = mkdtempSync(join(tmpdir(), 'nexuslink-app-'));
  try {
    const npm = (args: string[], cwd: string) =>
      execFileSync('npm', args, {
        cwd,
        encoding: 'utf8',
        env: { ...process.env, npm_config_audit: 'false', npm_config_fund: 'false' },
        stdio: ['ignore', 'pipe', 'pipe'],
      });
    const packed = JSON.parse(
      npm(['pack', '--json', '--ignore-scripts', '--pack-destination', dir], packageDir),
    ) as {
      filename: string;
    }[];
    const tarball = join(dir, packed[0]!.filename);
    const app = join(dir, 'app');
    execFileSync('mkdir', [app]);
    writeFileSync(
      join(app, 'package.json'),
      JSON.stringify({ name: 'app', version: '1.0.0', private: true, type: 'module' }),
    );
    npm(['install', '--no-package-lock', tarball, ...also], app);
    return {
      dir: app,
      tarballBytes: statSync(tarball).size,
      node(args, env = {}) {
        return execFileSync(process.execPath, args, {
          cwd: app,
          encoding: 'utf8',
          env: { ...process.env, ...env },
          stdio: ['ignore', 'pipe', 'pipe'],
        });
      },
      remove: () => rmSync(dir, { recursive: true, force: true }),
    };
  } catch (err) {
    rmSync(dir, { recursive: true, force: true });
    throw err;
  }
}

/** The installed packages (each directory with a package.json under node_modules, nested too). */
export function installedPackages(dir: string): string[] {
  const found: string[] = [];
  const walk = (modules: string, prefix: string) => {
    let names: string[];
    try {
      names = readdirSync(modules);
    } catch {
      return;
    }
    for (const name of names) {
      if (name.startsWith('.')) continue;
      if (name.startsWith('@')) {
        walk(join(modules, name), `${prefix}${name}/`);
        continue;
      }
      found.push(`${prefix}${name}`);
      walk(join(modules, name, 'node_modules'), '');
    }
  };
  walk(join(dir, 'node_modules'), '');
  return found.sort();
}

/** Bytes under `path` (files' sizes, recursively; symbolic links not followed). */
export function diskBytes(path: string): number {
  const s = lstatSync(path, { throwIfNoEntry: false });
  if (!s) return 0;
  if (!s.isDirectory()) return s.size;
  let total = 0;
  for (const name of readdirSync(path)) total += diskBytes(join(path, name));
  return total;
}

/**
 * Pack a reference server as it is published (scripts/pack-server.mjs) into a
 * temporary directory; the tarball's path, to install with {@link installPacked}.
 */
export function packServer(server: 'community' | 'relay' | 'directory'): string {
  const out = mkdtempSync(join(tmpdir(), `nexuslink-${server}-pack-`));
  return execFileSync(
    process.execPath,
    [join(root, 'scripts/pack-server.mjs'), server, '--out', out],
    { encoding: 'utf8' },
  ).trim();
}
