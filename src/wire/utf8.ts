/**
 * UTF-8 for the wire codecs without a round trip through TextEncoder for
 * the short ASCII strings (UUIDs, ids, content types) that fill most
 * records: their length is counted and their bytes written in place, and
 * anything else goes to TextEncoder/TextDecoder, whose results these match
 * byte for byte (a lone surrogate is U+FFFD, three bytes; decoding is
 * fatal on malformed input).
 */

const encoder = new TextEncoder();
const decoder = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });

/** Decoded with a loop below this many bytes, where TextDecoder's call costs more. */
const SHORT = 64;

/** The number of bytes `s` takes in UTF-8 (as TextEncoder encodes it). */
export function utf8Length(s: string): number {
  let n = s.length;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 0x80) continue;
    if (c < 0x800) n += 1;
    else if (c >= 0xd800 && c <= 0xdbff && i + 1 < s.length) {
      const d = s.charCodeAt(i + 1);
      // A surrogate pair: 2 UTF-16 units, 4 bytes.
      if (d >= 0xdc00 && d <= 0xdfff) {
        n += 2;
        i++;
      } else n += 2;
    } else n += 2; // 3 bytes: the rest of the BMP, and a lone surrogate as U+FFFD
  }
  return n;
}

/** Write `s` as UTF-8 into `out` at `at`; returns the offset after it. */
export function writeUtf8(out: Uint8Array, at: number, s: string): number {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 0x80) return at + encoder.encodeInto(s.slice(i), out.subarray(at)).written;
    out[at++] = c;
  }
  return at;
}

/**
 * Decode UTF-8 strictly: malformed input throws a TypeError, as a fatal
 * TextDecoder does; a leading BOM is kept.
 */
export function readUtf8(bytes: Uint8Array): string {
  if (bytes.length < SHORT) {
    let s = '';
    for (let i = 0; i < bytes.length; i++) {
      const b = bytes[i]!;
      if (b >= 0x80) return decoder.decode(bytes);
      s += String.fromCharCode(b);
    }
    return s;
  }
  return decoder.decode(bytes);
}
