import type { Detection } from '../detection/detection';
import type { StepId } from './steps';

/** Command-line tools whose sign-ins are often device-code sign-ins, which can never pass device checks. */
export interface CliTool {
  name: string;
  appIds: readonly string[];
  appName: RegExp;
  step: StepId;
}

export const CLI_TOOLS: readonly CliTool[] = [
  { name: 'Azure CLI', appIds: ['04b07795-8ddb-461a-bbee-02f9e1bf7b46'], appName: /\bazure cli\b/i, step: 'sign_in_azure_cli' },
  { name: 'Azure PowerShell', appIds: ['1950a06c-22ad-4e31-a9cf-35634496f2af'], appName: /\bazure powershell\b/i, step: 'sign_in_azure_powershell' },
  {
    name: 'Microsoft Graph PowerShell',
    appIds: ['14d82eec-204b-4c2f-b7e8-296a70dab67e'],
    appName: /\bgraph (?:command line tools|powershell)\b/i,
    step: 'sign_in_graph_powershell',
  },
];

/** The command-line tool the blocked sign-in came from, by its app id or, failing that, its name. */
export function cliToolOf(detection: Detection): CliTool | undefined {
  const appId = detection.appId?.toLowerCase();
  return CLI_TOOLS.find((tool) => (appId !== undefined && tool.appIds.includes(appId)) || tool.appName.test(detection.appName ?? ''));
}
