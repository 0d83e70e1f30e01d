import type { DetailField, ErrorDetails } from './error-details';
import {
  GUID,
  TEXT_CAPS,
  TIMESTAMP,
  cleanText,
  errorCodeOf,
  guidAtStart,
  ipAddressAtStart,
  timestampAtStart,
} from './detail-formats';
import { PANEL_LABELS, normalizeLabel } from './panel-labels';
import { escapeRegExp } from '../text/escape-reg-exp';
import { MICROSOFT_LABELS } from './error-details';
import type { PageEvidence } from './page-evidence';
import { organisationNote } from './organisation-note';
import { signedInAccount } from './signed-in-account';

type LabelledField = keyof typeof PANEL_LABELS;

const FIELD_BY_LABEL = new Map<string, LabelledField>();
for (const [field, labels] of Object.entries(PANEL_LABELS) as [LabelledField, string][]) {
  for (const label of labels.split(' ')) FIELD_BY_LABEL.set(label, field);
}

/**
 * Any known label followed by a colon (ASCII or full-width), not inside a word. The table holds
 * normal forms, so each letter may be followed by what normalizeLabel drops ("Request-ID",
 * "Code d’erreur"). Longest labels first so "App id" never wins over "App name". Alternatives of
 * single characters with optional separators only: linear, no backtracking traps.
 */
const LABEL_PATTERN = new RegExp(
  `(?<![\\p{L}\\p{N}])(${[...FIELD_BY_LABEL.keys()]
    .sort((a, b) => b.length - a.length)
    .map((label) => [...label].map(escapeRegExp).join("[\\s.\\-‐’']*"))
    .join('|')})\\s*[:：]`,
  'giu',
);
/** The same, for a yes/no test (a global pattern's `test` is stateful). */
const HAS_LABEL = new RegExp(LABEL_PATTERN.source, 'iu');

/** "Label: value" pairs of the panel, wherever its lines are split or run together. */
function readLabelledValues(text: string): Partial<Record<LabelledField, string>> {
  const values: Partial<Record<LabelledField, string>> = {};
  const matches = Array.from(text.matchAll(LABEL_PATTERN));
  matches.forEach((match, i) => {
    const field = FIELD_BY_LABEL.get(normalizeLabel(match[1]));
    if (!field || values[field]) return;
    const end = i + 1 < matches.length ? matches[i + 1].index : text.length;
    const after = text.slice(match.index + match[0].length, end);
    // The value is the first non-empty line: same line, or the next text node when label and value
    // sit in separate elements. An empty label leaves the field open for a later one.
    const value = after.split('\n').map((line) => line.trim()).find(Boolean);
    if (value) values[field] = value;
  });
  return values;
}

/** The panel's fields in the order the page lists them, down to "Device state" (docs/reference/error-page.md). */
const PANEL_ORDER = MICROSOFT_LABELS.slice(0, 10).map(([field]) => field as LabelledField);
/** A label in any language: a short run without digits or colons, then a colon (ASCII or full-width). */
const ANY_LABEL = /^[^:：\d]{1,40}[:：]\s*(.*)$/u;

/**
 * The panel by its order and its values' shapes, whatever language its labels are in: the run of
 * "label: value" entries that goes error code, GUID, GUID, timestamp, app name, GUID, IP address,
 * then the three device lines, as Microsoft's panel does. A run that has only the first three or
 * four of those shapes (a panel copied in part) gives only those. Nothing when no run starts so.
 */
