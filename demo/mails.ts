// The demo's page of e-mails: the demo has no SMTP server, so the booking server renders each mail
// and keeps it in its outbox ("not sent: no SMTP"); /demo/mails lists them, with the HTML version
// and the .ics of each. Only `npm start` (demo/serve.ts, listening on 127.0.0.1) mounts this route:
// the booking server itself (`npm run server`, server/app.ts) has no such page, so a municipality's
// server never shows anyone's mails.
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { OutboxMail } from '../server/mail/outbox.js';
import { escapeHtml } from '../server/mail/render.js';
import type { ServerMailOptions } from '../server/start.js';
import type { BookingStorage } from '../server/storage.js';
import { inLayout, type Route, send } from './serve.js';

export const DEMO_MAILS_PATH = '/demo/mails';

/** The demo's mail settings: no SMTP, manage links to `bookingPageUrl`, reminders a day before. */
export function demoMailOptions(bookingPageUrl: string): ServerMailOptions {
  return { from: 'Borgerby Kommune <booking@borgerby.invalid>', reminderHours: 24, bookingPageUrl, intervalMs: 2000 };
}

const STATUS: Record<OutboxMail['status'], string> = {
  pending: 'venter',
  sending: 'sendes',
  sent: 'sendt',
  unsent: 'ikke sendt: demoen har ingen mailserver',
  failed: 'kunne ikke sendes',
  dropped: 'droppet (tiden blev flyttet, aflyst eller er forbi)',
};

const KIND: Record<OutboxMail['kind'], string> = {
  confirmation: 'Bekræftelse',
  reminder: 'Påmindelse',
  rescheduled: 'Tiden er flyttet',
  cancelled: 'Aflysning',
};

const time = (ms: number) =>
  new Intl.DateTimeFormat('da-DK', { dateStyle: 'long', timeStyle: 'short', timeZone: 'Europe/Copenhagen' }).format(ms);

function mailArticle(mail: OutboxMail): string {
  const c = mail.content;
  const heading = c ? c.subject : `${KIND[mail.kind]} (indholdet er slettet)`;
  const rows: Array<[string, string]> = [
    ['Type', KIND[mail.kind]],
    ['Status', STATUS[mail.status]],
    ['Skrevet', time(mail.createdMs)],
    ...(mail.kind === 'reminder' && mail.status === 'pending' ? [['Sendes', time(mail.dueMs)] as [string, string]] : []),
    ...(c ? [['Til', c.to] as [string, string]] : []),
  ];
  const links = c
    ? `<p><a href="${DEMO_MAILS_PATH}/${mail.id}.html">HTML-udgaven</a>${
        c.ics
          ? ` · <a href="${DEMO_MAILS_PATH}/${mail.id}.ics" download="${escapeHtml(c.ics.fileName)}">Kalenderfilen (${escapeHtml(c.ics.fileName)})</a>`
          : ''
      }</p>`
    : '';
  return [
    `<article class="mail" aria-labelledby="mail-${mail.id}">`,
    `<h2 id="mail-${mail.id}"${c ? ` lang="${escapeHtml(c.lang)}"` : ''}>${escapeHtml(heading)}</h2>`,
    `<dl>${rows.map(([term, value]) => `<dt>${escapeHtml(term)}</dt><dd>${escapeHtml(value)}</dd>`).join('')}</dl>`,
    c ? `<pre lang="${escapeHtml(c.lang)}">${escapeHtml(c.text)}</pre>` : '',
    links,
    '</article>',
  ].join('\n');
}

/** The page: the newest 50 mails, newest first. Every value escaped. */
export async function mailsPage(storage: BookingStorage): Promise<string> {
  const mails = await storage.mailOutbox(50);
  const list =
    mails.length > 0
      ? mails.map(mailArticle).join('\n')
      : '<p>Ingen e-mails endnu. Book en tid med en e-mailadresse, så kommer bekræftelsen her.</p>';
  return inLayout(`<main id="main" data-title="E-mails fra bookingen">
  <h1>E-mails fra bookingen (demo)</h1>
  <p class="lead">Demoen har ingen mailserver. De e-mails, bookingserveren ville sende (bekræftelse, flytning, aflysning og påmindelse), vises her i stedet. Med en mailserver (SMTP_URL) bliver de sendt og ikke gemt.</p>
  ${list}
</main>`);
}

/** GET /demo/mails, /demo/mails/ID.html and /demo/mails/ID.ics; anything else under it is 404. */
export function mailsRoute(storage: BookingStorage): Route {
  return (url) => {
    if (url.pathname !== DEMO_MAILS_PATH && !url.pathname.startsWith(`${DEMO_MAILS_PATH}/`)) return undefined;
    return async (request: IncomingMessage, response: ServerResponse) => {
      const accept = String(request.headers['accept-encoding'] ?? '');
      if (url.pathname === DEMO_MAILS_PATH) return send(response, 200, 'text/html; charset=utf-8', await mailsPage(storage), accept);
      const match = /^\/demo\/mails\/(\d+)\.(html|ics)$/.exec(url.pathname);
      const mail = match ? (await storage.mailOutbox(50)).find((m) => m.id === Number(match[1])) : undefined;
      if (!match || !mail?.content) return send(response, 404, 'text/plain; charset=utf-8', 'Ingen sådan e-mail.');
      if (match[2] === 'ics') {
        if (!mail.content.ics) return send(response, 404, 'text/plain; charset=utf-8', 'Denne e-mail har ingen kalenderfil.');
        return send(response, 200, 'text/calendar; charset=utf-8', mail.content.ics.text);
      }
      // The mail's own HTML, as a mail program would show it: no scripts, no styles from elsewhere.
      response.writeHead(200, {
        'Content-Type': 'text/html; charset=utf-8',
        'Content-Security-Policy': "default-src 'none'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'",
        'X-Content-Type-Options': 'nosniff',
        'Referrer-Policy': 'no-referrer',
        'Cache-Control': 'no-store',
      });
      response.end(mail.content.html);
    };
  };
}
