// The mail outbox: what a booking, a move or a cancel queues (in the same transaction as the
// booking itself), and what the worker (worker.ts) claims, sends and marks. Rows outlive a restart,
// so nothing queued is lost; a claim is a lease, so two workers never send one row at once.

/** Why a mail is sent. */
export type MailKind = 'confirmation' | 'reminder' | 'rescheduled' | 'cancelled';
export const MAIL_KINDS: readonly MailKind[] = ['confirmation', 'reminder', 'rescheduled', 'cancelled'];

/**
 * Where a row is:
 * - `pending`: waiting for its time (`dueMs`) or for its next try after a failure;
 * - `sending`: claimed by a worker until its lease runs out (then claimable again);
 * - `sent`: handed to the SMTP server (its content and address are then erased);
 * - `unsent`: rendered and kept, not sent, because no SMTP server is configured (the demo shows these);
 * - `failed`: given up (permanent SMTP refusal or too many tries; content erased);
 * - `dropped`: no longer needed (the booking was cancelled, moved or erased first).
 */
export type MailStatus = 'pending' | 'sending' | 'sent' | 'unsent' | 'failed' | 'dropped';
export const MAIL_STATUSES: readonly MailStatus[] = ['pending', 'sending', 'sent', 'unsent', 'failed', 'dropped'];

/** A rendered mail. Personal data: the address, and the name or manage link in the texts. */
export interface MailContent {
  to: string;
  /** The language the mail is written in ("da" or "en"). */
  lang: string;
  subject: string;
  text: string;
  html: string;
  /** The iCalendar file to attach (RFC 5545 text), if any. */
  ics?: { fileName: string; text: string };
}

export interface NewMail {
  bookingId: string;
  kind: MailKind;
  /** Not before this time (epoch ms). */
  dueMs: number;
  /** The appointment's end (epoch ms): the retention job deletes the row with the booking's personal data. */
  endMs: number;
  /** When it was queued (epoch ms). */
  createdMs: number;
  /** Rendered now (confirmation, move, cancel: they carry the manage link, known only now); a reminder is rendered when it is due. */
  content?: MailContent;
}

export interface OutboxMail {
  id: number;
  bookingId: string;
  kind: MailKind;
  status: MailStatus;
  dueMs: number;
  endMs: number;
  createdMs: number;
  /** Tries so far, counting the current claim. Also the claim's fencing token (see `finishMail`). */
  attempts: number;
  /** When it was sent, marked unsent, failed or dropped. */
  finishedMs?: number;
  /** The last failure: an SMTP code or error name, never a message (those can quote the address). */
  lastError?: string;
  content?: MailContent;
}

export type MailOutcome =
  | { kind: 'sent' }
  | { kind: 'unsent'; content: MailContent }
  | { kind: 'retry'; nextAttemptMs: number; error: string }
  | { kind: 'failed'; error: string }
  | { kind: 'dropped' };

/** A row as both storages read it (SQLite and PostgreSQL give the same shape). */
export interface OutboxRow {
  id: number;
  booking_id: string;
  kind: MailKind;
  status: MailStatus;
  due_ms: number;
  end_ms: number;
  created_ms: number;
  attempts: number;
  finished_ms: number | null;
  last_error: string | null;
  recipient: string | null;
  lang: string | null;
  subject: string | null;
  body_text: string | null;
  body_html: string | null;
  ics_name: string | null;
  ics: string | null;
}

export function toOutboxMail(row: OutboxRow): OutboxMail {
  const mail: OutboxMail = {
    id: Number(row.id),
    bookingId: row.booking_id,
    kind: row.kind,
    status: row.status,
    dueMs: row.due_ms,
    endMs: row.end_ms,
    createdMs: row.created_ms,
    attempts: row.attempts,
  };
  if (row.finished_ms !== null) mail.finishedMs = row.finished_ms;
  if (row.last_error !== null) mail.lastError = row.last_error;
  if (row.recipient !== null && row.subject !== null && row.body_text !== null && row.body_html !== null) {
    mail.content = { to: row.recipient, lang: row.lang ?? 'da', subject: row.subject, text: row.body_text, html: row.body_html };
    if (row.ics !== null) mail.content.ics = { fileName: row.ics_name ?? 'booking.ics', text: row.ics };
  }
  return mail;
}

/** The content columns of a row, in the order `CONTENT_COLUMNS` names them (null when absent). */
export function contentValues(content: MailContent | undefined): Array<string | null> {
  return [
    content?.to ?? null,
    content?.lang ?? null,
    content?.subject ?? null,
    content?.text ?? null,
    content?.html ?? null,
    content?.ics?.fileName ?? null,
    content?.ics?.text ?? null,
  ];
}

export const CONTENT_COLUMNS = ['recipient', 'lang', 'subject', 'body_text', 'body_html', 'ics_name', 'ics'] as const;

/** `recipient = NULL, lang = NULL, …`: erases a row's personal data. */
export const ERASE_CONTENT = CONTENT_COLUMNS.map((column) => `${column} = NULL`).join(', ');
