/**
 * The community server's configuration keys (the loader is the kit's
 * `defineConfig`: defaults < `nexuslink.toml` or `--config FILE` <
 * `NEXUSLINK_SECTION_NAME` variables < overrides; `--help` lists them all).
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
import { parseUuid } from '@nexuslink/sdk';
import type { EnvelopeQuota, Retention } from './repository.ts';

export { ConfigError, envName };

/** Every configuration key, its default and what it does. */
export const CONFIG_KEYS = {
  ...serverKeys({
    port: 8420,
    name: 'NexusLink community',
    dataDir: './nexuslink-data',
    example: 'https://chat.example.org',
  }),
  'server.owner': {
    kind: 'string',
    default: '',
    help: 'the NexusLink UUID of the server owner (made owner when it logs in; nobody else is); empty: no owner',
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
    help: 'failed logins or refreshes of one address (or failed logins of one verified device) before it is locked out',
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
  'server.publish_stats': {
    kind: 'boolean',
    default: true,
    help: 'GET /v1/server tells how many members the server has and when its last message was sent (what directories list)',
  },
  'server.publish_channels': {
    kind: 'boolean',
    default: false,
    help: "GET /v1/server/channels lists the public channels (name, topic, members) to anyone: for a server meant to be found, such as a directory's official one",
  },
  'membership.credential_issuer': {
    kind: 'string',
    default: '',
    help: "a directory's origin: new members must present its verified credential (spec/directory.md §6.5) at their first login; empty: none needed",
  },
  'membership.credential_issuer_keys': {
    kind: 'string',
    default: '',
    help: "the issuer's keys as JSON (the keys of its GET /v1/kyc/issuer), pinned; empty: fetched from it once at start",
  },
  'membership.required_claims': {
    kind: 'string',
    default: 'verified',
    help: 'claims the credential must disclose as true: verified, age_over_18 (comma-separated)',
  },
  'membership.countries': {
    kind: 'string',
    default: '',
    help: 'if set, the credential must disclose a country among these (ISO codes, comma-separated: DE,FR)',
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
  // Prekey draining (spec/community.md §4, Prekeys): each one-time prekey
  // handed out is gone, so fetches are limited per requester and per device.
  'limits.prekey_window_ms': {
    kind: 'integer',
    default: 3_600_000,
    min: 1_000,
    max: 7 * 86_400_000,
    help: 'the sliding window of the three prekey fetch limits',
  },
  'limits.prekey_one_time_per_requester': {
    kind: 'integer',
    default: 10,
    min: 0,
    max: 1_000_000,
    help: 'one-time prekeys one member may take from one device per window; past it, its bundles of that device carry none (signed and last-resort KEM prekeys only)',
  },
  'limits.prekey_one_time_per_device': {
    kind: 'integer',
    default: 100,
    min: 0,
    max: 1_000_000,
    help: 'one-time prekeys one device hands out per window, to all members together; past it, its bundles carry none',
  },
  'limits.prekey_bundles_per_requester': {
    kind: 'integer',
    default: 60,
    min: 1,
    max: 1_000_000,
    help: 'bundles of one device one member may fetch per window; past it, RATE_LIMITED',
  },
  'limits.request_timeout_ms': {
    kind: 'integer',
    default: 10_000,
    min: 100,
    max: 600_000,
    help: 'a connection that has not sent a whole request (headers) by then is closed',
  },
  'limits.connections_per_address': {
    kind: 'integer',
    default: 64,
    min: 1,
    max: 1_000_000,
    help: 'connections one client address may hold that are not logged-in WebSockets',
  },
  'limits.pending_connections': {
    kind: 'integer',
    default: 2_048,
    min: 1,
    max: 1_000_000,
    help: 'connections all addresses together may hold that are not logged-in WebSockets',
  },
  'limits.queue_per_stranger': {
    kind: 'integer',
    default: 1_000,
    min: 1,
    max: 10_000_000,
    help: 'undelivered envelopes one device keeps from one sender its member never wrote to',
  },
  'limits.queue_strangers_percent': {
    kind: 'integer',
    default: 50,
    min: 1,
    max: 100,
    help: 'share of limits.queue_per_device that senders the member never wrote to may fill together',
  },
  'limits.idempotency_window_s': {
    kind: 'integer',
    default: 7 * 86_400,
    min: 60,
    max: 365 * 86_400,
    help: 'how long a send client id is remembered: a retry within it is never queued twice',
  },
  'retention.envelopes_days': {
    kind: 'integer',
    default: 30,
    min: 0,
    max: 36_500,
    help: 'undelivered envelopes older than this are deleted (0: kept until acknowledged)',
  },
  'retention.channel_messages_days': {
    kind: 'integer',
    default: 0,
    min: 0,
    max: 36_500,
    help: 'channel messages older than this are deleted (0: kept for ever)',
  },
  'retention.prekeys_days': {
    kind: 'integer',
    default: 30,
    min: 0,
    max: 36_500,
    help: 'one-time prekeys handed out longer ago than this are deleted (0: kept)',
  },
  'retention.purge_interval_ms': {
    kind: 'integer',
    default: 60_000,
    min: 100,
    max: 86_400_000,
    help: 'how often expired logins and what the retention settings allow are deleted',
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
  ...TAIL_KEYS,
} as const satisfies Record<string, KeySpec>;

/** A configuration key of the community server. */
export type ConfigKey = keyof typeof CONFIG_KEYS;

/** A loaded, validated configuration. */
export type Config = ConfigOf<typeof CONFIG_KEYS>;

/** Options of {@link loadConfig}. */
export type LoadConfigOptions = KitLoadOptions<typeof CONFIG_KEYS>;

const loader = defineConfig(CONFIG_KEYS, {
  program: 'nexuslink-community',
  title: 'a NexusLink community server',
  usage: [
    'nexuslink-community [serve] [--config FILE]    start the server',
    'nexuslink-community migrate [--config FILE]    apply database migrations and exit',
    'nexuslink-community init [--config FILE]       write nexuslink.toml (or FILE) with every key, to edit',
    'nexuslink-community --help                     this text',
  ],
  check: (config) => {
    checkServerConfig(config);
    const owner = config['server.owner'];
    if (owner !== '') {
      try {
        parseUuid(owner);
      } catch {
        throw new ConfigError('server.owner must be a NexusLink UUID (nexuslink identity show)');
      }
    }
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

const DAY_MS = 86_400_000;

/** What the retention settings keep, in ms, for {@link Repository.purgeExpired} (0: for ever). */
export function retentionOf(config: Config): Retention {
  return {
    envelopesMs: config['retention.envelopes_days'] * DAY_MS,
    channelMessagesMs: config['retention.channel_messages_days'] * DAY_MS,
    preKeysMs: config['retention.prekeys_days'] * DAY_MS,
    idempotencyMs: config['limits.idempotency_window_s'] * 1000,
  };
}

/** The queue limits of one device, for {@link Repository.enqueue}. */
export function envelopeQuota(config: Config): EnvelopeQuota {
  const total = config['limits.queue_per_device'];
  return {
    total,
    perStranger: config['limits.queue_per_stranger'],
    strangers: Math.max(1, Math.floor((total * config['limits.queue_strangers_percent']) / 100)),
  };
}
