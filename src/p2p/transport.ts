/**
 * `p2pTransport`: envelopes device to device over libp2p (spec/p2p.md §4),
 * with no server. Node-only (TCP, QUIC, WebSockets, WebRTC, circuit relays).
 *
 * - The libp2p node runs under the device's transport key (an Ed25519 seed
 *   the app keeps); its PeerId is bound to the device by a peer binding the
 *   transport signs with the device key when it starts.
 * - A stream begins with a `PeerHello` from each side. Each verifies the
 *   other's certificates and binding against the PeerId the Noise handshake
 *   proved; the dialer also checks that it reached the device it meant. A
 *   mismatch ends the stream: `PEER_MISMATCH`.
 * - `send` stores the envelope in the transport's outbox (its own Storage)
 *   and resolves: it is accepted, and delivered as soon as the recipient is
 *   reachable, in order per recipient, retried with backoff. The recipient
 *   stores it in its inbox before it acknowledges; only then does it leave
 *   the outbox. Delivery is at least once, as for every transport.
 * - Two NATed Node peers cannot hole-punch TCP or QUIC in js-libp2p, so a
 *   connection through a circuit relay is upgraded to WebRTC (ICE, with the
 *   STUN/TURN servers of `iceServers`) when it can be; streams then move to
 *   it, and stay on the relay when it cannot (spec/p2p.md §6.1).
 */
import type { Connection, PeerId, Stream } from '@libp2p/interface';
import type { Libp2p } from 'libp2p';
import { NexusError } from '../interfaces/errors.js';
import type { Clock } from '../interfaces/runtime.js';
import type { DeviceAddress } from '../interfaces/sessions.js';
import type { PreKeyDirectory, PreKeyUpload } from '../interfaces/directory.js';
import type { Storage } from '../interfaces/storage.js';
import { verifyPreKeyUpload } from '../community/prekeys.js';
import { memoryPreKeyDirectory } from '../transport/prekey-directory.js';
import type { InboundEnvelope, Transport, TransportState } from '../interfaces/transport.js';
import type { RevocationList } from '../identity/certificates.js';
import { SigningKeyPair } from '../identity/signing-key.js';
import { uuidFromPublicKey } from '../identity/uuid.js';
import { fromHex, toHex } from '../primitives/bytes.js';
import { listAll } from '../storage/list-all.js';
import { Consumers } from '../transport/consumer.js';
import { checkAddress, checkEnvelope } from '../transport/memory.js';
import { signedMessageCodec } from '../wire/messages.js';
import { peerFrameCodec } from '../wire/p2p.js';
import type { PeerFrame } from '../wire/gen/nexuslink/v1/p2p_pb.js';

type FrameInit = NonNullable<Parameters<typeof peerFrameCodec.encode>[0]['frame']>;
import { dialableAddresses } from './addresses.js';
import { loadLibp2p, loadWebRtc } from './libp2p.js';
import type { Libp2pModules } from './libp2p.js';
import { createRelayedEnvelope, verifyRelayedEnvelope } from './relayed.js';
import type { RelayClient, RelayStream } from '../relay/client.js';
import { relayMailbox } from '../relay/mailbox.js';
import { createPeerBinding, PEER_BINDING_TTL_MS, verifyPeerBinding } from './binding.js';
import type { SigningDevice } from './invite.js';
import {
  createDeviceRecord,
  deviceRecordKey,
  selectDeviceRecord,
  verifyDeviceRecord,
} from './record.js';
import { peerIdFromEd25519PublicKey, peerIdFromString, peerIdToString } from './peer-id.js';

/** The libp2p protocol of NexusLink envelope streams. */
export const ENVELOPE_PROTOCOL = '/nexuslink/envelope/1.0.0';
/** The libp2p protocol a device answers prekey-bundle requests on. */
export const PREKEY_PROTOCOL = '/nexuslink/prekeys/1.0.0';

/** Where a device can be reached: what an invite or a discovery record says. */
export interface P2PPeerInfo {
  /** Its PeerId (text form). */
  readonly peerId: string;
  /** Multiaddrs to dial. */
  readonly addresses: readonly string[];
}

/** Options of {@link p2pTransport}. */
export interface P2PTransportOptions {
  /** This device: its identity, certificates and signing key. */
  readonly device: SigningDevice;
  /** The 32-byte Ed25519 seed of the device's transport key (keep it with the device's secrets). */
  readonly transportKey: Uint8Array;
  /** The transport's own storage (its inbox and outbox), not the client's. */
  readonly storage: Storage;
  /** Where a device is reached now (an address book, mDNS, the DHT); null when unknown. */
  readonly resolve: (address: DeviceAddress) => Promise<P2PPeerInfo | null>;
  /**
   * The newest revocation list this device holds for an identity (from its
   * contacts), if any: a peer whose device is on it is refused in the hello
   * (`REVOKED`).
   */
  readonly revocationList?: (uuid: string) => Uint8Array | RevocationList | null;
  /**
   * Multiaddrs to listen on: TCP (`/ip4/…/tcp/<port>`), QUIC
   * (`/ip4/…/udp/<port>/quic-v1`) and WebSockets (`/ip4/…/tcp/<port>/ws`).
   * Default `/ip4/0.0.0.0/tcp/0` and `/ip4/0.0.0.0/udp/0/quic-v1`; `[]` with
   * relays: reachable only through them (and WebRTC, upgraded from there).
   * Whatever this says, the transport dials all of TCP, QUIC, WebSockets,
   * circuit relays and (unless `webrtc` is false) WebRTC.
   */
  readonly listen?: readonly string[];
  /**
   * Circuit relays (multiaddrs ending in `/p2p/<relay PeerId>`) to hold a
   * reservation on, so that devices that cannot dial this one directly reach
   * it through them (`<relay>/p2p-circuit/p2p/<this PeerId>`, among
   * `addresses`). Devices may also dial others through relays whatever this says.
   */
  readonly relays?: readonly string[];
  /**
   * WebRTC (on by default when the optional `@libp2p/webrtc` package is
   * installed): a connection through a circuit relay that this device opened
   * is upgraded to a WebRTC connection (ICE finds a direct path, or one
   * through a TURN server of `iceServers`), and streams move to it; with
   * `relays`, this device also listens on `/webrtc` so that others can do
   * the same. `false`: relayed connections stay relayed. `true`: required
   * (`start` fails with `TRANSPORT`, naming the package, when it is missing).
   */
  readonly webrtc?: boolean;
  /**
   * STUN and TURN servers for WebRTC (shaped like the browser's
   * `RTCIceServer`; at most 8, each with 1 to 4 URLs). Default none: no
   * third-party STUN server learns this device's address unless the app
   * names one. TURN usernames and credentials (`turnCredentials` makes them)
   * are never printed, in errors or by `util.inspect`.
   */
  readonly iceServers?: readonly P2PIceServer[];
  /**
   * `'relay'`: this device offers the peer its TURN (relay) candidates only
   * (needs a TURN server in `iceServers`). Default `'all'`. Unlike a
   * browser's, node-datachannel's `'relay'` does not hide this device's
   * address: it still sends connectivity checks from its own socket, so a
   * peer that offers its own addresses may be reached directly and learn
   * this device's address. Both sides on `'relay'` go through TURN.
   */
  readonly iceTransportPolicy?: 'all' | 'relay';
  /**
   * Find devices on the local network by mDNS (service `_nexuslink._udp.local`):
   * a device `resolve` names by PeerId alone (no addresses, as an invite
   * without hints) is dialed where mDNS saw it. Off by default.
   */
  readonly mdns?: boolean | { readonly intervalMs?: number };
  /**
   * Join NexusLink's Kademlia DHT (protocol `/nexuslink/kad/1.0.0`) through
   * these bootstrap multiaddrs: this device publishes its signed record
   * there (spec/p2p.md §7), and a device `resolve` does not know is looked
   * up there (only records that verify count). `server: false` (the default)
   * queries and publishes without storing others' records.
   */
  readonly dht?: { readonly bootstrap: readonly string[]; readonly server?: boolean };
  /**
   * An offline relay (`reference-servers/relay`, spec/p2p.md §8), through
   * this device's `RelayClient`. An envelope whose recipient has not been
   * reachable for `afterMs` (default 10 s) is signed with this device's
   * certificates and left in the recipient's mailbox there (with it, every
   * envelope queued behind it); this device fetches its own mailbox when it
   * connects, whenever the relay's delivery stream says a blob arrived, and
   * every `pollMs` (default 30 s); checks each blob, puts it in the inbox and
   * deletes it at the relay by a signed acknowledgement.
   */
  readonly offlineRelay?: {
    readonly client: RelayClient;
    readonly afterMs?: number;
    readonly pollMs?: number;
    /** Keep the relay's delivery stream open (default true); false: polls only. */
    readonly stream?: boolean;
    /** How long the relay keeps what this device leaves (default: the relay's). */
    readonly ttlSeconds?: number;
  };
  /** Delays between delivery attempts to an unreachable device (default 500 ms doubling to 30 s). */
  readonly retry?: { readonly initialDelayMs?: number; readonly maxDelayMs?: number };
  readonly clock?: Clock;
}

