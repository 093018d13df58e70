/**
 * Configuration of a reference server: defaults, then `nexuslink.toml` (or
 * the file `--config` names), then environment variables, then overrides.
 * A server lists every key once, with its kind, default, range and help
 * (`defineConfig`); `--help` prints them all. A key `section.name` is
 * `[section] name = ...` in the file and `NEXUSLINK_SECTION_NAME` in the
 * environment. An unknown key or variable, a value of the wrong type or out
 * of range is a `ConfigError` naming the key, and the server does not start.
 */
import { existsSync, readFileSync } from 'node:fs';
import { isIP } from 'node:net';
import { parse } from 'smol-toml';

/** A configuration error: the server refuses to start. */
export class ConfigError extends Error {
  override readonly name = 'ConfigError';
}

/**
 * The kind of a key's value. `cidrs` is a list of IP addresses and CIDR
 * blocks (`10.0.0.0/8`, `::1`), a TOML array or a comma-separated string.
 */
export type ConfigKind = 'string' | 'integer' | 'boolean' | 'list' | 'cidrs';

/** One configuration key: its kind, default, bounds and help line. */
export interface KeySpec {
  readonly kind: ConfigKind;
  readonly default: string | number | boolean | readonly string[];
  readonly help: string;
  readonly min?: number;
  readonly max?: number;
  readonly choices?: readonly string[];
  /** Never printed (a database URL may hold a password). */
  readonly secret?: boolean;
}

/** Every key of a server, by name. */
export type KeyTable = Readonly<Record<string, KeySpec>>;

type ValueOf<S extends KeySpec> = S['kind'] extends 'integer'
  ? number
  : S['kind'] extends 'boolean'
    ? boolean
    : S['kind'] extends 'list' | 'cidrs'
      ? readonly string[]
      : string;

/** A loaded, validated configuration of the keys `T`. */
export type ConfigOf<T extends KeyTable> = { readonly [K in keyof T]: ValueOf<T[K]> };

/** The environment variable of `key`: `server.port` → `NEXUSLINK_SERVER_PORT`. */
export function envName(key: string): string {
  return `NEXUSLINK_${key.replace('.', '_').toUpperCase()}`;
}

/** Options of a `load` function made by {@link defineConfig}. */
export interface LoadConfigOptions<T extends KeyTable = KeyTable> {
  /** A TOML file; when absent, `nexuslink.toml` in the working directory if it exists. */
  readonly file?: string | undefined;
  /** The environment (default `process.env`). */
  readonly env?: NodeJS.ProcessEnv;
  /** Values set by the caller (tests, the CLI), over everything else. */
  readonly overrides?: Partial<Record<keyof T & string, unknown>>;
}

/** How a server describes itself to {@link defineConfig}. */
export interface ConfigDefinition<T extends KeyTable> {
  /** The command name, as `--help` shows it. */
  readonly program: string;
  /** One line: what the server is. */
  readonly title: string;
  /** The usage lines of `--help` (commands and what they do). */
  readonly usage: readonly string[];
  /** Checks across keys, after everything is loaded; throw a `ConfigError`. */
  readonly check?: (config: ConfigOf<T>) => void;
}

/** A server's configuration loader and help text. */
export interface ConfigLoader<T extends KeyTable> {
  readonly keys: T;
  /**
   * Load the configuration: defaults < file < environment < overrides.
   *
   * @throws ConfigError for an unreadable file, an unknown key or a bad value.
   */
  load(options?: LoadConfigOptions<T>): ConfigOf<T>;
  /** The `--help` text: usage, commands, and every key with its default and variable. */
  help(): string;
  /**
   * A configuration file to start from (`init`): every key, commented out
   * at its default, under its section, with its help.
   */
  template(): string;
}

/** Variables with the prefix that are not configuration keys (tests read them). */
const ENV_ELSEWHERE = /^NEXUSLINK_TEST_/;

const splitList = (raw: string) =>
  raw
    .split(',')
    .map((s) => s.trim())
    .filter((s) => s.length > 0);

