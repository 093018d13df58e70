/** Node's `util.inspect` hook, looked up by its registered symbol so no Node import is needed. */
export const INSPECT = Symbol.for('nodejs.util.inspect.custom');

/**
 * Make `util.inspect` print what `toString()` does (public data only) for
 * instances of `target`. Defined on the prototype at run time, from a
 * class's static block, so the public typings name no private symbol.
 */
export function inspectAsString(target: { readonly prototype: object }): void {
  Object.defineProperty(target.prototype, INSPECT, {
    value(this: object): string {
      return String(this);
    },
    writable: true,
    configurable: true,
  });
}
