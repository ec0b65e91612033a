// Messages every widget shares (loading and error states).
import type { Catalog } from './translate.js';

type CoreKey = 'loading' | 'errorTitle' | 'errorBody' | 'errorPhone' | 'errorLink' | 'retry' | 'danishTime' | 'externalLink';

export const coreMessages: { da: Catalog<CoreKey>; en: Catalog<CoreKey>; ar: Catalog<CoreKey> } = {
  da: {
    loading: 'Henter indhold …',
    errorTitle: 'Det her kan ikke vises lige nu',
    errorBody: 'Der gik noget galt hos os. Det er ikke din skyld.',
    errorPhone: 'Ring til os på {phone}',
    errorLink: 'Find andre måder at få hjælp',
    retry: 'Prøv igen',
    danishTime: 'dansk tid',
    externalLink: 'andet websted',
  },
  en: {
    loading: 'Loading …',
    errorTitle: 'This cannot be shown right now',
    errorBody: 'Something went wrong on our side. It is not your fault.',
    errorPhone: 'Call us on {phone}',
    errorLink: 'Find other ways to get help',
    retry: 'Try again',
    danishTime: 'Danish time',
    externalLink: 'other website',
  },
  ar: {
    loading: 'جارٍ التحميل …',
    errorTitle: 'لا يمكن عرض هذا الآن',
    errorBody: 'حدث خطأ من جانبنا. ليس خطأك.',
    errorPhone: 'اتصل بنا على {phone}',
    errorLink: 'طرق أخرى للحصول على المساعدة',
    retry: 'حاول مرة أخرى',
    danishTime: 'بتوقيت الدنمارك',
    externalLink: 'موقع آخر',
  },
};
