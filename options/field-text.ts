import type { RedactableField, SettingKey } from '../src/settings/settings-spec';

/** The text settings edited in plain inputs, in the order the page shows them. */
export const TEXT_KEYS = ['supportName', 'supportEmail', 'supportPhone', 'supportUrl', 'orgMessage'] as const;
export type TextKey = (typeof TEXT_KEYS)[number];

/** Message keys (src/locales/en/options.json) of each setting's visible label. */
export const LABEL_KEYS: Record<SettingKey, string> = {
  supportName: 'optionsSupportNameLabel',
  supportEmail: 'optionsSupportEmailLabel',
  supportPhone: 'optionsSupportPhoneLabel',
  supportUrl: 'optionsSupportUrlLabel',
  orgMessage: 'optionsOrgMessageLabel',
  ticketUrlTemplate: 'optionsTicketTemplateLabel',
  redactFields: 'optionsRedactLegend',
  extraAdvice: 'optionsAdviceHeading',
  showPageNotice: 'optionsShowPageNoticeLabel',
};

/** Message keys of the hint under each text input. */
export const HINT_KEYS: Record<TextKey, string> = {
  supportName: 'optionsSupportNameHint',
  supportEmail: 'optionsSupportEmailHint',
  supportPhone: 'optionsSupportPhoneHint',
  supportUrl: 'optionsSupportUrlHint',
  orgMessage: 'optionsOrgMessageHint',
};

/**
 * Human names of the fields an organisation may leave out of tickets: the details list's own name
 * (`field_*`) where it says enough, a longer one where a bare field name would be unclear here.
 */
export const REDACT_LABEL_KEYS: Record<RedactableField, string> = {
  appName: 'field_appName',
  appId: 'field_appId',
  ipAddress: 'field_ipAddress',
  deviceId: 'optionsRedactDeviceId',
  devicePlatform: 'field_devicePlatform',
  deviceState: 'field_deviceState',
  message: 'optionsRedactMessage',
  branding: 'optionsRedactBranding',
  browser: 'optionsRedactBrowser',
  os: 'optionsRedactOs',
};

/** Element ids: one per input, so errors and the focus can point at it. */
export const fieldId = (key: SettingKey) => `opt-${key}`;
export const presetFieldId = (fieldName: string) => `opt-preset-${fieldName}`;
export const adviceFieldId = (rowId: number, part: 'code' | 'text') => `opt-advice-${rowId}-${part}`;
export const TICKET_SYSTEM_ID = 'opt-ticketSystem';
export const ADD_ADVICE_ID = 'opt-advice-add';
