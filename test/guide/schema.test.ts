import { expect } from '@open-wc/testing';
import type { Problem } from '../../src/core/validation.js';
import { GuideSchema, validateGuide } from '../../src/guide/guide.schema.js';

/** The smallest sound guide: one yes/no question and two outcomes. */
function minimal(): Record<string, unknown> {
  return {
    $schema: '../dist/schemas/guide.json',
    id: 'lille',
    title: { da: 'Lille guide', en: 'Small guide' },
    start: 'spm',
    nodes: {
      spm: { type: 'question', kind: 'yesno', title: 'Ja eller nej?', next: [{ when: { spm: 'yes' }, to: 'ja' }, { to: 'nej' }] },
      ja: {
        type: 'outcome',
        title: 'Ja',
        body: '<p>Godt.</p>',
        bring: [{ text: 'Pas' }],
        actions: [
          { kind: 'link', href: 'https://www.borger.dk/', label: 'Læs mere' },
          { kind: 'booking', service: 'pas', location: 'borgerservice-raadhuset', label: 'Book tid', target: 'booking' },
          { kind: 'channels', task: 'pas', label: 'Andre måder' },
        ],
      },
      nej: { type: 'outcome', title: 'Nej', body: 'Ærgerligt.' },
    },
  };
}

// biome-ignore lint/suspicious/noExplicitAny: the tests reach into the JSON to break it on purpose
function with_(change: (guide: Record<string, any>) => void): Record<string, unknown> {
  const guide = minimal();
  change(guide);
  return guide;
}

function problems(input: unknown): Problem[] {
  const result = validateGuide(input);
  return result.ok ? [] : result.problems;
}

function messageAt(input: unknown, path: string): string | undefined {
  return problems(input).find((p) => p.path === path)?.message;
}

