import { randomUUID } from 'node:crypto';
import { fixture } from '../fixtures/index.mjs';

/**
 * A page the extension certainly detects, with a Request Id no other page has: the registered-
 * Windows 53003 page with a fresh id. Its detection in a tab proves the extension has handled
 * what that tab showed before (one tab's pages reach the background in order), so a test can
 * show that something was ignored without waiting an arbitrary time for it not to happen.
 */
export function knownPositivePage(): { url: string; html: string; requestId: string } {
  const f = fixture('53003-registered-windows');
  const requestId = randomUUID();
  const html = f.html.replaceAll(f.expected!.requestId!, requestId);
  if (html === f.html) throw new Error('53003-registered-windows no longer carries its Request Id');
  // Its own address, so a tab that goes there really navigates.
  return { url: `${f.url.split('#')[0]}&sbh-proof=${requestId}`, html, requestId };
}
