// `history` (a URL fragment per step, the browser's Back, shared links) and `persist` (sessionStorage).
import { expect, oneEvent } from '@open-wc/testing';
import { storageKey } from '../../src/guide/guide.url-state.js';
import type { BorgerGuide } from '../../src/guide/index.js';
import { answerWith, demoJson, guideEl, inputFor, part, root, stepHeading, stepTitle } from './helpers.js';

const pas = () => demoJson('guide-pas');
const KEY = storageKey('nyt-pas');

/** Goes one entry back in the session history and waits for the guide to show it. */
async function browserBack(element: BorgerGuide): Promise<void> {
  const popped = oneEvent(window, 'popstate');
  history.back();
  await popped;
  await element.updateComplete;
}

describe('<borger-guide history>', () => {
  let original: string;
  beforeEach(() => {
    original = location.href;
    // A guard entry of this very page: should a Back ever go one step too far, it lands here (and the
    // assertions fail) instead of leaving the test page for about:blank and aborting the whole file.
    history.pushState(null, '', original);
  });
  afterEach(() => {
    history.replaceState(null, '', original);
  });

  const setFragment = (fragment: string) => history.replaceState(null, '', `${location.pathname}${location.search}${fragment}`);

  it('writes each step into the fragment and keeps the other keys in it, but never copies a manage token into a new entry', async () => {
    setFragment('#booking=b1&token=t%2B1&x=1');
    const element = await guideEl(pas(), { history: '' });
    expect(location.hash, 'nothing is written before the citizen answers').to.equal('#booking=b1&token=t%2B1&x=1');
    const length = history.length;
    await answerWith(element, 'mig');
    expect(location.hash).to.equal('#booking=b1&x=1&guide=nyt-pas&guide.path=hvem.gammelt&guide.a.hvem=mig');
    expect(history.length).to.equal(length + 1);
    await answerWith(element, 'ja');
    expect(location.hash).to.equal('#booking=b1&x=1&guide=nyt-pas&guide.path=hvem.gammelt.foto&guide.a.hvem=mig&guide.a.gammelt=ja');
  });

  it("goes to the previous step with the browser's Back, the answers still chosen", async () => {
    setFragment('');
    const element = await guideEl(pas(), { history: '' });
    await answerWith(element, 'mig');
    await answerWith(element, 'ja');
    expect(stepTitle(element)).to.equal('Hvordan vil du have foto til passet?');

    await browserBack(element);
    expect(stepTitle(element)).to.equal('Har du det gamle pas?');
    expect(inputFor(element, 'ja')!.checked).to.equal(true);
    expect(root(element).activeElement).to.equal(stepHeading(element));

    await browserBack(element);
    expect(stepTitle(element)).to.equal('Hvem skal have pas?');
    expect(inputFor(element, 'mig')!.checked).to.equal(true);

    const forward = oneEvent(window, 'popstate');
    history.forward();
    await forward;
    await element.updateComplete;
    expect(stepTitle(element)).to.equal('Har du det gamle pas?');
  });

  it('"Tilbage" is the browser\'s Back: no new entry, and Forward then goes forward again (WCAG 3.2.3)', async () => {
    setFragment('');
    const element = await guideEl(pas(), { history: '' });
    await answerWith(element, 'mig');
    await answerWith(element, 'ja');
    const length = history.length;
    const popped = oneEvent(window, 'popstate');
    part(element, 'back')!.click();
    await popped;
    await element.updateComplete;
    expect(stepTitle(element)).to.equal('Har du det gamle pas?');
    expect(history.length, 'no entry was pushed').to.equal(length);
    expect(root(element).activeElement).to.equal(stepHeading(element));
    expect(inputFor(element, 'ja')!.checked).to.equal(true);
    // The browser's Back goes further back, never forward.
    await browserBack(element);
    expect(stepTitle(element)).to.equal('Hvem skal have pas?');
    const forward = oneEvent(window, 'popstate');
    history.forward();
    await forward;
    await element.updateComplete;
    expect(stepTitle(element)).to.equal('Har du det gamle pas?');
  });

  it('restores the state from a shared link', async () => {
    setFragment('#guide=nyt-pas&guide.path=hvem.gammelt.foto&guide.a.hvem=mig&guide.a.gammelt=ja');
    const element = await guideEl(pas(), { history: '' });
    expect(stepTitle(element)).to.equal('Hvordan vil du have foto til passet?');
    expect(root(element).activeElement, 'a restored guide does not take focus from the page').to.equal(null);
    part(element, 'back')!.click();
    await element.updateComplete;
    expect(inputFor(element, 'ja')!.checked).to.equal(true);
  });

  it('ignores garbage, and keeps the part of a link that the guide still allows', async () => {
    setFragment('#guide=nyt-pas&guide.path=hvem.gammelt&guide.a.hvem=%3Cscript%3E');
    const garbage = await guideEl(pas(), { history: '' });
    expect(stepTitle(garbage)).to.equal('Hvem skal have pas?');
    expect(garbage.state!.answers).to.deep.equal({});

    // "foto" cannot follow "hvem": the walk stops at "hvem", with its valid answer remembered.
    setFragment('#guide=nyt-pas&guide.path=hvem.foto&guide.a.hvem=mig');
    const partly = await guideEl(pas(), { history: '' });
    expect(stepTitle(partly)).to.equal('Hvem skal have pas?');
    expect(inputFor(partly, 'mig')!.checked).to.equal(true);

    setFragment('#guide=nyt-pas&guide.path=%E2%80%A6&&&=');
    expect(stepTitle(await guideEl(pas(), { history: '' }))).to.equal('Hvem skal have pas?');
  });

  it("leaves another guide's state alone", async () => {
    setFragment('#guide=flyt-adresse&guide.path=hvornaar.hvor-laenge&guide.a.hvornaar=flyttet');
    const element = await guideEl(pas(), { history: '' });
    expect(stepTitle(element)).to.equal('Hvem skal have pas?');
    expect(location.hash).to.equal('#guide=flyt-adresse&guide.path=hvornaar.hvor-laenge&guide.a.hvornaar=flyttet');
  });

  it('without `history`, neither reads nor writes the URL', async () => {
    setFragment('#guide=nyt-pas&guide.path=hvem.gammelt&guide.a.hvem=mig');
    const element = await guideEl(pas());
    expect(stepTitle(element)).to.equal('Hvem skal have pas?');
    await answerWith(element, 'barn');
    expect(location.hash).to.equal('#guide=nyt-pas&guide.path=hvem.gammelt&guide.a.hvem=mig');
  });

  it('"Start forfra" leaves a clean fragment', async () => {
    setFragment('#booking=b1');
    const element = await guideEl(pas(), { history: '' });
    await answerWith(element, 'mig');
    element.restart();
    await element.updateComplete;
    expect(location.hash).to.equal('#booking=b1');
  });
});

