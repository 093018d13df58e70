/**
 * The system tools some tests need beyond Node and npm, found once per run
 * (in the global setup) and shared with every test file.
 *
 * `npm install && npm test` must pass on a machine with only Node and npm, so
 * a test that needs a tool registers through {@link requires}: without the
 * tool it is skipped, and system-tools-reporter.ts prints one line saying
 * what to install plus a summary at the end. `.ci/run` installs every tool
 * and sets `NEXUSLINK_REQUIRE_TOOLS=1`, which turns each such skip into a
 * failing test with the same message, so CI never skips silently.
 * `NEXUSLINK_PRETEND_MISSING=chromium,softhsm,…` (or `all`) treats tools as
 * missing, to see what a bare machine does without uninstalling anything.
 *
 * @example
 * const softhsm = requires('softhsm');
 * softhsm.describe('pkcs11KeyStore on SoftHSM', () => { ... });
 */
import { spawnSync } from 'node:child_process';
import { accessSync, constants } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, inject, it } from 'vitest';
import type { TestFunction } from 'vitest';

/**
 * What each tool is for, and how to get it: a Debian/Ubuntu package (`apt`),
 * or a devDependency whose binary comes from the npm registry (`npm`), which
 * only a partial `npm install` or a platform without that binary lacks.
 */
const TOOLS = {
  chromium: { what: 'Chromium', apt: 'chromium' }, // the SDK in a real browser
  softhsm: { what: 'SoftHSM 2', apt: 'softhsm2' }, // a PKCS#11 token
  coturn: { what: 'coturn', apt: 'coturn' }, // a real TURN server
  nft: { what: 'nftables', apt: 'nftables' }, // the NAT lab's routers
  ip: { what: 'iproute2', apt: 'iproute2' }, // network namespaces and veth links
  netns: { what: 'root for network namespaces', hint: 'run the tests as root' },
  // A PostgreSQL cluster of the test's own (a streaming replica), run as the postgres user.
  pgcluster: {
    what: 'PostgreSQL server binaries (initdb, pg_ctl, pg_basebackup) and root',
    apt: 'postgresql',
  },
  firefox: { what: 'Firefox ESR', apt: 'firefox-esr' }, // the SDK in Firefox (WebDriver BiDi)
  deno: { what: 'Deno', npm: 'deno' }, // the built package on Deno
  bun: { what: 'Bun', npm: 'bun' }, // the built package on Bun
  node22: { what: 'Node 22', npm: '@nexuslink/test-node22' }, // the built package on Node 22
} as const satisfies Record<string, { what: string; apt?: string; npm?: string; hint?: string }>;

/** A tool a test may require. */
export type SystemTool = keyof typeof TOOLS;

/** What the global setup found for one tool. */
export type ToolState =
  | { readonly found: true; readonly path: string }
  | { readonly found: false; readonly reason: string; readonly hint?: string };

/** What the global setup found, and whether a missing tool is a failure. */
export interface SystemTools {
  readonly tools: Readonly<Record<SystemTool, ToolState>>;
  /** `NEXUSLINK_REQUIRE_TOOLS` is set (`.ci/run`): a missing tool fails its tests. */
  readonly required: boolean;
}

declare module 'vitest' {
  interface ProvidedContext {
    systemTools: SystemTools;
  }
  interface TaskMeta {
    /** The tools whose absence skipped this test (read by system-tools-reporter.ts). */
    missingSystemTools?: SystemTool[];
  }
}

export const SYSTEM_TOOLS = Object.keys(TOOLS) as SystemTool[];

const CHROMIUM = ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'];
const SOFTHSM_MODULES = [
  '/usr/lib/softhsm/libsofthsm2.so',
  '/usr/lib/x86_64-linux-gnu/softhsm/libsofthsm2.so',
  '/usr/lib/aarch64-linux-gnu/softhsm/libsofthsm2.so',
  '/usr/local/lib/softhsm/libsofthsm2.so',
  '/opt/homebrew/lib/softhsm/libsofthsm2.so',
];

const FIREFOX = ['/usr/lib/firefox-esr/firefox-esr'];
/** Where Debian's PostgreSQL server binaries are, newest first. */
const PG_BINS = ['17', '16', '15', '14'].map((v) => `/usr/lib/postgresql/${v}/bin`);

