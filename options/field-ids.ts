import type { SettingKey } from '../src/settings/settings-spec';

/** Element ids: one per input, so errors and the focus can point at it. */
export const fieldId = (key: SettingKey) => `opt-${key}`;
export const presetFieldId = (fieldName: string) => `opt-preset-${fieldName}`;
export const adviceFieldId = (rowId: number, part: 'code' | 'text') => `opt-advice-${rowId}-${part}`;
export const TICKET_SYSTEM_ID = 'opt-ticketSystem';
export const ADD_ADVICE_ID = 'opt-advice-add';
