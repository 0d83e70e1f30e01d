// A small reader for Windows .reg files (the "Windows Registry Editor Version 5.00" text format),
// enough to check the admin samples: REG_SZ strings, dword values, key deletion, and the layout
// Chrome and Edge read extension policy from (lists and maps as subkeys). Names are
// case-insensitive, as in the registry.

export type RegValue = { type: 'sz'; data: string } | { type: 'dword'; data: number };

export interface RegKey {
  name: string;
  /** By lower-cased name; `name` keeps the spelling. */
  values: Map<string, { name: string; value: RegValue }>;
  keys: Map<string, RegKey>;
}

const newKey = (name: string): RegKey => ({ name, values: new Map(), keys: new Map() });

export class RegParseError extends Error {
  constructor(line: number, message: string) {
    super(`line ${line}: ${message}`);
  }
}

/** Reads a quoted .reg string starting at text[start] === '"'. regedit only escapes \\ and \". */
function readQuoted(text: string, start: number, line: number): { value: string; end: number } {
  let value = '';
  for (let i = start + 1; i < text.length; i++) {
    const c = text[i];
    if (c === '"') return { value, end: i + 1 };
    if (c === '\\') {
      const next = text[i + 1];
      if (next !== '\\' && next !== '"') throw new RegParseError(line, `unknown escape \\${next ?? ''} in a string: write a backslash as \\\\ and a quote as \\"`);
      value += next;
      i++;
    } else value += c;
  }
  throw new RegParseError(line, 'string is not closed with "');
}

function parseData(data: string, line: number): RegValue | 'delete' {
  if (data === '-') return 'delete';
  if (data.startsWith('"')) {
    const { value, end } = readQuoted(data, 0, line);
    const rest = data.slice(end).trim();
    if (rest && !rest.startsWith(';')) throw new RegParseError(line, `unexpected text after the string: ${rest}`);
    return { type: 'sz', data: value };
  }
  const dword = /^dword:([0-9a-fA-F]{8})\s*(?:;.*)?$/.exec(data);
  if (dword) return { type: 'dword', data: parseInt(dword[1], 16) };
  if (/^dword:/i.test(data)) throw new RegParseError(line, `a dword needs exactly 8 hex digits, like dword:00000001 (got ${data})`);
  throw new RegParseError(line, `unsupported value type in ${data.slice(0, 30)}: this reader knows "strings" and dword:00000000`);
}

/** Parses a .reg file into a tree whose children are the hives (HKEY_LOCAL_MACHINE, ...). */
export function parseReg(source: string): RegKey {
  const text = source.replace(/^\uFEFF/, '');
  // A line ending in a backslash continues on the next one (long hex values).
  const lines = text.split(/\r?\n/);
  const header = lines.findIndex((l) => l.trim() !== '');
  if (header < 0 || !/^(Windows Registry Editor Version 5\.00|REGEDIT4)$/.test(lines[header].trim())) {
    throw new RegParseError(header + 1, 'the first line must be "Windows Registry Editor Version 5.00"');
  }
  const root = newKey('');
  let current: RegKey | undefined;

  const walk = (path: string, create: boolean): { parent: RegKey; key: RegKey | undefined; last: string } => {
    const parts = path.split('\\');
    let node = root;
    for (const part of parts.slice(0, -1)) {
      let child = node.keys.get(part.toLowerCase());
      if (!child) {
        if (!create) return { parent: node, key: undefined, last: parts[parts.length - 1] };
        child = newKey(part);
        node.keys.set(part.toLowerCase(), child);
      }
      node = child;
    }
    const last = parts[parts.length - 1];
    let key = node.keys.get(last.toLowerCase());
    if (!key && create) {
      key = newKey(last);
      node.keys.set(last.toLowerCase(), key);
    }
    return { parent: node, key, last };
  };

  for (let i = header + 1; i < lines.length; i++) {
    const lineNo = i + 1;
    let line = lines[i].trim();
    while (line.endsWith('\\') && !line.startsWith('[') && i + 1 < lines.length) line = line.slice(0, -1) + lines[++i].trim();
    if (!line || line.startsWith(';')) continue;
    if (line.startsWith('[')) {
      const close = line.lastIndexOf(']');
      if (close < 0) throw new RegParseError(lineNo, 'key line must end with ]');
      const deleting = line[1] === '-';
      const path = line.slice(deleting ? 2 : 1, close);
      if (!path || path.includes('\\\\') || path.endsWith('\\')) throw new RegParseError(lineNo, `malformed key path ${path}`);
      if (!/^HKEY_(LOCAL_MACHINE|CURRENT_USER|CLASSES_ROOT|USERS|CURRENT_CONFIG)(\\|$)/.test(path)) {
        throw new RegParseError(lineNo, `key path must start with a full hive name such as HKEY_LOCAL_MACHINE (got ${path.split('\\')[0]})`);
      }
      if (deleting) {
        const { parent, last } = walk(path, false);
        parent.keys.delete(last.toLowerCase());
        current = undefined;
      } else current = walk(path, true).key;
      continue;
    }
    if (!current) throw new RegParseError(lineNo, 'value line outside a [key] section (or under a [-deleted] key)');
    let name: string;
    let rest: string;
    if (line.startsWith('@')) {
      name = '';
      rest = line.slice(1);
    } else if (line.startsWith('"')) {
      const quoted = readQuoted(line, 0, lineNo);
      name = quoted.value;
      rest = line.slice(quoted.end);
    } else throw new RegParseError(lineNo, `a value line starts with "name" or @ (got ${line.slice(0, 20)})`);
    rest = rest.trimStart();
    if (!rest.startsWith('=')) throw new RegParseError(lineNo, 'expected = after the value name');
    const data = parseData(rest.slice(1).trim(), lineNo);
    if (data === 'delete') current.values.delete(name.toLowerCase());
    else {
      if (current.values.has(name.toLowerCase())) throw new RegParseError(lineNo, `value "${name}" is set twice in the same key`);
      current.values.set(name.toLowerCase(), { name, value: data });
    }
  }
  return root;
}

