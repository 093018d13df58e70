/**
 * The client's side of the community WebSocket's frames (spec/community.md
 * §5): how a frame is written, the close codes it acts on, and what a
 * Result frame's error becomes.
 */
import { NexusError } from '../interfaces/errors.js';
import { DEFAULT_RETRY_AFTER_MS, rateLimitedError, serverError } from '../transport/http-api.js';
import { clientFrameCodec } from '../wire/community.js';

/** A client frame, as the WebSocket API takes it. */
export const encodeFrame = (frame: Parameters<typeof clientFrameCodec.encode>[0]) =>
  clientFrameCodec.encode(frame) as Uint8Array<ArrayBuffer>;

/** Close codes of spec/community.md §5.4 the client acts on. */
export const CLOSE_UNAUTHORIZED = 4001;
export const CLOSE_REVOKED = 4003;

/**
 * A Result frame's error as the SDK reports it: `RATE_LIMITED` typed, with
 * the default wait; a device this server does not host (`NOT_FOUND`) or an
 * unreachable one (`TRANSPORT`) marked as worth trying on another transport.
 */
export function frameError(code: string, message: string): NexusError {
  if (code === 'RATE_LIMITED') return rateLimitedError('the frame', DEFAULT_RETRY_AFTER_MS);
  const err = serverError(code, message);
  if (!NexusError.is(err, 'NOT_FOUND', 'TRANSPORT')) return err;
  return new NexusError(err.code, err.message, { details: { retryElsewhere: true } });
}