/** The repository root (the npm-installed runtimes live under it). */
const ROOT = fileURLToPath(new URL('../..', import.meta.url));
/** Where npm puts each runtime's binary (test/runtimes/node22/package.json says why Node 22 is apart). */
const NPM_BINARIES = {
  deno: 'node_modules/.bin/deno',
  bun: 'node_modules/.bin/bun',
  node22: 'test/runtimes/node22/node_modules/.bin/node',
} as const;

const found = (path: string): ToolState => ({ found: true, path });
const missing = (reason: string, hint?: string): ToolState =>
  hint === undefined ? { found: false, reason } : { found: false, reason, hint };

const executable = (path: string) => {
  try {
    accessSync(path, constants.X_OK);
    return true;
  } catch {
    return false;
  }
};
const readable = (path: string) => {
  try {
    accessSync(path, constants.R_OK);
    return true;
  } catch {
    return false;
  }
};
/** Whether `command args` runs and exits 0 (so it is on the PATH). */
const runs = (command: string, ...args: string[]) =>
  spawnSync(command, args, { stdio: 'ignore', timeout: 10_000 }).status === 0;

function detect(tool: SystemTool, env: NodeJS.ProcessEnv): ToolState {
  switch (tool) {
    case 'chromium': {
      const path = CHROMIUM.find(executable);
      return path ? found(path) : missing(`none of ${CHROMIUM.join(', ')}`);
    }
    case 'softhsm': {
      const candidates = [env['SOFTHSM2_MODULE'], ...SOFTHSM_MODULES].filter(
        (p): p is string => !!p,
      );
      const module = candidates.find(readable);
      if (!module) return missing(`no PKCS#11 module (tried ${candidates.join(', ')})`);
      return runs('softhsm2-util', '--version') ? found(module) : missing('no softhsm2-util');
    }
    case 'coturn':
      return runs('turnserver', '--version') ? found('turnserver') : missing('no turnserver');
    case 'nft':
      return runs('nft', '--version') ? found('nft') : missing('no nft');
    case 'ip':
      return runs('ip', '-V') ? found('ip') : missing('no ip');
    case 'firefox': {
      const path = FIREFOX.find(executable);
      return path ? found(path) : missing(`none of ${FIREFOX.join(', ')}`);
    }
    case 'deno':
    case 'bun':
    case 'node22': {
      const path = join(ROOT, NPM_BINARIES[tool]);
      const run = spawnSync(path, ['--version'], { encoding: 'utf8', timeout: 10_000 });
      if (run.status !== 0) return missing(`${NPM_BINARIES[tool]} does not run`);
      // The `node` package runs a preinstall script that fetches the binary for
      // this platform: check it is Node 22 and not a leftover of another version.
      if (tool === 'node22' && !run.stdout.startsWith('v22.'))
        return missing(`${NPM_BINARIES[tool]} is ${run.stdout.trim()}`);
      return found(path);
    }
    case 'pgcluster': {
      const bin = PG_BINS.find((dir) => executable(join(dir, 'initdb')));
      if (!bin) return missing(`no initdb in ${PG_BINS.join(', ')}`);
      if (process.getuid?.() !== 0)
        return missing('not root (the clusters run as the postgres user)');
      if (!runs('id', 'postgres')) return missing('no postgres user');
      return found(bin);
    }
    case 'netns': {
      if (process.getuid?.() !== 0) return missing('not root');
      // Root in a container may still lack CAP_SYS_ADMIN: try what the tests do.
      // (Without `ip` the tests that need it are skipped for that.)
      if (!runs('ip', '-V')) return found('root');
      const name = `nxl-probe-${process.pid}`;
      const add = spawnSync('ip', ['netns', 'add', name], { encoding: 'utf8' });
      if (add.status !== 0) {
        return missing(
          `ip netns add failed: ${(add.stderr || '').trim()}`,
          'in a container, run it with --privileged',
        );
      }
      spawnSync('ip', ['netns', 'del', name], { stdio: 'ignore' });
      return found('root');
    }
  }
}

/**
 * Find every tool (the global setup does this once per run).
 * `NEXUSLINK_PRETEND_MISSING` lists tools to treat as missing, or `all`.
 *
 * @throws Error for a name in `NEXUSLINK_PRETEND_MISSING` that is not a tool.
 */
