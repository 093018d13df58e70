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

/** A listing in its envelope (`{ ok, data: Community }`). */
export const communitySchema = {
  type: 'object',
  properties: {
    ok: { type: 'boolean' },
    data: {
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
    },
  },
} as const;