/** True for an IPv4 or IPv6 address, alone or with a prefix length (`10.0.0.0/8`). */
function isCidr(text: string): boolean {
  const [address, prefix, ...rest] = text.split('/');
  const family = isIP(address ?? '');
  if (family === 0 || rest.length > 0) return false;
  if (prefix === undefined) return true;
  return /^\d{1,3}$/.test(prefix) && Number(prefix) <= (family === 4 ? 32 : 128);
}

function coerce(key: string, spec: KeySpec, raw: unknown, from: string): unknown {
  const bad = (why: string) => new ConfigError(`${key} (${from}): ${why}`);
  let value: unknown = raw;
  if (typeof raw === 'string' && from.startsWith('environment')) {
    if (spec.kind === 'integer') {
      if (!/^-?\d+$/.test(raw.trim())) throw bad('must be an integer');
      value = Number(raw.trim());
    } else if (spec.kind === 'boolean') {
      if (!/^(true|false|1|0)$/i.test(raw.trim())) throw bad('must be true or false');
      value = /^(true|1)$/i.test(raw.trim());
    } else if (spec.kind === 'list') {
      value = splitList(raw);
    }
  }
  if (typeof value === 'bigint') value = Number(value);
  switch (spec.kind) {
    case 'integer':
      if (typeof value !== 'number' || !Number.isSafeInteger(value))
        throw bad('must be an integer');
      if (spec.min !== undefined && value < spec.min) throw bad(`must be at least ${spec.min}`);
      if (spec.max !== undefined && value > spec.max) throw bad(`must be at most ${spec.max}`);
      return value;
    case 'boolean':
      if (typeof value !== 'boolean') throw bad('must be true or false');
      return value;
    case 'list':
      if (!Array.isArray(value) || !value.every((v) => typeof v === 'string'))
        throw bad('must be a list of strings');
      return Object.freeze([...value]);
    case 'cidrs': {
      // A key that was a boolean before (server.trust_proxy): false still
      // means none, but true trusted everyone and is refused, not guessed at.
      if (value === false || (typeof value === 'string' && /^(false|0)$/i.test(value.trim())))
        return Object.freeze([]);
      if (value === true || (typeof value === 'string' && /^(true|1)$/i.test(value.trim())))
        throw bad(
          'true is no longer accepted (it trusted every peer): list the trusted addresses or CIDR blocks, e.g. "127.0.0.1, 10.0.0.0/8"',
        );
      const list = typeof value === 'string' ? splitList(value) : value;
      if (!Array.isArray(list) || !list.every((v) => typeof v === 'string'))
        throw bad('must be a list of IP addresses or CIDR blocks');
      const entries = list.map((v: string) => v.trim());
      const wrong = entries.find((v) => !isCidr(v));
      if (wrong !== undefined)
        throw bad(`${JSON.stringify(wrong)} is not an IP address or CIDR block`);
      return Object.freeze(entries);
    }
    case 'string':
      if (typeof value !== 'string') throw bad('must be a string');
      if (spec.choices && !spec.choices.includes(value))
        throw bad(`must be one of ${spec.choices.join(', ')}`);
      return value;
  }
}

