// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { collectEvidence } from '../../content/collect-evidence';

const page = (config: string, body: string) =>
  new DOMParser().parseFromString(`<html><body><script>//<![CDATA[\n$Config=${config};\n//]]></script>${body}</body></html>`, 'text/html') as unknown as Document;
const panel = '<div>Request Id: 790d21d9-68fb-457f-b1a4-674c11e3bf00</div><div>Correlation Id: 62e76ee1-52af-46d3-ba8f-3f0be6aea289</div>';

describe('collectEvidence: how much it reads', () => {
  it('on the first look, trusts a $Config that names no error and reads no page text', () => {
    const doc = page('{"pgid":"ConvergedSignIn","correlationId":"62e76ee1-52af-46d3-ba8f-3f0be6aea289"}', panel);
    expect(collectEvidence(doc, true)).toBeNull();
  });

  it('on later looks (the page changed), reads the text and finds a panel that appeared', () => {
    const doc = page('{"pgid":"ConvergedSignIn"}', panel);
    expect(collectEvidence(doc)?.text).toContain('Request Id: 790d21d9-68fb-457f-b1a4-674c11e3bf00');
  });

  it('on the first look, a $Config with an error code is enough', () => {
    expect(collectEvidence(page('{"sErrorCode":"53003"}', ''), true)?.config.sErrorCode).toBe('53003');
  });

  it('a page without $Config is judged by its text even on the first look', () => {
    const doc = new DOMParser().parseFromString(`<html><body>${panel}</body></html>`, 'text/html') as unknown as Document;
    expect(collectEvidence(doc, true)).not.toBeNull();
  });

  it('on the first look at a normal page, touches no element: only text nodes, in document order', () => {
    const doc = page('{"pgid":"ConvergedSignIn"}', panel);
    const forbidden = ['scripts', 'body', 'documentElement', 'head', 'getElementsByTagName', 'querySelector', 'querySelectorAll', 'getElementById'];
    for (const name of forbidden) {
      Object.defineProperty(doc, name, {
        get() {
          throw new Error(`the first look touched document.${name}`);
        },
      });
    }
    expect(collectEvidence(doc, true)).toBeNull();
  });

  it('takes a text node as the $Config script only when the mark opens it', () => {
    // A page that merely mentions "$Config=" deep in some text is not a clean config: it is read in full.
    const mention = `<p>${'x'.repeat(200)} $Config={} </p>`;
    const doc = new DOMParser().parseFromString(`<html><body>${mention}${panel}</body></html>`, 'text/html') as unknown as Document;
    expect(collectEvidence(doc, true)?.text).toContain('Request Id: 790d21d9-68fb-457f-b1a4-674c11e3bf00');
  });

  it('when $Config comes after hundreds of other text nodes, reads the whole page instead of trusting it', () => {
    const filler = Array.from({ length: 300 }, (_, i) => `<span>${i}</span>`).join('');
    const doc = new DOMParser().parseFromString(
      `<html><body>${filler}<script>//<![CDATA[\n$Config={"pgid":"ConvergedSignIn"};\n//]]></script>${panel}</body></html>`,
      'text/html',
    ) as unknown as Document;
    expect(collectEvidence(doc, true)?.text).toContain('Correlation Id: 62e76ee1-52af-46d3-ba8f-3f0be6aea289');
  });
});

