import type { Detection } from '../detection/detection';
import { ipAddressAtStart } from '../page/detail-formats';
import { WHOLE_GUID, lookupValues } from './lookup-values';

/**
 * The browser's system in the words of Conditional Access (conditionalAccessDevicePlatform;
 * https://learn.microsoft.com/graph/api/resources/signinconditions). Entra reads the device
 * platform from the same user agent (ours), and only these fixed words reach the command.
 */
const PLATFORMS: Partial<Record<Detection['os'], string>> = { Windows: 'windows', macOS: 'macOS', iOS: 'iOS', Android: 'android', Linux: 'linux' };

/**
 * What Conditional Access's What If tool and Test-MgIdentityConditionalAccess ask for (identity,
 * target resource, device platform and client app are required; https://learn.microsoft.com/entra/identity/conditional-access/what-if-tool),
 * in the body shape of https://learn.microsoft.com/graph/api/conditionalaccessroot-evaluate.
 * Fields the organisation redacts are left out. The client app is `browser`: the page was open
 * in one. `isCompliant` (false unless given) is set only when the page said "Compliant" (ours).
 */
export function whatIfInputs(detection: Detection, redact: ReadonlySet<string>): string {
  const shown = (field: 'appId' | 'ipAddress' | 'deviceState') => (redact.has(field) ? undefined : detection[field]);
  const { upn } = lookupValues(detection, redact);
  const appId = shown('appId')?.match(WHOLE_GUID)?.[0] ?? '<app id>';
  const ip = ipAddressAtStart(shown('ipAddress'));
  const platform = redact.has('os') || redact.has('devicePlatform') ? undefined : PLATFORMS[detection.os];
  const compliant = /^compliant$/i.test(shown('deviceState') ?? '');
  const conditions = [platform && `devicePlatform='${platform}'`, "clientAppType='browser'", ip && `ipAddress='${ip}'`, compliant && 'deviceInfo=@{isCompliant=$true}'];
  return `What If: user ${upn ?? '?'}, app ${appId}, device platform ${platform ?? '?'}, client app Browser, IP address ${ip ?? '?'}${compliant ? ', compliant' : ''}
Test-MgIdentityConditionalAccess -BodyParameter @{signInIdentity=@{'@odata.type'='#microsoft.graph.userSignIn';userId=${upn ? `(Get-MgUser -UserId '${upn}').Id` : "'<user object id>'"}};signInContext=@{'@odata.type'='#microsoft.graph.applicationContext';includeApplications=@('${appId}')};signInConditions=@{${conditions.filter(Boolean).join(';')}};appliedPoliciesOnly=$true}`;
}