/**
 * A STUN or TURN server for WebRTC, shaped like the browser's `RTCIceServer`.
 *
 * @example
 * ```ts
 * const { username, password } = turnCredentials({ secret, id: device.uuid });
 * const iceServers = [
 *   { urls: 'stun:turn.example.org:3478' },
 *   { urls: 'turn:turn.example.org:3478?transport=udp', username, credential: password },
 * ];
 * ```
 */
export interface P2PIceServer {
  /**
   * `stun:`, `stuns:`, `turn:` or `turns:` URLs: a host name or IP literal,
   * an optional port and, for TURN, an optional `?transport=udp|tcp`.
   */
  readonly urls: string | readonly string[];
  /** The TURN username (required with `turn:`/`turns:` URLs). */
  readonly username?: string;
  /** The TURN password (required with `turn:`/`turns:` URLs). Never printed. */
  readonly credential?: string;
}

/**
 * How the connection to a peer goes now: `'direct'` (TCP, QUIC, WebSockets,
 * or WebRTC over host, server- or peer-reflexive ICE candidates), `'turn'`
 * (WebRTC whose selected ICE candidate pair goes through a TURN server),
 * `'relay'` (through a circuit relay only), `'none'` (no connection).
 */
export type P2PPath = 'direct' | 'turn' | 'relay' | 'none';

/** A change of the {@link P2PPath} to a peer. */
export interface P2PPathChange {
  /** The peer's PeerId (text form). */
  readonly peerId: string;
  /** The device that PeerId proved to be in a hello, if one was exchanged yet. */
  readonly device: DeviceAddress | null;
  /** The path now. */
  readonly path: P2PPath;
}

/** A {@link Transport} over libp2p, with what a peer needs to find this device. */
export interface P2PTransport extends Transport {
  /** This device's PeerId (text form). */
  readonly peerId: string;
  /** The multiaddrs it listens on now (empty until connected). */
  readonly addresses: readonly string[];
  /**
   * Call `listener` when a delivery attempt fails (the envelope stays in
   * the outbox and is tried again later), with the reason: `TRANSPORT`
   * (unreachable), `PEER_MISMATCH` (the peer reached is not that device), or
   * the verification error of its certificates. Returns the function that stops it.
   */
  onDeliveryFailure(listener: (to: DeviceAddress, error: NexusError) => void): () => void;
  /**
   * How the connection to a device (or a PeerId) goes now: the path of the
   * connection its envelopes and prekey requests would use (the best one
   * open: direct, then TURN, then relay), `'none'` when there is none.
   *
   * @example
   * ```ts
   * await transport.send(bob, envelope);
   * console.log(await transport.pathTo(bob)); // 'relay', later 'direct' once upgraded
   * ```
   * @throws NexusError `INVALID_ARGUMENT` for a malformed address or PeerId.
   */
  pathTo(peer: DeviceAddress | string): Promise<P2PPath>;
  /**
   * Call `listener` when the path to a peer changes (a connection opens,
   * closes, or is upgraded from a relay to WebRTC). Returns the function
   * that stops it.
   */
  onPathChange(listener: (change: P2PPathChange) => void): () => void;
  /**
   * A prekey directory with no server: this device's prekeys are published
   * to the transport itself, which hands its bundle (with one one-time X25519
   * and one one-time ML-KEM prekey at a time, each once, while any is left)
   * to whoever asks; other devices' bundles are asked
   * of those devices directly. `devicesOf` says which devices an identity
   * has (its contact card or invite); devices that cannot be reached now are
   * left out of `fetchBundles`.
   */
  preKeyDirectory(options: {
    readonly devicesOf: (uuid: string) => Promise<readonly DeviceAddress[]>;
  }): PreKeyDirectory;
}

const VALUE_VERSION = 1;
/** The Kademlia protocol of NexusLink's DHT. */
export const DHT_PROTOCOL = '/nexuslink/kad/1.0.0';
/** The mDNS service NexusLink devices announce themselves under. */
const MDNS_SERVICE = '_nexuslink._udp.local';
const RECENT_ACKS = 10_000;
const HELLO_TIMEOUT_MS = 10_000;
/** Largest hello or prekey request read from a peer not yet verified. */
const HELLO_MAX_BYTES = 16 * 1024;
/** An incoming stream with no frame for this long is closed (the sender opens another). */
const IDLE_TIMEOUT_MS = 5 * 60 * 1000;
/** Waiting for the peer to read what was sent. */
const DRAIN_TIMEOUT_MS = 60_000;
/** Envelopes held for the app from one sending device, and from all. */
const MAX_INBOX_PER_SENDER = 1_000;
const MAX_INBOX = 10_000;
/** Peers remembered from their hellos. */
const MAX_LEARNED = 1_000;
/** Bundles with a one-time prekey handed to one PeerId per minute. */
const PREKEY_REQUESTS_PER_MINUTE = 10;
/** A peer binding is signed again when it has less than this left. */
const BINDING_RENEW_MS = 24 * 60 * 60 * 1000;
/** How often a device publishes its record again (its lifetime is a day). */
const DHT_REPUBLISH_MS = 60 * 60 * 1000;
/** The longest a DHT query (a lookup, a publication) may take. */
const DHT_QUERY_MS = 15_000;
/** The longest a WebRTC upgrade of a relayed connection may take (ICE, DTLS, SCTP, identify). */
const UPGRADE_TIMEOUT_MS = 30_000;
/** How long an upgrade looks for a direct WebRTC path before it offers TURN candidates. */
const DIRECT_ATTEMPT_MS = 8_000;
/** How often a relayed connection with a direct one beside it is looked at, to close it once idle. */
const RETIRE_INTERVAL_MS = 1_000;
/** A relayed connection still carrying streams after this long is left to idle out on its own. */
const RETIRE_GIVE_UP_MS = IDLE_TIMEOUT_MS + 60_000;
const MAX_ICE_SERVERS = 8;
const MAX_ICE_URLS = 4;
/** A host name or IP literal, a port, and (TURN only) a transport: nothing else (no user info). */
const ICE_URL =
  /^(?:(stuns?)|(turns?)):(?:\[[0-9A-Fa-f:.]{2,45}\]|[A-Za-z0-9.-]{1,253})(?::(\d{1,5}))?(\?transport=(?:udp|tcp))?$/;
const keyOf = (a: DeviceAddress) => `${a.uuid}/${a.deviceId}`;

/**
 * Check `iceServers` and copy it (frozen), so a later change by the caller
 * changes nothing. Messages never repeat a URL or credential.
 */
function checkIceServers(value: unknown, policy: unknown): readonly P2PIceServer[] {
  if (value === undefined) value = [];
  if (!Array.isArray(value) || value.length > MAX_ICE_SERVERS)
    throw new NexusError(
      'INVALID_ARGUMENT',
      `iceServers is an array of at most ${MAX_ICE_SERVERS} servers`,
    );
  let turn = false;
  const out = value.map((server: unknown, i): P2PIceServer => {
    const where = `iceServers[${i}]`;
    if (typeof server !== 'object' || server === null)
      throw new NexusError('INVALID_ARGUMENT', `${where} is an object with urls`);
    const { urls, username, credential } = server as Record<string, unknown>;
    const list: unknown[] = typeof urls === 'string' ? [urls] : Array.isArray(urls) ? urls : [];
    if (list.length < 1 || list.length > MAX_ICE_URLS)
      throw new NexusError('INVALID_ARGUMENT', `${where}.urls holds 1 to ${MAX_ICE_URLS} URLs`);
    let needsCredentials = false;
    for (const url of list) {
      const m = typeof url === 'string' ? ICE_URL.exec(url) : null;
      const port = m?.[3] === undefined ? 1 : Number(m[3]);
      // ?transport= belongs to TURN URLs only (RFC 7065).
      if (!m || port < 1 || port > 65_535 || (m[1] !== undefined && m[4] !== undefined))
        throw new NexusError(
          'INVALID_ARGUMENT',
          `${where}.urls: each is stun:, stuns:, turn: or turns: with a host, an optional port and, for TURN, an optional ?transport=udp|tcp`,
        );
      if (m[2] !== undefined) needsCredentials = true;
    }
    // Printable: no control characters (code points below 0x20, and 0x7f).
    const text = (v: unknown) =>
      typeof v === 'string' &&
      v.length >= 1 &&
      v.length <= 512 &&
      [...v].every((ch) => ch.codePointAt(0)! >= 0x20 && ch !== '\x7f');
    if (username !== undefined || credential !== undefined || needsCredentials) {
      if (!text(username) || !text(credential))
        throw new NexusError(
          'INVALID_ARGUMENT',
          `${where}: a TURN server needs a username and a credential, each 1 to 512 printable characters`,
        );
    }
    turn ||= needsCredentials;
    return Object.freeze({
      urls: Object.freeze([...(list as string[])]),
      ...(username !== undefined
        ? { username: username as string, credential: credential as string }
        : {}),
    });
  });
  if (policy !== undefined && policy !== 'all' && policy !== 'relay')
    throw new NexusError('INVALID_ARGUMENT', "iceTransportPolicy is 'all' or 'relay'");
  if (policy === 'relay' && !turn)
    throw new NexusError(
      'INVALID_ARGUMENT',
      "iceTransportPolicy 'relay' needs a turn: or turns: server in iceServers",
    );
  return Object.freeze(out);
}

