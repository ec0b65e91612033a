import { expect } from '@open-wc/testing';
import type { Problem } from '../../src/core/validation.js';
import { checkGuideGraph } from '../../src/guide/guide.graph-check.js';
import { edgesOf, reachableFrom } from '../../src/guide/guide.routes.js';
import { type Guide, validateGuide } from '../../src/guide/guide.schema.js';

// A sound guide; each test breaks one thing in a copy of it.
function baseGuide(): Guide {
  return {
    id: 'test',
    title: 'Test',
    start: 'hvem',
    nodes: {
      hvem: {
        type: 'question',
        kind: 'single',
        title: 'Hvem?',
        options: [
          { value: 'mig', label: 'Mig', next: 'gammelt' },
          { value: 'barn', label: 'Barn', next: 'barn-info' },
        ],
      },
      'barn-info': { type: 'info', title: 'Barn', body: 'Barnet skal med.', next: 'gammelt' },
      gammelt: {
        type: 'question',
        kind: 'yesno',
        title: 'Har du det gamle pas?',
        next: [{ when: { gammelt: 'no' }, to: 'mistet' }, { to: 'ting' }],
      },
      mistet: { type: 'info', title: 'Mistet', body: 'Tag anden legitimation med.', next: 'ting' },
      ting: {
        type: 'question',
        kind: 'multiple',
        title: 'Hvad har du?',
        options: [
          { value: 'foto', label: 'Foto' },
          { value: 'kort', label: 'Kørekort' },
          { value: 'ingen', label: 'Ingen af delene', exclusive: true },
        ],
        next: [{ when: { hvem: 'barn', ting: ['ingen'] }, to: 'klar-barn' }, { to: 'klar' }],
      },
      klar: {
        type: 'outcome',
        title: 'Klar',
        body: 'Book tid.',
        bring: [
          { text: 'Dit gamle pas', when: { gammelt: 'yes' } },
          { text: 'Et foto', when: { ting: 'foto' } },
        ],
      },
      'klar-barn': { type: 'outcome', title: 'Klar', body: 'Tag barnet med.' },
    },
  };
}

type Nodes = Guide['nodes'];
type Question = Extract<Nodes[string], { type: 'question' }>;
type Info = Extract<Nodes[string], { type: 'info' }>;
type Outcome = Extract<Nodes[string], { type: 'outcome' }>;

function broken(change: (nodes: Nodes, guide: Guide) => void): Guide {
  const guide = baseGuide();
  change(guide.nodes, guide);
  return guide;
}
const q = (nodes: Nodes, id: string) => nodes[id] as Question;

function problemsOf(guide: Guide): Problem[] {
  const result = validateGuide(guide);
  expect(result.ok, 'the broken guide should not validate').to.equal(false);
  return result.ok ? [] : result.problems;
}

/** Exactly one problem, at `path`, whose message matches `message`. */
function expectProblem(guide: Guide, path: string, message: RegExp) {
  const problems = problemsOf(guide);
  expect(problems, JSON.stringify(problems)).to.have.length(1);
  expect(problems[0]?.path).to.equal(path);
  expect(problems[0]?.message).to.match(message);
}

