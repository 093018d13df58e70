// The scenarios every implementation runs, and what an implementation provides.
import type { PlaintextCheck, Workload } from './harness.js';

/** Size of every benchmark message (bytes). */
export const MESSAGE_SIZE = 1024;

/** Reverse scenario: messages A encrypts per batch, delivered last first. */
export const REVERSE_BATCH = 1000;
/**
 * Gap scenarios: skipped message keys B's record holds (NexusLink's MAX_SKIP
 * and its cap on stored keys; libsignal allows 25,000 and stores 2,000).
 */
export const GAP_SKIPPED_KEYS = 2000;
/** Gap scenarios: archived session states in B's record (NexusLink keeps 10, libsignal 40). */
export const GAP_ARCHIVED_STATES = 10;
/**
 * establish-cold: how many operations ahead each one's material is built.
 * The SDK's caches are bounded LRUs of at most 1,024 entries, and building
 * one operation's two devices puts at least two entries into each cache it
 * touches (the UUID cache gets exactly two), so 600 ahead has every cache
 * cycled past an operation's keys by its turn. Checked at set-up.
 */
export const COLD_LOOKAHEAD = 600;

export const SCENARIOS = {
  establish:
    'session establishment: bundle processed, first message encrypted and decrypted (fresh prekeys each time, made untimed)',
  'establish-cold':
    "as establish, at first contact: fresh identities, certificates and prekeys for both parties every time (made untimed, 600 operations ahead and checked, so none of NexusLink's caches of verified signatures, point checks, UUIDs or imported keys holds anything either party uses)",
  steady: 'one direction: A encrypts, B decrypts, same chain (one op = one message)',
  'steady-after-gap': `as steady, but B's record holds ${GAP_SKIPPED_KEYS.toLocaleString('en-US')} skipped message keys and ${GAP_ARCHIVED_STATES} archived session states (one op = one message)`,
  'ping-pong': 'A→B, B→A alternately: every message a DH ratchet step (one op = one message)',
  group: 'sender key: encrypt once, one member decrypts (one op = one message)',
  reverse: `${REVERSE_BATCH.toLocaleString('en-US')} messages encrypted by A (untimed), B decrypts them last first: the first skips ${REVERSE_BATCH - 1} keys, the rest take stored keys (one op = one message decrypted)`,
  'valid-on-gap': `B decrypts A's next message, on a record as in steady-after-gap (encrypted untimed; one op = one message decrypted)`,
  forged: `B is given A's next message with one ciphertext bit flipped, on a record as in steady-after-gap (one op = one failed decrypt; its error and the unchanged record are checked)`,
} as const;

export type ScenarioName = keyof typeof SCENARIOS;

/** What a workload factory gets: the messages to send and the plaintext checker. */
export interface WorkloadContext {
  readonly messages: readonly Uint8Array<ArrayBuffer>[];
  readonly check: PlaintextCheck;
}

/** One implementation: a set-up function per scenario it supports (absent: n/a). */
export interface Implementation {
  readonly name: string;
  /** Called before each of its workloads is set up (for example to select a crypto provider). */
  readonly activate?: () => void;
  readonly workloads: Partial<Record<ScenarioName, (ctx: WorkloadContext) => Promise<Workload>>>;
}
