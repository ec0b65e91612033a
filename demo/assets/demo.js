// The demo page's own script (not part of the widgets): a language switch that sets the page's
// `lang`, which every widget follows. External file, so the page runs under a strict CSP.
const buttons = document.querySelectorAll('.lang-switch button');
const saved = sessionStorage.getItem('demo-lang');
const WIDGET = 'borger-guide, borger-booking, borger-channels, borger-help';
/**
 * The page's own texts are Danish (only the few with data-en are translated): under another
 * language they are marked lang="da", so a screen reader reads them as Danish (WCAG 3.1.2) while
 * the widgets follow the page's language. Undone when the page is Danish again.
 */
const markDanish = (lang) => {
  for (const element of document.querySelectorAll('[data-demo-da]')) {
    element.removeAttribute('lang');
    element.removeAttribute('data-demo-da');
  }
  if (lang === 'da') return;
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const parent = node.parentElement;
    if (!parent || !node.textContent.trim() || parent.closest('script, style, [data-da], [lang]:not(html)')) continue;
    // An element holding a widget keeps the page's language (the widget reads its language from there).
    if (parent.matches(WIDGET) || parent.querySelector(WIDGET)) continue;
    parent.setAttribute('lang', 'da');
    parent.setAttribute('data-demo-da', '');
  }
};
const setLang = (lang) => {
  document.documentElement.lang = lang;
  document.documentElement.dir = lang === 'ar' ? 'rtl' : 'ltr';
  sessionStorage.setItem('demo-lang', lang);
  for (const button of buttons) button.setAttribute('aria-pressed', String(button.dataset.lang === lang));
  for (const text of document.querySelectorAll('[data-da]')) text.textContent = text.dataset[lang] ?? text.dataset.da;
  markDanish(lang);
};
for (const button of buttons) button.addEventListener('click', () => setLang(button.dataset.lang));
if (saved) setLang(saved);
