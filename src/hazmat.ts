/**
 * Format-level operations on raw keys, for authors of storage adapters in
 * other languages or runtimes, recovery tools and conformance adapters.
 *
 * These functions take and return raw key material. An app never needs them:
 * the storage adapters (`sqlJsStorage`, `sqliteStorage`) seal and open their
 * images and journals themselves. Use them to read or write the formats of
 * spec/storage.md §3 byte for byte, and wipe the keys you pass when you are
 * done with them.
 *
 * @module hazmat
 */
export {
  openImage as openStorageImage,
  openJournalEntry as openStorageJournalEntry,
  sealImage as sealStorageImage,
  sealJournalEntry as sealStorageJournalEntry,
} from './storage/image.js';
