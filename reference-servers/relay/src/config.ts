/**
 * The relay's configuration keys (loaded by the kit's `defineConfig`:
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
import type { Quotas } from './store.ts';

export { ConfigError, envName };

const MIB = 1024 * 1024;

/** Every configuration key, its default and what it does. */
export const CONFIG_KEYS = {
  ...serverKeys({
    port: 8430,
    name: 'NexusLink relay',
    dataDir: './nexuslink-relay-data',
    example: 'https://relay.example.org',
  }),
  'auth.token_ttl_s': {
    kind: 'integer',
    default: 3600,
    min: 30,
    max: 86_400,
    help: 'lifetime of a login token',
  },
  'auth.challenge_ttl_s': {
    kind: 'integer',
    default: 60,
    min: 5,
    max: 600,
    help: 'how long a login nonce stays valid',
  },
  'limits.blob_bytes': {
    kind: 'integer',
    default: 256 * 1024,
    min: 1024,
    max: 16 * MIB,
    help: 'largest blob a device may leave',
  },
  'limits.default_ttl_s': {
    kind: 'integer',
    default: 7 * 86_400,
    min: 60,
    max: 365 * 86_400,
    help: 'how long a blob is kept when the sender names no TTL',
  },
  'limits.max_ttl_s': {
    kind: 'integer',
    default: 30 * 86_400,
    min: 60,
    max: 365 * 86_400,
    help: 'the longest TTL a sender may ask for',
  },
  'limits.recipient_blobs': {
    kind: 'integer',
    default: 1000,
    min: 1,
    max: 10_000_000,
    help: 'blobs held for one device at once',
  },
  'limits.recipient_bytes': {
    kind: 'integer',
    default: 64 * MIB,
    min: 1024,
    max: 1024 * 1024 * MIB,
    help: 'bytes held for one device at once',
  },
  'limits.sender_blobs': {
    kind: 'integer',
    default: 5000,
    min: 1,
    max: 10_000_000,
    help: 'blobs one sending device may have held at once',
  },
  'limits.sender_bytes': {
    kind: 'integer',
    default: 256 * MIB,
    min: 1024,
    max: 1024 * 1024 * MIB,
    help: 'bytes one sending device may have held at once',
  },
  'limits.rate_per_minute': {
    kind: 'integer',
    default: 600,
    min: 1,
    max: 1_000_000,
    help: 'requests per client address per minute',
  },
  'limits.puts_per_minute': {
    kind: 'integer',
    default: 120,
    min: 1,
    max: 1_000_000,
    help: 'blobs one sending device may leave per minute',
  },
  'limits.auth_rate_per_minute': {
    kind: 'integer',
    default: 30,
    min: 1,
    max: 100_000,
    help: 'login requests (challenge, login) per client address per minute',
  },
  'limits.sender_share_percent': {
    kind: 'integer',
    default: 25,
    min: 1,
    max: 100,
    help: "most of one mailbox's blobs and bytes (percent of limits.recipient_*) one sending device may hold",
  },
  'limits.stranger_share_percent': {
    kind: 'integer',
    default: 25,
    min: 0,
    max: 100,
    help: "most of one mailbox's blobs and bytes (percent) that senders it never acknowledged may hold, all together",
  },
  'limits.streams': {
    kind: 'integer',
    default: 10_000,
    min: 1,
    max: 1_000_000,
    help: 'logged-in delivery streams (WebSockets) open at once; streams before their auth frame count apart',
  },
  'limits.pending_streams': {
    kind: 'integer',
    default: 1000,
    min: 1,
    max: 1_000_000,
    help: 'delivery streams waiting for their auth frame at once (when full, the oldest is closed)',
  },
  'limits.pending_streams_per_address': {
    kind: 'integer',
    default: 16,
    min: 1,
    max: 1_000_000,
    help: 'delivery streams waiting for their auth frame from one client address',
  },
  'limits.stream_auth_timeout_ms': {
    kind: 'integer',
    default: 10_000,
    min: 100,
    max: 600_000,
    help: 'how long a delivery stream may wait before its auth frame (then closed with 4001)',
  },
  'limits.connections_per_address': {
    kind: 'integer',
    default: 256,
    min: 0,
    max: 1_000_000,
    help: 'TCP connections from one peer address at once (behind a proxy: the proxy); 0: no limit',
  },
  'limits.pending_connections': {
    kind: 'integer',
    default: 4096,
    min: 1,
    max: 1_000_000,
    help: 'connections of all addresses together that are not logged-in delivery streams (one more is closed at once); keep it under the file limit less limits.streams',
  },
  'limits.idle_timeout_ms': {
    kind: 'integer',
    default: 10_000,
    min: 100,
    max: 3_600_000,
    help: 'an HTTP connection that sends nothing this long (no request yet, or between requests) is closed',
  },
  'limits.request_timeout_ms': {
    kind: 'integer',
    default: 60_000,
    min: 1000,
    max: 3_600_000,
    help: 'longest time to receive one request, headers and body',
  },
  'expiry.interval_ms': {
    kind: 'integer',
    default: 60_000,
    min: 100,
    max: 86_400_000,
    help: 'how often expired blobs (and expired known-sender marks) are deleted',
  },
  'expiry.known_sender_s': {
    kind: 'integer',
    default: 14 * 86_400,
    min: 60,
    max: 365 * 86_400,
    help: 'a sender stays known to a mailbox this long (up to twice this) after its last acknowledged blob',
  },
  'circuit.enabled': {
    kind: 'boolean',
    default: false,
    help: 'run a libp2p circuit relay (v2) for devices behind NATs',
  },
  'circuit.listen': {
    kind: 'list',
    default: ['/ip4/127.0.0.1/tcp/4001'],
    help: 'circuit relay listen multiaddrs (TCP, /quic-v1, /ws); loopback like server.host: use /ip4/0.0.0.0/... to serve others',
  },
  'circuit.announce': {
    kind: 'list',
    default: [],
    help: 'circuit relay addresses to announce instead (the public ones, behind 1:1 NAT)',
  },
  'circuit.max_reservations': {
    kind: 'integer',
    default: 1024,
    min: 1,
    max: 1_000_000,
    help: 'devices holding a circuit relay reservation at once',
  },
  'turn.secret': {
    kind: 'string',
    default: '',
    secret: true,
    help: "coturn's static-auth-secret (at least 16 characters); empty: no TURN credentials",
  },
  'turn.urls': {
    kind: 'list',
    default: [],
    help: 'TURN URLs handed out with credentials, e.g. turn:relay.example.org:3478?transport=udp',
  },
  'turn.ttl_s': {
    kind: 'integer',
    default: 86_400,
    min: 60,
    max: 30 * 86_400,
    help: 'lifetime of TURN credentials',
  },
  ...TAIL_KEYS,
} as const satisfies Record<string, KeySpec>;

