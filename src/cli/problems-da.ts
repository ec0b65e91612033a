// The validators' sentences in Danish, for `borger-widgets check` (Danish by default). The widgets
// write their problems in English once (they go to the browser console for web teams); an editor
// reading the checker in Danish gets every one of them in Danish, quoted values left as written.
// A sentence not known here is printed as the validator wrote it; the CLI tests check that every
// sentence the checker's fixtures produce is known.

type Rule = readonly [RegExp, (...groups: string[]) => string];

/** Zod's expected types as validation.ts names them ("a string", "an object", "a list"). */
const EXPECTED: Readonly<Record<string, string>> = {
  'a string': 'en tekst',
  'a number': 'et tal',
  'an int': 'et heltal',
  'a boolean': 'true eller false',
  'an object': 'et objekt',
  'a list': 'en liste',
  'a record': 'et objekt',
  'a map': 'et objekt',
  'a null': 'null',
  'a date': 'en dato',
};

/** What validation.ts says a value is ("the text \"x\"", "number 5", "a list"). */
function value(text: string): string {
  if (text === 'null') return 'null';
  if (text === 'a list') return 'en liste';
  if (text === 'an object') return 'et objekt';
  const quoted = /^the text (".*")$/s.exec(text);
  if (quoted) return `teksten ${quoted[1]}`;
  const number = /^number (.+)$/.exec(text);
  if (number) return `tallet ${number[1]}`;
  const boolean = /^boolean (true|false)$/.exec(text);
  if (boolean) return boolean[1]!;
  return text;
}

const expected = (text: string) => EXPECTED[text] ?? text;

/** The kinds of id the schemas name ("should be a node id: …"). */
const ID_KIND: Readonly<Record<string, string>> = {
  'a guide id': 'et guide-id',
  'a task id': 'et opgave-id',
  'a node id': 'et trin-id',
  'an option value': 'en svarværdi',
  'a service id': 'et ydelses-id',
  'a location id': 'et steds-id',
  'a channel id': 'et kanal-id',
  'a term id': 'et ord-id',
};

const NODE_TYPE: Readonly<Record<string, string>> = { info: 'info', outcome: 'outcome', question: 'question' };

