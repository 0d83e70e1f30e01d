// A small, strict reader for XML property lists (.plist, .mobileconfig): dict, array, string, key,
// integer, real, true, false, date and data. Enough to check the admin samples without a package;
// it rejects what macOS would reject (unknown tags, a dict value without a key, bad entities).

export type PlistValue = string | number | boolean | PlistValue[] | PlistDict;
export interface PlistDict {
  [key: string]: PlistValue;
}

export class PlistParseError extends Error {}

type Token =
  | { kind: 'open' | 'close' | 'empty'; name: string; offset: number }
  | { kind: 'text'; text: string; offset: number };

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

function decode(text: string, fail: (message: string) => never): string {
  return text.replace(/&([^;\s&]*);?/g, (whole, name: string) => {
    if (!whole.endsWith(';')) fail(`a bare & must be written &amp; (near "${whole}")`);
    if (name in ENTITIES) return ENTITIES[name];
    const num = /^#(?:x([0-9a-fA-F]+)|(\d+))$/.exec(name);
    if (num) return String.fromCodePoint(num[1] ? parseInt(num[1], 16) : parseInt(num[2], 10));
    return fail(`unknown entity ${whole}`);
  });
}

function tokenize(xml: string, fail: (message: string, offset: number) => never): Token[] {
  const tokens: Token[] = [];
  const tag = /<!--[\s\S]*?-->|<\?[\s\S]*?\?>|<!DOCTYPE[^>]*>|<(\/?)([A-Za-z][\w.-]*)((?:\s+[\w:-]+\s*=\s*(?:"[^"]*"|'[^']*'))*)\s*(\/?)>|([^<]+)|(<)/g;
  for (let m = tag.exec(xml); m; m = tag.exec(xml)) {
    const offset = m.index;
    if (m[6]) fail('a < that does not start a valid tag (write &lt; in text)', offset);
    if (m[5] !== undefined) tokens.push({ kind: 'text', text: m[5], offset });
    else if (m[2]) {
      if (m[1] && m[4]) fail(`malformed tag </${m[2]}/>`, offset);
      tokens.push({ kind: m[1] ? 'close' : m[4] ? 'empty' : 'open', name: m[2], offset });
    }
  }
  return tokens;
}

/** Parses an XML plist and returns its root value. Errors name the line. */
export function parsePlist(xml: string): PlistValue {
  const lineOf = (offset: number) => xml.slice(0, offset).split('\n').length;
  const fail = (message: string, offset: number): never => {
    throw new PlistParseError(`line ${lineOf(offset)}: ${message}`);
  };
  const tokens = tokenize(xml, fail);
  let pos = 0;
  // Whitespace between elements means nothing; inside <string> it is kept.
  const skipSpace = () => {
    while (tokens[pos]?.kind === 'text' && (tokens[pos] as { text: string }).text.trim() === '') pos++;
  };
  const peek = () => {
    skipSpace();
    return tokens[pos];
  };
  const nextRaw = (what: string) => tokens[pos++] ?? fail(`unexpected end of file, expected ${what}`, xml.length);
  const next = (what: string) => {
    skipSpace();
    return nextRaw(what);
  };

  const textUntilClose = (name: string, openOffset: number): string => {
    let text = '';
    const t = nextRaw(`</${name}>`);
    if (t.kind === 'text') {
      text = decode(t.text, (m) => fail(m, t.offset));
      const close = next(`</${name}>`);
      if (close.kind !== 'close' || close.name !== name) fail(`expected </${name}>`, close.offset);
    } else if (t.kind !== 'close' || t.name !== name) fail(`<${name}> (opened on line ${lineOf(openOffset)}) may only hold text`, t.offset);
    return text;
  };

  const value = (): PlistValue => {
    const t = next('a value');
    if (t.kind === 'text') return fail(`stray text "${t.text.trim().slice(0, 30)}" where a value tag belongs`, t.offset);
    if (t.kind === 'close') return fail(`unexpected </${t.name}>`, t.offset);
    const empty = t.kind === 'empty';
    switch (t.name) {
      case 'true':
      case 'false':
        if (!empty) {
          const close = next(`</${t.name}>`);
          if (close.kind !== 'close' || close.name !== t.name) fail(`<${t.name}> must be empty: write <${t.name}/>`, close.offset);
        }
        return t.name === 'true';
      case 'string':
      case 'date':
      case 'data':
        return empty ? '' : textUntilClose(t.name, t.offset);
      case 'integer': {
        const text = empty ? '' : textUntilClose(t.name, t.offset).trim();
        if (!/^[+-]?\d+$/.test(text)) fail(`<integer> holds "${text}", not a whole number`, t.offset);
        return Number(text);
      }
      case 'real': {
        const text = empty ? '' : textUntilClose(t.name, t.offset).trim();
        if (!/^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/.test(text)) fail(`<real> holds "${text}", not a number`, t.offset);
        return Number(text);
      }
      case 'array': {
        const items: PlistValue[] = [];
        if (empty) return items;
        while (!(peek()?.kind === 'close' && (peek() as { name: string }).name === 'array')) {
          if (!peek()) fail(`<array> opened on line ${lineOf(t.offset)} is never closed`, xml.length);
          items.push(value());
        }
        pos++;
        return items;
      }
      case 'dict': {
        const dict: PlistDict = {};
        if (empty) return dict;
        for (;;) {
          const k = next('<key> or </dict>');
          if (k.kind === 'close' && k.name === 'dict') return dict;
          if (k.kind !== 'open' || k.name !== 'key') fail(`a <dict> holds <key> then value pairs; found ${k.kind === 'text' ? 'text' : `<${k.name}>`}`, k.offset);
          const key = textUntilClose('key', k.offset);
          if (Object.hasOwn(dict, key)) fail(`key "${key}" appears twice in the same dict`, k.offset);
          const after = peek();
          if (!after || after.kind === 'close' || (after.kind !== 'text' && after.name === 'key')) fail(`key "${key}" has no value`, k.offset);
          dict[key] = value();
        }
      }
      default:
        return fail(`unknown plist tag <${t.name}>`, t.offset);
    }
  };

  const open = next('<plist>');
  if (open.kind !== 'open' || open.name !== 'plist') fail('the document must start with <plist version="1.0">', open.offset);
  const root = value();
  const close = next('</plist>');
  if (close.kind !== 'close' || close.name !== 'plist') fail('expected </plist> after the root value', close.offset);
  if (peek()) fail('content after </plist>', tokens[pos].offset);
  return root;
}
