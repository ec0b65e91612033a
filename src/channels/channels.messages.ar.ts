// Arabic texts of <borger-channels>, loaded only when a page asks for Arabic (see channels.messages.ts).
// Arabic: complete, so a sentence never mixes languages. Reviewed by no native speaker yet.
import type { Catalog } from '../core/i18n/translate.js';
import type { ChannelsKey } from './channels.messages.js';

const ar: Catalog<ChannelsKey> = {
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
};

export default ar;
