// Danish titles and descriptions for every field of every content format, merged into the emitted JSON
// Schemas (scripts/json-schema.ts), so an editor's JSON editor explains each field while typing.
// Keyed by JSON pointer into the content, with "*" for any list item or map key ("/nodes/*/title");
// SHARED_DOCS by property name, for fields that mean the same everywhere. A test checks that every
// field has a text here and that no key names a field that does not exist.
import type { FormatName } from '../src/cli/formats.js';
import { MARKUP_MAX_DEPTH } from '../src/core/markup.js';
import { GLOSSARY_LIMITS } from '../src/help/glossary.schema.js';

export interface FieldDoc {
  title: string;
  description: string;
}

export type FormatDocs = Record<string, FieldDoc>;

const TEXT = 'Tekst til borgeren: en dansk tekst, eller en tekst pr. sprog som { "da": "…", "en": "…" }.';
const RICH = `${TEXT} Må indeholde lidt markup: <p>, <ul>/<ol>/<li>, <strong>, <em>, <br> og <a href="…">. Tags må højst ligge ${MARKUP_MAX_DEPTH} niveauer inden i hinanden; \`check\` melder et tag eller anførselstegn, der ikke er lukket.`;
const FORM_LIMITS = `Højst ${GLOSSARY_LIMITS.formChars} tegn og ${GLOSSARY_LIMITS.formWords} ord, så ordlisten aldrig gør siden langsom.`;
const ID = 'Bogstaver a-z, tal, "-" og "_" (ingen mellemrum, ingen æ/ø/å).';
const TIME = 'Klokkeslæt i dansk tid som "HH:MM" (24-timers ur), fx "09:30".';
const DAYS = 'Ugedage: "mo", "tu", "we", "th", "fr", "sa", "su" (mandag til søndag).';
const WHEN =
  'Betingelse: { "spørgsmålets id": "svar" } eller { "spørgsmålets id": ["svar", "svar"] }. Sand, når hvert nævnt spørgsmål er besvaret med (en af) værdierne; for et spørgsmål med flere valg: når svaret indeholder en af dem.';
const NEXT =
  'Hvor guiden går hen: en nodes id, eller en liste af regler [{ "when": { … }, "to": "node" }, …, { "to": "node" }], som prøves i rækkefølge. Den sidste regel har ingen "when".';

/** Fields that mean the same in every format. */
export const SHARED_DOCS: FormatDocs = {
  $schema: {
    title: 'JSON Schema',
    description:
      'Adressen på formatets JSON Schema, fx "https://unpkg.com/borger-widgets/dist/schemas/guide.schema.json". Så kan editoren foreslå og forklare felterne, og `npx borger-widgets check` ved, hvilket format filen har.',
  },
  when: { title: 'Betingelse', description: WHEN },
  to: { title: 'Gå til', description: 'Id på den node, guiden går til, når reglen gælder.' },
};

/** How a LocalizedText's two forms are explained wherever one appears. */
export const LOCALIZED_TEXT_DOCS = {
  string: { title: 'Dansk tekst', description: 'Teksten på dansk. Samme tekst vises på alle sprog.' },
  object: {
    title: 'Tekst pr. sprog',
    description: 'Én tekst pr. sprogkode, fx { "da": "Pas", "en": "Passport" }. Dansk ("da") er grundsproget og bør altid være med.',
  },
} satisfies Record<string, FieldDoc>;

