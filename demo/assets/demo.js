// The demo page's own script (not part of the widgets): a language switch that sets the page's
// `lang`, which every widget follows. External file, so the page runs under a strict CSP.
const buttons = document.querySelectorAll('.lang-switch button');
const saved = sessionStorage.getItem('demo-lang');
const setLang = (lang) => {
  document.documentElement.lang = lang;
  document.documentElement.dir = lang === 'ar' ? 'rtl' : 'ltr';
  sessionStorage.setItem('demo-lang', lang);
  for (const button of buttons) button.setAttribute('aria-pressed', String(button.dataset.lang === lang));
  for (const text of document.querySelectorAll('[data-da]')) text.textContent = text.dataset[lang] ?? text.dataset.da;
};
for (const button of buttons) button.addEventListener('click', () => setLang(button.dataset.lang));
if (saved) setLang(saved);
