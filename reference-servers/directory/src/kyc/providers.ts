/**
 * KYC providers (spec/directory.md §6.6): the built-in document review
 * (staff decide in the review console), and a third-party service reached
 * over HTTPS whose decisions come back through a signed webhook.
 *
 * Both directions of the webhook provider are signed the same way, with
 * the shared secret `kyc.webhook_secret`: the header
 * `X-NexusLink-Signature: t=<ms>,v1=<hex HMAC-SHA256(secret, "<t>." || body)>`,
 * accepted within 5 minutes of `t`.
 */
import { createHmac, timingSafeEqual } from 'node:crypto';
import { AppError } from '@nexuslink/server-kit';
import type { Decision, KycClaims, KycProvider } from './service.ts';
import { checkClaims, DECISIONS } from './service.ts';

/** The signature header of webhook calls, both ways. */
export const SIGNATURE_HEADER = 'x-nexuslink-signature';
const TOLERANCE_MS = 5 * 60 * 1000;

/** The built-in review: a submitted application waits in the queue for staff. */
export const reviewProvider: KycProvider = {
  name: 'review',
  start: async () => ({ reference: null }),
};

/** The header value signing `body` at time `t`. */
export function signWebhook(secret: string, body: string | Uint8Array, t: number): string {
  const mac = createHmac('sha256', secret).update(`${t}.`).update(body).digest('hex');
  return `t=${t},v1=${mac}`;
}

/** Check a webhook signature header: `NOT_PERMITTED` unless it signs `body` within 5 minutes of `now`. */
export function verifyWebhook(
  secret: string,
  header: unknown,
  body: Uint8Array,
  now: number,
): void {
  const m = typeof header === 'string' ? /^t=(\d{1,16}),v1=([0-9a-f]{64})$/.exec(header) : null;
  if (!m)
    throw new AppError('NOT_PERMITTED', `the webhook has no valid ${SIGNATURE_HEADER} header`);
  const t = Number(m[1]);
  if (Math.abs(now - t) > TOLERANCE_MS)
    throw new AppError('NOT_PERMITTED', 'the webhook signature is too old (or from the future)');
  const expected = Buffer.from(signWebhook(secret, body, t).slice(-64), 'hex');
  if (!timingSafeEqual(expected, Buffer.from(m[2]!, 'hex')))
    throw new AppError('NOT_PERMITTED', 'the webhook signature does not verify');
}

/** A decision a provider sends to `POST /v1/kyc/webhook`. */
export interface WebhookDecision {
  readonly reference: string;
  readonly decision: Decision;
  readonly note: string;
  readonly claims: KycClaims | undefined;
}

/** Parse a verified webhook body. */
export function parseWebhookDecision(body: unknown): WebhookDecision {
  const b = body as Record<string, unknown> | null;
  if (typeof b !== 'object' || b === null)
    throw new AppError(
      'INVALID_ARGUMENT',
      'the body must be { reference, decision, note, claims? }',
    );
  if (typeof b.reference !== 'string' || !/^[A-Za-z0-9._:-]{1,128}$/.test(b.reference))
    throw new AppError('INVALID_ARGUMENT', 'reference must be the reference the provider gave');
  if (!(DECISIONS as readonly unknown[]).includes(b.decision))
    throw new AppError('INVALID_ARGUMENT', `decision must be one of ${DECISIONS.join(', ')}`);
  const note = b.note ?? '';
  if (typeof note !== 'string') throw new AppError('INVALID_ARGUMENT', 'note must be a string');
  return {
    reference: b.reference,
    decision: b.decision as Decision,
    note,
    claims: b.decision === 'approved' ? checkClaims(b.claims) : undefined,
  };
}

/**
 * A third-party provider: a check starts with a signed `POST` of
 * `{ applicationId, subject, callbackUrl }` to `url`, which answers
 * `{ reference, redirectUrl? }` (the applicant continues at `redirectUrl`,
 * in the provider's own flow); the decision comes back to `callbackUrl`.
 */
export function webhookProvider(options: {
  url: string;
  secret: string;
  callbackUrl: () => string;
  timeoutMs: number;
  now: () => number;
}): KycProvider {
  return {
    name: 'webhook',
    async start(application) {
      const body = JSON.stringify({
        applicationId: application.id,
        subject: application.identity,
        callbackUrl: options.callbackUrl(),
      });
      let answer: { reference?: unknown; redirectUrl?: unknown };
      try {
        const response = await fetch(options.url, {
          method: 'POST',
          headers: {
            'content-type': 'application/json',
            [SIGNATURE_HEADER]: signWebhook(options.secret, body, options.now()),
          },
          body,
          redirect: 'error',
          signal: AbortSignal.timeout(options.timeoutMs),
        });
        if (!response.ok) throw new Error(`HTTP ${response.status}`);
        answer = (await response.json()) as typeof answer;
      } catch (cause) {
        throw new AppError(
          'UNAVAILABLE',
          'the KYC provider did not take the check: try again later',
          60_000,
          cause,
        );
      }
      if (
        typeof answer.reference !== 'string' ||
        !/^[A-Za-z0-9._:-]{1,128}$/.test(answer.reference)
      )
        throw new AppError('UNAVAILABLE', 'the KYC provider gave no usable reference', 60_000);
      const redirect =
        typeof answer.redirectUrl === 'string' && /^https?:\/\//.test(answer.redirectUrl)
          ? answer.redirectUrl
          : undefined;
      return { reference: answer.reference, ...(redirect ? { redirectUrl: redirect } : {}) };
    },
  };
}
