import { describe, expect, it } from 'vitest';
import type { Detection } from '../../src/detection/detection';
import { SAMPLE_DETECTION } from '../../src/detection/sample-detection';
import { CLOUD_ENDPOINTS } from '../../src/lookups/cloud-endpoints';
import { lookupPack, shortestLookups } from '../../src/lookups/lookup-pack';
import { whatIfInputs } from '../../src/lookups/what-if-inputs';
import type { CloudId } from '../../src/page/signin-hosts';

const RID = SAMPLE_DETECTION.requestId as string;
const CID = SAMPLE_DETECTION.correlationId as string;
const NONE: ReadonlySet<string> = new Set();
const on = (cloud: CloudId, more: Partial<Detection> = {}): Detection => ({ ...SAMPLE_DETECTION, cloud, ...more });

/** Each cloud's addresses as Microsoft's documents print them (docs/reference/lookup-sources.md), written out, not read from the module. */
const EXPECTED: Record<'global' | 'usgov' | 'china', { admin: string; hosts: string[]; environments: string[]; az: string }> = {
  global: { admin: 'https://entra.microsoft.com', hosts: ['graph.microsoft.com'], environments: ['Global'], az: 'AzureCloud' },
  usgov: { admin: 'https://entra.microsoft.us', hosts: ['graph.microsoft.us', 'dod-graph.microsoft.us'], environments: ['USGov', 'USGovDoD'], az: 'AzureUSGovernment' },
  china: { admin: 'https://entra.microsoftonline.cn', hosts: ['microsoftgraph.chinacloudapi.cn'], environments: ['China'], az: 'AzureChinaCloud' },
};
const ALL_HOSTS = Object.values(EXPECTED).flatMap(({ hosts }) => hosts);
const UNDOCUMENTED: CloudId[] = ['germany', 'sovereign-fr', 'sovereign-de', 'sovereign-sg'];

