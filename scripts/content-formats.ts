// Every content format the package reads, for the JSON Schema build and the editors' checker.
import type * as z from 'zod/mini';
import { ChannelsSchema } from '../src/channels/channels.schema.js';

export interface ContentFormat {
  name: string;
  title: string;
  description: string;
  schema: z.ZodMiniType;
}

export const CONTENT_FORMATS: ContentFormat[] = [
  {
    name: 'channels',
    title: 'Kontaktkanaler (borger-channels)',
    description: 'Kanaler (selvbetjening, telefon, fremmøde …) med åbningstider, og emner med de kanaler, der passer bedst.',
    schema: ChannelsSchema,
  },
];
