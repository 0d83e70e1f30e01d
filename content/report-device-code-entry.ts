/**
 * On Microsoft's device-code entry page, tells the background that this tab shows it, so the error
 * that may follow in the same tab is known to come from a device code. Only that the page was
 * seen: no address, no page text, no code. The test is the path alone, read from the document's
 * own address string, so on every other sign-in page this costs one substring search (no regular
 * expression) and touches no extension API, no new browser interface, and adds no listener.
 */
import { isDeviceCodeEntryPath, mayBeDeviceCodeEntryUrl, pathOfUrl } from '../src/detection/device-code-entry';
import type { SendToBackground } from '../src/extension/send-to-background';
import type { LifetimeDeps } from './page-lifetime';

export interface DeviceCodeEntryDeps {
  send: SendToBackground;
  addWindowListener: LifetimeDeps['addWindowListener'];
}

export function reportDeviceCodeEntry(documentUrl: string, deps: DeviceCodeEntryDeps): void {
  if (!mayBeDeviceCodeEntryUrl(documentUrl) || !isDeviceCodeEntryPath(pathOfUrl(documentUrl))) return;
  // An extension that was reloaded or removed under the page has nothing to mark: nothing to do.
  const report = () => void deps.send({ type: 'device-code-page-seen' }).catch(() => {});
  report();
  // Back to this page from the back/forward cache runs no script again, and the mark may have gone
  // with the error the tab showed since: say it again, so a code typed now counts too.
  deps.addWindowListener('pageshow', (event) => {
    if (event.persisted) report();
  });
}
