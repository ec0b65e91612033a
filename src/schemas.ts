// borger-widgets/schemas: the zod (mini) schemas and validators of every content format; no elements, no Lit.
export { ChannelsSchema, validateChannels } from './channels/channels.schema.js';
export { GuideSchema, validateGuide } from './guide/guide.schema.js';
export { GlossarySchema, validateGlossary } from './help/glossary.schema.js';
export { BookingSeedSchema, validateBookingSeed } from './booking/booking-seed.schema.js';
export * from './booking/booking.schema.js';
export { BookingContentSchema, validateBookingContent } from './booking/booking.content.js';
export { LocalizedTextSchema } from './core/localized.js';
export { validate, jsonPath, formatProblems, type Problem, type Validated } from './core/validation.js';
