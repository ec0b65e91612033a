// The package's entries: one list for the npm build, the CDN build, the size report and the pack test.
export const ENTRIES = {
  'borger-widgets': 'src/index.ts',
  channels: 'src/channels/index.ts',
  guide: 'src/guide/index.ts',
  booking: 'src/booking/index.ts',
  help: 'src/help/index.ts',
  schemas: 'src/schemas.ts',
};

/** Entries that register elements (the CDN ships these; `schemas` is for tools and has no elements). */
export const CDN_ENTRIES = Object.keys(ENTRIES).filter((name) => name !== 'schemas');

/** The elements each CDN entry registers. */
export const ENTRY_TAGS = {
  'borger-widgets': ['borger-channels', 'borger-guide', 'borger-booking', 'borger-help', 'borger-term'],
  channels: ['borger-channels'],
  guide: ['borger-guide'],
  booking: ['borger-booking'],
  help: ['borger-help', 'borger-term'],
};

/** The npm import specifier of an entry. */
export const specifier = (name) => (name === 'borger-widgets' ? 'borger-widgets' : `borger-widgets/${name}`);

/** The CDN autoloader (dist/cdn/autoload.js): defines each widget the first time its tag is on the page. */
export const AUTOLOADER = 'autoload';
