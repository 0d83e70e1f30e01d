import type { Runtime } from 'webextension-polyfill';
import { isSignInHost, isSignInUrl, type SignInHost } from '../page/signin-hosts';

export interface TrustedSender {
  tabId: number;
  host: SignInHost;
  privateWindow: boolean;
}

/**
 * Content scripts run beside untrusted pages, so a message is only believed when it comes from
 * this extension's own content script, in the top frame of a tab, on an https sign-in host.
 * Anything else (other extensions, frames, extension pages, other sites) gets null.
 */
export function trustedSender(sender: Runtime.MessageSender, ownId: string): TrustedSender | null {
  const tabId = sender.tab?.id;
  if (sender.id !== ownId || typeof tabId !== 'number' || tabId < 0) return null;
  const url = sender.url;
  if (sender.frameId !== 0 || url === undefined || !isSignInUrl(url)) return null;
  const host = new URL(url).hostname;
  if (!isSignInHost(host)) return null;
  return { tabId, host, privateWindow: Boolean(sender.tab?.incognito) };
}
