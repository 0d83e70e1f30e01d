/**
 * On Microsoft's device-code entry page, tells the background that this tab shows it, so the error
 * that may follow in the same tab is known to come from a device code. Only that the page was
 * seen: no address, no page text, no code. The test is the path alone, read from the document's
 * own address string, so on every other sign-in page this costs two regular expressions and
 * touches no extension API and no new browser interface.
 */
import { isDeviceCodeEntryPath, pathOfUrl } from '../src/detection/device-code-entry';
import type { SendToBackground } from '../src/extension/send-to-background';

export function reportDeviceCodeEntry(documentUrl: string, send: SendToBackground): void {
  if (!isDeviceCodeEntryPath(pathOfUrl(documentUrl))) return;
  // An extension that was reloaded or removed under the page has nothing to mark: nothing to do.
  void send({ type: 'device-code-page-seen' }).catch(() => {});
}