export function detectSystemTools(env: NodeJS.ProcessEnv = process.env): SystemTools {
  const pretend = (env['NEXUSLINK_PRETEND_MISSING'] ?? '')
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean);
  const unknown = pretend.filter((t) => t !== 'all' && !(t in TOOLS));
  if (unknown.length) {
    throw new Error(
      `NEXUSLINK_PRETEND_MISSING: unknown ${unknown.join(', ')} (tools: ${SYSTEM_TOOLS.join(', ')}, or all)`,
    );
  }
  const tools = Object.fromEntries(
    SYSTEM_TOOLS.map((tool) => [
      tool,
      pretend.includes('all') || pretend.includes(tool)
        ? missing('NEXUSLINK_PRETEND_MISSING')
        : detect(tool, env),
    ]),
  ) as Record<SystemTool, ToolState>;
  const flag = env['NEXUSLINK_REQUIRE_TOOLS'];
  return { tools, required: flag !== undefined && flag !== '' && flag !== '0' };
}

/**
 * What `file` needs of the `tools` that are missing, in one line:
 * `test/x.test.ts needs Chromium and coturn (apt install chromium coturn)`.
 */
export function needsLine(file: string, tools: readonly SystemTool[], state: SystemTools): string {
  tools = SYSTEM_TOOLS.filter((t) => tools.includes(t));
  const whats = tools.map((t) => TOOLS[t].what);
  const what =
    whats.length > 1 ? `${whats.slice(0, -1).join(', ')} and ${whats.at(-1)}` : (whats[0] ?? '');
  return `${file} needs ${what} (${installHint(tools, state)})`;
}

/**
 * How to get `tools`: one `apt install` for the packages, one `npm install`
 * for the devDependencies, then any other step.
 */
export function installHint(tools: readonly SystemTool[], state: SystemTools): string {
  const info = tools.map((t): { apt?: string; npm?: string; hint?: string } => TOOLS[t]);
  const apt = info.flatMap((i) => (i.apt ? [i.apt] : []));
  const npm = info.flatMap((i) => (i.npm ? [i.npm] : []));
  const other = tools.flatMap((t) => {
    const s = state.tools[t];
    const hint = (!s.found && s.hint) || (TOOLS[t] as { hint?: string }).hint;
    return hint ? [hint] : [];
  });
  return [
    ...(apt.length ? [`apt install ${apt.join(' ')}`] : []),
    ...(npm.length
      ? [`npm install: devDependenc${npm.length > 1 ? 'ies' : 'y'} ${npm.join(', ')}`]
      : []),
    ...other,
  ].join('; ');
}

/** The tool's label, e.g. `SoftHSM 2`. */
export const toolName = (tool: SystemTool): string => TOOLS[tool].what;

let cached: SystemTools | undefined;
/** What the global setup found (or, outside a vitest run with it, found here). */
export function systemTools(): SystemTools {
  cached ??= inject('systemTools') ?? detectSystemTools();
  return cached;
}

/**
 * Where `tool` is: a browser's or runtime's executable, SoftHSM's PKCS#11
 * module, or the command name. Call it only inside a test guarded by {@link requires}.
 *
 * @throws Error when the tool is missing.
 */
export function toolPath(tool: SystemTool): string {
  const state = systemTools().tools[tool];
  if (!state.found) throw new Error(`${toolName(tool)} is missing (${state.reason})`);
  return state.path;
}

/** The `describe` and `it` a test that needs some system tools registers with. */
export interface RequiredTools {
  /** Every tool is here. */
  readonly available: boolean;
  describe(name: string, fn: () => void): void;
  it(name: string, fn: TestFunction, timeout?: number): void;
}

/**
 * `describe` and `it` for tests that need `tools`. With every tool present
 * they are vitest's own. Otherwise the suite or test is skipped, tagged so
 * the reporter prints what to install; with `NEXUSLINK_REQUIRE_TOOLS` set it
 * is replaced by one test that fails with that message instead.
 */
export function requires(...tools: SystemTool[]): RequiredTools {
  const state = systemTools();
  const absent = tools.filter((t) => !state.tools[t].found);
  if (absent.length === 0) return { available: true, describe, it };
  const fail = () => {
    const path = expect.getState().testPath;
    const file = path ? relative(ROOT, path) : 'a test';
    throw new Error(
      `${needsLine(file, absent, state)}; NEXUSLINK_REQUIRE_TOOLS is set, so a missing tool fails`,
    );
  };
  const placeholder = `needs ${absent.map(toolName).join(', ')}`;
  if (state.required) {
    return {
      available: false,
      describe: (name) => describe(name, () => it(placeholder, fail)),
      it: (name) => it(name, fail),
    };
  }
  const options = { skip: true, meta: { missingSystemTools: absent } };
  return {
    available: false,
    describe: (name, fn) => describe(name, options, fn),
    it: (name, fn) => it(name, options, fn),
  };
}
