// The Danish texts only <borger-booking>'s manage steps show (view, cancel, move): in the manage steps'
// chunk (booking.manage-steps.ts), not in the first download.
import type { Catalog } from '../core/i18n/translate.js';
import type { ManageKey } from './booking.messages.js';

export const MANAGE_DA: Catalog<ManageKey> = {
  'row.code': 'Bookingkode',
  'row.status': 'Status',
  'status.confirmed': 'Bekræftet',
  'status.cancelled': 'Aflyst',
  notFound:
    'Linket virker ikke. Måske mangler en del af det. Tjek, at du har brugt hele linket fra din booking. Har du aflyst tiden, kan du booke en ny.',
  'cancel.body': 'Tiden bliver ledig til andre. Du kan altid booke en ny tid.',
  'cancel.yes': 'Ja, aflys tiden',
  'cancel.no': 'Nej, behold tiden',
  cancelling: 'Aflyser …',
  'cancelled.body': 'Du behøver ikke gøre mere.',
  'move.from': 'Fra',
  'move.to': 'Til',
  'move.confirm': 'Flyt tiden',
  moving: 'Flytter tiden …',
  'notice.rescheduled': 'Tiden er flyttet.',
};
