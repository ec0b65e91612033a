import type { Catalog } from '../core/i18n/translate.js';

export type ChannelsKey =
  | 'pickTask'
  | 'pickTaskPlaceholder'
  | 'waysForTask'
  | 'recommended'
  | 'fitPossible'
  | 'alwaysOpen'
  | 'openCloses'
  | 'openUntilMidnightPlus'
  | 'closingSoon'
  | 'closedOpens'
  | 'closedTodayReasonOpens'
  | 'closedNoReopen'
  | 'closedTodayReason'
  | 'today'
  | 'tomorrow'
  | 'onDay'
  | 'hoursTitle'
  | 'closedAllDay'
  | 'call'
  | 'write'
  | 'go'
  | 'showOnMap'
  | 'book'
  | 'unknownTask'
  | 'noChannels'
  | 'kind.selfservice'
  | 'kind.phone'
  | 'kind.chat'
  | 'kind.visit'
  | 'kind.library'
  | 'kind.email'
  | 'kind.digital-post'
  | 'kind.video';

export const channelsMessages: { da: Catalog<ChannelsKey>; en: Catalog<ChannelsKey>; ar: Catalog<ChannelsKey> } = {
  da: {
    pickTask: 'Hvad skal du have hjælp til?',
    pickTaskPlaceholder: 'Vælg et emne',
    waysForTask: { one: '{count} måde at få hjælp til {task}', other: '{count} måder at få hjælp til {task}' },
    recommended: 'Anbefalet',
    fitPossible: 'Kan også bruges',
    alwaysOpen: 'Altid åben',
    openCloses: 'Åben nu · lukker kl. {time}',
    openUntilMidnightPlus: 'Åben nu · lukker {day} kl. {time}',
    closingSoon: 'Lukker snart · kl. {time}',
    closedOpens: 'Lukket · åbner {day} kl. {time}',
    closedTodayReasonOpens: 'Lukket i dag ({reason}) · åbner {day} kl. {time}',
    closedNoReopen: 'Lukket',
    closedTodayReason: 'Lukket i dag ({reason})',
    today: 'i dag',
    tomorrow: 'i morgen',
    onDay: '{day}',
    hoursTitle: 'Åbningstider de næste 7 dage',
    closedAllDay: 'Lukket',
    call: 'Ring',
    write: 'Skriv til {email}',
    go: 'Gå til {label}',
    showOnMap: 'Adresse',
    book: 'Book tid',
    unknownTask: 'Vi kender ikke emnet "{task}". Vælg et emne på listen.',
    noChannels: 'Der er ingen måder at få hjælp til det her emne endnu.',
    'kind.selfservice': 'Selvbetjening',
    'kind.phone': 'Telefon',
    'kind.chat': 'Chat',
    'kind.visit': 'Mød op',
    'kind.library': 'Bibliotek',
    'kind.email': 'E-mail',
    'kind.digital-post': 'Digital Post',
    'kind.video': 'Videomøde',
  },
  en: {
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
  },
  // Arabic: complete, so a sentence never mixes languages. Reviewed by no native speaker yet.
  ar: {
    pickTask: 'بماذا تحتاج المساعدة؟',
    pickTaskPlaceholder: 'اختر موضوعًا',
    waysForTask: {
      zero: 'لا توجد طرق للحصول على المساعدة في {task}',
      one: 'طريقة واحدة للحصول على المساعدة في {task}',
      two: 'طريقتان للحصول على المساعدة في {task}',
      few: '{count} طرق للحصول على المساعدة في {task}',
      many: '{count} طريقة للحصول على المساعدة في {task}',
      other: '{count} طريقة للحصول على المساعدة في {task}',
    },
    recommended: 'موصى به',
    fitPossible: 'ممكن أيضًا',
    alwaysOpen: 'مفتوح دائمًا',
    openCloses: 'مفتوح الآن · يغلق الساعة {time}',
    openUntilMidnightPlus: 'مفتوح الآن · يغلق {day} الساعة {time}',
    closingSoon: 'يغلق قريبًا · الساعة {time}',
    closedOpens: 'مغلق · يفتح {day} الساعة {time}',
    closedTodayReasonOpens: 'مغلق اليوم ({reason}) · يفتح {day} الساعة {time}',
    closedNoReopen: 'مغلق',
    closedTodayReason: 'مغلق اليوم ({reason})',
    today: 'اليوم',
    tomorrow: 'غدًا',
    onDay: 'يوم {day}',
    hoursTitle: 'مواعيد العمل للأيام السبعة القادمة',
    closedAllDay: 'مغلق',
    call: 'اتصل',
    write: 'اكتب إلى {email}',
    go: 'اذهب إلى {label}',
    showOnMap: 'العنوان',
    book: 'احجز موعدًا',
    unknownTask: 'لا نعرف الموضوع "{task}". اختر موضوعًا من القائمة.',
    noChannels: 'لا توجد طرق للحصول على المساعدة في هذا الموضوع بعد.',
    'kind.selfservice': 'خدمة ذاتية',
    'kind.phone': 'هاتف',
    'kind.chat': 'دردشة',
    'kind.visit': 'زيارة',
    'kind.library': 'مكتبة',
    'kind.email': 'بريد إلكتروني',
    'kind.digital-post': 'البريد الرقمي (Digital Post)',
    'kind.video': 'اجتماع بالفيديو',
  },
};
