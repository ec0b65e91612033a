// borger-widgets: registers every element and exports their classes, types and schemas.
// First, before Lit: see core/trusted-types.ts.
import './core/trusted-types.js';

export * from './channels/index.js';
export * from './guide/index.js';
export * from './booking/index.js';
export * from './help/index.js';
export { defineElement } from './core/define.js';
export { VERSION } from './core/version.js';
export type { BorgerErrorDetail } from './core/events.js';
export type { LocalizedText } from './core/localized.js';
export type { Problem } from './core/validation.js';
