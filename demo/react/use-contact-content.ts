// Loads the channels content once with fetch. The raw JSON goes to <borger-channels> as its `content`
// property (the element validates it and reports problems itself); the validated copy gives React the tasks.
import { useEffect, useState } from 'react';
import { type Task, validateChannels } from '../../src/channels/index.js';

export type ContactContent =
  | { status: 'loading' }
  | { status: 'ready'; raw: unknown; tasks: Task[] }
  | { status: 'invalid'; raw: unknown }
  | { status: 'failed' };

export function useContactContent(url: string): ContactContent {
  const [state, setState] = useState<ContactContent>({ status: 'loading' });
  useEffect(() => {
    const controller = new AbortController();
    fetch(url, { signal: controller.signal, headers: { Accept: 'application/json' } })
      .then((response) => (response.ok ? response.json() : Promise.reject(new Error(`${url}: HTTP ${response.status}`))))
      .then((raw: unknown) => {
        const checked = validateChannels(raw);
        setState(checked.ok ? { status: 'ready', raw, tasks: checked.value.tasks ?? [] } : { status: 'invalid', raw });
      })
      .catch((error: unknown) => {
        if (controller.signal.aborted) return;
        console.error(`React demo: could not load ${url}.`, error);
        setState({ status: 'failed' });
      });
    return () => controller.abort();
  }, [url]);
  return state;
}
