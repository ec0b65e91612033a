// English texts every widget shares, loaded only when a page asks for English (see core.messages.ts).
import type { CoreKey } from './core.messages.js';
import type { Catalog } from './translate.js';

const en: Catalog<CoreKey> = {
  loading: 'Loading …',
  errorTitle: 'This cannot be shown right now',
  errorBody: 'Something went wrong on our side. It is not your fault.',
  errorPhone: 'Call us on {phone}',
  errorLink: 'Find other ways to get help',
  retry: 'Try again',
  danishTime: 'Danish time',
  externalLink: 'other website',
};

export default en;
