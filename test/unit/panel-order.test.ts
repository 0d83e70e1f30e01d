/**
 * A troubleshooting panel in a language no label table knows: parseErrorPage reads it by the
 * panel's order and the values' shapes, and never shifts a value into the wrong field. The values
 * are the real Azure CLI capture (test/fixtures/real/53003-azure-cli-unregistered-page-text.txt);
 * the labels are made up in Microsoft's pseudo-locale style (qps-ploc), so no table can know them.
 */
import { describe, expect, it } from 'vitest';
import type { PageEvidence } from '../../src/page/page-evidence';
import { parseErrorPage } from '../../src/page/parse-error-page';

/** The capture's panel, in order, as [pseudo-locale label, real value]. */
const CAPTURE: [string, string][] = [
  ['[Ḗřřǿř Ƈǿḓḗ]', '53003'],
  ['[Řḗɋŭḗşŧ Īḓ]', '790d21d9-68fb-457f-b1a4-674c11e3bf00'],
  ['[Ƈǿřřḗŀȧŧīǿƞ Īḓ]', '62e76ee1-52af-46d3-ba8f-3f0be6aea289'],
  ['[Ŧīḿḗşŧȧḿƥ]', '2026-09-03T13:32:53.761Z'],
  ['[Ȧƥƥ ƞȧḿḗ]', 'Microsoft Azure CLI'],
  ['[Ȧƥƥ īḓ]', '04b07795-8ddb-461a-bbee-02f9e1bf7b46'],
  ['[ĪƤ ȧḓḓřḗşş]', '155.93.134.86'],
  ['[Ḓḗṽīƈḗ īḓḗƞŧīƒīḗř]', 'Not available'],
  ['[Ḓḗṽīƈḗ ƥŀȧŧƒǿřḿ]', 'Windows 10'],
  ['[Ḓḗṽīƈḗ şŧȧŧḗ]', 'Unregistered'],
];
const FLAGGING = '[Ƒŀȧɠ şīɠƞ-īƞ ḗřřǿřş ƒǿř řḗṽīḗẇ]:\n[Ḗƞȧƀŀḗ ƒŀȧɠɠīƞɠ]';

const evidence = (text: string): PageEvidence => ({ config: { sErrorCode: '53003' }, text, userAgent: 'Mozilla/5.0 (Windows NT 10.0; Win64; x64) Chrome/142.0.0.0' });
const lines = (rows: [string, string][], joint = ': ') => rows.map(([label, value]) => `${label}${joint}${value}`).join('\n');

describe('a panel whose labels no table knows', () => {
  it.each([
    ['label and value on one line', ': '],
    ['label and value in separate elements (one line each)', ':\n'],
    ['full-width colons and no space', '：'],
  ])('gives every field by its place in the panel: %s', (_, joint) => {
    expect(parseErrorPage(evidence(`${lines(CAPTURE, joint)}\n${FLAGGING}`))).toEqual({
      errorCode: '53003',
      requestId: '790d21d9-68fb-457f-b1a4-674c11e3bf00',
      correlationId: '62e76ee1-52af-46d3-ba8f-3f0be6aea289',
      timestamp: '2026-09-03T13:32:53.761Z',
      appName: 'Microsoft Azure CLI',
      appId: '04b07795-8ddb-461a-bbee-02f9e1bf7b46',
      ipAddress: '155.93.134.86',
      deviceId: 'Not available',
      devicePlatform: 'Windows 10',
      deviceState: 'Unregistered',
    });
  });

  it('keeps a device line with no value empty, and the lines after it in their own fields', () => {
    const rows = CAPTURE.map(([label, value], i): [string, string] => [label, i === 7 ? '' : value]);
    const details = parseErrorPage(evidence(lines(rows, ':\n')));
    expect(details).toMatchObject({ appId: '04b07795-8ddb-461a-bbee-02f9e1bf7b46', devicePlatform: 'Windows 10', deviceState: 'Unregistered' });
    expect(details?.deviceId).toBeUndefined();
  });

  it('reads nothing by order when the shapes do not follow the panel (a line missing), and still gives the IDs and the time', () => {
    const partial = CAPTURE.filter((_, i) => i !== 5);
    expect(parseErrorPage(evidence(lines(partial)))).toEqual({
      errorCode: '53003',
      requestId: '790d21d9-68fb-457f-b1a4-674c11e3bf00',
      correlationId: '62e76ee1-52af-46d3-ba8f-3f0be6aea289',
      timestamp: '2026-09-03T13:32:53.761Z',
    });
  });

  it('a panel copied only in part (code, IDs, time) gives those by order, its error code too, where $Config has none', () => {
    const text = lines(CAPTURE.slice(0, 4));
    expect(parseErrorPage({ ...evidence(text), config: {} })).toEqual({
      errorCode: '53003',
      requestId: '790d21d9-68fb-457f-b1a4-674c11e3bf00',
      correlationId: '62e76ee1-52af-46d3-ba8f-3f0be6aea289',
      timestamp: '2026-09-03T13:32:53.761Z',
    });
    expect(parseErrorPage({ ...evidence(lines(CAPTURE.slice(0, 3))), config: {} }), 'without its time: no time by order').not.toHaveProperty('timestamp');
  });

  it('lets known labels win over the order, and $Config fill what neither has', () => {
    const english = lines(CAPTURE).replace('[Ȧƥƥ ƞȧḿḗ]: Microsoft Azure CLI', 'App name: Azure CLI (labelled)');
    const details = parseErrorPage({ ...evidence(english), config: { sErrorCode: '53003', sDeviceState: 'Unregistered' } });
    expect(details).toMatchObject({ appName: 'Azure CLI (labelled)', devicePlatform: 'Windows 10', deviceState: 'Unregistered' });
  });
});
