// Every error answer has one shape: { error: { code, message, fields? } } (DESIGN.md).
import type { Context } from 'hono';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import type { ApiErrorCode, ErrorBody } from '../src/booking/booking.schema.js';
import type { Problem } from '../src/core/validation.js';

export function errorBody(code: ApiErrorCode, message: string, fields?: Record<string, string>): ErrorBody {
  return { error: fields ? { code, message, fields } : { code, message } };
}

export function sendError(
  c: Context,
  status: ContentfulStatusCode,
  code: ApiErrorCode,
  message: string,
  fields?: Record<string, string>,
): Response {
  return c.json(errorBody(code, message, fields), status);
}

/** `$.email` → `email`; a problem with the whole body → `body`. The first problem per field wins. */
export function fieldsFromProblems(problems: readonly Problem[]): Record<string, string> {
  const fields: Record<string, string> = {};
  for (const problem of problems) {
    const field = problem.path === '$' ? 'body' : problem.path.replace(/^\$\.?/, '');
    fields[field] ??= problem.message;
  }
  return fields;
}

/** One answer for "unknown booking" and "wrong token", so neither can be told from the other. */
export const BOOKING_NOT_FOUND = errorBody('not_found', 'No booking with this id and token.');
