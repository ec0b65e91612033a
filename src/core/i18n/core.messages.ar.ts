// Arabic texts every widget shares, loaded only when a page asks for Arabic (see core.messages.ts).
import type { CoreKey } from './core.messages.js';
import type { Catalog } from './translate.js';

const ar: Catalog<CoreKey> = {
  loading: 'جارٍ التحميل …',
  errorTitle: 'لا يمكن عرض هذا الآن',
  errorBody: 'حدث خطأ من جانبنا. ليس خطأك.',
  errorPhone: 'اتصل بنا على {phone}',
  errorLink: 'طرق أخرى للحصول على المساعدة',
  retry: 'حاول مرة أخرى',
  danishTime: 'بتوقيت الدنمارك',
  externalLink: 'موقع آخر',
};

export default ar;
