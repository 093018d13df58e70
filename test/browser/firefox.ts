import { firefox } from 'playwright-core';
import { toolPath } from '../support/system-tools.js';
import { runInPage } from './chromium.js';

/**
 * Run `script` in a page of headless Firefox ESR (Debian's), like
 * `runInChromium` but in a fresh profile each time. playwright-core drives
 * it over WebDriver BiDi (`channel: 'moz-firefox'`): Playwright's own
 * Firefox protocol (Juggler) needs its patched build, which Debian's is not.
 * Only for tests registered through `requires('firefox')`
 * (../support/system-tools.ts).
 */
export async function runInFirefox(
  script: string,
  options: { hash?: string; prelude?: string } = {},
): Promise<Record<string, unknown>> {
  const browser = await firefox.launch({
    channel: 'moz-firefox',
    executablePath: toolPath('firefox'),
    headless: true,
  });
  try {
    return await runInPage(await browser.newContext(), script, options);
  } finally {
    await browser.close();
  }
}