/** Whole sentences, word for word. */
const EXACT: Readonly<Record<string, string>> = {
  'is required': 'mangler',
  'is not valid': 'er ikke gyldig',
  'Invalid input': 'er ikke gyldig',
  'should be an id of lower-case letters a-z, digits and single dashes, like "pas" (it becomes part of slot ids)':
    'skal være et id af små bogstaver a-z, tal og enkelte bindestreger, fx "pas" (det bliver en del af tidernes id’er)',
  'has the wrong shape': 'har en forkert opbygning',
  'is not a known field (a typo?)': 'er ikke et kendt felt (en tastefejl?)',
  'must not be empty': 'må ikke være tom',
  'must contain a letter or a digit': 'skal indeholde et bogstav eller et tal',
  'is too long': 'er for lang',
  'is too short for a secret token': 'er for kort til en hemmelig nøgle',
  'needs at least one language': 'skal have mindst ét sprog',
  'needs at least one channel': 'skal have mindst én kanal',
  'needs at least one location': 'skal have mindst ét sted',
  'needs at least one node': 'skal have mindst ét trin (node)',
  'needs at least one question to test': 'skal teste mindst ét spørgsmål',
  'needs at least one rule': 'skal have mindst én regel',
  'needs at least one service': 'skal have mindst én ydelse',
  'needs at least one value': 'skal have mindst én værdi',
  'names a service twice': 'nævner en ydelse to gange',
  'needs at least one day, like ["mo", "tu"]': 'skal have mindst én dag, fx ["mo", "tu"]',
  'needs at least one service id; leave "services" out to offer every service':
    'skal have mindst ét ydelses-id; udelad "services" for at tilbyde alle ydelser',
  'is not a language code like "da" or "en"': 'er ikke en sprogkode som "da" eller "en"',
  'is not a language code like "en" or "ar"': 'er ikke en sprogkode som "en" eller "ar"',
  'is not a real date (check month and day)': 'er ikke en rigtig dato (tjek måned og dag)',
  'is required when "closes" is given': 'skal angives, når "closes" er angivet',
  'is required when "opens" is given': 'skal angives, når "opens" er angivet',
  'is the same as "opens"; for open around the clock use "00:00" to "24:00"':
    'er det samme som "opens"; skriv "00:00" til "24:00" for døgnåbent',
  'has "closed": true and also "opens"/"closes"; give one or the other':
    'har både "closed": true og "opens"/"closes"; angiv det ene eller det andet',
  'needs either "closed": true or both "opens" and "closes"': 'skal have enten "closed": true eller både "opens" og "closes"',
  'give an e-mail address or a phone number, so we can reach you about the booking':
    'angiv en e-mailadresse eller et telefonnummer, så vi kan kontakte dig om bookingen',
  'looks like a CPR number; a booking needs only your name, never your CPR number':
    'ligner et CPR-nummer; en booking kræver kun dit navn, aldrig dit CPR-nummer',
  'should be "link", "booking" or "channels"': 'skal være "link", "booking" eller "channels"',
  'should be "question", "info" or "outcome"': 'skal være "question", "info" eller "outcome"',
  'should be a Danish phone number of 8 digits (optionally +45), or an international number starting with +':
    'skal være et dansk telefonnummer på 8 cifre (evt. med +45) eller et udenlandsk nummer, der starter med +',
  'should be a date and time with offset like "2026-03-02T10:00:00+01:00"':
    'skal være en dato og et klokkeslæt med tidszone, fx "2026-03-02T10:00:00+01:00"',
  'should be a date like "2026-03-02"': 'skal være en dato, fx "2026-03-02"',
  'should be a date like "2026-12-24"': 'skal være en dato, fx "2026-12-24"',
  'should be a lower-case id like "digital-fuldmagt" (letters, digits and single hyphens)':
    'skal være et id med små bogstaver, fx "digital-fuldmagt" (bogstaver, tal og enkelte bindestreger)',
  'should be a phone number like "+45 33 66 33 66"': 'skal være et telefonnummer, fx "+45 33 66 33 66"',
  'should be a service id like "pas"': 'skal være et ydelses-id, fx "pas"',
  'should be a time like "09:30" (24-hour clock, 00:00–23:59)': 'skal være et klokkeslæt, fx "09:30" (24-timers ur, 00:00–23:59)',
  'should be a time like "17:30" (24-hour clock; "24:00" for midnight)':
    'skal være et klokkeslæt, fx "17:30" (24-timers ur; "24:00" for midnat)',
  'should be a web address starting with "https://" or "/"': 'skal være en webadresse, der starter med "https://" eller "/"',
  'should be an e-mail address like "borgerservice@kk.dk"': 'skal være en e-mailadresse, fx "borgerservice@kk.dk"',
  'should be an e-mail address like "navn@example.dk"': 'skal være en e-mailadresse, fx "navn@example.dk"',
  'should be an http(s) address or a link relative to the page (no javascript:, data: or spaces)':
    'skal være en http(s)-adresse eller et link i forhold til siden (ingen javascript:, data: eller mellemrum)',
  // core/url.ts (checkHref) and core/href.schema.ts: why a link or e-mail address is refused.
  'is empty': 'er tom',
  'contains a space or an invisible control character (browsers ignore them inside "java\\tscript:")':
    'indeholder et mellemrum eller et usynligt kontroltegn (browsere ser bort fra dem inde i "java\\tscript:")',
  'contains "\\", which browsers read as "/" ("/\\evil.example" leads to another site); write "/" or leave it out':
    'indeholder "\\", som browsere læser som "/" ("/\\evil.example" fører til et andet websted); skriv "/" eller fjern det',
  'starts with "//", which leads to another site while looking like a link on this one; write the full "https://…" address':
    'starter med "//", som fører til et andet websted, selv om det ligner et link på dette; skriv hele "https://…"-adressen',
  'should be an https:, http:, mailto: or tel: link, or a link on this site starting with "/" (no javascript:, data: …)':
    'skal være et https:-, http:-, mailto:- eller tel:-link eller et link på dette websted, der starter med "/" (ingen javascript:, data: …)',
  'should be a full web address like "https://www.borger.dk/…"': 'skal være en hel webadresse, fx "https://www.borger.dk/…"',
  'a mailto: link may carry only one e-mail address, like "mailto:borgerservice@kk.dk" (no "?", no cc, bcc, subject or body)':
    'et mailto:-link må kun have én e-mailadresse, fx "mailto:borgerservice@kk.dk" (intet "?", ingen cc, bcc, emne eller tekst)',
  'a tel: link may carry only a phone number, like "tel:+4533663366"': 'et tel:-link må kun have et telefonnummer, fx "tel:+4533663366"',
  'should be a web address ("https://…") or a link on this site starting with "/"':
    'skal være en webadresse ("https://…") eller et link på dette websted, der starter med "/"',
  'should be one e-mail address like "borgerservice@kk.dk" (nothing after it: no "?", cc, bcc, subject or body)':
    'skal være én e-mailadresse, fx "borgerservice@kk.dk" (intet efter den: intet "?", ingen cc, bcc, emne eller tekst)',
  // The glossary's size limits (help/glossary.schema.ts).
  'is too long: a term has at most 60 characters': 'er for langt: et opslagsord har højst 60 tegn',
  'is too long: a form has at most 60 characters': 'er for lang: en form har højst 60 tegn',
  'has too many words: a term has at most 6 words': 'har for mange ord: et opslagsord har højst 6 ord',
  'has too many words: a form has at most 6 words': 'har for mange ord: en form har højst 6 ord',
  'has too many forms: at most 20 per term': 'har for mange former: højst 20 pr. ord',
  'has too many terms: at most 2000': 'har for mange ord: højst 2000',
  'should be an https:, http:, mailto: or tel: link, or a relative one':
    'skal være et https:-, http:-, mailto:- eller tel:-link eller et relativt link',
  'should be an id of letters, digits and dashes, like "borgerservice"':
    'skal være et id af bogstaver, tal og bindestreger, fx "borgerservice"',
  'should be the id of an element on this page, without "#"': 'skal være id’et på et element på siden, uden "#"',
  'should be an option value, or a list of option values': 'skal være en svarværdi eller en liste af svarværdier',
  'should be a node id, or a list of rules like [{ "when": { "question": "value" }, "to": "node" }, { "to": "node" }]':
    'skal være et trin-id eller en liste af regler, fx [{ "when": { "question": "value" }, "to": "node" }, { "to": "node" }]',
  'a yes/no question with options (for its own labels) needs both "yes" and "no"':
    'et ja/nej-spørgsmål med svarmuligheder (til egne tekster) skal have både "yes" og "no"',
  'a "multiple" question can have several answers, so it moves on with its own "next" (use rules there to route on the answers), not one per option':
    'et "multiple"-spørgsmål kan have flere svar, så det går videre med sit eget "next" (brug regler der til at vælge vej efter svarene), ikke ét pr. svarmulighed',
  'has no "next", so the guide stops here after the answer; add a "next"':
    'har intet "next", så guiden stopper her efter svaret; tilføj et "next"',
  'the last rule has a "when", so the guide stops here when no rule matches; end the list with a rule that has only "to"':
    'den sidste regel har et "when", så guiden stopper her, når ingen regel passer; afslut listen med en regel, der kun har "to"',
};

