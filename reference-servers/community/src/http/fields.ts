/** Field formats of the API that several route groups share (spec/community.md §4). */

/** Bytes as the API writes them in a device id: lower-case hex. */
export const hexOf = (bytes: Uint8Array): string => Buffer.from(bytes).toString('hex');

/** A device id: 16 bytes in lower-case hex. */
export const DEVICE_HEX = /^[0-9a-f]{32}$/;

/** A NexusLink UUID: 50 Base58 characters (syntax; the SDK checks the checksum where it matters). */
export const MEMBER_UUID = /^[1-9A-HJ-NP-Za-km-z]{50}$/;

/** The JSON schema of a base64 field of at most `maxLength` characters. */
export const b64 = (maxLength: number) => ({ type: 'string', minLength: 1, maxLength }) as const;
