// The npm entry of help in Node, where there is no DOM (a build step, server-side rendering, a script
// using the matcher, field case 16): importing it must not throw, and its pure logic works.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';

describe('borger-widgets/help in Node', () => {
  it('imports without a DOM (the element classes are inert there) and its matcher finds terms', async () => {
    assert.equal(typeof (globalThis as { HTMLElement?: unknown }).HTMLElement, 'undefined');
    const help = await import('../../src/help/index.js');
    assert.equal(typeof help.BorgerTerm, 'function');
    const matcher = help.createMatcher({ terms: [{ id: 'aarsopgoerelse', term: 'årsopgørelse', explanation: 'Oversigt over din skat.' }] });
    const text = 'Se din årsopgørelse.'.normalize('NFD');
    assert.deepEqual(
      matcher.find(text).map((match) => match.termId),
      ['aarsopgoerelse'],
    );
  });
});
