import { expect } from '@open-wc/testing';
import { richTextToPlain } from '../../src/core/rich-text.js';
import { type GuideRoute, parseState, randomWalk, restoreState, serializeState, walkAll } from '../../src/guide/guide.engine.js';
import { type Guide, validateGuide } from '../../src/guide/guide.schema.js';

const DEMOS = ['guide-pas', 'guide-flyt', 'guide-barn'] as const;
const SERVICES = ['pas', 'koerekort', 'sundhedskort', 'mitid', 'hjaelp-selvbetjening'];
const LOCATIONS = ['borgerservice-raadhuset', 'bibliotek-hovedbiblioteket', 'bibliotek-valby'];
const TEXT_KEYS = new Set(['title', 'intro', 'body', 'label', 'hint', 'text']);

async function load(name: string): Promise<unknown> {
  const response = await fetch(new URL(`../../demo/content/${name}.json`, import.meta.url));
  expect(response.ok, name).to.equal(true);
  return response.json();
}

/** Every citizen text in the content, with its JSON path. */
function texts(value: unknown, path = '$'): { path: string; text: unknown }[] {
  if (value === null || typeof value !== 'object') return [];
  return Object.entries(value).flatMap(([key, inner]) => {
    const here = Array.isArray(value) ? `${path}[${key}]` : `${path}.${key}`;
    return TEXT_KEYS.has(key) && !Array.isArray(value) ? [{ path: here, text: inner }] : texts(inner, here);
  });
}

/**
 * LIX = words / sentences + 100 × long words / words (a long word has more than six letters).
 * A short version for the test; the help widget has the full one. A text without a full stop
 * (a title, a label) counts as one sentence.
 */
function lix(parts: string[]): number {
  const sentences = parts
    .map((t) => t.trim())
    .map((t) => (/[.!?:]$/.test(t) ? t : `${t}.`))
    .join(' ');
  const words = sentences.match(/[\p{L}\d]+(?:-[\p{L}\d]+)*/gu) ?? [];
  const count = Math.max(1, (sentences.match(/[.!?:]+(?=\s|$)/g) ?? []).length);
  const long = words.filter((w) => w.replace(/-/g, '').length > 6).length;
  return words.length / count + (100 * long) / words.length;
}

function actionsOf(guide: Guide) {
  return Object.values(guide.nodes).flatMap((node) => (node.type === 'outcome' ? (node.actions ?? []) : []));
}

