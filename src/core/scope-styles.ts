// Style sheets a widget adds to the page's own scope (the document, or the shadow root the page's
// content lives in), for elements of ours that live in the page's light DOM (help's terms, the read-aloud
// highlights). Constructable sheets: allowed by a strict CSP, one copy per scope however many elements.

const adopted = new WeakMap<Document | ShadowRoot, Set<CSSStyleSheet>>();

/**
 * Adds `sheet` to the adopted style sheets of the scope `node` is in, once per scope. Does nothing
 * where the scope cannot adopt sheets (a detached node).
 */
export function adoptInScope(node: Node, sheet: CSSStyleSheet): void {
  const scope = node.getRootNode();
  if (!(scope instanceof Document || scope instanceof ShadowRoot) || !('adoptedStyleSheets' in scope)) return;
  let sheets = adopted.get(scope);
  if (!sheets) {
    sheets = new Set();
    adopted.set(scope, sheets);
  }
  if (sheets.has(sheet)) return;
  sheets.add(sheet);
  scope.adoptedStyleSheets = [...scope.adoptedStyleSheets, sheet];
}

/** A constructable sheet made from `css` the first time it is asked for. */
export function lazySheet(css: () => string): () => CSSStyleSheet {
  let sheet: CSSStyleSheet | undefined;
  return () => {
    if (!sheet) {
      sheet = new CSSStyleSheet();
      sheet.replaceSync(css());
    }
    return sheet;
  };
}
