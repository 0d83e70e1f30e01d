// Organisation settings by real browser policy: Chromium reads a JSON policy file, hands the values
// to storage.managed, and the popup and options page use them. Invalid values are refused.
import { afterEach, describe, expect, it } from 'vitest';
import { WINDOWS_CHROME_UA, launchWithExtension } from '../../scripts/browsers/chromium-with-extension.mjs';
import { SAMPLE_DETECTION } from '../../src/detection/sample-detection';
import { UNPACKED_CHROME_ID } from '../../src/extension/extension-ids';
import { TICKET_PRESETS } from '../../src/ticket/ticket-presets';
import { type Browser, openPopup, visitAndDetect } from './chromium-helpers';
import { fixture } from '../fixtures/index.mjs';
import { removePolicy, writePolicy } from './policy';

const f = fixture('53003-registered-windows');
const expected = f.expected!;
const TEMPLATE = 'https://contoso.service-now.com/sp?id=sc_cat_item&sys_id=abc123&sysparm_variable_values={"short_description":"{summary:json}","description":"{details:json}"}&rid={requestId}&cid={correlationId}';

let browser: Browser | undefined;
afterEach(async () => {
  await browser?.close();
  browser = undefined;
  removePolicy();
});

async function start(policy: Record<string, unknown>): Promise<Browser> {
  writePolicy(policy);
  browser = await launchWithExtension({ userAgent: WINDOWS_CHROME_UA });
  expect(browser.extensionId, 'the manifest key fixes the id that policy files name').toBe(UNPACKED_CHROME_ID);
  return browser;
}

async function popupForError(b: Browser, page = f) {
  const { detection } = await visitAndDetect(b, page, (d) => d.requestId === expected.requestId);
  return { popup: await openPopup(b, detection.tabId), detection };
}

/** The review's App name (security review, finding 1): an outside publisher chooses it. */
const HOSTILE_APP = 'Payroll^priority=1^assignment_group=0123456789abcdef0123456789abcdef&sysparm_view=ess AT&T 100% ok';
const withHostileApp = {
  ...f,
  html: f.html
    .replace('"sAppName":"Microsoft App Access Panel"', `"sAppName":${JSON.stringify(HOSTILE_APP)}`)
    .replace('<span>Microsoft App Access Panel</span>', `<span>${HOSTILE_APP.replace(/&/g, '&amp;')}</span>`),
};
const SERVICENOW_INCIDENT = TICKET_PRESETS.find((preset) => preset.id === 'servicenow-incident')!.build({ instance: 'contoso' }).ticketUrlTemplate!;
const linkOf = async (popup: Awaited<ReturnType<typeof openPopup>>, channel: string) => {
  const link = popup.locator(`[data-channel="${channel}"] a`);
  await link.waitFor();
  return (await link.getAttribute('href'))!;
};

