import { STORAGE_LIMITS } from '../interfaces/storage.js';
import type { StorageEntry, StorageReader, StorageTable } from '../interfaces/storage.js';

/** Every entry of `table` under `prefix`, a page at a time (a `list` returns at most 10,000). */
export async function listAll(
  tx: StorageReader,
  table: StorageTable,
  prefix?: string,
): Promise<StorageEntry[]> {
  const out: StorageEntry[] = [];
  let after: string | undefined;
  for (;;) {
    const page = await tx.list(table, {
      ...(prefix ? { prefix } : {}),
      ...(after === undefined ? {} : { after }),
    });
    out.push(...page);
    if (page.length < STORAGE_LIMITS.maxListLimit) return out;
    after = page[page.length - 1]!.key;
  }
}
