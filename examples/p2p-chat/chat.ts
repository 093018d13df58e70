// A peer-to-peer chat on the public API: an identity with one device, a
// NexusClient over p2pTransport (its own prekey directory, mDNS on the LAN),
// an invite to show, and the invites of others to add. With a relay server
// (reference-servers/relay): its circuit relay, TURN credentials for
// WebRTC, and an offline relay for messages to someone not reachable now.
import {
  createClient,
  createDevice,
  createInvite,
  directConversation,
  inviteQr,
  inviteToText,
  memoryStorage,
  peerIdFromString,
  RelayClient,
  verifyInvite,
} from '@nexuslink/sdk';
import type { DeviceAddress, NexusClient } from '@nexuslink/sdk';
import { p2pTransport } from '@nexuslink/sdk/p2p';
import type { P2PIceServer, P2PTransportOptions } from '@nexuslink/sdk/p2p';

/** One side of the chat. */
export interface Chat {
  readonly name: string;
  readonly uuid: string;
  /** The invite in its text form (`NXI1:…`). */
  readonly invite: string;
  /** The invite as a QR code for a terminal. */
  readonly qr: string;
  /** Verify someone's invite and add them; resolves with their name. */
  add(invite: string): Promise<string>;
  /** Send `text` to everyone added. */
  say(text: string): Promise<void>;
  /** Call `listener` for every message received (with the sender's name). */
  onMessage(listener: (from: string, text: string) => void): void;
  close(): Promise<void>;
}

/**
 * Start a chat as `name`: a new identity and device (kept in memory for this
 * run: a real app stores them), listening on `listen` (TCP multiaddrs) and
 * found on the LAN by mDNS.
 */
export async function startChat(
  name: string,
  options: {
    readonly listen?: readonly string[];
    /** A circuit relay (multiaddr ending in /p2p/<its PeerId>) to be reached through, and to name in the invite. */
    readonly relay?: string;
    /** A relay server's URL: its circuit relays, TURN credentials and offline mailbox. */
    readonly relayServer?: string;
  } = {},
): Promise<Chat> {
  // The device in memory for this run (a real app: openDevice or createDevice on its storage).
  const storage = memoryStorage();
  const { device } = await createDevice({ storage, displayName: `${name}'s terminal` });

  // What the invites of others say: their devices, PeerIds and relays.
  const peers = new Map<string, { peerId: string; addresses: string[] }>();
  const devices = new Map<string, DeviceAddress[]>();
  const names = new Map<string, string>();
  const relays = options.relay ? [options.relay] : [];
  let viaServer: Partial<P2PTransportOptions> = {};
  if (options.relayServer) {
    // Log in to the relay server with this device's key: its circuit relays,
    // TURN credentials (STUN on the same host), and a mailbox for when we are away.
    const server = new RelayClient({ url: options.relayServer, device, uuid: device.uuid });
    const info = await server.info();
    relays.push(...info.circuitRelay);
    const iceServers: P2PIceServer[] = [];
    if (info.turn.length > 0) {
      const turn = await server.turnCredentials();
      const stun = turn.urls
        .filter((u) => u.startsWith('turn:'))
        .map((u) => u.replace(/^turn:/, 'stun:').replace(/\?.*$/, ''));
      if (stun.length > 0) iceServers.push({ urls: stun });
      iceServers.push({ urls: turn.urls, username: turn.username, credential: turn.credential });
    }
    viaServer = { iceServers, offlineRelay: { client: server } };
  }
  const transport = p2pTransport({
    device,
    transportKey: crypto.getRandomValues(new Uint8Array(32)),
    storage: memoryStorage(),
    // Through their relays when the invite names some, else where mDNS saw them.
    resolve: async (a) => peers.get(`${a.uuid}/${a.deviceId}`) ?? null,
    listen: options.listen ?? ['/ip4/0.0.0.0/tcp/0'],
    relays,
    ...viaServer,
    mdns: { intervalMs: 1_000 },
    retry: { initialDelayMs: 200, maxDelayMs: 5_000 },
  });
  const directory = transport.preKeyDirectory({
    devicesOf: async (uuid) => devices.get(uuid) ?? [],
  });
  const client: NexusClient = await createClient({
    device,
    storage,
    transports: [transport],
    directory,
  });
  await transport.connect();

  const invite = await createInvite({
    device,
    displayName: name,
    devices: [{ deviceId: device.deviceId, peerId: peerIdFromString(transport.peerId) }],
    relayHints: relays.slice(0, 4),
  });
  const listeners = new Set<(from: string, text: string) => void>();
  client.on('message', (e) => {
    if (e.message.outgoing || e.message.content.kind !== 'text') return;
    const from = names.get(e.message.sender) ?? e.message.sender.slice(0, 8);
    for (const l of listeners) l(from, e.message.content.text);
  });

  return {
    name,
    uuid: device.uuid,
    invite: inviteToText(invite),
    qr: inviteQr(invite, 'terminal'),
    async add(text) {
      const v = verifyInvite(text);
      for (const d of v.devices) {
        const deviceId = Buffer.from(d.deviceId).toString('hex');
        peers.set(`${v.uuid}/${deviceId}`, {
          peerId: d.peerIdText,
          addresses: v.relayHints.map((hint) => `${hint}/p2p-circuit`),
        });
      }
      devices.set(
        v.uuid,
        v.devices.map((d) => ({ uuid: v.uuid, deviceId: Buffer.from(d.deviceId).toString('hex') })),
      );
      names.set(v.uuid, v.displayName || v.uuid.slice(0, 8));
      // Their devices give out their prekey bundles themselves, once reachable.
      for (let attempt = 0; ; attempt++) {
        const bundles = await directory.fetchBundles(v.uuid);
        if (bundles.length > 0) {
          await client.contacts.add({ uuid: v.uuid, bundles }, { nickname: v.displayName });
          return names.get(v.uuid)!;
        }
        if (attempt >= 60) throw new Error(`${v.displayName} cannot be reached on this network`);
        await new Promise((r) => setTimeout(r, 500));
      }
    },
    async say(text) {
      for (const uuid of devices.keys()) await client.sendText(directConversation(uuid), text);
    },
    onMessage(listener) {
      listeners.add(listener);
    },
    async close() {
      await client.close();
      await transport.close();
    },
  };
}