export function findKey(root: RegKey, path: string): RegKey | undefined {
  let node: RegKey | undefined = root;
  for (const part of path.split('\\')) node = node?.keys.get(part.toLowerCase());
  return node;
}

/** Every key path in the tree that holds values or has no children, for "what else is in this file" checks. */
export function leafPaths(key: RegKey, prefix = ''): string[] {
  const here = prefix ? `${prefix}\\${key.name}` : key.name;
  const children = [...key.keys.values()].flatMap((child) => leafPaths(child, here));
  return key.values.size || !key.keys.size ? [here, ...children] : children;
}

export interface Schema {
  type?: string;
  properties?: Record<string, Schema>;
  additionalProperties?: Schema | boolean;
  items?: Schema;
  enum?: unknown[];
}

function convertValue(value: RegValue, schema: Schema | undefined): unknown {
  if (value.type === 'dword') {
    // Chrome reads a DWORD as a boolean where the schema says boolean.
    if (schema?.type === 'boolean' && (value.data === 0 || value.data === 1)) return value.data === 1;
    return value.data;
  }
  // Chrome also accepts a JSON string where the schema wants a list or a map.
  if (schema?.type === 'array' || schema?.type === 'object') {
    try {
      return JSON.parse(value.data);
    } catch {
      return value.data;
    }
  }
  return value.data;
}

/**
 * Turns a policy key into the JSON Chrome and Edge hand the extension, the way Chromium's
 * RegistryDict::ConvertToJSON does: guided by the schema, a map is a key whose values and subkeys
 * are its entries, a list is a key whose values (or subkeys) are named 1, 2, 3, ...
 */
export function registryToJson(key: RegKey, schema: Schema | undefined): unknown {
  if (schema?.type === 'array') {
    const list: unknown[] = [];
    for (let i = 1; ; i++) {
      const sub = key.keys.get(String(i));
      const value = key.values.get(String(i));
      if (sub) list.push(registryToJson(sub, schema.items));
      else if (value) list.push(convertValue(value.value, schema.items));
      else break;
    }
    return list;
  }
  const result: Record<string, unknown> = {};
  const subschema = (name: string): Schema | undefined =>
    schema?.properties?.[name] ?? (typeof schema?.additionalProperties === 'object' ? schema.additionalProperties : undefined);
  for (const { name, value } of key.values.values()) result[name] = convertValue(value, subschema(name));
  for (const sub of key.keys.values()) result[sub.name] = registryToJson(sub, subschema(sub.name));
  return result;
}
