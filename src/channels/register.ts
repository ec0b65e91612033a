// Registers <borger-channels> and nothing else: the CDN file cdn/channels.js and the autoloader use this, so a page
// downloads the element, not the pure logic and schemas the npm entry (index.ts) also exports.
// First, before Lit: see core/trusted-types.ts.
import '../core/trusted-types.js';
import { defineElement } from '../core/define.js';
import { BorgerChannels } from './channels.element.js';

defineElement('borger-channels', BorgerChannels);
