// borger-widgets/schemas: the zod (mini) schemas and validators of every content format; no elements, no Lit.

export { BookingContentSchema, validateBookingContent } from './booking/booking.content.js';
export * from './booking/booking.schema.js';
export { BookingSeedSchema, validateBookingSeed } from './booking/booking-seed.schema.js';
export { ChannelsSchema, validateChannels } from './channels/channels.schema.js';
export { LocalizedTextSchema } from './core/localized.schema.js';
export { formatProblems, jsonPath, type Problem, type Validated, validate } from './core/validation.js';
export { GuideSchema, validateGuide } from './guide/guide.schema.js';
export { GlossarySchema, validateGlossary } from './help/glossary.schema.js';
