// An iCalendar (RFC 5545) file with one event, made in the browser for "Tilføj til kalender".
// Times are written in UTC ("…Z"): every calendar converts them to its owner's zone, so the
// appointment lands at the right Copenhagen time without a VTIMEZONE block to get wrong.

export interface IcsEvent {
  /** Globally unique and stable for the booking, so a second download updates the same entry. */
  uid: string;
  start: Date;
  end: Date;
  /** When the file was made (DTSTAMP). */
  stamp: Date;
  summary: string;
  location?: string;
  description?: string;
  status?: 'CONFIRMED' | 'CANCELLED';
}

const CRLF = '\r\n';
const MAX_OCTETS = 75;

/** UTF-8 octets of one character (a code point; a lone surrogate counts as U+FFFD's 3). */
function utf8Octets(char: string): number {
  const code = char.codePointAt(0) as number;
  return code < 0x80 ? 1 : code < 0x800 ? 2 : code < 0x10000 ? 3 : 4;
}

// Unicode's other line breaks (vertical tab, form feed, NEL, line and paragraph separator) are new
// lines to a reader: written as \n like CR/LF. Every other control character (C0 but tab, DEL, C1)
// is not allowed in a TEXT value (RFC 5545 §3.3.11, CONTROL) and some calendars stop reading at it:
// dropped. A lone surrogate half cannot be UTF-8: replaced by U+FFFD.
const LINE_BREAK = /\r\n|[\n\r\u000b\u000c\u0085\u2028\u2029]/g;
const CONTROL = /[\u0000-\u0008\u000e-\u001f\u007f-\u009f]/g;
const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;

/**
 * TEXT value escaping (RFC 5545 §3.3.11): backslash, semicolon, comma; every line break (CR, LF,
 * CRLF, U+000B, U+000C, U+0085, U+2028, U+2029) as "\n"; other control characters dropped.
 */
export function escapeText(value: string): string {
  return value
    .replace(LONE_SURROGATE, '\ufffd')
    .replace(/\\/g, '\\\\')
    .replace(/;/g, '\\;')
    .replace(/,/g, '\\,')
    .replace(LINE_BREAK, '\\n')
    .replace(CONTROL, '');
}

/** DATE-TIME in UTC (RFC 5545 §3.3.5, form #2): 20261126T090000Z. */
export function utcDateTime(date: Date): string {
  return date
    .toISOString()
    .replace(/\.\d{3}Z$/, 'Z')
    .replace(/[-:]/g, '');
}

/**
 * Folds a content line at 75 octets (RFC 5545 §3.1): CRLF and one space before each continuation.
 * Never splits a character's UTF-8 bytes (æ, ø, å take two).
 */
export function foldLine(line: string): string {
  const parts: string[] = [];
  let current = '';
  let octets = 0;
  for (const char of line) {
    // Counted, not encoded: TextEncoder per character made a long DESCRIPTION cost ~1 ms on Node.
    const size = utf8Octets(char);
    // Continuation lines begin with a space, which counts towards their 75 octets.
    const limit = parts.length === 0 ? MAX_OCTETS : MAX_OCTETS - 1;
    if (octets + size > limit) {
      parts.push(current);
      current = '';
      octets = 0;
    }
    current += char;
    octets += size;
  }
  parts.push(current);
  return parts.join(`${CRLF} `);
}

const SEQUENCE_EPOCH_MS = Date.UTC(2000, 0, 1);

/**
 * The entry's SEQUENCE (RFC 5545 §3.8.7.4): whole minutes from 2000-01-01 UTC to `stamp`, so every
 * later revision of a booking (moved, cancelled) counts higher than the files sent or downloaded
 * before it, without a counter kept anywhere; within one minute DTSTAMP decides (RFC 5546 §2.1.5).
 * Fits the INTEGER type (2^31 − 1) until the year 6000.
 */
export function icsSequence(stamp: Date): number {
  return Math.max(0, Math.floor((stamp.getTime() - SEQUENCE_EPOCH_MS) / 60_000));
}

/** The whole VCALENDAR text, CRLF line endings, folded. */
export function icsCalendar(event: IcsEvent): string {
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//borger-widgets//borger-booking//DA',
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
    'BEGIN:VEVENT',
    `UID:${escapeText(event.uid)}`,
    `DTSTAMP:${utcDateTime(event.stamp)}`,
    `SEQUENCE:${icsSequence(event.stamp)}`,
    `DTSTART:${utcDateTime(event.start)}`,
    `DTEND:${utcDateTime(event.end)}`,
    `SUMMARY:${escapeText(event.summary)}`,
    ...(event.location ? [`LOCATION:${escapeText(event.location)}`] : []),
    ...(event.description ? [`DESCRIPTION:${escapeText(event.description)}`] : []),
    `STATUS:${event.status ?? 'CONFIRMED'}`,
    'TRANSP:OPAQUE',
    'END:VEVENT',
    'END:VCALENDAR',
  ];
  return lines.map(foldLine).join(CRLF) + CRLF;
}

/** A file name for the download: letters, digits and dashes only. */
export function icsFileName(name: string): string {
  const safe = name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/æ/gi, 'ae')
    .replace(/ø/gi, 'oe')
    .replace(/[^A-Za-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .toLowerCase();
  return `${safe || 'booking'}.ics`;
}

/** The texts of a booking's calendar entry, in the citizen's language. */
export interface BookingEventTexts {
  service: string;
  place: string;
  address: string | undefined;
  /** "Bookingkode: K7MX3Q". */
  code: string;
  /** "Husk at tage med:" and the items. */
  bring: { title: string; items: string[] };
  /** How to move or cancel (the manage link itself is left out: calendars are often shared or synced). */
  manage: string;
}

/** The calendar entry of a booking. */
export function bookingEvent(booking: { id: string; start: string; end: string }, texts: BookingEventTexts, stamp: Date): IcsEvent {
  const bring = texts.bring.items.length > 0 ? ['', texts.bring.title, ...texts.bring.items.map((item) => `- ${item}`)] : [];
  return {
    uid: `${booking.id}@borger-booking`,
    start: new Date(booking.start),
    end: new Date(booking.end),
    stamp,
    summary: [texts.service, texts.place].filter(Boolean).join(', '),
    ...(texts.address ? { location: [texts.place, texts.address].filter(Boolean).join(', ') } : {}),
    description: [texts.code, ...bring, '', texts.manage].join('\n'),
  };
}