describe('<borger-guide persist>', () => {
  let original: string;
  beforeEach(() => {
    original = location.href;
    sessionStorage.removeItem(KEY);
  });
  afterEach(() => {
    sessionStorage.removeItem(KEY);
    history.replaceState(null, '', original);
  });

  it('keeps answers and path in sessionStorage and restores them after a reload', async () => {
    const first = await guideEl(pas(), { persist: '' });
    await answerWith(first, 'mig');
    await answerWith(first, 'ja');
    expect(JSON.parse(sessionStorage.getItem(KEY)!)).to.deep.equal({
      guideId: 'nyt-pas',
      answers: { hvem: 'mig', gammelt: 'ja' },
      path: ['hvem', 'gammelt', 'foto'],
    });
    first.remove();

    const again = await guideEl(pas(), { persist: '' });
    expect(stepTitle(again)).to.equal('Hvordan vil du have foto til passet?');
    part(again, 'back')!.click();
    await again.updateComplete;
    expect(inputFor(again, 'ja')!.checked).to.equal(true);
  });

  it('forgets the progress on "Start forfra"', async () => {
    const element = await guideEl(pas(), { persist: '' });
    await answerWith(element, 'mig');
    element.restart();
    await element.updateComplete;
    const fresh = await guideEl(pas(), { persist: '' });
    expect(stepTitle(fresh)).to.equal('Hvem skal have pas?');
    expect(fresh.state!.answers).to.deep.equal({});
  });

  it('ignores garbage and other guides in storage, and does not restore without `persist`', async () => {
    sessionStorage.setItem(KEY, '{"guideId":"nyt-pas","answers":{"hvem":["mig",1]},"path":["hvem"]');
    expect(stepTitle(await guideEl(pas(), { persist: '' }))).to.equal('Hvem skal have pas?');
    sessionStorage.setItem(KEY, JSON.stringify({ guideId: 'flyt-adresse', answers: {}, path: ['hvornaar'] }));
    expect(stepTitle(await guideEl(pas(), { persist: '' }))).to.equal('Hvem skal have pas?');
    sessionStorage.setItem(KEY, JSON.stringify({ guideId: 'nyt-pas', answers: { hvem: 'mig' }, path: ['hvem', 'gammelt'] }));
    expect(stepTitle(await guideEl(pas()))).to.equal('Hvem skal have pas?');
    expect(stepTitle(await guideEl(pas(), { persist: '' }))).to.equal('Har du det gamle pas?');
  });

  it('with `history` too, writes the restored step into the URL; a link in the URL wins over storage', async () => {
    history.replaceState(null, '', `${location.pathname}${location.search}`);
    sessionStorage.setItem(KEY, JSON.stringify({ guideId: 'nyt-pas', answers: { hvem: 'mig' }, path: ['hvem', 'gammelt'] }));
    await guideEl(pas(), { persist: '', history: '' });
    expect(location.hash).to.equal('#guide=nyt-pas&guide.path=hvem.gammelt&guide.a.hvem=mig');

    history.replaceState(null, '', `${location.pathname}${location.search}#guide=nyt-pas&guide.path=hvem.barn-info&guide.a.hvem=barn`);
    const fromLink = await guideEl(pas(), { persist: '', history: '' });
    expect(stepTitle(fromLink)).to.equal('Barnet skal selv komme med');
  });
});