describe('Chromium under a real policy file', () => {
  it('shows the policy helpdesk name, a mailto: to its address and a ticket link from its template, each with both IDs', async () => {
    const b = await start({
      supportName: 'Contoso IT Service Desk',
      supportEmail: 'servicedesk@contoso.com',
      ticketUrlTemplate: TEMPLATE,
      redactFields: ['ipAddress'],
      orgMessage: 'Connect to the Contoso VPN first, then try again.',
    });
    const { popup } = await popupForError(b);
    await expect.poll(() => popup.getByRole('heading', { level: 2, name: /Contact/ }).innerText()).toBe('Contact Contoso IT Service Desk');
    await expect(popup.locator('.org-message').innerText()).resolves.toContain('Connect to the Contoso VPN first');

    const mail = (await popup.locator('[data-channel="email"] a').getAttribute('href'))!;
    expect(mail.startsWith('mailto:servicedesk@contoso.com?subject=')).toBe(true);
    const mailText = decodeURIComponent(mail);
    expect(mailText).toContain(expected.requestId);
    expect(mailText).toContain(expected.correlationId);
    expect(mailText).not.toContain(expected.ipAddress);

    const ticket = (await popup.locator('[data-channel="ticket"] a').getAttribute('href'))!;
    const url = new URL(ticket);
    expect(url.origin).toBe('https://contoso.service-now.com');
    expect(url.searchParams.get('rid')).toBe(expected.requestId);
    expect(url.searchParams.get('cid')).toBe(expected.correlationId);
    const variables = JSON.parse(url.searchParams.get('sysparm_variable_values')!);
    expect(variables.description).toContain(`Correlation Id: ${expected.correlationId}`);
    expect(variables.description).not.toContain(expected.ipAddress);
  });

  it('refuses a javascript: template: no ticket link, e-mail still works, the options page says what was used and what was refused, and why', async () => {
    const b = await start({ supportEmail: 'servicedesk@contoso.com', ticketUrlTemplate: 'javascript:alert(document.domain)//{requestId}' });
    const { popup } = await popupForError(b);
    await expect.poll(async () => (await popup.locator('[data-channel="email"] a').getAttribute('href')) ?? '').toContain('mailto:servicedesk@contoso.com');
    expect(await popup.locator('[data-channel="ticket"]').count()).toBe(0);
    expect(await popup.locator('a[href^="javascript:"]').count()).toBe(0);
    await expect(popup.locator('.managed').innerText(), 'policy set the helpdesk').resolves.toBe('Set by your IT team');

    const options = await b.context.newPage();
    await options.goto(`chrome-extension://${b.extensionId}/options/index.html`);
    const used = options.locator('.policy-problems li[data-key="supportEmail"]');
    await expect.poll(() => used.innerText()).toBe('supportEmail servicedesk@contoso.com Used');
    expect(await used.getAttribute('data-result')).toBe('used');
    const refused = options.locator('.policy-problems li[data-key="ticketUrlTemplate"]');
    expect(await refused.getAttribute('data-result')).toBe('refused');
    await expect(refused.locator('.received').innerText()).resolves.toBe('javascript:alert(document.domain)//{requestId}');
    await expect(refused.innerText()).resolves.toMatch(/Not used\. ticketUrlTemplate must start with https:\/\//);

    // The admin's preview: the popup's page in its sample mode, under the same policy.
    const [sample] = await Promise.all([b.context.waitForEvent('page'), options.getByRole('link', { name: 'Show a sample help view' }).click()]);
    await sample.locator('.managed').waitFor();
    expect(new URL(sample.url()).pathname).toBe('/popup/index.html');
    await expect(sample.locator('main').textContent()).resolves.toContain(SAMPLE_DETECTION.requestId);
    await expect(sample.locator('[data-channel="email"] a').getAttribute('href')).resolves.toMatch(/^mailto:servicedesk@contoso\.com\?/);
  });

  it('the options page shows policy values locked and saves the person’s own', async () => {
    const b = await start({ supportName: 'Contoso IT Service Desk', supportEmail: 'servicedesk@contoso.com' });
    const options = await b.context.newPage();
    await options.goto(`chrome-extension://${b.extensionId}/options/index.html`);
    const name = options.getByLabel('Helpdesk name');
    await expect.poll(() => name.isDisabled()).toBe(true);
    expect(await name.inputValue()).toBe('Contoso IT Service Desk');
    await expect(options.locator('main').innerText()).resolves.toContain('Set by your organization');

    const phone = options.getByLabel('Helpdesk phone number');
    expect(await phone.isDisabled()).toBe(false);
    await phone.fill('+1 555 0100');
    await options.getByRole('button', { name: 'Save' }).click();
    await expect.poll(() => options.getByRole('status').first().innerText()).toContain('Saved');

    const { popup } = await popupForError(b);
    await expect.poll(async () => (await popup.locator('[data-channel="phone"] a').getAttribute('href')) ?? '').toBe('tel:+15550100');
    await expect(popup.locator('[data-channel="email"] a').getAttribute('href')).resolves.toMatch(/^mailto:servicedesk@contoso\.com\?/);
  });

  it('the ServiceNow incident preset: a hostile App name sets no field and cuts nothing, and a redacted browser takes the steps out', async () => {
    const b = await start({ ticketUrlTemplate: SERVICENOW_INCIDENT, redactFields: ['browser', 'ipAddress'] });
    const { popup, detection } = await popupForError(b, withHostileApp);
    expect(detection.appName).toBe(HOSTILE_APP);
    // As ServiceNow reads it: nav_to.do decodes uri=, incident.do reads its own parameters, sysparm_query splits on ^.
    const outer = new URL(await linkOf(popup, 'ticket'));
    expect([...outer.searchParams.keys()]).toEqual(['uri']);
    const inner = new URL(outer.searchParams.get('uri')!, outer.origin);
    expect([...inner.searchParams.keys()]).toEqual(['sys_id', 'sysparm_query']);
    const conditions = inner.searchParams.get('sysparm_query')!.split('^');
    expect(conditions.map((condition) => condition.slice(0, condition.indexOf('=')))).toEqual(['short_description', 'description']);
    const description = conditions[1].slice('description='.length);
    expect(description).toContain(`\nApp name: ${HOSTILE_APP.replace(/\^/g, '\u02C6')}\n`);
    expect(description).toContain(`Correlation Id: ${expected.correlationId}\n`);
    expect(description).not.toContain(expected.ipAddress);
    expect(description).not.toMatch(/Chrome|Tried:|Suggested, not tried:/);
  });

  it('a redacted App name stays out of the e-mail subject and every link', async () => {
    const b = await start({ supportEmail: 'servicedesk@contoso.com', ticketUrlTemplate: SERVICENOW_INCIDENT, redactFields: ['appName', 'ipAddress'] });
    const { popup, detection } = await popupForError(b, withHostileApp);
    expect(detection.appName).toBe(HOSTILE_APP);
    // The ticket link shows once the policy has arrived; the e-mail is there before it, without it.
    const ticket = decodeURIComponent(decodeURIComponent(await linkOf(popup, 'ticket')));
    const mail = new URL(await linkOf(popup, 'email'));
    expect(mail.searchParams.get('subject')).toBe('Sign-in blocked: AADSTS53003');
    for (const sent of [decodeURIComponent(mail.href), ticket]) {
      expect(sent).not.toContain('Payroll');
      expect(sent).toContain(expected.requestId);
    }
  });

  it('a misspelt redactFields entry leaves out every field: the IP address is in no copy and no ticket, and the options page names the entry', async () => {
    // The field deployment's typo (ux-review part 3): Chromium used to drop the whole list, and the IP address went back into every copy.
    const b = await start({ supportEmail: 'servicedesk@contoso.com', ticketUrlTemplate: TEMPLATE, redactFields: ['ipaddress', 'deviceId'] });
    await b.context.grantPermissions(['clipboard-read', 'clipboard-write']);
    const { popup } = await popupForError(b);
    // The ticket link shows once the policy has arrived: every copy from here on is made under it.
    const ticket = decodeURIComponent(await linkOf(popup, 'ticket'));
    const mail = decodeURIComponent(await linkOf(popup, 'email'));
    await popup.getByRole('button', { name: 'Copy details' }).click();
    await expect.poll(() => popup.evaluate(() => navigator.clipboard.readText())).toContain(`Request Id: ${expected.requestId}`);
    const copied = await popup.evaluate(() => navigator.clipboard.readText());
    for (const [what, sent] of [['ticket', ticket], ['e-mail', mail], ['copy', copied]]) {
      expect(sent, what).toContain(expected.correlationId);
      expect(sent, what).not.toContain(expected.ipAddress);
      expect(sent, what).not.toContain(expected.deviceId);
    }

    const options = await b.context.newPage();
    await options.goto(`chrome-extension://${b.extensionId}/options/index.html`);
    const refused = options.locator('.policy-problems li[data-key="redactFields"]');
    await expect.poll(() => refused.innerText()).toContain('"ipaddress"');
    await expect(refused.innerText()).resolves.toContain('every field is left out');
  });
});
