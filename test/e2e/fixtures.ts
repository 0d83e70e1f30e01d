import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { ErrorDetails } from '../../src/page/error-details';

export interface Fixture {
  name: string;
  html: string;
  url: string;
  variant: string;
  needsScript: boolean;
  expected: (ErrorDetails & { messageStartsWith?: string }) | null;
}

const dir = join(process.cwd(), 'test/fixtures');

/** Every page fixture with what the extension must capture from it (null: nothing). */
export function loadFixtures(): Fixture[] {
  return readdirSync(dir)
    .filter((f) => f.endsWith('.expected.json'))
    .sort()
    .map((f) => {
      const name = f.replace(/\.expected\.json$/, '');
      const meta = JSON.parse(readFileSync(join(dir, f), 'utf8'));
      return { name, html: readFileSync(join(dir, `${name}.html`), 'utf8'), ...meta } as Fixture;
    });
}

export function fixture(name: string): Fixture {
  const found = loadFixtures().find((f) => f.name === name);
  if (!found) throw new Error(`No fixture named ${name} in test/fixtures`);
  return found;
}

/** The sign-in flow's secrets as this fixture's `$Config` and form carry them: none may ever leave the page. */
export function flowSecrets(html: string): string[] {
  const secrets = new Set<string>();
  for (const key of ['canary', 'apiCanary', 'sFT', 'sCtx']) {
    for (const m of html.matchAll(new RegExp(`"${key}"\\s*:\\s*"([^"]{8,})"`, 'g'))) secrets.add(m[1]);
  }
  for (const m of html.matchAll(/name="flowToken"[^>]*value="([^"]{8,})"|value="([^"]{8,})"[^>]*name="flowToken"/g)) secrets.add(m[1] ?? m[2]);
  for (const m of html.matchAll(/[?&]ctx=([A-Za-z0-9_-]{8,})/g)) secrets.add(m[1]);
  return [...secrets];
}
