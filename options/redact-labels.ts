import type { MessageKey } from '../src/extension/message-key';
import type { RedactableField } from '../src/settings/settings-spec';

/**
 * Human names of the fields an organisation may leave out of tickets: the details list's own name
 * (`field_*`) where it says enough, a longer one where a bare field name would be unclear here.
 */
export const REDACT_LABEL_KEYS: Record<RedactableField, MessageKey> = {
  appName: 'field_appName',
  appId: 'field_appId',
  ipAddress: 'field_ipAddress',
  deviceId: 'optionsRedactDeviceId',
  devicePlatform: 'field_devicePlatform',
  deviceState: 'field_deviceState',
  message: 'optionsRedactMessage',
  branding: 'optionsRedactBranding',
  account: 'optionsRedactAccount',
  browser: 'optionsRedactBrowser',
  os: 'optionsRedactOs',
};