const guide: FormatDocs = {
  '/id': { title: 'Guidens id', description: `Kort, fast navn på guiden; bruges i hændelser og i adressen. ${ID}` },
  '/title': { title: 'Titel', description: `Guidens overskrift. ${TEXT}` },
  '/intro': { title: 'Indledning', description: `Kort tekst før første spørgsmål: hvad guiden hjælper med. ${TEXT}` },
  '/task': {
    title: 'Opgave i kanalfilen',
    description: 'Id på en opgave under "tasks" i kanalfilen (borger-channels), til "Andre måder at få hjælp". Skal findes dér.',
  },
  '/start': { title: 'Første node', description: 'Id på den node, guiden begynder med. Skal findes under "nodes".' },
  '/nodes': {
    title: 'Noder',
    description: `Guidens trin: spørgsmål, informationer og resultater. Nøglen er nodens id (${ID}) og bruges i "start", "next" og "when".`,
  },
  '/nodes/*': { title: 'Node', description: 'Et trin i guiden: "question" (spørgsmål), "info" (information) eller "outcome" (resultat).' },
  '/nodes/*/type': {
    title: 'Nodens type',
    description: '"question" (spørgsmål), "info" (information, der går videre) eller "outcome" (resultat, guidens slutning).',
  },
  '/nodes/*/kind': {
    title: 'Slags spørgsmål',
    description: '"single" (vælg ét svar), "multiple" (vælg flere svar) eller "yesno" (ja/nej; svarene hedder "yes" og "no").',
  },
  '/nodes/*/title': { title: 'Overskrift', description: `Spørgsmålet eller overskriften på trinnet. ${TEXT}` },
  '/nodes/*/hint': { title: 'Hjælpetekst', description: `Kort forklaring under spørgsmålet. ${TEXT}` },
  '/nodes/*/options': {
    title: 'Svarmuligheder',
    description:
      'Svarene borgeren kan vælge. Krævet for "single" og "multiple" (mindst to); på "yesno" kun for at give "yes" og "no" egne tekster.',
  },
  '/nodes/*/options/*/value': { title: 'Værdi', description: `Svarets faste værdi, som "when" tester. Unik i spørgsmålet. ${ID}` },
  '/nodes/*/options/*/label': { title: 'Tekst', description: `Svaret, som borgeren ser det. ${TEXT}` },
  '/nodes/*/options/*/hint': { title: 'Hjælpetekst', description: `Kort forklaring under svaret. ${TEXT}` },
  '/nodes/*/options/*/next': {
    title: 'Næste, for dette svar',
    description: `${NEXT} Ikke på "multiple"-spørgsmål; brug spørgsmålets "next".`,
  },
  '/nodes/*/options/*/exclusive': {
    title: 'Kan ikke kombineres',
    description: 'Kun på "multiple": true for et svar som "Ingen af delene", der ikke kan vælges sammen med andre.',
  },
  '/nodes/*/next': { title: 'Næste', description: NEXT },
  '/nodes/*/body': { title: 'Brødtekst', description: `Trinnets tekst. ${RICH}` },
  '/nodes/*/bring': { title: 'Husk at have med', description: 'Tjekliste på resultatet: det borgeren skal have med eller have klar.' },
  '/nodes/*/bring/*/text': { title: 'Tekst', description: `Det, der skal med. ${TEXT}` },
  '/nodes/*/bring/*/when': { title: 'Kun når', description: `Punktet vises kun, når betingelsen er sand. ${WHEN}` },
  '/nodes/*/actions': { title: 'Knapper', description: 'Det borgeren kan gøre nu: et link, en booking eller andre måder at få hjælp.' },
  '/nodes/*/actions/*/kind': {
    title: 'Slags knap',
    description:
      '"link" (gå til en side), "booking" (book tid i borger-booking) eller "channels" (vis kontaktmuligheder i borger-channels).',
  },
  '/nodes/*/actions/*/href': { title: 'Link', description: 'Adressen: https:, http:, mailto:, tel: eller en relativ adresse som "/pas".' },
  '/nodes/*/actions/*/label': { title: 'Knaptekst', description: `Teksten på knappen, fx "Book tid". ${TEXT}` },
  '/nodes/*/actions/*/service': {
    title: 'Bookingydelse',
    description: 'Id på ydelsen i bookingkataloget (fx "pas"). Skal findes under "services" dér.',
  },
  '/nodes/*/actions/*/location': {
    title: 'Sted',
    description: 'Valgfrit: id på et sted i bookingkataloget, der vælges på forhånd. Stedet skal tilbyde ydelsen.',
  },
  '/nodes/*/actions/*/target': {
    title: 'Element på siden',
    description:
      'Valgfrit: id (uden "#") på det borger-booking- eller borger-channels-element på siden, der skal åbne. Ellers bruges det første.',
  },
  '/nodes/*/actions/*/byAnswers': {
    title: 'Valg efter svarene',
    description:
      'Valgfrit, kun på booking: regler, der vælger ydelse eller sted ud fra borgerens svar, fx { "when": { "hvem": "barn" }, "service": "pas-barn" }. For ydelse og sted hver for sig gælder den første regel, hvis betingelse er sand, og som nævner feltet; ellers knappens egen "service" og "location".',
  },
  '/nodes/*/actions/*/byAnswers/*/service': { title: 'Ydelse', description: 'Id på den ydelse i bookingsystemet, reglen vælger.' },
  '/nodes/*/actions/*/byAnswers/*/location': { title: 'Sted', description: 'Id på det sted i bookingsystemet, reglen vælger.' },
  '/nodes/*/actions/*/answers': {
    title: 'Svar til bookingen',
    description:
      'Valgfrit, kun på booking: id på de spørgsmål, hvis svar bookingen viser under "Fra vejledningen" på tjek-trinnet og kvitteringen, i denne rækkefølge. Uden feltet vises alle svar på vejen hertil; [] viser ingen.',
  },
  '/nodes/*/actions/*/task': { title: 'Opgave', description: 'Id på opgaven under "tasks" i kanalfilen, hvis kontaktmuligheder vises.' },
};

