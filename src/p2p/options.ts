/**
 * The public shape of `p2pTransport`: its options, the STUN/TURN server
 * form, path reports, the `P2PTransport` interface and the libp2p protocol
 * names it speaks (spec/p2p.md §4).
 */
import type { DeviceAddress } from '../interfaces/sessions.js';
import type { NexusError } from '../interfaces/errors.js';
import type { PreKeyDirectory } from '../interfaces/directory.js';
import type { Storage } from '../interfaces/storage.js';
import type { Transport } from '../interfaces/transport.js';
import type { Clock } from '../interfaces/runtime.js';
import type { RevocationList } from '../identity/certificates.js';
import type { RelayClient } from '../relay/client.js';
import type { SigningDevice } from './invite.js';

/** The libp2p protocol of NexusLink envelope streams. */
export const ENVELOPE_PROTOCOL = '/nexuslink/envelope/1.0.0';
/** The libp2p protocol a device answers prekey-bundle requests on. */
export const PREKEY_PROTOCOL = '/nexuslink/prekeys/1.0.0';

/** The Kademlia protocol of NexusLink's DHT. */
export const DHT_PROTOCOL = '/nexuslink/kad/1.0.0';

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
   * How many envelopes `send` accepted that are not delivered yet (nor left
   * at the offline relay). A program about to stop waits for 0; what it
   * does not wait for goes out when a transport starts again on the same storage.
   *
   * @throws NexusError `STORAGE`.
   */
  pendingDeliveries(): Promise<number>;
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
