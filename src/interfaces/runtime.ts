/** A source of the current time, injectable so tests and vectors are deterministic. */
export interface Clock {
  /** Milliseconds since the Unix epoch. */
  now(): number;
}

/** A cryptographically secure random source, injectable for seeded vectors. */
export interface RandomSource {
  /** `length` random bytes. */
  randomBytes(length: number): Uint8Array;
}
