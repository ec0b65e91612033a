import { expect } from '@open-wc/testing';
import { lix, lixBand, longestSentences, longestWords, splitWords } from '../../src/help/lix.js';
import { splitSentences } from '../../src/help/sentences.js';

const sentencesOf = (text: string) => splitSentences(text).map((s) => s.text);

describe('splitSentences', () => {
  it('splits at . ! ? followed by a new sentence and gives offsets into the text', () => {
    const text = 'Book en tid. Kom til tiden!  Har du spørgsmål?';
    const sentences = splitSentences(text);
    expect(sentences.map((s) => s.text)).to.deep.equal(['Book en tid.', 'Kom til tiden!', 'Har du spørgsmål?']);
    for (const s of sentences) expect(text.slice(s.start, s.end)).to.equal(s.text);
    expect(sentences[2]).to.deep.include({ start: 29, end: 46 });
  });

  it('does not end a sentence at Danish abbreviations', () => {
    const abbreviations = [
      'bl.a.',
      'f.eks.',
      'fx.',
      'mv.',
      'osv.',
      'ca.',
      'jf.',
      'nr.',
      'kr.',
      'pkt.',
      'evt.',
      'inkl.',
      'ekskl.',
      'dvs.',
      'mht.',
      'vedr.',
      'tlf.',
    ];
    for (const abbreviation of abbreviations) {
      const text = `Du skal ${abbreviation} have noget med. Det er alt.`;
      expect(sentencesOf(text), abbreviation).to.deep.equal([`Du skal ${abbreviation} have noget med.`, 'Det er alt.']);
    }
  });

  it('keeps going after an abbreviation that leads into a name or a number', () => {
    expect(sentencesOf('Du kan f.eks. Bruge Digital Post. Eller bl.a. MitID.')).to.deep.equal([
      'Du kan f.eks. Bruge Digital Post.',
      'Eller bl.a. MitID.',
    ]);
    expect(sentencesOf('Vi åbner kl. 10.00 og lukker kl. 15.30. Ring på tlf. 33 66 33 66.')).to.deep.equal([
      'Vi åbner kl. 10.00 og lukker kl. 15.30.',
      'Ring på tlf. 33 66 33 66.',
    ]);
    expect(sentencesOf('Skriv til H.C. Andersen. Han svarer.')).to.deep.equal(['Skriv til H.C. Andersen.', 'Han svarer.']);
  });

  it('does not end at ordinals, dates, decimals and times', () => {
    expect(sentencesOf('Den 1. januar flytter vi til 3. sal. Prisen er 2,5 kr. pr. side.')).to.deep.equal([
      'Den 1. januar flytter vi til 3. sal.',
      'Prisen er 2,5 kr. pr. side.',
    ]);
    expect(sentencesOf('Mødet er 1.1.2026 kl. 10.30 på kk.dk. Kom i god tid.')).to.deep.equal([
      'Mødet er 1.1.2026 kl. 10.30 på kk.dk.',
      'Kom i god tid.',
    ]);
  });

  it('ends after an abbreviation when a new sentence clearly starts (Danish writes one period)', () => {
    expect(sentencesOf('Et foto koster 120 kr. Du betaler med kort.')).to.deep.equal(['Et foto koster 120 kr.', 'Du betaler med kort.']);
    expect(sentencesOf('Tag pas, kørekort osv. Husk også foto.')).to.deep.equal(['Tag pas, kørekort osv.', 'Husk også foto.']);
  });

  it('ends at a colon only before a line break', () => {
    expect(sentencesOf('Husk: du skal have MitID.')).to.deep.equal(['Husk: du skal have MitID.']);
    expect(sentencesOf('Det skal du have med:\nDit gamle pas\nEt foto')).to.deep.equal(['Det skal du have med:', 'Dit gamle pas\nEt foto']);
  });

  it('ends at a paragraph break, but not at a single line break', () => {
    expect(sentencesOf('Nyt pas\n\nDu kan bestille\net nyt pas her')).to.deep.equal(['Nyt pas', 'Du kan bestille\net nyt pas her']);
    expect(sentencesOf('Overskrift\n  \r\n\nTekst.')).to.deep.equal(['Overskrift', 'Tekst.']);
  });

  it('keeps closing quotes and brackets with the sentence', () => {
    expect(sentencesOf('Hun sagde: »Kom i morgen.« Så gik hun. (Det var sent.) Slut.')).to.deep.equal([
      'Hun sagde: »Kom i morgen.«',
      'Så gik hun.',
      '(Det var sent.)',
      'Slut.',
    ]);
  });

  it('treats runs of marks as one end and skips text with no words', () => {
    expect(sentencesOf('Hvad?! Vent... Nej. ... — !')).to.deep.equal(['Hvad?!', 'Vent...', 'Nej.']);
    expect(splitSentences('')).to.deep.equal([]);
    expect(splitSentences('   \n\n  ')).to.deep.equal([]);
  });
});

describe('splitWords', () => {
  it('cuts punctuation off the edges and counts letters only', () => {
    const words = splitWords('(CPR-nummer), f.eks. e-Boks 2026 10.30 børne- og');
    expect(words.map((w) => [w.text, w.letters])).to.deep.equal([
      ['CPR-nummer', 9],
      ['f.eks', 4],
      ['e-Boks', 5],
      ['børne', 5],
      ['og', 2],
    ]);
    expect(words[0]).to.deep.include({ start: 1, end: 11 });
  });
});

