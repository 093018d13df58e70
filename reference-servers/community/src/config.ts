/**
 * Configuration: defaults, then `nexuslink.toml` (or the file `--config`
 * names), then environment variables. Every key is listed once, in
 * `CONFIG_KEYS`; `--help` prints them all. A key `section.name` is
 * `[section] name = ...` in the file and `NEXUSLINK_SECTION_NAME` in the
 * environment. An unknown key, a value of the wrong type or out of range is
 * a `ConfigError` naming the key, and the server does not start.
 */
import { existsSync, readFileSync } from 'node:fs';
import { parse } from 'smol-toml';

/** A configuration error: the server refuses to start. */
export class ConfigError extends Error {
  override readonly name = 'ConfigError';
}

type Kind = 'string' | 'integer' | 'boolean' | 'list';

interface KeySpec {
  readonly kind: Kind;
  readonly default: string | number | boolean | readonly string[];
  readonly help: string;
  readonly min?: number;
  readonly max?: number;
  readonly choices?: readonly string[];
  /** Never printed (a database URL may hold a password). */
  readonly secret?: boolean;
}

/** Every configuration key, its default and what it does. */
export const CONFIG_KEYS = {
  'server.host': { kind: 'string', default: '127.0.0.1', help: 'address to listen on' },
  'server.port': {
    kind: 'integer',
    default: 8420,
    min: 0,
    max: 65535,
    help: 'port to listen on (0: any free port)',
  },
  'server.public_url': {
    kind: 'string',
    default: '',
    help: 'the origin clients use, e.g. https://chat.example.org; it is what devices sign at login (default: http(s)://host:port)',
  },
  'server.name': { kind: 'string', default: 'NexusLink community', help: 'shown to clients' },
  'server.data_dir': {
    kind: 'string',
    default: './nexuslink-data',
    help: 'where the embedded database lives',
  },
  'server.shutdown_timeout_ms': {
    kind: 'integer',
    default: 10_000,
    min: 0,
    max: 600_000,
    help: 'how long a graceful shutdown waits for connections to drain',
  },
  'server.trust_proxy': {
    kind: 'boolean',
    default: false,
    help: 'take the client address from X-Forwarded-For (only behind a proxy you run)',
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
  'auth.access_token_ttl_s': {
    kind: 'integer',
    default: 900,
    min: 30,
    max: 86_400,
    help: 'lifetime of an access token',
  },
  'auth.refresh_token_ttl_s': {
    kind: 'integer',
    default: 30 * 86_400,
    min: 300,
    max: 365 * 86_400,
    help: 'lifetime of a refresh token (each use replaces it)',
  },
  'auth.challenge_ttl_s': {
    kind: 'integer',
    default: 60,
    min: 5,
    max: 600,
    help: 'how long a login nonce stays valid',
  },
  'auth.max_failures': {
    kind: 'integer',
    default: 5,
    min: 1,
    max: 1000,
    help: 'failed logins of one device or address before it is locked out',
  },
  'auth.lockout_base_ms': {
    kind: 'integer',
    default: 1_000,
    min: 0,
    max: 3_600_000,
    help: 'first lockout; each further failure doubles it',
  },
  'auth.lockout_max_ms': {
    kind: 'integer',
    default: 15 * 60_000,
    min: 0,
    max: 86_400_000,
    help: 'longest lockout',
  },
  'auth.open_registration': {
    kind: 'boolean',
    default: true,
    help: 'any identity may join by logging in; when false, only members already known',
  },
  'limits.body_bytes': {
    kind: 'integer',
    default: 1024 * 1024,
    min: 1024,
    max: 64 * 1024 * 1024,
    help: 'largest HTTP request body',
  },
  'limits.message_bytes': {
    kind: 'integer',
    default: 256 * 1024,
    min: 1024,
    max: 256 * 1024,
    help: 'largest envelope or channel message',
  },
  'limits.rate_per_minute': {
    kind: 'integer',
    default: 600,
    min: 1,
    max: 1_000_000,
    help: 'HTTP requests per client address per minute',
  },
  'limits.auth_rate_per_minute': {
    kind: 'integer',
    default: 30,
    min: 1,
    max: 1_000_000,
    help: 'login requests (challenge, login, refresh) per client address per minute',
  },
  'limits.ws_messages_per_second': {
    kind: 'integer',
    default: 200,
    min: 1,
    max: 1_000_000,
    help: 'frames one WebSocket may send per second (a burst of twice that is allowed)',
  },
  'limits.ws_send_buffer_bytes': {
    kind: 'integer',
    default: 4 * 1024 * 1024,
    min: 64 * 1024,
    max: 1024 * 1024 * 1024,
    help: 'a receiver this far behind is disconnected (close 4008); it catches up on reconnect',
  },
  'limits.channels_per_member': {
    kind: 'integer',
    default: 500,
    min: 1,
    max: 100_000,
    help: 'channels one member may belong to',
  },
  'limits.queue_per_device': {
    kind: 'integer',
    default: 10_000,
    min: 10,
    max: 10_000_000,
    help: 'undelivered envelopes kept for one device; past it, sends to it are refused',
  },
  'websocket.heartbeat_ms': {
    kind: 'integer',
    default: 30_000,
    min: 1_000,
    max: 600_000,
    help: 'ping interval; a connection that misses two pongs is closed',
  },
  'websocket.auth_timeout_ms': {
    kind: 'integer',
    default: 10_000,
    min: 100,
    max: 120_000,
    help: 'time to send the Authenticate frame after connecting',
  },
  'websocket.idle_timeout_ms': {
    kind: 'integer',
    default: 0,
    min: 0,
    max: 86_400_000,
    help: 'close a connection that sends no frame for this long (0: never; pongs keep it open)',
  },
  'cors.origins': {
    kind: 'list',
    default: [],
    help: 'browser origins allowed to call the API (comma-separated in the environment); empty: none',
  },
  'log.level': {
    kind: 'string',
    default: 'info',
    choices: ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'],
    help: 'pino log level',
  },
} as const satisfies Record<string, KeySpec>;

export type ConfigKey = keyof typeof CONFIG_KEYS;
type ValueOf<K extends ConfigKey> = (typeof CONFIG_KEYS)[K]['kind'] extends 'integer'
  ? number
  : (typeof CONFIG_KEYS)[K]['kind'] extends 'boolean'
    ? boolean
    : (typeof CONFIG_KEYS)[K]['kind'] extends 'list'
      ? readonly string[]
      : string;

/** A loaded, validated configuration. */
export type Config = { readonly [K in ConfigKey]: ValueOf<K> };

/** The environment variable of `key`: `server.port` → `NEXUSLINK_SERVER_PORT`. */
export function envName(key: string): string {
  return `NEXUSLINK_${key.replace('.', '_').toUpperCase()}`;
}

function coerce(key: ConfigKey, raw: unknown, from: string): unknown {
  const spec: KeySpec = CONFIG_KEYS[key];
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
      value = raw
        .split(',')
        .map((s) => s.trim())
        .filter((s) => s.length > 0);
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
    default:
      if (typeof value !== 'string') throw bad('must be a string');
      if (spec.choices && !spec.choices.includes(value))
        throw bad(`must be one of ${spec.choices.join(', ')}`);
      return value;
  }
}