/**
 * The WebRTC configuration for node-datachannel. It writes each TURN URL as
 * `turn:<username>:<credential>@host` and libdatachannel URL-decodes both:
 * unencoded, the ':' of a TURN REST username or the '/', '+', '=' of a
 * base64 password break the URL (and the native error repeats it, password
 * included). A new object each time: libp2p and the polyfill change it.
 *
 * TURN servers are left out unless `withTurn()` (or the policy is
 * `'relay'`): with a relay candidate on offer, ICE may nominate a pair
 * through TURN before a direct one has been checked, so an upgrade first
 * tries without TURN and only then, if no direct path was found, with it.
 */
function rtcConfiguration(
  servers: readonly P2PIceServer[],
  policy: 'all' | 'relay',
  withTurn: () => boolean,
): () => RTCConfiguration {
  return () => {
    const turn = policy === 'relay' || withTurn();
    return {
      iceTransportPolicy: policy,
      iceServers: servers
        .map((s) => ({ ...s, urls: [...s.urls].filter((u) => turn || !/^turns?:/.test(u)) }))
        .filter((s) => s.urls.length > 0)
        .map((s) => ({
          urls: s.urls,
          ...(s.username !== undefined && turn
            ? {
                username: encodeURIComponent(s.username),
                credential: encodeURIComponent(s.credential!),
              }
            : {}),
        })),
    };
  };
}

/** The name of each part of a multiaddr (`ip4`, `tcp`, `p2p-circuit`, `webrtc` …). */
const partsOf = (c: Connection) => c.remoteAddr.getComponents().map((p) => p.name);

/** A connection through a circuit relay (not a WebRTC one set up through it). */
function isRelayed(c: Connection): boolean {
  const parts = partsOf(c);
  return !parts.includes('webrtc') && (c.limits != null || parts.includes('p2p-circuit'));
}

/**
 * The path of one connection. For WebRTC, the ICE candidate pair that
 * node-datachannel selected: a relay (TURN) candidate on either side is
 * `'turn'`. libp2p keeps the RTCPeerConnection on the connection's
 * multiaddr connection (`maConn.peerConnection`, @libp2p/webrtc's
 * RTCPeerConnectionMultiaddrConnection), which its types do not show.
 */
function pathOf(c: Connection): P2PPath {
  if (isRelayed(c)) return 'relay';
  if (!partsOf(c).includes('webrtc')) return 'direct';
  const pc = (c as { maConn?: { peerConnection?: SelectedPair } }).maConn?.peerConnection;
  let pair: CandidatePair | null = null;
  try {
    pair = pc?.selectedCandidatePair?.() ?? null;
  } catch {
    // a closing peer connection has none
  }
  return pair?.local?.type === 'relay' || pair?.remote?.type === 'relay' ? 'turn' : 'direct';
}

/** An ICE candidate pair as node-datachannel gives it (`type`: host, srflx, prflx or relay). */
interface CandidatePair {
  readonly local?: { readonly type?: string };
  readonly remote?: { readonly type?: string };
}

/** node-datachannel's RTCPeerConnection polyfill: the selected ICE candidate pair. */
interface SelectedPair {
  selectedCandidatePair?(): CandidatePair | null;
}

const PATH_RANK: Record<P2PPath, number> = { direct: 0, turn: 1, relay: 2, none: 3 };

/** Whether a dial failed because the peer proved another key than the PeerId dialed. */
function isUnexpectedPeer(err: unknown, depth = 0): boolean {
  if (!(err instanceof Error) || depth > 3) return false;
  // TCP and WebSockets (Noise): UnexpectedPeerError; QUIC (TLS) says it in a plain Error.
  if (err.name === 'UnexpectedPeerError' || /^Dialed peer \S+ but connected to /.test(err.message))
    return true;
  const inner = (err as { errors?: unknown[] }).errors ?? [];
  return [...inner, err.cause].some((e) => isUnexpectedPeer(e, depth + 1));
}

/**
 * A transport over libp2p (TCP, QUIC, WebSockets, circuit relays and
 * WebRTC; Noise and yamux where the transport needs them). Call `connect()`
 * to start it; publish `peerId` and `addresses` (an invite, a discovery
 * record) so others can resolve this device.
 *
 * @example
 * ```ts
 * const transport = p2pTransport({
 *   device, transportKey, storage, resolve,
 *   relays: ['/dns4/relay.example.org/tcp/4001/p2p/12D3KooW…'],
 *   iceServers: [{ urls: 'turn:turn.example.org:3478', username, credential }],
 * });
 * await transport.connect();
 * ```
 * @throws NexusError `INVALID_ARGUMENT` for a bad transport key, device,
 *   `webrtc`, `iceServers` or `iceTransportPolicy`.
 */
export function p2pTransport(options: P2PTransportOptions): P2PTransport {
  if (!(options.transportKey instanceof Uint8Array) || options.transportKey.length !== 32)
    throw new NexusError('INVALID_ARGUMENT', 'the transport key is a 32-byte Ed25519 seed');
  if (typeof options.resolve !== 'function')
    throw new NexusError('INVALID_ARGUMENT', 'p2pTransport needs a resolve function');
  if (options.webrtc !== undefined && typeof options.webrtc !== 'boolean')
    throw new NexusError('INVALID_ARGUMENT', 'webrtc is true or false');
  const iceServers = checkIceServers(options.iceServers, options.iceTransportPolicy);
  return new Libp2pTransport(options, iceServers);
}

/** The DHT service of a node started with `dht` (the part of its API used here). */
function dhtOf(node: Libp2p): {
  put(k: Uint8Array, v: Uint8Array, o: { signal: AbortSignal }): AsyncIterable<{ name: string }>;
  get(
    k: Uint8Array,
    o: { signal: AbortSignal },
  ): AsyncIterable<{ name: string; value?: Uint8Array }>;
} {
  return (node.services as { dht: ReturnType<typeof dhtOf> }).dht;
}

/** Reads length-prefixed PeerFrames from a stream. */
class FrameReader {
  readonly #chunks: AsyncIterator<Uint8Array | { subarray(): Uint8Array }>;
  /** Received bytes not yet returned, as they came (joined only when a frame is complete). */
  #parts: Uint8Array[] = [];
  #length = 0;
  constructor(stream: Stream) {
    this.#chunks = (stream as unknown as AsyncIterable<Uint8Array>)[Symbol.asyncIterator]();
  }
  #take(n: number): Uint8Array {
    const out = new Uint8Array(n);
    let o = 0;
    while (o < n) {
      const part = this.#parts[0]!;
      const k = Math.min(part.length, n - o);
      out.set(part.subarray(0, k), o);
      o += k;
      if (k === part.length) this.#parts.shift();
      else this.#parts[0] = part.subarray(k);
    }
    this.#length -= n;
    return out;
  }
  #peekLength(): number {
    const head = this.#parts.length === 1 ? this.#parts[0]! : this.#join();
    return new DataView(head.buffer, head.byteOffset, 4).getUint32(0);
  }
  #join(): Uint8Array {
    const all = new Uint8Array(this.#length);
    let o = 0;
    for (const p of this.#parts) {
      all.set(p, o);
      o += p.length;
    }
    this.#parts = [all];
    return all;
  }
  /** The next frame (at most `maxBytes`), or null at the end of the stream. */
  async next(maxBytes = peerFrameCodec.maxBytes): Promise<PeerFrame | null> {
    for (;;) {
      if (this.#length >= 4) {
        const length = this.#peekLength();
        if (length > maxBytes) throw new NexusError('MALFORMED', 'a peer frame is too large');
        if (this.#length >= 4 + length) {
          this.#take(4);
          return peerFrameCodec.decode(this.#take(length));
        }
      }
      const r = await this.#chunks.next();
      if (r.done) return null;
      const chunk = r.value instanceof Uint8Array ? r.value : r.value.subarray();
      this.#parts.push(chunk);
      this.#length += chunk.length;
    }
  }
}

async function write(stream: Stream, frame: FrameInit): Promise<void> {
  const body = peerFrameCodec.encode({ frame });
  const out = new Uint8Array(4 + body.length);
  new DataView(out.buffer).setUint32(0, body.length);
  out.set(body, 4);
  if (!stream.send(out)) await stream.onDrain({ signal: AbortSignal.timeout(DRAIN_TIMEOUT_MS) });
}

/** A frame (at most `maxBytes`) within `ms`, or TRANSPORT. */
async function nextFrame(
  reader: FrameReader,
  ms: number,
  maxBytes?: number,
): Promise<PeerFrame | null> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  try {
    return await Promise.race([
      reader.next(maxBytes),
      new Promise<never>((_, reject) => {
        timer = setTimeout(
          () => reject(new NexusError('TRANSPORT', 'the peer did not answer in time')),
          ms,
        );
      }),
    ]);
  } finally {
    clearTimeout(timer);
  }
}

