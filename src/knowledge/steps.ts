/**
 * The steps a blocked person can be offered, shared between error codes.
 * Each step's text lives in src/locales/<lang>/steps.json under `step_<id>`; its first sentence
 * is the action itself, because the helpdesk ticket quotes only that sentence.
 * Which steps show, and in which order, is decided in choose-advice.ts.
 */
import type { OsName } from '../detection/detection';
import type { KeyPart, MessageKey } from '../extension/message-key';

export interface Step {
  /** Message key of the step's text. */
  messageKey: MessageKey;
  /** True when the person can do it alone; false when it means asking IT for something. */
  selfService: boolean;
}

const step = (id: KeyPart<'step_'>, selfService = true): Step => ({ messageKey: `step_${id}`, selfService });

export const STEPS = {
  // The browser did not present the device's identity.
  normal_window: step('normal_window'),
  chrome_sso_extension: step('chrome_sso_extension'),
  use_edge_work_account: step('use_edge_work_account'),
  edge_sign_in_work_account: step('edge_sign_in_work_account'),
  firefox_windows_sso: step('firefox_windows_sso'),
  mac_use_safari_or_edge: step('mac_use_safari_or_edge'),
  linux_use_edge: step('linux_use_edge'),
  ios_use_safari_or_edge: step('ios_use_safari_or_edge'),
  android_use_edge_or_chrome: step('android_use_edge_or_chrome'),
  restart_device: step('restart_device'),
  choose_device_certificate: step('choose_device_certificate'),
  browser_identity_unchanged: step('browser_identity_unchanged'),

  // The device itself.
  company_portal_fix: step('company_portal_fix'),
  company_portal_sync: step('company_portal_sync'),
  linux_intune_fix: step('linux_intune_fix'),
  enroll_device: step('enroll_device'),
  linux_intune_enroll: step('linux_intune_enroll'),
  register_device: step('register_device'),
  use_company_device: step('use_company_device'),

  // Where you are.
  office_network: step('office_network'),

  // The app or the way of signing in.
  use_approved_app: step('use_approved_app'),
  install_broker_app: step('install_broker_app'),
  app_protection_setup: step('app_protection_setup'),
  edge_windows_app_protection: step('edge_windows_app_protection'),
  sign_in_without_device_code: step('sign_in_without_device_code'),
  sign_in_azure_cli: step('sign_in_azure_cli'),
  sign_in_azure_powershell: step('sign_in_azure_powershell'),
  sign_in_graph_powershell: step('sign_in_graph_powershell'),
  update_old_app: step('update_old_app'),
  clear_saved_sign_in: step('clear_saved_sign_in'),

  // Proving who you are.
  complete_extra_check: step('complete_extra_check'),
  lost_phone: step('lost_phone', false),
  set_up_security_info: step('set_up_security_info'),
  set_up_security_info_at_office: step('set_up_security_info_at_office'),
  ask_temporary_access_pass: step('ask_temporary_access_pass', false),
  complete_external_check: step('complete_external_check'),
  reset_password_sspr: step('reset_password_sspr'),

  // Who you are, and where.
  wait_then_change_network: step('wait_then_change_network'),

  // Any error.
  try_again_later: step('try_again_later'),
  check_account: step('check_account'),
} satisfies Record<string, Step>;

export type StepId = keyof typeof STEPS;

/**
 * Precise steps and the general step each one stands for. When both are chosen, only the precise
 * one shows: "Run az login without --use-device-code" says all that "Sign in without a device code" says.
 */
export const PRECISE_REPLACES_GENERAL: Partial<Record<StepId, StepId>> = {
  edge_sign_in_work_account: 'use_edge_work_account',
  sign_in_azure_cli: 'sign_in_without_device_code',
  sign_in_azure_powershell: 'sign_in_without_device_code',
  sign_in_graph_powershell: 'sign_in_without_device_code',
};

/**
 * The same step in another system's words, or `null` where it has no counterpart there. On Linux,
 * the Microsoft Intune app does what Company Portal does elsewhere, and its one "fix" step
 * already says to check again:
 * https://learn.microsoft.com/en-us/mem/intune/user-help/enroll-device-linux
 */
export const PLATFORM_VARIANTS: Partial<Record<OsName, Partial<Record<StepId, StepId | null>>>> = {
  Linux: {
    company_portal_fix: 'linux_intune_fix',
    company_portal_sync: null,
    enroll_device: 'linux_intune_enroll',
    register_device: 'linux_intune_enroll',
  },
};

export const STEP_IDS = Object.keys(STEPS) as StepId[];

export function isStepId(id: string): id is StepId {
  return Object.hasOwn(STEPS, id);
}
