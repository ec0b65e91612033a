// Every content format the package reads, for the JSON Schema build. The list itself is the checker's
// (src/cli/formats.ts), so the CLI and the published schemas can never disagree on what exists; here
// each format gets its Danish title and description.
import type * as z from 'zod/mini';
import { FORMATS, type FormatName } from '../src/cli/formats.js';

export interface ContentFormat {
  name: FormatName;
  title: string;
  description: string;
  schema: z.ZodMiniType;
}

const ABOUT: Record<FormatName, { title: string; description: string }> = {
  guide: {
    title: 'Guide (borger-guide)',
    description: 'Et forløb af spørgsmål, der fører borgeren frem til et resultat: hvad der skal med, og hvad man gør nu.',
  },
  channels: {
    title: 'Kontaktkanaler (borger-channels)',
    description: 'Kanaler (selvbetjening, telefon, fremmøde …) med åbningstider, og emner med de kanaler, der passer bedst.',
  },
  glossary: {
    title: 'Ordliste (borger-help)',
    description: 'Svære ord, der forklares i sidens tekst: opslagsord, bøjninger, en kort forklaring og evt. oversættelser.',
  },
  booking: {
    title: 'Booking (borger-booking)',
    description: 'Det lille, en side selv skriver til bookingwidgeten: en kort tekst om persondata, et telefonnummer ved fejl, og evt. hvilke ydelser der kan bookes.',
  },
  'booking-seed': {
    title: 'Bookingkatalog (booking-server)',
    description:
      'Ydelser, der kan bookes tid til, og stederne med åbningstider, skranker og ydelser. Bookingserveren henter sine ydelser og steder herfra.',
  },
};

export const CONTENT_FORMATS: ContentFormat[] = FORMATS.map(({ name, schema }) => ({ name, schema, ...ABOUT[name] }));
