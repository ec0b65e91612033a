// borger-widgets/channels: registers <borger-channels> and exports its class, schema and pure logic.
// First, before Lit (see core/trusted-types.ts): registering the elements.
import './register.js';

export { BorgerChannels, type ChannelAction, type ChannelSelectDetail } from './channels.element.js';
export { type ChannelRanking, type RankedChannel, rankChannels, rankTaskChannels } from './channels.ranking.js';
export * from './channels.schema.js';
export { danishHolidays, type Holiday, holidayOn } from './holidays.js';
export { type DayHours, dayHours, type OpeningOptions, type OpeningReason, type OpeningState, openingState } from './opening-hours.js';
export { describeStatus, nextChange, type StatusDescription } from './status.js';