const channels: FormatDocs = {
  '/channels': {
    title: 'Kanaler',
    description: 'Måderne at få hjælp på: selvbetjening, telefon, chat, fremmøde, bibliotek, e-mail, Digital Post, video.',
  },
  '/channels/*/id': { title: 'Kanalens id', description: `Kort, fast navn, som opgaverne bruger. Unikt. ${ID}` },
  '/channels/*/kind': {
    title: 'Slags kanal',
    description:
      '"selfservice", "chat", "digital-post" og "video" kræver "href"; "phone" kræver "phone"; "email" kræver "email"; "visit" (fremmøde) og "library" kræver "address".',
  },
  '/channels/*/label': { title: 'Navn', description: `Kanalens navn, fx "Borgerservice, Rådhuset". ${TEXT}` },
  '/channels/*/description': {
    title: 'Beskrivelse',
    description: `Kort tekst om, hvad kanalen kan hjælpe med. Vises ved alle opgaver: skriv det, der kun gælder nogle opgaver, under "notes". ${TEXT}`,
  },
  '/channels/*/notes': {
    title: 'Tekster til bestemte opgaver',
    description: 'Valgfrit: tekster, der kun vises ved kanalen, når borgerens opgave er en af de nævnte, fx "Til pas og kørekort skal du bestille tid først.".',
  },
  '/channels/*/notes/*/text': { title: 'Tekst', description: `Teksten, der vises ved kanalen. ${TEXT}` },
  '/channels/*/notes/*/tasks': {
    title: 'Opgaver',
    description: 'Id på de opgaver under "tasks", hvor teksten vises. Mindst én; en tekst til alle opgaver hører til under "description".',
  },
  '/channels/*/href': { title: 'Link', description: 'Adresse, der begynder med "https://" eller "/".' },
  '/channels/*/phone': { title: 'Telefonnummer', description: 'Fx "+45 33 66 33 66".' },
  '/channels/*/email': { title: 'E-mailadresse', description: 'Fx "borgerservice@kk.dk".' },
  '/channels/*/address': { title: 'Adresse', description: 'Gade, nummer, postnummer og by, fx "Rådhuspladsen 1, 1550 København V".' },
  '/channels/*/bookingService': {
    title: 'Bookingydelse',
    description: 'Valgfrit: id på en ydelse i bookingkataloget. Så får kanalen en "Book tid"-knap. Skal findes under "services" dér.',
  },
  '/channels/*/bookingLocation': {
    title: 'Bookingsted',
    description:
      'Valgfrit, sammen med "bookingService": id på stedet i bookingkataloget, fx "borgerservice-raadhuset". Så springer "Book tid" valget af sted over.',
  },
  '/channels/*/hours': {
    title: 'Åbningstider',
    description: 'Ugens faste tider, undtagelser og helligdage. Uden "hours" er kanalen altid åben.',
  },
  '/channels/*/hours/weekly': { title: 'Faste ugetider', description: 'Tider pr. ugedag. En dag, der ikke er nævnt, er lukket.' },
  '/channels/*/hours/weekly/*/days': { title: 'Dage', description: DAYS },
  '/channels/*/hours/weekly/*/opens': { title: 'Åbner', description: TIME },
  '/channels/*/hours/weekly/*/closes': {
    title: 'Lukker',
    description: `${TIME} "24:00" er midnat; et tidspunkt før "opens" betyder efter midnat.`,
  },
  '/channels/*/hours/exceptions': {
    title: 'Undtagelser',
    description: 'Datoer med andre tider eller lukket. Går forud for ugetider og helligdage.',
  },
  '/channels/*/hours/exceptions/*/date': { title: 'Dato', description: 'Datoen som "ÅÅÅÅ-MM-DD", fx "2026-12-24".' },
  '/channels/*/hours/exceptions/*/closed': {
    title: 'Lukket',
    description: 'true: lukket hele dagen. Ellers angiv både "opens" og "closes".',
  },
  '/channels/*/hours/exceptions/*/opens': { title: 'Åbner', description: TIME },
  '/channels/*/hours/exceptions/*/closes': { title: 'Lukker', description: `${TIME} "24:00" er midnat.` },
  '/channels/*/hours/exceptions/*/label': { title: 'Anledning', description: `Hvorfor tiderne er anderledes, fx "Grundlovsdag". ${TEXT}` },
  '/channels/*/hours/holidays': {
    title: 'Helligdage',
    description:
      '"dk" (standard): lukket på danske helligdage samt juleaftensdag, nytårsaftensdag og grundlovsdag. "none": helligdage ændrer intet. En undtagelse for en dato går forud.',
  },
  '/tasks': { title: 'Opgaver', description: 'Det borgeren vil have klaret (fx pas), og hvilke kanaler der passer til det.' },
  '/tasks/*/id': { title: 'Opgavens id', description: `Kort, fast navn, som guider og sider bruger (task="pas"). Unikt. ${ID}` },
  '/tasks/*/label': { title: 'Navn', description: `Opgavens navn, fx "Pas". ${TEXT}` },
  '/tasks/*/description': { title: 'Beskrivelse', description: `Kort tekst om opgaven. ${TEXT}` },
  '/tasks/*/channels': {
    title: 'Kanaler til opgaven',
    description: 'Kanalerne, der kan hjælpe med opgaven, hver med hvor godt den passer.',
  },
  '/tasks/*/channels/*/channel': { title: 'Kanal', description: 'Id på en kanal under "channels".' },
  '/tasks/*/channels/*/fit': {
    title: 'Hvor godt den passer',
    description: '"best" (bedst), "good" (god) eller "possible" (mulig). Bedste kanal vises først.',
  },
  '/tasks/*/channels/*/note': { title: 'Bemærkning', description: `Kort bemærkning for netop denne opgave, fx "Kræver MitID". ${TEXT}` },
};

