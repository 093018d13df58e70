import { NexusError } from '../interfaces/errors.js';
import { STORAGE_LIMITS, STORAGE_TABLES } from '../interfaces/storage.js';
import type { ListOptions, StorageTable } from '../interfaces/storage.js';

const TABLES = new Set<string>(STORAGE_TABLES);
const PRINTABLE_ASCII = /^[\x20-\x7e]+$/;

/** Throw `INVALID_ARGUMENT` unless `table` is one of the storage tables. */
export function checkTable(table: unknown): asserts table is StorageTable {
  if (typeof table !== 'string' || !TABLES.has(table))
    throw new NexusError('INVALID_ARGUMENT', `unknown storage table ${JSON.stringify(table)}`);
}

/** Throw `INVALID_ARGUMENT` unless `key` is 1..512 printable ASCII characters. */
export function checkKey(key: unknown, what = 'storage key'): asserts key is string {
  if (
    typeof key !== 'string' ||
    key.length === 0 ||
    key.length > STORAGE_LIMITS.maxKeyLength ||
    !PRINTABLE_ASCII.test(key)
  ) {
    throw new NexusError(
      'INVALID_ARGUMENT',
      `${what} must be 1-${STORAGE_LIMITS.maxKeyLength} printable ASCII characters`,
    );
  }
}

/** Throw `INVALID_ARGUMENT` unless `value` is a Uint8Array within the size limit. */
export function checkValue(value: unknown): asserts value is Uint8Array {
  if (!(value instanceof Uint8Array))
    throw new NexusError('INVALID_ARGUMENT', 'storage value must be a Uint8Array');
  if (value.length > STORAGE_LIMITS.maxValueBytes)
    throw new NexusError(
      'INVALID_ARGUMENT',
      `storage value is ${value.length} bytes, over the ${STORAGE_LIMITS.maxValueBytes}-byte limit`,
    );
}

/** Validated list options with the limit resolved. */
export interface CheckedListOptions {
  readonly prefix: string | undefined;
  readonly after: string | undefined;
  readonly before: string | undefined;
  readonly reverse: boolean;
  readonly limit: number;
}

/** Throw `INVALID_ARGUMENT` unless `options` are valid list options. */
export function checkListOptions(options: ListOptions | undefined): CheckedListOptions {
  const o = options ?? {};
  if (typeof o !== 'object' || o === null)
    throw new NexusError('INVALID_ARGUMENT', 'list options must be an object');
  for (const field of ['prefix', 'after', 'before'] as const)
    if (o[field] !== undefined) checkKey(o[field], `list option ${field}`);
  if (o.reverse !== undefined && typeof o.reverse !== 'boolean')
    throw new NexusError('INVALID_ARGUMENT', 'list option reverse must be a boolean');
  return {
    prefix: o.prefix,
    after: o.after,
    before: o.before,
    reverse: o.reverse ?? false,
    limit: checkLimit(o.limit),
  };
}

/** The limit of a list or search: 1..maxListLimit, default maxListLimit. */
export function checkLimit(limit: unknown): number {
  if (limit === undefined) return STORAGE_LIMITS.maxListLimit;
  if (
    !Number.isInteger(limit) ||
    (limit as number) < 1 ||
    (limit as number) > STORAGE_LIMITS.maxListLimit
  )
    throw new NexusError(
      'INVALID_ARGUMENT',
      `limit must be an integer in 1-${STORAGE_LIMITS.maxListLimit}`,
    );
  return limit as number;
}

/** Whether `key` passes the prefix and range filters of `o`. */
export function inRange(key: string, o: CheckedListOptions): boolean {
  return (
    (o.prefix === undefined || key.startsWith(o.prefix)) &&
    (o.after === undefined || key > o.after) &&
    (o.before === undefined || key < o.before)
  );
}

/** Throw `INVALID_ARGUMENT` unless `text` is null or a string within the limit. */
export function checkText(text: unknown): asserts text is string | null {
  if (text === null) return;
  if (typeof text !== 'string' || text.length > STORAGE_LIMITS.maxTextLength)
    throw new NexusError(
      'INVALID_ARGUMENT',
      `indexed text must be a string of at most ${STORAGE_LIMITS.maxTextLength} characters`,
    );
}

/** One word of a search query: the lower-case word, and whether it is a prefix (`word*`). */
export interface QueryTerm {
  readonly word: string;
  readonly prefix: boolean;
}

const WORD = /[\p{L}\p{N}]+/gu;

/** The lower-case words of `text`, as every adapter's tokenizer splits it (letters and digits). */
export function words(text: string): string[] {
  return (text.normalize('NFKC').toLowerCase().match(WORD) ?? []) as string[];
}

/**
 * The terms of a search query: words, each optionally ending in `*` (a
 * prefix). Throws `INVALID_ARGUMENT` for a query with no words or over 32 of them.
 */
export function parseQuery(query: unknown): QueryTerm[] {
  if (typeof query !== 'string' || query.length > STORAGE_LIMITS.maxQueryLength)
    throw new NexusError(
      'INVALID_ARGUMENT',
      `search query must be a string of at most ${STORAGE_LIMITS.maxQueryLength} characters`,
    );
  const terms: QueryTerm[] = [];
  for (const match of query
    .normalize('NFKC')
    .toLowerCase()
    .matchAll(/([\p{L}\p{N}]+)(\*?)/gu))
    terms.push({ word: match[1]!, prefix: match[2] === '*' });
  if (terms.length === 0 || terms.length > 32)
    throw new NexusError('INVALID_ARGUMENT', 'search query must have 1-32 words');
  return terms;
}

/** Whether the words of an indexed text match every term of a query. */
export function matches(textWords: readonly string[], terms: readonly QueryTerm[]): boolean {
  return terms.every((t) =>
    textWords.some((w) => (t.prefix ? w.startsWith(t.word) : w === t.word)),
  );
}
