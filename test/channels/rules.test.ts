// The element asks channels.rules.ts whether content has a problem across fields, and loads the messages
// (channels.problems.ts) only when it has: the two must agree on every content, or bad content would
// show as good (or good content fail with no message).
import { expect, waitUntil } from '@open-wc/testing';
import fc from 'fast-check';
import '../../src/channels/index.js';
import { crossCheckChannels, unknownNoteTasks } from '../../src/channels/channels.problems.js';
import { hasCrossProblems, hasUnknownNoteTasks } from '../../src/channels/channels.rules.js';
import type { ChannelsContent } from '../../src/channels/channels.schema.js';
import { demoContent } from '../fixtures/content.js';
import { createWidget, shadowText } from '../shared/widget-suite.js';

// Small pools, so ids clash, tasks name missing channels and times coincide often.
const maybe = <T>(arbitrary: fc.Arbitrary<T>) => fc.option(arbitrary, { nil: undefined });
const time = fc.constantFrom('09:00', '10:00', '12:00');
const date = fc.constantFrom('2026-12-24', '2026-12-31');
const exception = fc.record(
  { date, closed: maybe(fc.constant(true as const)), opens: maybe(time), closes: maybe(time) },
  { requiredKeys: ['date'] },
);
const hours = fc.record(
  {
    weekly: fc.array(fc.record({ days: fc.constant(['mo' as const]), opens: time, closes: fc.constantFrom('10:00', '12:00', '24:00') }), {
      maxLength: 2,
    }),
    exceptions: fc.array(exception, { maxLength: 3 }),
  },
  { requiredKeys: [] },
);
const channel = fc.record(
  {
    id: fc.constantFrom('a', 'b', 'c'),
    kind: fc.constantFrom('selfservice', 'phone', 'chat', 'visit', 'library', 'email', 'digital-post', 'video' as const),
    label: fc.constant('X'),
    href: maybe(fc.constant('https://example.dk/')),
    phone: maybe(fc.constant('+45 11 22 33 44')),
    email: maybe(fc.constant('a@example.dk')),
    address: maybe(fc.constant('Vej 1')),
    hours: maybe(hours),
    notes: maybe(
      fc.array(fc.record({ text: fc.constant('N'), tasks: fc.array(fc.constantFrom('t1', 't2', 't3'), { minLength: 1, maxLength: 2 }) }), {
        maxLength: 2,
      }),
    ),
  },
  { requiredKeys: ['id', 'kind', 'label'] },
);
const task = fc.record({
  id: fc.constantFrom('t1', 't2'),
  label: fc.constant('T'),
  channels: fc.array(
    fc.record({ channel: fc.constantFrom('a', 'b', 'c', 'd'), fit: fc.constantFrom('best', 'good', 'possible' as const) }),
    {
      minLength: 1,
      maxLength: 3,
    },
  ),
});
const content = fc.record(
  { channels: fc.array(channel, { minLength: 1, maxLength: 3 }), tasks: maybe(fc.array(task, { maxLength: 3 })) },
  { requiredKeys: ['channels'] },
) as unknown as fc.Arbitrary<ChannelsContent>;

describe('channels rules: "is there a problem" agrees with the messages', () => {
  it('hasCrossProblems is true exactly when crossCheckChannels reports something', () => {
    let withProblems = 0;
    fc.assert(
      fc.property(content, (value) => {
        const problems = crossCheckChannels(value);
        if (problems.length > 0) withProblems += 1;
        expect(hasCrossProblems(value), JSON.stringify({ value, problems })).to.equal(problems.length > 0);
      }),
      { numRuns: 2000, seed: 20261130 },
    );
    // Both verdicts are common, so the property says something about each.
    expect(withProblems).to.be.within(100, 1900);
  });

  it('hasUnknownNoteTasks is true exactly when unknownNoteTasks lists something', () => {
    fc.assert(
      fc.property(content, (value) => {
        expect(hasUnknownNoteTasks(value)).to.equal(unknownNoteTasks(value).length > 0);
      }),
      { numRuns: 1000, seed: 7 },
    );
  });

  it('the demo content has no problem', async () => {
    const demo = await demoContent<ChannelsContent>('kontakt.json');
    expect(hasCrossProblems(demo)).to.equal(false);
    expect(hasUnknownNoteTasks(demo)).to.equal(false);
  });
});

describe('<borger-channels> with content that fails a check across fields', () => {
  it('shows the polite error, fires borger-error and names each problem by JSON path in the console', async () => {
    const errors: unknown[][] = [];
    const original = console.error;
    console.error = (...args: unknown[]) => errors.push(args);
    try {
      const bad = await demoContent<ChannelsContent>('kontakt.json');
      bad.channels[1]!.id = bad.channels[0]!.id;
      const host = document.createElement('div');
      document.body.append(host);
      const fired = new Promise<CustomEvent>((resolve) =>
        host.addEventListener('borger-error', (e) => resolve(e as CustomEvent), { once: true }),
      );
      const element = await createWidget('borger-channels', bad, {}, host);
      const event = await fired;
      await waitUntil(() => element.shadowRoot!.querySelector('[role="alert"], .error'), 'no error state');
      expect(JSON.stringify(event.detail)).to.include('$.channels[1].id');
      expect(errors.map((args) => args.map(String).join(' ')).join('\n')).to.include(
        `$.channels[1].id: repeats the id "${bad.channels[0]!.id}" of $.channels[0]`,
      );
      expect(shadowText(element)).to.not.include('Anbefalet');
      host.remove();
    } finally {
      console.error = original;
    }
  });
});
