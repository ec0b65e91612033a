import { expect } from '@open-wc/testing';
import { SubmissionKey } from '../../src/booking/idempotency.js';

function counter(): () => string {
  let n = 0;
  return () => `key-${++n}`;
}

describe('SubmissionKey', () => {
  it('reuses the key while the same body is retried, whatever the order of its fields', () => {
    const keys = new SubmissionKey(counter());
    const first = keys.for({ slotId: 's1', name: 'Mette', email: 'm@example.dk' });
    expect(keys.for({ email: 'm@example.dk', name: 'Mette', slotId: 's1' })).to.equal(first);
    expect(keys.for({ email: 'm@example.dk', name: 'Mette', slotId: 's1', phone: undefined })).to.equal(first);
  });

  it('makes a new key when anything changes, and again after a final answer', () => {
    const keys = new SubmissionKey(counter());
    expect(keys.for({ slotId: 's1' })).to.equal('key-1');
    expect(keys.for({ slotId: 's2' })).to.equal('key-2');
    expect(keys.for({ slotId: 's1' })).to.equal('key-3');
    keys.reset();
    expect(keys.for({ slotId: 's1' })).to.equal('key-4');
  });

  it('defaults to random UUIDs, which the reference server accepts', () => {
    const key = new SubmissionKey().for({ slotId: 's1' });
    expect(key).to.match(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(new SubmissionKey().for({ slotId: 's1' })).not.to.equal(key);
  });
});
