// What every app shares: the content, the hooks the test drives, and the import of the widget script
// (at once, or with `?late` after the framework's first render).
import content from './kontakt.json';

export { content };
export const late = new URLSearchParams(location.search).has('late');
export const events = [];
export const record = (event) => events.push(`${event.type}:${event.detail?.channel ?? ''}`);

/** Loads the widget script now, or after the first render with `?late`. */
export async function loadWidgets(render) {
  if (!late) await import('borger-widgets/channels');
  render();
  if (late) {
    await new Promise((resolve) => setTimeout(resolve, 300));
    await import('borger-widgets/channels');
  }
}

/** The test drives each app through these. */
export function expose(app) {
  window.__app = { ...app, events };
}
