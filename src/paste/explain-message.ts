/**
 * The help view's messages to the background: explain this pasted text, or this tab's address.
 * The background parses (the popup stays small and fast) and stores what it found in
 * `storage.session`, which the help view watches; the answer says how many errors, and whether the
 * text was cut. No browser API here: both sides import it.
 */
export const EXPLAIN = 'explain';

/** Pasted text past this is not read (and the person is told): a whole log fits, a runaway paste does not. */
export const PASTE_LIMIT = 200_000;
/** Longer than any address with an error (browsers keep up to 2 MB, Entra's errors are far shorter). */
export const ADDRESS_LIMIT = 16_000;

export type ExplainMessage =
  | { type: typeof EXPLAIN; text: string; tabId?: number; privateWindow?: true }
  | { type: typeof EXPLAIN; address: string; tabId: number; privateWindow: boolean };

export interface ExplainAnswer {
  found: number;
  cut: boolean;
}
