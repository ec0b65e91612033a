// Escape closes only the innermost thing (issue 12, kind 3): an explanation inside a modal <dialog>
// (opened with showModal) or an auto popover closes on its own, and the dialog or popover stays; a second
// Escape closes the dialog. A handled Escape press cancels the browser's default action everywhere.
import { expect, fixture, waitUntil } from '@open-wc/testing';
import { resetMouse, sendKeys } from '@web/test-runner-commands';
import { claimEscape, isBehindModal, isUnhandledEscape } from '../../src/core/escape.js';
import '../../src/help/index.js';
import type { BorgerHelp, BorgerTerm, Glossary } from '../../src/help/index.js';
import { buttonOf, focusedIn } from './term-parts.js';

const GLOSSARY: Glossary = {
  terms: [
    {
      id: 'sundhedskort',
      term: 'sundhedskort',
      inflect: true,
      explanation: 'Det gule kort, der viser, at du har ret til gratis læge.',
      link: { href: 'https://example.invalid/sundhedskort', label: 'Læs mere' },
    },
  ],
} as Glossary;

/** A page like field case 08: help around the article, and a second help inside a <dialog> (or popover). */
async function setUp(kind: 'dialog' | 'popover' = 'dialog') {
  const root = await fixture<HTMLDivElement>(document.createElement('div'));
  // Built apart and given its glossary before it joins the page (as the other help tests do).
  const parts = document.createElement('div');
  parts.innerHTML = `<borger-help id="page"><article><p>Husk dit sundhedskort.</p></article></borger-help>
    <button id="opener">Åbn</button>
    ${
      kind === 'dialog'
        ? `<dialog id="box"><borger-help><article><p>Vis dit sundhedskort ved skranken.</p></article></borger-help><button id="close">Luk</button></dialog>`
        : `<div id="box" popover="auto"><borger-help><article><p>Vis dit sundhedskort ved skranken.</p></article></borger-help><button id="close">Luk</button></div>`
    }`;
  const helps = [...parts.querySelectorAll<BorgerHelp>('borger-help')];
  for (const help of helps) help.content = structuredClone(GLOSSARY);
  root.append(...parts.childNodes);
  await waitUntil(() => helps.every((help) => help.querySelector('borger-term')), 'terms were not marked');
  const [outside, inside] = helps.map((help) => help.querySelector<BorgerTerm>('borger-term')!) as [BorgerTerm, BorgerTerm];
  await Promise.all([outside.updateComplete, inside.updateComplete]);
  const box = root.querySelector<HTMLElement>('#box')!;
  const cancels: Event[] = [];
  box.addEventListener('cancel', (event) => cancels.push(event));
  return { root, box, outside, inside, cancels };
}

const isOpen = (box: HTMLElement) => (box instanceof HTMLDialogElement ? box.open : box.matches(':popover-open'));

async function openWithKeyboard(term: BorgerTerm): Promise<void> {
  buttonOf(term).focus();
  await sendKeys({ press: 'Enter' });
  await term.updateComplete;
  expect(term.open).to.equal(true);
}

async function pressEscape(term: BorgerTerm): Promise<void> {
  await sendKeys({ press: 'Escape' });
  await term.updateComplete;
}

