import { expect } from '@open-wc/testing';
import { validateBookingContent } from '../../src/booking/booking.content.js';

const paths = (input: unknown) => {
  const result = validateBookingContent(input);
  return result.ok ? [] : result.problems.map((p) => `${p.path}: ${p.message}`);
};

describe('booking content schema', () => {
  it('accepts nothing at all, and every optional part', () => {
    expect(validateBookingContent({}).ok).to.equal(true);
    const result = validateBookingContent({
      $schema: '../schemas/booking.json',
      privacy: { da: 'Vi sletter dine oplysninger 30 dage efter din tid.', en: 'We delete your details 30 days after.' },
      phone: { phone: '+45 33 66 33 66', label: 'Ring til Borgerservice', hours: { da: 'Hverdage kl. 9–14', en: 'Weekdays 9–14' } },
      services: ['pas', 'koerekort'],
    });
    expect(result.ok).to.equal(true);
  });

  it('names typos and bad values with their JSON paths', () => {
    expect(paths({ privcy: 'x' })).to.deep.equal(['$.privcy: is not a known field (a typo?)']);
    expect(paths({ phone: { phone: 'ring os' } })).to.deep.equal(['$.phone.phone: should be a phone number like "+45 33 66 33 66"']);
    expect(paths({ phone: { phone: '+45 33 66 33 66', open: '9-14' } })).to.deep.equal(['$.phone.open: is not a known field (a typo?)']);
    expect(paths({ services: [] })[0]).to.match(/^\$\.services: /);
    expect(paths({ services: ['pas', 'pas'] })).to.deep.equal(['$.services: names a service twice']);
    expect(paths({ services: ['Pas og ID'] })).to.deep.equal(['$.services[0]: should be a service id like "pas"']);
  });

  it('keeps the privacy text short', () => {
    expect(paths({ privacy: 'x'.repeat(600) })).to.deep.equal([]);
    expect(paths({ privacy: { da: 'kort', en: 'x'.repeat(601) } })[0]).to.include('$.privacy: is too long');
    expect(paths({ phone: { phone: '33663366', hours: 'x'.repeat(121) } })[0]).to.include('$.phone.hours: is too long');
  });
});
