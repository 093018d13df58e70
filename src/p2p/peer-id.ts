/**
 * libp2p PeerIds of NexusLink devices (spec/p2p.md §1). A device's PeerId is
 * that of an Ed25519 key of its own (its transport key): the identity
 * multihash of the key's protobuf encoding, 38 bytes, shown in base58btc
 * (`12D3KooW…`). The transport key is not the device signing key (that one
 * may be P-256 or live in hardware); a signed {@link createPeerBinding | peer
 * binding} ties the two together.
 */
import { base58 } from '@scure/base';
import { NexusError } from '../interfaces/errors.js';
import { concat } from '../primitives/bytes.js';
import { ED25519_PEER_ID_PREFIX, checkPeerId } from '../wire/p2p.js';

/** The binary PeerId (38 bytes) of an Ed25519 public key. */
export function peerIdFromEd25519PublicKey(publicKey: Uint8Array): Uint8Array {
  if (!(publicKey instanceof Uint8Array) || publicKey.length !== 32)
    throw new NexusError('INVALID_ARGUMENT', 'an Ed25519 public key is 32 bytes');
  return concat(ED25519_PEER_ID_PREFIX, publicKey);
}

/**
 * The Ed25519 public key inside a binary PeerId.
 *
 * @throws NexusError `MALFORMED` for anything but the PeerId of an Ed25519 key.
 */
export function ed25519PublicKeyOfPeerId(peerId: Uint8Array): Uint8Array {
  checkPeerId('peer id', peerId);
  return peerId.slice(ED25519_PEER_ID_PREFIX.length);
}

/** A binary PeerId in its text form (base58btc, as libp2p prints it). */
export function peerIdToString(peerId: Uint8Array): string {
  checkPeerId('peer id', peerId);
  return base58.encode(peerId);
}

/**
 * Parse the text form of a PeerId.
 *
 * @throws NexusError `MALFORMED` when it is not base58btc or not the PeerId of an Ed25519 key.
 */
export function peerIdFromString(text: string): Uint8Array {
  if (typeof text !== 'string' || text.length === 0 || text.length > 64)
    throw new NexusError('MALFORMED', 'not a PeerId');
  let bytes: Uint8Array;
  try {
    bytes = base58.decode(text);
  } catch (cause) {
    throw new NexusError('MALFORMED', 'a PeerId is base58btc text', { cause });
  }
  checkPeerId('peer id', bytes);
  return bytes;
}
