// "dansk tid" after clock times, for a visitor whose device reads another clock than Copenhagen's.
import { coreMessages } from './i18n/core.messages.js';
import { translatorFor } from './i18n/translate.js';
import { needsZoneNote, type VisitorOffset, visitorClock } from './time.js';

/**
 * The words naming Copenhagen's clock in `lang` ("dansk tid", "Danish time"), or '' when the
 * visitor's clock agrees with Copenhagen's at every one of `instants` (see `needsZoneNote`).
 */
export function zoneNote(lang: string, instants: readonly Date[], visitorOffset: VisitorOffset = visitorClock.offsetMinutes): string {
  return needsZoneNote(instants, visitorOffset) ? translatorFor(coreMessages, lang)('danishTime') : '';
}

/** `text` with "(dansk tid)" after it when the visitor needs telling; `text` unchanged otherwise. */
export function withZoneNote(text: string, lang: string, instants: readonly Date[], visitorOffset?: VisitorOffset): string {
  const note = zoneNote(lang, instants, visitorOffset);
  return note ? `${text} (${note})` : text;
}
