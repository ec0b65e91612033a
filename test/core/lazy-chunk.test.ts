// The lazy-chunk helper: one download shared by every caller, the module kept once it arrived, a retry
// after a failure, and the "it takes time" callback only while the chunk is still on its way.
import { expect, waitUntil } from '@open-wc/testing';
import { lazyChunk, whenSlow } from '../../src/core/lazy-chunk.js';
import { deferred } from './deferred.js';

describe('lazyChunk', () => {
  it('downloads once for every caller and keeps the module', async () => {
    let calls = 0;
    const arrival = deferred<{ answer: number }>();
    const chunk = lazyChunk(() => {
      calls++;
      return arrival.promise;
    });
    expect(chunk.module).to.equal(undefined);
    expect(calls, 'nothing loads before it is asked for').to.equal(0);
    const first = chunk.load();
    const second = chunk.load();
    expect(calls).to.equal(1);
    arrival.resolve({ answer: 42 });
    expect((await first).answer).to.equal(42);
    expect(await second).to.equal(await first);
    expect(chunk.module?.answer).to.equal(42);
    await chunk.load();
    expect(calls).to.equal(1);
  });

  it('rejects with the browser’s error when the chunk fails, and tries again on the next load', async () => {
    let calls = 0;
    const chunk = lazyChunk<{ answer: number }>(() => {
      calls++;
      return calls === 1 ? Promise.reject(new TypeError('Failed to fetch dynamically imported module')) : Promise.resolve({ answer: 7 });
    });
    let error: unknown;
    await chunk.load().catch((e: unknown) => {
      error = e;
    });
    expect((error as Error).message).to.include('Failed to fetch');
    expect(chunk.module).to.equal(undefined);
    expect((await chunk.load()).answer).to.equal(7);
    expect(calls).to.equal(2);
  });

  it('useImporter replaces the download and forgets the module loaded so far', async () => {
    const chunk = lazyChunk(() => Promise.resolve({ from: 'first' }));
    await chunk.load();
    chunk.useImporter(() => Promise.resolve({ from: 'second' }));
    expect(chunk.module).to.equal(undefined);
    expect((await chunk.load()).from).to.equal('second');
  });
});

describe('whenSlow', () => {
  it('calls back once while the promise is still pending after the wait', async () => {
    const arrival = deferred<string>();
    let slow = 0;
    const same = whenSlow(arrival.promise, () => slow++, 10);
    expect(same).to.equal(arrival.promise);
    await waitUntil(() => slow === 1, 'no callback for a chunk still on its way');
    arrival.resolve('here');
    expect(await same).to.equal('here');
    expect(slow).to.equal(1);
  });

  it('stays quiet when the promise settles first, resolved or rejected', async () => {
    let slow = 0;
    await whenSlow(Promise.resolve(1), () => slow++, 10);
    await whenSlow(Promise.reject(new Error('gone')), () => slow++, 10).catch(() => undefined);
    // Past the wait: a timer left behind would have called by now.
    await new Promise((done) => setTimeout(done, 30));
    expect(slow).to.equal(0);
  });
});
