/**
 * Base58 with the Bitcoin alphabet, for UUIDs (37 bytes, spec/identity.md §3):
 * a big-endian number in base 58, each leading zero byte written as `1`.
 * Our own, short, for the browser bundle of identity + sessions (issue 16:
 * `@scure/base` brought 1.2 KB gzipped for this alone); it gives the same
 * text as `@scure/base`'s `base58`, which `test/identity/base58.test.ts`
 * checks on random inputs.
 */

const ALPHABET = '123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz';
const INDEX = new Map([...ALPHABET].map((c, i) => [c, BigInt(i)]));

/** Base58 text of `bytes`. */
export function base58Encode(bytes: Uint8Array): string {
  let zeros = 0;
  while (zeros < bytes.length && bytes[zeros] === 0) zeros++;
  let n = 0n;
  for (const b of bytes) n = (n << 8n) | BigInt(b);
  let out = '';
  while (n > 0n) {
    out = ALPHABET[Number(n % 58n)]! + out;
    n /= 58n;
  }
  return '1'.repeat(zeros) + out;
}

/**
 * The bytes of Base58 `text`.
 *
 * @throws Error for a character outside the alphabet.
 */
export function base58Decode(text: string): Uint8Array {
  let zeros = 0;
  while (zeros < text.length && text[zeros] === '1') zeros++;
  let n = 0n;
  for (const c of text) {
    const digit = INDEX.get(c);
    if (digit === undefined) throw new Error('not Base58');
    n = n * 58n + digit;
  }
  const body: number[] = [];
  while (n > 0n) {
    body.push(Number(n & 0xffn));
    n >>= 8n;
  }
  const out = new Uint8Array(zeros + body.length);
  for (let i = 0; i < body.length; i++) out[out.length - 1 - i] = body[i]!;
  return out;
}