describe('guide graph', () => {
  it('the base guide is sound', () => {
    expect(checkGuideGraph(baseGuide())).to.deep.equal([]);
    expect(validateGuide(baseGuide()).ok).to.equal(true);
  });

  it('lists every possible move with the JSON path that names it', () => {
    expect(edgesOf(baseGuide().nodes.ting as Question)).to.deep.equal([
      { to: 'klar-barn', at: ['next', 0, 'to'] },
      { to: 'klar', at: ['next', 1, 'to'] },
    ]);
    expect([...reachableFrom(baseGuide(), 'mistet')].sort()).to.deep.equal(['klar', 'klar-barn', 'mistet', 'ting']);
  });

  it('an unknown start', () => {
    const guide = broken((_, g) => {
      g.start = 'hvem-er-du';
    });
    const problems = problemsOf(guide);
    expect(problems[0]).to.deep.include({ path: '$.start' });
    expect(problems[0]?.message).to.match(/"hvem-er-du", which is not a node/);
  });

  it('a dangling next on an option', () => {
    const guide = broken((nodes) => {
      (q(nodes, 'hvem').options as { next?: unknown }[])[1]!.next = 'barnet';
    });
    // barn-info is then unreachable too; both are named.
    const problems = problemsOf(guide);
    expect(problems).to.deep.include({ path: '$.nodes.hvem.options[1].next', message: 'goes to "barnet", which is not a node in $.nodes' });
    expect(problems.map((p) => p.path)).to.include('$.nodes.barn-info');
  });

  it('a dangling to in a rule', () => {
    expectProblem(
      broken((nodes) => {
        (nodes.mistet as Info).next = [{ when: { hvem: 'barn' }, to: 'tingene' }, { to: 'ting' }];
      }),
      '$.nodes.mistet.next[0].to',
      /goes to "tingene", which is not a node/,
    );
  });

  it('a cycle, named node by node', () => {
    expectProblem(
      broken((nodes) => {
        (nodes.mistet as Info).next = 'gammelt';
        // keep ting reachable so that the loop is the only problem
        q(nodes, 'gammelt').next = [{ when: { gammelt: 'no' }, to: 'mistet' }, { to: 'ting' }];
      }),
      '$.nodes.mistet.next',
      /makes a loop: gammelt → mistet → gammelt; a guide must always move forward/,
    );
  });

  it('a longer cycle through a rule', () => {
    expectProblem(
      broken((nodes) => {
        q(nodes, 'ting').next = [{ when: { ting: 'ingen' }, to: 'hvem' }, { to: 'klar' }];
        nodes.mistet = {
          type: 'info',
          title: 'Mistet',
          body: 'Tag anden legitimation med.',
          next: [{ when: { gammelt: 'no' }, to: 'klar-barn' }, { to: 'ting' }],
        };
      }),
      '$.nodes.ting.next[0].to',
      /loop: hvem → gammelt → (mistet → )?ting → hvem/,
    );
  });

  it('an unreachable node', () => {
    expectProblem(
      broken((nodes) => {
        nodes.gammel = { type: 'outcome', title: 'Gammel', body: 'Ikke i brug.' };
      }),
      '$.nodes.gammel',
      /cannot be reached from the start \("hvem"\)/,
    );
  });

  it('duplicate option values', () => {
    expectProblem(
      broken((nodes) => {
        q(nodes, 'ting').options!.push({ value: 'foto', label: 'Pasfoto' });
      }),
      '$.nodes.ting.options[3].value',
      /"foto" is already the value of options\[0\]/,
    );
  });

  it('a when naming an unknown question', () => {
    expectProblem(
      broken((nodes) => {
        q(nodes, 'ting').next = [{ when: { hvem: 'barn', alder: 'ung' }, to: 'klar-barn' }, { to: 'klar' }];
      }),
      '$.nodes.ting.next[0].when.alder',
      /"alder" is not a node/,
    );
  });

  it('a when naming a node that is not a question', () => {
    expectProblem(
      broken((nodes) => {
        (nodes.klar as Outcome).bring = [{ text: 'Noget', when: { mistet: 'yes' } }];
      }),
      '$.nodes.klar.bring[0].when.mistet',
      /"mistet" is an info node, not a question/,
    );
  });

  it('a when with a value the question cannot give', () => {
    expectProblem(
      broken((nodes) => {
        q(nodes, 'gammelt').next = [{ when: { gammelt: 'nej' }, to: 'mistet' }, { to: 'ting' }];
      }),
      '$.nodes.gammelt.next[0].when.gammelt',
      /the question "gammelt" cannot give the answer "nej" \(it gives "yes", "no"\)/,
    );
  });

  it('a when with a list holding a value the question cannot give', () => {
    expectProblem(
      broken((nodes) => {
        q(nodes, 'ting').next = [{ when: { ting: ['ingen', 'pas'] }, to: 'klar-barn' }, { to: 'klar' }];
      }),
      '$.nodes.ting.next[0].when.ting[1]',
      /cannot give the answer "pas" \(it gives "foto", "kort", "ingen"\)/,
    );
  });

  it('a when naming a question that is never asked before that point', () => {
    expectProblem(
      broken((nodes) => {
        (nodes['barn-info'] as Info).next = [{ when: { ting: 'foto' }, to: 'gammelt' }, { to: 'gammelt' }];
      }),
      '$.nodes.barn-info.next[0].when.ting',
      /"ting" is never asked before this point/,
    );
  });

  it('a single question with an option that leads nowhere', () => {
    expectProblem(
      broken((nodes) => {
        delete q(nodes, 'hvem').options![0]!.next;
      }),
      '$.nodes.hvem.options[0]',
      /answering "mig" leads nowhere/,
    );
  });

  it('a yes/no question without next', () => {
    const guide = broken((nodes) => {
      delete q(nodes, 'gammelt').next;
    });
    const problems = problemsOf(guide);
    expect(problems[0]).to.deep.equal({
      path: '$.nodes.gammelt',
      message: 'has no "next", so the guide stops here after the answer; add a "next"',
    });
  });

  it('a multiple question without next', () => {
    const guide = broken((nodes) => {
      delete q(nodes, 'ting').next;
    });
    expect(problemsOf(guide)[0]).to.deep.include({ path: '$.nodes.ting' });
  });

  it('a rule list whose last rule has a when (it can fall through)', () => {
    expectProblem(
      broken((nodes) => {
        q(nodes, 'gammelt').next = [
          { when: { gammelt: 'no' }, to: 'mistet' },
          { when: { gammelt: 'yes' }, to: 'ting' },
        ];
      }),
      '$.nodes.gammelt.next[1].when',
      /the guide stops here when no rule matches/,
    );
  });

  it('a rule after one that always applies', () => {
    expectProblem(
      broken((nodes) => {
        q(nodes, 'gammelt').next = [{ when: { gammelt: 'no' }, to: 'mistet' }, { to: 'ting' }, { to: 'mistet' }];
      }),
      '$.nodes.gammelt.next[2]',
      /never used/,
    );
  });

  it('exclusive on a question that is not multiple', () => {
    expectProblem(
      broken((nodes) => {
        q(nodes, 'hvem').options![1]!.exclusive = true;
      }),
      '$.nodes.hvem.options[1].exclusive',
      /only works on a "multiple" question; this one is "single"/,
    );
  });

  it('next on an option of a multiple question', () => {
    expectProblem(
      broken((nodes) => {
        q(nodes, 'ting').options![0]!.next = 'klar';
      }),
      '$.nodes.ting.options[0].next',
      /moves on with its own "next"/,
    );
  });

  it('a single question with fewer than two options', () => {
    expectProblem(
      broken((nodes) => {
        q(nodes, 'hvem').options = [{ value: 'mig', label: 'Mig', next: 'gammelt' }];
        q(nodes, 'ting').next = [{ when: { hvem: 'mig', ting: 'ingen' }, to: 'klar-barn' }, { to: 'klar' }];
        delete nodes['barn-info'];
      }),
      '$.nodes.hvem.options',
      /needs at least two options/,
    );
  });

  it('yes/no options with other values', () => {
    const guide = broken((nodes) => {
      q(nodes, 'gammelt').options = [
        { value: 'yes', label: 'Ja, det har jeg' },
        { value: 'nej', label: 'Nej' },
      ];
    });
    expect(problemsOf(guide)).to.deep.equal([
      { path: '$.nodes.gammelt.options[1].value', message: 'a yes/no question only answers "yes" or "no", not "nej"' },
      { path: '$.nodes.gammelt.options', message: 'a yes/no question with options (for its own labels) needs both "yes" and "no"' },
    ]);
  });

  it('yes/no options may give the answers their own labels', () => {
    const guide = broken((nodes) => {
      q(nodes, 'gammelt').options = [
        { value: 'yes', label: 'Ja, det har jeg' },
        { value: 'no', label: 'Nej, det er væk', next: 'mistet' },
      ];
    });
    expect(validateGuide(guide).ok).to.equal(true);
  });

  it('runs the graph checks only on content with the right shape', () => {
    const result = validateGuide({ ...baseGuide(), start: 'findes-ikke', nodes: { a: { type: 'question' } } });
    expect(result.ok).to.equal(false);
    if (!result.ok) expect(result.problems.map((p) => p.path)).to.not.include('$.start');
  });

  it('reports every problem at once', () => {
    const guide = broken((nodes, g) => {
      g.start = 'x';
      q(nodes, 'hvem').options![1]!.exclusive = true;
      q(nodes, 'ting').options!.push({ value: 'kort', label: 'Kort igen' });
    });
    expect(problemsOf(guide).map((p) => p.path)).to.deep.equal([
      '$.start',
      '$.nodes.hvem.options[1].exclusive',
      '$.nodes.ting.options[3].value',
    ]);
  });
});
