// Listens to an event on something outside the element (document, window) only while the element
// is connected, so a removed widget leaves no listeners behind.
import type { ReactiveController, ReactiveControllerHost } from 'lit';

export class ListenerController<K extends string> implements ReactiveController {
  constructor(
    host: ReactiveControllerHost,
    private readonly target: () => EventTarget,
    private readonly type: K,
    private readonly handler: (event: Event) => void,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    this.target().addEventListener(this.type, this.handler);
  }

  hostDisconnected(): void {
    this.target().removeEventListener(this.type, this.handler);
  }
}
