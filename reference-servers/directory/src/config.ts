/**
 * The directory's configuration keys (loaded by the kit's `defineConfig`:
 * defaults < `nexuslink.toml` or `--config FILE` < `NEXUSLINK_SECTION_NAME`
 * variables < overrides; `--help` lists them all).
 */
import {
  checkServerConfig,
  ConfigError,
  defineConfig,
  envName,
  serverKeys,
  TAIL_KEYS,
} from '@nexuslink/server-kit';
import type { ConfigOf, KeySpec, LoadConfigOptions as KitLoadOptions } from '@nexuslink/server-kit';

export { ConfigError, envName };

/** Every configuration key, its default and what it does. */
export const CONFIG_KEYS = {
  ...serverKeys({
    port: 8440,
    name: 'NexusLink directory',
    dataDir: './nexuslink-directory-data',
    example: 'https://directory.example.org',
  }),
  'database.read_url': {
    kind: 'string',
    default: '',
    secret: true,
    help: 'a read replica (postgres://…) that searches and reads are served from; empty: database.url serves all',
  },
  'limits.rate_per_minute': {
    kind: 'integer',
    default: 600,
    min: 1,
    max: 1_000_000,
    help: 'requests per client address per minute',
  },
  'limits.searches_per_minute': {
    kind: 'integer',
    default: 120,
    min: 1,
    max: 1_000_000,
    help: 'searches per client address per minute',
  },
  'limits.registrations_per_hour': {
    kind: 'integer',
    default: 10,
    min: 1,
    max: 100_000,
    help: 'registrations and updates per owner identity per hour (and per client address)',
  },
  'limits.listings_per_owner': {
    kind: 'integer',
    default: 20,
    min: 1,
    max: 100_000,
    help: 'communities one identity may have listed at once',
  },
  'registration.max_age_s': {
    kind: 'integer',
    default: 600,
    min: 30,
    max: 3600,
    help: 'how long after signing a registration is accepted',
  },
  'proof.timeout_ms': {
    kind: 'integer',
    default: 5000,
    min: 100,
    max: 60_000,
    help: "how long the directory waits for a community server's endpoint proof",
  },
  'proof.allow_private': {
    kind: 'boolean',
    default: false,
    help: 'let listed endpoints be loopback or private addresses (a private deployment, tests); off, the directory never connects to an internal address for a stranger',
  },
  'pow.cost': {
    kind: 'integer',
    default: 1000,
    min: 1,
    max: 1_000_000,
    help: 'PBKDF2 iterations of one proof-of-work attempt (ALTCHA PBKDF2/SHA-256)',
  },
  'pow.max_counter': {
    kind: 'integer',
    default: 1000,
    min: 1,
    max: 10_000_000,
    help: 'the proof-of-work answer is a random counter below this: a client tries half of them on average',
  },
  'pow.ttl_s': {
    kind: 'integer',
    default: 300,
    min: 10,
    max: 3600,
    help: 'how long a proof-of-work challenge stays valid (each is accepted once)',
  },
  'anomaly.burst_window_s': {
    kind: 'integer',
    default: 3600,
    min: 10,
    max: 86_400 * 7,
    help: 'the window registration bursts are counted over',
  },
  'anomaly.burst_per_address': {
    kind: 'integer',
    default: 5,
    min: 1,
    max: 1_000_000,
    help: 'new listings from one client address within the window that raise an anomaly flag',
  },
  'anomaly.burst_overall': {
    kind: 'integer',
    default: 500,
    min: 1,
    max: 10_000_000,
    help: 'new listings of all clients within the window that raise an anomaly flag',
  },
  'health.interval_ms': {
    kind: 'integer',
    default: 300_000,
    min: 200,
    max: 86_400_000,
    help: "how often every listed community's GET /healthz is asked",
  },
  'health.timeout_ms': {
    kind: 'integer',
    default: 5000,
    min: 100,
    max: 60_000,
    help: 'a health check not answered in this time failed',
  },
  'health.window': {
    kind: 'integer',
    default: 12,
    min: 1,
    max: 1000,
    help: 'the checks the success rate and latency are taken over (the newest)',
  },
  'health.degraded_latency_ms': {
    kind: 'integer',
    default: 2000,
    min: 1,
    max: 60_000,
    help: 'a mean latency over this is degraded',
  },
  'health.concurrency': {
    kind: 'integer',
    default: 8,
    min: 1,
    max: 1000,
    help: 'health checks in flight at once',
  },
  'health.remove_after_days': {
    kind: 'integer',
    default: 30,
    min: 1,
    max: 3650,
    help: 'a community offline this long is deregistered',
  },
  'health.grace_days': {
    kind: 'integer',
    default: 7,
    min: 0,
    max: 3650,
    help: 'its owner is told this long before (a notice)',
  },
  'search.default_limit': {
    kind: 'integer',
    default: 20,
    min: 1,
    max: 100,
    help: 'results per page when a search names no limit (at most 100)',
  },
  ...TAIL_KEYS,
} as const satisfies Record<string, KeySpec>;

/** A configuration key of the directory. */
export type ConfigKey = keyof typeof CONFIG_KEYS;

/** A loaded, validated configuration. */
export type Config = ConfigOf<typeof CONFIG_KEYS>;

/** Options of {@link loadConfig}. */
export type LoadConfigOptions = KitLoadOptions<typeof CONFIG_KEYS>;

const loader = defineConfig(CONFIG_KEYS, {
  program: 'nexuslink-directory',
  title: 'a NexusLink directory (community listings, search, health, reports, KYC)',
  usage: [
    'nexuslink-directory [serve] [--config FILE]    start the directory',
    'nexuslink-directory migrate [--config FILE]    apply database migrations and exit',
    'nexuslink-directory init [--config FILE]       write nexuslink.toml (or FILE) with every key, to edit',
    'nexuslink-directory --help                     this text',
  ],
  check(config) {
    checkServerConfig(config);
    if (config['database.read_url'] !== '' && config['database.driver'] !== 'postgres')
      throw new ConfigError('database.read_url needs database.driver = postgres');
  },
});

/**
 * Load the configuration: defaults < file < environment < overrides.
 *
 * @throws ConfigError for an unreadable file, an unknown key or a bad value.
 */
export function loadConfig(options: LoadConfigOptions = {}): Config {
  return loader.load(options);
}

/** The `--help` text: usage, commands, and every key with its default and variable. */
export function helpText(): string {
  return loader.help();
}

/** The configuration file `init` writes: every key at its default, commented out. */
export function configTemplate(): string {
  return loader.template();
}