const glossary: FormatDocs = {
  '/terms': { title: 'Ord', description: `De svære ord, der forklares i teksten på siden. Højst ${GLOSSARY_LIMITS.terms} ord.` },
  '/terms/*/id': {
    title: 'Ordets id',
    description: 'Kort, fast navn med små bogstaver, tal og enkelte bindestreger, fx "digital-fuldmagt". Unikt.',
  },
  '/terms/*/term': {
    title: 'Opslagsord',
    description: `Ordet på dansk, som det står i teksten, fx "sundhedskort". ${FORM_LIMITS}`,
  },
  '/terms/*/forms': {
    title: 'Andre former',
    description: `Former, der også skal findes, som de skrives: uregelmæssige bøjninger og synonymer, fx "sundhedskortet". Højst ${GLOSSARY_LIMITS.forms} former pr. ord; hver form: ${FORM_LIMITS}`,
  },
  '/terms/*/inflect': {
    title: 'Find bøjninger',
    description: 'true (standard): find også de almindelige danske endelser af opslagsordet (fx -en, -et, -er, -erne og ejefalds-s).',
  },
  '/terms/*/explanation': { title: 'Forklaring', description: `Kort forklaring i et enkelt sprog. ${RICH}` },
  '/terms/*/link': { title: 'Læs mere', description: 'Valgfrit link til en side, der forklarer mere.' },
  '/terms/*/link/href': { title: 'Adresse', description: 'En http(s)-adresse eller en adresse på samme site, fx "/pas".' },
  '/terms/*/link/label': { title: 'Linktekst', description: `Fx "Læs mere på borger.dk". ${TEXT}` },
  '/terms/*/translations': {
    title: 'Oversættelser',
    description: 'Ordet og forklaringen på andre sprog, efter sprogkode: { "en": { "term": "…", "explanation": "…" } }.',
  },
  '/terms/*/translations/*': { title: 'Oversættelse', description: 'Ordet og forklaringen på ét sprog.' },
  '/terms/*/translations/*/term': { title: 'Ord', description: 'Ordet på det sprog.' },
  '/terms/*/translations/*/explanation': { title: 'Forklaring', description: 'Forklaringen på det sprog.' },
};

const SEED_ID = 'Små bogstaver a-z, tal og enkelte bindestreger (bliver en del af tidernes id).';

