// Moved to the storage layout module; kept for the importers of this path.
export { checkEntryName, deviceKey, storageProtocolStores, transactionStores } from './layout.js';
