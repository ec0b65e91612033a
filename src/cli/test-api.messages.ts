// What `borger-widgets test-api` prints, in Danish (the default) and English (`--lang en`).
import type { CliLang } from './messages.js';
import type { CheckFailure, CheckResult, ContractCheck } from './test-api.js';

interface TestApiStrings {
  heading: (baseUrl: string) => string;
  check: Record<ContractCheck, string>;
  failure: (failure: CheckFailure) => string;
  summary: (passed: number, total: number) => string;
}

const q = (text: string) => JSON.stringify(text);

const da: TestApiStrings = {
  heading: (baseUrl) => `Tjekker booking-API'et på ${baseUrl} (det booker og aflyser testtider: brug et testsystem)`,
  check: {
    catalogue: 'ydelser, steder og tider svarer i den aftalte form, og der er en ledig tid',
    offsets: 'tider har tidszone-forskydning (fx +01:00), og start er før slut',
    create: 'en booking giver 201 med booking og token',
    'no-echo': 'svarene gentager ikke borgerens navn, e-mail eller telefon',
    replay: 'samme Idempotency-Key og samme indhold giver samme booking og token igen',
    'replay-other-body': 'samme Idempotency-Key med andet indhold giver 422',
    'slot-taken': 'en fuldt booket tid giver 409 slot_taken',
    'token-404': 'forkert eller manglende token svarer som en ukendt booking (404)',
    'cpr-422': 'et CPR-nummer i navnet (også med punktummer eller bredde cifre) giver 422 på feltet name',
    cancel: 'aflysning giver 204, og bookingen står derefter som aflyst',
  },
  failure(f) {
    switch (f.reason) {
      case 'status':
        return `${f.request}: forventede ${f.expected}, fik ${f.got}`;
      case 'shape':
        return `${f.request}: svaret passer ikke til aftalen:\n${f.problems}`;
      case 'echoed':
        return `${f.request}: svaret indeholder ${q(f.value)}`;
      case 'differs':
        return `${f.request}: ikke som aftalt: ${f.what}`;
      case 'network':
        return `${f.request}: intet svar (${f.message})`;
      case 'no-free-slot':
        return `ingen ledig tid for nogen ydelse de næste ${f.days} dage`;
      case 'not-run':
        return `ikke kørt, fordi "${da.check[f.needs]}" fejlede`;
    }
  },
  summary: (passed, total) => `${passed} af ${total} tjek holder.`,
};

const en: TestApiStrings = {
  heading: (baseUrl) => `Checking the booking API at ${baseUrl} (it books and cancels test times: use a test system)`,
  check: {
    catalogue: 'services, locations and slots answer in the agreed shape, and a slot is free',
    offsets: 'times carry an offset (e.g. +01:00), and start is before end',
    create: 'a booking gives 201 with the booking and a token',
    'no-echo': "answers do not repeat the citizen's name, e-mail or phone",
    replay: 'the same Idempotency-Key and body give the same booking and token again',
    'replay-other-body': 'the same Idempotency-Key with another body gives 422',
    'slot-taken': 'a fully booked slot gives 409 slot_taken',
    'token-404': 'a wrong or missing token answers like an unknown booking (404)',
    'cpr-422': 'a CPR number in the name (also with dots or full-width digits) gives 422 on the field name',
    cancel: 'cancelling gives 204, and the booking then reads as cancelled',
  },
  failure(f) {
    switch (f.reason) {
      case 'status':
        return `${f.request}: expected ${f.expected}, got ${f.got}`;
      case 'shape':
        return `${f.request}: the answer does not fit the contract:\n${f.problems}`;
      case 'echoed':
        return `${f.request}: the answer contains ${q(f.value)}`;
      case 'differs':
        return `${f.request}: not as agreed: ${f.what}`;
      case 'network':
        return `${f.request}: no answer (${f.message})`;
      case 'no-free-slot':
        return `no free slot for any service in the next ${f.days} days`;
      case 'not-run':
        return `not run, as "${en.check[f.needs]}" failed`;
    }
  },
  summary: (passed, total) => `${passed} of ${total} checks hold.`,
};

const STRINGS: Record<CliLang, TestApiStrings> = { da, en };

/** The report: a heading, one ✔/✖ line per check (a failure's reason indented below), a summary. */
export function formatContractReport(baseUrl: string, results: readonly CheckResult[], lang: CliLang): string {
  const s = STRINGS[lang];
  const lines = [s.heading(baseUrl), ''];
  for (const result of results) {
    lines.push(`${result.ok ? '✔' : '✖'} ${s.check[result.check]}`);
    if (!result.ok)
      lines.push(
        ...s
          .failure(result.failure)
          .split('\n')
          .map((line) => `    ${line}`),
      );
  }
  lines.push('', s.summary(results.filter((r) => r.ok).length, results.length));
  return `${lines.join('\n')}\n`;
}
