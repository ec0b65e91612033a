// One resolved locale per element, in <borger-guide>: for a tag it has no texts for, the guide renders
// exactly as for the language it falls back to, marks included.
import { expect } from '@open-wc/testing';
import { BorgerGuide } from '../../src/guide/index.js';
import { rendering, rendersAsItsFallback } from '../core/lang-marks.js';
import { demoJson, guideEl } from './helpers.js';

describe('<borger-guide> languages', () => {
  // Read-aloud's code and the code for moving on (with the "Brug for hjælp?" ladder) are there before the
  // guides are made, so every one renders "Lyt" (or not) and the ladder alike.
  before(() => Promise.all([BorgerGuide.chunks.readAloud.load(), BorgerGuide.chunks.later.load()]));

  rendersAsItsFallback((lang) => guideEl(demoJson('guide-pas'), { lang }));

  it('an Arabic page gets the guide’s own texts in Arabic, right to left', async () => {
    const element = await guideEl(demoJson('guide-pas'), { lang: 'ar' });
    expect(rendering(element)).to.include({ lang: 'ar', dir: 'rtl' });
    expect(rendering(element).text).to.include('متابعة');
  });
});
