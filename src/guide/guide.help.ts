// "Brug for hjælp?" for <borger-guide>: the support ladder (read aloud, other channels, booking, phone) and
// the notice when a hand-over finds no element on the page. It comes with the code for moving on
// (guide.later.ts): the first question shows the disclosure closed, and its body once this is there.
import { html, nothing, type TemplateResult } from 'lit';
import { safeHref, telHref } from '../core/url.js';
import type { GuideAction } from './guide.schema.js';
import type { GuideView, NoticePlace } from './guide.views.js';

/**
 * A phone number never breaks across lines ("+45 33 66 33 / 66" is hard to read), and stays left-to-right
 * inside right-to-left text (Unicode isolates, since a translated message is plain text).
 */
const keepTogether = (phone: string) => `\u2066${phone.replace(/ /g, '\u00a0')}\u2069`;

/** What to do instead when a hand-over (`place`) found no booking or channels element on the page. */
export function renderNotice(view: GuideView, place: NoticePlace): TemplateResult | typeof nothing {
  const notice = view.notice;
  if (!notice || notice.place !== place) return nothing;
  const phone = view.fallbackPhone;
  const href = safeHref(view.fallbackHref);
  return html`<div class="notice" part="notice">
      <p>${view.t(`missing.${notice.kind}`)}</p>
      ${phone ? html`<p><a href=${telHref(phone)}>${view.t('callUs', { phone: keepTogether(phone) })}</a></p>` : nothing}
      ${href ? html`<p><a href=${href}>${view.t('otherHelpLink')}</a></p>` : nothing}
    </div>`;
}

/** The support ladder: read aloud (if a voice exists), other channels, booking, phone. */
function helpItems(view: GuideView, place: NoticePlace): TemplateResult[] {
  const { guide, t } = view;
  const items: TemplateResult[] = [];
  if (place === 'help' && view.readAloud.available) {
    const label = view.t(view.readAloud.speaking ? 'stopReading' : 'readAloud');
    items.push(html`<li><button type="button" class="button secondary" @click=${view.on.toggleReading}>${label}</button></li>`);
  }
  if (guide.task) {
    const action: GuideAction = { kind: 'channels', task: guide.task, label: t('helpChannels') };
    items.push(
      html`<li><button type="button" class="button secondary" @click=${() => view.on.act(action, place)}>${view.t('helpChannels')}</button></li>`,
    );
  }
  const booking = view.helpBooking;
  if (booking) {
    items.push(
      html`<li><button type="button" class="button secondary" @click=${() => view.on.act(booking, place)}>${view.t('helpBooking')}</button></li>`,
    );
  }
  if (view.fallbackPhone) {
    items.push(
      html`<li><a class="button secondary" href=${telHref(view.fallbackPhone)}>${view.t('callUs', { phone: keepTogether(view.fallbackPhone) })}</a></li>`,
    );
  }
  return items;
}

/** The ladder with its intro ("Brug for hjælp?" or, after feedback "Nej", more help), or nothing to offer. */
export function renderWaysToHelp(view: GuideView, place: NoticePlace): TemplateResult | typeof nothing {
  const items = helpItems(view, place);
  if (items.length === 0) return nothing;
  return html`<p>${view.t(place === 'help' ? 'helpIntro' : 'feedbackMoreHelp')}</p>
      <ul class="ways">${items}</ul>
      ${place === 'help' && view.readAloud.failed ? html`<div class="notice" part="notice"><p>${view.t('readAloudFailed')}</p></div>` : nothing}
      ${renderNotice(view, place)}`;
}
