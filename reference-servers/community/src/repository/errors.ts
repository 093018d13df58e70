/** A conflict the caller reports (`CONFLICT`, `LIMIT`): nothing was written. */
export class RepositoryError extends Error {
  override readonly name = 'RepositoryError';
  readonly code: 'LIMIT' | 'CONFLICT' | 'NOT_FOUND';
  constructor(code: 'LIMIT' | 'CONFLICT' | 'NOT_FOUND', message: string) {
    super(message);
    this.code = code;
  }
}
