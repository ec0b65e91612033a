// Registers <borger-booking> and nothing else: the CDN file cdn/booking.js and the autoloader use this, so a page
// downloads the element, not the pure logic and schemas the npm entry (index.ts) also exports.
// First, before Lit: see core/trusted-types.ts.
import '../core/trusted-types.js';
import { defineElement } from '../core/define.js';
import { BorgerBooking } from './booking.element.js';

defineElement('borger-booking', BorgerBooking);
