import type { CloudId } from '../page/signin-hosts';

/** One Microsoft Graph deployment and the name Connect-MgGraph's `-Environment` gives it. */
export interface GraphEndpoint {
  host: string;
  environment: string;
}

/** Where IT looks up a sign-in of one cloud: its admin center, Graph deployments and Azure CLI cloud. */
export interface CloudEndpoints {
  adminCenter: string;
  graph: readonly GraphEndpoint[];
  azCloud: string;
}

/**
 * Each cloud's lookup addresses, from Microsoft's own tables (docs/reference/lookup-sources.md):
 * - Graph hosts: https://learn.microsoft.com/graph/deployments ("Microsoft Graph for US
 *   Government L4 | https://graph.microsoft.us", "L5 (DOD) | https://dod-graph.microsoft.us").
 *   A US Government error page can't tell GCC High from DoD (both sign in on
 *   login.microsoftonline.us), so both are given.
 * - `-Environment`: Get-MgEnvironment's list (Global, USGov, USGovDoD, China), https://learn.microsoft.com/powershell/module/microsoft.graph.authentication/get-mgenvironment
 * - Admin centers: the Entra FAQ's allow-list "*.entra.microsoft.com, *.entra.microsoft.us,
 *   *.entra.microsoftonline.cn", https://learn.microsoft.com/entra/fundamentals/faq
 * - `az cloud set --name`: AzureCloud, AzureUSGovernment, AzureChinaCloud, https://learn.microsoft.com/cli/azure/manage-clouds-azure-cli
 * Germany (closed in 2021) and the sovereign clouds have no such table in these documents: they
 * get only what works anywhere (the KQL and the admin center steps without an address).
 */
export const CLOUD_ENDPOINTS: Partial<Record<CloudId, CloudEndpoints>> = {
  global: { adminCenter: 'https://entra.microsoft.com', graph: [{ host: 'graph.microsoft.com', environment: 'Global' }], azCloud: 'AzureCloud' },
  usgov: {
    adminCenter: 'https://entra.microsoft.us',
    graph: [
      { host: 'graph.microsoft.us', environment: 'USGov' },
      { host: 'dod-graph.microsoft.us', environment: 'USGovDoD' },
    ],
    azCloud: 'AzureUSGovernment',
  },
  china: { adminCenter: 'https://entra.microsoftonline.cn', graph: [{ host: 'microsoftgraph.chinacloudapi.cn', environment: 'China' }], azCloud: 'AzureChinaCloud' },
};
