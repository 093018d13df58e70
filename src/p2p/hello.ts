/**
 * The hello that opens every envelope stream (spec/p2p.md §4): this
 * device's certificates and peer binding (signed again before it expires),
 * and the check of a peer's hello against the PeerId Noise proved.
 */
import type { Connection } from '@libp2p/interface';
import { NexusError } from '../interfaces/errors.js';
import type { DeviceAddress } from '../interfaces/sessions.js';
import { uuidFromPublicKey } from '../identity/uuid.js';
import { toHex } from '../primitives/bytes.js';
import { signedMessageCodec } from '../wire/messages.js';
import type { PeerFrame } from '../wire/gen/nexuslink/v1/p2p_pb.js';
import { createPeerBinding, PEER_BINDING_TTL_MS, verifyPeerBinding } from './binding.js';
import type { P2PContext } from './context.js';
import type { FrameInit } from './framing.js';
import { peerIdFromString } from './peer-id.js';

/** A peer binding is signed again when it has less than this left. */
const BINDING_RENEW_MS = 24 * 60 * 60 * 1000;

/** This device's side of hellos, and the check of the other side's. */
export class Hello {
  readonly #ctx: P2PContext;
  #binding: Uint8Array | null = null;
  #bindingExpiresAt = 0;

  constructor(ctx: P2PContext) {
    this.#ctx = ctx;
  }

  /** This device's peer binding, signed again when less than a day of it is left. */
  async binding(): Promise<Uint8Array> {
    const now = this.#ctx.clock.now();
    if (this.#binding === null || this.#bindingExpiresAt - now < BINDING_RENEW_MS) {
      const d = this.#ctx.options.device;
      this.#binding = await createPeerBinding({
        signer: d.signer,
        deviceId: d.deviceId,
        peerId: peerIdFromString(this.#ctx.peerId),
        createdAt: now,
      });
      this.#bindingExpiresAt = now + PEER_BINDING_TTL_MS;
    }
    return this.#binding;
  }

  /** This device's hello. */
  async frame(): Promise<FrameInit> {
    const d = this.#ctx.options.device;
    const binding = await this.binding();
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
  verify(frame: PeerFrame | null, connection: Connection): DeviceAddress {
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
      revocationList: this.#ctx.options.revocationList?.(uuid) ?? null,
      peerId: peerIdFromString(connection.remotePeer.toString()),
      now: this.#ctx.clock.now(),
    });
    return { uuid: verified.uuid, deviceId: toHex(verified.device.deviceId) };
  }
}
