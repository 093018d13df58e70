import type { SoftwareKeyRecord } from '../../src/index.js';

/** What the client crash test hands its child process. */
export interface ClientCrashConfig {
  readonly adapter: 'sqlite' | 'sqlite-normal' | 'sqljs';
  readonly path: string;
  readonly key: string;
  readonly deviceCertificate: string;
  readonly selfSigningCertificate: string;
  readonly keyAgreementSecret: string;
  readonly signingKeys: SoftwareKeyRecord[];
  readonly signingKeyId: string;
  /** The peer's UUID. */
  readonly peer: string;
}
