// Messages every widget shares (loading and error states, the marks on times and links).
import { lazyCatalogs } from './translate.js';

export type CoreKey = 'loading' | 'errorTitle' | 'errorBody' | 'errorPhone' | 'errorLink' | 'retry' | 'danishTime' | 'externalLink';

/**
 * Danish is in every widget's first download; English and Arabic are loaded when a page asks for one
 * (lazyCatalogs), each from its own file: core.messages.en.ts, core.messages.ar.ts. An element that
 * shows one of these texts lists this set in its LangController's catalogues, so the language is
 * there before it renders.
 */
export const coreMessages = lazyCatalogs<CoreKey>(
  {
    loading: 'Henter indhold …',
    errorTitle: 'Det her kan ikke vises lige nu',
    errorBody: 'Der gik noget galt hos os. Det er ikke din skyld.',
    errorPhone: 'Ring til os på {phone}',
    errorLink: 'Find andre måder at få hjælp',
    retry: 'Prøv igen',
    danishTime: 'dansk tid',
    externalLink: 'andet websted',
  },
  { en: () => import('./core.messages.en.js'), ar: () => import('./core.messages.ar.js') },
);
