// The links the person can follow themselves (src/page/signin-hosts.ts): Microsoft's My Sign-ins
// page where Microsoft documents it for the error's cloud, and the error lookup page on the error's
// own sign-in host. Sources: docs/reference/advice-sources.md, "Self-service links".
import { describe, expect, it } from 'vitest';
import { type CloudId, SIGN_IN_HOSTS, type SignInHost, errorLookupUrl, mySignInsUrl } from '../../src/page/signin-hosts';

const CLOUDS = [...new Set(Object.values(SIGN_IN_HOSTS))] as CloudId[];

describe('My Sign-ins, by cloud', () => {
  it('is mysignins.microsoft.com on the global cloud', () => {
    expect(mySignInsUrl('global')).toBe('https://mysignins.microsoft.com');
  });

  it('is left out on every other cloud, where Microsoft documents no address (US Government, China, the sovereign clouds)', () => {
    const others = CLOUDS.filter((cloud) => cloud !== 'global');
    expect(others).toEqual(expect.arrayContaining(['usgov', 'china']));
    for (const cloud of others) expect(mySignInsUrl(cloud), cloud).toBeUndefined();
  });

  it('is an https address with no path, query or fragment to carry anything from the page', () => {
    for (const cloud of CLOUDS) {
      const url = mySignInsUrl(cloud);
      if (url === undefined) continue;
      const parsed = new URL(url);
      expect([parsed.protocol, parsed.pathname, parsed.search, parsed.hash]).toEqual(['https:', '/', '', '']);
    }
  });
});

describe('the error lookup page', () => {
  it('is on the sign-in host the error came from, for every host of every cloud', () => {
    for (const host of Object.keys(SIGN_IN_HOSTS) as SignInHost[]) {
      const url = new URL(errorLookupUrl(host, '9002341'));
      expect([url.protocol, url.hostname, url.pathname, url.searchParams.get('code')], host).toEqual(['https:', host, '/error', '9002341']);
    }
  });

  it('keeps the code to the code parameter', () => {
    const url = new URL(errorLookupUrl('login.microsoftonline.us', '1&x=2#y'));
    expect([...url.searchParams.entries()]).toEqual([['code', '1&x=2#y']]);
    expect(url.hash).toBe('');
  });
});
