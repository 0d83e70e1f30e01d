// Test pages for the benchmark, built from the real-capture-based fixtures in test/fixtures/.
// Everything is generated from a fixed seed, so every run measures the same bytes.
import { fixture } from '../../test/fixtures/index.mjs';
import { mulberry32 } from './stats.mjs';

export { fixture };

const WORDS = (
  'sign in account password email phone skype microsoft organization work school personal continue next back ' +
  'security information verify identity code authenticator app notification approve request text message call ' +
  'help privacy cookies terms use options keep signed stay remember device trusted browser settings language ' +
  'forgot reset recover access your with the and for this that from can cannot try again later enter create new'
).split(' ');

/**
 * @param {() => number} rand
 * @param {number} n
 */
function words(rand, n) {
  const out = [];
  for (let i = 0; i < n; i++) out.push(WORDS[Math.floor(rand() * WORDS.length)]);
  out[0] = out[0][0].toUpperCase() + out[0].slice(1);
  return out.join(' ');
}

/**
 * @param {() => number} rand
 * @param {number} n
 */
function token(rand, n) {
  const chars = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';
  let s = '';
  for (let i = 0; i < n; i++) s += chars[Math.floor(rand() * chars.length)];
  return s;
}

function guid(/** @type {() => number} */ rand) {
  const h = () => Math.floor(rand() * 16).toString(16);
  const part = (/** @type {number} */ n) => Array.from({ length: n }, h).join('');
  return `${part(8)}-${part(4)}-4${part(3)}-a${part(3)}-${part(12)}`;
}

/**
 * Keys shaped like the real ConvergedSignIn `$Config` (string tables, URL maps, branding, flags),
 * about `targetBytes` of JSON. No error code and no AADSTS text: a normal sign-in page.
 */
function configPadding(/** @type {number} */ targetBytes, seed = 1) {
  const rand = mulberry32(seed);
  const parts = [];
  let size = 0;
  let i = 0;
  while (size < targetBytes) {
    let entry;
    switch (i % 6) {
      case 0:
        entry = `"str_SI_${1000 + i}":${JSON.stringify(`${words(rand, 8 + Math.floor(rand() * 20))}.`)}`;
        break;
      case 1:
        entry = `"url${token(rand, 6)}${i}":"https://login.microsoftonline.com/common/${token(rand, 10)}?ctx=${token(rand, 40)}\\u0026mkt=en-US"`;
        break;
      case 2:
        entry = `"f${token(rand, 8)}${i}":${rand() < 0.5}`;
        break;
      case 3:
        entry = `"oTheme${i}":{"id":${i},"name":"${token(rand, 12)}","color":"#${Math.floor(rand() * 0xffffff).toString(16).padStart(6, '0')}","urls":["https://aadcdn.msftauth.net/shared/1.0/content/images/${token(rand, 24)}.svg"]}`;
        break;
      case 4:
        entry = `"arr${i}":[${Array.from({ length: 6 }, () => Math.floor(rand() * 100000)).join(',')}]`;
        break;
      default:
        entry = `"sBlob${i}":"${token(rand, 200)}"`;
    }
    parts.push(entry);
    size += entry.length + 1;
    i++;
  }
  return parts.join(',');
}

/** A hidden-until-clicked language picker and help tiles: a few thousand elements of ordinary page text. */
function domPadding(/** @type {number} */ tiles, seed = 2) {
  const rand = mulberry32(seed);
  const rows = [];
  rows.push('<div id="bench-language-picker" class="footerNode" style="display:none"><ul role="listbox">');
  for (let i = 0; i < 150; i++) rows.push(`<li role="option" lang="x${i}"><a href="#">${words(rand, 2)} (${token(rand, 2)})</a></li>`);
  // Hidden like the page's inactive views: in the DOM (the content script reads hidden text too) but not laid out.
  rows.push('</ul></div><div id="bench-help-tiles" class="row text-body" style="display:none">');
  for (let i = 0; i < tiles; i++) {
    rows.push(
      `<div class="tile" data-bind="visible: isVisible${i}"><div class="tile-img" data-src="https://aadcdn.msftauth.net/shared/1.0/content/images/${token(rand, 16)}.svg"><span role="presentation"></span></div>` +
        `<div class="table-cell"><div class="text-title">${words(rand, 3)}</div><div class="text-caption">${words(rand, 6)}</div></div>` +
        `<div class="help-link"><a href="#">${words(rand, 2)}</a>: <span>${words(rand, 4)}</span></div></div>`,
    );
  }
  rows.push('</div>');
  return rows.join('\n');
}

/**
 * negative-converged-signin.html padded to a realistic large sign-in page: `configBytes` more
 * `$Config` and `tiles` × 10 more elements. With `mutateEveryMs`, the page changes a text node on
 * that interval (as script-drawn pages do while they animate or re-render).
 */
export function largeSignInPage({ configBytes = 400_000, tiles = 400, mutateEveryMs = 0 } = {}) {
  const base = fixture('negative-converged-signin');
  let html = base.html.replace('$Config={', `$Config={${configPadding(configBytes)},`);
  html = html.replace('  </form>', `  </form>\n${domPadding(tiles)}`);
  if (mutateEveryMs) {
    html = html.replace(
      '</body>',
      `<script>(function(){var n=0,el=document.getElementById('loginHeader');setInterval(function(){el.textContent='Sign in'+(++n%2?'':' ');},${mutateEveryMs});})();</script>\n</body>`,
    );
  }
  return { html, url: base.url, expected: null };
}

/**
 * 53003-late-render with the panel inserted `delayMs` after the load event, the moment recorded
 * in `window.__panelInsertedAt` (Date.now()). With `keepConfigError: false` the `$Config` error
 * code is removed, so nothing on the page says "error" until the panel appears.
 */