const bookingSeed: FormatDocs = {
  '/services': { title: 'Ydelser', description: 'Det, borgere kan booke tid til, fx pas og kørekort.' },
  '/services/*/id': { title: 'Ydelsens id', description: `Bruges af guider ("service") og kanaler ("bookingService"). Unikt. ${SEED_ID}` },
  '/services/*/name': { title: 'Navn', description: `Ydelsens navn, fx "Pas". ${TEXT}` },
  '/services/*/durationMinutes': {
    title: 'Varighed (minutter)',
    description: 'Hvor lang en tid er; tiderne ligger i forlængelse af hinanden fra åbning.',
  },
  '/services/*/bring': { title: 'Husk at have med', description: `Det borgeren skal have med, ét punkt pr. tekst. ${TEXT}` },
  '/services/*/description': { title: 'Beskrivelse', description: `Kort tekst om ydelsen. ${TEXT}` },
  '/locations': { title: 'Steder', description: 'Hvor man kan møde op, med åbningstider, skranker og ydelser.' },
  '/locations/*/location': { title: 'Stedet', description: 'Stedet, som borgeren ser det.' },
  '/locations/*/location/id': { title: 'Stedets id', description: `Unikt. ${SEED_ID}` },
  '/locations/*/location/name': { title: 'Navn', description: `Fx "Borgerservice, Rådhuset". ${TEXT}` },
  '/locations/*/location/kind': { title: 'Slags sted', description: '"borgerservice", "library" (bibliotek) eller "other" (andet).' },
  '/locations/*/location/address': { title: 'Adresse', description: 'Gade, nummer, postnummer og by.' },
  '/locations/*/location/accessibility': { title: 'Tilgængelighed', description: `Fx trinfri indgang, elevator, handicaptoilet. ${TEXT}` },
  '/locations/*/schedule': { title: 'Tider', description: 'Hvornår og hvor mange der kan bookes.' },
  '/locations/*/schedule/counters': {
    title: 'Skranker',
    description: 'Hvor mange borgere der kan betjenes samtidig: hver tids kapacitet.',
  },
  '/locations/*/schedule/horizonDays': { title: 'Dage frem', description: 'Hvor mange dage frem man kan booke (i dag er dag 0).' },
  '/locations/*/schedule/hours': { title: 'Åbningstider', description: 'Tider pr. ugedag. Lukket på danske helligdage.' },
  '/locations/*/schedule/hours/*/days': { title: 'Dage', description: DAYS },
  '/locations/*/schedule/hours/*/opens': { title: 'Åbner', description: TIME },
  '/locations/*/schedule/hours/*/closes': { title: 'Lukker', description: `${TIME} Et tidspunkt før "opens" betyder efter midnat.` },
  '/locations/*/serviceIds': { title: 'Ydelser her', description: 'Id på de ydelser, stedet tilbyder. Skal findes under "services".' },
};

const booking: FormatDocs = {
  '/privacy': {
    title: 'Om dine oplysninger',
    description: `Kort tekst ved formularen om, hvad vi bruger navn, e-mail og mobilnummer til, og hvornår vi sletter dem. Højst 600 tegn; link til den fulde tekst fra siden. ${TEXT}`,
  },
  '/confirmationEmail': {
    title: 'Bekræftelse på e-mail',
    description:
      'Sæt kun true, hvis jeres bookingsystem sender en bekræftelse med linket til bookingen på e-mail. Uden den siger bekræftelsen, at linket på skærmen er borgerens eneste kopi.',
  },
  '/phone': { title: 'Telefon ved fejl', description: 'Et telefonnummer, vi viser borgeren, hvis bookingsystemet ikke svarer.' },
  '/phone/phone': { title: 'Telefonnummer', description: 'Fx "+45 33 66 33 66".' },
  '/phone/label': { title: 'Tekst', description: `Fx "Ring til Borgerservice". Højst 120 tegn. ${TEXT}` },
  '/phone/hours': { title: 'Telefontider', description: `Fx "Hverdage kl. 9–14". Højst 120 tegn. ${TEXT}` },
  '/services': {
    title: 'Ydelser',
    description:
      'Valgfrit: id på de ydelser, der kan bookes her, i den rækkefølge de skal vises. Uden listen vises alle ydelser fra bookingsystemet.',
  },
};

export const SCHEMA_DOCS: Record<FormatName, FormatDocs> = { guide, channels, glossary, 'booking-seed': bookingSeed, booking };
