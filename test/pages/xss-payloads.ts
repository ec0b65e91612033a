// The injection corpus: markup and URLs in the style of the OWASP XSS filter evasion cheat sheet. Every
// payload that could run script sets `window.__pwned` (the sentinel the page tests check), so a payload
// that ever executes — under the strict CSP or on a page without one — is seen at once.
//
// `kind` says what the payload attacks: `markup` (HTML/SVG/CSS parsed somewhere), `url` (a link or source
// target), `template` (template engines and string breakouts). Every text field gets every payload; link
// fields get them too, since an editor can write anything into an href.

export interface Payload {
  id: string;
  kind: 'markup' | 'url' | 'template';
  text: string;
}

const RUN = '__pwned=1';
const PARENT_RUN = 'parent.__pwned=1';
const base64 = (text: string) => Buffer.from(text, 'utf8').toString('base64');
const entities = (text: string, hex: boolean) =>
  [...text].map((c) => (hex ? `&#x${c.charCodeAt(0).toString(16)};` : `&#${c.charCodeAt(0)};`)).join('');

const MARKUP: string[] = [
  `<script>${RUN}</script>`,
  `<SCRIPT SRC=data:text/javascript,${RUN}></SCRIPT>`,
  `<script src="/__fixtures/__pwned.js"></script>`, // same origin: allowed by script-src 'self'
  `<img src=x onerror=${RUN}>`,
  `<IMG SRC=/ onerror="${RUN}"></img>`,
  `<img src=x:alert(alt) onerror=eval('${RUN}') alt=0>`,
  `<IMG SRC="jav\tascript:${RUN};">`,
  `<svg onload=${RUN}>`,
  `<svg><script>${RUN}</script></svg>`,
  `<svg><animate onbegin=${RUN} attributeName=x dur=1s>`,
  `<svg><a xlink:href="javascript:${RUN}"><text x="20" y="20">klik</text></a></svg>`,
  `<body onload=${RUN}>`,
  `<iframe src="javascript:${PARENT_RUN}"></iframe>`,
  `<iframe srcdoc="<script>${PARENT_RUN}</script>"></iframe>`,
  `<iframe srcdoc="&lt;img src=x onerror=${PARENT_RUN}&gt;"></iframe>`,
  `<a href="javascript:${RUN}">klik her</a>`,
  `<a href="JaVaScRiPt:${RUN}">Klik Her</a>`,
  `<a href="jav&#x09;ascript:${RUN}">tab-entity</a>`,
  `<a href="jav&#x0A;ascript:${RUN}">newline-entity</a>`,
  `<a href="jav\tascript:${RUN}">real tab</a>`,
  `<a href="${entities('javascript:', false)}${RUN}">decimal entities</a>`,
  `<a href="${entities('javascript:', true)}${RUN}">hex entities</a>`,
  `<a href="&#0000106&#0000097&#0000118&#0000097&#0000115&#0000099&#0000114&#0000105&#0000112&#0000116&#0000058${RUN}">no semicolons</a>`,
  `<a href=" &#14;  javascript:${RUN}">leading junk</a>`,
  `<a href="\u0001javascript:${RUN}">control char</a>`,
  `<a href="javascript&colon;${RUN}">named colon</a>`,
  `<a href="javascript://%0a${RUN}">comment newline</a>`,
  `<a href=javascript:${RUN}>unquoted</a>`,
  `<a href='javascript:${RUN}'>single quotes</a>`,
  `<a href="data:text/html;base64,${base64(`<script>${PARENT_RUN}</script>`)}">data base64</a>`,
  `<a href="vbscript:msgbox(1)">vbscript</a>`,
  `<a href="https://example.org/" onclick="${RUN}">link with handler</a>`,
  `<strong onmouseover=${RUN}>fed</strong>`,
  `<p style="background:url(javascript:${RUN})">style url</p>`,
  `<div style="width: expression(${RUN})">css expression</div>`,
  `<style>@import 'javascript:${RUN}';</style>`,
  `"><script>${RUN}</script>`,
  `'><img src=x onerror=${RUN}>`,
  `" onmouseover="${RUN}" x="`,
  `' onfocus='${RUN}' autofocus x='`,
  `</script><script>${RUN}</script>`,
  `</textarea><script>${RUN}</script>`,
  `</title><script>${RUN}</script>`,
  `<object data="javascript:${RUN}"></object>`,
  `<embed src="data:text/html,<script>${PARENT_RUN}</script>">`,
  `<math><mtext><table><mglyph><style><img src=x onerror=${RUN}>`,
  `<noscript><p title="</noscript><img src=x onerror=${RUN}>">`,
  `<details open ontoggle=${RUN}>`,
  `<input autofocus onfocus=${RUN}>`,
  `<video><source onerror=${RUN}></video>`,
  `<form action="javascript:${RUN}"><button>send</button></form>`,
  `<button formaction="javascript:${RUN}">x</button>`,
  `<meta http-equiv="refresh" content="0;url=javascript:${RUN}">`,
  `<base href="javascript:${RUN}//">`,
  `<link rel=stylesheet href="javascript:${RUN}">`,
  `<!--<img src="--><img src=x onerror=${RUN}//">`,
  `<![CDATA[<script>${RUN}</script>]]>`,
  `<scr<script>ipt>${RUN}</scr</script>ipt>`,
  `<<script>script>${RUN}<</script>/script>`,
  `<img """><script>${RUN}</script>">`,
  `<template><script>${RUN}</script></template>`,
  `<borger-guide src="/evil.json" onclick="${RUN}"></borger-guide>`,
  `<slot name="error" onslotchange="${RUN}">`,
  `&lt;script&gt;${RUN}&lt;/script&gt;`,
  `&#60;img src=x onerror=${RUN}&#62;`,
  `\\u003cscript\\u003e${RUN}\\u003c/script\\u003e`,
  `\u2028<script>${RUN}</script>\u2029`,
];

const URLS: string[] = [
  `javascript:${RUN}`,
  `  javascript:${RUN}`,
  `JAVASCRIPT:${RUN}`,
  `java\tscript:${RUN}`,
  `java\nscript:${RUN}`,
  `\u0000javascript:${RUN}`,
  `data:text/html,<script>${PARENT_RUN}</script>`,
  `DATA:text/html;base64,${base64(`<script>${PARENT_RUN}</script>`)}`,
  `vbscript:${RUN}`,
  `%6A%61%76%61%73%63%72%69%70%74:${RUN}`,
  `https://evil.example/"onmouseover="${RUN}`,
  `/"><script>${RUN}</script>`,
];

const TEMPLATES: string[] = [
  `\${${RUN}}`,
  `{{constructor.constructor('${RUN}')()}}`,
  `<%= ${RUN} %>`,
  `#{${RUN}}`,
  `";${RUN};//`,
  `'-(${RUN})-'`,
];

export const PAYLOADS: readonly Payload[] = [
  ...MARKUP.map((text, i) => ({ id: `m${i}`, kind: 'markup' as const, text })),
  ...URLS.map((text, i) => ({ id: `u${i}`, kind: 'url' as const, text })),
  ...TEMPLATES.map((text, i) => ({ id: `t${i}`, kind: 'template' as const, text })),
];

/** The payload texts, in corpus order. */
export const TEXTS: readonly string[] = PAYLOADS.map((p) => p.text);

/** Payload `i` counted round the corpus, so a list of any length can carry every payload by rotation. */
export const payloadAt = (i: number): string => TEXTS[((i % TEXTS.length) + TEXTS.length) % TEXTS.length] as string;
