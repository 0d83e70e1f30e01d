/** Fields an organisation may leave out of copies and tickets. The error code, IDs and timestamp are the point of a ticket and can't be removed. */
export const REDACTABLE_FIELDS = [
  'appName',
  'appId',
  'ipAddress',
  'deviceId',
  'devicePlatform',
  'deviceState',
  'message',
  'branding',
  'account',
  'browser',
  'os',
] as const;
export type RedactableField = (typeof REDACTABLE_FIELDS)[number];
