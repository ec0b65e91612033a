// Every route through every demo guide, driven through the UI: the routes come from the graph (the
// engine's `walkAll`), the element is driven by ticking the inputs with the route's values and pressing
// "Fortsæt", and each step's heading must be the node the graph says. Axe runs on each distinct step of
// each guide once (the first time a route reaches it), so the file stays fast.
import { expect } from '@open-wc/testing';
import { localize } from '../../src/core/localized.js';
import { allPaths, type GuideRoute } from '../../src/guide/guide.engine.js';
import type { BorgerGuide } from '../../src/guide/index.js';
import { DEMO_GUIDES, demoGuide, demoJson, guideEl, stepTitle, walkRoute } from './helpers.js';

for (const name of DEMO_GUIDES) {
  describe(`walking every route of ${name} through the UI`, () => {
    const guide = demoGuide(name);
    const routes = allPaths(guide);
    const outcomes = Object.entries(guide.nodes).filter(([, node]) => node.type === 'outcome');
    const checked = new Set<string>();

    it('has routes to every outcome in the content', () => {
      expect(routes.every((route) => route.outcome !== undefined)).to.equal(true);
      expect(new Set(routes.map((route) => route.outcome))).to.have.property('size', outcomes.length);
    });

    it(`reaches the right outcome on each of its ${routes.length} routes, and every step passes axe`, async function () {
      this.timeout(60_000);
      // One element for every route ("Start forfra" between them); fixtures are removed after each test.
      const element: BorgerGuide = await guideEl(demoJson(name));
      const reached = new Set<string>();
      for (const route of routes as GuideRoute[]) {
        element.restart();
        await element.updateComplete;
        await walkRoute(element, guide, route, async (id) => {
          if (checked.has(id)) return;
          checked.add(id);
          await expect(element, `axe at ${id}`).to.be.accessible();
        });
        const outcome = guide.nodes[route.outcome!]!;
        expect(stepTitle(element), route.nodes.join(' → ')).to.equal(localize(outcome.title, 'da'));
        expect(element.state!.answers).to.deep.equal(route.answers);
        reached.add(route.outcome!);
      }
      expect(reached.size).to.equal(outcomes.length);
      expect([...checked].sort()).to.deep.equal(Object.keys(guide.nodes).sort());
    });
  });
}