function readPanelByOrder(text: string): Partial<Record<LabelledField, string>> {
  const lines = text.split('\n').map((line) => line.trim()).filter(Boolean);
  const values: string[] = [];
  for (let i = 0; i < lines.length; i++) {
    const value = lines[i].match(ANY_LABEL)?.[1];
    // A label alone on its line has its value on the next line (separate elements), unless that is a label too.
    if (value !== undefined) values.push(value || (ANY_LABEL.test(lines[i + 1] ?? ':') ? '' : lines[++i]));
  }
  // Its first three lines (code, Request Id, Correlation Id) start the panel; the rest of the order
  // is trusted only when its shapes hold too (a copied panel may stop after the time).
  const start = values.findIndex((_, k) => errorCodeOf(values[k]) && guidAtStart(values[k + 1]) && guidAtStart(values[k + 2]));
  const whole = timestampAtStart(values[start + 3]) && guidAtStart(values[start + 5]) && ipAddressAtStart(values[start + 6]);
  const known = whole ? PANEL_ORDER : PANEL_ORDER.slice(0, timestampAtStart(values[start + 3]) ? 4 : 3);
  return start < 0 ? {} : Object.fromEntries(known.map((field, j) => [field, values[start + j]]));
}

/** GUIDs printed right after a label's colon, in page order: the panel lists Request Id, then Correlation Id. */
function guidsAfterColons(text: string): string[] {
  const pattern = new RegExp(`[:：]\\s*(${GUID.source})`, 'gi');
  return Array.from(text.matchAll(pattern), (m) => m[1].toLowerCase());
}

const DATE = /\d{4}-\d\d-\d\d/;

/** One of the panel's own lines: a label, an ID, a code, a date. Never the organisation's note. */
function isPanelLine(line: string): boolean {
  return HAS_LABEL.test(line) || GUID.test(line) || /AADSTS/i.test(line) || TIMESTAMP.test(line) || DATE.test(line);
}

function firstAadstsMessage(text: string): string | undefined {
  return text.split('\n').find((line) => /^AADSTS\d{4,}/i.test(line.trim()));
}

/**
 * Turns what the content script read into validated troubleshooting details, or null when the
 * page shows no sign-in error. The rendered panel wins over `$Config` where both have a value,
 * because the panel is what the person and the helpdesk see; `$Config` fills the gaps
 * (collapsed, late or translated panels).
 */
export function parseErrorPage(evidence: PageEvidence): ErrorDetails | null {
  const { config, text } = evidence;
  // Known labels win; the order fills in for a language the table does not know.
  const panel = { ...readPanelByOrder(text), ...readLabelledValues(text) };
  const message = cleanText(
    panel.message || config.strServiceExceptionMessage || firstAadstsMessage(text),
    TEXT_CAPS.message,
  );
  const errorCode =
    errorCodeOf(panel.errorCode) ?? errorCodeOf(config.sErrorCode) ?? errorCodeOf(message?.match(/AADSTS(\d+)/i)?.[1]);
  if (!errorCode) return null;

  let requestId = guidAtStart(panel.requestId) ?? guidAtStart(config.sessionId);
  let correlationId = guidAtStart(panel.correlationId) ?? guidAtStart(config.correlationId);
  const appId = guidAtStart(panel.appId);
  const deviceGuid = guidAtStart(panel.deviceId) ?? guidAtStart(config.sDeviceId);
  if (!requestId && !correlationId) {
    // Labels in a language we don't know: fall back to the panel's order.
    const unlabelled = guidsAfterColons(text).filter((g) => g !== appId && g !== deviceGuid);
    [requestId, correlationId] = unlabelled;
  }

  const account = signedInAccount(evidence.identityBanner);
  const details: ErrorDetails = {
    errorCode,
    requestId,
    correlationId,
    timestamp: timestampAtStart(panel.timestamp) ?? text.match(TIMESTAMP)?.[0],
    appName: cleanText(panel.appName || config.sAppName, TEXT_CAPS.appName),
    appId,
    ipAddress: ipAddressAtStart(panel.ipAddress),
    deviceId: deviceGuid ?? cleanText(panel.deviceId, TEXT_CAPS.deviceId),
    devicePlatform: cleanText(panel.devicePlatform, TEXT_CAPS.devicePlatform),
    // $Config carries the untranslated state ("Unregistered"), which the advice rules understand.
    deviceState: cleanText(config.sDeviceState || panel.deviceState, TEXT_CAPS.deviceState),
    message,
    account,
    branding: organisationNote(evidence, account, isPanelLine),
  };
  for (const key of Object.keys(details) as DetailField[]) {
    if (details[key] === undefined) delete details[key];
  }
  return details;
}
