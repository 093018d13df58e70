/**
 * The prekey-upload check a community server runs on `POST /v1/prekeys`
 * (spec/community.md §4). It lives in the ratchet layer
 * (`src/ratchet/prekey-upload.ts`), where every directory (the community
 * server's, the in-memory one, the peer-to-peer one) finds it; kept here
 * for the community code that imports it from this module.
 */
export {
  MAX_KEM_ONE_TIME_PREKEYS,
  MAX_ONE_TIME_PREKEYS,
  verifyPreKeyUpload,
} from '../ratchet/prekey-upload.js';
export type { VerifiedKemOneTimePreKey, VerifiedPreKeyUpload } from '../ratchet/prekey-upload.js';
