import type { PageEvidence } from '../page/page-evidence';

/**
 * The one message contract between the content script and the background. The message type
 * fixes both its payload and its response. Content scripts are unprivileged: the background
 * checks the sender and validates every payload (see background/trusted-sender.ts).
 */
export interface MessageMap {
  /** The page shows a sign-in error; sent again whenever more of the panel appears. */
  'error-page-seen': { payload: { evidence: PageEvidence }; response: { detected: boolean; complete: boolean; showNotice: boolean } };
  /** The person clicked "Get help with this error" on the page. */
  'open-help': { payload: Record<never, never>; response: { opened: boolean } };
}

export type MessageType = keyof MessageMap;
export type Message<T extends MessageType = MessageType> = { type: T } & MessageMap[T]['payload'];
export type Response<T extends MessageType> = MessageMap[T]['response'];
