/**
 * The `Transport` face of a `CommunityClient` (`client.transport`).
 */
import { NexusError } from '../interfaces/errors.js';
import type { DeviceAddress } from '../interfaces/sessions.js';
import type { InboundEnvelope, Transport, TransportState } from '../interfaces/transport.js';
import type { CommunityClient } from './client.js';

/** The `Transport` face of a {@link CommunityClient}. */
export class WebSocketTransport implements Transport {
  readonly kind = 'websocket';
  readonly #client: CommunityClient;

  constructor(client: CommunityClient) {
    this.#client = client;
  }

  get address(): DeviceAddress {
    return this.#client.address;
  }

  get state(): TransportState {
    return this.#client.state;
  }

  connect(): Promise<void> {
    return this.#client.connect();
  }

  send(to: DeviceAddress, envelope: Uint8Array): Promise<void> {
    return this.#client.sendEnvelope(to, envelope);
  }

  receive(): AsyncIterable<InboundEnvelope> {
    if (this.#client.state === 'closed')
      throw new NexusError('TRANSPORT', 'the transport is closed');
    return this.#client.receiveInbound();
  }

  async acknowledge(id: string): Promise<void> {
    if (this.#client.state === 'closed')
      throw new NexusError('TRANSPORT', 'the transport is closed');
    if (typeof id !== 'string') throw new NexusError('INVALID_ARGUMENT', 'id must be a string');
    this.#client.acknowledgeEnvelope(id);
  }

  onStateChange(listener: (state: TransportState) => void): () => void {
    return this.#client.onStateChange(listener);
  }

  close(): Promise<void> {
    return this.#client.close();
  }
}
