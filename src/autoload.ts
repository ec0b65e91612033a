// The CDN autoloader (dist/cdn/autoload.js): one <script type="module"> for any page. It loads a widget's
// code the first time its tag is in the document — already there when the script runs, or added later
// (a CMS block, a single-page app) — so a page downloads only the widgets it shows. Every widget file
// shares the same Lit, core and theme chunks, so mixing this with a widget's own file never loads
// anything twice.
//
// Limitation: tags inside another component's shadow root are not seen; such a page imports the
// widget's own file (`cdn/channels.js`, …) instead.

/** Tag → the entry that registers it. `borger-term` used on its own needs the help entry. */
const LOADERS: Record<string, () => Promise<unknown>> = {
  'borger-channels': () => import('./channels/register.js'),
  'borger-guide': () => import('./guide/register.js'),
  'borger-booking': () => import('./booking/register.js'),
  'borger-help': () => import('./help/register.js'),
  'borger-term': () => import('./help/register.js'),
};

const TAGS = Object.keys(LOADERS);
const SELECTOR = TAGS.join(',');
/** Tags whose code is loading or loaded. */
const started = new Set<string>();

/** Starts loading the entry for `tag`, once. */
function load(tag: string): void {
  const loader = LOADERS[tag];
  if (!loader || started.has(tag)) return;
  started.add(tag);
  loader().catch((error: unknown) => {
    // A failed download must not break the page: the element stays as its plain text, and a tag added
    // later tries again.
    started.delete(tag);
    console.error(`borger-widgets: could not load the code for <${tag}>.`, error);
  });
}

/** Loads what the elements under `root` (and `root` itself) need. */
function scan(root: Document | Element): void {
  if (root instanceof Element && LOADERS[root.localName]) load(root.localName);
  for (const element of root.querySelectorAll(SELECTOR)) load(element.localName);
}

function start(): void {
  if (typeof document === 'undefined') return;
  scan(document);
  if (started.size === TAGS.length) return;
  const observer = new MutationObserver((records) => {
    for (const record of records) {
      for (const node of record.addedNodes) if (node.nodeType === Node.ELEMENT_NODE) scan(node as Element);
    }
    // Everything is loading: nothing left to watch for.
    if (started.size === TAGS.length) observer.disconnect();
  });
  observer.observe(document.documentElement, { childList: true, subtree: true });
}

start();