export function lateRenderPage({ delayMs = 500, keepConfigError = true } = {}) {
  const base = fixture('53003-late-render');
  let html = base.html;
  if (!keepConfigError) {
    if (!html.includes('"sErrorCode":"53003",')) throw new Error('53003-late-render: $Config.sErrorCode not found');
    html = html.replace('"sErrorCode":"53003",', '');
  }
  const timer = /window\.setTimeout\(function \(\) \{\n(\s*)var host = document\.getElementById\('idDiv_DebugDetailsHost'\);\n\s*if \(host\) \{ host\.insertAdjacentHTML\('beforeend', panelHtml\); \}\n\s*\}, 1500\);/;
  if (!timer.test(html)) throw new Error('53003-late-render: the insertion timer was not found');
  html = html.replace(
    timer,
    `window.addEventListener('load', function () { window.setTimeout(function () {
      var host = document.getElementById('idDiv_DebugDetailsHost');
      window.__panelInsertedAt = Date.now();
      host.insertAdjacentHTML('beforeend', panelHtml);
    }, ${delayMs}); });`,
  );
  return { html, url: base.url, expected: base.expected };
}

// ---- Pages for the detection-cost series (figure 4). Served at a neutral https address. ----

const shell = (/** @type {string} */ body, script = '') =>
  `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>bench</title>${script}</head><body>${body}</body></html>`;

/** A sign-in error panel (values from 53003-registered-windows), so the whole parse path runs. */
const PANEL = `<div id="debugDetailsBanner"><div>Troubleshooting details</div>
<div><span>Error Code: </span><span>53003</span></div>
<div><span>Request Id: </span><span>e289bbe9-276a-4154-ba5e-08a32afa0200</span></div>
<div><span>Correlation Id: </span><span>1e2775c3-f8be-45c3-8d8e-3c6cc9a73886</span></div>
<div><span>Timestamp: </span><span>2026-01-20T21:33:18.342Z</span></div>
<div><span>App name: </span><span>Microsoft App Access Panel</span></div>
<div><span>Message: </span><span>AADSTS53003: Access has been blocked by Conditional Access policies.</span></div></div>`;

const CONFIG_SCRIPT = (extra = '') =>
  `<script>//<![CDATA[\n$Config={"sErrorCode":"53003","pgid":"ConvergedError","correlationId":"1e2775c3-f8be-45c3-8d8e-3c6cc9a73886"${extra}};\n//]]></script>`;

/** Paragraphs of ordinary text, `bytes` long in all, ~200 characters each (one text node each). */
function textParagraphs(/** @type {number} */ bytes, seed = 3) {
  const rand = mulberry32(seed);
  const out = [];
  let size = 0;
  while (size < bytes) {
    const p = `${words(rand, 30).slice(0, 200)}.`;
    out.push(`<p>${p}</p>`);
    size += p.length + 1;
  }
  return out.join('\n');
}

/** Error page: the panel first, then `bytes` of page text. */
export function textSizePage(/** @type {number} */ bytes) {
  return shell(`${PANEL}\n${textParagraphs(bytes)}`, CONFIG_SCRIPT());
}

/** Normal (no error) page with `bytes` of page text: the path every sign-in page pays. */
export function textSizeNegativePage(/** @type {number} */ bytes) {
  return shell(textParagraphs(bytes), `<script>//<![CDATA[\n$Config={"pgid":"ConvergedSignIn"};\n//]]></script>`);
}

/** Error page whose `$Config` is `bytes` long (the script text is scanned and sliced in full). */
export function configSizePage(/** @type {number} */ bytes) {
  return shell(PANEL, CONFIG_SCRIPT(`,${configPadding(bytes, 4)}`));
}

export const PATHOLOGICAL = {
  /** 10,000 "label: GUID" lines in unknown-language labels: the GUIDs-after-colons fallback. */
  'guids-after-colons-10k': () => {
    const rand = mulberry32(5);
    const rows = ['<div>Fehlercode: 53003</div>', '<div>AADSTS53003: blocked</div>'];
    for (let i = 0; i < 10_000; i++) rows.push(`<div>Kennung${i}: ${guid(rand)}</div>`);
    return shell(rows.join('\n'));
  },
  /** 50,000 "Request Id:" labels with no values, then a real panel. */
  'request-id-labels-50k': () => shell(`<div>${'Request Id: '.repeat(50_000)}</div>\n${Array.from({ length: 500 }, () => '<div>Request Id:</div>').join('')}${PANEL}`),
  /** A 1 MB line of digits in the page text and in a `$Config` string. */
  'digits-1mb-line': () => {
    const digits = '7'.repeat(1_000_000);
    return shell(`${PANEL}<p>${digits}</p><p>Call +1 ${digits}</p>`, CONFIG_SCRIPT(`,"sPhone":"${digits}"`));
  },
  /**
   * 5,000 nested elements around the panel, built with DOM calls (the HTML parser caps nesting at
   * 512). The root is display:none: laying out 5,000 nested blocks crashes Chromium's renderer
   * by itself, extension or not. The content script's tree walk does not depend on layout.
   */
  'nested-5000': () =>
    shell(
      '<div id="root" style="display:none"></div>',
      `<script>addEventListener('DOMContentLoaded',function(){var p=document.getElementById('root');for(var i=0;i<5000;i++){var d=document.createElement('div');d.appendChild(document.createTextNode('level '+i));p.appendChild(d);p=d;}p.insertAdjacentHTML('beforeend',${JSON.stringify(PANEL)});});</script>`,
    ),
};
