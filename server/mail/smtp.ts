// The SMTP connection (nodemailer). One pooled transport per server process; the worker hands it
// rendered mails. Nothing here logs: errors go back to the worker, which records their code only.
import { createTransport } from 'nodemailer';
import type { MailContent } from './outbox.js';

/** Where to send (SMTP_URL or SMTP_HOST/…; checked in config.ts). */
export interface SmtpSettings {
  host: string;
  port: number;
  /** TLS from the first byte (port 465); otherwise STARTTLS is used when the server offers it. */
  secure: boolean;
  auth?: { user: string; pass: string };
}

/** A rendered mail with its envelope. */
export interface OutgoingMail {
  from: string;
  /** Stable per outbox row, so a receiver can recognise the rare second delivery. */
  messageId: string;
  content: MailContent;
}

/** What the worker needs of a mail transport. `send` resolves once the SMTP server accepted the mail. */
export interface MailTransport {
  send(mail: OutgoingMail): Promise<void>;
  close(): void;
}

export interface SmtpTimeouts {
  /** Default 10 s each for connecting and the greeting; 30 s of silence on the socket. */
  connectionMs?: number;
  socketMs?: number;
}

/** A pooled SMTP transport (at most 2 connections per process, reused between mails). */
export function smtpTransport(settings: SmtpSettings, timeouts: SmtpTimeouts = {}): MailTransport {
  const connectionMs = timeouts.connectionMs ?? 10_000;
  const transporter = createTransport({
    pool: true,
    maxConnections: 2,
    host: settings.host,
    port: settings.port,
    secure: settings.secure,
    ...(settings.auth ? { auth: settings.auth } : {}),
    connectionTimeout: connectionMs,
    greetingTimeout: connectionMs,
    socketTimeout: timeouts.socketMs ?? 30_000,
    // nodemailer's own logger would print addresses: off.
    logger: false,
    debug: false,
  });
  return {
    async send({ from, messageId, content }) {
      await transporter.sendMail({
        from,
        to: content.to,
        subject: content.subject,
        text: content.text,
        html: content.html,
        messageId,
        headers: { 'Content-Language': content.lang, 'Auto-Submitted': 'auto-generated' },
        attachments: content.ics
          ? [{ filename: content.ics.fileName, content: content.ics.text, contentType: 'text/calendar; charset=utf-8; method=PUBLISH' }]
          : [],
      });
    },
    close: () => transporter.close(),
  };
}

/**
 * A short, personal-data-free name for a send failure: nodemailer's code and the SMTP reply code
 * ("ECONNECTION", "EENVELOPE 550"). Messages are never kept: they can quote the address.
 */
export function failureCode(error: unknown): string {
  const e = error as { code?: unknown; responseCode?: unknown; name?: unknown };
  const code =
    typeof e.code === 'string' && /^[A-Z_]{1,32}$/.test(e.code) ? e.code : typeof e.name === 'string' ? e.name.slice(0, 32) : 'Error';
  return typeof e.responseCode === 'number' ? `${code} ${e.responseCode}` : code;
}

/** A refusal that trying again will not change: an SMTP 5xx reply about the mail (not about our login). */
export function isPermanentFailure(error: unknown): boolean {
  const e = error as { code?: unknown; responseCode?: unknown };
  return typeof e.responseCode === 'number' && e.responseCode >= 500 && e.responseCode < 600 && e.code !== 'EAUTH';
}
