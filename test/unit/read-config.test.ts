// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { readConfig, sliceConfigObject } from '../../content/read-config';

const page = (script: string) => new DOMParser().parseFromString(`<html><head><script>${script}</script></head><body></body></html>`, 'text/html');

describe('sliceConfigObject', () => {
  it('cuts the object literal after $Config=, ignoring ; and braces inside strings', () => {
    const text = '//<![CDATA[\n$Config={"a":"x;y}","b":{"c":"//]]>"},"d":"\\"}"};\n//]]>';
    expect(JSON.parse(sliceConfigObject(text)!)).toEqual({ a: 'x;y}', b: { c: '//]]>' }, d: '"}' });
  });
  it('ends a string at a quote after an even run of backslashes, and only there', () => {
    const values = { a: 'x\\', b: 'y\\\\"}', c: '\\\\\\"', d: '{"' };
    const object = JSON.stringify(values);
    expect(sliceConfigObject(`$Config=${object};}}`)).toBe(object);
    expect(JSON.parse(sliceConfigObject(`$Config=${object}`)!)).toEqual(values);
  });
  it('gives nothing without $Config or for an unterminated object', () => {
    expect(sliceConfigObject('var x = {"a":1};')).toBeUndefined();
    expect(sliceConfigObject('$Config={"a":"b"')).toBeUndefined();
  });
});

describe('readConfig', () => {
  it('copies only the whitelisted fields, never the flow secrets', () => {
    const doc = page('$Config={"sErrorCode":"53003","correlationId":"1144f429-250b-4462-bbf0-bb356c2fd2c0","canary":"SECRET1","sFT":"SECRET2","sCtx":"SECRET3","apiCanary":"SECRET4","urlPost":"/x?ctx=SECRET5","locale":{"mkt":"de-DE","lcid":1031}};');
    const { config, locale } = readConfig(doc);
    expect(config).toEqual({ sErrorCode: '53003', correlationId: '1144f429-250b-4462-bbf0-bb356c2fd2c0' });
    expect(locale).toBe('de-DE');
    expect(JSON.stringify(config)).not.toMatch(/SECRET/);
  });
  it('turns numbers into strings and ignores objects in string fields', () => {
    const { config } = readConfig(page('$Config={"sErrorCode":53003,"sAppName":{"x":1}};'));
    expect(config).toEqual({ sErrorCode: '53003' });
  });
  it('does not pollute prototypes with a __proto__ key', () => {
    const { config } = readConfig(page('$Config={"__proto__":{"polluted":"yes"},"sErrorCode":"1"};'));
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(Object.getPrototypeOf(config)).toBe(Object.prototype);
  });
  it('survives malformed JSON', () => {
    expect(readConfig(page('$Config={"sErrorCode":"53003",};')).config).toEqual({});
  });
});