describe('lix', () => {
  it('scores an easy text (hand count)', () => {
    // "Du skal have et nyt pas." 6 words · "Husk dit gamle pas." 4 · "Vi tager et foto af dig." 6
    // 16 words, 3 sentences, no word over six letters: LIX = 16/3 + 0 = 5.33
    const result = lix('Du skal have et nyt pas. Husk dit gamle pas. Vi tager et foto af dig.');
    expect(result).to.deep.include({ words: 16, sentences: 3, longWords: 0 });
    expect(result.lix).to.be.closeTo(16 / 3, 1e-9);
    expect(lixBand(result.lix)).to.equal('very-easy');
  });

  it('counts abbreviations as words, numbers as no words (hand count)', () => {
    // S1 "Du kan f.eks. bruge Digital Post." Du kan f.eks bruge Digital(7, long) Post: 6 words, 1 long
    // S2 "Ansøgningen koster ca. 120 kr. pr. person." Ansøgningen(11, long) koster(6) ca kr pr person(6);
    //    "120" is no word: 6 words, 1 long
    // S3 "Kom kl. 10.00 den 1. januar!" Kom kl den januar(6); "10.00" and "1." are no words: 4 words
    // 16 words, 3 sentences, 2 long: LIX = 16/3 + 100·2/16 = 5.33 + 12.5 = 17.83
    const result = lix('Du kan f.eks. bruge Digital Post. Ansøgningen koster ca. 120 kr. pr. person. Kom kl. 10.00 den 1. januar!');
    expect(result).to.deep.include({ words: 16, sentences: 3, longWords: 2 });
    expect(result.lix).to.be.closeTo(16 / 3 + 12.5, 1e-9);
  });

  it('scores legal Danish as very hard (hand count)', () => {
    // S1: Kommunen(8) træffer(7) afgørelse(9) om boligstøtte(11) på baggrund(8) af oplysningerne(13) i ansøgningen(11)
    //     11 words, 7 long
    // S2: Inden afgørelsen(10) foretager(9) sagsbehandleren(15) en partshøring(11) jf forvaltningslovens(18) bestemmelser(12)
    //     9 words, 6 long ("jf." does not end the sentence)
    // S3 (after the paragraph break): Klagevejledning(15) Du kan klage over afgørelsen(10) inden fire uger
    //     9 words, 2 long (the colon is not followed by a line break, so it does not end a sentence)
    // 29 words, 3 sentences, 15 long: LIX = 29/3 + 100·15/29 = 9.67 + 51.72 = 61.39
    const text =
      'Kommunen træffer afgørelse om boligstøtte på baggrund af oplysningerne i ansøgningen. ' +
      'Inden afgørelsen foretager sagsbehandleren en partshøring, jf. forvaltningslovens bestemmelser.\n\n' +
      'Klagevejledning: Du kan klage over afgørelsen inden fire uger.';
    const result = lix(text);
    expect(result).to.deep.include({ words: 29, sentences: 3, longWords: 15 });
    expect(result.lix).to.be.closeTo(29 / 3 + 1500 / 29, 1e-9);
    expect(lixBand(result.lix)).to.equal('very-hard');
  });

  it('counts a list after a colon (hand count)', () => {
    // "Har du mistet dit sundhedskort?" Har du mistet(6) dit sundhedskort(12): 5 words, 1 long
    // "Bestil et nyt på borger.dk!" Bestil(6) et nyt på borger.dk(8 letters): 5 words, 1 long
    // "Det skal du bruge:" 4 words (colon before a line break ends it)
    // "MitID\nDit CPR-nummer" MitID(5) Dit CPR-nummer(9): 3 words, 1 long (one line break does not end it)
    // 17 words, 4 sentences, 3 long: LIX = 17/4 + 300/17 = 4.25 + 17.65 = 21.90
    const result = lix('Har du mistet dit sundhedskort? Bestil et nyt på borger.dk!\nDet skal du bruge:\nMitID\nDit CPR-nummer');
    expect(result).to.deep.include({ words: 17, sentences: 4, longWords: 3 });
    expect(result.lix).to.be.closeTo(17 / 4 + 300 / 17, 1e-9);
  });

  it('returns 0 for a text without words', () => {
    expect(lix('')).to.deep.equal({ lix: 0, words: 0, sentences: 0, longWords: 0 });
    expect(lix('12. 34!')).to.deep.equal({ lix: 0, words: 0, sentences: 0, longWords: 0 });
  });
});

describe('lixBand', () => {
  it('uses the Danish bands', () => {
    expect([0, 24.9, 25, 34.9, 35, 44.9, 45, 54.9, 55, 80].map(lixBand)).to.deep.equal([
      'very-easy',
      'very-easy',
      'easy',
      'easy',
      'medium',
      'medium',
      'hard',
      'hard',
      'very-hard',
      'very-hard',
    ]);
  });
});

describe('longestSentences and longestWords', () => {
  const text = 'Kort. Den her sætning er længst af dem alle. Mellemlang sætning her. Sundhedskortet og sundhedskortet igen.';

  it('lists the sentences with most words, longest first, with offsets', () => {
    const longest = longestSentences(text, 2);
    expect(longest.map((s) => [s.text, s.words])).to.deep.equal([
      ['Den her sætning er længst af dem alle.', 8],
      ['Sundhedskortet og sundhedskortet igen.', 4],
    ]);
    expect(text.slice(longest[0]?.start, longest[0]?.end)).to.equal(longest[0]?.text);
    expect(longestSentences(text, 0)).to.deep.equal([]);
  });

  it('lists distinct words with most letters, counting repeats', () => {
    const longest = longestWords(text, 3);
    expect(longest.map((w) => [w.text, w.letters, w.count])).to.deep.equal([
      ['Sundhedskortet', 14, 2],
      ['Mellemlang', 10, 1],
      ['sætning', 7, 2],
    ]);
  });
});