interface Held {
  readonly key: string;
  readonly id: string;
  /** The sending device (`uuid/deviceId`), for the per-sender limit. */
  readonly from: string;
  readonly envelope: Uint8Array;
  readonly acceptedAt: number;
}

/** A stored inbox or outbox value: a version byte and an envelope PeerFrame. */
function storedValue(id: Uint8Array, envelope: Uint8Array, acceptedAt: number): Uint8Array {
  const frame = peerFrameCodec.encode({
    frame: { case: 'envelope', value: { id, envelope, acceptedAtMs: BigInt(acceptedAt) } },
  });
  const out = new Uint8Array(1 + frame.length);
  out[0] = VALUE_VERSION;
  out.set(frame, 1);
  return out;
}

function readStored(value: Uint8Array): {
  id: Uint8Array;
  envelope: Uint8Array;
  acceptedAt: number;
} {
  if (value[0] !== VALUE_VERSION)
    throw new NexusError('UNSUPPORTED_VERSION', `a stored envelope has version ${value[0]}`);
  const f = peerFrameCodec.decode(value.subarray(1)).frame;
  if (f.case !== 'envelope') throw new NexusError('STORAGE', 'a stored envelope is damaged');
  return { id: f.value.id, envelope: f.value.envelope, acceptedAt: Number(f.value.acceptedAtMs) };
}

class Libp2pTransport implements P2PTransport {
  readonly kind = 'libp2p';
  readonly address: DeviceAddress;
  readonly peerId: string;
  readonly #options: P2PTransportOptions;
  readonly #clock: Clock;
  #state: TransportState = 'disconnected';
  #node: Libp2p | null = null;
  /** The libp2p functions, loaded by the first start. */
  #lib: Libp2pModules | null = null;
  #starting: Promise<void> | null = null;
  #binding: Uint8Array | null = null;
  #bindingExpiresAt = 0;
  /** The last sequence number of an inbox or outbox key. */
  #seq = 0;
  /** Envelopes held per sending device (`uuid/deviceId`), for the per-sender limit. */
  readonly #perSender = new Map<string, number>();
  /** When each PeerId last asked for prekeys (the last minute). */
  readonly #prekeyAsks = new Map<string, number[]>();
  readonly #listeners = new Set<(state: TransportState) => void>();
  readonly #failureListeners = new Set<(to: DeviceAddress, error: NexusError) => void>();
  /** The inbox by envelope id, oldest first (loaded from storage when connecting). */
  readonly #inbox = new Map<string, Held>();
  readonly #recentAcks = new Set<string>();
  readonly #consumers = new Consumers();
  /** Recipients whose outbox is being delivered, and those to look at again after. */
  readonly #flushing = new Map<string, { again: boolean }>();
  readonly #retryTimers = new Map<
    string,
    { timer: ReturnType<typeof setTimeout>; delay: number }
  >();
  #republish: ReturnType<typeof setInterval> | null = null;
  /** Ends the DHT queries in flight when the transport closes. */
  readonly #dhtAbort = new AbortController();
  /** PeerIds of devices that opened a stream to this one and proved who they are. */
  readonly #learned = new Map<string, string>();
  /** This device's published prekeys (kept in memory: after a restart the client publishes new ones). */
  readonly #prekeys = memoryPreKeyDirectory({ clock: { now: () => this.#clock.now() } });
  /** Open outgoing streams per recipient, with the connection each is on. */
  readonly #streams = new Map<
    string,
    { stream: Stream; reader: FrameReader; connection: Connection }
  >();
  /** The STUN/TURN servers, checked and frozen. */
  readonly #iceServers: readonly P2PIceServer[];
  /** Upgrades offering TURN candidates now (see `rtcConfiguration`). */
  #turnDials = 0;
  readonly #pathListeners = new Set<(change: P2PPathChange) => void>();
  /** The last path reported per PeerId (absent: `'none'`). */
  readonly #paths = new Map<string, P2PPath>();
  /** The device each PeerId proved to be in a hello (the most recent {@link MAX_LEARNED}). */
  readonly #deviceOf = new Map<string, DeviceAddress>();
  /** PeerIds a WebRTC upgrade is under way to. */
  readonly #upgrading = new Set<string>();
  /** Per PeerId, the timer closing its relayed connections once a direct one carries the streams. */
  readonly #retiring = new Map<string, ReturnType<typeof setInterval>>();
  /** Ends upgrades in flight when the transport closes. */
  readonly #abort = new AbortController();
  /** The offline relay's poll timer, while connected. */
  #relayPoll: ReturnType<typeof setInterval> | undefined;
  /** The offline relay's delivery stream, while open (or opening). */
  #relayStream: Promise<RelayStream | null> | null = null;

  constructor(options: P2PTransportOptions, iceServers: readonly P2PIceServer[]) {
    this.#options = options;
    this.#iceServers = iceServers;
    this.#clock = options.clock ?? { now: () => Date.now() };
    const d = options.device;
    this.address = Object.freeze({
      uuid: uuidFromPublicKey(d.identityKey),
      deviceId: toHex(d.deviceId),
    });
    checkAddress(this.address);
    this.peerId = peerIdToString(
      peerIdFromEd25519PublicKey(SigningKeyPair.fromSeed(options.transportKey).publicKey.bytes),
    );
  }

  get state(): TransportState {
    return this.#state;
  }

  get addresses(): readonly string[] {
    return this.#node ? this.#node.getMultiaddrs().map((m) => m.toString()) : [];
  }

  #set(state: TransportState): void {
    if (state === this.#state) return;
    this.#state = state;
    this.#wake();
    for (const listener of [...this.#listeners]) {
      try {
        listener(state);
      } catch {
        // a listener's failure is its own
      }
    }
  }

  #wake(): void {
    this.#consumers.wake();
  }

