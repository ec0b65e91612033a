// Registers every element and nothing else: the CDN file cdn/borger-widgets.js. The npm entry
// (index.ts) also exports every class, schema and piece of pure logic.
import './channels/register.js';
import './guide/register.js';
import './booking/register.js';
import './help/register.js';
