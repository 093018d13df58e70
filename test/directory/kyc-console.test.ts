// The review console (spec/directory.md §6.4) in headless Chromium, against
// the directory process started as its README says, its KYC master key on a
// SoftHSM token (PKCS#11): a reviewer made with `nexuslink-directory staff
// add` logs in, opens the queue, opens an application, is refused a
// document without a reason, opens it with one (the image is shown, the
// reason is in the audit trail), and approves; an auditor sees the trail
// and cannot open documents. Screenshots of each page are saved under
// test-output/directory-console/ and attached to the test.
import { mkdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, expect } from 'vitest';
import { createDevice, DirectoryClient, memoryStorage } from '../../src/index.js';
import type { LocalDevice } from '../../src/index.js';
import { repoRoot, startServer } from '@nexuslink/server-kit/testing';
import type { RunningServer } from '@nexuslink/server-kit/testing';
import { serverDatabase } from '@nexuslink/server-kit/testing/db';
import { softHsm } from '../softhsm.js';
import { requires, toolPath } from '../support/system-tools.js';
import { addStaff, idCard } from '../../reference-servers/directory/test/kyc-helpers.ts';

const tools = requires('softhsm', 'chromium');
const SHOTS = join(repoRoot(), 'test-output/directory-console');
const FIELDS = { legalName: 'Carla Console', dateOfBirth: '1979-09-09', country: 'NL' };

