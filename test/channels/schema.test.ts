import { expect } from '@open-wc/testing';
import { validateChannels } from '../../src/channels/channels.schema.js';
import type { Problem } from '../../src/core/validation.js';

/** The example from DESIGN.md, verbatim. */
function designExample() {
  return {
    channels: [
      {
        id: 'borgerservice',
        kind: 'visit',
        label: 'Borgerservice, Rådhuset',
        address: 'Rådhuspladsen 1, 1550 København V',
        hours: {
          weekly: [
            { days: ['mo', 'tu', 'we'], opens: '10:00', closes: '15:00' },
            { days: ['th'], opens: '10:00', closes: '17:30' },
          ],
          exceptions: [
            { date: '2026-12-31', closed: true, label: 'Nytårsaftensdag' },
            { date: '2026-06-05', opens: '10:00', closes: '12:00', label: 'Grundlovsdag' },
          ],
          holidays: 'dk',
        },
      },
      {
        id: 'telefon',
        kind: 'phone',
        label: 'Ring til Borgerservice',
        phone: '+45 33 66 33 66',
        description: { da: 'Vi kan svare på de fleste spørgsmål.', en: 'We can answer most questions.' },
        hours: { weekly: [{ days: ['mo', 'tu', 'we', 'th', 'fr'], opens: '09:00', closes: '14:00' }] },
      },
      { id: 'borger-dk', kind: 'selfservice', label: 'Søg på borger.dk', href: 'https://www.borger.dk/' },
    ],
    tasks: [
      {
        id: 'pas',
        label: 'Pas',
        channels: [
          { channel: 'borger-dk', fit: 'best', note: 'Kræver MitID' },
          { channel: 'borgerservice', fit: 'good' },
        ],
      },
    ],
  };
}

type Example = ReturnType<typeof designExample> & Record<string, unknown>;

function problemsOf(change: (content: Example) => void): Problem[] {
  const content = designExample() as Example;
  change(content);
  const result = validateChannels(content);
  expect(result.ok, 'expected the content to be rejected').to.equal(false);
  return result.ok ? [] : result.problems;
}

const paths = (problems: Problem[]) => problems.map((p) => p.path);
// Loosely typed access for breaking the example on purpose.
const hoursOf = (content: Example, i: number) => (content.channels[i] as unknown as { hours: Record<string, unknown[]> }).hours;

describe('validateChannels: valid content', () => {
  it('accepts the DESIGN.md example', () => {
    const result = validateChannels(designExample());
    expect(result.ok).to.equal(true);
    if (result.ok) expect(result.value.channels.map((c) => c.id)).to.deep.equal(['borgerservice', 'telefon', 'borger-dk']);
  });

  it('accepts $schema, bookingService, 24:00 as a closing time and content without tasks', () => {
    const content = designExample() as Example;
    const { tasks: _tasks, ...withoutTasks } = content;
    const result = validateChannels({
      ...withoutTasks,
      $schema: 'https://example.dk/schemas/channels.json',
      channels: [
        { ...content.channels[0], bookingService: 'pas' },
        {
          id: 'natlinje',
          kind: 'phone',
          label: 'Natlinjen',
          phone: '1813',
          hours: { weekly: [{ days: ['fr'], opens: '22:00', closes: '24:00' }], holidays: 'none' },
        },
      ],
    });
    expect(result.ok, JSON.stringify(result)).to.equal(true);
  });
});

describe('validateChannels: shape errors name the JSON path', () => {
  it('rejects unknown fields', () => {
    const problems = problemsOf((c) => Object.assign(c.channels[0], { colour: 'red' }));
    expect(paths(problems)).to.deep.equal(['$.channels[0].colour']);
  });

  it('rejects an unknown kind, a bad time and an opening at 24:00', () => {
    const problems = problemsOf((c) => {
      Object.assign(c.channels[1], { kind: 'fax' });
      hoursOf(c, 0).weekly![0] = { days: ['mo'], opens: '9:00', closes: '15:00' };
      hoursOf(c, 0).weekly![1] = { days: ['th'], opens: '24:00', closes: '17:30' };
    });
    expect(paths(problems)).to.have.members([
      '$.channels[1].kind',
      '$.channels[0].hours.weekly[0].opens',
      '$.channels[0].hours.weekly[1].opens',
    ]);
    expect(problems.find((p) => p.path === '$.channels[0].hours.weekly[0].opens')?.message).to.match(/time like "09:30"/);
  });

  it('rejects a date in the wrong form with one message', () => {
    const problems = problemsOf((c) => {
      hoursOf(c, 0).exceptions![0] = { date: '31-12-2026', closed: true };
    });
    expect(problems).to.deep.equal([{ path: '$.channels[0].hours.exceptions[0].date', message: 'should be a date like "2026-12-24"' }]);
  });

  it('rejects a date that does not exist', () => {
    const problems = problemsOf((c) => {
      hoursOf(c, 0).exceptions![0] = { date: '2026-02-30', closed: true };
    });
    expect(problems).to.deep.equal([
      { path: '$.channels[0].hours.exceptions[0].date', message: 'is not a real date (check month and day)' },
    ]);
  });

  it('rejects a link that is not a web address', () => {
    const problems = problemsOf((c) => Object.assign(c.channels[2], { href: 'javascript:alert(1)' }));
    expect(paths(problems)).to.deep.equal(['$.channels[2].href']);
  });
});

