import { expect } from '@open-wc/testing';
import { defineElement } from '../../src/core/define.js';
import { nextTask } from '../../src/core/next-task.js';

let count = 0;
const uniqueTag = () => `borger-define-test-${++count}`;

describe('defineElement', () => {
  afterEach(() => {
    globalThis.__BORGER_DEFINE_LATER__ = undefined;
  });

  it('defines at once by default (npm entries)', () => {
    const tag = uniqueTag();
    defineElement(tag, class extends HTMLElement {});
    expect(customElements.get(tag)).to.exist;
  });

  it('in the CDN files, defines in the task after the code ran, in order, upgrading elements already on the page', async () => {
    globalThis.__BORGER_DEFINE_LATER__ = true;
    const first = uniqueTag();
    const second = uniqueTag();
    const upgraded: string[] = [];
    const waiting = document.createElement(second);
    document.body.append(waiting);
    try {
      defineElement(
        first,
        class extends HTMLElement {
          connectedCallback() {
            upgraded.push(first);
          }
        },
      );
      defineElement(
        second,
        class extends HTMLElement {
          connectedCallback() {
            // The earlier definition is already there when a later element upgrades.
            upgraded.push(`${second} sees ${customElements.get(first) ? 'first' : 'nothing'}`);
          }
        },
      );
      await Promise.resolve();
      expect(customElements.get(first), 'not within the same task').to.equal(undefined);
      expect(waiting.matches(':defined')).to.equal(false);
      await nextTask();
      await nextTask();
      expect(customElements.get(first)).to.exist;
      expect(customElements.get(second)).to.exist;
      expect(upgraded).to.deep.equal([`${second} sees first`]);
    } finally {
      waiting.remove();
    }
  });

  it('keeps an earlier definition of the same tag (a second copy on the page), also when deferred', async () => {
    const tag = uniqueTag();
    class Kept extends HTMLElement {}
    defineElement(tag, Kept);
    globalThis.__BORGER_DEFINE_LATER__ = true;
    defineElement(tag, class extends HTMLElement {});
    await nextTask();
    await nextTask();
    expect(customElements.get(tag)).to.equal(Kept);
  });
});