describe('lookup pack, per cloud', () => {
  for (const [cloud, expected] of Object.entries(EXPECTED) as Array<[keyof typeof EXPECTED, (typeof EXPECTED)['global']]>) {
    it(`${cloud}: every query goes to that cloud's own endpoints`, () => {
      const pack = lookupPack(on(cloud), NONE);
      expect(pack).toContain(`Entra admin center ${expected.admin} › Monitoring & health › Sign-in logs`);
      for (const host of expected.hosts) {
        expect(pack).toContain(`GET https://${host}/v1.0/auditLogs/signIns?$filter=correlationId eq '${CID}'`);
        expect(pack).toContain(`GET https://${host}/beta/auditLogs/signIns?$filter=id eq '${RID}'`);
        expect(pack).toContain(`GET https://${host}/beta/auditLogs/signIns?$filter=originalRequestId eq '${RID}'`);
        expect(pack).toContain(`az rest --method get --url 'https://${host}/v1.0/auditLogs/signIns?$filter=correlationId%20eq%20%27${CID}%27' --resource https://${host}`);
      }
      for (const environment of expected.environments) {
        expect(pack).toContain(`Connect-MgGraph -Environment ${environment} -Scopes AuditLog.Read.All,Policy.Read.ConditionalAccess`);
      }
      expect(pack).toContain(`az cloud set --name ${expected.az}\n`);
      expect(pack).toContain(`Get-MgAuditLogSignIn -Filter "correlationId eq '${CID}'" -All`);
      // No other cloud's Graph host: a query against the wrong cloud finds nothing.
      // Microsoft's error page for the code is on the sign-in host the error came from; every other address is this cloud's Graph.
      expect(pack).toContain(`AADSTS53003: https://${SAMPLE_DETECTION.host}/error?code=53003\n`);
      const hostsInPack = [...pack.matchAll(/https:\/\/([a-z.-]+)\//g)].map((match) => match[1]).filter((host) => host !== SAMPLE_DETECTION.host);
      expect(new Set(hostsInPack)).toEqual(new Set(expected.hosts));
      expect(ALL_HOSTS.filter((host) => !expected.hosts.includes(host) && pack.includes(`//${host}/`))).toEqual([]);
      expect(shortestLookups(on(cloud), NONE)).toEqual([`GET https://${expected.hosts[0]}/v1.0/auditLogs/signIns?$filter=correlationId eq '${CID}'`]);
    });
  }

  it('the module and this test agree on exactly the documented clouds', () => {
    expect(Object.keys(CLOUD_ENDPOINTS).sort()).toEqual(Object.keys(EXPECTED).sort());
  });

  for (const cloud of UNDOCUMENTED) {
    it(`${cloud}: says no address is documented and gives only the KQL and the steps`, () => {
      const pack = lookupPack(on(cloud), NONE);
      expect(pack).toContain('No Graph or admin center address documented for this cloud.');
      expect(pack.replace(`https://${SAMPLE_DETECTION.host}/error?code=53003`, '')).not.toMatch(/https:\/\/|Connect-MgGraph|az rest|az cloud/);
      expect(pack).toContain('Monitoring & health › Sign-in logs');
      expect(pack).toContain('union withsource=Table (SigninLogs');
      expect(shortestLookups(on(cloud), NONE)).toEqual([]);
    });
  }

  it('searches both sign-in tables by Id, OriginalRequestId or CorrelationId, an hour either side of the error', () => {
    const pack = lookupPack(on('global'), NONE);
    expect(pack).toContain('union withsource=Table (SigninLogs | extend CAP = ConditionalAccessPolicies), (AADNonInteractiveUserSignInLogs | extend CAP = parse_json(ConditionalAccessPolicies))');
    expect(pack).toContain('| where TimeGenerated between (datetime(2026-11-30T13:05:09.417Z) .. datetime(2026-11-30T15:05:09.417Z))');
    expect(pack).toContain(`| where Id == "${RID}" or OriginalRequestId == "${RID}" or CorrelationId == "${CID}"`);
    expect(pack).toContain('2026-11-30T13:05:09.417Z to 2026-11-30T15:05:09.417Z');
  });

  it('says what each lookup needs, how long logs are kept, and to read every row of the correlation', () => {
    const pack = lookupPack(on('global'), NONE);
    for (const text of ['Reports Reader', 'Conditional Access Administrator', 'AuditLog.Read.All', 'P1/P2', '7 days (Free), 30 (P1/P2)', 'read all rows', 'Launch the Sign-in diagnostic (48 hours only)', 'interactive and non-interactive tabs']) {
      expect(pack).toContain(text);
    }
  });

  it('with one ID only, queries by that ID and adds no condition for the missing one', () => {
    const byRequest = lookupPack(on('global', { correlationId: undefined }), NONE);
    expect(byRequest).not.toContain('correlationId eq');
    expect(byRequest).not.toContain('CorrelationId ==');
    expect(byRequest).toContain(`Get-MgAuditLogSignIn -Filter "id eq '${RID}'"`);
    const byCorrelation = lookupPack(on('global', { requestId: undefined }), NONE);
    expect(byCorrelation).not.toMatch(/OriginalRequestId ==|\bId == /);
    expect(byCorrelation).toContain(`| where CorrelationId == "${CID}"`);
  });

  it('without a valid time, searches the last 30 days and gives no window', () => {
    const pack = lookupPack(on('global', { timestamp: undefined }), NONE);
    expect(pack).toContain('| where TimeGenerated > ago(30d)');
    expect(pack).not.toContain(' to 2026');
  });
});

/** Hostile values a page (or a forged message) could put in the fields that feed the queries. */
const HOSTILE = [
  "7c0e5a9d-3b2f-4e18-a6d4-91f3c8b20e00' or 1 eq 1",
  '7c0e5a9d-3b2f-4e18-a6d4-91f3c8b20e00$(rm -rf ~)',
  '`calc`7c0e5a9d-3b2f-4e18-a6d4-91f3c8b20e00',
  '7c0e5a9d-3b2f-4e18-a6d4-91f3c8b20e00\nInvoke-Evil',
  '7c0e5a9d-3b2f-4e18-a6d4-91f3c8b20e00" or 1 == 1 //',
  "'; drop table x; --",
  '$env:USERPROFILE',
];
const HOSTILE_TIMES = ['2026-11-30T14:05:09Z" | take 1', "2026-11-30T14:05:09Z')", '2026-11-30T14:05:09Z\n| evil', 'tomorrow', '2026-13-45T99:99:99Z'];
const HOSTILE_ACCOUNTS = ["o'brien@contoso.com", '$(whoami)@contoso.com', 'a`b@contoso.com', 'a@contoso.com\nx', 'a"b@contoso.com', 'Alice Wong'];
const MARKERS = ["' or", '$(', '`', 'Invoke-Evil', '" or 1', 'drop table', '$env', 'take 1', 'evil', 'tomorrow', '2026-13', "o'brien", 'whoami', 'a`b', 'a"b', 'Alice Wong'];

describe('lookup pack: only validated values enter a query', () => {
  it('with no valid ID there are no queries at all', () => {
    for (const bad of HOSTILE) {
      expect(lookupPack(on('global', { requestId: bad, correlationId: bad }), NONE)).toBe('');
      expect(shortestLookups(on('global', { requestId: bad, correlationId: bad }), NONE)).toEqual([]);
    }
    expect(lookupPack(on('global', { requestId: undefined, correlationId: undefined }), NONE)).toBe('');
  });

  it('leaves out every hostile value and keeps the valid ones', () => {
    for (const cloud of ['global', 'usgov', 'china', 'germany'] as const) {
      for (let i = 0; i < HOSTILE.length; i++) {
        const detection = on(cloud, {
          requestId: HOSTILE[i],
          timestamp: HOSTILE_TIMES[i % HOSTILE_TIMES.length],
          account: HOSTILE_ACCOUNTS[i % HOSTILE_ACCOUNTS.length],
          flaggedForReviewAt: HOSTILE_TIMES[(i + 1) % HOSTILE_TIMES.length],
        });
        const pack = lookupPack(detection, NONE);
        expect(pack).toContain(CID);
        for (const marker of MARKERS) expect(pack).not.toContain(marker);
        expect(pack).not.toContain(RID);
        expect(pack).not.toContain('Flagging enabled');
        expect(whatIfInputs({ ...detection, appId: HOSTILE[i], ipAddress: HOSTILE[i] }, NONE)).not.toMatch(/\$\(|Invoke-Evil|drop table|o'brien|whoami/);
      }
    }
  });

  it("names Microsoft's error page only for a code of digits", () => {
    for (const bad of HOSTILE) expect(lookupPack(on('global', { errorCode: bad }), NONE)).not.toMatch(/AADSTS|error\?code=/);
    expect(lookupPack(on('global', { errorCode: '530036' }), NONE)).toContain(`AADSTS530036: https://${SAMPLE_DETECTION.host}/error?code=530036`);
  });

  it('every quoted value in a query is a GUID, a UPN or a fixed word, and every time an ISO UTC time', () => {
    const pack = lookupPack(on('usgov', { flaggedForReviewAt: '2026-11-30T14:06:00.000Z' }), NONE);
    const quoted = [...pack.matchAll(/'([^']*)'|"([^"]*)"/g)].map((match) => match[1] ?? match[2]);
    const allowed = /^(?:[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}|alice\.wong@contoso\.com|Code|Failed|(?:correlationId|id|originalRequestId) eq '[0-9a-f-]{36}'|https:\/\/[a-z.-]+\/v1\.0\/auditLogs\/signIns\?\$filter=correlationId%20eq%20%27[0-9a-f-]{36}%27)$/;
    for (const value of quoted) expect(value, value).toMatch(allowed);
    for (const [, time] of pack.matchAll(/datetime\(([^)]*)\)|createdDateTime [gl]e (\S+)/g)) if (time) expect(time).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/);
  });

  it("keeps az rest's URL free of spaces and single quotes, so one pair of single quotes holds it in bash and PowerShell", () => {
    const pack = lookupPack(on('global'), NONE);
    const url = pack.match(/az rest --method get --url '([^']*)'/)?.[1];
    expect(url).toBeDefined();
    expect(url).not.toMatch(/[\s'"`]/);
    expect(url).toContain('$filter=');
  });
});

describe('flagged lookup', () => {
  const FLAGGED_AT = '2026-11-30T14:06:00.000Z';

  it('when the person enabled flagging, asks for their flagged sign-ins from then to 20 minutes later and a bit', () => {
    const pack = lookupPack(on('global', { flaggedForReviewAt: FLAGGED_AT }), NONE);
    expect(pack).toContain(
      "GET https://graph.microsoft.com/beta/auditLogs/signIns?$filter=flaggedForReview eq true and userPrincipalName eq 'alice.wong@contoso.com' and createdDateTime ge 2026-11-30T14:01:00.000Z and createdDateTime le 2026-11-30T14:31:00.000Z",
    );
    expect(pack).toContain('Add filters › Flagged for review');
  });

  it('leaves the account out when it is redacted or not a user principal name', () => {
    for (const [account, redact] of [['alice.wong@contoso.com', new Set(['account'])], ['Alice Wong', NONE], ['+1 555 0100', NONE]] as const) {
      const pack = lookupPack(on('global', { account, flaggedForReviewAt: FLAGGED_AT }), redact);
      expect(pack).toContain('flaggedForReview eq true and createdDateTime ge');
      expect(pack).not.toContain('userPrincipalName');
      expect(pack).not.toContain(account);
    }
  });

  it("goes into the e-mail's lookups after the correlation's, on the same cloud, the account only when not redacted", () => {
    const flagged = on('usgov', { flaggedForReviewAt: FLAGGED_AT });
    const [first, second, ...rest] = shortestLookups(flagged, NONE);
    expect(first).toBe(`GET https://graph.microsoft.us/v1.0/auditLogs/signIns?$filter=correlationId eq '${CID}'`);
    expect(second).toBe(
      "GET https://graph.microsoft.us/beta/auditLogs/signIns?$filter=flaggedForReview eq true and userPrincipalName eq 'alice.wong@contoso.com' and createdDateTime ge 2026-11-30T14:01:00.000Z and createdDateTime le 2026-11-30T14:31:00.000Z",
    );
    expect(rest).toEqual([]);
    expect(shortestLookups(flagged, new Set(['account']))[1]).not.toContain('userPrincipalName');
    expect(shortestLookups(on('usgov'), NONE)).toHaveLength(1);
  });

  it('is not offered without flagging', () => {
    expect(lookupPack(on('global'), NONE)).not.toContain('flaggedForReview');
  });
});

describe('What If inputs', () => {
  it('gives the inputs and a Test-MgIdentityConditionalAccess body in the shape of the evaluate API', () => {
    const text = whatIfInputs(on('global', { deviceState: 'Compliant' }), NONE);
    expect(text).toContain('What If: user alice.wong@contoso.com, app d3f9a1c7-4e2b-4b8a-9f60-2c7e5d1a8b34, device platform windows, client app Browser, IP address 203.0.113.24, compliant');
    expect(text).toContain(
      "Test-MgIdentityConditionalAccess -BodyParameter @{signInIdentity=@{'@odata.type'='#microsoft.graph.userSignIn';userId=(Get-MgUser -UserId 'alice.wong@contoso.com').Id};signInContext=@{'@odata.type'='#microsoft.graph.applicationContext';includeApplications=@('d3f9a1c7-4e2b-4b8a-9f60-2c7e5d1a8b34')};signInConditions=@{devicePlatform='windows';clientAppType='browser';ipAddress='203.0.113.24';deviceInfo=@{isCompliant=$true}};appliedPoliciesOnly=$true}",
    );
  });

  it('maps each system to the Conditional Access platform word, and leaves others out', () => {
    const platforms: Array<[Detection['os'], string | undefined]> = [['Windows', 'windows'], ['macOS', 'macOS'], ['iOS', 'iOS'], ['Android', 'android'], ['Linux', 'linux'], ['ChromeOS', undefined], ['Other', undefined]];
    for (const [os, word] of platforms) {
      const text = whatIfInputs(on('global', { os }), NONE);
      if (word) expect(text).toContain(`devicePlatform='${word}'`);
      else expect(text).not.toContain('devicePlatform=');
    }
  });

  it('honours the redaction list', () => {
    const text = whatIfInputs(on('global'), new Set(['account', 'appId', 'ipAddress', 'os', 'deviceState']));
    for (const value of ['alice.wong@contoso.com', 'd3f9a1c7', '203.0.113.24', 'windows', 'isCompliant']) expect(text).not.toContain(value);
    expect(text).toContain("userId='<user object id>'");
    expect(text).toContain("includeApplications=@('<app id>')");
    expect(text).toContain("clientAppType='browser'");
  });
});

describe('ticket link placeholders', () => {
  it('{lookups} and {whatIf} fill in what the help view copies, redaction honoured', async () => {
    const { fillTicketTemplate } = await import('../../src/ticket/fill-ticket-template');
    const { english } = await import('./helpers/english');
    const redact = new Set(['account', 'ipAddress']);
    const detection = on('usgov', { flaggedForReviewAt: '2026-11-30T14:06:00.000Z' });
    const link = fillTicketTemplate('https://contoso.zendesk.com/hc/en-us/requests/new?tf_description={lookups}&tf_subject={whatIf}', detection, '', redact, english);
    const params = new URL(link as string).searchParams;
    expect(params.get('tf_description')).toBe(lookupPack(detection, redact));
    expect(params.get('tf_description')).toContain('dod-graph.microsoft.us');
    expect(params.get('tf_subject')).toBe(whatIfInputs(detection, redact));
    expect(link).not.toMatch(/alice|203\.0\.113/);
  });
});
