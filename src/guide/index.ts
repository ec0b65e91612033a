// borger-widgets/guide: registers <borger-guide> and exports its class, schema and pure engine.
// First, before Lit: see core/trusted-types.ts.
import '../core/trusted-types.js';
import { defineElement } from '../core/define.js';
import { BorgerGuide } from './guide.element.js';

defineElement('borger-guide', BorgerGuide);

export {
  BorgerGuide,
  type GuideActionDetail,
  type GuideCompleteDetail,
  type GuideFeedbackDetail,
  type GuideStepDetail,
} from './guide.element.js';
export * from './guide.engine.js';
export { checkGuideGraph, type Edge, edgesOf, reachableFrom, successors, YES_NO_OPTIONS } from './guide.graph.js';
export { type ReadAloudLabels, type ReadAloudText, readAloudText } from './guide.read-aloud.js';
export * from './guide.schema.js';
