/** Node's `util.inspect` hook, looked up by its registered symbol so no Node import is needed. */
export const INSPECT = Symbol.for('nodejs.util.inspect.custom');
