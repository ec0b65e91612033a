// borger-widgets/booking: registers <borger-booking> and exports its class, providers, schemas and pure logic.
// First, before Lit (see core/trusted-types.ts): registering the elements.
import './register.js';

export { type PublicBooking, publicBooking } from './booking.actions.js';
export {
  type BookingContent,
  BookingContentSchema,
  type BookingPhone,
  BookingPhoneSchema,
  validateBookingContent,
} from './booking.content.js';
export { type BookingChangeDetail, type BookingErrorEventDetail, type BookingStepDetail, BorgerBooking } from './booking.element.js';
export {
  BOOK_STEPS,
  type BookingStep,
  type BookStep,
  type Details,
  type DetailsProblem,
  detailsProblems,
  type FlowAction,
  type FlowState,
  initialFlow,
  MANAGE_STEPS,
  type ManageStep,
  manageFlow,
  manageFragment,
  parseManageFragment,
} from './booking.flow.js';
export { reduceFlow } from './booking.later-flow.js';
export * from './booking.schema.js';
export { freeSlotsByDay, groupByPartOfDay, type IsoMonth, keyTarget, monthGrid, type PartOfDay, partOfDay } from './calendar.js';
export { CheckedBookingProvider } from './checked-provider.js';
export { type FetchFunction, HttpBookingProvider, type HttpBookingProviderOptions } from './http-provider.js';
export { type IcsEvent, icsCalendar } from './ics.js';
export { SubmissionKey } from './idempotency.js';
export { BookingError, type BookingErrorCode, type BookingProvider, type CreatedBooking, isBookingError } from './provider.js';
