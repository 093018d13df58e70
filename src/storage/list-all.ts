// Moved to the storage layout module; kept for the importers of this path.
export { listAll } from './layout.js';
