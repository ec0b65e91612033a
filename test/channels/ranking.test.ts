import { expect } from '@open-wc/testing';
import { rankTaskChannels } from '../../src/channels/channels.ranking.js';
import type { Channel, ChannelsContent, Hours } from '../../src/channels/channels.schema.js';

const at = (iso: string) => new Date(iso);
// Monday 5 January 2026, 14:45 in Copenhagen (13:45 UTC).
const MONDAY_1445 = at('2026-01-05T13:45:00Z');

const hours = (opens: string, closes: string): Hours => ({ weekly: [{ days: ['mo', 'tu', 'we', 'th', 'fr'], opens, closes }] });

const channels: Channel[] = [
  { id: 'web', kind: 'selfservice', label: 'Selvbetjening', href: 'https://www.borger.dk/' },
  { id: 'counter', kind: 'visit', label: 'Borgerservice', address: 'Rådhuspladsen 1', hours: hours('10:00', '15:00') }, // closing soon
  { id: 'phone', kind: 'phone', label: 'Telefon', phone: '+45 33 66 33 66', hours: hours('09:00', '18:00') }, // open
  { id: 'library', kind: 'library', label: 'Biblioteket', address: 'Krystalgade 15', hours: hours('16:00', '19:00') }, // opens 16:00
  { id: 'evening', kind: 'chat', label: 'Chat', href: 'https://chat.example.dk/', hours: hours('15:30', '20:00') }, // opens 15:30
  { id: 'gone', kind: 'email', label: 'E-mail', email: 'post@example.dk', hours: {} }, // never opens
];

function content(taskChannels: { channel: string; fit: 'best' | 'good' | 'possible'; note?: string }[]): ChannelsContent {
  return { channels, tasks: [{ id: 'pas', label: 'Pas', channels: taskChannels }] };
}

const ids = (ranking: ReturnType<typeof rankTaskChannels>) => ranking?.channels.map((entry) => entry.channel.id);

describe('rankTaskChannels', () => {
  it('orders by fit first, whatever the opening hours', () => {
    const ranking = rankTaskChannels(
      content([
        { channel: 'phone', fit: 'possible' },
        { channel: 'counter', fit: 'good' },
        { channel: 'library', fit: 'best' },
      ]),
      'pas',
      MONDAY_1445,
    );
    expect(ids(ranking)).to.deep.equal(['library', 'counter', 'phone']);
    expect(ranking?.recommended?.channel.id).to.equal('library');
  });

  it('within a fit: open, then closing soon, then the one that opens sooner, then never', () => {
    const ranking = rankTaskChannels(
      content([
        { channel: 'gone', fit: 'good' },
        { channel: 'library', fit: 'good' },
        { channel: 'evening', fit: 'good' },
        { channel: 'counter', fit: 'good' },
        { channel: 'phone', fit: 'good' },
      ]),
      'pas',
      MONDAY_1445,
    );
    expect(ids(ranking)).to.deep.equal(['phone', 'counter', 'evening', 'library', 'gone']);
    expect(ranking?.channels.map((entry) => [entry.state.open, entry.state.closingSoon])).to.deep.equal([
      [true, false],
      [true, true],
      [false, false],
      [false, false],
      [false, false],
    ]);
  });

  it('keeps content order between equals', () => {
    const ranking = rankTaskChannels(
      content([
        { channel: 'phone', fit: 'good' },
        { channel: 'web', fit: 'good' },
        { channel: 'counter', fit: 'best' },
      ]),
      'pas',
      at('2026-01-05T10:00:00Z'), // 11:00: all three open
    );
    expect(ids(ranking)).to.deep.equal(['counter', 'phone', 'web']);
  });

  it('recommends the best available when no channel is a best fit', () => {
    const ranking = rankTaskChannels(
      content([
        { channel: 'library', fit: 'good' },
        { channel: 'phone', fit: 'good' },
      ]),
      'pas',
      MONDAY_1445,
    );
    expect(ranking?.recommended?.channel.id).to.equal('phone');
  });

  it('never recommends a channel that will not open again', () => {
    const ranking = rankTaskChannels(
      content([
        { channel: 'gone', fit: 'best' },
        { channel: 'library', fit: 'good' },
      ]),
      'pas',
      MONDAY_1445,
    );
    expect(ids(ranking)).to.deep.equal(['gone', 'library']);
    expect(ranking?.recommended?.channel.id).to.equal('library');
    const onlyGone = rankTaskChannels(content([{ channel: 'gone', fit: 'best' }]), 'pas', MONDAY_1445);
    expect(onlyGone?.recommended).to.equal(undefined);
  });

  it('carries the task, the note, the resolved channel and its opening state', () => {
    const ranking = rankTaskChannels(content([{ channel: 'web', fit: 'best', note: 'Kræver MitID' }]), 'pas', MONDAY_1445);
    expect(ranking?.task.id).to.equal('pas');
    expect(ranking?.channels[0]).to.deep.equal({
      channel: channels[0],
      fit: 'best',
      note: 'Kræver MitID',
      state: { open: true, closingSoon: false },
    });
  });

  it('is undefined for an unknown task and skips channels the content does not have', () => {
    expect(rankTaskChannels(content([{ channel: 'web', fit: 'best' }]), 'kørekort', MONDAY_1445)).to.equal(undefined);
    expect(
      ids(
        rankTaskChannels(
          content([
            { channel: 'nowhere', fit: 'best' },
            { channel: 'web', fit: 'good' },
          ]),
          'pas',
          MONDAY_1445,
        ),
      ),
    ).to.deep.equal(['web']);
  });

  it('passes opening options on (holidays ignored)', () => {
    const christmasEve = at('2026-12-24T10:00:00Z');
    const ranking = rankTaskChannels(content([{ channel: 'phone', fit: 'best' }]), 'pas', christmasEve, { holidays: 'none' });
    expect(ranking?.channels[0]?.state.open).to.equal(true);
    expect(rankTaskChannels(content([{ channel: 'phone', fit: 'best' }]), 'pas', christmasEve)?.channels[0]?.state.open).to.equal(false);
  });
});
