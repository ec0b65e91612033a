// Registers <borger-term> and <borger-help> and nothing else: the CDN file cdn/help.js and the autoloader use this, so a page
// downloads the element, not the pure logic and schemas the npm entry (index.ts) also exports.
// First, before Lit: see core/trusted-types.ts.
import '../core/trusted-types.js';
import { defineElement } from '../core/define.js';
import { BorgerHelp } from './help.element.js';
import { BorgerTerm } from './term.element.js';

defineElement('borger-term', BorgerTerm);
defineElement('borger-help', BorgerHelp);
