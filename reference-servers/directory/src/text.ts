/**
 * How listings and queries are cut into search terms (spec/directory.md
 * §3.1), the same way for both: NFKC, lower case, then runs of letters and
 * digits. A run of CJK characters (Han, Hiragana, Katakana, Hangul), which
 * has no spaces between its words, becomes its overlapping character
 * bigrams (a run of one character stays one term); any other run is one
 * word. PostgreSQL indexes the terms; nothing a client sends reaches a
 * tsquery or LIKE pattern except as one of these terms.
 */

const CJK = String.raw`\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}`;
const RUN = new RegExp(`[${CJK}]+|[\\p{L}\\p{N}\\p{M}]+`, 'gu');
const CJK_RUN = new RegExp(`^[${CJK}]+$`, 'u');

/** The terms of a text: `words` (not CJK) and `cjk` (bigrams, or single characters). */
export interface Terms {
  readonly words: string[];
  readonly cjk: string[];
}

/** Whether `text` is a run of CJK characters. */
export const isCjk = (text: string): boolean => CJK_RUN.test(text);

/** Cut `text` into its search terms (spec/directory.md §3.1). */
export function terms(text: string): Terms {
  const words: string[] = [];
  const cjk: string[] = [];
  for (const [run] of text.normalize('NFKC').toLowerCase().matchAll(RUN)) {
    if (!isCjk(run)) {
      words.push(run);
      continue;
    }
    const chars = [...run];
    if (chars.length === 1) cjk.push(run);
    for (let i = 0; i + 1 < chars.length; i++) cjk.push(chars[i]! + chars[i + 1]!);
  }
  return { words, cjk };
}

/** The terms of `text` as one space-separated string (what the database indexes). */
export function indexText(text: string): string {
  const t = terms(text);
  return [...t.words, ...t.cjk].join(' ');
}

/** The words of `text` that are not CJK, space-separated (for English stemming). */
export function wordText(text: string): string {
  return terms(text).words.join(' ');
}

/**
 * The name and tags as one lower-case string, for typo matching (pg_trgm,
 * the SQLite trigram index): NFKC, lower case, runs separated by one space.
 */
export function nameTagsText(name: string, tags: readonly string[]): string {
  return [name, ...tags]
    .map((s) => [...s.normalize('NFKC').toLowerCase().matchAll(RUN)].map(([run]) => run).join(' '))
    .join(' ');
}

/** The trigrams of the runs of `text` of three characters or more, unpadded (as SQLite's trigram tokenizer makes them). */
export function trigrams(text: string): string[] {
  const out = new Set<string>();
  for (const [run] of text.normalize('NFKC').toLowerCase().matchAll(RUN)) {
    const chars = [...run];
    if (chars.length < 3) continue;
    for (let i = 0; i + 3 <= chars.length; i++) out.add(chars.slice(i, i + 3).join(''));
  }
  return [...out];
}
