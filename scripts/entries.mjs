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

/**
 * The source of each CDN file: it only registers the entry's elements (a page loads a CDN file to get
 * its tags; the classes, schemas and pure logic stay in the npm entries).
 */
export const CDN_SOURCES = {
  'borger-widgets': 'src/register.ts',
  channels: 'src/channels/register.ts',
  guide: 'src/guide/register.ts',
  booking: 'src/booking/register.ts',
  help: 'src/help/register.ts',
};

/** The single-widget CDN entries and their sources (every CDN entry but the all-in-one file). */
export const WIDGET_SOURCES = Object.fromEntries(
  CDN_ENTRIES.filter((name) => name !== 'borger-widgets').map((name) => [name, CDN_SOURCES[name]]),
);

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