/** Sentences with values in them; the values are kept exactly as the validator quoted them. */
const PATTERNS: readonly Rule[] = [
  [/^is required \((a .+|an .+)\)$/, (what) => `mangler (skal være ${expected(what!)})`],
  [/^is required \(one of (.+)\)$/, (allowed) => `mangler (en af ${allowed})`],
  [/^should be one of (.+), not (.+)$/s, (allowed, actual) => `skal være en af ${allowed}, ikke ${value(actual!)}`],
  [/^should be (a [\w ]+|an [\w ]+), not (.+)$/s, (what, actual) => `skal være ${expected(what!)}, ikke ${value(actual!)}`],
  [/^has the wrong shape \((.+)\)$/s, (actual) => `har en forkert opbygning (${value(actual!)})`],
  [/^has the wrong format \((.+)\)$/, (format) => `har et forkert format (${format})`],
  [/^needs at least (\d+) items$/, (n) => `skal have mindst ${n} elementer`],
  [/^needs at least (\d+)$/, (n) => `skal være mindst ${n}`],
  [/^allows at most (\d+)$/, (n) => `må højst være ${n}`],
  [/^is too long \(at most (\d+) characters\)$/, (n) => `er for lang (højst ${n} tegn)`],
  [/^is too long \(at most (\d+) characters\): keep it to a few words$/, (n) => `er for lang (højst ${n} tegn): hold den til få ord`],
  [/^is too long \(at most (\d+) characters\), like (".*")$/, (n, like) => `er for lang (højst ${n} tegn), fx ${like}`],
  [
    /^is too long \(at most (\d+) characters\): keep it short and link to the full policy from the page$/,
    (n) => `er for lang (højst ${n} tegn): hold den kort, og link til hele politikken fra siden`,
  ],
  [/^should be (an? [\w ]+ (?:id|value)): (.+)$/, (kind, rule) => `skal være ${ID_KIND[kind!] ?? kind}: ${danishIdRule(rule!)}`],
  [/^is not a usable a node id: use (.+)$/, (rule) => `kan ikke bruges som trin-id: brug ${danishIdRule(rule!)}`],
  [/^is not a usable an option value: use (.+)$/, (rule) => `kan ikke bruges som svarværdi: brug ${danishIdRule(rule!)}`],
  [/^is not a usable (.+): use (.+)$/, (what, rule) => `kan ikke bruges (${what}): brug ${danishIdRule(rule!)}`],
  [/^repeats the id (".*") of (\$\S*)$/, (id, path) => `gentager id’et ${id} fra ${path}`],
  [
    /^is (".*") again; ids must be unique \(first used at (\$\S*)\)$/,
    (id, path) => `er ${id} igen; id’er skal være unikke (brugt første gang i ${path})`,
  ],
  [
    /^(".*") is already a form of the term (".*") \((\$\S*)\); a word can explain only one term$/,
    (form, term, path) => `${form} er allerede en form af ordet ${term} (${path}); et ord kan kun forklare ét begreb`,
  ],
  [
    /^names the channel (".*"), which is not in "channels" \(known: (.*)\)$/,
    (id, known) => `nævner kanalen ${id}, som ikke findes under "channels" (kendte: ${known})`,
  ],
  [/^names the channel (".*") twice in this task$/, (id) => `nævner kanalen ${id} to gange i denne opgave`],
  [
    /^names the service (".*"), which is not in "services" \(known: (.*)\)$/,
    (id, known) => `nævner ydelsen ${id}, som ikke findes under "services" (kendte: ${known})`,
  ],
  [/^names the service (".*") twice for this location$/, (id) => `nævner ydelsen ${id} to gange for dette sted`],
  [
    /^is required for a (".*") channel \(it is how citizens reach it\)$/,
    (kind) => `skal angives for en ${kind}-kanal (det er sådan, borgerne når den)`,
  ],
  [
    /^gives hours on (\S+), which another exception marks as closed$/,
    (date) => `angiver åbningstider den ${date}, som en anden undtagelse markerer som lukket`,
  ],
  [/^a (".*") question needs at least two options to choose from$/, (kind) => `et ${kind}-spørgsmål skal have mindst to svarmuligheder`],
  [/^a yes\/no question only answers "yes" or "no", not (".*")$/, (v) => `et ja/nej-spørgsmål kan kun svare "yes" eller "no", ikke ${v}`],
  [
    /^(".*") is already the value of options\[(\d+)\]; each option needs its own value$/,
    (v, i) => `${v} er allerede værdien af options[${i}]; hver svarmulighed skal have sin egen værdi`,
  ],
  [
    /^"exclusive" only works on a "multiple" question; this one is (".*")$/,
    (kind) => `"exclusive" virker kun på et "multiple"-spørgsmål; dette er ${kind}`,
  ],
  [
    /^answering (".*") leads nowhere: give this option a "next", or give the question one$/,
    (v) => `svaret ${v} fører ingen steder hen: giv svarmuligheden et "next", eller giv spørgsmålet et`,
  ],
  [
    /^comes after rule (\d+), which has no "when" and always applies, so this rule is never used$/,
    (n) => `står efter regel ${n}, som ikke har noget "when" og altid gælder, så denne regel bruges aldrig`,
  ],
  [
    /^goes back to (".*") and makes a loop: (.+); a guide must always move forward$/,
    (to, loop) => `går tilbage til ${to} og laver en løkke: ${loop}; en guide skal altid gå fremad`,
  ],
  [
    /^(".*") is not a node in \$\.nodes, so this condition can never be true$/,
    (id) => `${id} er ikke et trin i $.nodes, så betingelsen kan aldrig være opfyldt`,
  ],
  [
    /^(".*") is an (\w+) node, not a question, so it has no answer to test$/,
    (id, type) => `${id} er et ${NODE_TYPE[type!] ?? type}-trin, ikke et spørgsmål, så det har intet svar at teste`,
  ],
  [
    /^the question (".*") cannot give the answer (".*") \(it gives (.*)\)$/,
    (id, v, values) => `spørgsmålet ${id} kan ikke give svaret ${v} (det giver ${values})`,
  ],
  [
    /^the question (".*") is never asked before this point, so this condition can never be true$/,
    (id) => `spørgsmålet ${id} bliver aldrig stillet før dette sted, så betingelsen kan aldrig være opfyldt`,
  ],
  [
    /^names (".*"), which is not a node in \$\.nodes \(the nodes are (.*)\)$/,
    (id, ids) => `nævner ${id}, som ikke er et trin i $.nodes (trinene er ${ids})`,
  ],
  [/^goes to (".*"), which is not a node in \$\.nodes$/, (id) => `går til ${id}, som ikke er et trin i $.nodes`],
  [
    /^cannot be reached from the start \((".*")\); link to it from another node, or remove it$/,
    (start) => `kan ikke nås fra starten (${start}); link til det fra et andet trin, eller fjern det`,
  ],
];

function danishIdRule(rule: string): string {
  return rule.replace(
    'letters a-z, digits, "-" and "_" (no spaces, no æ/ø/å)',
    'bogstaverne a-z, tal, "-" og "_" (ingen mellemrum, ingen æ/ø/å)',
  );
}

/** The Danish sentence for a validator's English one, or undefined when it is not known here. */
export function danishProblem(text: string): string | undefined {
  if (Object.hasOwn(EXACT, text)) return EXACT[text];
  for (const [pattern, write] of PATTERNS) {
    const match = pattern.exec(text);
    if (match) return write(...match.slice(1));
  }
  return undefined;
}
