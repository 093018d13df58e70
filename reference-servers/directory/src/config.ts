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
  'notices.push_interval_ms': {
    kind: 'integer',
    default: 10_000,
    min: 100,
    max: 3_600_000,
    help: "how often owner notices waiting for an owner's notice hook are posted to it",
  },
  'notices.push_timeout_ms': {
    kind: 'integer',
    default: 5000,
    min: 100,
    max: 60_000,
    help: "how long the directory waits for an owner's notice hook to answer",
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
  'health.stats_interval_ms': {
    kind: 'integer',
    default: 3_600_000,
    min: 200,
    max: 86_400_000,
    help: "how often a listed community's GET /v1/server is read for its member count and last activity",
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
  'official.endpoint': {
    kind: 'string',
    default: '',
    help: "the origin of the directory's own community server (the reference community server, run beside it with server.publish_channels): its listing is marked official and GET /v1/official shows it and its public channels",
  },
  'reports.per_day': {
    kind: 'integer',
    default: 20,
    min: 1,
    max: 10_000,
    help: 'abuse reports one identity may file per day (each also needs a solved proof of work)',
  },
  'reports.flag_threshold': {
    kind: 'integer',
    default: 5,
    min: 1,
    max: 10_000,
    help: 'open reports of one target, from different identities, that raise an anomaly flag',
  },
  'reports.retention_days': {
    kind: 'integer',
    default: 365,
    min: 1,
    max: 3650,
    help: 'days a handled report is kept',
  },
  'kyc.provider': {
    kind: 'string',
    default: 'review',
    help: 'who checks applications: review (the built-in document review by staff) or webhook (a third-party service: kyc.webhook_url, kyc.webhook_secret)',
  },
  'kyc.key_file': {
    kind: 'string',
    default: '',
    help: "the master key file wrapping each document's key (created, mode 0600, when missing); empty: kyc-master.key in server.data_dir. Ignored when kyc.pkcs11_module is set",
  },
  'kyc.pkcs11_module': {
    kind: 'string',
    default: '',
    help: 'a PKCS#11 module (an HSM; SoftHSM) holding the master key instead of a key file',
  },
  'kyc.pkcs11_token': {
    kind: 'string',
    default: '',
    help: "the token's label (with kyc.pkcs11_module)",
  },
  'kyc.pkcs11_pin': {
    kind: 'string',
    default: '',
    secret: true,
    help: "the token's user PIN (with kyc.pkcs11_module)",
  },
  'kyc.pkcs11_key_label': {
    kind: 'string',
    default: 'nexuslink-kyc-master',
    help: "the master key's label on the token (generated there, never extractable, when missing)",
  },
  'kyc.retention_days': {
    kind: 'integer',
    default: 90,
    min: 1,
    max: 3650,
    help: "days after a decision an application's documents and data fields are deleted (its status is kept)",
  },
  'kyc.sweep_interval_ms': {
    kind: 'integer',
    default: 3_600_000,
    min: 200,
    max: 86_400_000,
    help: 'how often documents past their retention are looked for',
  },
  'kyc.max_document_bytes': {
    kind: 'integer',
    default: 4 * 1024 * 1024,
    min: 1024,
    max: 64 * 1024 * 1024,
    help: 'bytes of one uploaded document',
  },
  'kyc.max_documents': {
    kind: 'integer',
    default: 8,
    min: 1,
    max: 100,
    help: 'documents of one application',
  },
  'kyc.applications_per_day': {
    kind: 'integer',
    default: 5,
    min: 1,
    max: 10_000,
    help: 'applications one identity may start per day',
  },
  'kyc.credential_ttl_days': {
    kind: 'integer',
    default: 30,
    min: 1,
    max: 365,
    help: 'how long a verified credential is valid (the holder fetches a new one as it nears its end)',
  },
  'kyc.webhook_url': {
    kind: 'string',
    default: '',
    help: 'with kyc.provider = webhook: where a check is started (POST, signed with kyc.webhook_secret)',
  },
  'kyc.webhook_secret': {
    kind: 'string',
    default: '',
    secret: true,
    help: 'with kyc.provider = webhook: the HMAC-SHA256 secret shared with the provider, both ways',
  },
  'privacy.dpo_contact': {
    kind: 'string',
    default: '',
    help: "the data protection officer's contact (an address), shown at GET /v1/privacy/dpo",
  },
  'privacy.consent_version': {
    kind: 'string',
    default: '1',
    help: 'the version of the KYC consent text applicants agree to (recorded with each consent)',
  },
  'staff.session_ttl_s': {
    kind: 'integer',
    default: 8 * 3600,
    min: 60,
    max: 7 * 86_400,
    help: 'how long a staff login lasts',
  },
  'staff.max_login_failures': {
    kind: 'integer',
    default: 5,
    min: 1,
    max: 1000,
    help: 'failed logins per staff name (and per address) in 15 minutes before further attempts are refused',
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
    'nexuslink-directory staff add NAME ROLE        add a staff account (reviewer, auditor, admin); prints its password',
    'nexuslink-directory staff password NAME        give a staff account a new password; prints it',
    'nexuslink-directory staff disable NAME         end a staff account and its sessions',
    'nexuslink-directory staff list                 every staff account and its role',
    'nexuslink-directory --help                     this text',
  ],
  check(config) {
    checkServerConfig(config);
    if (config['database.read_url'] !== '' && config['database.driver'] !== 'postgres')
      throw new ConfigError('database.read_url needs database.driver = postgres');
    if (
      config['official.endpoint'] !== '' &&
      !/^https?:\/\/[^/?#\s]+$/.test(config['official.endpoint'])
    )
      throw new ConfigError('official.endpoint must be an origin: https://host[:port]');
    if (!['review', 'webhook'].includes(config['kyc.provider']))
      throw new ConfigError('kyc.provider must be review or webhook');
    if (
      config['kyc.provider'] === 'webhook' &&
      (config['kyc.webhook_url'] === '' || config['kyc.webhook_secret'].length < 32)
    )
      throw new ConfigError(
        'kyc.provider = webhook needs kyc.webhook_url and a kyc.webhook_secret of at least 32 characters',
      );
    if (config['kyc.pkcs11_module'] !== '' && config['kyc.pkcs11_token'] === '')
      throw new ConfigError('kyc.pkcs11_module needs kyc.pkcs11_token (and kyc.pkcs11_pin)');
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
