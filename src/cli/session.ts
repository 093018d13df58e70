/**
 * The CLI's client: a `NexusClient` on the home's storage, reaching others
 * through a community server (`--server URL`, remembered) or peer to peer
 * (`--p2p`: libp2p, mDNS on the LAN, addresses from `contact add --address`);
 * or offline, for commands that only read the history.
 */
import { createClient } from '../client/client.js';
import type { NexusClient } from '../client/client.js';
import { CommunityClient } from '../community/client.js';
import { NexusError } from '../interfaces/errors.js';
import type { PreKeyDirectory } from '../interfaces/directory.js';
import type { DeviceAddress } from '../interfaces/sessions.js';
import type { InboundEnvelope, Transport, TransportState } from '../interfaces/transport.js';
import { fromHex } from '../primitives/bytes.js';
import { deviceAddress } from '../ratchet/session.js';
import type { OpenHome } from './home.js';
import { stringOption } from './io.js';
import type { Io, Values } from './io.js';

/** A started client and how to stop it. */
export interface CliSession {
  readonly client: NexusClient;
  readonly directory: PreKeyDirectory | null;
  /** Where it is connected, for messages: the server URL, or "peer to peer". */
  readonly via: string;
  /** The community server's client, when connected to one. */
  readonly community: CommunityClient | null;
  /**
   * Start receiving and sending (and publish prekeys): the client is made
   * stopped, so that a command can listen before the first message arrives.
   */
  start(): Promise<void>;
  /**
   * Resolve once what was sent has left this device: accepted by the server,
   * or delivered to the peer. `TRANSPORT` after `timeoutMs`; what is left
   * goes out on the next connected run.
   */
  drain(timeoutMs: number): Promise<void>;
  close(): Promise<void>;
}

/**
 * Connect: `--p2p`, else the community server of `--server` (remembered for
 * later runs), `NEXUSLINK_SERVER`, or the one remembered.
 *
 * @throws NexusError `INVALID_ARGUMENT` when neither is given, and those of
 *   the login or the libp2p node.
 */
export async function connect(home: OpenHome, values: Values, io: Io): Promise<CliSession> {
  const { device, storage } = home;
  if (values.p2p === true) return connectP2p(home, values);
  const record = await home.record();
  const url = stringOption(values, 'server') ?? io.env.NEXUSLINK_SERVER ?? record.server;
  if (!url)
    throw new NexusError(
      'INVALID_ARGUMENT',
      'no server: give --server URL (a community server, for example one started with "npx @nexuslink/community-server") or --p2p',
    );
  const origin = new CommunityClient({ url, device }).url;
  // The login kept from the last command to this server, while it lasts: no new login.
  const kept =
    record.session &&
    record.session.server === origin &&
    record.session.refreshExpiresAt - Date.now() > 60_000
      ? record.session
      : null;
  const community = new CommunityClient({
    url,
    device,
    ...(kept
      ? {
          session: {
            accessToken: kept.accessToken,
            accessExpiresAt: kept.accessExpiresAt,
            refreshToken: kept.refreshToken,
            refreshExpiresAt: kept.refreshExpiresAt,
          },
        }
      : {}),
  });
  if (community.url !== record.server) await home.update((r) => ({ ...r, server: community.url }));
  const keep = async () => {
    const session = community.session();
    if (session && session.accessToken !== kept?.accessToken)
      await home.update((r) => ({ ...r, session: { server: community.url, ...session } }));
  };
  try {
    if (!kept)
      await community.login(
        record.revocationList ? { revocationList: fromHex(record.revocationList) } : {},
      );
    await keep();
    const client = await createClient({
      device,
      storage,
      transports: [community.transport],
      directory: community.directory,
      channels: community,
      start: false,
    });
    return {
      client,
      directory: community.directory,
      via: community.url,
      community,
      async start() {
        await client.start();
        await client.publishPreKeys();
      },
      drain: (timeoutMs) => client.flush(timeoutMs),
      async close() {
        await client.close();
        await community.close();
        await keep().catch(() => undefined);
      },
    };
  } catch (err) {
    await community.close();
    throw err;
  }
}

async function connectP2p(home: OpenHome, values: Values): Promise<CliSession> {
  const { device, storage } = home;
  const { p2pTransport } = await import('../p2p/transport.js');
  const record = await home.record();
  const listen = values.listen;
  const p2pStorage = await home.opened.openStorage('p2p');
  const peers = () => home.record().then((r) => r.peers);
  const transport = p2pTransport({
    device,
    transportKey: fromHex(record.transportKey),
    storage: p2pStorage,
    resolve: async (a: DeviceAddress) => {
      const peer = (await peers())[a.uuid];
      const peerId = peer?.devices[a.deviceId];
      return peer && peerId ? { peerId, addresses: peer.addresses } : null;
    },
    listen: Array.isArray(listen)
      ? listen
      : typeof listen === 'string'
        ? [listen]
        : ['/ip4/0.0.0.0/tcp/0'],
    mdns: { intervalMs: 1_000 },
    retry: { initialDelayMs: 200, maxDelayMs: 5_000 },
  });
  const directory = transport.preKeyDirectory({
    devicesOf: async (uuid: string) =>
      Object.keys((await peers())[uuid]?.devices ?? {}).map((deviceId) => ({ uuid, deviceId })),
  });
  try {
    const client = await createClient({
      device,
      storage,
      transports: [transport],
      directory,
      start: false,
    });
    return {
      client,
      directory,
      via: 'peer to peer',
      community: null,
      async start() {
        await client.start();
        await client.publishPreKeys();
      },
      async drain(timeoutMs) {
        const until = Date.now() + timeoutMs;
        await client.flush(timeoutMs);
        // The transport keeps an outbox of its own until the peer has each envelope.
        while ((await transport.pendingDeliveries()) > 0) {
          if (Date.now() >= until)
            throw new NexusError('TRANSPORT', 'the peer did not take every message in time');
          await new Promise((r) => setTimeout(r, 100));
        }
      },
      async close() {
        await client.close();
        await transport.close();
        await p2pStorage.close();
      },
    };
  } catch (err) {
    await transport.close().catch(() => undefined);
    await p2pStorage.close();
    throw err;
  }
}

/** A client that never connects: for the commands that read contacts and history. */
export async function offline(home: OpenHome): Promise<CliSession> {
  const client = await createClient({
    device: home.device,
    storage: home.storage,
    transports: [new OfflineTransport(home)],
    start: false,
  });
  return {
    client,
    directory: null,
    via: 'offline',
    community: null,
    start: async () => undefined,
    drain: async () => undefined,
    close: () => client.close(),
  };
}

/** A transport that is never connected (`send` says so). */
class OfflineTransport implements Transport {
  readonly kind = 'offline';
  readonly address: DeviceAddress;
  readonly state: TransportState = 'disconnected';

  constructor(home: OpenHome) {
    this.address = deviceAddress(home.device.uuid, home.device.deviceId);
  }

  async connect(): Promise<void> {}

  async send(): Promise<void> {
    throw new NexusError('TRANSPORT', 'offline: give --server URL or --p2p');
  }

  async *receive(): AsyncIterable<InboundEnvelope> {}

  async acknowledge(): Promise<void> {}

  onStateChange(): () => void {
    return () => undefined;
  }

  async close(): Promise<void> {}
}
