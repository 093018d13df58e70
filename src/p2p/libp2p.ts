/**
 * The libp2p packages behind `p2pTransport` and `startCircuitRelay`, loaded
 * on first use. They are optional peer dependencies of the SDK (an app that
 * uses only a community server or a relay never installs them); when one is
 * missing, starting a peer-to-peer transport fails with a `TRANSPORT` error
 * that names the command installing all of them.
 */
import type { webRTC } from '@libp2p/webrtc';
import { NexusError } from '../interfaces/errors.js';

/**
 * The packages, with the versions this SDK is tested with. `@libp2p/webrtc`
 * is listed apart: it is needed only for WebRTC paths (`webrtc` option).
 */
export const LIBP2P_PACKAGES = {
  libp2p: '3.3.11',
  '@chainsafe/libp2p-noise': '17.0.0',
  '@chainsafe/libp2p-quic': '2.1.1',
  '@chainsafe/libp2p-yamux': '8.0.1',
  '@libp2p/circuit-relay-v2': '4.2.13',
  '@libp2p/crypto': '5.1.23',
  '@libp2p/identify': '4.1.14',
  '@libp2p/interface': '3.3.0',
  '@libp2p/kad-dht': '16.4.5',
  '@libp2p/mdns': '12.0.32',
  '@libp2p/peer-id': '6.0.15',
  '@libp2p/ping': '3.1.13',
  '@libp2p/tcp': '11.0.28',
  '@libp2p/websockets': '10.1.21',
  '@multiformats/multiaddr': '13.0.3',
} as const;

/** The WebRTC transport's package and version. */
export const LIBP2P_WEBRTC_PACKAGE = { '@libp2p/webrtc': '6.0.33' } as const;

function installCommand(packages: Record<string, string>): string {
  return `npm install ${Object.entries(packages)
    .map(([name, version]) => `${name}@${version}`)
    .join(' ')}`;
}

function missing(err: unknown): boolean {
  const code = (err as { code?: unknown } | null)?.code;
  return code === 'ERR_MODULE_NOT_FOUND' || code === 'MODULE_NOT_FOUND';
}

async function load<T>(what: string, packages: Record<string, string>, f: () => Promise<T>) {
  try {
    return await f();
  } catch (cause) {
    if (missing(cause))
      throw new NexusError(
        'TRANSPORT',
        `${what} needs the libp2p packages, which are optional peer dependencies of @nexuslink/sdk: ${installCommand(packages)}`,
        { cause },
      );
    throw new NexusError('TRANSPORT', `${what}: the libp2p packages could not be loaded`, {
      cause,
    });
  }
}

async function importCore() {
  const [
    libp2p,
    noise,
    quic,
    yamux,
    circuitRelay,
    cryptoKeys,
    identify,
    kadDht,
    mdns,
    peerId,
    ping,
    tcp,
    webSockets,
    multiaddr,
  ] = await Promise.all([
    import('libp2p'),
    import('@chainsafe/libp2p-noise'),
    import('@chainsafe/libp2p-quic'),
    import('@chainsafe/libp2p-yamux'),
    import('@libp2p/circuit-relay-v2'),
    import('@libp2p/crypto/keys'),
    import('@libp2p/identify'),
    import('@libp2p/kad-dht'),
    import('@libp2p/mdns'),
    import('@libp2p/peer-id'),
    import('@libp2p/ping'),
    import('@libp2p/tcp'),
    import('@libp2p/websockets'),
    import('@multiformats/multiaddr'),
  ]);
  return {
    createLibp2p: libp2p.createLibp2p,
    noise: noise.noise,
    quic: quic.quic,
    yamux: yamux.yamux,
    circuitRelayTransport: circuitRelay.circuitRelayTransport,
    circuitRelayServer: circuitRelay.circuitRelayServer,
    generateKeyPairFromSeed: cryptoKeys.generateKeyPairFromSeed,
    identify: identify.identify,
    kadDHT: kadDht.kadDHT,
    passthroughMapper: kadDht.passthroughMapper,
    mdns: mdns.mdns,
    peerIdFromString: peerId.peerIdFromString,
    ping: ping.ping,
    tcp: tcp.tcp,
    webSockets: webSockets.webSockets,
    multiaddr: multiaddr.multiaddr,
  };
}

/** The libp2p functions the SDK calls. */
export type Libp2pModules = Awaited<ReturnType<typeof importCore>>;

let core: Promise<Libp2pModules> | undefined;

/**
 * Load the libp2p packages once (a failed load is retried on the next call).
 *
 * @throws NexusError `TRANSPORT` naming the install command when one is missing.
 */
export function loadLibp2p(what: string): Promise<Libp2pModules> {
  core ??= load(what, LIBP2P_PACKAGES, importCore).catch((err: unknown) => {
    core = undefined;
    throw err;
  });
  return core;
}

/**
 * Load the WebRTC transport: `null` when it is not installed and
 * `required` is false (WebRTC paths are then left out).
 *
 * @throws NexusError `TRANSPORT` naming the install command when it is
 *   missing and `required`.
 */
export async function loadWebRtc(required: boolean): Promise<typeof webRTC | null> {
  try {
    return (await import('@libp2p/webrtc')).webRTC;
  } catch (err) {
    if (!required && missing(err)) return null;
    return load('WebRTC paths (the webrtc option)', LIBP2P_WEBRTC_PACKAGE, () =>
      Promise.reject(err as Error),
    );
  }
}
