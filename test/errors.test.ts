import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { ERROR_CODES, NexusError, isErrorCode } from '../src/index.js';
import { repoPath } from './helpers.js';

describe('NexusError', () => {
  it('narrows by code', () => {
    const err: unknown = new NexusError('REVOKED', 'device revoked');
    expect(NexusError.is(err)).toBe(true);
    expect(NexusError.is(err, 'REVOKED')).toBe(true);
    expect(NexusError.is(err, 'MALFORMED', 'REVOKED')).toBe(true);
    expect(NexusError.is(err, 'MALFORMED')).toBe(false);
    if (NexusError.is(err, 'REVOKED')) {
      const code: 'REVOKED' = err.code;
      expect(code).toBe('REVOKED');
    }
    expect(NexusError.is(new Error('x'))).toBe(false);
    expect(NexusError.is({ name: 'NexusError', code: 'REVOKED' })).toBe(false);
    expect(NexusError.is(null)).toBe(false);
  });

  it('refuses codes outside the closed set', () => {
    expect(() => new NexusError('NOPE' as never, 'x')).toThrow(TypeError);
    expect(isErrorCode('MALFORMED')).toBe(true);
    expect(isErrorCode('nope')).toBe(false);
  });

  it('keeps the cause off the message', () => {
    const err = new NexusError('KEYSTORE', 'backend failed', { cause: new Error('secret detail') });
    expect(err.message).toBe('backend failed');
    expect(err.name).toBe('NexusError');
    expect(err).toBeInstanceOf(Error);
  });

  it('every code is documented in spec/errors.md, and nothing else is', () => {
    const spec = readFileSync(repoPath('spec/errors.md'), 'utf8');
    const documented = [...spec.matchAll(/^\| `([A-Z_]+)` \|/gm)].map((m) => m[1]);
    expect([...documented].sort()).toEqual([...ERROR_CODES].sort());
  });
});
