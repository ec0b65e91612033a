// borger-widgets/channels: registers <borger-channels> and exports its class, schema and pure logic.
// First, before Lit: see core/trusted-types.ts.
import '../core/trusted-types.js';
import { defineElement } from '../core/define.js';
import { BorgerChannels } from './channels.element.js';

defineElement('borger-channels', BorgerChannels);

export { BorgerChannels, type ChannelSelectDetail, type ChannelAction } from './channels.element.js';
export * from './channels.schema.js';
export { danishHolidays, holidayOn, type Holiday } from './holidays.js';
export { openingState, dayHours, type OpeningState, type OpeningOptions, type OpeningReason, type DayHours } from './opening-hours.js';
export { rankChannels, rankTaskChannels, type RankedChannel, type ChannelRanking } from './channels.ranking.js';
export { describeStatus, nextChange, type StatusDescription } from './status.js';
