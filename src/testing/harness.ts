/**
 * The minimal test API the compliance suites need; vitest, mocha, jest and
 * `node:test` all provide it, so the suites work under any of them.
 */
export interface TestApi {
  /** Register a group of cases. */
  describe(name: string, fn: () => void): void;
  /** Register one case, with an optional timeout in ms. */
  it(name: string, fn: () => Promise<void> | void, timeout?: number): void;
}

/** Fail a compliance case with `message`. */
export function fail(message: string): never {
  throw new Error(`compliance: ${message}`);
}

/** Fail unless `condition` holds. */
export function ok(condition: unknown, message: string): asserts condition {
  if (!condition) fail(message);
}

/** Expect `fn` to reject with a `NexusError` of code `code`. */
export async function rejectsWith(
  fn: () => Promise<unknown> | unknown,
  code: string,
  what: string,
): Promise<void> {
  let thrown: unknown;
  try {
    await fn();
  } catch (err) {
    thrown = err;
  }
  if (thrown === undefined) fail(`${what}: expected NexusError ${code}, nothing was thrown`);
  const name = (thrown as { name?: unknown }).name;
  const got = (thrown as { code?: unknown }).code;
  if (name !== 'NexusError' || got !== code) {
    fail(
      `${what}: expected NexusError ${code}, got ${String(name)} ${String(got)}: ${String((thrown as Error).message)}`,
    );
  }
}