describe('guide schema', () => {
  it('accepts a minimal guide and returns it as parsed', () => {
    const result = validateGuide(minimal());
    expect(result.ok).to.equal(true);
    if (result.ok) expect(result.value.nodes.spm?.type).to.equal('question');
  });

  it('never throws, whatever it is given', () => {
    for (const input of [undefined, null, 42, 'guide', [], {}, { nodes: [] }, { nodes: { a: null } }]) {
      const result = validateGuide(input);
      expect(result.ok).to.equal(false);
    }
  });

  it('names missing required fields', () => {
    const paths = problems({}).map((p) => p.path);
    expect(paths).to.include.members(['$.id', '$.title', '$.start', '$.nodes']);
  });

  it('rejects unknown fields everywhere (typos must not pass silently)', () => {
    const input = with_((g) => {
      g.titel = 'Lille';
      g.nodes.spm.hjælp = 'x';
      g.nodes.ja.actions[1].servcie = 'pas';
      g.nodes.ja.bring[0].hvornaar = {};
    });
    const paths = problems(input).map((p) => p.path);
    expect(paths).to.include.members(['$.titel', '$.nodes.spm["hjælp"]', '$.nodes.ja.actions[1].servcie', '$.nodes.ja.bring[0].hvornaar']);
  });

  it('explains a wrong node type or question kind', () => {
    const input = with_((g) => {
      g.nodes.spm.type = 'spørgsmål';
      g.nodes.nej.type = undefined;
      g.nodes.ny = { type: 5 };
    });
    expect(messageAt(input, '$.nodes.spm.type')).to.equal('should be "question", "info" or "outcome"');
    expect(messageAt(input, '$.nodes.ny.type')).to.equal('should be "question", "info" or "outcome"');
    expect(messageAt(input, '$.nodes.nej.type')).to.equal('should be "question", "info" or "outcome"');
    expect(
      messageAt(
        with_((g) => (g.nodes.spm.kind = 'radio')),
        '$.nodes.spm.kind',
      ),
    ).to.match(/"single", "multiple", "yesno"/);
  });

  it('explains a wrong action kind', () => {
    const input = with_((g) => (g.nodes.ja.actions[0].kind = 'url'));
    expect(messageAt(input, '$.nodes.ja.actions[0].kind')).to.equal('should be "link", "booking" or "channels"');
  });

  it('wants plain ids for nodes, option values and services', () => {
    const input = with_((g) => {
      g.nodes['nyt pas'] = { type: 'outcome', title: 'x', body: 'x' };
      g.nodes.spm.kind = 'single';
      g.nodes.spm.options = [
        { value: 'ja tak', label: 'Ja' },
        { value: 'nej', label: 'Nej' },
      ];
      g.nodes.ja.actions[1].service = 'Pas og kørekort';
    });
    expect(messageAt(input, '$.nodes["nyt pas"]')).to.match(/is not a usable node id: use letters a-z/);
    expect(messageAt(input, '$.nodes.spm.options[0].value')).to.match(/should be an option value: letters a-z/);
    expect(messageAt(input, '$.nodes.ja.actions[1].service')).to.match(/should be a service id/);
  });

  it('refuses links that are not web, mail, phone or relative', () => {
    for (const href of ['javascript:alert(1)', 'JaVaScRiPt:alert(1)', 'data:text/html,<b>x</b>', 'vbscript:x']) {
      const input = with_((g) => (g.nodes.ja.actions[0].href = href));
      expect(messageAt(input, '$.nodes.ja.actions[0].href'), href).to.match(/https:, http:, mailto: or tel:/);
    }
    // Each refusal says what is wrong with that link.
    for (const [href, reason] of [
      [' java\tscript:alert(1)', /contains a space or an invisible control character/],
      ['//evil.example/a', /starts with "\/\/", which leads to another site/],
      ['/\\evil.example/b', /contains "\\"/],
      ['mailto:borgerservice@kk.dk?bcc=x@evil.example&body=CPR', /only one e-mail address/],
      ['tel:+4533663366;ext=2', /only a phone number/],
      ['https:evil.example', /full web address/],
    ] as const) {
      const input = with_((g) => (g.nodes.ja.actions[0].href = href));
      expect(messageAt(input, '$.nodes.ja.actions[0].href'), href).to.match(reason);
    }
    for (const href of [
      'https://kk.dk/pas',
      'http://example.dk',
      'mailto:borgerservice@kk.dk',
      'tel:+4533663366',
      '/borger/pas',
      'pas.html',
    ]) {
      expect(validateGuide(with_((g) => (g.nodes.ja.actions[0].href = href))).ok, href).to.equal(true);
    }
  });

  it('wants a booking target to be an element id without "#"', () => {
    const input = with_((g) => (g.nodes.ja.actions[1].target = '#booking'));
    expect(messageAt(input, '$.nodes.ja.actions[1].target')).to.match(/without "#"/);
  });

  it('explains a next that is neither a node id nor a rule list', () => {
    expect(
      messageAt(
        with_((g) => (g.nodes.spm.next = 5)),
        '$.nodes.spm.next',
      ),
    ).to.match(/should be a node id, or a list of rules/);
    expect(
      messageAt(
        with_((g) => (g.nodes.spm.next = [])),
        '$.nodes.spm.next',
      ),
    ).to.match(/at least one rule|at least 1/);
  });

  it('wants a when to test at least one question, with at least one value', () => {
    expect(
      messageAt(
        with_((g) => (g.nodes.spm.next[0].when = {})),
        '$.nodes.spm.next[0].when',
      ),
    ).to.match(/at least one question/);
    expect(
      messageAt(
        with_((g) => (g.nodes.spm.next[0].when = { spm: [] })),
        '$.nodes.spm.next[0].when.spm',
      ),
    ).to.match(/at least one value|at least 1/);
  });

  it('accepts LocalizedText in every citizen text, and refuses an empty one', () => {
    expect(validateGuide(with_((g) => (g.nodes.spm.title = { da: 'Ja?', en: 'Yes?', ar: 'نعم؟' }))).ok).to.equal(true);
    expect(
      messageAt(
        with_((g) => (g.nodes.spm.title = '')),
        '$.nodes.spm.title',
      ),
    ).to.match(/must not be empty/);
    expect(problems(with_((g) => (g.nodes.spm.title = {})))[0]?.path).to.equal('$.nodes.spm.title');
  });

  it('exports the zod schema itself for JSON Schema generation', () => {
    expect(GuideSchema.safeParse(minimal()).success).to.equal(true);
  });
});
