import { EVIDENCE_LIMITS } from '../src/page/page-evidence';

// Text in these is not what the page shows, in any namespace: compared upper-cased, because an
// SVG `<script>` or `<style>` has a lower-case nodeName where HTML's is upper-case. Their whole
// subtree is left out: inside SVG the parser nests elements in a `<script>` as it would anywhere.
// Textareas are read below, and only Microsoft's copy box.
export const SKIPPED_ELEMENTS = /^(SCRIPT|STYLE|NOSCRIPT|TEMPLATE|TEXTAREA)$/;

// NodeFilter's SHOW_ELEMENT | SHOW_TEXT and FILTER_REJECT / FILTER_ACCEPT, written out: naming the
// NodeFilter interface would build it in this world.
const SHOW_ELEMENTS_AND_TEXT = 5;
const REJECT_SUBTREE = 2;
const ACCEPT = 1;
const TEXT_NODE = 3;

/**
 * The text of Microsoft's copy box: the newer layout keeps what "Copy info to clipboard" copies in
 * a hidden textarea (docs/reference/error-page.md, section 2). Known by its structure, not by its
 * words or class names (they change and are translated): it is read-only, so the person never
 * typed into it. Our inference from the fixtures' markup; any other textarea may hold what the
 * person typed, and is never read.
 */
export function copyBoxTexts(doc: Document): string[] {
  return Array.from(doc.getElementsByTagName('textarea'), (box) => (box.readOnly ? (box.value ?? '') : ''));
}

/**
 * Calls back with the text of each text node under `root`, in document order, leaving out the
 * subtrees of SKIPPED_ELEMENTS, until the callback returns false.
 */
export function forEachShownText(doc: Document, root: Node, visit: (text: string) => boolean): void {
  const walker = doc.createTreeWalker(root, SHOW_ELEMENTS_AND_TEXT, (node) => (SKIPPED_ELEMENTS.test(node.nodeName.toUpperCase()) ? REJECT_SUBTREE : ACCEPT));
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if (node.nodeType === TEXT_NODE && !visit(node.nodeValue ?? '')) return;
  }
}

/**
 * The page's text, one text node a line. Unlike `innerText` it includes collapsed panels
 * (the troubleshooting details are hidden until "More details" is clicked); unlike
 * `textContent` it leaves out scripts (where `$Config` and its secrets live) and keeps
 * block boundaries, so "Request Id: …" never runs into "Correlation Id: …".
 * Microsoft's copy box adds its text (copyBoxTexts). Form inputs are never read: hidden inputs
 * carry the flow token.
 */
export function readPageText(doc: Document): string {
  const lines: string[] = [];
  let size = 0;
  const add = (raw: string) => {
    const line = raw.trim().slice(0, EVIDENCE_LIMITS.textLine);
    if (line && size <= EVIDENCE_LIMITS.text) {
      lines.push(line);
      size += line.length + 1;
    }
    return size <= EVIDENCE_LIMITS.text;
  };
  if (!doc.body) return '';
  forEachShownText(doc, doc.body, add);
  for (const text of copyBoxTexts(doc)) add(text);
  return lines.join('\n');
}
