import type { Page } from 'playwright-core';

/**
 * Finds the "Get help with this error" button inside the notice's closed shadow root. Page
 * scripts (and Playwright's selectors) can't see into a closed root; the DevTools protocol can.
 * Returns the button's centre on screen, or null when there is no notice.
 */
export async function noticeButton(page: Page): Promise<{ x: number; y: number; text: string } | null> {
  const cdp = await page.context().newCDPSession(page);
  try {
    type DomNode = { nodeId: number; nodeName: string; attributes?: string[]; children?: DomNode[]; shadowRoots?: DomNode[]; nodeValue?: string };
    const { root } = (await cdp.send('DOM.getDocument', { depth: -1, pierce: true })) as { root: DomNode };
    const find = (node: DomNode, test: (n: DomNode) => boolean): DomNode | undefined => {
      if (test(node)) return node;
      for (const child of [...(node.shadowRoots ?? []), ...(node.children ?? [])]) {
        const hit = find(child, test);
        if (hit) return hit;
      }
      return undefined;
    };
    const host = find(root, (n) => n.nodeName === 'SIGN-IN-BLOCK-HELPER');
    if (!host) return null;
    const button = find(host, (n) => n.nodeName === 'BUTTON' && (n.attributes ?? []).join(' ').includes('go'));
    if (!button) return null;
    const text = button.children?.map((c) => c.nodeValue ?? '').join('') ?? '';
    const { model } = (await cdp.send('DOM.getBoxModel', { nodeId: button.nodeId })) as { model: { content: number[] } };
    const [x1, y1, , , x3, y3] = model.content;
    return { x: (x1 + x3) / 2, y: (y1 + y3) / 2, text };
  } finally {
    await cdp.detach();
  }
}
