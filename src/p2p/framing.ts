/**
 * Framing: length-prefixed `PeerFrame`s on a libp2p stream, read with a
 * size limit and a deadline, and the versioned form an envelope is stored in
 * (inbox and outbox).
 */
import type { Stream } from '@libp2p/interface';
import { NexusError } from '../interfaces/errors.js';
import { pathError } from './errors.js';
import { peerFrameCodec } from '../wire/p2p.js';
import type { PeerFrame } from '../wire/gen/nexuslink/v1/p2p_pb.js';

/** What `write` sends: one case of a `PeerFrame`. */
export type FrameInit = NonNullable<Parameters<typeof peerFrameCodec.encode>[0]['frame']>;

/** The format version of a stored inbox or outbox value. */
const VALUE_VERSION = 1;
/** Waiting for the peer to read what was sent. */
const DRAIN_TIMEOUT_MS = 60_000;

/** Reads length-prefixed PeerFrames from a stream. */
export class FrameReader {
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

/** Write one frame, waiting (bounded) while the peer has not read what was sent. */
export async function write(stream: Stream, frame: FrameInit): Promise<void> {
  const body = peerFrameCodec.encode({ frame });
  const out = new Uint8Array(4 + body.length);
  new DataView(out.buffer).setUint32(0, body.length);
  out.set(body, 4);
  if (!stream.send(out)) await stream.onDrain({ signal: AbortSignal.timeout(DRAIN_TIMEOUT_MS) });
}

/** A frame (at most `maxBytes`) within `ms`, or TRANSPORT. */
export async function nextFrame(
  reader: FrameReader,
  ms: number,
  maxBytes?: number,
): Promise<PeerFrame | null> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  try {
    return await Promise.race([
      reader.next(maxBytes),
      new Promise<never>((_, reject) => {
        timer = setTimeout(() => reject(pathError('the peer did not answer in time')), ms);
      }),
    ]);
  } finally {
    clearTimeout(timer);
  }
}

/** A stored inbox or outbox value: a version byte and an envelope PeerFrame. */
export function storedValue(id: Uint8Array, envelope: Uint8Array, acceptedAt: number): Uint8Array {
  const frame = peerFrameCodec.encode({
    frame: { case: 'envelope', value: { id, envelope, acceptedAtMs: BigInt(acceptedAt) } },
  });
  const out = new Uint8Array(1 + frame.length);
  out[0] = VALUE_VERSION;
  out.set(frame, 1);
  return out;
}

/** Decode a stored inbox or outbox value. */
export function readStored(value: Uint8Array): {
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