/** Make the configuration loader and `--help` text of a server with the keys `keys`. */
export function defineConfig<T extends KeyTable>(
  keys: T,
  definition: ConfigDefinition<T>,
): ConfigLoader<T> {
  const entries = Object.entries(keys);
  const sections = [...new Set(entries.map(([key]) => key.split('.')[0]!.toUpperCase()))];
  const ours = new RegExp(`^NEXUSLINK_(${sections.join('|')})_`);
  const known = new Set(entries.map(([key]) => envName(key)));
  const load = (options: LoadConfigOptions<T> = {}): ConfigOf<T> => {
    const out: Record<string, unknown> = {};
    for (const [key, spec] of entries) out[key] = spec.default;
    const file = options.file ?? (existsSync('nexuslink.toml') ? 'nexuslink.toml' : undefined);
    if (file !== undefined) {
      let table: Record<string, unknown>;
      try {
        table = parse(readFileSync(file, 'utf8')) as Record<string, unknown>;
      } catch (cause) {
        throw new ConfigError(`${file}: ${(cause as Error).message}`, { cause });
      }
      for (const [section, values] of Object.entries(table)) {
        if (typeof values !== 'object' || values === null || Array.isArray(values))
          throw new ConfigError(`${file}: ${section} is not a [section]`);
        for (const [name, value] of Object.entries(values)) {
          const key = `${section}.${name}`;
          const spec = keys[key];
          if (spec === undefined) throw new ConfigError(`${file}: unknown key ${key}`);
          out[key] = coerce(key, spec, value, file);
        }
      }
    }
    const env = options.env ?? process.env;
    for (const name of Object.keys(env)) {
      // A misspelt variable would silently do nothing: refuse it.
      if (ours.test(name) && !known.has(name) && !ENV_ELSEWHERE.test(name))
        throw new ConfigError(`unknown environment variable ${name}`);
    }
    for (const [key, spec] of entries) {
      const value = env[envName(key)];
      if (value !== undefined) out[key] = coerce(key, spec, value, `environment ${envName(key)}`);
    }
    for (const [key, value] of Object.entries(options.overrides ?? {})) {
      const spec = keys[key];
      if (spec === undefined) throw new ConfigError(`unknown key ${key}`);
      out[key] = coerce(key, spec, value, 'override');
    }
    const config = Object.freeze(out) as ConfigOf<T>;
    definition.check?.(config);
    return config;
  };
  const help = (): string => {
    const lines = [
      `${definition.program}: ${definition.title}`,
      '',
      ...definition.usage.map((line, i) => `${i === 0 ? 'usage: ' : '       '}${line}`),
      '',
      'Configuration: defaults < nexuslink.toml (or --config FILE) < environment.',
      'A key section.name is "[section] name = value" in the file and NEXUSLINK_SECTION_NAME',
      'in the environment.',
      '',
    ];
    for (const [key, spec] of entries) {
      const def = spec.secret
        ? '(none)'
        : Array.isArray(spec.default)
          ? `[${spec.default.join(', ')}]`
          : JSON.stringify(spec.default);
      lines.push(`  ${key.padEnd(30)} ${spec.kind}, default ${def}`);
      lines.push(`  ${''.padEnd(30)} ${envName(key)}`);
      lines.push(
        `  ${''.padEnd(30)} ${spec.help}${spec.choices ? ` (${spec.choices.join(' | ')})` : ''}`,
      );
    }
    return lines.join('\n') + '\n';
  };
  const template = (): string => {
    const lines = [
      `# ${definition.program}: ${definition.title}.`,
      '# Every key is shown at its default, commented out: uncomment what you change.',
      '# The environment overrides this file (NEXUSLINK_SECTION_NAME); --help lists every key.',
    ];
    // One table per section (TOML allows no second [server]), in the order sections first appear.
    const bySection = new Map<string, [string, KeySpec][]>();
    for (const [key, spec] of entries) {
      const [head, name] = key.split('.') as [string, string];
      const list = bySection.get(head) ?? [];
      list.push([name, spec]);
      bySection.set(head, list);
    }
    for (const [head, keysOf] of bySection) {
      lines.push('', `[${head}]`);
      for (const [name, spec] of keysOf) {
        lines.push(`# ${spec.help}${spec.choices ? ` (${spec.choices.join(' | ')})` : ''}`);
        lines.push(`# ${name} = ${spec.secret ? '""' : tomlValue(spec.default)}`);
      }
    }
    return lines.join('\n') + '\n';
  };
  return { keys, load, help, template };
}

