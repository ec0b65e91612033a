// The borger-* elements in React 19's JSX types. React 19 sets a prop as a property when the element
// has one (so `content`, `task`, `service` are properties, objects included), else as an attribute;
// a prop `on<event-name>` adds a listener for the event of that exact name.
import type { HTMLAttributes, Key, Ref } from 'react';
import type {
  BookingChangeDetail,
  BookingErrorEventDetail,
  BookingProvider,
  BookingStepDetail,
  BorgerBooking,
} from '../../src/booking/index.js';
import type { BorgerChannels, ChannelSelectDetail } from '../../src/channels/index.js';
import type { BorgerErrorDetail } from '../../src/core/events.js';
import type { BorgerGuide, GuideActionDetail, GuideCompleteDetail, GuideFeedbackDetail, GuideStepDetail } from '../../src/guide/index.js';

type Handler<D> = (event: CustomEvent<D>) => void;

/** What every content-driven element accepts (BorgerContentElement). */
interface ContentProps {
  /** Content as a JS object (property); validated by the element. */
  content?: unknown;
  /** URL of the content JSON. */
  src?: string;
  fallbackPhone?: string;
  fallbackHref?: string;
  'onborger-error'?: Handler<BorgerErrorDetail>;
}

/** React's own props for a custom element: `class` (not className), `ref`, `key`, the usual HTML attributes. */
type ElementProps<E extends HTMLElement, Own> = Omit<HTMLAttributes<E>, keyof Own | 'className'> &
  Own & { class?: string; ref?: Ref<E>; key?: Key };

export interface BorgerChannelsProps extends ContentProps {
  task?: string;
  now?: string;
  closingSoon?: number;
  headingLevel?: number;
  'onborger-channel-select'?: Handler<ChannelSelectDetail>;
}

export interface BorgerBookingProps extends ContentProps {
  api?: string;
  provider?: BookingProvider;
  service?: string;
  location?: string;
  now?: string;
  bookingId?: string;
  token?: string;
  manageFromUrl?: boolean;
  manageHref?: string;
  headingLevel?: number;
  'onborger-booking-step'?: Handler<BookingStepDetail>;
  'onborger-booking-confirmed'?: Handler<BookingChangeDetail>;
  'onborger-booking-cancelled'?: Handler<BookingChangeDetail>;
  'onborger-booking-rescheduled'?: Handler<BookingChangeDetail>;
  'onborger-booking-error'?: Handler<BookingErrorEventDetail>;
}

export interface BorgerGuideProps extends ContentProps {
  history?: boolean;
  persist?: boolean;
  helpService?: string;
  headingLevel?: number;
  'onborger-guide-step'?: Handler<GuideStepDetail>;
  'onborger-guide-complete'?: Handler<GuideCompleteDetail>;
  'onborger-guide-action'?: Handler<GuideActionDetail>;
  'onborger-guide-feedback'?: Handler<GuideFeedbackDetail>;
}

declare module 'react' {
  namespace JSX {
    interface IntrinsicElements {
      'borger-channels': ElementProps<BorgerChannels, BorgerChannelsProps>;
      'borger-booking': ElementProps<BorgerBooking, BorgerBookingProps>;
      'borger-guide': ElementProps<BorgerGuide, BorgerGuideProps>;
    }
  }
}
