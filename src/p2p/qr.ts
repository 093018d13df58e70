/**
 * Invites as QR codes (spec/p2p.md §3.3): the text form in QR alphanumeric
 * mode, error correction level M, rendered for a terminal, as SVG, or as a
 * PNG; and the way back, from the pixels of a photo or a screenshot to the
 * text. QR encoding and decoding are `@paulmillr/qr`; the PNG is written
 * here (1-bit grayscale, stored deflate blocks), so this runs the same in
 * browsers and Node.
 */
import encodeQR from '@paulmillr/qr';
import decodeQR from '@paulmillr/qr/decode.js';
import { NexusError } from '../interfaces/errors.js';
import { concat } from '../primitives/bytes.js';
import { inviteFromText, inviteToText } from './invite.js';

/** Options of {@link inviteQr}. */
export interface InviteQrOptions {
  /** Pixels per module of a PNG (default 8, at most 32). */
  readonly scale?: number;
  /** Light modules around the code (default 4, the quiet zone the standard asks for). */
  readonly border?: number;
}

/** Render an invite (its bytes or text form) for a terminal: two rows of modules per line, in block characters. */
export function inviteQr(
  invite: Uint8Array | string,
  format: 'terminal',
  options?: InviteQrOptions,
): string;
/** Render an invite as an SVG document (one unit per module). */
export function inviteQr(
  invite: Uint8Array | string,
  format: 'svg',
  options?: InviteQrOptions,
): string;
/** Render an invite as a PNG image. */
export function inviteQr(
  invite: Uint8Array | string,
  format: 'png',
  options?: InviteQrOptions,
): Uint8Array;
export function inviteQr(
  invite: Uint8Array | string,
  format: 'terminal' | 'svg' | 'png',
  options: InviteQrOptions = {},
): string | Uint8Array {
  const text =
    typeof invite === 'string' ? inviteToText(inviteFromText(invite)) : inviteToText(invite);
  const border = options.border ?? 4;
  const scale = options.scale ?? 8;
  if (!Number.isInteger(border) || border < 0 || border > 16)
    throw new NexusError('INVALID_ARGUMENT', 'border is an integer from 0 to 16');
  if (!Number.isInteger(scale) || scale < 1 || scale > 32)
    throw new NexusError('INVALID_ARGUMENT', 'scale is an integer from 1 to 32');
  const opts = { ecc: 'medium', encoding: 'alphanumeric', border } as const;
  if (format === 'svg') return encodeQR(text, 'svg', opts);
  if (format === 'terminal') return encodeQR(text, 'ascii', opts);
  if (format === 'png') return bitmapToPng(encodeQR(text, 'raw', opts), scale);
  throw new NexusError('INVALID_ARGUMENT', 'the format is terminal, svg or png');
}

/** An image: `width × height` pixels, 4 bytes (RGBA) or 3 bytes (RGB) each, row by row. */
export interface QrImage {
  readonly width: number;
  readonly height: number;
  readonly data: Uint8Array | Uint8ClampedArray;
}

/**
 * The text of the QR code in an image (a camera frame, a screenshot, a
 * decoded PNG). Pass it to `verifyInvite`.
 *
 * @throws NexusError `MALFORMED` when no QR code can be read in it.
 */
export function readQrImage(image: QrImage): string {
  const { width, height, data } = image ?? {};
  if (
    !Number.isInteger(width) ||
    !Number.isInteger(height) ||
    width < 21 ||
    height < 21 ||
    width * height > 64 * 1024 * 1024 ||
    !(data instanceof Uint8Array || data instanceof Uint8ClampedArray) ||
    (data.length !== width * height * 4 && data.length !== width * height * 3)
  )
    throw new NexusError('INVALID_ARGUMENT', 'an image is width × height RGBA or RGB pixels');
  let failure: unknown;
  // The decoder misses some codes drawn with many pixels per module (about one
  // in seven at 3-8 pixels, none at 2, in test/p2p/invite.test.ts): try the
  // image as it is, then sampled down by 2 to 8.
  for (const factor of [1, 2, 3, 4, 5, 6, 7, 8]) {
    if (factor > 1 && (width / factor < 21 || height / factor < 21)) break;
    try {
      return decodeQR(factor === 1 ? { width, height, data } : sampledDown(image, factor));
    } catch (cause) {
      failure ??= cause;
    }
  }
  throw new NexusError('MALFORMED', 'no QR code could be read in the image', { cause: failure });
}