/** A default as TOML writes it (strings and lists of strings quoted as JSON quotes them). */
function tomlValue(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map((v) => tomlValue(v)).join(', ')}]`;
  return typeof value === 'string' ? JSON.stringify(value) : String(value);
}

/** What differs between servers in the keys every one has. */
export interface ServerKeyDefaults {
  readonly port: number;
  readonly name: string;
  readonly dataDir: string;
  /** An example origin for `server.public_url`'s help. */
  readonly example: string;
}

/**
 * The keys every reference server has: where it listens, its public URL,
 * name and data directory, shutdown, proxy, TLS and database.
 */
export function serverKeys(d: ServerKeyDefaults) {
  return {
    'server.host': { kind: 'string', default: '127.0.0.1', help: 'address to listen on' },
    'server.port': {
      kind: 'integer',
      default: d.port,
      min: 0,
      max: 65535,
      help: 'port to listen on (0: any free port)',
    },
    'server.public_url': {
      kind: 'string',
      default: '',
      help: `the origin devices use, e.g. ${d.example}; it is what they sign at login (default: http(s)://host:port)`,
    },
    'server.name': { kind: 'string', default: d.name, help: 'shown to devices' },
    'server.data_dir': {
      kind: 'string',
      default: d.dataDir,
      help: 'where the embedded database (and any other state) lives',
    },
    'server.shutdown_timeout_ms': {
      kind: 'integer',
      default: 10_000,
      min: 0,
      max: 600_000,
      help: 'how long a graceful shutdown waits for connections to drain',
    },
    'server.trust_proxy': {
      kind: 'cidrs',
      default: [],
      help: 'proxies (addresses or CIDR blocks, e.g. "127.0.0.1, 10.0.0.0/8") whose X-Forwarded-For is believed: the client address is the rightmost hop not in this list; empty: none, the peer address is the client',
    },
    'tls.cert_file': {
      kind: 'string',
      default: '',
      help: 'PEM certificate chain; with tls.key_file, serve HTTPS/WSS (TLS 1.2 minimum)',
    },
    'tls.key_file': { kind: 'string', default: '', help: 'PEM private key' },
    'database.driver': {
      kind: 'string',
      default: 'sqlite',
      choices: ['sqlite', 'postgres'],
      help: 'sqlite (embedded, in server.data_dir) or postgres',
    },
    'database.url': {
      kind: 'string',
      default: '',
      secret: true,
      help: 'postgres://user:password@host:port/database (database.driver = postgres)',
    },
    'database.pool_size': {
      kind: 'integer',
      default: 10,
      min: 1,
      max: 200,
      help: 'PostgreSQL connections',
    },
  } as const satisfies Record<string, KeySpec>;
}

/**
 * The browser origins allowed by default: pages served from this machine,
 * on any port (a development server such as Vite's). Logins are bearer
 * tokens, never cookies, so an origin allowed here gains no ambient
 * credential.
 */
export const LOOPBACK_ORIGINS = [
  'http://localhost:*',
  'http://127.0.0.1:*',
  'http://[::1]:*',
] as const;

/** The last keys of every server: CORS and logging. */
export const TAIL_KEYS = {
  'cors.origins': {
    kind: 'list',
    default: [...LOOPBACK_ORIGINS],
    help: 'browser origins allowed to call the API (comma-separated in the environment): exact origins such as https://chat.example, a port wildcard such as http://localhost:*, or * for any; the default allows pages served from this machine (localhost, 127.0.0.1, [::1], any port) for development; empty: none',
  },
  'log.level': {
    kind: 'string',
    default: 'info',
    choices: ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'],
    help: 'pino log level',
  },
} as const satisfies Record<string, KeySpec>;

/** The configuration every server has ({@link serverKeys} and {@link TAIL_KEYS}). */
export type ServerConfig = ConfigOf<ReturnType<typeof serverKeys> & typeof TAIL_KEYS>;

/** Checks across the keys every server has (TLS pair, PostgreSQL URL). */
export function checkServerConfig(config: ServerConfig): void {
  if ((config['tls.cert_file'] === '') !== (config['tls.key_file'] === ''))
    throw new ConfigError('tls.cert_file and tls.key_file go together');
  if (config['database.driver'] === 'postgres' && config['database.url'] === '')
    throw new ConfigError('database.driver = postgres needs database.url');
  for (const entry of config['cors.origins'])
    if (
      entry !== '*' &&
      !/^https?:\/\/(?:\[[0-9a-fA-F:.]+\]|[^\s/:[\]]+)(?::(?:\d{1,5}|\*))?$/.test(entry)
    )
      throw new ConfigError(
        `cors.origins: ${JSON.stringify(entry)} is not an origin (https://chat.example), an origin with a port wildcard (http://localhost:*), or *`,
      );
}
