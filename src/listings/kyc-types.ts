/**
 * What the directory's KYC, privacy and report routes exchange
 * (spec/directory.md §6, §7.1): the types {@link DirectoryClient}'s methods
 * for them take and return.
 */

/** The data fields of an application: these three and no others (data minimisation). */
export interface KycFields {
  /** As on the identity document, 1 to 200 characters. */
  readonly legalName: string;
  /** `YYYY-MM-DD`. */
  readonly dateOfBirth: string;
  /** ISO 3166-1 alpha-2, upper case: `DE`. */
  readonly country: string;
}

/** The kinds of document an applicant uploads. */
export type KycDocumentKind = 'id_document' | 'selfie' | 'proof_of_address' | 'other';

/** A document to upload: JPEG, PNG or PDF, at most the directory's `kyc.max_document_bytes`. */
export interface KycDocumentUpload {
  readonly kind: KycDocumentKind;
  readonly mediaType: 'image/jpeg' | 'image/png' | 'application/pdf';
  readonly content: Uint8Array;
}

/** A document as the directory describes it (never its content). */
export interface KycDocumentInfo {
  readonly id: string;
  /** `fields` is the data fields, kept like a document. */
  readonly kind: KycDocumentKind | 'fields';
  readonly mediaType: string;
  readonly size: number;
  readonly createdAt: number;
}

/** An application's states. */
export type KycStatus = 'draft' | 'submitted' | 'more_info' | 'approved' | 'rejected' | 'withdrawn';

/** What an approval established. */
export interface KycClaims {
  readonly verified?: true;
  readonly age_over_18?: boolean;
  readonly country?: string;
}

/** An application, as its applicant sees it. */
export interface KycApplication {
  readonly id: string;
  readonly identity: string;
  readonly status: KycStatus;
  /** `review` (the directory's staff) or `webhook` (a third party). */
  readonly provider: string;
  readonly claims: KycClaims;
  /** The reviewer's words: what more is needed, or why it was rejected. */
  readonly note: string;
  readonly createdAt: number;
  readonly updatedAt: number;
  readonly submittedAt: number | null;
  readonly decidedAt: number | null;
  /** When the documents are deleted (a decision plus the retention period). */
  readonly purgeAfter: number | null;
  readonly documentsDeleted: boolean;
  readonly documents: readonly KycDocumentInfo[];
}

/** A consent given or withdrawn. */
export interface ConsentRecord {
  readonly purpose: 'kyc';
  readonly version: string;
  readonly granted: boolean;
  readonly at: number;
}

/** How to reach the directory's data protection officer, and its terms. */
export interface PrivacyContact {
  readonly contact: string;
  readonly directory: string;
  readonly retentionDays: number;
  /** The version of the consent text an applicant agrees to. */
  readonly consentVersion: string;
}

/**
 * What a report is about: a listed community, a member (optionally in a
 * listed community), or a message sent in a listed community's channel.
 *
 * A message is reported with the evidence a recipient's client kept:
 * `evidence` is what `client.channels.evidence(messageId)` gives (an encoded
 * `MessageEvidence`, spec/community.md §5.6), sent base64url-encoded. The
 * directory checks it against the listing's server key and refuses it
 * (`BAD_SIGNATURE`, `MALFORMED`) unless that server attested the message.
 * It discloses the message to the directory's admins, and it is
 * transferable: whoever holds it can show that the attested device sent
 * that message (spec/directory.md §7.1).
 */
export type ReportTarget =
  | { readonly kind: 'community'; readonly id: string }
  | { readonly kind: 'member'; readonly uuid: string; readonly community?: string }
  | {
      readonly kind: 'message';
      /** The id of the listing of the community server the message was sent through. */
      readonly listing: string;
      /** The message's evidence (`client.channels.evidence`), at most 160.5 KiB. */
      readonly evidence: Uint8Array;
    };

/** Why a report is made. */
export type ReportCategory =
  'spam' | 'harassment' | 'hate' | 'illegal' | 'child_safety' | 'impersonation' | 'other';

/** A report as the directory keeps it, and what came of it. */
export interface DirectoryReport {
  readonly id: string;
  readonly reporter: string;
  /**
   * What it is about. A message report shows, instead of its evidence, the
   * message's listing, channel, sequence id and the member the server
   * attested as its sender (never its content: only admins read that).
   */
  readonly target:
    | Exclude<ReportTarget, { readonly kind: 'message' }>
    | {
        readonly kind: 'message';
        readonly listing: string;
        readonly channelId: string;
        readonly seq: number;
        readonly member: string;
      };
  readonly category: ReportCategory;
  readonly details: string;
  /** `open` until an admin handles it. */
  readonly status: 'open' | 'dismissed' | 'actioned' | 'escalated';
  /** The admin's words to the reporter, once handled. */
  readonly outcome: string;
  readonly createdAt: number;
  readonly handledAt: number | null;
}
