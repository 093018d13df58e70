/**
 * Every label and limit of the session layer, as spec/pqxdh.md,
 * spec/ratchet.md and spec/sender-keys.md state them.
 */
export const LIMITS = {
  /** Most message keys one incoming message may make us skip in a chain (Double Ratchet MAX_SKIP). */
  maxSkip: 2000,
  /** MAX_SKIP for archived states, which only serve convergence and messages in flight: bounds the work a forged message can cause. */
  maxSkipArchived: 100,
  /** PreKeyMessage base keys a version 1 session record remembered per remote device (version 2 refuses replays through the prekey store, spec/pqxdh.md). */
  maxSeenBaseKeys: 100,
  /** Most skipped message keys kept per session (or per sender key); the oldest are evicted first. */
  maxStoredSkippedKeys: 2000,
  /** Skipped message keys older than this are deleted (ms): 30 days. */
  skippedKeyLifetimeMs: 30 * 24 * 60 * 60 * 1000,
  /** How many forgotten (expired or evicted) message numbers are remembered for precise errors. */
  maxForgotten: 2000,
  /** Past receiving chains remembered per session state; a chain that falls off loses its skipped keys. */
  maxPreviousChains: 20,
  /** Runs of skipped keys indexed per session state; the oldest goes first, with its keys. */
  maxSkippedRuns: 64,
  /** Decrypted messages remembered per state (chain, number, tag) to tell a duplicate from a rolled-back sender. */
  recentMessages: 64,
  /** Archived session states kept per remote device (simultaneous initiation, healing). */
  maxArchivedStates: 10,
  /** Sender key chains kept per (sender, distribution) across rotations. */
  maxSenderKeyStates: 5,
  /** Minimum time between two automatic session reset requests for one remote device (ms): 1 hour. */
  resetRequestIntervalMs: 60 * 60 * 1000,
  /**
   * Oldest a signed or KEM prekey in a bundle may be (ms): 30 days. An
   * initiator refuses an older one (`STALE_PREKEY`), and directories stop
   * handing out one-time KEM prekeys at this age (spec/pqxdh.md §Prekey lifecycle).
   */
  maxPreKeyAgeMs: 30 * 24 * 60 * 60 * 1000,
  /** How far in the future a prekey's `created_at_ms` may be (ms), for clock skew: 5 minutes. */
  maxPreKeyClockSkewMs: 5 * 60 * 1000,
  /**
   * How long a replaced signed or last-resort KEM private key is kept for
   * PreKeyMessages still in flight (ms): 30 days. An unused one-time KEM
   * private key is deleted once older than `maxPreKeyAgeMs` plus this.
   */
  retiredPreKeyGraceMs: 30 * 24 * 60 * 60 * 1000,
} as const;

/** HKDF info strings and other domain-separation labels. */
export const LABELS = {
  pqxdhInfo: 'NexusLink_PQXDH_CURVE25519_SHA-256_ML-KEM-1024',
  rootKey: 'NexusLink_Ratchet_RootKey',
  sessionAd: 'NexusLink_SessionAD',
  snapshot: 'nexuslink/v1/session-snapshot',
} as const;

/** Byte sizes. */
export const SIZES = {
  x25519: 32,
  mlKem1024PublicKey: 1568,
  mlKem1024Ciphertext: 1568,
  mlKemSeed: 64,
  rootKey: 32,
  chainKey: 32,
  messageKey: 32,
  aeadKey: 32,
  /** XChaCha20-Poly1305 nonce carried at the start of every message ciphertext. */
  messageNonce: 24,
  /** Random bytes drawn per message for the hedged nonce. */
  nonceHedge: 32,
  headerNonce: 24,
  tag: 16,
} as const;
