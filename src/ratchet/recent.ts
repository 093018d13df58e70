/**
 * The last messages a session state decrypted (spec/ratchet.md §Duplicates
 * and rollbacks): 16-byte items `u32be(chain) || u32be(n) || tag[0..8)`, oldest
 * first. A message with a number already used is a duplicate when its tag is
 * the one remembered, and the mark of a rolled-back sender when it is not:
 * the sender encrypted another plaintext under the same message key.
 */
import { LIMITS, SIZES } from './constants.js';

const ITEM = 16;

function tagPrefix(sealed: Uint8Array): Uint8Array {
  return sealed.subarray(sealed.length - SIZES.tag, sealed.length - SIZES.tag + 8);
}

/** Remember that (chain, n) was decrypted from `sealed` (its AEAD ciphertext, tag last). */
export function rememberDecrypted(
  state: { recent: Uint8Array },
  chain: number,
  messageNumber: number,
  sealed: Uint8Array,
): void {
  const keep = Math.min(state.recent.length, (LIMITS.recentMessages - 1) * ITEM);
  const next = new Uint8Array(keep + ITEM);
  next.set(state.recent.subarray(state.recent.length - keep));
  const view = new DataView(next.buffer, keep, ITEM);
  view.setUint32(0, chain);
  view.setUint32(4, messageNumber);
  next.set(tagPrefix(sealed), keep + 8);
  state.recent = next;
}

/**
 * What the remembered messages say of another copy of (chain, n):
 * `'same'` (an identical message: a duplicate), `'different'` (a rolled-back
 * sender), or `'unknown'` (not among the remembered).
 */
export function compareWithDecrypted(
  state: { recent: Uint8Array },
  chain: number,
  messageNumber: number,
  sealed: Uint8Array,
): 'same' | 'different' | 'unknown' {
  const recent = state.recent;
  const view = new DataView(recent.buffer, recent.byteOffset, recent.byteLength);
  const tag = tagPrefix(sealed);
  for (let at = recent.length - ITEM; at >= 0; at -= ITEM) {
    if (view.getUint32(at) !== chain || view.getUint32(at + 4) !== messageNumber) continue;
    for (let i = 0; i < 8; i++) if (recent[at + 8 + i] !== tag[i]) return 'different';
    return 'same';
  }
  return 'unknown';
}

/**
 * Whether a message with this AEAD tag was among the remembered ones,
 * whatever its chain: recognises a late copy whose chain the state no
 * longer knows (header encryption deletes a past chain's header key once no
 * skipped key needs it; a chain past the window of finished chains is
 * forgotten). The tag is public, so keeping it keeps no secret.
 */
export function wasDecrypted(state: { recent: Uint8Array }, sealed: Uint8Array): boolean {
  const recent = state.recent;
  const tag = tagPrefix(sealed);
  for (let at = 8; at < recent.length; at += ITEM) {
    let i = 0;
    while (i < 8 && recent[at + i] === tag[i]) i++;
    if (i === 8) return true;
  }
  return false;
}
