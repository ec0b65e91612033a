// Giving the main thread back between two pieces of work, so no single task grows long (a tap waits
// for the task under way to finish): the second piece runs in a task of its own.

interface Scheduler {
  yield?: () => Promise<void>;
}

/**
 * Resolves in a new task. `scheduler.yield()` where the browser has it (the continuation keeps its
 * place ahead of other queued work), else a message to self (not setTimeout, which nested timers
 * clamp to 4 ms).
 */
export function nextTask(): Promise<void> {
  const scheduler = (globalThis as { scheduler?: Scheduler }).scheduler;
  if (typeof scheduler?.yield === 'function') return scheduler.yield();
  return new Promise((done) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => {
      channel.port1.close();
      done();
    };
    channel.port2.postMessage(undefined);
  });
}