  /** Put an envelope in the inbox (it is stored already). */
  #hold(held: Held): void {
    this.#inbox.set(held.id, held);
    this.#perSender.set(held.from, (this.#perSender.get(held.from) ?? 0) + 1);
  }

  #live(): void {
    if (this.#state === 'closed') throw new NexusError('TRANSPORT', 'the transport is closed');
  }

  async connect(): Promise<void> {
    this.#live();
    if (this.#state === 'connected') return;
    this.#starting ??= this.#start().finally(() => {
      this.#starting = null;
    });
    return this.#starting;
  }

  #loaded(): Libp2pModules {
    if (!this.#lib) throw new NexusError('TRANSPORT', 'the transport is not started');
    return this.#lib;
  }

  async #start(): Promise<void> {
    this.#set('connecting');
    let node: Libp2p | null = null;
    try {
      const webrtc = this.#options.webrtc !== false;
      const lib = await loadLibp2p('p2pTransport');
      // WebRTC is on by default when its package is installed; asked for explicitly, it is required.
      const webRTC = webrtc ? await loadWebRtc(this.#options.webrtc === true) : null;
      this.#lib = lib;
      const { circuitRelayTransport, identify, kadDHT, mdns, noise, ping, quic, tcp } = lib;
      const { webSockets, yamux } = lib;
      const privateKey = await lib.generateKeyPairFromSeed('Ed25519', this.#options.transportKey);
      await this.#currentBinding();
      const inbox = await this.#options.storage.read((tx) => listAll(tx, 'inbox'));
      const outbox = await this.#options.storage.read((tx) => listAll(tx, 'outbox'));
      this.#inbox.clear();
      this.#perSender.clear();
      for (const { key, value } of inbox) {
        const [seq, uuid, deviceId] = key.split('/');
        const stored = readStored(value);
        this.#hold({
          key,
          id: toHex(stored.id),
          from: `${uuid}/${deviceId}`,
          envelope: stored.envelope,
          acceptedAt: stored.acceptedAt,
        });
        this.#seq = Math.max(this.#seq, Number(seq));
      }
      // Keys carry a sequence number that only grows (not the clock, which may step back).
      for (const { key } of outbox) this.#seq = Math.max(this.#seq, Number(key.split('/')[2]));
      const services = {
        identify: identify(),
        ...(this.#options.dht
          ? {
              ping: ping(),
              dht: kadDHT({
                protocol: DHT_PROTOCOL,
                clientMode: !this.#options.dht.server,
                peerInfoMapper: lib.passthroughMapper,
                validators: {
                  nexuslink: (key: Uint8Array, value: Uint8Array) => {
                    verifyDeviceRecord(value, { key, now: this.#clock.now() });
                  },
                },
                selectors: {
                  nexuslink: (key: Uint8Array, records: Uint8Array[]) =>
                    Math.max(0, selectDeviceRecord(key, records, this.#clock.now())),
                },
              }),
            }
          : {}),
      };
      const relays = this.#options.relays ?? [];
      node = await lib.createLibp2p({
        privateKey,
        addresses: {
          listen: [
            ...(this.#options.listen ?? ['/ip4/0.0.0.0/tcp/0', '/ip4/0.0.0.0/udp/0/quic-v1']),
            ...relays.map((r) => `${r}/p2p-circuit`),
            // `<relay>/p2p-circuit/webrtc` addresses: where others start a WebRTC connection.
            ...(webRTC && relays.length > 0 ? ['/webrtc'] : []),
          ],
        },
        transports: [
          tcp(),
          quic(),
          webSockets(),
          circuitRelayTransport(),
          ...(webRTC
            ? [
                webRTC({
                  rtcConfiguration: rtcConfiguration(
                    this.#iceServers,
                    this.#options.iceTransportPolicy ?? 'all',
                    () => this.#turnDials > 0,
                  ),
                }),
              ]
            : []),
        ],
        // The DHT's services are there only when it is on.
        services: services as never,
        connectionEncrypters: [noise()],
        streamMuxers: [yamux()],
        peerDiscovery: this.#options.mdns
          ? [
              mdns({
                serviceTag: MDNS_SERVICE,
                interval:
                  (typeof this.#options.mdns === 'object' && this.#options.mdns.intervalMs) ||
                  10_000,
              }),
            ]
          : [],
      });
      // Relayed connections are limited in time and bytes (spec/p2p.md §6); envelopes go on them.
      await node.handle(
        ENVELOPE_PROTOCOL,
        (stream, connection) => {
          void this.#serve(stream, connection).catch(() => stream.abort(new Error('refused')));
        },
        { runOnLimitedConnection: true, maxInboundStreams: 8 },
      );
      await node.handle(
        PREKEY_PROTOCOL,
        (stream, connection) => {
          void this.#servePreKeys(stream, connection).catch(() =>
            stream.abort(new Error('refused')),
          );
        },
        { runOnLimitedConnection: true, maxInboundStreams: 2 },
      );
      node.addEventListener('connection:open', (event) => {
        const connection = event.detail;
        this.#pathChanged(connection.remotePeer);
        if (webRTC && isRelayed(connection) && connection.direction === 'outbound')
          void this.#upgrade(connection);
        if (!isRelayed(connection)) this.#retireRelayed(connection.remotePeer);
      });
      node.addEventListener('connection:close', (event) =>
        this.#pathChanged(event.detail.remotePeer, event.detail),
      );
      if (this.#state === 'closed') throw new NexusError('TRANSPORT', 'the transport is closed');
      this.#node = node;
      this.#set('connected');
      if (this.#options.dht) this.#joinDht(this.#options.dht.bootstrap);
      this.#pollRelay();
      // Whatever waits in the outbox goes out now.
      const recipients = new Set(outbox.map((p) => p.key.split('/').slice(0, 2).join('/')));
      for (const r of recipients) this.#flush(r);
    } catch (cause) {
      // Nothing may keep listening (or announcing) after a failed start.
      if (this.#node === node) this.#node = null;
      await Promise.resolve(node?.stop()).catch(() => undefined);
      if (this.#state !== 'closed') this.#set('disconnected');
      throw cause instanceof NexusError
        ? cause
        : new NexusError('TRANSPORT', 'the libp2p node did not start', { cause });
    }
  }

  /** This device's peer binding, signed again when less than a day of it is left. */
  async #currentBinding(): Promise<Uint8Array> {
    const now = this.#clock.now();
    if (this.#binding === null || this.#bindingExpiresAt - now < BINDING_RENEW_MS) {
      const d = this.#options.device;
      this.#binding = await createPeerBinding({
        signer: d.signer,
        deviceId: d.deviceId,
        peerId: peerIdFromString(this.peerId),
        createdAt: now,
      });
      this.#bindingExpiresAt = now + PEER_BINDING_TTL_MS;
    }
    return this.#binding;
  }

  async #hello(): Promise<FrameInit> {
    const d = this.#options.device;
    const binding = await this.#currentBinding();
    return {
      case: 'hello',
      value: {
        version: 1,
        identityKey: d.identityKey,
        selfSigningCertificate: signedMessageCodec.decode(d.selfSigningCertificate),
        deviceCertificate: signedMessageCodec.decode(d.deviceCertificate),
        peerBinding: signedMessageCodec.decode(binding),
      },
    };
  }

  /** Verify a hello against the connection; returns the device address it proves. */
  #verifyHello(frame: PeerFrame | null, connection: Connection): DeviceAddress {
    if (frame?.frame.case !== 'hello')
      throw new NexusError('MALFORMED', 'a peer stream starts with a hello');
    const h = frame.frame.value;
    let uuid: string;
    try {
      uuid = uuidFromPublicKey(h.identityKey);
    } catch (cause) {
      throw new NexusError('MALFORMED', 'the hello names no valid identity key', { cause });
    }
    const verified = verifyPeerBinding(signedMessageCodec.encode(h.peerBinding!), {
      identity: h.identityKey,
      selfSigningCertificate: signedMessageCodec.encode(h.selfSigningCertificate!),
      deviceCertificate: signedMessageCodec.encode(h.deviceCertificate!),
      revocationList: this.#options.revocationList?.(uuid) ?? null,
      peerId: peerIdFromString(connection.remotePeer.toString()),
      now: this.#clock.now(),
    });
    return { uuid: verified.uuid, deviceId: toHex(verified.device.deviceId) };
  }

  /** An incoming stream: hellos, then envelopes stored and acknowledged one by one. */
  async #serve(stream: Stream, connection: Connection): Promise<void> {
    const reader = new FrameReader(stream);
    const from = this.#verifyHello(
      await nextFrame(reader, HELLO_TIMEOUT_MS, HELLO_MAX_BYTES),
      connection,
    );
    const sender = keyOf(from);
    this.#learn(sender, connection.remotePeer.toString());
    await write(stream, await this.#hello());
    // It can be reached now: whatever waits for it goes out.
    this.#flush(sender);
    for (;;) {
      const frame = await nextFrame(reader, IDLE_TIMEOUT_MS);
      if (frame === null) break;
      if (frame.frame.case !== 'envelope')
        throw new NexusError('MALFORMED', 'only envelopes follow the hello');
      const { id, envelope } = frame.frame.value;
      await this.#accept(sender, id, envelope);
      await write(stream, { case: 'ack', value: { id } });
    }
    await stream.close();
  }

  /**
   * Store an envelope from `sender` in the inbox (once: an id already held
   * or recently acknowledged is skipped) and hand it out.
   *
   * @throws NexusError `TRANSPORT` when the inbox is full (nothing is
   *   acknowledged: the sender tries again later).
   */
  async #accept(sender: string, id: Uint8Array, envelope: Uint8Array): Promise<void> {
    const idHex = toHex(id);
    if (this.#recentAcks.has(idHex) || this.#inbox.has(idHex)) return;
    if ((this.#perSender.get(sender) ?? 0) >= MAX_INBOX_PER_SENDER || this.#inbox.size >= MAX_INBOX)
      throw new NexusError('TRANSPORT', 'the inbox is full');
    // Accepted now, by this device's clock (the contract's "network" is the receiver here).
    const acceptedAt = this.#clock.now();
    const key = `${String(++this.#seq).padStart(16, '0')}/${sender}/${idHex}`;
    await this.#options.storage.write((tx) =>
      tx.put('inbox', key, storedValue(id, envelope, acceptedAt)),
    );
    this.#hold({ key, id: idHex, from: sender, envelope, acceptedAt });
    this.#wake();
  }

  /**
   * Fetch this device's mailbox at the offline relay: each blob that
   * verifies enters the inbox; then every fetched blob (those that do not
   * verify too: nobody can use them) is deleted by a signed acknowledgement.
   * A blob stored before a crash and fetched again is skipped by its id.
   */
  async #fetchRelayed(): Promise<void> {
    const relay = this.#options.offlineRelay?.client;
    if (!relay || this.#state !== 'connected') return;
    for (let round = 0; round < 100; round++) {
      const held = await relay.held({ limit: 100 });
      if (held.length === 0) return;
      const done: string[] = [];
      for (const blob of held) {
        let verified;
        try {
          verified = verifyRelayedEnvelope(blob.blob, {
            recipient: this.address,
            revocationList: (uuid) => this.#options.revocationList?.(uuid) ?? null,
            now: this.#clock.now(),
          });
        } catch {
          done.push(blob.id); // forged, damaged or not for this device
          continue;
        }
        await this.#accept(keyOf(verified.from), verified.id, verified.envelope);
        done.push(blob.id);
      }
      await relay.ack(done);
      if (held.length < 100) return;
    }
  }

  /**
   * Fetch from the relay now, then whenever its delivery stream says a blob
   * arrived, and every `pollMs` (which also reopens a stream that ended),
   * while connected.
   */
  #pollRelay(): void {
    const relay = this.#options.offlineRelay;
    if (!relay) return;
    let running = false;
    let again = false;
    const poll = () => {
      if (this.#state !== 'connected') return;
      if (running) {
        again = true;
        return;
      }
      running = true;
      again = false;
      void this.#fetchRelayed()
        .catch(() => undefined) // unreachable or full: the next poll tries again
        .finally(() => {
          running = false;
          if (again) poll();
        });
    };
    const listen = () => {
      if (this.#relayStream || this.#state !== 'connected' || relay.stream === false) return;
      this.#relayStream = relay.client
        .stream(() => poll())
        .then(
          (stream) => {
            if (this.#state !== 'connected') stream.close();
            void stream.closed.then(() => (this.#relayStream = null));
            return stream;
          },
          () => (this.#relayStream = null),
        );
    };
    poll();
    listen();
    if (this.#relayPoll) clearInterval(this.#relayPoll);
    this.#relayPoll = setInterval(() => {
      poll();
      listen();
    }, relay.pollMs ?? 30_000);
    this.#relayPoll.unref?.();
  }

  /** Leave an envelope for `recipient` at the offline relay. */
  async #leaveAtRelay(
    recipient: string,
    e: { id: Uint8Array; envelope: Uint8Array; acceptedAt: number },
  ): Promise<void> {
    const relay = this.#options.offlineRelay!;
    const [uuid, deviceId] = recipient.split('/') as [string, string];
    const blob = await createRelayedEnvelope({
      device: this.#options.device,
      recipient: { uuid, deviceId },
      ...e,
    });
    await relay.client.put(relayMailbox({ uuid, deviceId: fromHex(deviceId) }), blob, {
      ...(relay.ttlSeconds === undefined ? {} : { ttlSeconds: relay.ttlSeconds }),
    });
  }

  /** Remember which PeerId proved to be `device` (the most recent {@link MAX_LEARNED}). */
  #learn(device: string, peerId: string): void {
    this.#learned.delete(device);
    this.#learned.set(device, peerId);
    if (this.#learned.size > MAX_LEARNED) this.#learned.delete(this.#learned.keys().next().value!);
    this.#proved(device, peerId);
  }

  /** Remember that `peerId` proved to be `device` in a hello (for path reports). */
  #proved(device: string, peerId: string): void {
    const [uuid, deviceId] = device.split('/') as [string, string];
    this.#deviceOf.delete(peerId);
    this.#deviceOf.set(peerId, Object.freeze({ uuid, deviceId }));
    if (this.#deviceOf.size > MAX_LEARNED)
      this.#deviceOf.delete(this.#deviceOf.keys().next().value!);
  }

  /** The open connection to `peer` that streams use: direct first, then TURN, then relayed. */
  #bestConnection(peer: PeerId, except?: Connection): Connection | undefined {
    const open = (this.#node?.getConnections(peer) ?? []).filter(
      (c) => c.status === 'open' && c !== except,
    );
    let best: Connection | undefined;
    for (const c of open) if (!best || PATH_RANK[pathOf(c)] < PATH_RANK[pathOf(best)]) best = c;
    return best;
  }

  /** Tell the path listeners when the path to `peer` changed (`closing`: a connection going away). */
  #pathChanged(peer: PeerId, closing?: Connection): void {
    const peerId = peer.toString();
    const best = this.#bestConnection(peer, closing);
    const path = best ? pathOf(best) : 'none';
    if ((this.#paths.get(peerId) ?? 'none') === path) return;
    if (path === 'none') this.#paths.delete(peerId);
    else this.#paths.set(peerId, path);
    if (this.#state === 'closed') return;
    const change = Object.freeze({ peerId, device: this.#deviceOf.get(peerId) ?? null, path });
    for (const listener of [...this.#pathListeners]) {
      try {
        listener(change);
      } catch {
        // a listener's failure is its own
      }
    }
  }

  /**
   * Upgrade a relayed connection this device opened to WebRTC: signalling
   * (SDP offer and answer, ICE candidates) goes over the relayed connection,
   * then ICE finds a path. Only the side that opened the relayed connection
   * starts it, so two peers do not build two. A first attempt offers no TURN
   * candidates (a direct path, within {@link DIRECT_ATTEMPT_MS}); when it
   * finds none and `iceServers` has a TURN server, a second attempt offers
   * this device's TURN candidates (the answering side never does: one relay
   * candidate is enough whatever the NATs). When both fail, everything stays
   * on the relay.
   */
  async #upgrade(relayed: Connection): Promise<void> {
    const node = this.#node;
    const peerId = relayed.remotePeer.toString();
    const best = this.#bestConnection(relayed.remotePeer);
    if (!node || this.#upgrading.has(peerId) || (best && pathOf(best) !== 'relay')) return;
    this.#upgrading.add(peerId);
    try {
      const deadline = AbortSignal.any([
        this.#abort.signal,
        AbortSignal.timeout(UPGRADE_TIMEOUT_MS),
      ]);
      // libp2p joins a dial to a peer with one under way: the dial that opened
      // this connection may still be finishing (this runs as it opens).
      while (node.getDialQueue().some((d) => relayed.remotePeer.equals(d.peerId))) {
        await new Promise((r) => setTimeout(r, 20));
        deadline.throwIfAborted();
      }
      const target = this.#loaded().multiaddr(
        `${relayed.remoteAddr.toString().replace(/\/p2p\/[^/]+$/, '')}/webrtc/p2p/${peerId}`,
      );
      const hasTurn = this.#iceServers.some((s) => [s.urls].flat().some((u) => /^turns?:/.test(u)));
      const policy = this.#options.iceTransportPolicy ?? 'all';
      if (policy === 'all') {
        try {
          await node.dial(target, {
            signal: AbortSignal.any([deadline, AbortSignal.timeout(DIRECT_ATTEMPT_MS)]),
          });
          return;
        } catch (err) {
          if (!hasTurn || deadline.aborted) throw err;
        }
      }
      this.#turnDials++;
      try {
        await node.dial(target, { signal: deadline });
      } finally {
        this.#turnDials--;
      }
    } catch {
      // No WebRTC path (or the peer has no WebRTC): the relayed connection stays.
    } finally {
      this.#upgrading.delete(peerId);
    }
  }

  /**
   * With a direct (or TURN) connection to `peer` open, close its relayed
   * connections once no stream is left on them: outgoing envelope streams
   * move over at their next envelope (`#streamTo`), incoming ones end when
   * the peer moves or after {@link IDLE_TIMEOUT_MS}. Nothing in flight is
   * cut; should that ever happen, the envelope is sent again (at least once).
   */
  #retireRelayed(peer: PeerId): void {
    const peerId = peer.toString();
    if (this.#retiring.has(peerId)) return;
    const started = Date.now();
    let idleBefore = new Set<Connection>();
    const timer = setInterval(() => {
      const node = this.#node;
      const all = (node?.getConnections(peer) ?? []).filter((c) => c.status === 'open');
      const relayed = all.filter(isRelayed);
      if (
        !node ||
        relayed.length === 0 ||
        relayed.length === all.length ||
        Date.now() - started > RETIRE_GIVE_UP_MS
      ) {
        clearInterval(timer);
        this.#retiring.delete(peerId);
        return;
      }
      // Idle at two looks in a row: no stream was about to start on it.
      const idle = new Set(relayed.filter((c) => c.streams.length === 0));
      for (const c of idle)
        if (idleBefore.has(c)) void c.close().catch((err: Error) => c.abort(err));
      idleBefore = idle;
    }, RETIRE_INTERVAL_MS);
    timer.unref?.();
    this.#retiring.set(peerId, timer);
  }

  /**
   * A prekey request: this device's bundle, consuming one one-time prekey;
   * at most {@link PREKEY_REQUESTS_PER_MINUTE} per asking PeerId, then none
   * (so nobody drains the one-time prekeys by asking in a loop).
   */
  async #servePreKeys(stream: Stream, connection: Connection): Promise<void> {
    const reader = new FrameReader(stream);
    const request = await nextFrame(reader, HELLO_TIMEOUT_MS, HELLO_MAX_BYTES);
    if (request?.frame.case !== 'prekeyRequest')
      throw new NexusError('MALFORMED', 'a prekey stream starts with a request');
    const asker = connection.remotePeer.toString();
    const now = this.#clock.now();
    const recent = (this.#prekeyAsks.get(asker) ?? []).filter((t) => now - t < 60_000);
    let bundles: Uint8Array[] = [];
    if (recent.length < PREKEY_REQUESTS_PER_MINUTE) {
      recent.push(now);
      bundles = await this.#prekeys.fetchBundles(this.address.uuid);
    }
    this.#prekeyAsks.delete(asker);
    this.#prekeyAsks.set(asker, recent);
    if (this.#prekeyAsks.size > MAX_LEARNED)
      this.#prekeyAsks.delete(this.#prekeyAsks.keys().next().value!);
    await write(stream, { case: 'prekeyResponse', value: { bundles } });
    await stream.close();
  }

  /**
   * Where `device` is: what `resolve` says, else the PeerId it proved when it
   * last opened a stream here (dialed at the addresses libp2p saw it on).
   */
  async #where(device: DeviceAddress): Promise<P2PPeerInfo | null> {
    const info = await this.#options.resolve(device);
    if (info) return info;
    const learned = this.#learned.get(keyOf(device));
    if (learned) return { peerId: learned, addresses: [] };
    return this.#options.dht ? this.#lookUp(device) : null;
  }

  /** Dial the bootstrap peers, then publish this device's record (and again before it expires), in the background. */
  #joinDht(bootstrap: readonly string[]): void {
    const node = this.#node!;
    const signal = this.#dhtAbort.signal;
    const publish = async (): Promise<number> => {
      if (this.#state !== 'connected' || this.#node !== node) return 0;
      const record = await createDeviceRecord({
        device: this.#options.device,
        peerBinding: await this.#currentBinding(),
        // At most 8: relay addresses first (a device behind a NAT has no other
        // that works), no `/webrtc` ones (they are the relay ones, upgraded).
        addresses: [
          ...this.addresses.filter((a) => a.includes('/p2p-circuit/p2p/')),
          ...this.addresses.filter((a) => !a.includes('/p2p-circuit/')),
        ].slice(0, 8),
        clock: this.#clock,
      });
      const bounded = AbortSignal.any([signal, AbortSignal.timeout(DHT_QUERY_MS)]);
      let stored = 0;
      for await (const event of dhtOf(node).put(deviceRecordKey(this.address), record, {
        signal: bounded,
      }))
        if (event.name === 'PEER_RESPONSE') stored++;
      return stored;
    };
    void (async () => {
      await Promise.allSettled(
        bootstrap.map((a) => node.dial(this.#loaded().multiaddr(a), { signal })),
      );
      // Until a peer holds it: right after the dials the routing table may still be empty.
      for (let attempt = 0; attempt < 30 && !signal.aborted; attempt++) {
        if ((await publish().catch(() => 0)) > 0) return;
        await new Promise<void>((resolve) => {
          setTimeout(resolve, 1_000).unref?.();
        });
      }
    })();
    this.#republish = setInterval(() => void publish().catch(() => undefined), DHT_REPUBLISH_MS);
    this.#republish.unref?.();
  }

  /** A device's record from the DHT, verified; null when none verifies. */
  async #lookUp(device: DeviceAddress): Promise<P2PPeerInfo | null> {
    const node = this.#node;
    if (!node) return null;
    const key = deviceRecordKey(device);
    const found: Uint8Array[] = [];
    const signal = AbortSignal.any([this.#dhtAbort.signal, AbortSignal.timeout(DHT_QUERY_MS)]);
    try {
      for await (const event of dhtOf(node).get(key, { signal }))
        if (event.name === 'VALUE' && event.value) found.push(event.value);
    } catch {
      // found nowhere (or the query ended)
    }
    const best = selectDeviceRecord(key, found, this.#clock.now());
    if (best < 0) return null;
    const v = verifyDeviceRecord(found[best]!, { key, now: this.#clock.now() });
    return { peerId: v.peerId, addresses: v.addresses };
  }

  /** Ask `device` for its bundle. */
  async #askPreKeys(device: DeviceAddress): Promise<Uint8Array[]> {
    const { stream } = await this.#dial(device, PREKEY_PROTOCOL);
    try {
      await write(stream, { case: 'prekeyRequest', value: { version: 1 } });
      const answer = await nextFrame(new FrameReader(stream), HELLO_TIMEOUT_MS);
      if (answer?.frame.case !== 'prekeyResponse')
        throw new NexusError('MALFORMED', 'the device did not answer with its bundle');
      await stream.close();
      return answer.frame.value.bundles;
    } catch (err) {
      stream.abort(err instanceof Error ? err : new Error(String(err)));
      throw err;
    }
  }

  preKeyDirectory(options: {
    readonly devicesOf: (uuid: string) => Promise<readonly DeviceAddress[]>;
  }): PreKeyDirectory {
    if (typeof options?.devicesOf !== 'function')
      throw new NexusError('INVALID_ARGUMENT', 'preKeyDirectory needs a devicesOf function');
    const self = this.address;
    return {
      publish: async (upload: PreKeyUpload) => {
        const verified = verifyPreKeyUpload(upload, { now: this.#clock.now() });
        if (verified.uuid !== self.uuid || verified.deviceId !== self.deviceId)
          throw new NexusError(
            'INVALID_ARGUMENT',
            'a peer-to-peer directory publishes only its own device prekeys',
          );
        await this.#prekeys.publish(upload);
      },
      fetchBundles: async (uuid, fetchOptions = {}) => {
        if (typeof uuid !== 'string')
          throw new NexusError('INVALID_ARGUMENT', 'uuid must be a string');
        const exclude = new Set(fetchOptions.exclude ?? []);
        const devices = (await options.devicesOf(uuid)).filter(
          (d) => d.uuid === uuid && !exclude.has(d.deviceId),
        );
        const out: Uint8Array[] = [];
        for (const d of devices) {
          if (d.deviceId === self.deviceId && d.uuid === self.uuid) {
            out.push(...(await this.#prekeys.fetchBundles(uuid)));
            continue;
          }
          // A device that cannot be reached now is left out.
          out.push(...(await this.#askPreKeys(d).catch(() => [])));
        }
        return out;
      },
      preKeyCounts: async (device: DeviceAddress) => {
        checkAddress(device);
        if (device.uuid !== self.uuid || device.deviceId !== self.deviceId)
          throw new NexusError(
            'INVALID_ARGUMENT',
            'a peer-to-peer directory counts only its own device prekeys',
          );
        return this.#prekeys.preKeyCounts(device);
      },
    };
  }

  async send(to: DeviceAddress, envelope: Uint8Array): Promise<void> {
    this.#live();
    checkAddress(to, 'recipient');
    checkEnvelope(envelope);
    if (this.#state !== 'connected')
      throw new NexusError('TRANSPORT', 'not connected: the envelope was not accepted');
    const now = this.#clock.now();
    const id = crypto.getRandomValues(new Uint8Array(16));
    const key = `${keyOf(to)}/${String(++this.#seq).padStart(16, '0')}`;
    await this.#options.storage.write((tx) =>
      tx.put('outbox', key, storedValue(id, envelope, now)),
    );
    this.#flush(keyOf(to));
  }

  /** Deliver the outbox of one recipient in order; on failure try again later. */
  #flush(recipient: string): void {
    if (this.#state !== 'connected') return;
    const running = this.#flushing.get(recipient);
    if (running) {
      running.again = true;
      return;
    }
    const retry = this.#retryTimers.get(recipient);
    if (retry) clearTimeout(retry.timer);
    const job = { again: false };
    this.#flushing.set(recipient, job);
    void (async () => {
      let failed = false;
      let viaRelay = false;
      try {
        do {
          job.again = false;
          for (;;) {
            if (this.#state !== 'connected') return;
            const [next] = await this.#options.storage.read((tx) =>
              tx.list('outbox', { prefix: `${recipient}/`, limit: 1 }),
            );
            if (!next) break;
            let stored;
            try {
              stored = readStored(next.value);
            } catch (cause) {
              // A damaged entry must not block the ones after it: drop it and say so.
              await this.#options.storage.write((tx) => tx.delete('outbox', next.key));
              this.#reportFailure(
                recipient,
                new NexusError('STORAGE', 'a stored envelope was damaged and dropped', { cause }),
              );
              continue;
            }
            if (viaRelay) await this.#leaveAtRelay(recipient, stored);
            else
              try {
                await this.#deliver(recipient, stored);
              } catch (err) {
                // Unreachable for long enough: this one and every one behind it go to the relay.
                const relay = this.#options.offlineRelay;
                if (!relay || this.#clock.now() - stored.acceptedAt < (relay.afterMs ?? 10_000))
                  throw err;
                viaRelay = true;
                await this.#leaveAtRelay(recipient, stored);
              }
            await this.#options.storage.write((tx) => tx.delete('outbox', next.key));
          }
        } while (job.again);
        this.#retryTimers.delete(recipient);
      } catch (err) {
        failed = true;
        this.#dropStream(recipient);
        this.#reportFailure(
          recipient,
          err instanceof NexusError
            ? err
            : new NexusError('TRANSPORT', 'the delivery failed', { cause: err }),
        );
      } finally {
        this.#flushing.delete(recipient);
      }
      if (failed) this.#scheduleRetry(recipient);
    })();
  }

  /** Tell the delivery-failure listeners (not after close). */
  #reportFailure(recipient: string, error: NexusError): void {
    if (this.#state === 'closed') return;
    const [uuid, deviceId] = recipient.split('/') as [string, string];
    for (const listener of [...this.#failureListeners]) {
      try {
        listener({ uuid, deviceId }, error);
      } catch {
        // a listener's failure is its own
      }
    }
  }

  #scheduleRetry(recipient: string): void {
    if (this.#state !== 'connected') return;
    const initial = this.#options.retry?.initialDelayMs ?? 500;
    const max = this.#options.retry?.maxDelayMs ?? 30_000;
    const last = this.#retryTimers.get(recipient)?.delay ?? 0;
    const delay = last === 0 ? initial : Math.min(max, last * 2);
    const timer = setTimeout(() => this.#flush(recipient), delay * (0.5 + Math.random() / 2));
    timer.unref?.();
    this.#retryTimers.set(recipient, { timer, delay });
  }

  async #deliver(
    recipient: string,
    e: { id: Uint8Array; envelope: Uint8Array; acceptedAt: number },
  ): Promise<void> {
    const { stream, reader } = await this.#streamTo(recipient);
    await write(stream, {
      case: 'envelope',
      value: { id: e.id, envelope: e.envelope, acceptedAtMs: BigInt(e.acceptedAt) },
    });
    // Time for the bytes to cross a slow (relayed) link too: 10 s plus 16 KiB/s.
    const ack = await nextFrame(reader, HELLO_TIMEOUT_MS + e.envelope.length / 16);
    if (ack?.frame.case !== 'ack' || toHex(ack.frame.value.id) !== toHex(e.id))
      throw new NexusError('TRANSPORT', 'the peer did not acknowledge the envelope');
  }

  /**
   * A stream of `protocol` to `device`, where `#where` says it is. The
   * record's PeerId is the one to reach, whatever an address says; with no
   * addresses, wherever discovery saw that PeerId.
   *
   * @throws NexusError `TRANSPORT` (not reachable now), `PEER_MISMATCH` (Noise
   *   proved another key than the PeerId dialed).
   */
  async #dial(
    device: DeviceAddress,
    protocol: string,
  ): Promise<{ stream: Stream; connection: Connection }> {
    const info = await this.#where(device);
    if (!info) throw new NexusError('TRANSPORT', 'the device cannot be reached now');
    const target = this.#loaded().peerIdFromString(peerIdToString(peerIdFromString(info.peerId)));
    const node = this.#node;
    if (!node || this.#state !== 'connected')
      throw new NexusError('TRANSPORT', 'the transport is not running');
    // A connection open to that PeerId already (Noise or TLS proved it): the best
    // one, unless it is relayed and an address might give a direct one.
    const open = this.#bestConnection(target);
    const directAddress = () =>
      dialableAddresses(info.addresses).some((a) => !a.includes('/p2p-circuit'));
    if (open && (pathOf(open) !== 'relay' || !directAddress())) {
      try {
        const stream = await open.newStream(protocol, {
          runOnLimitedConnection: true,
          signal: AbortSignal.timeout(HELLO_TIMEOUT_MS),
        });
        return { stream, connection: open };
      } catch {
        // closing under us: dial again below
      }
    }
    let known = info.addresses;
    if (known.length === 0) {
      // Wherever discovery (mDNS, identify) saw that PeerId.
      if (!(await node.peerStore.has(target)))
        throw new NexusError('TRANSPORT', 'the device cannot be reached now');
      known = (await node.peerStore.get(target)).addresses.map((a) => a.multiaddr.toString());
    }
    // WebRTC comes as an upgrade of a relayed connection (`#upgrade`, in the
    // background), never as the first dial: an ICE attempt that finds no path
    // takes many seconds, the relay a round trip.
    const bases = new Set(
      known.map((a) => a.replace(/\/p2p\/[^/]+$/, '').replace(/\/webrtc$/, '')),
    );
    // Private addresses of other networks lead nowhere: not dialed (addresses.ts).
    const addrs = dialableAddresses([...bases])
      .filter((a) => a.startsWith('/') && !a.startsWith('/p2p/'))
      .map((a) => this.#loaded().multiaddr(`${a}/p2p/${info.peerId}`));
    try {
      const stream = await node.dialProtocol(addrs.length > 0 ? addrs : target, protocol, {
        runOnLimitedConnection: true,
      });
      const connection = node.getConnections(target).find((c) => c.streams.includes(stream));
      if (!connection) {
        stream.abort(new Error('the connection closed'));
        throw new NexusError('TRANSPORT', 'the connection closed');
      }
      return { stream, connection };
    } catch (cause) {
      if (cause instanceof NexusError) throw cause;
      if (isUnexpectedPeer(cause))
        throw new NexusError('PEER_MISMATCH', 'the peer at that address is another device', {
          cause,
        });
      throw new NexusError('TRANSPORT', 'the device cannot be reached now', { cause });
    }
  }

  /**
   * The envelope stream to `recipient`: the open one, unless it runs through
   * a relay and a better connection to that peer is up (a WebRTC upgrade):
   * then it is closed and a new one opened on the better connection. This
   * runs between two envelopes (each is acknowledged before the next goes),
   * so nothing is in flight on the old stream.
   */
  async #streamTo(recipient: string): Promise<{ stream: Stream; reader: FrameReader }> {
    const open = this.#streams.get(recipient);
    if (
      open &&
      open.stream.status === 'open' &&
      open.stream.writeStatus === 'writable' &&
      open.stream.remoteWriteStatus === 'writable'
    ) {
      const best = this.#bestConnection(open.connection.remotePeer);
      if (!best || PATH_RANK[pathOf(best)] >= PATH_RANK[pathOf(open.connection)]) return open;
      this.#streams.delete(recipient);
      const old = open.stream;
      void old
        .close({ signal: AbortSignal.timeout(HELLO_TIMEOUT_MS) })
        .catch((err: Error) => old.abort(err));
    }
    const [uuid, deviceId] = recipient.split('/') as [string, string];
    const { stream, connection } = await this.#dial({ uuid, deviceId }, ENVELOPE_PROTOCOL);
    const reader = new FrameReader(stream);
    try {
      await write(stream, await this.#hello());
      const reached = this.#verifyHello(await nextFrame(reader, HELLO_TIMEOUT_MS), connection);
      if (reached.uuid !== uuid || reached.deviceId !== deviceId)
        throw new NexusError('PEER_MISMATCH', 'the peer is another device than the one dialed');
      this.#proved(recipient, connection.remotePeer.toString());
    } catch (err) {
      stream.abort(err instanceof Error ? err : new Error(String(err)));
      throw err;
    }
    const entry = { stream, reader, connection };
    this.#streams.set(recipient, entry);
    return entry;
  }

  #dropStream(recipient: string): void {
    const open = this.#streams.get(recipient);
    this.#streams.delete(recipient);
    open?.stream.abort(new Error('delivery failed'));
  }

  receive(): AsyncIterable<InboundEnvelope> {
    this.#live();
    return this.#consumers.receive({
      closed: () => this.#state === 'closed',
      next: (handedOut) => {
        for (const [id, held] of this.#inbox) if (!handedOut.has(id)) return held;
        return undefined;
      },
    });
  }

  async acknowledge(id: string): Promise<void> {
    this.#live();
    if (typeof id !== 'string')
      throw new NexusError('INVALID_ARGUMENT', 'an envelope id is a string');
    const held = this.#inbox.get(id);
    if (!held) return; // unknown ids are ignored
    await this.#options.storage.write((tx) => tx.delete('inbox', held.key));
    // Another acknowledge of the same id may have removed it meanwhile.
    if (this.#inbox.get(id) !== held) return;
    this.#inbox.delete(id);
    const left = (this.#perSender.get(held.from) ?? 1) - 1;
    if (left > 0) this.#perSender.set(held.from, left);
    else this.#perSender.delete(held.from);
    this.#recentAcks.add(id);
    if (this.#recentAcks.size > RECENT_ACKS)
      this.#recentAcks.delete(this.#recentAcks.values().next().value!);
  }

  onDeliveryFailure(listener: (to: DeviceAddress, error: NexusError) => void): () => void {
    this.#failureListeners.add(listener);
    return () => void this.#failureListeners.delete(listener);
  }

  async pathTo(peer: DeviceAddress | string): Promise<P2PPath> {
    let peerId: string | null;
    if (typeof peer === 'string') {
      try {
        peerId = peerIdToString(peerIdFromString(peer));
      } catch (cause) {
        throw new NexusError('INVALID_ARGUMENT', 'not a PeerId', { cause });
      }
    } else {
      checkAddress(peer);
      const key = keyOf(peer);
      peerId =
        this.#streams.get(key)?.connection.remotePeer.toString() ??
        this.#learned.get(key) ??
        // What the app says (not the DHT: a diagnostic should not start queries).
        (await this.#options.resolve(peer).catch(() => null))?.peerId ??
        null;
    }
    if (peerId === null || !this.#node) return 'none';
    let target: PeerId;
    try {
      target = this.#loaded().peerIdFromString(peerId);
    } catch {
      return 'none'; // resolve named something that is no PeerId
    }
    const best = this.#bestConnection(target);
    return best ? pathOf(best) : 'none';
  }

  onPathChange(listener: (change: P2PPathChange) => void): () => void {
    this.#pathListeners.add(listener);
    return () => void this.#pathListeners.delete(listener);
  }

  onStateChange(listener: (state: TransportState) => void): () => void {
    this.#listeners.add(listener);
    return () => void this.#listeners.delete(listener);
  }

  async close(): Promise<void> {
    if (this.#state === 'closed') return;
    this.#set('closed');
    for (const { timer } of this.#retryTimers.values()) clearTimeout(timer);
    this.#retryTimers.clear();
    if (this.#republish) clearInterval(this.#republish);
    if (this.#relayPoll) clearInterval(this.#relayPoll);
    void this.#relayStream?.then((stream) => stream?.close());
    this.#relayStream = null;
    this.#dhtAbort.abort();
    this.#abort.abort();
    for (const timer of this.#retiring.values()) clearInterval(timer);
    this.#retiring.clear();
    for (const r of [...this.#streams.keys()]) this.#dropStream(r);
    await this.#starting?.catch(() => undefined);
    const node = this.#node;
    this.#node = null;
    await node?.stop();
  }
}
