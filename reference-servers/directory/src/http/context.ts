/**
 * What `buildDirectoryApp` hands its route groups (src/routes/): each is a
 * Fastify plugin whose options are this.
 */
import type { Db } from '@nexuslink/server-kit';
import type { Anomalies } from '../anomalies.ts';
import type { Config } from '../config.ts';
import type { ProofOfWork } from '../pow.ts';
import type { CredentialIssuer } from '../kyc/issuer.ts';
import type { Kyc } from '../kyc/service.ts';
import type { Staff } from '../staff.ts';
import type { Reports } from '../reports.ts';
import type { CommunityStore } from '../store.ts';

/** The directory's parts, as the route groups receive them. */
export interface DirectoryRouteContext {
  readonly config: Config;
  /** The primary database (writes, and reads that must see them). */
  readonly db: Db;
  readonly store: CommunityStore;
  readonly pow: ProofOfWork;
  readonly anomalies: Anomalies;
  readonly kyc: Kyc;
  readonly issuer: CredentialIssuer;
  readonly staff: Staff;
  readonly reports: Reports;
  readonly now: () => number;
  /** The directory's own origin: what community servers sign in their endpoint proofs. */
  readonly publicUrl: () => string;
}