/** Options of {@link loadConfig}. */
export interface LoadConfigOptions {
  /** A TOML file; when absent, `nexuslink.toml` in the working directory if it exists. */
  readonly file?: string | undefined;
  /** The environment (default `process.env`). */
  readonly env?: NodeJS.ProcessEnv;
  /** Values set by the caller (tests, the CLI), over everything else. */
  readonly overrides?: Partial<Record<ConfigKey, unknown>>;
}

/**
 * Load the configuration: defaults < file < environment < overrides.
 *
 * @throws ConfigError for an unreadable file, an unknown key or a bad value.
 */
export function loadConfig(options: LoadConfigOptions = {}): Config {
  const out: Record<string, unknown> = {};
  for (const [key, spec] of Object.entries(CONFIG_KEYS)) out[key] = spec.default;
  const file = options.file ?? (existsSync('nexuslink.toml') ? 'nexuslink.toml' : undefined);
  if (file !== undefined) {
    let table: Record<string, unknown>;
    try {
      table = parse(readFileSync(file, 'utf8')) as Record<string, unknown>;
    } catch (cause) {
      throw new ConfigError(`${file}: ${(cause as Error).message}`, { cause });
    }
    for (const [section, entries] of Object.entries(table)) {
      if (typeof entries !== 'object' || entries === null || Array.isArray(entries))
        throw new ConfigError(`${file}: ${section} is not a [section]`);
      for (const [name, value] of Object.entries(entries)) {
        const key = `${section}.${name}`;
        if (!(key in CONFIG_KEYS)) throw new ConfigError(`${file}: unknown key ${key}`);
        out[key] = coerce(key as ConfigKey, value, file);
      }
    }
  }
  const env = options.env ?? process.env;
  const known = new Set(Object.keys(CONFIG_KEYS).map(envName));
  for (const name of Object.keys(env)) {
    // A misspelt variable would silently do nothing: refuse it.
    if (
      name.startsWith('NEXUSLINK_') &&
      !known.has(name) &&
      !ENV_ELSEWHERE.has(name) &&
      /^NEXUSLINK_(SERVER|TLS|DATABASE|AUTH|LIMITS|WEBSOCKET|CORS|LOG)_/.test(name)
    )
      throw new ConfigError(`unknown environment variable ${name}`);
  }
  for (const key of Object.keys(CONFIG_KEYS) as ConfigKey[]) {
    const value = env[envName(key)];
    if (value !== undefined) out[key] = coerce(key, value, `environment ${envName(key)}`);
  }
  for (const [key, value] of Object.entries(options.overrides ?? {})) {
    if (!(key in CONFIG_KEYS)) throw new ConfigError(`unknown key ${key}`);
    out[key] = coerce(key as ConfigKey, value, 'override');
  }
  if ((out['tls.cert_file'] === '') !== (out['tls.key_file'] === ''))
    throw new ConfigError('tls.cert_file and tls.key_file go together');
  if (out['database.driver'] === 'postgres' && out['database.url'] === '')
    throw new ConfigError('database.driver = postgres needs database.url');
  return Object.freeze(out) as Config;
}

/** Variables with the prefix that are not configuration keys (tests read them). */
const ENV_ELSEWHERE = new Set(['NEXUSLINK_TEST_DATABASE_URL']);

/** The `--help` text: usage, commands, and every key with its default and variable. */
export function helpText(): string {
  const lines = [
    'nexuslink-community: a NexusLink community server',
    '',
    'usage: nexuslink-community [serve] [--config FILE]    start the server',
    '       nexuslink-community migrate [--config FILE]    apply database migrations and exit',
    '       nexuslink-community --help                     this text',
    '',
    'Configuration: defaults < nexuslink.toml (or --config FILE) < environment.',
    'A key section.name is "[section] name = value" in the file and NEXUSLINK_SECTION_NAME',
    'in the environment.',
    '',
  ];
  for (const [key, spec] of Object.entries(CONFIG_KEYS) as [ConfigKey, KeySpec][]) {
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
}
