/**
 * Path tracking and the WebRTC upgrade: which connection to a peer carries
 * its streams (direct, then TURN, then relay), reports when that changes,
 * upgrades a relayed connection this device opened to WebRTC, and closes
 * the relayed one once a better one carries everything (spec/p2p.md §6.1).
 */
import type { Connection, PeerId } from '@libp2p/interface';
import type { DeviceAddress } from '../interfaces/sessions.js';
import { deviceOf, IDLE_TIMEOUT_MS, MAX_LEARNED, notify, remember } from './context.js';
import type { P2PContext } from './context.js';
import type { P2PIceServer, P2PPath, P2PPathChange } from './options.js';

/** The longest a WebRTC upgrade of a relayed connection may take (ICE, DTLS, SCTP, identify). */
const UPGRADE_TIMEOUT_MS = 30_000;
/** How long an upgrade looks for a direct WebRTC path before it offers TURN candidates. */
const DIRECT_ATTEMPT_MS = 8_000;
/** How often a relayed connection with a direct one beside it is looked at, to close it once idle. */
const RETIRE_INTERVAL_MS = 1_000;
/** A relayed connection still carrying streams after this long is left to idle out on its own. */
const RETIRE_GIVE_UP_MS = IDLE_TIMEOUT_MS + 60_000;

/** The name of each part of a multiaddr (`ip4`, `tcp`, `p2p-circuit`, `webrtc` …). */
const partsOf = (c: Connection) => c.remoteAddr.getComponents().map((p) => p.name);

/** A connection through a circuit relay (not a WebRTC one set up through it). */
export function isRelayed(c: Connection): boolean {
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
export function pathOf(c: Connection): P2PPath {
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

export const PATH_RANK: Record<P2PPath, number> = { direct: 0, turn: 1, relay: 2, none: 3 };

/** Which connection to each peer carries its streams, and its WebRTC upgrade. */
export class Paths {
  readonly #ctx: P2PContext;
  readonly #listeners = new Set<(change: P2PPathChange) => void>();
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
  /** The STUN/TURN servers, checked and frozen. */
  readonly #iceServers: readonly P2PIceServer[];
  /** Upgrades offering TURN candidates now (see `rtcConfiguration`). */
  #turnDials = 0;

  constructor(ctx: P2PContext, iceServers: readonly P2PIceServer[]) {
    this.#ctx = ctx;
    this.#iceServers = iceServers;
  }

  /** Whether an upgrade offers TURN candidates now (read by `rtcConfiguration`). */
  get offeringTurn(): boolean {
    return this.#turnDials > 0;
  }

  /**
   * A connection opened: report it, upgrade it if it is relayed and ours,
   * retire relayed ones if it is a better one this device can trust to
   * work. An inbound WebRTC connection is not: the answering side sees it
   * open before the dialling side has finished (which may still give up,
   * at {@link DIRECT_ATTEMPT_MS}), so only the side that dialled retires
   * the relayed connection, which closes it at both ends.
   */
  opened(connection: Connection, webrtc: boolean): void {
    this.changed(connection.remotePeer);
    if (webrtc && isRelayed(connection) && connection.direction === 'outbound')
      void this.#upgrade(connection);
    const halfKnown = partsOf(connection).includes('webrtc') && connection.direction === 'inbound';
    if (!isRelayed(connection) && !halfKnown) this.#retireRelayed(connection.remotePeer);
  }

  /** Remember that `peerId` proved to be `device` (`uuid/deviceId`) in a hello (for path reports). */
  proved(device: string, peerId: string): void {
    remember(this.#deviceOf, peerId, Object.freeze(deviceOf(device)), MAX_LEARNED);
  }

  /** The open connection to `peer` that streams use: direct first, then TURN, then relayed. */
  best(peer: PeerId, except?: Connection): Connection | undefined {
    const open = (this.#ctx.node?.getConnections(peer) ?? []).filter(
      (c) => c.status === 'open' && c !== except,
    );
    let best: Connection | undefined;
    for (const c of open) if (!best || PATH_RANK[pathOf(c)] < PATH_RANK[pathOf(best)]) best = c;
    return best;
  }

  /** Tell the path listeners when the path to `peer` changed (`closing`: a connection going away). */
  changed(peer: PeerId, closing?: Connection): void {
    const peerId = peer.toString();
    const best = this.best(peer, closing);
    const path = best ? pathOf(best) : 'none';
    if ((this.#paths.get(peerId) ?? 'none') === path) return;
    if (path === 'none') this.#paths.delete(peerId);
    else this.#paths.set(peerId, path);
    if (this.#ctx.state === 'closed') return;
    notify(
      this.#listeners,
      Object.freeze({ peerId, device: this.#deviceOf.get(peerId) ?? null, path }),
    );
  }

  onChange(listener: (change: P2PPathChange) => void): () => void {
    this.#listeners.add(listener);
    return () => void this.#listeners.delete(listener);
  }

  /** End upgrades in flight and stop retiring relayed connections. */
  close(): void {
    this.#abort.abort();
    for (const timer of this.#retiring.values()) clearInterval(timer);
    this.#retiring.clear();
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
    const node = this.#ctx.node;
    const peerId = relayed.remotePeer.toString();
    const best = this.best(relayed.remotePeer);
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
      const target = this.#ctx
        .lib()
        .multiaddr(
          `${relayed.remoteAddr.toString().replace(/\/p2p\/[^/]+$/, '')}/webrtc/p2p/${peerId}`,
        );
      const hasTurn = this.#iceServers.some((s) => [s.urls].flat().some((u) => /^turns?:/.test(u)));
      const policy = this.#ctx.options.iceTransportPolicy ?? 'all';
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
   * move over at their next envelope (`Delivery`, delivery.ts), incoming ones end when
   * the peer moves or after {@link IDLE_TIMEOUT_MS}. Nothing in flight is
   * cut; should that ever happen, the envelope is sent again (at least once).
   */
  #retireRelayed(peer: PeerId): void {
    const peerId = peer.toString();
    if (this.#retiring.has(peerId)) return;
    const started = Date.now();
    let idleBefore = new Set<Connection>();
    const timer = setInterval(() => {
      const node = this.#ctx.node;
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
}