describe('validateChannels: cross-checks name the JSON path', () => {
  it('finds a duplicate channel id', () => {
    const problems = problemsOf((c) => Object.assign(c.channels[1], { id: 'borgerservice' }));
    expect(problems).to.deep.equal([{ path: '$.channels[1].id', message: 'repeats the id "borgerservice" of $.channels[0]' }]);
  });

  it('finds a task that names an unknown channel', () => {
    const problems = problemsOf((c) => Object.assign(c.tasks[0]!.channels[1]!, { channel: 'borgerservicee' }));
    expect(paths(problems)).to.deep.equal(['$.tasks[0].channels[1].channel']);
    expect(problems[0]?.message).to.match(/"borgerservicee".*known: "borgerservice", "telefon", "borger-dk"/);
  });

  it('finds a task that names a channel twice, and a duplicate task id', () => {
    const problems = problemsOf((c) => {
      c.tasks[0]!.channels.push({ channel: 'borger-dk', fit: 'good' });
      c.tasks.push({ id: 'pas', label: 'Pas igen', channels: [{ channel: 'telefon', fit: 'best' }] });
    });
    expect(paths(problems)).to.deep.equal(['$.tasks[0].channels[2].channel', '$.tasks[1].id']);
  });

  it('finds an exception with neither closed nor opens/closes', () => {
    const problems = problemsOf((c) => {
      hoursOf(c, 0).exceptions![0] = { date: '2026-12-31', label: 'Nytårsaftensdag' };
    });
    expect(problems).to.deep.equal([
      { path: '$.channels[0].hours.exceptions[0]', message: 'needs either "closed": true or both "opens" and "closes"' },
    ]);
  });

  it('finds an exception that is closed and has hours, or has only half its hours', () => {
    const problems = problemsOf((c) => {
      hoursOf(c, 0).exceptions![0] = { date: '2026-12-31', closed: true, opens: '10:00', closes: '12:00' };
      hoursOf(c, 0).exceptions![1] = { date: '2026-06-05', opens: '10:00' };
    });
    expect(paths(problems)).to.deep.equal(['$.channels[0].hours.exceptions[0]', '$.channels[0].hours.exceptions[1].closes']);
  });

  it('finds hours on a date another exception closes', () => {
    const problems = problemsOf((c) => {
      hoursOf(c, 0).exceptions!.push({ date: '2026-12-31', opens: '10:00', closes: '12:00' });
    });
    expect(paths(problems)).to.deep.equal(['$.channels[0].hours.exceptions[2].date']);
  });

  it('finds opens equal to closes, weekly and in an exception', () => {
    const problems = problemsOf((c) => {
      hoursOf(c, 1).weekly![0] = { days: ['mo'], opens: '09:00', closes: '09:00' };
      hoursOf(c, 0).exceptions![1] = { date: '2026-06-05', opens: '10:00', closes: '10:00' };
    });
    expect(paths(problems)).to.deep.equal(['$.channels[0].hours.exceptions[1].closes', '$.channels[1].hours.weekly[0].closes']);
    expect(problems[0]?.message).to.match(/same as "opens"/);
  });

  it('asks for the field citizens use to reach the channel', () => {
    const problems = problemsOf((c) => {
      delete (c.channels[1] as { phone?: string }).phone;
      delete (c.channels[2] as { href?: string }).href;
    });
    expect(paths(problems)).to.deep.equal(['$.channels[1].phone', '$.channels[2].href']);
  });
});
