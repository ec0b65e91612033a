// borger-widgets/guide: registers <borger-guide> and exports its class, schema and pure engine.
// First, before Lit (see core/trusted-types.ts): registering the elements.
import './register.js';

export {
  BorgerGuide,
  type GuideActionDetail,
  type GuideCompleteDetail,
  type GuideFeedbackDetail,
  type GuideStepDetail,
} from './guide.element.js';
export * from './guide.engine.js';
export { YES_NO_OPTIONS } from './guide.graph.js';
export { checkGuideGraph } from './guide.graph-check.js';
export { type ReadAloudLabels, type ReadAloudText, readAloudText } from './guide.read-aloud.js';
export { type Edge, edgesOf, reachableFrom, successors } from './guide.routes.js';
export * from './guide.schema.js';
