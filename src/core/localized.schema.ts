// The schema of LocalizedText (localized.ts): a plain string (Danish), or one text per language.
import * as z from 'zod/mini';
import { hasKeys } from './compact-check.js';

const LANGUAGE_TAG = /^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/;

export const LocalizedTextSchema = z.union([
  z.string().check(z.minLength(1, 'must not be empty')),
  z
    .record(z.string().check(z.regex(LANGUAGE_TAG, 'is not a language code like "da" or "en"')), z.string().check(z.minLength(1)))
    .check(z.refine(hasKeys, 'needs at least one language')),
]);