/** Every `factor`-th pixel of an image, from the middle of each block (RGBA out). */
function sampledDown(image: QrImage, factor: number): QrImage {
  const { width, height, data } = image;
  const channels = data.length / (width * height);
  const w = Math.floor(width / factor);
  const h = Math.floor(height / factor);
  const out = new Uint8Array(w * h * 4);
  const half = Math.floor(factor / 2);
  for (let y = 0; y < h; y++)
    for (let x = 0; x < w; x++) {
      const from = ((y * factor + half) * width + x * factor + half) * channels;
      const to = (y * w + x) * 4;
      out[to] = data[from]!;
      out[to + 1] = data[from + 1]!;
      out[to + 2] = data[from + 2]!;
      out[to + 3] = 255;
    }
  return { width: w, height: h, data: out };
}

/** A 1-bit grayscale PNG of a QR bitmap (true = dark), `scale` pixels per module. */
function bitmapToPng(rows: boolean[][], scale: number): Uint8Array {
  const size = rows.length * scale;
  const stride = 1 + Math.ceil(size / 8); // a filter byte (0: none), then the bits
  const raw = new Uint8Array(stride * size);
  for (let y = 0; y < size; y++) {
    const row = rows[Math.floor(y / scale)]!;
    for (let x = 0; x < size; x++)
      if (!row[Math.floor(x / scale)]) raw[y * stride + 1 + (x >> 3)]! |= 0x80 >> (x & 7); // 1 = white
  }
  const header = new Uint8Array(13);
  const view = new DataView(header.buffer);
  view.setUint32(0, size);
  view.setUint32(4, size);
  header.set([1, 0, 0, 0, 0], 8); // bit depth 1, grayscale, deflate, adaptive filtering, no interlace
  return concat(
    Uint8Array.of(0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a),
    chunk('IHDR', header),
    chunk('IDAT', zlibStored(raw)),
    chunk('IEND', new Uint8Array(0)),
  );
}

function chunk(type: string, data: Uint8Array): Uint8Array {
  const out = new Uint8Array(12 + data.length);
  const view = new DataView(out.buffer);
  view.setUint32(0, data.length);
  for (let i = 0; i < 4; i++) out[4 + i] = type.charCodeAt(i);
  out.set(data, 8);
  view.setUint32(8 + data.length, crc32(out.subarray(4, 8 + data.length)));
  return out;
}

/** A zlib stream of stored (uncompressed) deflate blocks. */
function zlibStored(data: Uint8Array): Uint8Array {
  const blocks = Math.max(1, Math.ceil(data.length / 65535));
  const out = new Uint8Array(2 + blocks * 5 + data.length + 4);
  out[0] = 0x78;
  out[1] = 0x01;
  let o = 2;
  for (let b = 0; b < blocks; b++) {
    const part = data.subarray(b * 65535, Math.min(data.length, (b + 1) * 65535));
    out[o++] = b === blocks - 1 ? 1 : 0;
    out[o++] = part.length & 0xff;
    out[o++] = part.length >> 8;
    out[o++] = ~part.length & 0xff;
    out[o++] = (~part.length >> 8) & 0xff;
    out.set(part, o);
    o += part.length;
  }
  let a = 1;
  let b = 0;
  for (const byte of data) {
    a = (a + byte) % 65521;
    b = (b + a) % 65521;
  }
  new DataView(out.buffer).setUint32(o, ((b << 16) | a) >>> 0);
  return out;
}

let crcTable: Uint32Array | null = null;

function crc32(data: Uint8Array): number {
  if (!crcTable) {
    crcTable = new Uint32Array(256);
    for (let n = 0; n < 256; n++) {
      let c = n;
      for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
      crcTable[n] = c >>> 0;
    }
  }
  let c = 0xffffffff;
  for (const byte of data) c = crcTable[(c ^ byte) & 0xff]! ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}
