/**
 * The few PKCS#11 constants {@link pkcs11KeyStore} needs, from the PKCS#11
 * 3.0 headers. Kept here rather than read from `pkcs11js` so the package
 * stays optional, and because some of them (the EdDSA ones) are missing from
 * its constant table.
 *
 * @internal
 * @module
 */

import { fromHex } from '../primitives/bytes.js';

// Object classes (CKO_*).
export const CKO_PUBLIC_KEY = 0x2;
export const CKO_PRIVATE_KEY = 0x3;
export const CKO_SECRET_KEY = 0x4;

// Key types (CKK_*).
export const CKK_EC = 0x3;
export const CKK_EC_EDWARDS = 0x40;
export const CKK_AES = 0x1f;

// Attributes (CKA_*).
export const CKA_CLASS = 0x0;
export const CKA_TOKEN = 0x1;
export const CKA_PRIVATE = 0x2;
export const CKA_LABEL = 0x3;
export const CKA_KEY_TYPE = 0x100;
export const CKA_ID = 0x102;
export const CKA_SENSITIVE = 0x103;
export const CKA_ENCRYPT = 0x104;
export const CKA_DECRYPT = 0x105;
export const CKA_SIGN = 0x108;
export const CKA_VERIFY = 0x10a;
export const CKA_VALUE_LEN = 0x161;
export const CKA_EXTRACTABLE = 0x162;
export const CKA_EC_PARAMS = 0x180;
export const CKA_EC_POINT = 0x181;

// Mechanisms (CKM_*).
export const CKM_EC_KEY_PAIR_GEN = 0x1040;
export const CKM_ECDSA = 0x1041;
export const CKM_EC_EDWARDS_KEY_PAIR_GEN = 0x1055;
export const CKM_EDDSA = 0x1057;
export const CKM_AES_KEY_GEN = 0x1080;
export const CKM_AES_GCM = 0x1087;

// Session flags (CKF_*) and user types (CKU_*).
export const CKF_RW_SESSION = 0x2;
export const CKF_SERIAL_SESSION = 0x4;
export const CKU_USER = 0x1;

// Return values (CKR_*) the adapter treats specially.
export const CKR_USER_ALREADY_LOGGED_IN = 0x100;
export const CKR_CRYPTOKI_ALREADY_INITIALIZED = 0x191;

/** DER OID 1.2.840.10045.3.1.7 (prime256v1 / secp256r1). */
export const EC_PARAMS_P256 = fromHex('06082a8648ce3d030107');

/** DER OID 1.3.101.112 (id-Ed25519, RFC 8410). */
export const EC_PARAMS_ED25519_OID = fromHex('06032b6570');

/** DER PrintableString "edwards25519" (the PKCS#11 3.0 curve-name form). */
export const EC_PARAMS_ED25519_NAME = fromHex('130c656477617264733235353139');
