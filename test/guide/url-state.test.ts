import { expect } from '@open-wc/testing';
import type { GuideState } from '../../src/guide/guide.engine.js';
import {
  forget,
  fragmentWith,
  guideIdInFragment,
  loadSaved,
  save,
  stateFromFragment,
  storageKey,
} from '../../src/guide/guide.url-state.js';

const STATE: GuideState = { guideId: 'nyt-pas', answers: { hvem: 'mig', forhold: ['alene', 'flere'] }, path: ['hvem', 'gammelt'] };
const OURS = 'guide=nyt-pas&guide.path=hvem.gammelt&guide.a.hvem=mig&guide.m.forhold=alene.flere';

/** A Storage that fails like a full or blocked one. */
const brokenStorage = {
  getItem: () => {
    throw new Error('blocked');
  },
  setItem: () => {
    throw new DOMException('full', 'QuotaExceededError');
  },
  removeItem: () => {
    throw new Error('blocked');
  },
} as unknown as Storage;

describe('guide URL and storage state', () => {
  it("puts the state after the page's other fragment keys, untouched", () => {
    expect(fragmentWith('', STATE)).to.equal(`#${OURS}`);
    expect(fragmentWith('#booking=b1&token=a%2Bb', STATE)).to.equal(`#booking=b1&token=a%2Bb&${OURS}`);
  });

  it("replaces the guide's old keys, and drops a bare anchor", () => {
    const old = '#guide=nyt-pas&booking=b1&guide.path=hvem&guide.a.x=y&guide.m.z=q';
    expect(fragmentWith(old, STATE)).to.equal(`#booking=b1&${OURS}`);
    expect(fragmentWith('#main', STATE)).to.equal(`#${OURS}`);
  });

  it('writes no guide keys for the bare start', () => {
    expect(fragmentWith(`#booking=b1&${OURS}`, { guideId: 'nyt-pas', answers: {}, path: ['hvem'] })).to.equal('#booking=b1');
    expect(fragmentWith(`#${OURS}`, undefined)).to.equal('');
  });

  it("reads this guide's state only", () => {
    expect(guideIdInFragment(`#booking=b1&${OURS}`)).to.equal('nyt-pas');
    expect(guideIdInFragment('#booking=b1')).to.equal(undefined);
    expect(stateFromFragment(`#booking=b1&${OURS}`, 'nyt-pas')).to.deep.equal(STATE);
    expect(stateFromFragment(`#${OURS}`, 'flyt-adresse')).to.equal(undefined);
    expect(stateFromFragment('#guide=nyt-pas&guide.path=%ZZ', 'nyt-pas')).to.equal(undefined);
    expect(guideIdInFragment('#guide=%ZZ')).to.equal(undefined);
  });

  it('saves, loads and forgets by guide id, and survives broken storage', () => {
    const storage = sessionStorage;
    save(storage, STATE);
    expect(JSON.parse(storage.getItem(storageKey('nyt-pas'))!)).to.deep.equal(STATE);
    expect(loadSaved(storage, 'nyt-pas')).to.deep.equal(STATE);
    expect(loadSaved(storage, 'flyt-adresse')).to.equal(undefined);
    forget(storage, 'nyt-pas');
    expect(loadSaved(storage, 'nyt-pas')).to.equal(undefined);

    expect(() => save(brokenStorage, STATE)).not.to.throw();
    expect(loadSaved(brokenStorage, 'nyt-pas')).to.equal(undefined);
    expect(() => forget(brokenStorage, 'nyt-pas')).not.to.throw();
    expect(loadSaved(undefined, 'nyt-pas')).to.equal(undefined);
  });
});
