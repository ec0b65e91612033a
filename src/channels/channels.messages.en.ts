// English texts of <borger-channels>, loaded only when a page asks for English (see channels.messages.ts).
import type { Catalog } from '../core/i18n/translate.js';
import type { ChannelsKey } from './channels.messages.js';

const en: Catalog<ChannelsKey> = {
  pickTask: 'What do you need help with?',
  pickTaskPlaceholder: 'Choose a topic',
  waysForTask: { one: '{count} way to get help with {task}', other: '{count} ways to get help with {task}' },
  recommended: 'Recommended',
  fitPossible: 'Also possible',
  alwaysOpen: 'Always open',
  openCloses: 'Open now · closes at {time}',
  openUntilMidnightPlus: 'Open now · closes {day} at {time}',
  closingSoon: 'Closing soon · at {time}',
  closedOpens: 'Closed · opens {day} at {time}',
  closedTodayReasonOpens: 'Closed today ({reason}) · opens {day} at {time}',
  closedNoReopen: 'Closed',
  closedTodayReason: 'Closed today ({reason})',
  today: 'today',
  tomorrow: 'tomorrow',
  onDay: 'on {day}',
  hoursTitle: 'Opening hours for the next 7 days',
  closedAllDay: 'Closed',
  call: 'Call',
  write: 'Write to {email}',
  go: 'Go to {label}',
  showOnMap: 'Address',
  book: 'Book a time',
  unknownTask: 'We do not know the topic "{task}". Choose a topic from the list.',
  noChannels: 'There are no ways to get help with this topic yet.',
  'kind.selfservice': 'Self-service',
  'kind.phone': 'Phone',
  'kind.chat': 'Chat',
  'kind.visit': 'Visit us',
  'kind.library': 'Library',
  'kind.email': 'E-mail',
  'kind.digital-post': 'Digital Post',
  'kind.video': 'Video meeting',
};

export default en;
