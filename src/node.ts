/**
 * Node-only adapters (they need native modules or Node built-ins).
 *
 * @module node
 */
export {};