/** A configuration key of the relay. */
export type ConfigKey = keyof typeof CONFIG_KEYS;

/** A loaded, validated configuration. */
export type Config = ConfigOf<typeof CONFIG_KEYS>;

/** Options of {@link loadConfig}. */
export type LoadConfigOptions = KitLoadOptions<typeof CONFIG_KEYS>;

const loader = defineConfig(CONFIG_KEYS, {
  program: 'nexuslink-relay',
  title: 'a NexusLink relay (offline blobs, circuit relay, TURN credentials)',
  usage: [
    'nexuslink-relay [serve] [--config FILE]    start the relay',
    'nexuslink-relay migrate [--config FILE]    apply database migrations and exit',
    'nexuslink-relay init [--config FILE]       write nexuslink.toml (or FILE) with every key, to edit',
    'nexuslink-relay --help                     this text',
  ],
  check(config) {
    checkServerConfig(config);
    if (config['limits.default_ttl_s'] > config['limits.max_ttl_s'])
      throw new ConfigError('limits.default_ttl_s is over limits.max_ttl_s');
    if (config['turn.secret'] !== '' && config['turn.secret'].length < 16)
      throw new ConfigError('turn.secret must be at least 16 characters');
    if (config['turn.secret'] !== '' && config['turn.urls'].length === 0)
      throw new ConfigError('turn.secret needs turn.urls');
    for (const u of config['turn.urls'])
      if (!/^turns?:[^\s]+$/.test(u)) throw new ConfigError(`turn.urls: ${u} is not a turn: URL`);
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

/** The quotas a put is checked against (spec/relay.md §4.1), from the `limits.*` keys. */
export function quotasOf(config: Config): Required<Quotas> {
  return {
    recipientBlobs: config['limits.recipient_blobs'],
    recipientBytes: config['limits.recipient_bytes'],
    senderBlobs: config['limits.sender_blobs'],
    senderBytes: config['limits.sender_bytes'],
    senderSharePercent: config['limits.sender_share_percent'],
    strangerSharePercent: config['limits.stranger_share_percent'],
  };
}
