/** Blobs as the API sends them, over HTTP and on the delivery stream (spec/relay.md §4). */
import { toBase64 } from '@nexuslink/server-kit';
import type { StoredBlob } from '../store.ts';

/** A blob as the API sends it. */
export const wireBlob = (b: StoredBlob) => ({
  id: b.id,
  blob: toBase64(b.body),
  storedAt: b.storedAt,
  expiresAt: b.expiresAt,
});

/** Most bytes of blobs in one listing. */
export const LIST_BYTES = 4 * 1024 * 1024;
