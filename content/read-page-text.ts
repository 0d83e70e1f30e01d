import { EVIDENCE_LIMITS } from '../src/page/page-evidence';

// Text in these is not what the page shows. Textareas are read once, by their current value, below.
export const SKIPPED_PARENTS = /^(SCRIPT|STYLE|NOSCRIPT|TEMPLATE|TEXTAREA)$/;

/**
 * The page's text, one text node a line. Unlike `innerText` it includes collapsed panels
 * (the troubleshooting details are hidden until "More details" is clicked); unlike
 * `textContent` it leaves out scripts (where `$Config` and its secrets live) and keeps
 * block boundaries, so "Request Id: …" never runs into "Correlation Id: …".
 * Textareas add their current value: the newer page keeps its copy text in a hidden one.
 * Form inputs are never read: hidden inputs carry the flow token.
 */
export function readPageText(doc: Document): string {
  const lines: string[] = [];
  let size = 0;
  const add = (raw: string) => {
    const line = raw.trim().slice(0, EVIDENCE_LIMITS.textLine);
    if (!line || size > EVIDENCE_LIMITS.text) return;
    lines.push(line);
    size += line.length + 1;
  };
  const root = doc.body;
  if (!root) return '';
  const walker = doc.createTreeWalker(root, 4 /* NodeFilter.SHOW_TEXT */);
  for (let node = walker.nextNode(); node && size <= EVIDENCE_LIMITS.text; node = walker.nextNode()) {
    if (!SKIPPED_PARENTS.test(node.parentNode?.nodeName ?? '')) add(node.nodeValue ?? '');
  }
  for (const box of Array.from(doc.getElementsByTagName('textarea'))) add(box.value ?? '');
  return lines.join('\n');
}
