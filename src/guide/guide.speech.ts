// Read-aloud for <borger-guide>, in a chunk of its own: the element loads it after the first question
// shows, and offers "Lyt" once it is there and a voice for the step's language exists.

export { readAloudText } from './guide.read-aloud.js';
export { ReadAloudController } from './guide.read-aloud-controller.js';
