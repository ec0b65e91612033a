// The demo catalogue: what a Copenhagen-style Borgerservice offers and where. Saved on every start
// (upsert by id), so editing this file updates the services without touching bookings.
import type { Service } from '../src/booking/booking.schema.js';
import type { BookingStorage, Catalogue, LocationRecord } from './storage.js';

export const SERVICES: Service[] = [
  {
    id: 'pas',
    name: { da: 'Pas', en: 'Passport' },
    durationMinutes: 15,
    description: {
      da: 'Nyt pas til voksne og børn. Børn under 18 år skal selv komme med. Passet kommer med posten cirka tre uger efter.',
      en: 'A new passport for adults and children. Children under 18 must come in person. The passport arrives by post about three weeks later.',
    },
    bring: [
      {
        da: 'Dit gamle pas, også hvis det er udløbet. Uden det gamle pas koster det nye mere.',
        en: 'Your old passport, even if it has expired. Without it, the new one costs more.',
      },
      {
        da: 'Et printet pasfoto, eller få taget et hos os (det koster ekstra).',
        en: 'A printed passport photo, or have one taken here (extra fee).',
      },
      {
        da: 'Har du mistet passet: anden legitimation, fx dit kørekort eller din dåbs- eller navneattest.',
        en: 'If your passport is lost: other ID, for example your driving licence or your birth or name certificate.',
      },
      {
        da: 'Til børn: samtykke fra begge forældre med forældremyndighed.',
        en: 'For children: consent from both parents with custody.',
      },
    ],
  },
  {
    id: 'koerekort',
    name: { da: 'Kørekort', en: 'Driving licence' },
    durationMinutes: 15,
    description: {
      da: 'Få nyt kørekort, når dit gamle udløber, eller hvis du har mistet det. Vi kan også bytte et kørekort fra et andet land.',
      en: 'Renewing a driving licence, a new licence after a loss, and exchanging a foreign licence.',
    },
    bring: [
      { da: 'Dit nuværende kørekort, hvis du har det.', en: 'Your current driving licence, if you have it.' },
      { da: 'Et printet foto, eller få taget et hos os (det koster ekstra).', en: 'A printed photo, or have one taken here (extra fee).' },
    ],
  },
  {
    id: 'sundhedskort',
    name: { da: 'Sundhedskort og lægeskift', en: 'Health insurance card and changing doctor' },
    durationMinutes: 10,
    description: {
      da: 'Nyt sundhedskort, eller hjælp til at vælge en ny læge.',
      en: 'A new health insurance card, or help choosing a new doctor.',
    },
    bring: [{ da: 'Billedlegitimation, fx pas eller kørekort.', en: 'Photo ID, for example a passport or driving licence.' }],
  },
  {
    id: 'mitid',
    name: { da: 'MitID', en: 'MitID' },
    durationMinutes: 15,
    description: {
      da: 'Få MitID, eller få hjælp hvis du ikke kan logge ind. Vi hjælper også med Digital Post.',
      en: 'Get MitID, or get help if you cannot log in. We also help with Digital Post.',
    },
    bring: [
      { da: 'Gyldigt pas eller kørekort.', en: 'A valid passport or driving licence.' },
      { da: 'Din mobiltelefon, hvis du bruger MitID-appen.', en: 'Your mobile phone, if you use the MitID app.' },
    ],
  },
  {
    id: 'hjaelp-selvbetjening',
    name: { da: 'Hjælp til selvbetjening', en: 'Help with online self-service' },
    durationMinutes: 30,
    description: {
      da: 'Vi hjælper dig, mens du selv gør det på borger.dk. Det kan fx være flytning, boligstøtte eller pension.',
      en: 'We sit with you while you do it yourself on borger.dk, for example moving, housing benefit or pension.',
    },
    bring: [
      { da: 'Dit MitID.', en: 'Your MitID.' },
      {
        da: 'Papirer om sagen, fx lejekontrakt eller brev fra kommunen.',
        en: 'Papers about your case, for example a lease or a letter from the municipality.',
      },
    ],
  },
];

export const LOCATIONS: LocationRecord[] = [
  {
    location: {
      id: 'borgerservice-raadhuset',
      name: { da: 'Borgerservice, Rådhuset', en: 'Citizen Service, City Hall' },
      kind: 'borgerservice',
      address: 'Rådhuspladsen 1, 1550 København V',
      accessibility: {
        da: 'Indgang uden trin fra Rådhuspladsen. Handicaptoilet i stueetagen.',
        en: 'Step-free entrance from the square. Accessible toilet on the ground floor.',
      },
    },
    schedule: {
      counters: 3,
      horizonDays: 21,
      hours: [
        { days: ['mo', 'tu', 'we'], opens: '10:00', closes: '15:00' },
        { days: ['th'], opens: '10:00', closes: '17:00' },
        { days: ['fr'], opens: '10:00', closes: '13:00' },
      ],
    },
    serviceIds: ['pas', 'koerekort', 'sundhedskort', 'mitid', 'hjaelp-selvbetjening'],
  },
  {
    location: {
      id: 'bibliotek-hovedbiblioteket',
      name: { da: 'Hovedbiblioteket', en: 'Main Library' },
      kind: 'library',
      address: 'Krystalgade 15, 1172 København K',
      accessibility: {
        da: 'Elevator til alle etager. Borgerservice ligger i stueetagen.',
        en: 'Lift to all floors. Citizen service is on the ground floor.',
      },
    },
    schedule: {
      counters: 2,
      horizonDays: 28,
      hours: [
        { days: ['mo', 'tu', 'we', 'th'], opens: '10:00', closes: '19:00' },
        { days: ['fr'], opens: '10:00', closes: '17:00' },
        { days: ['sa'], opens: '10:00', closes: '14:00' },
      ],
    },
    serviceIds: ['pas', 'koerekort', 'mitid', 'hjaelp-selvbetjening'],
  },
  {
    location: {
      id: 'bibliotek-valby',
      name: { da: 'Valby Bibliotek', en: 'Valby Library' },
      kind: 'library',
      address: 'Annexstræde 2, 2500 Valby',
    },
    schedule: {
      counters: 1,
      horizonDays: 28,
      hours: [
        { days: ['mo', 'th'], opens: '12:00', closes: '19:00' },
        { days: ['sa'], opens: '10:00', closes: '14:00' },
      ],
    },
    serviceIds: ['pas', 'mitid', 'hjaelp-selvbetjening'],
  },
];

export const DEMO_CATALOGUE: Catalogue = { services: SERVICES, locations: LOCATIONS };

export function seedCatalogue(storage: BookingStorage, catalogue: Catalogue = DEMO_CATALOGUE): Promise<void> {
  return storage.saveCatalogue(catalogue);
}
