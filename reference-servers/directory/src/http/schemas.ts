/** JSON schemas shared by the routes (and so by the OpenAPI document). */

/** The error envelope (spec/errors.md). */
export const errorSchema = {
  type: 'object',
  properties: {
    ok: { type: 'boolean', const: false },
    error: {
      type: 'object',
      properties: { code: { type: 'string' }, message: { type: 'string' } },
    },
  },
} as const;

/** The error answers every route may give. */
export const errorResponses = {
  '4xx': errorSchema,
  '5xx': errorSchema,
} as const;

/** `data` in the success envelope (`{ ok: true, data }`). */
export const envelope = <T extends object>(data: T) =>
  ({ type: 'object', properties: { ok: { type: 'boolean' }, data } }) as const;

/** A listing (`Community`). */
export const listingSchema = {
  type: 'object',
  properties: {
    id: { type: 'string', format: 'uuid' },
    owner: { type: 'string' },
    name: { type: 'string' },
    description: { type: 'string' },
    tags: { type: 'array', items: { type: 'string' } },
    language: { type: 'string' },
    endpoint: { type: 'string' },
    serverKey: { type: 'string' },
    revision: { type: 'integer' },
    registration: { type: 'string', description: 'the signed registration, base64' },
    memberCount: { type: 'integer' },
    status: { type: 'string', enum: ['online', 'degraded', 'offline'] },
    createdAt: { type: 'integer' },
    updatedAt: { type: 'integer' },
    lastActiveAt: { type: 'integer' },
    official: { type: 'boolean', description: 'the directory’s own community server' },
    health: {
      type: 'object',
      properties: {
        latencyMs: { type: ['integer', 'null'] },
        successRate: { type: ['number', 'null'] },
        checks: { type: 'integer' },
        checkedAt: { type: ['integer', 'null'] },
      },
    },
  },
} as const;

/** A listing in its envelope. */
export const communitySchema = envelope(listingSchema);

/** The params of a route on one listing or application: `{id}`, a UUID in text form. */
export const ID_PARAMS = {
  type: 'object',
  required: ['id'],
  additionalProperties: false,
  properties: { id: { type: 'string', minLength: 36, maxLength: 36 } },
} as const;

/** A body that only says why (an admin's action, recorded in the audit trail). */
export const REASON_BODY = {
  type: 'object',
  required: ['reason'],
  additionalProperties: false,
  properties: { reason: { type: 'string', minLength: 4, maxLength: 500 } },
} as const;
