// The package's entries: one list for the npm build, the CDN build, the size report and the pack test.
export const ENTRIES = {
  'borger-widgets': 'src/index.ts',
  channels: 'src/channels/index.ts',
  guide: 'src/guide/index.ts',
  booking: 'src/booking/index.ts',
  schemas: 'src/schemas.ts',
};

/** Entries that register elements (the CDN ships these; `schemas` is for tools and has no elements). */
export const CDN_ENTRIES = Object.keys(ENTRIES).filter((name) => name !== 'schemas');

/** The elements each CDN entry registers. */
export const ENTRY_TAGS = {
  'borger-widgets': ['borger-channels', 'borger-guide', 'borger-booking'],
  channels: ['borger-channels'],
  guide: ['borger-guide'],
  booking: ['borger-booking'],
};

/** The npm import specifier of an entry. */
export const specifier = (name) => (name === 'borger-widgets' ? 'borger-widgets' : `borger-widgets/${name}`);
