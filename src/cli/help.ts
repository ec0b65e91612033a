// `borger-widgets --help`, and the sentences for a command line that cannot be run.
import type { UsageProblem } from './args.js';
import { DEFAULT_LIX_LIMIT } from './check.js';
import { LIX_MIN_WORDS } from './citizen-texts.js';
import type { CliLang } from './messages.js';

const HELP: Record<CliLang, string> = {
  da: `Tjek indhold til borger-widgets, før det kommer på siden.

Brug:
  npx borger-widgets check [tilvalg] <filer eller mapper …>
  npx borger-widgets test-api [--lang da|en] <booking-API'ets adresse>

Hver fil tjekkes mod sit format: guide, kanaler (channels), ordliste (glossary) eller
bookingkatalog (booking-seed). Formatet findes ud fra "$schema" (fx ".../guide.schema.json"),
ellers ud fra felterne øverst: "start" og "nodes" (guide), "channels", "terms" eller
"services" og "locations". En mappe betyder alle .json-filer i den (ikke undermapper).

Tjekket finder:
  ✖ fejl: ugyldig JSON (med linje og kolonne), felter skrevet to gange, ukendte felter (tastefejl),
    forkerte værdier, guider med blindgyder eller løkker, og henvisninger mellem filerne:
    en guides "task" og "channels"-knapper skal findes i kanalfilens "tasks", og dens
    booking-knappers "service"/"location" og kanalernes "bookingService" i bookingkataloget.
    En slags henvisning tjekkes kun, når en fil med målene er med; ellers står der en bemærkning.
  ⚠ advarsler: tekster, der er svære at læse. LIX regnes på den danske tekst ("da", eller
    teksten alene), uden markup; hvert afsnit og hvert punkt i en liste tæller som en sætning.
    Tekster under ${LIX_MIN_WORDS} ord får ingen advarsel: der afgør ét langt ord tallet.

test-api tjekker et booking-system mod aftalen i docs/booking-api.md: tider med
tidszone, 409 på en optaget tid, samme svar ved gentagelse med samme Idempotency-Key,
forkert token svarer som 404, ingen personoplysninger i svarene, 422 på et CPR-nummer.
Det booker og aflyser testtider (for opdigtede personer på example.invalid): brug et testsystem.
Hvert tjek får ✔ eller ✖; exit-kode 1, hvis ét fejler.

Tilvalg:
  --lix-limit N   advar, når LIX er over N (standard ${DEFAULT_LIX_LIMIT}; sigt efter 35-40 til borgere)
  --strict        advarsler giver også exit-kode 1
  --json          skriv rapporten som JSON (til værktøjer og CI)
  --lang da|en    sproget for alle beskeder (standard da); læses som en sides lang:
                  nb og sv giver dansk, andre sprog engelsk.
  -h, --help      vis denne hjælp
  --version       vis versionen

Exit-koder: 0 ingen fejl · 1 fejl (eller advarsler med --strict) · 2 forkert brug af kommandoen.
`,
  en: `Check content for borger-widgets before it goes on the page.

Usage:
  npx borger-widgets check [options] <files or folders …>
  npx borger-widgets test-api [--lang da|en] <booking API base URL>

Each file is checked against its format: guide, channels, glossary or booking catalogue
(booking-seed). The format comes from "$schema" (e.g. ".../guide.schema.json"), else from the
top-level fields: "start" and "nodes" (guide), "channels", "terms", or "services" and
"locations". A folder means every .json file in it (not subfolders).

The check finds:
  ✖ errors: invalid JSON (with line and column), fields written twice, unknown fields (typos),
    wrong values, guides with dead ends or loops, and references between the files: a guide's
    "task" and "channels" buttons must exist in the channels file's "tasks", and its booking
    buttons' "service"/"location" and the channels' "bookingService" in the booking catalogue.
    A kind of reference is only checked when a file with its targets is given; else a note says so.
  ⚠ warnings: texts that are hard to read. LIX is computed on the Danish text ("da", or the
    text alone), without markup; every paragraph and list item counts as a sentence.
    Texts under ${LIX_MIN_WORDS} words get no warning: one long word would decide the number.

test-api checks a booking system against the contract in docs/booking-api.md: times with
offsets, 409 on a taken slot, the same answer for a replayed Idempotency-Key, a wrong token
answers 404, no personal data in answers, 422 on a CPR number. It books and cancels test
times (for made-up people at example.invalid): use a test system.
Each check gets ✔ or ✖; exit code 1 if one fails.

Options:
  --lix-limit N   warn when LIX is above N (default ${DEFAULT_LIX_LIMIT}; aim for 35-40 for citizens)
  --strict        warnings give exit code 1 too
  --json          print the report as JSON (for tools and CI)
  --lang da|en    language of every message (default da); read as a page's lang:
                  nb and sv give Danish, other languages English.
  -h, --help      show this help
  --version       show the version

Exit codes: 0 no errors · 1 errors (or warnings with --strict) · 2 the command was used wrongly.
`,
};

export function helpText(lang: CliLang): string {
  return HELP[lang];
}

export function usageProblemText(problem: UsageProblem, lang: CliLang): string {
  const hint = lang === 'da' ? 'Se: npx borger-widgets --help' : 'See: npx borger-widgets --help';
  const da = lang === 'da';
  const text = (() => {
    switch (problem.code) {
      case 'no-command':
        return da ? 'Angiv en kommando: check eller test-api.' : 'Give a command: check or test-api.';
      case 'unknown-command':
        return da
          ? `Ukendt kommando "${problem.command}"; der er "check" og "test-api".`
          : `Unknown command "${problem.command}"; there are "check" and "test-api".`;
      case 'unknown-option':
        return da ? `Ukendt tilvalg "${problem.option}".` : `Unknown option "${problem.option}".`;
      case 'missing-value':
        return da ? `${problem.option} skal have en værdi.` : `${problem.option} needs a value.`;
      case 'bad-lix-limit':
        return da
          ? `--lix-limit skal være et tal på 0 eller mere, ikke "${problem.value}".`
          : `--lix-limit must be a number of 0 or more, not "${problem.value}".`;
      case 'bad-lang':
        return da
          ? `--lang skal være en sprogkode som "da" eller "en", ikke "${problem.value}".`
          : `--lang must be a language code like "da" or "en", not "${problem.value}".`;
      case 'no-files':
        return da ? 'Angiv de filer eller mapper, der skal tjekkes.' : 'Give the files or folders to check.';
      case 'no-base-url':
        return da
          ? "Angiv booking-API'ets adresse, fx https://test.example.dk/api/booking/v1."
          : "Give the booking API's address, e.g. https://test.example.dk/api/booking/v1.";
      case 'bad-base-url':
        return da
          ? `test-api skal have én adresse, der begynder med http:// eller https://, ikke "${problem.value}".`
          : `test-api needs one address starting with http:// or https://, not "${problem.value}".`;
    }
  })();
  return `${text}\n${hint}\n`;
}
