import { describe, expect, it } from 'vitest';
import type { Runtime } from 'webextension-polyfill';
import { trustedSender } from '../../src/background/trusted-sender';

const OWN = 'abcdefghijklmnopabcdefghijklmnop';
const sender = (over: Partial<Runtime.MessageSender> & { url?: string }): Runtime.MessageSender =>
  ({ id: OWN, frameId: 0, url: 'https://login.microsoftonline.com/common/oauth2/v2.0/authorize', tab: { id: 7, index: 0, highlighted: true, active: true, pinned: false, incognito: false }, ...over }) as Runtime.MessageSender;

describe('trustedSender', () => {
  it('accepts our content script in the top frame of a sign-in tab', () => {
    expect(trustedSender(sender({}), OWN)).toEqual({ tabId: 7, host: 'login.microsoftonline.com', privateWindow: false });
    expect(trustedSender(sender({ url: 'https://login.partner.microsoftonline.cn/x', tab: { id: 3, incognito: true } as Runtime.MessageSender['tab'] }), OWN)).toEqual({ tabId: 3, host: 'login.partner.microsoftonline.cn', privateWindow: true });
  });
  it.each([
    ['another extension', { id: 'someoneelse' }],
    ['an extension page (no tab)', { tab: undefined, url: `chrome-extension://${OWN}/popup/index.html` }],
    ['a sub-frame', { frameId: 3 }],
    ['plain http', { url: 'http://login.microsoftonline.com/common/login' }],
    ['a look-alike host', { url: 'https://login.microsoftonline.com.evil.example/common/login' }],
    ['a look-alike subdomain', { url: 'https://evil-login.microsoftonline.com/common/login' }],
    ['the device-certificate host', { url: 'https://device.login.microsoftonline.com/x' }],
    ['personal accounts', { url: 'https://login.live.com/login.srf' }],
    ['another site', { url: 'https://example.com/' }],
    ['a non-default port', { url: 'https://login.microsoftonline.com:8443/x' }],
    ['no url', { url: undefined }],
  ])('refuses %s', (_name, over) => {
    expect(trustedSender(sender(over as Partial<Runtime.MessageSender>), OWN)).toBeNull();
  });
});
