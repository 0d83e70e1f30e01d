import type { PageEvidence } from '../page/page-evidence';
import { validateEvidence } from '../page/validate-evidence';

/**
 * The one message contract between the content script and the background. The message type
 * fixes both its payload and its response. The content script sends through
 * `sendToBackground` (src/extension/send-to-background.ts, its own file to stay tiny); the
 * background answers through `listenForMessages` below, which checks the sender first and every
 * payload at the boundary, so handlers only ever see checked input.
 */
export interface MessageMap {
  /** The page shows a sign-in error; sent again whenever more of the panel appears. */
  'error-page-seen': { payload: { evidence: PageEvidence }; response: { detected: boolean; complete: boolean; showNotice: boolean } };
  /** The person clicked "Get help with this error" on the page. */
  'open-help': { payload: Record<never, never>; response: { opened: boolean } };
  /**
   * The page is Microsoft's device-code entry page. Nothing else: no address, no page text, no
   * code. The background checks the sender's own URL rather than believing the claim.
   */
  'device-code-page-seen': { payload: Record<never, never>; response: { marked: boolean } };
  /**
   * The person pressed Microsoft's own "Enable flagging" on this tab's error page (a trusted
   * press, never the extension's). Nothing else: the background keeps only the time.
   */
  'flagging-enabled': { payload: Record<never, never>; response: { marked: boolean } };
}

export type MessageType = keyof MessageMap;

/**
 * The popup's one message to a tab's content script (which listens only once it reported an
 * error page): bring Microsoft's "Enable flagging" into view. No answer: the page shows it or not.
 */
export type TabMessage = { type: 'show-flagging-control' };
export type Payload<T extends MessageType> = MessageMap[T]['payload'];
export type Message<T extends MessageType = MessageType> = { type: T } & Payload<T>;
export type Response<T extends MessageType> = MessageMap[T]['response'];

interface PayloadCheck<T extends MessageType> {
  /** The payload rebuilt from what arrived (known keys, right types, capped), or null when it is not one. */
  parse(message: Record<string, unknown>): Payload<T> | null;
  /** The answer to a message of this type from a trusted sender whose payload is not one. */
  refused: Response<T>;
}

const PAYLOAD_CHECKS: { [T in MessageType]: PayloadCheck<T> } = {
  'error-page-seen': {
    parse: (message) => {
      const evidence = validateEvidence(message.evidence);
      return evidence && { evidence };
    },
    refused: { detected: false, complete: false, showNotice: false },
  },
  'open-help': { parse: () => ({}), refused: { opened: false } },
  // Whatever else came with it is dropped: the payload is rebuilt empty.
  'device-code-page-seen': { parse: () => ({}), refused: { marked: false } },
  'flagging-enabled': { parse: () => ({}), refused: { marked: false } },
};

/** One handler per message type; `from` is what the sender check vouched for. */
export type MessageHandlers<From, Sender> = {
  [T in MessageType]: (payload: Payload<T>, from: From, sender: Sender) => Promise<Response<T>>;
};

export type MessageListener<Sender> = (message: unknown, sender: Sender) => Promise<unknown> | undefined;

/** `runtime.onMessage` as the polyfill offers it: a listener may answer with a promise. */
export interface MessageEvent<Sender> {
  addListener(listener: MessageListener<Sender>): void;
  removeListener(listener: MessageListener<Sender>): void;
}

function messageType(message: unknown): MessageType | undefined {
  const type = (message as { type?: unknown } | null | undefined)?.type;
  return typeof type === 'string' && Object.hasOwn(PAYLOAD_CHECKS, type) ? (type as MessageType) : undefined;
}

function dispatch<T extends MessageType, From, Sender>(type: T, message: Record<string, unknown>, from: From, sender: Sender, handlers: MessageHandlers<From, Sender>): Promise<Response<T>> {
  const check: PayloadCheck<T> = PAYLOAD_CHECKS[type];
  const payload = check.parse(message);
  const handle: MessageHandlers<From, Sender>[T] = handlers[type];
  return payload ? handle(payload, from, sender) : Promise.resolve(check.refused);
}

/**
 * Answers the content script's messages. Content scripts run beside untrusted pages, so the
 * sender is checked before anything else: a message from anywhere else, or of a type that is not
 * ours, gets no answer and causes nothing. Returns what stops listening.
 */
export function listenForMessages<From, Sender>(event: MessageEvent<Sender>, trust: (sender: Sender) => From | null, handlers: MessageHandlers<From, Sender>): () => void {
  const listener: MessageListener<Sender> = (message, sender) => {
    const from = trust(sender);
    const type = from ? messageType(message) : undefined;
    if (!from || !type) return undefined; // not ours to answer: no response, no side effects
    return dispatch(type, message as Record<string, unknown>, from, sender, handlers);
  };
  event.addListener(listener);
  return () => event.removeListener(listener);
}