describe('demo guides', () => {
  const guides = new Map<string, { raw: unknown; guide: Guide; routes: GuideRoute[] }>();

  before(async () => {
    for (const name of DEMOS) {
      const raw = await load(name);
      const result = validateGuide(raw);
      if (!result.ok) throw new Error(`${name}: ${JSON.stringify(result.problems, null, 2)}`);
      guides.set(name, { raw, guide: result.value, routes: [...walkAll(result.value)] });
    }
  });

  const get = (name: string) => guides.get(name) as { raw: unknown; guide: Guide; routes: GuideRoute[] };

  for (const name of DEMOS) {
    describe(name, () => {
      it('validates cleanly', async () => {
        expect(validateGuide(await load(name))).to.deep.include({ ok: true });
      });

      it('reaches every outcome when walking every route generated from the graph', () => {
        const { guide, routes } = get(name);
        const outcomes = Object.entries(guide.nodes)
          .filter(([, n]) => n.type === 'outcome')
          .map(([id]) => id);
        const reached = new Set(routes.map((r) => r.outcome));
        expect(
          routes.every((r) => r.outcome !== undefined),
          'no route gets stuck',
        ).to.equal(true);
        expect(reached.size).to.equal(outcomes.length);
        expect([...reached].sort()).to.deep.equal([...outcomes].sort());
      });

      it('shows every node on some route', () => {
        const { guide, routes } = get(name);
        const seen = new Set(routes.flatMap((r) => r.nodes));
        expect([...seen].sort()).to.deep.equal(Object.keys(guide.nodes).sort());
      });

      it('has Danish and English for every citizen text', () => {
        const all = texts(get(name).raw);
        expect(all.length).to.be.greaterThan(20);
        for (const { path, text } of all) {
          expect(text, path).to.be.an('object');
          const { da, en } = text as Record<string, string>;
          expect(da?.trim(), `${path}.da`).to.not.be.oneOf(['', undefined]);
          expect(en?.trim(), `${path}.en`).to.not.be.oneOf(['', undefined]);
        }
      });

      it('is plain Danish: LIX under 40', () => {
        const danish = texts(get(name).raw).map(({ text }) => richTextToPlain((text as { da: string }).da));
        expect(lix(danish)).to.be.below(40);
      });

      it('uses only the rich-text markup subset in its bodies', () => {
        for (const { path, text } of texts(get(name).raw).filter((t) => t.path.endsWith('.body'))) {
          for (const [lang, value] of Object.entries(text as Record<string, string>)) {
            const tags = [...value.matchAll(/<\/?([a-z0-9]+)/gi)].map((m) => (m[1] as string).toLowerCase());
            expect(
              tags.filter((t) => !['p', 'ul', 'ol', 'li', 'strong', 'em', 'br', 'a'].includes(t)),
              `${path}.${lang}`,
            ).to.deep.equal([]);
          }
        }
      });

      it('books only services and locations the booking server knows', () => {
        for (const action of actionsOf(get(name).guide)) {
          if (action.kind !== 'booking') continue;
          expect(action.service).to.be.oneOf(SERVICES);
          if (action.location !== undefined) expect(action.location).to.be.oneOf(LOCATIONS);
        }
      });

      it('restores every finished route from its URL fragment', () => {
        const { guide, routes } = get(name);
        for (const route of routes) {
          const state = { guideId: guide.id, answers: route.answers, path: route.nodes };
          const parsed = parseState(serializeState(state));
          expect(parsed && restoreState(guide, parsed)).to.deep.equal(state);
        }
      });

      it('ends every random walk at an outcome', () => {
        const { guide } = get(name);
        let seed = 1;
        const rng = () => {
          seed = (seed * 16807) % 2147483647;
          return seed / 2147483647;
        };
        for (let i = 0; i < 200; i++) expect(randomWalk(guide, rng).outcome).to.be.a('string');
      });
    });
  }

  it('"Nyt pas" covers child and adult, books passports (once at the main library), links to borger.dk', () => {
    const { guide } = get('guide-pas');
    expect(guide.task).to.equal('pas');
    const actions = actionsOf(guide);
    expect(actions.some((a) => a.kind === 'booking' && a.service === 'pas' && a.location === undefined)).to.equal(true);
    expect(actions.filter((a) => a.kind === 'booking' && a.location === 'bibliotek-hovedbiblioteket').length).to.be.greaterThan(0);
    expect(actions.some((a) => a.kind === 'link' && a.href === 'https://www.borger.dk/')).to.equal(true);
    expect(actions.some((a) => a.kind === 'channels' && a.task === 'pas')).to.equal(true);
    const ends = new Set(
      get('guide-pas')
        .routes.filter((r) => r.answers.hvem === 'barn')
        .map((r) => r.outcome),
    );
    expect(ends.has('pas-voksen')).to.equal(false);
  });

  it('"Flyt adresse" sends citizens without MitID to help, never to self-service', () => {
    const { guide, routes } = get('guide-flyt');
    expect(guide.task).to.equal('flyt');
    for (const route of routes.filter((r) => r.answers.mitid === 'no')) {
      expect(route.outcome).to.be.oneOf(['flyt-hjaelp', 'flyt-fuldmagt']);
    }
    expect(actionsOf(guide).some((a) => a.kind === 'booking' && a.service === 'hjaelp-selvbetjening')).to.equal(true);
  });

  it('"Du har fået et barn" asks at least six questions on its longest route, one of them multiple with "Ingen af delene"', () => {
    const { guide, routes } = get('guide-barn');
    expect(guide.task).to.equal('barn');
    const questions = (r: GuideRoute) => r.nodes.filter((id) => guide.nodes[id]?.type === 'question').length;
    expect(Math.max(...routes.map(questions))).to.be.at.least(6);
    const multiple = Object.values(guide.nodes).find((n) => n.type === 'question' && n.kind === 'multiple');
    expect(multiple?.type === 'question' && multiple.options?.find((o) => o.exclusive)?.label).to.deep.include({ da: 'Ingen af delene' });
  });
});
