import type { CrashChildConfig } from '../storage/crash-child-storage.js';

/** What the client crash test hands its child process: the storage crash test's, with the peer's UUID. */
export type ClientCrashConfig = Omit<CrashChildConfig, 'peer'> & { readonly peer: string };