tools.describe('the KYC review console in Chromium, the master key on SoftHSM', () => {
  const stops: (() => Promise<unknown>)[] = [];
  let directory: RunningServer;
  let browser: Browser;
  let env: Record<string, string>;
  let carla: LocalDevice;
  let applicationId = '';
  const passwords: Record<string, string> = {};

  beforeAll(async () => {
    rmSync(SHOTS, { recursive: true, force: true });
    mkdirSync(SHOTS, { recursive: true });
    const hsm = softHsm();
    hsm.initToken('directory-kyc', '24681357');
    const ddb = await serverDatabase('sqlite');
    env = {
      ...ddb.env,
      SOFTHSM2_CONF: process.env.SOFTHSM2_CONF!,
      NEXUSLINK_KYC_PKCS11_MODULE: hsm.module,
      NEXUSLINK_KYC_PKCS11_TOKEN: 'directory-kyc',
      NEXUSLINK_KYC_PKCS11_PIN: '24681357',
    };
    passwords.rita = addStaff(env, 'rita', 'reviewer');
    passwords.otto = addStaff(env, 'otto', 'auditor');
    directory = await startServer({ ...env, NEXUSLINK_LOG_LEVEL: 'info' }, 'directory');
    stops.push(
      async () => expect(await directory.stop()).toBe(0),
      ddb.drop,
      async () => rmSync(hsm.dir, { recursive: true, force: true }),
    );
    carla = (await createDevice({ storage: memoryStorage(), displayName: 'carla' })).device;
    const client = new DirectoryClient({ url: directory.url });
    const applied = await client.kycApply(carla, { fields: FIELDS, consentVersion: '1' });
    applicationId = applied.id;
    await client.kycAddDocument(carla, applied.id, {
      kind: 'id_document',
      mediaType: 'image/png',
      content: idCard(7),
    });
    await client.kycSubmit(carla, applied.id);
    browser = await chromium.launch({
      executablePath: toolPath('chromium'),
      headless: true,
      args: ['--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking'],
    });
    stops.push(() => browser.close());
  }, 120_000);
  afterAll(async () => {
    for (const stop of stops.reverse()) await stop();
  });

  const shoot = async (
    page: Page,
    name: string,
    annotate: (m: string, o: { path: string }) => Promise<unknown>,
  ) => {
    const path = join(SHOTS, `${name}.png`);
    await page.screenshot({ path, fullPage: true });
    await annotate(`screenshot: ${name}`, { path });
  };

  const login = async (page: Page, name: string) => {
    await page.goto(`${directory.url}/console`);
    expect(page.url()).toBe(`${directory.url}/console/login`);
    await page.fill('input[name=name]', name);
    await page.fill('input[name=password]', passwords[name]!);
    await page.click('button[type=submit]');
  };

  tools.it(
    'a reviewer reviews and approves an application; the document opens only with a reason',
    async ({ annotate }) => {
      const context = await browser.newContext();
      const page = await context.newPage();
      const errors: string[] = [];
      page.on('console', (m) => {
        if (m.type() === 'error') errors.push(m.text());
      });
      await page.goto(`${directory.url}/console/login`);
      await shoot(page, '1-login', annotate);
      // A wrong password is refused on the page.
      await page.fill('input[name=name]', 'rita');
      await page.fill('input[name=password]', 'not-the-password');
      await page.click('button[type=submit]');
      expect(await page.textContent('[role=alert]')).toContain('wrong name or password');

      await login(page, 'rita');
      expect(page.url()).toBe(`${directory.url}/console`);
      expect(await page.textContent('main')).toContain(applicationId);
      await shoot(page, '2-queue', annotate);
      const cookies = await context.cookies();
      expect(cookies.find((c) => c.name === 'nl_staff')).toMatchObject({
        httpOnly: true,
        sameSite: 'Strict',
      });

      await page.click(`a[href="/console/applications/${applicationId}"]`);
      expect(await page.textContent('main')).toContain('submitted');
      await shoot(page, '3-application', annotate);

      // Without a reason the browser's own check holds the form back; forced past it, the server refuses.
      const idRow = page.locator('tr', { hasText: 'id document' });
      await idRow.locator('button').click();
      expect(page.url()).toBe(`${directory.url}/console/applications/${applicationId}`);
      await idRow.locator('input[name=reason]').evaluate((el) => el.removeAttribute('required'));
      await idRow.locator('input[name=reason]').evaluate((el) => el.removeAttribute('minlength'));
      await idRow.locator('button').click();
      expect(await page.textContent('.notice')).toContain('a reason');

      const row = page.locator('tr', { hasText: 'id document' });
      await row.locator('input[name=reason]').fill('comparing the photo with the selfie');
      await row.locator('button').click();
      const img = page.locator('.document img');
      await img.waitFor();
      const size = await img.evaluate((el) => [
        (el as HTMLImageElement).naturalWidth,
        (el as HTMLImageElement).naturalHeight,
      ]);
      expect(size).toEqual([320, 200]);
      expect(await page.textContent('.notice')).toContain('comparing the photo with the selfie');
      await shoot(page, '4-document', annotate);

      const fieldsRow = page.goto(`${directory.url}/console/applications/${applicationId}`);
      await fieldsRow;
      const dataRow = page.locator('tr', { hasText: 'Data fields' });
      await dataRow.locator('input[name=reason]').fill('checking the age');
      await dataRow.locator('button').click();
      expect(await page.textContent('main')).toContain(FIELDS.legalName);
      await shoot(page, '5-fields', annotate);

      await page.goto(`${directory.url}/console/applications/${applicationId}`);
      await page.check('input[name=decision][value=approved]');
      await page.check('input[name=age_over_18]');
      await page.fill('input[name=country]', 'NL');
      await page.click('form.decision button[type=submit]');
      expect(await page.textContent('[role=status]')).toContain('Recorded: approved');
      await shoot(page, '6-approved', annotate);
      // No CSP violation or script error: only the two refusals above, as statuses.
      expect(errors.filter((e) => !e.startsWith('Failed to load resource'))).toEqual([]);
      expect(errors).toHaveLength(2);
      await context.close();

      const status = await new DirectoryClient({ url: directory.url }).kycStatus(carla);
      expect(status).toMatchObject({
        status: 'approved',
        claims: { verified: true, age_over_18: true, country: 'NL' },
      });
    },
  );

  tools.it(
    'an auditor sees the trail with the reviewer’s reasons, and cannot open documents',
    async ({ annotate }) => {
      const context = await browser.newContext();
      const page = await context.newPage();
      await login(page, 'otto');
      expect(page.url()).toBe(`${directory.url}/console/audit`);
      const text = await page.textContent('main');
      expect(text).toContain('Hash chain: intact');
      expect(text).toContain('comparing the photo with the selfie');
      expect(text).toContain('decision.approved');
      await shoot(page, '7-audit', annotate);
      const refused = await page.goto(`${directory.url}/console/applications/${applicationId}`);
      expect(refused!.status()).toBe(403);
      // A form posted from elsewhere (no CSRF token) is refused even with the cookie.
      const forged = await page.request.post(
        `${directory.url}/console/applications/${applicationId}/decision`,
        {
          form: { decision: 'rejected', note: 'forged' },
        },
      );
      expect(forged.status()).toBeGreaterThanOrEqual(400);
      await context.close();
    },
  );

  tools.it('never logs the documents, the fields, the PIN or the passwords', () => {
    const log = directory.output();
    for (const secret of [
      'Carla Console',
      '1979-09-09',
      '24681357',
      passwords.rita!,
      passwords.otto!,
    ])
      expect(log).not.toContain(secret);
  });
});
