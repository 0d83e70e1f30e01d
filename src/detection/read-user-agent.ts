import type { BrowserName, OsName } from './detection';

export interface BrowserAndOs {
  browser: BrowserName;
  browserVersion?: string;
  os: OsName;
}

/**
 * The browser and OS the person is using now, from the user agent string. Order matters:
 * Edge and Opera also say "Chrome", Chrome also says "Safari", iPadOS may say "Macintosh".
 */
export function readUserAgent(userAgent: string): BrowserAndOs {
  const browserRules: [BrowserName, RegExp][] = [
    ['Edge', /\bEdg(?:e|A|iOS)?\/(\d+)/],
    ['Opera', /\bOPR\/(\d+)/],
    ['Firefox', /\b(?:Firefox|FxiOS)\/(\d+)/],
    ['Chrome', /\b(?:Chrome|CriOS|HeadlessChrome)\/(\d+)/],
    ['Safari', /\bVersion\/(\d+)[\s\S]*\bSafari\//],
  ];
  const osRules: [OsName, RegExp][] = [
    ['iOS', /\b(?:iPhone|iPad|iPod)\b/],
    ['Android', /\bAndroid\b/],
    ['ChromeOS', /\bCrOS\b/],
    ['Windows', /\bWindows\b/],
    ['macOS', /\bMac OS X\b|\bMacintosh\b/],
    ['Linux', /\bLinux\b|\bX11\b/],
  ];
  const browserMatch = browserRules.find(([, pattern]) => pattern.test(userAgent));
  const os = osRules.find(([, pattern]) => pattern.test(userAgent))?.[0] ?? 'Other';
  if (!browserMatch) return { browser: 'Other', os };
  return { browser: browserMatch[0], browserVersion: userAgent.match(browserMatch[1])?.[1], os };
}
