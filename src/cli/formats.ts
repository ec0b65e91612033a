// The content formats the checker knows: each one's schema and validator (the widgets' own, never a
// copy), and how a file shows which format it is: its "$schema", or else the fields at its top.
import type * as z from 'zod/mini';
import { BookingContentSchema, validateBookingContent } from '../booking/booking.content.js';
import { BookingSeedSchema, validateBookingSeed } from '../booking/booking-seed.schema.js';
import { ChannelsSchema, validateChannels } from '../channels/channels.schema.js';
import type { Validated } from '../core/validation.js';
import { GuideSchema, validateGuide } from '../guide/guide.schema.js';
import { GlossarySchema, validateGlossary } from '../help/glossary.schema.js';

export type FormatName = 'guide' | 'channels' | 'glossary' | 'booking-seed' | 'booking';

export interface ContentFormatCheck {
  name: FormatName;
  /** The zod schema alone (the shape); `validate` adds the checks across fields. */
  schema: z.ZodMiniType;
  validate: (input: unknown) => Validated<unknown>;
  /** Top-level fields that together mark a file of this format when it names no "$schema". */
  markers: readonly string[];
}

/** In the order shapes are tried: a guide is recognised before anything else. */
export const FORMATS: readonly ContentFormatCheck[] = [
  { name: 'guide', schema: GuideSchema, validate: validateGuide, markers: ['nodes', 'start'] },
  { name: 'channels', schema: ChannelsSchema, validate: validateChannels, markers: ['channels'] },
  { name: 'glossary', schema: GlossarySchema, validate: validateGlossary, markers: ['terms'] },
  { name: 'booking-seed', schema: BookingSeedSchema, validate: validateBookingSeed, markers: ['services', 'locations'] },
  // <borger-booking>'s own content (everything else comes from the booking API).
  { name: 'booking', schema: BookingContentSchema, validate: validateBookingContent, markers: ['privacy'] },
];

/** The JSON Schema file of a format, as published in `borger-widgets/schemas/`. */
export const schemaFileName = (name: FormatName) => `${name}.schema.json`;

export interface Detected {
  format: ContentFormatCheck;
  by: '$schema' | 'shape';
}

const isObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

/** The format of a parsed file, or undefined when neither "$schema" nor the fields tell. */
export function detectFormat(value: unknown): Detected | undefined {
  if (!isObject(value)) return undefined;
  const declared = value.$schema;
  if (typeof declared === 'string') {
    // Any address or relative path, with or without a query: only the file name counts.
    const fileName = declared.split(/[?#]/)[0]?.split(/[/\\]/).pop();
    const format = FORMATS.find((f) => fileName === schemaFileName(f.name));
    if (format) return { format, by: '$schema' };
  }
  const format = FORMATS.find((f) => f.markers.every((field) => Object.hasOwn(value, field)));
  return format && { format, by: 'shape' };
}
