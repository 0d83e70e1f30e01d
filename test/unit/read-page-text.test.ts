// @vitest-environment happy-dom
/**
 * What of a page becomes its text (content/read-page-text.ts), on hostile pages: script and style
 * text in any namespace never does, and of all textareas only Microsoft's read-only copy box is read,
 * so what the person types into a page's own textarea never reaches the evidence.
 */
import { describe, expect, it } from 'vitest';
import { collectEvidence } from '../../content/collect-evidence';
import { readBrandingElements } from '../../content/read-branding-elements';
import { readPageText } from '../../content/read-page-text';
import { parseErrorPage } from '../../src/page/parse-error-page';
import { validateEvidence } from '../../src/page/validate-evidence';

const SVG = 'http://www.w3.org/2000/svg';
const REAL = { requestId: '790d21d9-68fb-457f-b1a4-674c11e3bf00', correlationId: '62e76ee1-52af-46d3-ba8f-3f0be6aea289' };
const FAKE = { requestId: 'deadbeef-0000-4000-8000-000000000001', correlationId: 'deadbeef-0000-4000-8000-000000000002' };
const FAKE_LINES = `Error Code: 50000\nAADSTS50000: fake\nRequest Id: ${FAKE.requestId}\nCorrelation Id: ${FAKE.correlationId}`;
const REAL_PANEL = `<div id="debugDetailsBanner"><div>Error Code: 53003</div><div>Request Id: ${REAL.requestId}</div><div>Correlation Id: ${REAL.correlationId}</div></div>`;

const page = (body: string) => new DOMParser().parseFromString(`<html><body><h1>You don't have access to this</h1>${body}</body></html>`, 'text/html');

/**
 * Puts an inline `<svg>` at the start of `parent`, holding a `<script>` and a `<style>` (the script's
 * text nested in an element too, as the HTML parser nests it in foreign content). Built with
 * createElementNS because happy-dom's parser drops the children of an inline `<svg>`.
 */
function addSvgScripts(doc: Document, parent: Element, text: string): void {
  const svg = doc.createElementNS(SVG, 'svg');
  for (const name of ['script', 'style']) {
    const element = doc.createElementNS(SVG, name);
    const nested = doc.createElementNS(SVG, 'tspan');
    nested.append(`${name} nested: ${text}`);
    element.append(text, nested);
    svg.append(element);
  }
  parent.prepend(svg);
  // The test is about SVG's lower-case names: make sure the page really holds them.
  expect(Array.from(svg.children, (child) => child.nodeName)).toEqual(['script', 'style']);
  expect(doc.body.textContent).toContain(FAKE.requestId);
}

function details(doc: Document) {
  const evidence = collectEvidence(doc);
  return evidence && parseErrorPage(validateEvidence(JSON.parse(JSON.stringify(evidence)))!);
}

describe('page text: SVG script and style', () => {
  it('a page whose only error signs sit in SVG script and style reports nothing', () => {
    const doc = page('<p>hi</p>');
    addSvgScripts(doc, doc.body, FAKE_LINES);
    expect(readPageText(doc)).toBe("You don't have access to this\nhi");
    expect(collectEvidence(doc)).toBeNull();
  });

  it('on a real error page, a fake code and IDs in SVG script text before the panel stay out', () => {
    const doc = page(REAL_PANEL);
    addSvgScripts(doc, doc.body, FAKE_LINES);
    const evidence = collectEvidence(doc);
    expect(evidence?.text).not.toMatch(/deadbeef|AADSTS50000|50000/);
    expect(details(doc)).toMatchObject({ errorCode: '53003', ...REAL });
  });

  it("the organisation's note leaves out SVG script text inside it", () => {
    const doc = page(`${REAL_PANEL}<div id="idBoilerPlateText" class="ext-boilerplate-text"><p>Call the service desk</p></div>`);
    addSvgScripts(doc, doc.getElementById('idBoilerPlateText')!, FAKE_LINES);
    expect(readBrandingElements(doc).signInPageText).toBe('Call the service desk');
  });
});

describe('page text: textareas', () => {
  it("what the person typed into the page's own textarea never enters the evidence", () => {
    const doc = page(`${REAL_PANEL}<textarea id="note"></textarea>`);
    (doc.getElementById('note') as HTMLTextAreaElement).value = `my password is hunter2\n${FAKE_LINES}`;
    const evidence = collectEvidence(doc);
    expect(evidence?.text).not.toMatch(/hunter2|deadbeef|AADSTS50000/);
    expect(details(doc)).toMatchObject({ errorCode: '53003', ...REAL });
  });

  it('a page whose only error signs are in an editable textarea, in markup or typed, reports nothing', () => {
    const doc = page(`<textarea>${FAKE_LINES}</textarea><textarea id="typed"></textarea>`);
    (doc.getElementById('typed') as HTMLTextAreaElement).value = FAKE_LINES;
    expect(readPageText(doc)).toBe("You don't have access to this");
    expect(collectEvidence(doc)).toBeNull();
  });

  it("Microsoft's read-only copy box is read, also when the page's script wrote its value", () => {
    const doc = page('<div id="debugDetailsBanner"><div>Troubleshooting details</div></div><textarea id="copy" readonly tabindex="-1"></textarea>');
    (doc.getElementById('copy') as HTMLTextAreaElement).value = `Error Code: 53003\nRequest Id: ${REAL.requestId}\nCorrelation Id: ${REAL.correlationId}`;
    expect(details(doc)).toMatchObject({ errorCode: '53003', ...REAL });
  });
});
