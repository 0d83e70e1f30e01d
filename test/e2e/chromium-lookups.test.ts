// The lookups for IT, in real Chromium: an error served on each cloud's sign-in host opens a help
// view whose "Copy lookups for IT" puts that cloud's own admin center, Graph endpoints, PowerShell
// environment and Azure CLI cloud, with this error's IDs, on the clipboard; "Copy What If inputs"
// the What If values. The button says "Copied" where the eyes are.
import { describe, expect, it } from 'vitest';
import { openPopup, useChromium, visitAndDetect } from './chromium-helpers';
import { fixture } from '../fixtures/index.mjs';

const f = fixture('53003-contoso-signed-in');
const expected = f.expected!;
const path = new URL(f.url).pathname + new URL(f.url).search;

const CLOUDS = [
  { host: 'login.microsoftonline.com', admin: 'https://entra.microsoft.com', graph: ['graph.microsoft.com'], environment: ['Global'], az: 'AzureCloud' },
  { host: 'login.microsoftonline.us', admin: 'https://entra.microsoft.us', graph: ['graph.microsoft.us', 'dod-graph.microsoft.us'], environment: ['USGov', 'USGovDoD'], az: 'AzureUSGovernment' },
  { host: 'login.partner.microsoftonline.cn', admin: 'https://entra.microsoftonline.cn', graph: ['microsoftgraph.chinacloudapi.cn'], environment: ['China'], az: 'AzureChinaCloud' },
];

describe('Chromium: lookups for IT, per cloud', () => {
  const browser = useChromium({}, (b) => b.context.grantPermissions(['clipboard-read', 'clipboard-write']));

  for (const cloud of CLOUDS) {
    it(`an error on ${cloud.host} copies that cloud's lookups and the What If inputs`, async () => {
      const { page, detection } = await visitAndDetect(browser, { ...f, url: `https://${cloud.host}${path}` });
      expect(detection.host).toBe(cloud.host);
      const popup = await openPopup(browser, detection.tabId);
      const lookups = popup.getByRole('button', { name: 'Copy lookups for IT' });
      await lookups.click();
      // By place, not by name: the name changes to "✓ Copied".
      await expect.poll(() => popup.locator('.for-it button').nth(0).innerText()).toBe('✓ Copied');
      const pack = await popup.evaluate(() => navigator.clipboard.readText());
      expect(pack).toContain(`Entra admin center ${cloud.admin} ›`);
      for (const host of cloud.graph) {
        expect(pack).toContain(`GET https://${host}/v1.0/auditLogs/signIns?$filter=correlationId eq '${expected.correlationId}'`);
        expect(pack).toContain(`GET https://${host}/beta/auditLogs/signIns?$filter=id eq '${expected.requestId}'`);
      }
      for (const environment of cloud.environment) expect(pack).toContain(`Connect-MgGraph -Environment ${environment} `);
      expect(pack).toContain(`az cloud set --name ${cloud.az}`);
      expect(pack).toContain(`| where Id == "${expected.requestId}" or OriginalRequestId == "${expected.requestId}" or CorrelationId == "${expected.correlationId}"`);
      for (const other of CLOUDS.filter((c) => c !== cloud)) for (const host of other.graph) expect(pack).not.toContain(`//${host}/`);

      const whatIf = popup.getByRole('button', { name: 'Copy What If inputs' });
      await whatIf.click();
      await expect.poll(() => popup.locator('.for-it button').nth(1).innerText()).toBe('✓ Copied');
      const inputs = await popup.evaluate(() => navigator.clipboard.readText());
      expect(inputs).toContain(`What If: user ${expected.account}, app ${expected.appId}, device platform windows, client app Browser, IP address ${expected.ipAddress}`);
      expect(inputs).toContain('Test-MgIdentityConditionalAccess -BodyParameter @{');
      await popup.close();
      await page.close();
    });
  }
});
