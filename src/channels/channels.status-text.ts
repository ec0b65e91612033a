// Words for a status line, in the citizen's language and in Copenhagen time (said so to a visitor abroad).
import type { Translate } from '../core/i18n/translate.js';
import { localize } from '../core/localized.js';
import { formatDate, formatTime, formatWeekday } from '../core/time.js';
import { withZoneNote } from '../core/zone-note.js';
import type { ChannelsKey } from './channels.messages.js';
import type { StatusDescription } from './status.js';

export function statusText(status: StatusDescription, t: Translate<ChannelsKey>, lang: string): string {
  const time = status.timeIso ? new Date(status.timeIso) : undefined;
  const day = () => {
    if (!time) return '';
    if (status.dayRelation === 'today') return t('today');
    if (status.dayRelation === 'tomorrow') return t('tomorrow');
    const name = status.dayRelation === 'weekday' ? formatWeekday(time, lang) : formatDate(time, lang);
    return t('onDay', { day: name });
  };
  // "15.00 (dansk tid)" for a visitor whose clock is not Copenhagen's.
  const clock = time ? withZoneNote(formatTime(time, lang), lang, [time]) : '';
  switch (status.kind) {
    case 'always-open':
      return t('alwaysOpen');
    case 'open':
      return status.dayRelation === 'today' ? t('openCloses', { time: clock }) : t('openUntilMidnightPlus', { day: day(), time: clock });
    case 'closing-soon':
      return t('closingSoon', { time: clock });
    case 'opens-later':
      return status.holidayName
        ? t('closedTodayReasonOpens', { reason: localize(status.holidayName, lang), day: day(), time: clock })
        : t('closedOpens', { day: day(), time: clock });
    case 'closed':
      return status.holidayName ? t('closedTodayReason', { reason: localize(status.holidayName, lang) }) : t('closedNoReopen');
  }
}
