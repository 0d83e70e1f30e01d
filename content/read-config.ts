import { pickConfigFields, type PageEvidence } from '../src/page/page-evidence';

const CONFIG_MARK = '$Config=';

/**
 * The `{...}` object literal that follows `$Config=` in an inline script, found by matching
 * braces outside strings: one linear pass, so `;` or `//]]>` inside values can't cut it short.
 * Strings are crossed with indexOf, not character by character: most of `$Config` is string
 * values, and this runs cold, once per error page, in the content script's fresh world.
 */
export function sliceConfigObject(scriptText: string): string | undefined {
  const start = scriptText.indexOf('{', scriptText.indexOf(CONFIG_MARK));
  if (scriptText.indexOf(CONFIG_MARK) < 0 || start < 0) return undefined;
  let depth = 0;
  for (let i = start; i < scriptText.length; i++) {
    const c = scriptText[i];
    if (c === '"') {
      // To the quote that ends the string: the next one after an even run of backslashes.
      let escaped: boolean;
      do {
        i = scriptText.indexOf('"', i + 1);
        if (i < 0) return undefined;
        let before = i;
        while (scriptText[--before] === '\\');
        escaped = (i - before) % 2 === 0;
      } while (escaped);
    } else if (c === '{') depth++;
    else if (c === '}' && --depth === 0) return scriptText.slice(start, i + 1);
  }
  return undefined;
}

/**
 * The whitelisted `$Config` fields of one inline script's text, or undefined when it holds no
 * `$Config` object. The page's own `$Config` variable is out of reach (isolated world) and is
 * never evaluated; the text is parsed as JSON and only the known, harmless keys are copied out.
 */
export function configFromScript(scriptText: string): Pick<PageEvidence, 'config' | 'locale'> | undefined {
  const json = sliceConfigObject(scriptText);
  if (!json) return undefined;
  let parsed: unknown;
  try {
    parsed = JSON.parse(json);
  } catch {
    return undefined;
  }
  if (!parsed || typeof parsed !== 'object') return undefined;
  const source = parsed as Record<string, unknown>;
  // The page's own JSON: a number (an error code written as one) is text too.
  const config = pickConfigFields(source, (value) => (typeof value === 'string' || typeof value === 'number' ? String(value) : undefined));
  const locale = source.locale as { mkt?: unknown } | undefined;
  return { config, locale: typeof locale?.mkt === 'string' ? locale.mkt.slice(0, 20) : undefined };
}

/**
 * The text of each inline script, "" for the others. `document.scripts` may list SVG scripts too
 * (happy-dom's does): they have no `text`, and `$Config` is never in one.
 */
export function inlineScriptTexts(doc: Document): string[] {
  return Array.from(doc.scripts, (script) => (script.src ? '' : (script.text ?? '')));
}

/** The whitelisted `$Config` fields from the first inline script that holds a `$Config` object. */
export function readConfig(doc: Document): Pick<PageEvidence, 'config' | 'locale'> {
  for (const text of inlineScriptTexts(doc)) {
    const found = configFromScript(text);
    if (found) return found;
  }
  return { config: {} };
}
