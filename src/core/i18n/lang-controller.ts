// Keeps an element's language in step with its own `lang` and its ancestors', re-rendering on change.
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { isRtl, resolveLang } from './lang.js';

type Host = ReactiveControllerHost & HTMLElement;

// One observer for the whole document, however many widgets are on the page.
const hosts = new Set<LangController>();
let observer: MutationObserver | undefined;

function observeDocument(): void {
  if (observer || typeof MutationObserver === 'undefined') return;
  observer = new MutationObserver(() => {
    for (const controller of hosts) controller.refresh();
  });
  observer.observe(document.documentElement, { attributes: true, attributeFilter: ['lang'], subtree: true });
}

export class LangController implements ReactiveController {
  lang = 'da';
  private readonly host: Host;

  constructor(host: Host) {
    this.host = host;
    host.addController(this);
  }

  get dir(): 'ltr' | 'rtl' {
    return isRtl(this.lang) ? 'rtl' : 'ltr';
  }

  hostConnected(): void {
    hosts.add(this);
    observeDocument();
    this.refresh();
  }

  hostDisconnected(): void {
    hosts.delete(this);
  }

  refresh(): void {
    const lang = resolveLang(this.host);
    if (lang === this.lang) return;
    this.lang = lang;
    this.host.requestUpdate();
  }
}
