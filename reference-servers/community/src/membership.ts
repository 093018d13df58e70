/**
 * Joining only with a verified credential (spec/community.md §3.1): when
 * `membership.credential_issuer` names a directory, an identity that is
 * not yet a member joins only by presenting, at its first login, that
 * directory's credential (spec/directory.md §6.5) disclosing the required
 * claims, bound to the logging-in device, for this server and this
 * login's challenge. The issuer's keys are pinned (configured, or fetched
 * once at start): every check is offline.
 */
import { verifyCredentialPresentation } from '@nexuslink/sdk';
import type {
  CredentialClaims,
  IssuerJwk,
  TrustedIssuer,
  VerifiedPresentation,
} from '@nexuslink/sdk';
import { AppError, fromNexusError } from '@nexuslink/server-kit';
import { ConfigError } from './config.ts';
import type { Config } from './config.ts';

/** What a new member must present. */
export interface CredentialPolicy {
  readonly issuer: TrustedIssuer;
  readonly require: CredentialClaims;
  /** Accepted countries (the `country` claim must be disclosed and in it), if any. */
  readonly countries?: readonly string[];
}

/** The policy the configuration names, its issuer keys fetched when not configured; `null` for none. */
export async function credentialPolicy(
  config: Config,
  fetchFn: typeof fetch = fetch,
): Promise<CredentialPolicy | null> {
  const issuer = config['membership.credential_issuer'];
  if (issuer === '') return null;
  let keys: IssuerJwk[];
  const configured = config['membership.credential_issuer_keys'];
  if (configured !== '') {
    try {
      keys = JSON.parse(configured) as IssuerJwk[];
    } catch {
      throw new ConfigError(
        'membership.credential_issuer_keys is not JSON (the keys of GET /v1/kyc/issuer)',
      );
    }
  } else {
    let answer: { ok?: boolean; data?: { issuer?: string; keys?: IssuerJwk[] } };
    try {
      const res = await fetchFn(`${issuer}/v1/kyc/issuer`, { signal: AbortSignal.timeout(10_000) });
      answer = (await res.json()) as typeof answer;
    } catch (cause) {
      throw new ConfigError(
        `could not fetch the credential issuer's keys from ${issuer}/v1/kyc/issuer (${(cause as Error).message}); set membership.credential_issuer_keys`,
      );
    }
    if (answer.data?.issuer !== issuer)
      throw new ConfigError(
        `${issuer} calls itself ${String(answer.data?.issuer)}: use that as membership.credential_issuer`,
      );
    keys = answer.data.keys ?? [];
  }
  if (
    !Array.isArray(keys) ||
    keys.length === 0 ||
    !keys.every((k) => k && k.kty === 'OKP' && typeof k.x === 'string' && typeof k.kid === 'string')
  )
    throw new ConfigError('the credential issuer has no usable keys (Ed25519 JWKs with a kid)');
  const require: Record<string, boolean> = {};
  for (const claim of config['membership.required_claims']
    .split(',')
    .map((c) => c.trim())
    .filter(Boolean)) {
    if (claim !== 'verified' && claim !== 'age_over_18')
      throw new ConfigError(`membership.required_claims: ${claim} is not verified or age_over_18`);
    require[claim] = true;
  }
  const countries = config['membership.countries']
    .split(',')
    .map((c) => c.trim())
    .filter(Boolean);
  if (!countries.every((c) => /^[A-Z]{2}$/.test(c)))
    throw new ConfigError(
      'membership.countries: ISO 3166-1 alpha-2 codes, comma-separated (DE,FR)',
    );
  return {
    issuer: { issuer, keys },
    require,
    ...(countries.length ? { countries } : {}),
  };
}

/** The claims a presentation must disclose under `policy` (for the challenge's `requires`). */
export function disclosed(policy: CredentialPolicy): string[] {
  return [...Object.keys(policy.require), ...(policy.countries ? ['country'] : [])];
}

/**
 * Check a new member's presentation: for this server and this challenge's
 * nonce, by this identity and device. `NOT_PERMITTED` when missing or not
 * acceptable (the reason in the message).
 */
export async function checkPresentation(
  policy: CredentialPolicy,
  presentation: string | null,
  expected: { server: string; nonce: string; uuid: string; deviceKey: Uint8Array; now: number },
): Promise<VerifiedPresentation> {
  if (presentation === null)
    throw new AppError(
      'NOT_PERMITTED',
      `this server admits verified identities only: present a credential from ${policy.issuer.issuer} disclosing ${disclosed(policy).join(', ')}`,
    );
  let v: VerifiedPresentation;
  try {
    v = await verifyCredentialPresentation(presentation, {
      issuers: [policy.issuer],
      audience: expected.server,
      nonce: expected.nonce,
      require: policy.require,
      ...(policy.countries ? { countries: policy.countries } : {}),
      now: expected.now,
    });
  } catch (err) {
    const e = fromNexusError(err, 'NOT_PERMITTED');
    throw new AppError('NOT_PERMITTED', `the credential is not accepted: ${e.message}`);
  }
  if (
    v.uuid !== expected.uuid ||
    Buffer.compare(Buffer.from(v.deviceKey.bytes), Buffer.from(expected.deviceKey)) !== 0
  )
    throw new AppError('NOT_PERMITTED', 'the credential is of another identity or device');
  return v;
}
