// The scenarios every implementation runs, and what an implementation provides.
import type { PlaintextCheck, Workload } from './harness.js';

/** Size of every benchmark message (bytes). */
export const MESSAGE_SIZE = 1024;

export const SCENARIOS = {
  establish:
    'session establishment: bundle processed, first message encrypted and decrypted (fresh prekeys each time, made untimed)',
  steady: 'one direction: A encrypts, B decrypts, same chain (one op = one message)',
  'ping-pong': 'A→B, B→A alternately: every message a DH ratchet step (one op = one message)',
  group: 'sender key: encrypt once, one member decrypts (one op = one message)',
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
