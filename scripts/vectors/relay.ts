/**
 * The offline relay's conformance vectors (`test-vectors/relay/*.json`,
 * spec/relay.md): mailboxes of devices (§2) and signed acknowledgements
 * (§3), from a seeded RNG.
 */
import {
  NexusError,
  relayAckBody,
  relayMailbox,
  signRelayAck,
  SigningKeyPair,
  SIGNATURE_LABELS,
  verifyRelayAck,
} from '../../src/index.js';
import { toHex } from '../../src/primitives/bytes.js';
import type { Json } from './proto-json.js';
import { withPortableProvider } from './provider.js';
import { seededRandom } from './rng.js';

const GENERATOR = 'scripts/vectors/relay.ts';

export async function relayVectors(): Promise<Record<string, Json>> {
  return withPortableProvider(generate);
}

/** A UUID text from 16 random bytes (version and variant bits as a UUIDv7 has them). */
function uuidText(bytes: Uint8Array): string {
  const b = bytes.slice();
  b[6] = (b[6]! & 0x0f) | 0x70;
  b[8] = (b[8]! & 0x3f) | 0x80;
  const h = toHex(b);
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20)}`;
}

function refusedWith(description: string, fn: () => unknown): string {
  try {
    fn();
  } catch (err) {
    if (err instanceof NexusError) return err.code;
    throw err;
  }
  throw new Error(`${description}: accepted`);
}

async function generate(): Promise<Record<string, Json>> {
  const rng = seededRandom('nexuslink relay vectors v1');
  const uuids = [
    'Bq4k9kEy8dQ1Lc7VnT2nJfZ5tH3xWm6yP1aKs8rDgUe4hN', // NexusLink UUIDs are base58 text
    '5HueCGU8rMjxEXxiPuD5BDku4MkFqeZyd4dZ1jvhTVqvbTLv',
  ];
  const mailboxCases: Json[] = uuids.map((uuid, i) => {
    const deviceId = rng.randomBytes(16);
    return {
      description: `device ${i + 1}`,
      uuid,
      device_id: toHex(deviceId),
      mailbox: relayMailbox({ uuid, deviceId }),
    };
  });

  const key = SigningKeyPair.fromSeed(rng.randomBytes(32));
  const server = 'https://relay.example.org';
  const ids = [uuidText(rng.randomBytes(16)), uuidText(rng.randomBytes(16))];
  const signature = await signRelayAck(key, { server, ids });
  verifyRelayAck(key.publicKey, { server, ids }, signature);
  const otherServer = 'https://other.example.org';
  const ackCases: Json[] = [
    {
      description: 'two ids acknowledged to relay.example.org',
      server,
      ids,
      body: toHex(relayAckBody({ server, ids })),
      signature: toHex(signature),
    },
    {
      description: 'the same signature presented to another relay: refused',
      server: otherServer,
      ids,
      body: toHex(relayAckBody({ server: otherServer, ids })),
      signature: toHex(signature),
      error: refusedWith('other server', () =>
        verifyRelayAck(key.publicKey, { server: otherServer, ids }, signature),
      ),
    },
    {
      description: 'one id dropped from the list: refused',
      server,
      ids: ids.slice(0, 1),
      body: toHex(relayAckBody({ server, ids: ids.slice(0, 1) })),
      signature: toHex(signature),
      error: refusedWith('dropped id', () =>
        verifyRelayAck(key.publicKey, { server, ids: ids.slice(0, 1) }, signature),
      ),
    },
  ];
  return {
    'relay/mailboxes.json': {
      generator: GENERATOR,
      description:
        'Mailbox = base64url(SHA-256("nexuslink/v1/relay-mailbox" || 0x00 || utf8(uuid) || 0x00 || device id)), no padding.',
      cases: mailboxCases,
    },
    'relay/acks.json': {
      generator: GENERATOR,
      description: `Signed under "${SIGNATURE_LABELS.relayAck}": body = utf8(server) || 0x00 || u16be(count) || 16 bytes per id; signature = Ed25519(device key, label || 0x00 || body).`,
      signing_public_key: toHex(key.publicKey.bytes),
      cases: ackCases,
    },
  };
}
