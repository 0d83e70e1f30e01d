// The two browsers the benchmark compares: Chromium with the built extension (the shared launcher)
// and the same Chromium, same flags and same offline page serving, without it.
import { WINDOWS_CHROME_UA, launchOffline, launchWithExtension } from '../chromium-with-extension.mjs';

export { WINDOWS_CHROME_UA };

/** SBH_BENCH_EXTENSION_DIR benchmarks another unpacked build instead of dist/chrome. */
export const EXTENSION_DIR = process.env.SBH_BENCH_EXTENSION_DIR || undefined;

export async function launchWith() {
  const browser = await launchWithExtension({ userAgent: WINDOWS_CHROME_UA, extensionDir: EXTENSION_DIR });
  return { ...browser, label: 'with extension' };
}

/** The same Chromium, flags and offline page serving, with no extension loaded. */
export async function launchWithout() {
  const browser = await launchOffline({ userAgent: WINDOWS_CHROME_UA, extensionDir: null });
  return { ...browser, label: 'without extension' };
}
