/**
 * ICE for WebRTC upgrades: checking the app's STUN/TURN servers and turning
 * them into node-datachannel's configuration (spec/p2p.md §6.1).
 */
import { NexusError } from '../interfaces/errors.js';
import type { P2PIceServer } from './options.js';

const MAX_ICE_SERVERS = 8;
const MAX_ICE_URLS = 4;
/** A host name or IP literal, a port, and (TURN only) a transport: nothing else (no user info). */
const ICE_URL =
  /^(?:(stuns?)|(turns?)):(?:\[[0-9A-Fa-f:.]{2,45}\]|[A-Za-z0-9.-]{1,253})(?::(\d{1,5}))?(\?transport=(?:udp|tcp))?$/;

/**
 * Check `iceServers` and copy it (frozen), so a later change by the caller
 * changes nothing. Messages never repeat a URL or credential.
 */
export function checkIceServers(value: unknown, policy: unknown): readonly P2PIceServer[] {
  if (value === undefined) value = [];
  if (!Array.isArray(value) || value.length > MAX_ICE_SERVERS)
    throw new NexusError(
      'INVALID_ARGUMENT',
      `iceServers is an array of at most ${MAX_ICE_SERVERS} servers`,
    );
  let turn = false;
  const out = value.map((server: unknown, i): P2PIceServer => {
    const where = `iceServers[${i}]`;
    if (typeof server !== 'object' || server === null)
      throw new NexusError('INVALID_ARGUMENT', `${where} is an object with urls`);
    const { urls, username, credential } = server as Record<string, unknown>;
    const list: unknown[] = typeof urls === 'string' ? [urls] : Array.isArray(urls) ? urls : [];
    if (list.length < 1 || list.length > MAX_ICE_URLS)
      throw new NexusError('INVALID_ARGUMENT', `${where}.urls holds 1 to ${MAX_ICE_URLS} URLs`);
    let needsCredentials = false;
    for (const url of list) {
      const m = typeof url === 'string' ? ICE_URL.exec(url) : null;
      const port = m?.[3] === undefined ? 1 : Number(m[3]);
      // ?transport= belongs to TURN URLs only (RFC 7065).
      if (!m || port < 1 || port > 65_535 || (m[1] !== undefined && m[4] !== undefined))
        throw new NexusError(
          'INVALID_ARGUMENT',
          `${where}.urls: each is stun:, stuns:, turn: or turns: with a host, an optional port and, for TURN, an optional ?transport=udp|tcp`,
        );
      if (m[2] !== undefined) needsCredentials = true;
    }
    // Printable: no control characters (code points below 0x20, and 0x7f).
    const text = (v: unknown) =>
      typeof v === 'string' &&
      v.length >= 1 &&
      v.length <= 512 &&
      [...v].every((ch) => ch.codePointAt(0)! >= 0x20 && ch !== '\x7f');
    if (username !== undefined || credential !== undefined || needsCredentials) {
      if (!text(username) || !text(credential))
        throw new NexusError(
          'INVALID_ARGUMENT',
          `${where}: a TURN server needs a username and a credential, each 1 to 512 printable characters`,
        );
    }
    turn ||= needsCredentials;
    return Object.freeze({
      urls: Object.freeze([...(list as string[])]),
      ...(username !== undefined
        ? { username: username as string, credential: credential as string }
        : {}),
    });
  });
  if (policy !== undefined && policy !== 'all' && policy !== 'relay')
    throw new NexusError('INVALID_ARGUMENT', "iceTransportPolicy is 'all' or 'relay'");
  if (policy === 'relay' && !turn)
    throw new NexusError(
      'INVALID_ARGUMENT',
      "iceTransportPolicy 'relay' needs a turn: or turns: server in iceServers",
    );
  return Object.freeze(out);
}

/**
 * The WebRTC configuration for node-datachannel. It writes each TURN URL as
 * `turn:<username>:<credential>@host` and libdatachannel URL-decodes both:
 * unencoded, the ':' of a TURN REST username or the '/', '+', '=' of a
 * base64 password break the URL (and the native error repeats it, password
 * included). A new object each time: libp2p and the polyfill change it.
 *
 * TURN servers are left out unless `withTurn()` (or the policy is
 * `'relay'`): with a relay candidate on offer, ICE may nominate a pair
 * through TURN before a direct one has been checked, so an upgrade first
 * tries without TURN and only then, if no direct path was found, with it.
 */
export function rtcConfiguration(
  servers: readonly P2PIceServer[],
  policy: 'all' | 'relay',
  withTurn: () => boolean,
): () => RTCConfiguration {
  return () => {
    const turn = policy === 'relay' || withTurn();
    return {
      iceTransportPolicy: policy,
      iceServers: servers
        .map((s) => ({ ...s, urls: [...s.urls].filter((u) => turn || !/^turns?:/.test(u)) }))
        .filter((s) => s.urls.length > 0)
        .map((s) => ({
          urls: s.urls,
          ...(s.username !== undefined && turn
            ? {
                username: encodeURIComponent(s.username),
                credential: encodeURIComponent(s.credential!),
              }
            : {}),
        })),
    };
  };
}
