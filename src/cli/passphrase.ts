/**
 * Passphrase strength, for the passphrases that alone stand between a
 * stolen file (a home's `storage.key`, a backup) and the identity: zxcvbn's
 * estimate of the guesses an attacker needs (`@zxcvbn-ts`, English and
 * common dictionaries, loaded only when a passphrase is chosen).
 */
import { NexusError } from '../interfaces/errors.js';

/** The lowest zxcvbn score accepted (0–4; 3 is "safely unguessable: moderate protection from offline slow-hash attacks"). */
export const MIN_PASSPHRASE_SCORE = 3;

/**
 * Refuse a passphrase an attacker holding the file could guess offline,
 * saying why and what to do instead. `context` words (the user's name, the
 * app's) count as known to the attacker.
 *
 * @throws NexusError `INVALID_ARGUMENT`.
 */
export async function checkPassphraseStrength(
  passphrase: string,
  what: string,
  context: readonly string[] = [],
): Promise<void> {
  const [{ ZxcvbnFactory }, common, en] = await Promise.all([
    import('@zxcvbn-ts/core'),
    import('@zxcvbn-ts/language-common'),
    import('@zxcvbn-ts/language-en'),
  ]);
  const zxcvbn = new ZxcvbnFactory({
    translations: en.translations,
    graphs: common.adjacencyGraphs,
    dictionary: { ...common.dictionary, ...en.dictionary },
  });
  const result = zxcvbn.check(passphrase, ['nexuslink', ...context]);
  if (result.score >= MIN_PASSPHRASE_SCORE) return;
  const why = [result.feedback.warning, ...result.feedback.suggestions].filter(Boolean).join(' ');
  throw new NexusError(
    'INVALID_ARGUMENT',
    `the ${what} is too weak (strength ${result.score} of 4, ${MIN_PASSPHRASE_SCORE} needed; time to guess it offline: ${result.crackTimes.offlineSlowHashingXPerSecond.display}). ${why ? why + ' ' : ''}Four or five random words make a good one.`.replace(
      /\.\./g,
      '.',
    ),
  );
}
