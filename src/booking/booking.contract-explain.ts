// Why an answer breaks the booking API contract, with JSON paths: the zod schemas and the core
// validator, one chunk loaded only for an answer the compact check refused (booking.contract.ts).
import type { Validated } from '../core/problems.js';
import { validate } from '../core/validation.js';
import type { Contract } from './booking.contract.js';
import * as schemas from './booking.schema.js';

/** What zod says about `value` against `contract`'s schema: the value it accepts, or every problem with its path. */
export function explainContract<T>(contract: Contract<T>, value: unknown): Validated<T> {
  return validate(contract.schema(schemas), value);
}