describe('Escape inside a modal <dialog>', () => {
  afterEach(async () => {
    await resetMouse();
    for (const dialog of document.querySelectorAll('dialog')) dialog.close();
  });

  it('closes only the explanation (focus on the word); a second Escape closes the dialog', async () => {
    const { box, inside, cancels } = await setUp();
    (box as HTMLDialogElement).showModal();
    await openWithKeyboard(inside);
    await pressEscape(inside);
    expect(inside.open, 'explanation closed').to.equal(false);
    expect(isOpen(box), 'dialog still open').to.equal(true);
    expect(cancels, 'no cancel event on the dialog').to.have.length(0);
    expect(focusedIn(inside)).to.equal(buttonOf(inside));

    await sendKeys({ press: 'Escape' });
    await waitUntil(() => !isOpen(box), 'the second Escape did not close the dialog');
    expect(cancels).to.have.length(1);
  });

  it('closes only the explanation when focus is elsewhere in the dialog (opened by pointer)', async () => {
    const { root, box, inside, cancels } = await setUp();
    (box as HTMLDialogElement).showModal();
    // Focus first, then the click: showModal focuses the first focusable element (Firefox: the word),
    // and focus moving away from an explanation closes it by design.
    const close = root.querySelector<HTMLButtonElement>('#close')!;
    close.focus();
    buttonOf(inside).click();
    await inside.updateComplete;
    expect(inside.open).to.equal(true);
    await pressEscape(inside);
    expect(inside.open).to.equal(false);
    expect(isOpen(box)).to.equal(true);
    expect(cancels).to.have.length(0);
    // Focus elsewhere is not taken.
    expect(document.activeElement).to.equal(close);
  });

  it('with focus inside the explanation (its link), Escape closes it, not the dialog', async () => {
    const { box, inside } = await setUp();
    (box as HTMLDialogElement).showModal();
    await openWithKeyboard(inside);
    await sendKeys({ press: 'Tab' });
    expect(focusedIn(inside)?.getAttribute('part')).to.equal('link');
    await pressEscape(inside);
    expect(inside.open).to.equal(false);
    expect(isOpen(box)).to.equal(true);
  });

  it('an explanation left open behind a dialog opened since does not keep the dialog from closing', async () => {
    const { box, outside, cancels } = await setUp();
    buttonOf(outside).click();
    await outside.updateComplete;
    expect(outside.open).to.equal(true);
    (box as HTMLDialogElement).showModal();
    (box.querySelector('#close') as HTMLElement).focus();
    await pressEscape(outside);
    await waitUntil(() => !isOpen(box), 'the dialog did not close');
    expect(cancels).to.have.length(1);
    expect(outside.open).to.equal(false);
  });

  it('an Escape press the page handled first (preventDefault) is left alone', async () => {
    const { box, inside } = await setUp();
    (box as HTMLDialogElement).showModal();
    (box.querySelector('#close') as HTMLElement).focus(); // before the click: see above
    buttonOf(inside).click();
    await inside.updateComplete;
    expect(inside.open).to.equal(true);
    const pageHandler = (event: KeyboardEvent) => event.preventDefault();
    document.addEventListener('keydown', pageHandler, true);
    try {
      await pressEscape(inside);
      expect(inside.open).to.equal(true);
    } finally {
      document.removeEventListener('keydown', pageHandler, true);
    }
  });
});

describe('Escape inside an auto popover', () => {
  it('closes only the explanation; the popover stays until the next Escape', async () => {
    const { box, inside } = await setUp('popover');
    box.showPopover();
    await openWithKeyboard(inside);
    await pressEscape(inside);
    expect(inside.open).to.equal(false);
    expect(isOpen(box)).to.equal(true);
    await sendKeys({ press: 'Escape' });
    await waitUntil(() => !isOpen(box), 'the second Escape did not close the popover');
  });
});

describe('core/escape', () => {
  const press = (key: string, init: KeyboardEventInit = {}) =>
    new KeyboardEvent('keydown', { key, cancelable: true, bubbles: true, ...init });

  it('isUnhandledEscape: only an Escape nobody handled, and not while an IME composes', () => {
    expect(isUnhandledEscape(press('Escape'))).to.equal(true);
    expect(isUnhandledEscape(press('Enter'))).to.equal(false);
    expect(isUnhandledEscape(press('Escape', { isComposing: true }))).to.equal(false);
    const handled = press('Escape');
    handled.preventDefault();
    expect(isUnhandledEscape(handled)).to.equal(false);
  });

  it('claimEscape cancels the default action and, when asked, stops the event', () => {
    const outer = document.createElement('div');
    const inner = document.createElement('button');
    outer.append(inner);
    const seen: string[] = [];
    outer.addEventListener('keydown', () => seen.push('outer'));
    inner.addEventListener('keydown', (event) => claimEscape(event, { stop: true }));
    const event = press('Escape');
    inner.dispatchEvent(event);
    expect(event.defaultPrevented).to.equal(true);
    expect(seen).to.deep.equal([]);
    const second = press('Escape');
    const other = document.createElement('span');
    other.addEventListener('keydown', (e) => claimEscape(e));
    outer.append(other);
    other.dispatchEvent(second);
    expect(second.defaultPrevented).to.equal(true);
    expect(seen).to.deep.equal(['outer']);
  });

  it('isBehindModal: true only for nodes outside the open modal dialog, through shadow roots', async () => {
    const root = await fixture<HTMLDivElement>(document.createElement('div'));
    root.innerHTML = '<p id="out">x</p><dialog><div id="host"></div></dialog>';
    const dialog = root.querySelector('dialog')!;
    const shadow = root.querySelector('#host')!.attachShadow({ mode: 'open' });
    shadow.innerHTML = '<span>in</span>';
    const out = root.querySelector('#out')!;
    const deep = shadow.querySelector('span')!;
    expect([isBehindModal(out), isBehindModal(deep)]).to.deep.equal([false, false]);
    dialog.showModal();
    expect([isBehindModal(out), isBehindModal(deep)]).to.deep.equal([true, false]);
    dialog.close();
    dialog.show(); // not modal: nothing is inert
    expect(isBehindModal(out)).to.equal(false);
    dialog.close();
  });
});
