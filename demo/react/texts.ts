// The React app's own words, in Danish and English (the widgets bring their own).
export type DemoLang = 'da' | 'en';

export const LANGS: { lang: DemoLang; name: string }[] = [
  { lang: 'da', name: 'Dansk' },
  { lang: 'en', name: 'English' },
];

const TEXTS = {
  da: {
    language: 'Sprog',
    contactHeading: 'Kontakt Borgerservice',
    taskLabel: 'Hvad skal du have hjælp til?',
    taskPlaceholder: 'Vælg en opgave',
    loading: 'Henter kontaktmuligheder …',
    loadFailed: 'Vi kan ikke vise kontaktmulighederne lige nu. Ring til Borgerservice på +45 33 66 33 66.',
    bookingHeading: 'Book tid',
    booked: 'Din tid er booket: {code}',
  },
  en: {
    language: 'Language',
    contactHeading: 'Contact Citizen Service',
    taskLabel: 'What do you need help with?',
    taskPlaceholder: 'Choose a task',
    loading: 'Loading ways to get in touch …',
    loadFailed: 'We cannot show the ways to get in touch right now. Call Citizen Service on +45 33 66 33 66.',
    bookingHeading: 'Book a time',
    booked: 'Your time is booked: {code}',
  },
} satisfies Record<DemoLang, Record<string, string>>;

export type TextKey = keyof (typeof TEXTS)['da'];

export function text(lang: DemoLang, key: TextKey, params: Record<string, string> = {}): string {
  return TEXTS[lang][key].replace(/\{(\w+)\}/g, (_, name: string) => params[name] ?? '');
}
