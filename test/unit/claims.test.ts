// Claim extraction: which date in a sentence dates which event (or work).
import { strict as assert } from 'node:assert';
import { CorpusIndex, sexByName, type Conflict, type ConflictRule } from '../../server/src/core';

const REGISTER = `entities:
  - { id: lenin, type: person, name: Vladimir Lenin, aliases: [Lenin] }
  - { id: trotsky, type: person, name: Leon Trotsky, aliases: [Trotsky] }
  - { id: stalin, type: person, name: Joseph Stalin, aliases: [Stalin] }
  - { id: zinoviev, type: person, name: Grigory Zinoviev, aliases: [Zinoviev] }
  - { id: kamenev, type: person, name: Lev Kamenev, aliases: [Kamenev] }
  - { id: krupskaya, type: person, name: Nadezhda Krupskaya, aliases: [Krupskaya] }
  - { id: dzerzhinsky, type: person, name: Felix Dzerzhinsky, aliases: [Dzerzhinsky], dates: { born: { edtf: "1877-09-11" }, died: { edtf: "1926-07-20", cite: "Britannica" } } }
  - id: zinoviev-removed
    type: event
    name: Zinoviev removed from the Politburo
    participants: [zinoviev]
    triggers: ["{zinoviev} was removed from the Politburo"]
    dates: { happened: { edtf: "1926-07-23", cite: "Carr" } }
  - id: fifteenth-congress
    type: event
    name: Fifteenth Party Congress
    aliases: [Fifteenth Congress]
    dates: { happened: { edtf: "1927-12-02/1927-12-19", cite: "Carr" } }
  - id: lenin-death
    type: event
    name: Death of Lenin
    aliases: ["Lenin's death"]
    participants: [lenin]
    triggers: ["{lenin} died", "death of {lenin}", "{lenin}'s death"]
    dates: { happened: { edtf: "1924-01-21", cite: "Service (2000)" } }
  - id: expulsion
    type: event
    name: Trotsky's expulsion
    participants: [trotsky]
    triggers: ["{trotsky} was expelled", "{trotsky} was expelled from the party", "{trotsky}'s expulsion from the party"]
    dates: { happened: { edtf: "1927-11-14", cite: "Deutscher (1959)" } }
  - id: kronstadt
    type: event
    name: Kronstadt rebellion
    aliases: [Kronstadt rebellion, Kronstadt rising, "Kronstadt Revolt of 1921"]
    dates: { happened: { edtf: "1921-03-01/1921-03-18", cite: "Avrich (1970)" } }
  - id: tenth-congress
    type: event
    name: Tenth Party Congress
    aliases: [Tenth Congress]
    dates: { happened: { edtf: "1921-03-08/1921-03-16", cite: "Carr (1950)" } }
  - id: twelfth-congress
    type: event
    name: Twelfth Party Congress
    aliases: [Twelfth Congress]
    dates: { happened: { edtf: "1923-04-17/1923-04-25", cite: "Carr (1954)" } }
  - id: first-stroke
    type: event
    name: Lenin's first stroke
    participants: [lenin]
    triggers: ["{lenin}'s first stroke", "{lenin} suffered a stroke"]
    dates: { happened: { edtf: "1922-05-25/1922-05-26", cite: "Service (2000)" } }
  - id: second-stroke
    type: event
    name: Lenin's second stroke
    participants: [lenin]
    triggers: ["{lenin}'s second stroke"]
    dates: { happened: { edtf: "1922-12-16", cite: "Service (2000)" } }
  - id: technique
    type: work
    name: Technique of the Coup d'Etat
    aliases: ["The Technique of the Coup d'Etat"]
    dates: { published: { edtf: "1931", cite: "Britannica" }, translated: { edtf: "1932", cite: "Britannica" } }
  - id: nep
    type: event
    name: New Economic Policy
    triggers: ["tax in kind"]
    dates: { happened: { edtf: "1921-03-21", cite: "Carr" } }
  - id: war-communism
    type: event
    name: War Communism
    aliases: [War Communism]
    dates: { happened: { edtf: "1918-06/1921-03", cite: "Carr" } }
  - id: october-revolution
    type: event
    name: October Revolution
    aliases: [October Revolution, October]
    dates: { happened: { edtf: "1917-11-07", cite: "Britannica" } }
  - id: postscript
    type: work
    name: Postscript to the Letter
    aliases: [the postscript]
    dates: { written: { edtf: "1923-01-04", cite: "Lewin (1968)" } }
  - id: harbour-manifesto
    type: work
    name: Manifesto of the Harbour Workers
    dates: { published: { edtf: "1931-07-25", cite: "Hale (1970)" } }
  - id: interregnum
    type: work
    name: The Interregnum
    aliases: [The Interregnum]
    dates: { published: { edtf: "1954", cite: "Carr" } }
`;

/** An index with the test register, and any entries a test adds to it (YAML lines), and nothing else. */
function registered(extra = ''): CorpusIndex {
  const index = new CorpusIndex();
  index.setDocument('register.yaml', REGISTER + extra);
  return index;
}

/** The conflicts of one rule that a note with `text` raises against the test register. */
function ruleConflicts(text: string, rule: ConflictRule): Conflict[] {
  const index = registered();
  index.setDocument('n.md', text);
  return index.conflicts().filter((c) => c.rule === rule);
}

/** A note's claims (event, date as written) and the conflicts it raises (rule, date), against the test register and `extra` entries. */
function claimsAndConflicts(text: string, extra = ''): { claims: string[][]; conflicts: string[][] } {
  const index = registered(extra);
  index.setDocument('n.md', text);
  return { claims: index.get('n.md')!.claims.map((c) => [c.event, c.dateText]), conflicts: index.conflicts().map((c) => [c.rule, c.a.text]) };
}

function claims(text: string): string[][] {
  const index = registered();
  index.setDocument('note.md', text);
  return index.get('note.md')!.claims.map((c) => (c.edition ? [c.event, c.dateText, 'edition'] : [c.event, c.dateText]));
}

describe('claims', () => {
  it('a trigger takes an adverb between its auxiliary and its participle', () => {
    // (Read by the trigger, whose words the claim spans, not only by free wording.)
    const index = registered();
    for (const adverb of ['finally', 'only']) {
      const text = `Trotsky was ${adverb} expelled from the party on 14 November 1927.`;
      index.setDocument('note.md', text);
      assert.deepEqual(index.get('note.md')!.claims.map((c) => [c.event, c.dateText, text.slice(c.trigger.start, c.trigger.end)]), [['expulsion', '14 November 1927', `Trotsky was ${adverb} expelled from the party`]]);
    }
  });

  it('a trigger in the past tense matches the historical present of scripts and timelines', () => {
    assert.deepEqual(claims('21 January 1924 — Lenin dies at Gorki.'), [['lenin-death', '21 January 1924']]);
    assert.deepEqual(claims('On 14 November 1927 Trotsky is expelled from the party.'), [['expulsion', '14 November 1927']]);
  });

  it('a pluperfect tells the same event as the past, and a semicolon parts a date from the clause after it more surely than a comma', () => {
    assert.deepEqual(claims('Lenin had died on 21 January 1924, the papers said.'), [['lenin-death', '21 January 1924']]);
    const index = registered(`
  - { id: forty-six, type: organization, name: The Forty-Six, aliases: ["the 46", "the Forty-Six"] }
  - { id: declaration-sent, type: event, name: Submission of the Declaration of the 46, participants: [forty-six], triggers: ["{forty-six} sent theirs"], dates: { happened: { edtf: "1923-10-15", cite: "Carr" } } }
`);
    index.setDocument('n.md', 'Trotsky’s letter 8 October 1923; the 46 sent theirs a week later, on 15 October 1923.');
    assert.deepEqual(index.get('n.md')!.claims.map((c) => [c.event, c.dateText]), [['declaration-sent', '15 October 1923']]);
  });

  it('a trigger’s article may be a possessive, a noun may take an "of" and one word, and a group its members’ plural', () => {
    const index = registered(`
  - { id: cc, type: organization, name: Central Committee, aliases: [Central Committee] }
  - { id: forty-six, type: organization, name: The Forty-Six, aliases: ["the 46", "the Forty-Six"] }
  - { id: letter-cc, type: event, name: Trotsky's letter to the Central Committee, participants: [trotsky, cc], triggers: ["{trotsky} wrote a letter to the {cc}"], dates: { happened: { edtf: "1923-10-08", cite: "Carr" } } }
  - { id: declaration-sent, type: event, name: Submission of the Declaration of the 46, participants: [forty-six], triggers: ["{forty-six} sent theirs"], dates: { happened: { edtf: "1923-10-15", cite: "Carr" } } }
`);
    index.setDocument('n.md', 'Trotsky wrote his letter of protest to the Central Committee in October 1923. The Forty-Six comrades had sent theirs on 15 October.');
    assert.deepEqual(index.get('n.md')!.claims.map((c) => [c.event, c.dateText]), [['letter-cc', 'October 1923'], ['declaration-sent', '15 October']]);
  });

  it('a trigger that tells an arrival dates its journey’s last day; a date before "and" and another verb is that verb’s', () => {
    const index = registered(`
  - { id: istanbul, type: place, name: Constantinople, aliases: [Constantinople] }
  - { id: odessa, type: place, name: Odessa, aliases: [Odessa] }
  - { id: banished, type: event, name: Trotsky's deportation, participants: [trotsky, istanbul], triggers: ["landed at {istanbul}"], dates: { happened: { edtf: "1929-01-20/1929-02-12", cite: "Deutscher" } } }
`);
    const onBanished = () => index.conflicts().filter((c) => c.event === 'banished').map((c) => [c.rule, c.a.text, c.b.text]);
    index.setDocument('n.md', 'Trotsky landed at Constantinople on 10 February 1929.');
    assert.deepEqual(onBanished(), [['source-vs-reference', '10 February 1929', '1929-01-20/1929-02-12']]);
    index.setDocument('n.md', 'Trotsky landed at Constantinople on 12 February 1929.');
    assert.deepEqual(onBanished(), []);
    // An object pronoun may stand between the trigger's verb and its preposition.
    index.setDocument('n.md', 'On 12 February 1929 the steamer landed them at Constantinople.');
    assert.deepEqual(index.get('n.md')!.claims.map((c) => [c.event, c.dateText, c.phase]), [['banished', '12 February 1929', 'end']]);
    // The sailing's date is not the landing's.
    index.setDocument('n.md', 'Trotsky sailed from Odessa on the Ilyich on 10 February 1929 and landed at Constantinople two days later.');
    assert.deepEqual(index.get('n.md')!.claims, []);
  });

  it('a pronoun may stand for the person the source’s metadata says it is about, where the text names no one more than twice', () => {
    const index = registered(`
  - { id: istanbul, type: place, name: Constantinople, aliases: [Constantinople] }
  - { id: banished, type: event, name: Trotsky's deportation, participants: [trotsky, istanbul], triggers: ["put {trotsky} ashore at {istanbul}"], dates: { happened: { edtf: "1929-01-20/1929-02-12", cite: "Deutscher" } } }
`);
    const ledger = '2 May 1929. Fishing, six hours, the gentleman and his secretary. He says Stalin and Zinoviev were friends once.\n\n10 February 1931. The gentleman was merry. Two years today, he said, since the Soviet steamer put him ashore at Constantinople.\n';
    index.setDocument('ledger.txt', ledger);
    assert.deepEqual(index.get('ledger.txt')!.claims, []);
    index.setDocument('sources.yaml', 'sources:\n  - { path: ledger.txt, about: "Trotsky\'s household on Prinkipo" }\n', 'sources-meta', (p) => p);
    assert.deepEqual(index.get('ledger.txt')!.claims.map((c) => [c.event, c.dateText, c.interval.earliest]), [['banished', 'Two years today', '1929-02-10']]);
  });

  it('a pronoun is no one who was dead (more than a year) or unborn at the date its clause gives', () => {
    const index = registered(`
  - { id: dz-death, type: event, name: Death of Dzerzhinsky, participants: [dzerzhinsky], triggers: ["{dzerzhinsky} died"], dates: { happened: { edtf: "1926-07-20", cite: "Britannica" } } }
`);
    index.setDocument('n.md', 'Dzerzhinsky spoke against Pyatakov for two hours. On 20 July 1926 he died of a heart attack.');
    assert.deepEqual(index.get('n.md')!.claims.map((c) => [c.event, c.dateText]), [['dz-death', '20 July 1926']]);
    index.setDocument('n.md', 'Dzerzhinsky founded the Cheka. The attack in Coyoacán came on 20 August 1940; he died the next day.');
    assert.deepEqual(index.get('n.md')!.claims, []);
    // A name is taken at its word: the conflict is the text's.
    index.setDocument('n.md', 'Dzerzhinsky died on 20 August 1940.');
    assert.deepEqual(index.get('n.md')!.claims.map((c) => [c.event, c.dateText]), [['dz-death', '20 August 1940']]);
  });

  it('a count back just after an event’s words, from a date earlier in the sentence, dates the event, not the day it was written of', () => {
    const dated = (text: string) => {
      const index = registered();
      index.setDocument('n.md', text);
      return index.get('n.md')!.claims.map((c) => [c.event, c.dateText, c.interval.earliest, c.interval.latest]);
    };
    assert.deepEqual(dated('The vicar’s diary for Wednesday 23 January 1924 notes that Lenin had died two nights before.'), [['lenin-death', 'two nights before', '1924-01-21', '1924-01-21']]);
    assert.deepEqual(dated('On Wednesday 23 January 1924 we read that Lenin had died the previous evening.'), [['lenin-death', 'the previous evening', '1924-01-21', '1924-01-23']]);
    // Counted from the day of the news, it is no news date.
    assert.deepEqual(dated('Our correspondent cabled on 16 November 1927 that Trotsky was expelled from the party two days earlier.'), [['expulsion', 'two days earlier', '1927-11-13', '1927-11-15']]);
    // From a date whose year the text leaves out, nothing: that year may be the story's, not the event's.
    assert.deepEqual(dated('In 1921 I came to Moscow. We heard of it on 22 January; Lenin had died the evening before.').filter(([, d]) => d === 'the evening before'), []);
  });

  it('an event a count is made from is the count’s anchor: the date set off after it is the main clause’s', () => {
    const index = registered(`
  - { id: town, type: place, name: Alma-Ata, aliases: [Alma-Ata] }
  - { id: exile, type: event, name: Trotsky's exile to Alma-Ata, participants: [trotsky, town], triggers: ["{trotsky} reached {town}"], dates: { happened: { edtf: "1928-01-17/1928-01-25", cite: "Deutscher" } } }
`);
    index.setDocument('n.md', 'Trotsky was sent east in January 1928. A year after he reached Alma-Ata, on 22 January 1929, he was put on a bus to Frunze.');
    assert.deepEqual(index.get('n.md')!.claims.filter((c) => c.event === 'exile'), []);
    // A date of its own, not set off, is still the event's.
    index.setDocument('n.md', 'Trotsky was sent east. A year after he reached Alma-Ata on 25 January 1928 he was put on a bus to Frunze.');
    assert.deepEqual(index.get('n.md')!.claims.map((c) => [c.event, c.dateText]), [['exile', '25 January 1928']]);
  });

  it('a colon after an event’s words that opens a list of dated participles gives each date to its item', () => {
    assert.deepEqual(claims('Then he lost the struggle that followed Lenin’s death: put off the Politburo in July 1926, expelled from the party in November 1927, sent away in January 1928.').filter(([e]) => e === 'lenin-death'), []);
    // A list of names and dates after a colon is no such list, and one date after a colon is the event's.
    assert.deepEqual(claims('Lenin’s death: 21 January 1924.'), [['lenin-death', '21 January 1924']]);
  });

  it('a person acting long after their death is an anachronism, set in the event the sentence’s words and date point to', () => {
    const index = registered(`
  - { id: kornilov, type: person, name: Lavr Kornilov, aliases: [Kornilov], dates: { died: { edtf: "1918-04-13", cite: "Britannica" } } }
  - { id: civil-war, type: event, name: Civil War, context: [Whites, White], dates: { happened: { edtf: "1917-11/1922-10", cite: "Mawdsley" } } }
`);
    const afterlife = (text: string) => {
      index.setDocument('n.md', text);
      return index.conflicts().filter((c) => c.rule === 'anachronism').map((c) => [c.event, c.a.text]);
    };
    assert.deepEqual(afterlife('Kornilov was arrested, escaped to the Don, and two years later, in the autumn of 1919, led the Whites’ drive on Moscow.'), [['civil-war', 'the autumn of 1919']]);
    // Within a year of his death, or before it: no.
    assert.deepEqual(afterlife('Kornilov was arrested, escaped to the Don, and a year later, in the autumn of 1918, led the Whites’ drive on Moscow.'), []);
    assert.deepEqual(afterlife('Kornilov never took the city. But two years later, in the autumn of 1919, he was back at the head of a White army.'), [['civil-war', 'the autumn of 1919']]);
    // His memory or his name is no act of his; nor is what another did.
    assert.deepEqual(afterlife('Kornilov never took the city. But two years later, in the autumn of 1919, his name was back at the head of a White army.'), []);
    assert.deepEqual(afterlife('Kornilov never took the city. In the autumn of 1919, Yudenich led the Whites’ drive on Petrograd.'), []);
  });

  it('a trigger reads past an aside after a subject that ends in its slot', () => {
    const index = registered(`
  - { id: fortress, type: place, name: Kronstadt, aliases: [Kronstadt] }
  - { id: sailors-rose, type: event, name: Rising of the sailors, triggers: ["sailors of {fortress} rose"], dates: { happened: { edtf: "1921-03-01/1921-03-18", cite: "Avrich" } } }
`);
    index.setDocument('n.md', 'In March 1921 the sailors of Kronstadt, once the pride and glory of the revolution, rose against the Bolsheviks.');
    assert.deepEqual(index.get('n.md')!.claims.map((c) => [c.event, c.dateText]), [['sailors-rose', 'March 1921']]);
  });

  it('a passive trigger matches a participle set off after its subject', () => {
    const index = registered('  - { id: kamenev-shot, type: event, name: Execution of the Old Bolsheviks, participants: [kamenev, zinoviev], triggers: ["{kamenev} was shot"], dates: { happened: { edtf: "1936-08-25", cite: "Conquest" } } }\n');
    const claimed = (text: string) => {
      index.setDocument('n.md', text);
      return index.get('n.md')!.claims.map((c) => [c.event, c.dateText]);
    };
    assert.deepEqual(claimed('The plan was Stalin’s, and Kamenev, himself shot on 25 August 1936, knew it.'), [['kamenev-shot', '25 August 1936']]);
    assert.deepEqual(claimed('The plan was Stalin’s, and Kamenev, shot on 25 August 1936, knew it.'), [['kamenev-shot', '25 August 1936']]);
    // Another participle is another event.
    assert.deepEqual(claimed('The plan was Stalin’s, and Kamenev, exiled on 25 August 1936, knew it.'), []);
  });

  it('a trigger takes the date of its sentence, before or after it', () => {
    assert.deepEqual(claims('Lenin died on 21 January 1924.'), [['lenin-death', '21 January 1924']]);
    assert.deepEqual(claims('In January 1924, Lenin died at Gorki.'), [['lenin-death', 'January 1924']]);
    assert.deepEqual(claims('The news of Lenin’s death reached Trotsky in late January 1924.'), [['lenin-death', 'late January 1924']]);
  });

  it('a pronoun stands for the person last named', () => {
    assert.deepEqual(claims("Lenin's health failed. His death on 21 January 1924 shook the party."), [['lenin-death', '21 January 1924']]);
  });

  it('a pronoun may stand for any of the last few people named, not only the last', () => {
    assert.deepEqual(claims('Trotsky waited in Moscow. Stalin had no use for him. In November 1927 he was expelled from the party.'), [['expulsion', 'November 1927']]);
  });

  it('an event’s name takes only a date attached to it', () => {
    assert.deepEqual(claims('The Twelfth Congress met in April 1923.'), [['twelfth-congress', 'April 1923']]);
    assert.deepEqual(claims('The Kronstadt rising of March 1921 shocked the party.'), [['kronstadt', 'March 1921']]);
    assert.deepEqual(claims('In 1923, he rejected any analogy with the Kronstadt rising.'), []);
  });

  it('a date opening another clause does not date a trigger phrase deep in it', () => {
    assert.deepEqual(claims('On 8 December 1923, Stalin wrote a note about the death of Lenin.'), []);
  });

  it('dates of writing, citations, bounds and adjectives date no event', () => {
    assert.deepEqual(claims('In this study, written in 1948, I allude to the Kronstadt rising.'), []);
    assert.deepEqual(claims('Until 1924 nobody spoke of the death of Lenin.'), []);
    assert.deepEqual(claims('The 1918 constitution was replaced after the Twelfth Congress.'), []);
  });

  it('each date dates one event, the nearest', () => {
    assert.deepEqual(claims('The Twelfth Congress met in April 1923, and Lenin died in January 1924.'), [
      ['twelfth-congress', 'April 1923'],
      ['lenin-death', 'January 1924'],
    ]);
  });

  it('a work is dated by its publication in brackets, not by the period in its title', () => {
    assert.deepEqual(claims("Malaparte's The Technique of the Coup d'Etat (1931) is famous."), [['technique', '1931']]);
    // …and by its writing or publishing after the title's closing quote.
    assert.deepEqual(claims("Malaparte's \"The Technique of the Coup d'Etat\", published in 1931, is famous."), [['technique', '1931']]);
    assert.deepEqual(claims('Carr, The Interregnum 1923–1924, is the standard account.'), []);
  });

  it('a work is named by its kind before its quoted title, and dated through its signers and its place of writing', () => {
    assert.deepEqual(claims('A copy of the manifesto "Of the Harbour Workers", signed by Karl Abel and Jon Brun and dated Riverton, 25th July 1931, was given.'), [['harbour-manifesto', '25th July 1931']]);
    assert.deepEqual(claims('A copy of the Manifesto of the Harbour Workers, signed by Karl Abel and Jon Brun and dated 25th July 1931.'), [['harbour-manifesto', '25th July 1931']]);
    // A title the register lacks with its kind, or a kind that is not the registered name's: no work.
    assert.deepEqual(claims('A copy of the manifesto "Of the Dock Workers", dated Riverton, 25th July 1931.'), []);
    assert.deepEqual(claims('A copy of the pamphlet "Of the Harbour Workers", dated Riverton, 25th July 1931.'), []);
  });

  it('a work’s claim may match any of its registered dates, and editions never conflict between sources', () => {
    const index = registered();
    index.setDocument('a.md', "The Technique of the Coup d'Etat (1932) reached English readers.");
    index.setDocument('b.md', 'Carr wrote The Interregnum (1969) in the Pelican edition.');
    index.setDocument('c.md', 'He cites The Interregnum (1954).');
    const rules = index.conflicts().map((c) => [c.event, c.rule, c.a.text]);
    assert.deepEqual(rules, [['interregnum', 'source-vs-reference', '1969']]);
  });

  it('a date the news of an event came dates the event on or before it', () => {
    const index = registered();
    index.setDocument('a.md', 'We heard of Lenin’s death on the morning of 22 January 1924, in the frost.');
    index.setDocument('b.md', 'Lenin died on 21 January 1924.');
    const [heard] = index.get('a.md')!.claims;
    assert.deepEqual([heard.dateText, heard.interval, heard.news], ['22 January 1924', { earliest: '1923-12-23', latest: '1924-01-22' }, true]);
    assert.deepEqual(index.conflicts(), [], 'the news a day later is no contradiction');
    // News that came before the event is.
    index.setDocument('c.md', 'Stalin cabled him the news of Lenin’s death in early January 1924.');
    assert.match(index.conflicts().map((c) => c.message).join('\n'), /"early January 1924" \(the news by 1924-01-10\)/);
    // A date the event's own participle takes is the event's, news or not.
    index.setDocument('d.md', 'Her letter gives the news of the Tenth Congress held in Moscow on 8 March 1921.');
    const [held] = index.get('d.md')!.claims;
    assert.deepEqual([held.dateText, held.interval, held.news], ['8 March 1921', { earliest: '1921-03-08', latest: '1921-03-08' }, undefined]);
  });

  it('an Old Style gloss whose year Clio moved nearest the event is read in the other calendar in that year too', () => {
    const index = registered('  - { id: march-on-capital, type: event, name: Kornilov affair, participants: [lenin], triggers: ["{lenin}\'s march on the capital"], dates: { happened: { edtf: "1917-09-09/1917-09-12", cite: "Figes" } } }\n');
    // The text's New Style year is wrong; its bracketed Old Style days, read in 1917, are the register's.
    index.setDocument('note.md', '- **10–13 September 1918** (28–31 August O.S.) — Lenin’s march on the capital stalls at the junctions.');
    const [c] = index.get('note.md')!.claims;
    assert.deepEqual([c.dateText, c.otherReading], ['28–31 August O.S.', { earliest: '1917-09-10', latest: '1917-09-13' }]);
    assert.deepEqual(index.conflicts(), []);
  });

  it('an act’s date dates what it enacts: "the decree of … on the …"', () => {
    const index = registered('  - { id: nationalisation, type: event, name: Nationalisation of industry, aliases: ["nationalisation of industry"], dates: { happened: { edtf: "1918-06-28", cite: "Carr" } } }\n');
    index.setDocument('note.md', 'By the decree of 28 June 1919 on the nationalisation of industry the works became state property.');
    assert.deepEqual(index.get('note.md')!.claims.map((c) => [c.event, c.dateText]), [['nationalisation', '28 June 1919']]);
    assert.deepEqual(index.conflicts().map((c) => c.rule), ['source-vs-reference']);
  });

  it('a question about an event is answered by the date after it, across "? A." or a flashcard’s "? ::"', () => {
    assert.deepEqual(claims('Q. When did the Fifteenth Congress meet? A. From 2 to 19 December 1927, in Moscow.'), [['fifteenth-congress', 'From 2 to 19 December 1927']]);
    assert.deepEqual(claims('- Fifteenth Congress, dates and decisions? :: 2–19 Dec 1927. The Opposition expelled.'), [['fifteenth-congress', '2–19 Dec 1927']]);
  });

  it('a trial’s verdict after its opening in the same sentence is its last day', () => {
    const index = registered('  - { id: trial, type: event, name: Trial of the Sixteen, aliases: ["Trial of the Sixteen"], participants: [zinoviev, kamenev], dates: { happened: { edtf: "1936-08-19/1936-08-24", cite: "Conquest" } } }\n');
    index.setDocument('note.md', '- Trial of the Sixteen? :: Opens 19 Aug 1936: Zinoviev, Kamenev, I. N. Smirnov and 13 others; all sentenced to death 21 Aug 1936.');
    assert.deepEqual(index.get('note.md')!.claims.map((c) => [c.dateText, c.phase]), [['19 Aug 1936', 'start'], ['21 Aug 1936', 'end']]);
    assert.deepEqual(index.conflicts().map((c) => [c.rule, c.a.text]), [['source-vs-reference', '21 Aug 1936']], 'the verdict came on the 24th');
  });

  it('a newspaper’s date before "stating that" dates the report, the event on or before it', () => {
    const index = registered();
    index.setDocument('a.md', 'The secretary read the Herald of 23 January 1924 stating that Lenin died at Gorki.');
    const [read] = index.get('a.md')!.claims;
    assert.deepEqual([read.dateText, read.news], ['23 January 1924', true]);
    assert.deepEqual(index.conflicts(), [], 'the paper two days after the death is no contradiction');
  });

  it('an article’s date before "said that" dates the article, the event on or before it', () => {
    const index = registered();
    index.setDocument('a.md', 'An article of 23 January 1924 said that Lenin died at Gorki.');
    const [read] = index.get('a.md')!.claims;
    assert.deepEqual([read.dateText, read.news], ['23 January 1924', true]);
    assert.deepEqual(index.conflicts(), []);
    // …but not before it: an article of 19 January cannot report it.
    index.setDocument('a.md', 'An article of 19 January 1924 said that Lenin died at Gorki.');
    assert.equal(index.conflicts().length, 1);
  });

  it('numbered events share a generic phrase, and the date says which one it means', () => {
    // "suffered a stroke" is registered for the first stroke only; in December 1922 it is the second.
    assert.deepEqual(claims('When Lenin suffered a stroke in mid-December 1922, the struggle moved to the sickroom.'), [['second-stroke', 'mid-December 1922']]);
    assert.deepEqual(claims('Lenin suffered a stroke in late May 1922.'), [['first-stroke', 'late May 1922']]);
  });

  it('a year the text leaves out is taken nearest the event, so Clio’s guess of it raises no alarm; years away, it makes no claim', () => {
    const index = registered();
    // The paragraph's year is 1923; the day and month are the writer's, the year is not.
    index.setDocument('m.md', 'In 1923 I worked for the International.\n\nWe mourned Lenin’s death, which came on 21 January, for weeks.');
    const [c] = index.get('m.md')!.claims;
    assert.deepEqual([c.dateText, c.interval.earliest], ['21 January', '1924-01-21']);
    assert.deepEqual(index.conflicts(), []);
    // A passage set years away from the event makes no claim about it with a date whose year it leaves out.
    index.setDocument('m.md', 'By 1921 I worked for the International.\n\nWe mourned Lenin’s death, which came on 21 January, for weeks.');
    assert.deepEqual(index.get('m.md')!.claims, []);
  });

  it('a trigger may run on past an event’s registered name, and more verbs attach a date to a name', () => {
    // "Trotsky's expulsion" is a registered name; "{trotsky}'s expulsion from the party" reads on past it.
    assert.deepEqual(claims("Trotsky's expulsion from the party followed in November 1927."), [['expulsion', 'November 1927']]);
    assert.deepEqual(claims('The Kronstadt rising collapsed in the last week of March 1921.'), [['kronstadt', 'the last week of March 1921']]);
  });

  it('a relative date that contradicts the date written beside it is a conflict inside its text', () => {
    const own = ruleConflicts('The Kronstadt rising was crushed on 18 March 1921. Two years later, in April 1922, the Twelfth Congress met.', 'relative-vs-anchor');
    assert.deepEqual(own.map((c) => [c.event, c.a.text, c.b.text]), [['twelfth-congress', 'Two years later', 'April 1922']]);
    assert.equal(own[0].message, '"Two years later", counted from "18 March 1921", is 1923, but the text says "April 1922" (1922-04).');
    // The same words where the dates agree, and a gloss whose year the text leaves out, raise nothing.
    assert.deepEqual(ruleConflicts('The Kronstadt rising was crushed on 18 March 1921. Two years later, in March 1923, the Twelfth Congress was being prepared.', 'relative-vs-anchor'), []);
  });

  it('a pronoun may be a person named inside an event’s name', () => {
    assert.deepEqual(claims('Lenin’s death came in January 1924. A year before, on 16 December 1922, his second stroke had silenced him.'), [['lenin-death', 'January 1924'], ['second-stroke', '16 December 1922']]);
  });

  it('a pronoun is the person named last, the one the passage is about, or the one the text is about; not a figure named in passing', () => {
    const entry = 'Trotsky led the Opposition from 1923. Trotsky lost the War Commissariat in 1925. He then joined Zinoviev and Kamenev. In October 1926 he was removed from the Politburo.';
    assert.deepEqual(claims(entry), [], 'not Zinoviev’s removal');
    assert.deepEqual(claims('Zinoviev spoke for hours. In July 1926 he was removed from the Politburo.'), [['zinoviev-removed', 'July 1926']]);
    // A person the register lacks is who "he" is in an essay about him.
    assert.deepEqual(claims('Victor Serge marched with Trotsky in November 1927. Victor Serge was then arrested in Leningrad. After that he was expelled from the party in the spring of 1928.'), []);
  });

  it('a person the text has taking part in an event after their death is an anachronism', () => {
    const [c] = ruleConflicts('The Fifteenth Congress in December 1927, at which Dzerzhinsky denounced the Opposition, expelled its leaders.', 'anachronism');
    assert.equal(c.message, 'Felix Dzerzhinsky died 1926-07-20 (Britannica), but this text has Dzerzhinsky at Fifteenth Party Congress in "December 1927" (1927-12-01 – 1927-12-31).');
    // His memory, his death or his heirs at a later event are no anachronism; nor is a life inside the event's time.
    assert.deepEqual(ruleConflicts('The Fifteenth Congress in December 1927, where the memory of Dzerzhinsky was invoked, expelled the Opposition.', 'anachronism'), []);
    assert.deepEqual(ruleConflicts('Dzerzhinsky spoke at the Fourteenth Congress, and Stalin at the Fifteenth Congress in December 1927.', 'anachronism'), []);
    // A relative clause that puts him at the event.
    assert.equal(ruleConflicts('Dzerzhinsky, who from the platform of the Fifteenth Congress in December 1927 called for the expulsion, signed little.', 'anachronism').length, 1);
    assert.deepEqual(ruleConflicts('Dzerzhinsky, who died before the Fifteenth Congress in December 1927, signed little.', 'anachronism'), []);
    // A person in the next paragraph is at another scene, though the paragraph before ends with no stop.
    assert.deepEqual(ruleConflicts('Scene 2: the Fifteenth Congress, December 1927\n\nScene 3: a dacha, with Dzerzhinsky at the window', 'anachronism'), []);
    assert.equal(ruleConflicts('Scene 2: the Fifteenth Congress, December 1927, with Dzerzhinsky on the platform', 'anachronism').length, 1);
    // …quoted as someone's words: a register's entry giving the reason asked for.
    assert.equal(ruleConflicts('A son, named Feliks in honour of Comrade Dzerzhinsky, "who this month at the Fifteenth Party Congress demanded that the Opposition be driven out".', 'anachronism').length, 1);
  });

  it('an event’s name after "came" takes the date before it', () => {
    assert.deepEqual(claims('In December 1927 came the Fifteenth Congress.'), [['fifteenth-congress', 'December 1927']]);
  });

  it('a date of something done to an event later, or a span of years beside a short event, dates no claim', () => {
    assert.deepEqual(claims('The Kronstadt rising was commemorated in March 1971.'), []);
    assert.deepEqual(claims('On 13 November 1918 the Soviet government annulled the Kronstadt rising’s amnesty.'), []);
    assert.deepEqual(claims('Volume 9: Lenin’s death and after, 1924–1929'), []);
  });

  it('an opening date is the first day of an event that lasted days: two sources that disagree on it conflict', () => {
    const index = registered();
    index.setDocument('a.md', 'The Fifteenth Congress, which opened on 12 December 1927, expelled the Opposition.');
    index.setDocument('b.md', '- **2 December 1927** — the Fifteenth Congress opens.');
    assert.deepEqual(index.get('b.md')!.claims.map((c) => [c.dateText, c.phase]), [['2 December 1927', 'start']]);
    const rules = index.conflicts().map((c) => c.rule).sort();
    assert.deepEqual(rules, ['source-vs-reference', 'source-vs-source'], 'against each other, and the 12th against the register’s first day');
    // Any day inside it, said of the congress as a whole, is no contradiction.
    index.setDocument('a.md', 'The Fifteenth Congress sat on 12 December 1927 and expelled the Opposition.');
    assert.deepEqual(index.conflicts(), []);
  });

  it('a note’s present tense matches the register’s past: "is removed" for "was removed"', () => {
    assert.deepEqual(claims('- **23 July 1926** — Zinoviev is removed from the Politburo.'), [['zinoviev-removed', '23 July 1926']]);
  });

  it('a relative date counts against a gloss whose year the text leaves out, when that year is the anchor’s', () => {
    const index = registered();
    index.setDocument('t.md', 'Zinoviev was removed from the Politburo on 23 July 1926; a month later, in October, Trotsky lost his seat.');
    assert.deepEqual(index.conflicts().map((c) => [c.rule, c.a.text, c.b.text]), [['relative-vs-anchor', 'a month later', 'October']]);
  });

  it('"he" after two people named in its own sentence is one of them, not the person the text is about', () => {
    const text = 'Trotsky settled in Norway with Jan Frankel. Frankel met Erwin Wolf, and Wolf married Hjørdis Knudsen; he was expelled from the party in 1937.';
    assert.deepEqual(claims(text), []);
  });

  it('a translation’s or an imprint’s year is not its work’s date, but an edition’s that the text cannot postdate', () => {
    assert.deepEqual(claims('See The Interregnum (English translation by R. Smith, 1969).'), [['interregnum', '1969', 'edition']]);
    assert.deepEqual(claims('See The Interregnum, reprinted in 1969.'), [['interregnum', '1969', 'edition']]);
    // Another source's edition of another year is no conflict; nor is the register's first edition.
    const index = registered();
    index.setDocument('sources.yaml', 'sources:\n  - { path: a.md, written: "1962" }\n  - { path: b.md, written: "1970", edition: "1986" }\n  - { path: c.md, written: "1960", edition: "1972" }\n', 'sources-meta', (p) => p);
    index.setDocument('a.md', 'Carr tells it best in The Interregnum (London, 1969).');
    index.setDocument('b.md', 'Carr tells it best in The Interregnum (London, 1978).');
    index.setDocument('c.md', 'Carr tells it best in The Interregnum (London, 1969).');
    // A text written in 1962 cites an edition of 1969; a text of 1960 in an edition of 1972 may, in its later notes.
    assert.deepEqual(index.conflicts().map((c) => [c.rule, c.a.source, c.message]), [
      ['anachronism', 'a.md', 'a.md cites an edition of The Interregnum of "1969", after it was written (1962).'],
    ]);
  });

  it('"on this day last year" under a New Style dateline is that day a year before, with no Old Style reading', () => {
    const index = registered();
    index.setDocument('sources.yaml', 'sources:\n  - { path: log.md, written: "1917/1920" }\n', 'sources-meta', (p) => p);
    index.setDocument('log.md', 'Fri 25 October 1918. Printed 15,000. A piece for the anniversary: the October Revolution came on this day last year.');
    assert.deepEqual(index.conflicts().map((c) => [c.rule, c.a.text]), [['source-vs-reference', 'this day last year']]);
    index.setDocument('log.md', 'Thu 7 November 1918. Printed 15,000. A piece for the anniversary: the October Revolution came on this day last year.');
    assert.deepEqual(index.conflicts(), []);
  });

  it('"today" beside a count of years ago is the anniversary, not the event’s day', () => {
    const index = registered();
    index.setDocument('n.md', '21 January 1934. Lenin died ten years ago, which falls today.');
    assert.deepEqual(index.get('n.md')!.claims, []);
    index.setDocument('n.md', 'MOSCOW, 21 January 1924. Lenin died today.');
    assert.deepEqual(index.get('n.md')!.claims.map((c) => [c.event, c.dateText]), [['lenin-death', 'today']]);
  });

  it('an event being prepared or planned is no report that it happened: its date makes no claim', () => {
    assert.deepEqual(claims('The delegates are preparing the Fifteenth Congress for December 1927.'), []);
    assert.deepEqual(claims('The delegates will convene the Fifteenth Congress in December 1928.'), []);
    assert.deepEqual(claims('The delegates held the Fifteenth Congress in December 1928.'), [['fifteenth-congress', 'December 1928']]);
  });

  it('a calendar the text declares for its dates is their one reading before 1918', () => {
    const osns = (text: string) => ruleConflicts(text, 'source-vs-reference').map((c) => c.a.text);
    // Unmarked, a Russian date before 1918 matches either reading.
    assert.deepEqual(osns('The October Revolution came on 25 October 1917.'), []);
    // Declared New Style, "25 October" has slipped into the Old Style; declared Old Style, "7 November" into the New.
    assert.deepEqual(osns('All dates on this page are New Style. The October Revolution came on 25 October 1917.'), ['25 October 1917']);
    assert.deepEqual(osns('Dates before February 1918 are given in the Old Style. The October Revolution came on 7 November 1917.'), ['7 November 1917']);
    assert.deepEqual(osns('Dates before February 1918 are given in the Old Style. The October Revolution came on 25 October 1917.'), []);
    // A date marked in the other calendar, or glossed in brackets, keeps its own.
    assert.deepEqual(osns('All dates on this page are New Style. The October Revolution came on 25 October 1917 (O.S.).'), []);
    assert.deepEqual(osns('Dates are given in the Old Style. The October Revolution came on 25 October [7 November] 1917.'), []);
    // A declaration for part of the text, or two that disagree, declare nothing.
    assert.deepEqual(osns('From week 4 onwards all dates are New Style. The October Revolution came on 25 October 1917.'), []);
    assert.deepEqual(osns('Dates are New Style. In the diary dates are Old Style. The October Revolution came on 25 October 1917.'), []);
    // "Every date is given as the writers gave it, in the Old Style"; and "today", counted from an Old Style dateline, is Old Style too.
    assert.deepEqual(osns('Every date is given as the writers gave it, in the Old Style. The October Revolution came on 7 November 1917.'), ['7 November 1917']);
    assert.deepEqual(osns('Every date is given as the writers gave it, in the Old Style.\n\n25 October 1917. The October Revolution came today.'), []);
    // "He dated everything by the old (Julian) calendar".
    assert.deepEqual(osns('The clerk dated everything by the old (Julian) calendar. The October Revolution came on 7 November 1917.'), ['7 November 1917']);
    assert.deepEqual(osns('The clerk dated everything by the old (Julian) calendar. The October Revolution came on 25 October 1917.'), []);
  });

  it('a date opening a coordinated clause with a subject of its own is that clause’s', () => {
    assert.deepEqual(claims('MOSCOW, 22 JANUARY 1924. — Lenin died at Gorki on 21 January 1924, and today his body was brought to Moscow.'), [['lenin-death', '21 January 1924']]);
  });

  it('a reading a label marks as corrected ("MT: … / PE: …", "Was: … Now: …") makes no claim; its correction does', () => {
    assert.deepEqual(claims('- **4.041** MT: "The Fifteenth Congress (16–18 January 1924) met" / PE: "The Thirteenth Conference (16–18 January 1924) met" / Comment: not a congress.'), []);
    assert.deepEqual(claims('Was: Lenin died on 24 January 1924. Now: Lenin died on 21 January 1924.'), [['lenin-death', '21 January 1924']]);
    // Without a correction's label after it, a label is only a label.
    assert.deepEqual(claims('Draft: Lenin died on 21 January 1924.'), [['lenin-death', '21 January 1924']]);
  });

  it('an arrival at a named place in free wording dates its journey’s last day, as a trigger’s does', () => {
    const EXILE = `  - { id: alma-ata, type: place, name: Alma-Ata }
  - id: exile
    type: event
    name: Trotsky's exile to Alma-Ata
    participants: [trotsky, alma-ata]
    triggers: ["{trotsky} was deported to {alma-ata}", "{trotsky} arrived in {alma-ata}"]
    dates: { happened: { edtf: "1928-01-17/1928-01-25", cite: "Deutscher" } }
`;
    const index = registered(EXILE);
    index.setDocument('n.md', 'Trotsky’s wire reports that the party arrived safely in Alma-Ata, 22 January 1928.');
    assert.deepEqual(index.get('n.md')!.claims.map((c) => [c.event, c.dateText, c.phase]), [['exile', '22 January 1928', 'end']]);
    assert.deepEqual(index.conflicts().map((c) => c.rule), ['source-vs-reference']);
    index.setDocument('n.md', 'Trotsky’s wire reports that the party arrived safely in Alma-Ata, 25 January 1928.');
    assert.deepEqual(index.conflicts(), []);
  });

  it('a date that another event’s words right before it take is theirs; one opening a clause with its own subject is that clause’s', () => {
    assert.deepEqual(claims('Trotsky was expelled from the party only after the party congress of December 1927 had condemned his faction.'), [['fifteenth-congress', 'December 1927']]);
    assert.deepEqual(ruleConflicts('Trotsky was expelled from the party only after the party congress of December 1927 had condemned his faction.', 'sequence').map((c) => c.event), ['expulsion']);
    assert.deepEqual(claims('Trotsky was expelled from the party, and in January 1928 he was sent to the east.'), []);
    assert.deepEqual(claims('Trotsky was expelled from the party, and in January 1928 Stalin gloated.'), []);
    // Without a subject of its own, the date is still the clause's before it.
    assert.deepEqual(claims('Trotsky was expelled from the party, and in November 1927 at that.'), [['expulsion', 'November 1927']]);
  });

  it('a work named in lower case by its author’s possessive and its title’s words ("his history of the revolution") is that work', () => {
    const HISTORY = `  - id: history
    type: work
    name: The History of the Russian Revolution
    participants: [trotsky]
    dates: { published: { edtf: "1930/1932", cite: "Deutscher" } }
`;
    const own = (text: string) => {
      const index = registered(HISTORY);
      index.setDocument('n.md', text);
      return index.get('n.md')!.claims.map((c) => [c.event, c.dateText]);
    };
    assert.deepEqual(own('Trotsky lives on an island now. The first volume of his history of the revolution came out in Berlin in 1931.'), [['history', '1931']]);
    assert.deepEqual(own('Stalin and Trotsky quarrelled. Trotsky’s history of the Russian revolution was published in 1931.'), [['history', '1931']]);
    // Not another author's, nor one word of the title alone, nor words the title lacks.
    assert.deepEqual(own('Stalin never wrote. His history of the revolution came out in 1931.'), []);
    assert.deepEqual(own('Trotsky wrote much. His history came out in 1931.'), []);
    assert.deepEqual(own('Trotsky wrote much. His history of the civil war came out in 1931.'), []);
  });

  it('a bibliography’s imprint after a title dates an edition, and no edition comes before the first', () => {
    // The title's full stop does not part it from its imprint.
    assert.deepEqual(claims('- *The Interregnum* (Carr). London: Macmillan, 1969, 392 pp.'), [['interregnum', '1969', 'edition']]);
    assert.deepEqual(claims('- *The Interregnum*. London: Macmillan, 1954.'), [['interregnum', '1954', 'edition']]);
    assert.deepEqual(ruleConflicts('- *The Interregnum*. London: Macmillan, 1954.', 'source-vs-reference'), []);
    assert.deepEqual(ruleConflicts('- *The Interregnum*. London: Macmillan, 1978.', 'source-vs-reference'), []);
    assert.deepEqual(ruleConflicts('- *The Interregnum* (Carr). London: Macmillan, 1952, two volumes.', 'source-vs-reference').map((c) => c.message), [
      'n.md cites an edition of The Interregnum of "1952" (1952-01-01 – 1952-12-31), before its first publication: the register gives 1954 (Carr).',
    ]);
    // A work first published in 1931 and translated in 1932: neither is an edition before the first.
    assert.deepEqual(ruleConflicts('See The Technique of the Coup d’Etat. Paris: Grasset, 1931.', 'source-vs-reference'), []);
  });

  it('a text that orders two events the other way round from the register is a sequence conflict', () => {
    const seq = (text: string) => ruleConflicts(text, 'sequence').map((c) => [c.event, c.a.text]);
    assert.deepEqual(seq('It was after Lenin’s death that the Twelfth Congress met.'), [['twelfth-congress', 'after Lenin’s death']]);
    // The event's card and the Chronology count it with the event's other conflicts.
    const index = registered();
    index.setDocument('s.md', 'It was after Lenin’s death that the Twelfth Congress met.');
    assert.equal(index.chronology().find((e) => e.event === 'twelfth-congress')!.conflicts, 1);
    index.setDocument('s.md', 'The Twelfth Congress met.');
    assert.equal(index.chronology().find((e) => e.event === 'twelfth-congress')!.conflicts, 0);
    assert.deepEqual(seq('The Twelfth Congress met only after Lenin’s second stroke.'), []);
    assert.deepEqual(seq('Lenin died in 1924; only afterwards did the Twelfth Congress meet.'), [['twelfth-congress', 'only afterwards']]);
    assert.deepEqual(seq('Before the Twelfth Congress, Trotsky was expelled from the party.'), [['expulsion', 'Before the Twelfth Congress']]);
    // "after B was crushed" means after B ended: an event of days that began before it ended is out of order.
    assert.deepEqual(seq('Only after the Kronstadt rising was crushed did the Tenth Congress convene.'), [['tenth-congress', 'Only after the Kronstadt rising']]);
    assert.deepEqual(seq('Only after the Kronstadt rising began did the Tenth Congress convene.'), []);
    assert.deepEqual(seq('Only after the Kronstadt rising was crushed did the Twelfth Congress meet.'), []);
    // Another clause's event, and a counterfactual, order nothing.
    assert.deepEqual(seq('At the Twelfth Congress they kept quiet; after Lenin’s death they hid the letter.'), []);
    assert.deepEqual(seq('If the Twelfth Congress had met after Lenin’s death, all would have changed.'), []);
  });

  it('a date opening its sentence dates what its people do at an event named in the same clause, not an anniversary of it', () => {
    assert.deepEqual(claims('In December 1927 Trotsky and Zinoviev stood outside the doors of the Fifteenth Congress.'), [['fifteenth-congress', 'December 1927']]);
    assert.deepEqual(claims('On 7 November 1927, the tenth anniversary of the Kronstadt rising, nobody marched.'), []);
    assert.deepEqual(claims('In 1927, three years after Lenin’s death, nobody spoke of it.'), []);
  });

  it('an event named as the time of another clause is not dated by a date before that phrase', () => {
    assert.deepEqual(claims('On 3 March 1927 the union met after Lenin’s death.'), []);
    assert.deepEqual(claims('In March 1927 the veterans gathered again, long before Lenin’s death was spoken of freely.'), []);
    // A date inside the phrase is the event’s.
    assert.deepEqual(claims('The union met after Lenin’s death on 21 January 1924.'), [['lenin-death', '21 January 1924']]);
  });

  it('a meeting named by its kind and a date is the registered one of that kind nearest the date, if clearly nearest', () => {
    // The Twelfth Congress met in April 1923: "the Congress of March 1923" means it, with the wrong month.
    const index = registered();
    index.setDocument('c.md', 'During the Congress of March 1923, Trotsky kept silent.');
    assert.deepEqual(index.get('c.md')!.claims.map((c) => [c.event, c.dateText]), [['twelfth-congress', 'March 1923']]);
    assert.deepEqual(index.conflicts().map((c) => c.rule), ['source-vs-reference']);
    // Far from every registered congress, or naming one already, it claims nothing of the kind.
    assert.deepEqual(claims('During the Congress of March 1931, Trotsky kept silent.'), []);
    assert.deepEqual(claims('At the Twelfth Congress of April 1923, Trotsky kept silent.'), [['twelfth-congress', 'April 1923']]);
  });

  it('others named with a trigger’s person come along: "the expulsion of Trotsky and Zinoviev from the party"', () => {
    assert.deepEqual(claims('Trotsky and Zinoviev were close. Trotsky and Zinoviev were expelled from the party in November 1927.'), [['expulsion', 'November 1927']]);
  });

  it('a person’s numbered event named without the person is theirs where the passage names them', () => {
    assert.deepEqual(claims('Lenin rallied in the autumn. The second stroke came on 16 December 1922.'), [['second-stroke', '16 December 1922']]);
    assert.deepEqual(claims('Trotsky rallied in the autumn. The second stroke came on 16 December 1922.'), []);
    // …or names them just after, in the same sentence.
    assert.deepEqual(ruleConflicts('The Tenth Congress met only after the second stroke had taken Lenin’s speech away.', 'sequence').length, 1);
    assert.deepEqual(ruleConflicts('The Tenth Congress met only after the second stroke. Lenin rallied.', 'sequence'), []);
  });

  it('a plural pronoun is not a trigger’s one person: "their deaths" is not Lenin’s', () => {
    assert.deepEqual(claims('In 1937 the trials sent Lenin’s old comrades to their deaths.'), []);
  });

  it('an event that is the object of a later act ("to renounce the treaty") is not dated by the sentence', () => {
    assert.deepEqual(claims('The armistice obliged Germany to renounce the Kronstadt rising, and on 13 November 1918 nothing remained of it.'), []);
  });

  it('a date after a trigger, a comma and "and" with a new verb dates that verb', () => {
    assert.deepEqual(claims('Trotsky was expelled from the party, and put across the frontier in February 1929.'), []);
    assert.deepEqual(claims('Trotsky was expelled from the party, and in November 1927 the Opposition was broken.'), [['expulsion', 'November 1927']]);
  });

  it('dates that each fall within an event that lasted days may date different moments of it', () => {
    const index = registered();
    index.setDocument('a.md', 'The Fifteenth Congress met in early December 1927.');
    index.setDocument('b.md', 'The Fifteenth Congress sat on 19 December 1927.');
    assert.deepEqual(index.conflicts(), []);
    index.setDocument('b.md', 'The Fifteenth Congress sat on 29 December 1927.');
    assert.deepEqual(index.conflicts().map((c) => c.rule).sort(), ['source-vs-reference', 'source-vs-source']);
  });

  it('dates within an event that lasted months or years may date different moments of it, but not two different beginnings', () => {
    const index = registered();
    index.setDocument('a.md', 'The War Communism of June 1918 began with a decree.');
    index.setDocument('b.md', 'The War Communism of May 1920 was at its height.');
    assert.deepEqual(index.conflicts(), []);
    index.setDocument('a.md', 'War Communism began in June 1918.');
    index.setDocument('b.md', 'War Communism began in May 1920.');
    // (…and May 1920 is two years past the first month the register gives it.)
    assert.deepEqual(index.conflicts().map((c) => [c.rule, c.a.text]), [['source-vs-source', 'June 1918'], ['source-vs-reference', 'May 1920']]);
  });

  it('a date opening its sentence, then an aside between commas, dates the main clause, not the aside', () => {
    assert.deepEqual(claims('In 1927, three years after Lenin’s death, Trotsky was expelled.'), [['expulsion', '1927']]);
    assert.deepEqual(claims('In January 1924, only days before Lenin died, the Twelfth Congress condemned the Opposition.'), [['twelfth-congress', 'January 1924']]);
    // The event inside the aside is not the main clause's.
    assert.deepEqual(claims('In 1924, after the Twelfth Congress, the Politburo met.'), []);
    assert.deepEqual(claims('In 1924, at Gorki, the Twelfth Congress of the party was remembered.'), []);
  });

  it('the verb that holds an event dates it, and a heading may put a place between a name and its date', () => {
    assert.deepEqual(claims('Three weeks later, on 8 March 1921, the party opened its Tenth Congress in Moscow.'), [['tenth-congress', '8 March 1921']]);
    assert.deepEqual(claims('- **Twelfth Congress, Moscow, 17–25 April 1923** — the Georgian affair is buried.'), [['twelfth-congress', '17–25 April 1923']]);
    // A date of another verb is still not the name's.
    assert.deepEqual(claims('On 8 March 1921 the delegates argued about the Tenth Congress.'), []);
  });

  it('a document is dated by the day after "of", or by "dictated on"; a year the text leaves out is read nearest its date', () => {
    assert.deepEqual(claims('In the postscript of 4 January 1923 he proposed removing Stalin.'), [['postscript', '4 January 1923']]);
    assert.deepEqual(claims('What Lewin makes of the postscript dictated on 4 March 1923 is ingenious.'), [['postscript', '4 March 1923']]);
    const index = registered();
    index.setDocument('n.md', 'Lenin wrote much in 1924 and after. In the postscript of 4 January he called Stalin rude.');
    assert.deepEqual(index.get('n.md')!.claims.map((c) => [c.event, c.interval.earliest]), [['postscript', '1923-01-04']]);
    assert.deepEqual(index.conflicts(), []);
    // A month after "of" is the period a text covers, not a document's day.
    assert.deepEqual(claims('In the postscript of January 1923 he called Stalin rude.'), []);
  });

  it('"A, then B" tells A first: a sequence conflict where the register has B first', () => {
    const seq = (text: string) => ruleConflicts(text, 'sequence').map((c) => [c.event, c.a.text]);
    assert.deepEqual(seq('Lenin died, and then the Twelfth Congress met.'), [['twelfth-congress', 'then the Twelfth Congress']]);
    assert.deepEqual(seq('The Twelfth Congress met, then Lenin died.'), []);
    // "then" that orders nothing: "by then", "since then", "the then leader".
    assert.deepEqual(seq('By then the Twelfth Congress had met, and Lenin died.'), []);
    assert.deepEqual(seq('Lenin died; since then the Twelfth Congress has been forgotten.'), []);
  });

  it('a date after a sentence-opening relative phrase opens the sentence too', () => {
    assert.deepEqual(claims('The sailors met. Three weeks later, on 8 March 1921, the delegates of the Tenth Congress gathered in Moscow.'), [['tenth-congress', '8 March 1921']]);
    assert.deepEqual(claims('The sailors met and, three weeks later, on 8 March 1921, the delegates spoke of the Tenth Congress.'), []);
  });

  it('a person "at" an event takes part in it, unless a portrait or memory of them is', () => {
    assert.deepEqual(ruleConflicts('I remember Dzerzhinsky at the Fifteenth Congress in December 1927, white with anger.', 'anachronism').map((c) => c.a.text), ['December 1927']);
    assert.deepEqual(ruleConflicts('A portrait of Dzerzhinsky at the Fifteenth Congress in December 1927 hung behind the chair.', 'anachronism'), []);
    assert.deepEqual(ruleConflicts('The memory of Dzerzhinsky at the Fifteenth Congress in December 1927 was invoked.', 'anachronism'), []);
  });

  it('a person who is there in a clause joined after the event’s takes part in it ("and his old friend Dzerzhinsky stood on the quay")', () => {
    const life = (text: string) => ruleConflicts(text, 'anachronism').map((c) => c.a.text);
    assert.deepEqual(life('In December 1927 Trotsky was expelled from the party, and his old enemy Dzerzhinsky watched from the gallery.'), ['December 1927']);
    assert.deepEqual(life('In December 1927 Trotsky was expelled from the party, while Dzerzhinsky was there to see it.'), ['December 1927']);
    // Not a clause about the dead, nor one that does not put them there.
    assert.deepEqual(life('In December 1927 Trotsky was expelled from the party, and Dzerzhinsky stood in memory only.'), []);
    assert.deepEqual(life('In December 1927 Trotsky was expelled from the party, and Dzerzhinsky’s men took his papers.'), []);
    assert.deepEqual(life('In December 1927 Trotsky was expelled from the party, and Dzerzhinsky, long dead, was not there.'), []);
  });

  it('a pronoun for the one person named before it in its line takes part as that person ("DZERZHINSKY. … he sits at the congress")', () => {
    const life = (text: string) => {
      const index = registered();
      index.setDocument('sources.yaml', 'sources:\n  - { path: n.md, about: "Leon Trotsky" }\n', 'sources-meta', (p) => p);
      index.setDocument('n.md', text);
      return index.conflicts().filter((c) => c.rule === 'anachronism').map((c) => c.a.text);
    };
    assert.deepEqual(life('- **DZERZHINSKY.** Pole, cold. In Ep 5 he sits at the Fifteenth Congress of December 1927.'), ['December 1927']);
    // In another line, "he" may as well be the man the text is about.
    assert.deepEqual(life('- **DZERZHINSKY.** Pole, cold.\n- In Ep 5 he sits at the Fifteenth Congress of December 1927.'), []);
  });

  it('names listed after an event, its date and a colon take part in it', () => {
    const life = (text: string) => ruleConflicts(text, 'anachronism').map((c) => c.a.text);
    assert.deepEqual(life('- Fifteenth Congress? :: 2–19 Dec 1927: Stalin, Bukharin, Dzerzhinsky and Rykov; the Opposition expelled.'), ['2–19 Dec 1927']);
    assert.deepEqual(life('- Fifteenth Congress, 2–19 December 1927: Stalin, Bukharin and F. E. Dzerzhinsky.'), ['2–19 December 1927']);
    // Not names after another clause, nor a list of the dead remembered.
    assert.deepEqual(life('- Fifteenth Congress, 2–19 December 1927. Remembered: Dzerzhinsky.'), []);
  });

  it('people listed among those present at an event take part in it: a photograph’s delegates "among them" or "from left"', () => {
    const life = (text: string) => ruleConflicts(text, 'anachronism').map((c) => c.a.text);
    assert.deepEqual(life('Delegates to the Fifteenth Congress in December 1927. In the front row, from left: Stalin, Felix Dzerzhinsky and Zinoviev.'), ['December 1927']);
    assert.deepEqual(life('A group photograph of delegates to the Fifteenth Congress in December 1927 on the steps of the hall, among them Stalin and Dzerzhinsky.'), ['December 1927']);
    // Not a list of those present: the Congress's heroes of the past, or its dead.
    assert.deepEqual(life('The Fifteenth Congress met in December 1927. Its heroes of the past, among them Dzerzhinsky, were praised.'), []);
    assert.deepEqual(life('Delegates to the Fifteenth Congress in December 1927 stood for the dead, among them Dzerzhinsky.'), []);
    // A line in capitals between the event and the names is read at once (each capital is one piece of a name).
    assert.deepEqual(life('Delegates to the Fifteenth Congress in December 1927, PHOTOGRAPHED ON THE STEPS OF THE GREAT KREMLIN PALACE BY THE STATE STUDIO FOR THE ARCHIVE, among them Dzerzhinsky.'), ['December 1927']);
  });

  it('an event named as the time after which something happened is not dated by the date closing the phrase', () => {
    // "The X: the Y held after Lenin's death, 23 May 1924": the date is the X's, not the death's.
    assert.deepEqual(claims('The Twelfth Congress: the congress held after Lenin’s second stroke, 17–25 April 1923.'), []);
    assert.deepEqual(claims('The Twelfth Congress met after Lenin’s first stroke, in April 1923.'), []);
    // A date set off as the event's apposition still dates it.
    assert.deepEqual(claims('After Lenin’s death, on 21 January 1924, the triumvirs ruled.'), [['lenin-death', '21 January 1924']]);
    // Inside a clause about something else, the date after the comma is that thing's, whatever follows it.
    assert.deepEqual(claims('Mass recruitment of workers after Lenin’s death, spring 1924, roughly 240,000 of them.'), []);
  });

  it('an event an opening "After" names sets the main clause in time, whose dates are the clause’s', () => {
    assert.deepEqual(claims('After Lenin’s first stroke he recovered over the summer, gave his last speech in November 1922, and withdrew.'), []);
    assert.deepEqual(claims('After Lenin’s first stroke, in May 1922, he recovered.'), [['first-stroke', 'May 1922']]);
  });

  it('a name that holds its own year is not dated by a neighbour’s date of another year', () => {
    assert.deepEqual(claims('We discussed the famine years, the strikes of 1923, the Kronstadt Revolt of 1921, the New Course.'), []);
    assert.deepEqual(claims('The Kronstadt Revolt of 1921 was crushed on 18 March 1921.').map(([id, d]) => [id, d]), [['kronstadt', '18 March 1921']]);
  });

  it('a date after a clause of time between the event and the date is that clause’s', () => {
    assert.deepEqual(claims('Trotsky was expelled only after Zinoviev had been removed (23 July 1926).'), [['zinoviev-removed', '23 July 1926']]);
    assert.deepEqual(claims('Trotsky was expelled from the party, after long delays, on 14 November 1927.'), [['expulsion', '14 November 1927']]);
  });

  it('a book about an event, dated, does not date the event', () => {
    assert.deepEqual(claims('Carr’s volume appeared in 1954 and is still the best account of the death of Lenin.'), []);
  });

  it('a person who acts at a meeting that sets the scene takes part in it: its subject, before or after it', () => {
    const life = (text: string) => ruleConflicts(text, 'anachronism').map((c) => c.a.text);
    assert.deepEqual(life('At the Fifteenth Congress in December 1927, Dzerzhinsky demanded the expulsion of the Opposition.'), ['December 1927']);
    assert.deepEqual(life('At the Fifteenth Congress in Moscow in December 1927 Dzerzhinsky called for the Opposition to be expelled.'), ['December 1927']);
    assert.deepEqual(life('Dzerzhinsky rose to speak against the Opposition at the Fifteenth Congress in December 1927.'), ['December 1927']);
    assert.deepEqual(life('Dzerzhinsky, speaking at the Fifteenth Congress in December 1927, called for expulsions.'), ['December 1927']);
    // Not one praised, pictured or remembered there, nor one named after another clause began.
    assert.deepEqual(life('At the Fifteenth Congress in December 1927, Stalin praised Dzerzhinsky.'), []);
    assert.deepEqual(life('Portraits of Dzerzhinsky hung at the Fifteenth Congress in December 1927.'), []);
    assert.deepEqual(life('At the Fifteenth Congress in December 1927, delegates remembered how Dzerzhinsky died.'), []);
    assert.deepEqual(life('At the Fifteenth Congress in December 1927, Dzerzhinsky’s widow spoke.'), []);
  });

  it('a relative clause that puts its person in the event’s place takes part: "who stood in the dock"', () => {
    const life = (text: string) => ruleConflicts(text, 'anachronism').map((c) => c.a.text);
    assert.deepEqual(life('Dzerzhinsky, who spoke in the Fifteenth Congress of December 1927, was cheered.'), ['December 1927']);
    // Not one who died or was remembered there.
    assert.deepEqual(life('Dzerzhinsky, who died in the year of the Fifteenth Congress of December 1927, was mourned.'), []);
  });

  it('one who takes part in an event the text does not date is checked against the register’s date of it', () => {
    const life = (text: string) => ruleConflicts(text, 'anachronism').map((c) => [c.a.text, c.message]);
    const [[at, message]] = life('Dzerzhinsky spoke at the Fifteenth Congress and demanded expulsions.');
    assert.equal(at, 'Fifteenth Congress');
    assert.match(message, /died 1926-07-20.*has Dzerzhinsky at .*Fifteenth.*, which the register dates 1927-12-02 – 1927-12-19\./);
    assert.deepEqual(life('Dzerzhinsky’s portrait hung at the Fifteenth Congress.'), []);
    // …nor in a pupil's sentence the text corrects.
    assert.deepEqual(life('Kolya read his report for the wall newspaper: "Dzerzhinsky spoke at the Fifteenth Congress." [Correction: Wrong! He died in 1926.]'), []);
  });

  it('a person who orders an event, or stands in the dock beside its defendants, takes part in it', () => {
    const life = (text: string) => ruleConflicts(text, 'anachronism').map((c) => c.a.text);
    assert.deepEqual(life('The branch condemned the Fifteenth Congress of December 1927, held on the orders of Dzerzhinsky.'), ['December 1927']);
    assert.deepEqual(life('Dzerzhinsky sent his men to break up the Fifteenth Congress in December 1927.'), ['December 1927']);
    // A relative clause set off by commas after the person is an aside.
    assert.deepEqual(life('Dzerzhinsky, whom the delegates cheered, spoke at the Fifteenth Congress in December 1927.'), ['December 1927']);
    // Co-subjects share the verb; an abbreviation's full stop ends no sentence.
    assert.deepEqual(life('Dzerzhinsky and Stalin turned on the Fifteenth Congress in December 1927.'), ['December 1927']);
    assert.deepEqual(life('Minutes of 20th December 1927. The Fifteenth Congress met on the 2nd inst. on the orders of Dzerzhinsky.'), ['the 2nd inst.']);
    assert.deepEqual(life('When the Fifteenth Congress opened in December 1927, Stalin stood in the dock with Zinoviev, with Kamenev, and with his old friend Felix Dzerzhinsky.'), ['December 1927']);
    // Before the judges is not in the dock.
    assert.deepEqual(life('When the Fifteenth Congress opened in December 1927, Stalin stood in the dock with Zinoviev facing the judges and Dzerzhinsky.'), []);
    // A list in apposition, closed by a comma before its verb: each of its people.
    assert.deepEqual(life('Which three members, Stalin, Zinoviev and Dzerzhinsky, faced the Fifteenth Congress in December 1927?'), ['December 1927']);
    assert.deepEqual(life('Which three members, Dzerzhinsky, Stalin and Zinoviev, faced the Fifteenth Congress in December 1927?'), ['December 1927']);
    // The accused named after a trial's word and "of".
    const index = registered('  - { id: show-trial, type: event, name: The Show Trial, aliases: [show trial], dates: { happened: { edtf: "1927-12", cite: "x" } } }\n');
    const accused = (text: string) => {
      index.setDocument('n.md', text);
      return index.conflicts().filter((c) => c.rule === 'anachronism').map((c) => c.a.text);
    };
    assert.deepEqual(accused('In December 1927 came the show trial of Stalin, Zinoviev and Dzerzhinsky.'), ['December 1927']);
    assert.deepEqual(accused('In December 1927 came the show trial; of Dzerzhinsky nothing was said.'), []);
    // …or after the trial's date in apposition.
    assert.deepEqual(accused('The papers print the names of the accused in the show trial of December 1927, Stalin, Zinoviev, Dzerzhinsky and seventeen others.'), ['December 1927']);
    assert.deepEqual(accused('The show trial of December 1927, about which Dzerzhinsky had warned, was a farce.'), []);
    // Men sent by a person, doing what the event names: the person takes part, as their commander.
    assert.deepEqual(life('The GPU men sent by Dzerzhinsky saw to it that Trotsky was expelled from the party on 14 November 1927.'), ['14 November 1927']);
    assert.deepEqual(life('The GPU men sent by Dzerzhinsky were long gone. Trotsky was expelled from the party on 14 November 1927.'), []);
    // An index's heading of a person, and a subentry under it that puts them at the event.
    assert.deepEqual(life('- Dzerzhinsky, F. E.: and the Georgian affair, 12; speech at Fifteenth Congress (Dec. 1927), 204'), ['Dec. 1927']);
    assert.deepEqual(life('- Dzerzhinsky, F. E.: and the Georgian affair, 12; obituary in the Fifteenth Congress bulletin (Dec. 1927), 204'), []);
    // Anywhere in a list of those in the dock, not only its last.
    assert.deepEqual(life('The Fifteenth Congress, December 1927. Dzerzhinsky, Zinoviev and Kamenev in the dock in their own suits.'), ['December 1927']);
    // In the dock in one sentence is not at an event the next one names.
    assert.deepEqual(life('In 1936 Zinoviev, Dzerzhinsky and Kamenev stood in the dock. The Fifteenth Congress met in December 1927.'), []);
  });

  it('a relative date glossed in brackets is still counted from its anchor: an exact count the gloss contradicts is a conflict', () => {
    const own = (text: string) => ruleConflicts(text, 'relative-vs-anchor').map((c) => [c.event, c.a.text, c.b.text]);
    assert.deepEqual(own('Zinoviev was removed from the Politburo on 23 July 1926; the next blow fell six weeks later (23 October 1926).'), [['zinoviev-removed', 'six weeks later', '23 October 1926']]);
    assert.deepEqual(own('Zinoviev was removed from the Politburo on 23 July 1926; the next blow fell six weeks later (3 September 1926).'), []);
    // A count after a person is made from the date before.
    assert.deepEqual(own('Zinoviev was removed from the Politburo on 23 July 1926, and Trotsky two months after him, on 23 December 1926.'), [['zinoviev-removed', 'two months after', '23 December 1926']]);
    assert.deepEqual(own('Zinoviev was removed from the Politburo on 23 July 1926, and Trotsky two months after him, on 23 September 1926.'), []);
    // A loose count, or a loose anchor, is pointed at the day the gloss gives.
    assert.deepEqual(own('Lenin died on 21 January 1924. A few days later (27 January 1924) the Twelfth Congress was forgotten.'), []);
    assert.deepEqual(own('Lenin died around 21 January 1924. Six days later (4 February 1924) the Twelfth Congress was forgotten.'), []);
  });

  it('a span of time from the date before to the date its "until" gives must fit between them', () => {
    const own = (text: string) => ruleConflicts(text, 'relative-vs-anchor').map((c) => [c.event, c.a.text, c.b.text]);
    assert.deepEqual(own('Lenin’s second stroke came on 16 December 1922. He lived on for almost two more years, until Lenin died on 21 January 1924.'), [['lenin-death', 'almost two more years', '21 January 1924']]);
    // About a year and a month: "almost two years" is too long, "a year" fits with its slack.
    assert.deepEqual(own('Lenin’s second stroke came on 16 December 1922. He lived on for another year, until Lenin died on 21 January 1924.'), []);
    assert.deepEqual(own('Lenin’s second stroke came on 16 December 1922. He lived on for a year, until Lenin died on 21 January 1924.'), []);
    // The date before another paragraph, or a span with no "until", counts from nothing.
    assert.deepEqual(own('Lenin’s second stroke came on 16 December 1922.\n\nHe lived on for almost two more years, until Lenin died on 21 January 1924.'), []);
    assert.deepEqual(own('Lenin’s second stroke came on 16 December 1922. He lived on for almost two more years; Lenin died on 21 January 1924.'), []);
  });

  it('a count from an event named by the head noun of its name alone is checked when the paragraph dates that event', () => {
    const index = registered(`
  - { id: july-demonstrations, type: event, name: July demonstrations, dates: { happened: { edtf: "1917-07-16/1917-07-20", cite: "Rabinowitch" } } }
  - { id: november-demonstration, type: event, name: Opposition demonstrations of 7 November 1927, dates: { happened: { edtf: "1927-11-07", cite: "Deutscher" } } }
`);
    const own = (text: string) => {
      index.setDocument('n.md', text);
      return index.conflicts().filter((c) => c.rule === 'relative-vs-anchor').map((c) => [c.event, c.a.text, c.b.text]);
    };
    assert.deepEqual(own('The Opposition marched with its own banners on 7 November 1927. On 14 November 1927, a fortnight after the street demonstrations, Trotsky was expelled from the party.'), [['expulsion', 'a fortnight after the street demonstrations', '14 November 1927']]);
    assert.deepEqual(own('The Opposition marched with its own banners on 7 November 1927. On 14 November 1927, a week after the street demonstrations, Trotsky was expelled from the party.'), []);
    // Where the paragraph dates none of the events with that head noun, the anchor is the one such event within weeks before the date beside the count.
    assert.deepEqual(own('The Opposition marched with its own banners. On 14 November 1927, a fortnight after the street demonstrations, Trotsky was expelled from the party.'), [['expulsion', 'a fortnight after the street demonstrations', '14 November 1927']]);
    assert.deepEqual(own('The Opposition marched with its own banners. On 14 November 1927, a week after the street demonstrations, Trotsky was expelled from the party.'), []);
    // …and none where no such event came within weeks before it.
    assert.deepEqual(own('On 14 March 1927, a fortnight after the street demonstrations, Trotsky spoke.'), []);
  });

  it('a relative date counted from an event the text names is checked against the date written beside it', () => {
    const own = (text: string) => ruleConflicts(text, 'relative-vs-anchor').map((c) => [c.event, c.a.text, c.b.text]);
    assert.deepEqual(own('In 1929, three years after Lenin’s death, the party was silent.'), [['lenin-death', 'three years after Lenin’s death', '1929']]);
    assert.deepEqual(own('In 1927, three years after Lenin’s death, the party was silent.'), []);
    // The date's own event is the one the conflict is about.
    assert.deepEqual(own('The Twelfth Congress met in April 1926, a year after Lenin’s death.'), [['twelfth-congress', 'a year after Lenin’s death', 'April 1926']]);
    // "A year" is loose by half a year either way.
    assert.deepEqual(own('The Twelfth Congress met in April 1925, a year after Lenin’s death.'), []);
    assert.deepEqual(own('The Twelfth Congress met in April 1923, a year before Lenin’s death.'), []);
    // A loose count is no count.
    assert.deepEqual(own('In 1929, some years after Lenin’s death, the party was silent.'), []);
    // A dateline just before, of a place and a date alone, is the date written beside it.
    assert.deepEqual(own('NARRATOR: Moscow, the sixteenth of December 1924. Four months after Lenin’s death, a new congress.').map((c) => c[1]), ['Four months after Lenin’s death']);
    assert.deepEqual(own('The decree of December 1924. Four months after Lenin’s death, a new congress.'), []);
  });

  it('a count from an event told by its subject and verb ("a fortnight after Lenin died") is checked against the date before it, Old Style or yearless under an entry\'s day', () => {
    const own = (text: string) => ruleConflicts(text, 'relative-vs-anchor').map((c) => [c.a.text, c.b.text]);
    assert.deepEqual(own('On 4 March 1924, barely a fortnight after Lenin died, the party met.'), [['a fortnight after Lenin died', '4 March 1924']]);
    assert.deepEqual(own('On 4 February 1924, barely a fortnight after Lenin died, the party met.'), []);
    // A day whose year the entry's own day above gives, weeks from it.
    assert.deepEqual(own('6 March 1924. On the 4th of March, barely a fortnight after Lenin died, the party met.'), [['a fortnight after Lenin died', 'the 4th of March']]);
    // Not a day whose year was only guessed from a date far from it.
    assert.deepEqual(own('In 1921 the sailors rose. On the 4th of March, barely a fortnight after Lenin died, the party met.'), []);
  });

  it('an opening and a closing date in one sentence are both claims, the closing one its end', () => {
    const index = registered();
    index.setDocument('n.md', 'The Fifteenth Congress, which opened on 2 December 1927 and closed on the 19th, expelled them.');
    assert.deepEqual(index.get('n.md')!.claims.map((c) => [c.event, c.dateText, c.phase]), [['fifteenth-congress', '2 December 1927', 'start'], ['fifteenth-congress', 'the 19th', 'end']]);
    assert.deepEqual(index.conflicts(), []);
    assert.deepEqual(ruleConflicts('The Fifteenth Congress, which opened on 2 December 1927 and closed on the 29th, expelled them.', 'source-vs-reference').map((c) => c.a.text), ['the 29th']);
  });

  it('a span of days told as the meeting\'s sitting ("which sat from 22 June to 12 July") is closed; a span in brackets is not', () => {
    const closed = (text: string) => {
      const index = registered();
      index.setDocument('n.md', text);
      return index.get('n.md')!.claims.map((c) => [c.dateText, c.closed]);
    };
    assert.deepEqual(closed('The Fifteenth Congress, which sat from 2 to 19 December 1927, expelled them.'), [['from 2 to 19 December 1927', true]]);
    assert.deepEqual(closed('The Fifteenth Congress (2–19 December 1927) expelled them.'), [['2–19 December 1927', undefined]]);
  });

  it('"on 14 December 1927, the day the Fifteenth Congress opened": the date is the day of the event told after it', () => {
    assert.deepEqual(claimsAndConflicts('The cup was promised on 12 December 1927, the day the Fifteenth Congress opened.'), { claims: [['fifteenth-congress', '12 December 1927']], conflicts: [['source-vs-reference', '12 December 1927']] });
    assert.deepEqual(claimsAndConflicts('We met on 22 January 1924, the very day Lenin died.').conflicts, [['source-vs-reference', '22 January 1924']]);
    // Not "the day after" it, a count.
    assert.deepEqual(claimsAndConflicts('We met on 22 January 1924, the day after Lenin died.').conflicts, []);
  });

  it('"which opened here on", "which met there in": the place said by a word still leaves the date the event\'s', () => {
    assert.deepEqual(ruleConflicts('This is the hall where the Fifteenth Congress, which opened here on 12 December 1927, expelled them.', 'source-vs-reference').map((c) => c.a.text), ['12 December 1927']);
    assert.deepEqual(ruleConflicts('This is the hall where the Fifteenth Congress, which opened here on 2 December 1927, expelled them.', 'source-vs-reference'), []);
  });

  it('"began to dictate" and "started dictating" read as the trigger "dictated", dated by their start, as is a date "from" which it ran', () => {
    const DICTATION = `  - id: letter-dictation
    type: event
    name: Dictation of the Letter
    participants: [lenin]
    triggers: ["{lenin} dictated"]
    dates: { happened: { edtf: "1922-12-23/1923-01-04", cite: "Lewin (1968)" } }
`;
    const phases = (text: string) => {
      const index = registered(DICTATION);
      index.setDocument('n.md', text);
      return { claims: index.get('n.md')!.claims.map((c) => [c.event, c.dateText, c.phase]), conflicts: index.conflicts().map((c) => [c.rule, c.a.text]) };
    };
    assert.deepEqual(phases('Lenin began to dictate on 23 December 1922.'), { claims: [['letter-dictation', '23 December 1922', 'start']], conflicts: [] });
    // …and "began the dictation", the noun of a verb in "-ate", after "began" and an article.
    assert.deepEqual(phases('Lenin was ill. The scene in which he began the dictation on 25 December 1922 opens the chapter.'), { claims: [['letter-dictation', '25 December 1922', 'start']], conflicts: [['source-vs-reference', '25 December 1922']] });
    // (A quotation may open after the subject.)
    assert.deepEqual(phases('Vera takes it down: Lenin "started dictating on 29 December 1922", she says.'), { claims: [['letter-dictation', '29 December 1922', 'start']], conflicts: [['source-vs-reference', '29 December 1922']] });
    assert.deepEqual(phases('The letter Lenin dictated from 29 December 1922 is the one examiners quote.'), { claims: [['letter-dictation', '29 December 1922', 'start']], conflicts: [['source-vs-reference', '29 December 1922']] });
    // Any day of the dictation, without "began" or "from", is no start; nor a "from" that runs "to" a day.
    assert.deepEqual(phases('Lenin dictated on 29 December 1922.').conflicts, []);
    assert.deepEqual(phases('Lenin dictated from 29 December 1922 to 4 January 1923.').conflicts, []);
    // Two sources that disagree on the first day disagree.
    const index = registered(DICTATION);
    index.setDocument('a.md', 'Lenin began to dictate on 23 December 1922.');
    index.setDocument('b.md', 'The letter Lenin dictated from 29 December 1922 is the one examiners quote.');
    assert.deepEqual(index.conflicts().map((c) => c.rule).sort(), ['source-vs-reference', 'source-vs-source']);
  });

  it('a participle opening an item of a list after a colon is the passive of the subject before the colon', () => {
    const own = (text: string) => {
      const index = registered();
      index.setDocument('n.md', text);
      return { claims: index.get('n.md')!.claims.map((c) => [c.event, c.dateText]), conflicts: index.conflicts().map((c) => [c.rule, c.a.text]) };
    };
    assert.deepEqual(own('Zinoviev fought on. Then he lost the struggle: removed from the Politburo in July 1926, and expelled from the party in 1927.').claims, [['zinoviev-removed', 'July 1926']]);
    assert.deepEqual(own('Trotsky fought on. Then he lost the struggle that followed Lenin’s death: dropped from the Politburo in 1926, expelled from the party in November 1928.'), {
      claims: [['expulsion', 'November 1928']],
      conflicts: [['source-vs-reference', 'November 1928']],
    });
    // "put off the Politburo", "voted out of the Politburo": "removed from" in other words.
    assert.deepEqual(own('Zinoviev’s fall was swift: put off the Politburo in October 1926, and silenced.'), { claims: [['zinoviev-removed', 'October 1926']], conflicts: [['source-vs-reference', 'October 1926']] });
    assert.deepEqual(own('In July 1926 Zinoviev was voted out of the Politburo.').claims, [['zinoviev-removed', 'July 1926']]);
    // …and in the active, the one removed between the verb and "off": at the meeting of the date, by a man dead three days.
    assert.deepEqual(own('The plenum threw Zinoviev out of the Politburo in October 1926.'), { claims: [['zinoviev-removed', 'October 1926']], conflicts: [['source-vs-reference', 'October 1926']] });
    assert.deepEqual(own('Dzerzhinsky and Stalin voted Zinoviev off the Politburo at the plenum of 23 July 1926.'), { claims: [['zinoviev-removed', '23 July 1926']], conflicts: [['anachronism', '23 July 1926']] });
    // (Not off a boat.)
    assert.deepEqual(own('The police put Zinoviev off the boat at Odessa in October 1926.').claims, []);
    // Not an item after a bare "and", nor a participle whose clause has no colon before it.
    assert.deepEqual(own('Zinoviev is shown at the end: tried in secret in 1936 and removed from the Politburo.').claims, []);
    assert.deepEqual(own('Zinoviev spoke in 1925. Removed from the Politburo in October 1926, the others wept.').claims, []);
  });

  it('an opening or closing word counts only in the date’s own clause, and in the present too', () => {
    const phases = (text: string) => {
      const index = registered();
      index.setDocument('n.md', text);
      return { claims: index.get('n.md')!.claims.map((c) => [c.dateText, c.phase]), conflicts: index.conflicts().map((c) => [c.rule, c.a.text]) };
    };
    assert.deepEqual(phases('The Kronstadt rising came on 1 March 1921; the fortress fell on 18 March.'), { claims: [['1 March 1921', undefined]], conflicts: [] });
    assert.deepEqual(phases('Retake the fort before the Tenth Congress closes on 14 March 1921.'), { claims: [['14 March 1921', 'end']], conflicts: [['source-vs-reference', '14 March 1921']] });
  });

  it('a rising "put down" on a day ends then; days named one by one are a span whose end is not the first', () => {
    const phases = (text: string) => {
      const index = registered();
      index.setDocument('n.md', text);
      return index.get('n.md')!.claims.map((c) => [c.dateText, c.phase]);
    };
    assert.deepEqual(phases('The Kronstadt rising was put down on 7 March 1921.'), [['7 March 1921', 'end']]);
    assert.deepEqual(ruleConflicts('The Kronstadt rising was put down on 7 March 1921.', 'source-vs-reference').map((c) => c.a.text), ['7 March 1921']);
    assert.deepEqual(phases('The leaflet is dated 8th March 1921. The Kronstadt rising was put down on the 17th and 18th of that month.'), [['the 17th', undefined]]);
  });

  it('a policy "launched" then is dated by its start, checked against the first month the register gives it', () => {
    const index = registered();
    index.setDocument('n.md', 'When War Communism was launched, in the spring of 1920, the towns were already starving.');
    assert.deepEqual(index.get('n.md')!.claims.map((c) => [c.dateText, c.phase]), [['the spring of 1920', 'start']]);
    assert.deepEqual(ruleConflicts('When War Communism was launched, in the spring of 1920, the towns were already starving.', 'source-vs-reference').map((c) => c.a.text), ['the spring of 1920']);
    assert.deepEqual(ruleConflicts('War Communism was launched in the summer of 1918.', 'source-vs-reference'), []);
    assert.deepEqual(ruleConflicts('War Communism was at its harshest in the spring of 1920.', 'source-vs-reference'), []);
  });

  it('a count forward from the date before, opening its clause, dates what the clause goes on to tell', () => {
    assert.deepEqual(claims('On 7 November 1927 the Opposition marched in Moscow. A week later Trotsky was expelled from the party.'), [['expulsion', 'A week later']]);
    assert.deepEqual(ruleConflicts('On 7 November 1927 the Opposition marched in Moscow. A week later Trotsky was expelled from the party.', 'source-vs-reference'), []);
    assert.deepEqual(ruleConflicts('On 7 November 1927 the Opposition marched in Moscow. Three weeks later Trotsky was expelled from the party.', 'source-vs-reference').map((c) => c.a.text), ['Three weeks later']);
    // Not a count after a noun, whose anchor may be an event; not what the clause before the count told.
    assert.deepEqual(claims('In 1929 he was deported. Readers confuse this with Trotsky’s expulsion from the party two years earlier.'), []);
    assert.deepEqual(claims('On 14 November 1927 Trotsky was expelled; a month later, in December, the exiles left Moscow.'), [['expulsion', '14 November 1927']]);
  });

  it('a count and its gloss are checked against each other, tied to the one event their sentences name', () => {
    const relative = (text: string) => ruleConflicts(text, 'relative-vs-anchor').map((c) => [c.event, c.a.text, c.b.text]);
    assert.deepEqual(relative('We buried him on 27 January 1924. Lenin died three weeks earlier, on the evening of 21 January.'), [['lenin-death', 'three weeks earlier', '21 January']]);
    // No claim in the sentence, but one event named in it.
    assert.deepEqual(relative('The plenum met on 8 October 1927, and the Fifteenth Congress followed a month later, on 15 October.'), [['fifteenth-congress', 'a month later', '15 October']]);
    // A count from an Old Style gloss, glossed in New Style, agrees.
    assert.deepEqual(relative('Lenin reached Petrograd on 16 April 1917 (3 April OS). The October Revolution was first urged four days later, on 20 April (7 April OS).'), []);
    // Between days, a count is exact give or take its slack: December is the month after November, but 2 December is no month after 26 November.
    assert.deepEqual(relative('The plenum met on 26 November 1927, and the Fifteenth Congress opened a month later, on 2 December.'), [['fifteenth-congress', 'a month later', '2 December']]);
    assert.deepEqual(relative('The plenum met on 26 November 1927, and the Fifteenth Congress opened a week later, on 2 December.'), []);
    // The date before a count is not its gloss when the count runs from it.
    assert.deepEqual(relative('Trotsky lost his seat on 23 October 1926; Zinoviev had been removed from the Politburo on 23 July 1926, three months earlier.'), []);
  });

  it('a day whose year Clio took from the writer’s own date is read nearest the event', () => {
    const index = registered();
    index.setDocument('sources.yaml', 'sources:\n  - { path: t.md, written: "2015-03-17" }\n', 'sources-meta', (p) => p);
    index.setDocument('t.md', '> **reader** (17 March 2015): Small correction: the Fifteenth Congress opened on 12 December, not the 2nd.');
    assert.deepEqual(index.get('t.md')!.claims.map((c) => [c.dateText, c.interval.earliest]), [['12 December', '1927-12-12']]);
    // …but a passage set in another year is about another event of the name.
    assert.deepEqual(claims('In 1905 the sailors mutinied. The Kronstadt rising came in October.'), []);
  });

  it('a dispatch dates what its body reports by "yesterday" from its dateline, or else as news by the dateline’s day', () => {
    assert.deepEqual(claims('MOSCOW, 22 JANUARY 1924 (ROSTA). — Lenin died yesterday at Gorki.'), [['lenin-death', 'yesterday']]);
    assert.deepEqual(ruleConflicts('MOSCOW, 22 JANUARY 1924. — Lenin died on Monday evening at Gorki.', 'source-vs-reference'), []);
    assert.deepEqual(claims('MOSCOW, 22 JANUARY 1924. — Lenin died on Monday evening at Gorki.'), [['lenin-death', 'Monday evening']]);
    assert.deepEqual(ruleConflicts('MOSCOW, 22 JANUARY 1924. — Lenin died on Sunday at Gorki.', 'source-vs-reference').map((c) => c.a.text), ['Sunday']);
    // A chronology's entry is no dispatch: its date is the event's.
    assert.deepEqual(ruleConflicts('- 22 January 1924: Lenin dies at Gorki.', 'source-vs-reference').map((c) => c.a.text), ['22 January 1924']);
  });

  it('"Since DATE, when …" dates the clause of "when"', () => {
    assert.deepEqual(claims('Since January 1924, when Lenin died, the old Politburo has ceased to exist for me.'), [['lenin-death', 'January 1924']]);
    assert.deepEqual(claims('Since January 1924 Lenin has been dead and the Politburo divided.'), []);
  });

  it('a trigger reads past an aside between its subject and its verb, whose own dates date nothing', () => {
    assert.deepEqual(claims('Lenin, paralysed since March 1923, died on 21 January 1924.'), [['lenin-death', '21 January 1924']]);
    assert.deepEqual(claims('Trotsky, expelled from the Politburo in 1926, was expelled from the party in 1927.'), [['expulsion', '1927']]);
    // …an aside opening with a title in capitals; not a name alone, one of a list.
    assert.deepEqual(claims('Lenin, Chairman of the Council since 1917, died on 21 January 1924.'), [['lenin-death', '21 January 1924']]);
    assert.deepEqual(claims('Lenin, Trotsky, Kamenev died on 21 January 1924.'), []);
  });

  it('a name takes the date after a verb of lasting or meeting, past a short aside', () => {
    assert.deepEqual(claims('War Communism lasted from the summer of 1918 to the spring of 1921.'), [['war-communism', 'from the summer of 1918 to the spring of 1921']]);
    assert.deepEqual(claims('The Tenth Congress, meeting from 8 to 16 March 1921, banned factions.'), [['tenth-congress', 'from 8 to 16 March 1921']]);
    assert.deepEqual(claims('The Twelfth Congress, the first without Lenin, opened on 17 April 1923.'), [['twelfth-congress', '17 April 1923']]);
    assert.deepEqual(claims('Trotsky, ill in the Caucasus, missed the Tenth Congress, which had taken place in March 1921.'), [['tenth-congress', 'March 1921']]);
    // Not a place and a year after a comma, as a record or a citation writes them.
    assert.deepEqual(claims('Papers on the Kronstadt rising at the Rand School, 1951.'), []);
  });

  it('a date closing one noun phrase of a pair is that phrase’s; what was yet to happen at a date is not dated by it', () => {
    assert.deepEqual(claims('The arrest of Zinoviev in March 1927 and Trotsky’s expulsion from the party that autumn split the Opposition.'), [['expulsion', 'that autumn']]);
    assert.deepEqual(claims('On 10 November 1927 the Central Committee met to decide whether Trotsky was to be expelled from the party.'), []);
    assert.deepEqual(claims('On 10 November 1927 his friends tried to prevent Trotsky’s expulsion from the party.'), []);
  });

  it('a pronoun is no one whose name tells the other sex', () => {
    assert.deepEqual(claims('Lenin married Krupskaya in Siberia. She died in Moscow on 27 February 1939.'), []);
    assert.deepEqual(['Nadezhda Krupskaya', 'Natalia Sedova', 'Rosa Luxemburg', 'Iona Yakir', 'Leon Trotsky', 'Stalin'].map(sexByName), ['f', 'f', 'f', 'm', 'm', undefined]);
  });

  it('after an event named as a time, a date past a second verb is that verb’s', () => {
    assert.deepEqual(claims('Krupskaya kept the envelopes until after Lenin’s death and handed them to the Central Committee in May 1924.'), []);
  });

  it('a draft’s or a candidate’s wording the text corrects or forbids is theirs: neither its dates nor the order it tells', () => {
    const reported = (text: string) => claimsAndConflicts(text).conflicts;
    assert.deepEqual(reported('> KL: Draft 2 said "Lenin died in 1923". Now it says 1924. Fixed. — AB: Thanks.'), []);
    assert.deepEqual(reported('> JP: Version 1 had "Trotsky was expelled in 1926". Changed to 1927. Done.'), []);
    assert.deepEqual(reported('- **Q3** (script 0214). Candidate: "Trotsky was expelled in 1926, after Lenin died." Query: credit it? **PE:** The date is wrong: November 1927.'), []);
    assert.deepEqual(reported('One candidate dates it "1923". **PE:** Do not credit "the death of Lenin in 1923".'), []);
    // A draft's wording the text keeps is still claimed.
    assert.deepEqual(reported('The first draft said "Lenin died in 1923", and we kept it.'), [['source-vs-reference', '1923']]);
    // …and an issue's, which gave the event as the quoted date.
    assert.deepEqual(reported('- Issue 2 gave Lenin’s death as "the twenty-fourth of January 1924". That is the funeral week; he died at Gorki on the 21st. Corrected in issue 3.'), []);
    assert.deepEqual(reported('- Issue 2 gave Lenin’s death as "the twenty-fourth of January 1924", and it stands.'), [['source-vs-reference', 'the twenty-fourth of January 1924']]);
  });

  it('a meeting of a month "which opened on" a day, its weekday naming that month’s day, is dated twice: the month and its opening', () => {
    const index = registered();
    index.setDocument('sources.yaml', 'sources:\n  - path: note.md\n    title: Book\n    written: "1928/1929"\n', 'sources-meta', (p) => p);
    index.setDocument('note.md', 'Monday 13 February 1928. He laughed about the Fifteenth Congress of last December, which opened on Friday, the 2nd, in the Kremlin.');
    assert.deepEqual(index.get('note.md')!.claims.map((c) => [c.dateText, c.interval.earliest, c.phase]), [['last December', '1927-12-01', 'start'], ['Friday, the 2nd', '1927-12-02', 'start']]);
  });

  it('a meeting’s date may follow the place it sat near or outside', () => {
    assert.deepEqual(claims('The programme was adopted at the Fifteenth Congress near Moscow on 2 December 1927.'), [['fifteenth-congress', '2 December 1927']]);
    assert.deepEqual(claims('The programme was adopted at the Fifteenth Congress outside Moscow on 2 December 1927.'), [['fifteenth-congress', '2 December 1927']]);
  });

  it('"did not meet until" dates the event, where "until" alone bounds it', () => {
    assert.deepEqual(claims('The Fifteenth Congress did not open until 2 December 1927.'), [['fifteenth-congress', '2 December 1927']]);
    assert.deepEqual(claims('The Fifteenth Congress sat until 19 December 1927.'), []);
  });

  it('a date the text quotes in order to correct it is not the text’s claim', () => {
    assert.deepEqual(claims('- p. 12: "Lenin died on 24 January 1924" — a typo; the text elsewhere has the 21st.'), []);
    assert.deepEqual(claims('The thesis has it that "Lenin died on 24 January 1924" (sic).'), []);
    // A quotation the text does not mark as an error is still a claim, and so is the date outside the quotation.
    assert.deepEqual(claims('Pravda wrote: "Lenin died on 21 January 1924" — and the country wept.'), [['lenin-death', '21 January 1924']]);
    assert.deepEqual(claims('Lenin died on 21 January 1924, "a typo" said no one.'), [['lenin-death', '21 January 1924']]);
    // A count of years to the day since an event dates the event that many years before "today", the dateline's day.
    const index = registered();
    index.setDocument('note.md', '21 January 1930.\n\nOn the water he said it is six years today since Lenin died. Seven years today, he said, since Lenin died.');
    assert.deepEqual(index.get('note.md')!.claims.map((c) => [c.dateText, c.interval.earliest, c.interval.latest]), [['six years today', '1924-01-21', '1924-01-21'], ['Seven years today', '1923-01-21', '1923-01-21']]);
    assert.deepEqual(index.conflicts().map((c) => [c.rule, c.a.text, c.b.text]).filter(([r]) => r === 'within-source'), [['within-source', 'six years today', 'Seven years today']]);
    // A quotation from another text that the text then questions is the quoted text's, put in doubt.
    assert.deepEqual(claims("Query: the draft says 'the Tenth Congress in March 1922, which banned factions'. Is that the Eleventh?"), []);
    // …or that others "still" say, and the text puts right.
    assert.deepEqual(claims("Three scripts still put 'the Tenth Congress in March 1922'; the March 1922 meeting was the Eleventh."), []);
    assert.deepEqual(claims('Two essays still give "the Tenth Congress of March 1922". That was the Eleventh.'), []);
    assert.deepEqual(claims('- Three handouts still cite "the Tenth Congress of March 1922". That was the Eleventh (27 March–2 April); the Tenth sat in 1921.'), []);
    assert.deepEqual(claims('The textbook gives "the Tenth Congress of March 1922". That was a hard spring.'), [['tenth-congress', 'March 1922']]);
    assert.deepEqual(claims("The draft says 'the Tenth Congress in March 1922, which banned factions'. We print it as written."), [['tenth-congress', 'March 1922']]);
  });

  it('an event named as what an anniversary is of is not dated by the anniversary', () => {
    assert.deepEqual(claims('On the tenth anniversary of the Kronstadt rising, 7 March 1931, nobody marched.'), []);
    assert.deepEqual(claims('On the eve of the Tenth Congress, 7 March 1921, the sailors waited.'), []);
    assert.deepEqual(claims('The Kronstadt rising, 7 March 1921, ended the illusion.'), [['kronstadt', '7 March 1921']]);
  });

  it('a name takes the date after "held in <place>"', () => {
    assert.deepEqual(claims('The Twelfth Congress, held in Moscow in April 1923, was Lenin’s last.'), [['twelfth-congress', 'April 1923']]);
    assert.deepEqual(claims('The Twelfth Congress of the Russian Communist Party, held in Moscow in April 1923, was Lenin’s last.'), [['twelfth-congress', 'April 1923']]);
  });

  it('a name takes the date after a body it is from or of ("Trotsky’s expulsion from the Communist Party in November 1928")', () => {
    assert.deepEqual(claims('It dates from after Trotsky’s expulsion from the Communist Party in November 1928, when the committee met.'), [['expulsion', 'November 1928']]);
  });

  it('a proposal or plan for an event, and a reprint of a work, date neither', () => {
    assert.deepEqual(claims('The sailors’ plan for the Kronstadt rising of February 1921 was never written down.'), []);
    assert.deepEqual(claims('The Kronstadt rising of March 1921 was never planned.'), [['kronstadt', 'March 1921']]);
    assert.deepEqual(claims('See The Interregnum (London: Macmillan, 1954; repr. London: Penguin, 1969) for the detail.').filter(([, date]) => date === '1969'), []);
  });

  it('a proposal’s date, a month opening another name, and an imprint’s year date nothing', () => {
    assert.deepEqual(claims('The most striking document is Trotsky’s proposal of February 1920 to replace requisitioning with a tax in kind, which was rejected.'), []);
    assert.deepEqual(claims('In March 1921 the party adopted a tax in kind.'), [['nep', 'March 1921']]);
    assert.deepEqual(claims('In October 1905, the week of the October Manifesto, the sailors mutinied.').filter(([id]) => id === 'october-revolution'), []);
    assert.deepEqual(claims('Further reading: Malaparte, The Technique of the Coup d’Etat (Greyfield, 1960).'), [['technique', '1960', 'edition']]);
    assert.deepEqual(claims('Malaparte’s The Technique of the Coup d’Etat (1931) is famous.'), [['technique', '1931']]);
  });

  it('"the congress" after a congress was named is that congress, within its paragraph', () => {
    assert.deepEqual(claims('The Tenth Congress and the sailors: the NEP came out of it. The congress opened on 8 March 1921.'), [['tenth-congress', '8 March 1921']]);
    // Another congress named by its date, another paragraph, or a congress last named far back: no reference.
    assert.deepEqual(claims('The Tenth Congress and the sailors. The congress of March 1922 was calmer.').filter(([id]) => id === 'tenth-congress'), []);
    // (A day inside the congress would name it by the date alone: kindByDateReferences.)
    assert.deepEqual(claims('The Tenth Congress and the sailors.\n\nThe congress opened on 8 April 1921.'), []);
    // Capitalised, as formal prose writes it, though Clio took "Congress" for a name it does not know.
    assert.deepEqual(claims('I was a delegate to the Tenth Congress. At the call of the Congress I went to the ice. The Congress opened on 8 March 1921.'), [['tenth-congress', '8 March 1921']]);
  });

  it('"the congress itself" turns back to the congress named before, across a paragraph, and "its opening on" dates it', () => {
    assert.deepEqual(claims('The Tenth Congress and the sailors.\n\nThe next chapter takes up the congress itself, in the week that followed its opening on 8 March 1921.'), [['tenth-congress', '8 March 1921']]);
    assert.deepEqual(claims('The Tenth Congress met. The congress, after its opening on 8 March 1921, heard Lenin.'), [['tenth-congress', '8 March 1921']]);
    // "its" with another name between belongs to that name.
    assert.deepEqual(claims('The Tenth Congress met. The congress heard of the Kronstadt rising after its outbreak on 1 March 1921.').filter(([id]) => id === 'tenth-congress'), []);
  });

  it('"it opened", "it was crushed": "it" for the one event named just before dates that event, near its own date', () => {
    assert.deepEqual(claimsAndConflicts('I drove one of the delegates to the Fifteenth Congress. From the day it opened, 12 December 1927, the Opposition sat apart.'), {
      claims: [['fifteenth-congress', '12 December 1927']],
      conflicts: [['source-vs-reference', '12 December 1927']],
    });
    assert.deepEqual(claims('The Kronstadt rebellion was the last straw. It was crushed on 18 March 1921.'), [['kronstadt', '18 March 1921']]);
    // Not a date years away, which is some other thing's ("the Tenth Congress in the Bolshoi Theatre. It opened in 1825").
    assert.deepEqual(claims('We spoke of the Tenth Congress in the Bolshoi Theatre. It opened in 1825.'), []);
    // Not where two events were named: "it" may be either.
    assert.deepEqual(claims('A student asked whether the Tenth Congress came after Lenin\'s death. You said it closed on 18 January 1924.'), []);
    // Not "it" of a thing that is no event's phase ("it was published").
    assert.deepEqual(claims('The Fifteenth Congress expelled them. It was reported in Pravda on 20 December 1927.'), []);
  });

  it('"the congress" is the congress named, though a part of it has "congress" in its name', () => {
    const index = registered(`
  - id: tenth-congress-session
    type: event
    name: Closed session of the congress delegates
    part_of: tenth-congress
    dates: { happened: { edtf: "1921-03-10", cite: "Carr" } }
`);
    index.setDocument('note.md', 'The Tenth Congress met in Moscow. The congress opened on 8 March 1921.');
    assert.deepEqual(index.get('note.md')!.claims.map((c) => [c.event, c.dateText]), [['tenth-congress', '8 March 1921']]);
  });

  it('a timeline line’s date takes its event through a calendar mark, and a name its date through a verb and a comma', () => {
    assert.deepEqual(claims('In 1921 the sailors rose.\n- 8–16 March (OS) [21–29 March NS]: the Tenth Congress meets.'), [['tenth-congress', '8–16 March']]);
    assert.deepEqual(claims('When the Kronstadt rising was crushed, in March 1921, the sailors fled.'), [['kronstadt', 'March 1921']]);
    assert.deepEqual(claims('When the Kronstadt rising was crushed, and in March 1921 the sailors fled.'), []);
    // A date ending a label of its own (a speech) dates the label, not what follows its colon.
    assert.deepEqual(claims('- Trotsky to the congress of the party, 8 March 1921: the Kronstadt rising as a warning.'), []);
    assert.deepEqual(claims('- Kronstadt, 8 March 1921: the Kronstadt rising spreads.'), [['kronstadt', '8 March 1921']]);
  });
});

describe('claims: chronology items, decisions and the majority', () => {
  const JULY = `  - { id: bukharin, type: person, name: Nikolai Bukharin, aliases: [Bukharin] }
  - id: july-days
    type: event
    name: July Days
    aliases: ["July Days", "July"]
    participants: [zinoviev]
    dates: { happened: { edtf: "1917-07-16/1917-07-20", cite: "Rabinowitch" } }
`;
  const own = (text: string) => claimsAndConflicts(text, JULY);

  it('an item’s date at its head dates the item’s later sentences that tell no date of their own', () => {
    assert.deepEqual(own('CHRONICLE.\n— 23 July 1926: the plenum closes. Zinoviev is removed from the Politburo for the meeting in the woods.\n— 16 October: they give their word.').claims, [['zinoviev-removed', '23 July 1926']]);
    // Not a sentence with a date of its own, nor one on the next line.
    assert.deepEqual(own('— 23 July 1926: the plenum closes. In 1927 Zinoviev was removed from the Politburo.').claims, [['zinoviev-removed', '1927']]);
    assert.deepEqual(own('— 23 July 1926: the plenum closes.\nZinoviev was removed from the Politburo.').claims, []);
  });

  it('a meeting’s date dates what it decided, told after a colon', () => {
    assert.deepEqual(own('The plenum, meeting on 23 October 1926, drew the conclusions the party expected: Zinoviev is removed from the Politburo.').claims, [['zinoviev-removed', '23 October 1926']]);
    assert.deepEqual(own('The plenum met on 23 July 1926 and decided: Zinoviev is removed from the Politburo.').claims, [['zinoviev-removed', '23 July 1926']]);
    // Not what a report told of, after a colon.
    assert.deepEqual(own('On 23 October 1926 the plenum heard a report: Zinoviev was removed from the Politburo.').claims, []);
  });

  it('those named in the majority that voted it take part, and so fall under the life check', () => {
    assert.deepEqual(own('— 23 July 1926: the plenum closes. With Stalin, Bukharin, Dzerzhinsky and Kalinin in the majority, Zinoviev is removed from the Politburo.').conflicts, [['anachronism', '23 July 1926']]);
    assert.deepEqual(own('— 23 July 1926: the plenum closes. With Stalin and Bukharin in the majority, Zinoviev is removed from the Politburo.').conflicts, []);
  });

  it('"the July plenum" names a plenum in July, not the July Days', () => {
    assert.deepEqual(own('The July plenum closed on 23 July 1926.').claims, []);
    // (The month alone, in a sentence about 1917, still names the event.)
    const index = registered(JULY);
    index.setDocument('n.md', 'The lessons of July were learnt by the autumn of 1917. The July plenum sat in 1926.');
    assert.deepEqual(index.get('n.md')!.entities.filter((m) => m.id === 'july-days').map((m) => m.start), [15]);
  });
});

describe('claims: lists and meetings that rose', () => {
  it('a date ending one item of a list, after its noun and "of", is not the next item’s', () => {
    assert.deepEqual(claims('Scope: the strokes, the dictations of the winter of 1922–23, Lenin’s death at Gorki and the funeral.'), []);
    assert.deepEqual(claims('Scope: the strokes, and in January 1924 Lenin’s death at Gorki.'), [['lenin-death', 'January 1924']]);
  });

  it('a congress that "rose" on a day closed on it', () => {
    const index = registered();
    index.setDocument('a.md', 'He kept the minutes a full week after the Fifteenth Congress rose on 12 December 1927.');
    assert.deepEqual(index.get('a.md')!.claims.map((c) => [c.event, c.dateText, c.phase]), [['fifteenth-congress', '12 December 1927', 'end']]);
    // …and by its kind alone, on a day it sat.
    index.setDocument('b.md', 'He kept the minutes a week after the congress rose on 16 March 1921.');
    assert.deepEqual(index.get('b.md')!.claims.map((c) => [c.event, c.dateText, c.phase]), [['tenth-congress', '16 March 1921', 'end']]);
    // (Sailors who rose began something.)
    index.setDocument('c.md', 'The Kronstadt rising rose on 1 March 1921.');
    assert.deepEqual(index.get('c.md')!.claims.map((c) => c.phase), [undefined]);
  });
});

describe('claims: a register’s notes of what was done with the thing it lists', () => {
  it('date the thing, not the event its caption names', () => {
    assert.deepEqual(claims('Block No. 3. Portrait of Lenin, for the death of Lenin. Made 22 January 1924, used 23, 24 and 27 January.'), []);
    assert.deepEqual(claims('Poster No. 7: Lenin died on 21 January 1924; printed overnight, put up 23 and 26 January.'), [['lenin-death', '21 January 1924']]);
    // (An ordinal's "st" ends a sentence: "the 21st. Made …" is two.)
    assert.deepEqual(claims('Block No. 4. For the death of Lenin in the evening of the 21st. Made 22 January 1924.'), []);
  });
});

describe('claims: a date’s gloss in the other calendar', () => {
  const RETURN = `  - id: lenin-return
    type: event
    name: Lenin's return to Petrograd
    participants: [lenin]
    triggers: ["{lenin} returned to Petrograd"]
    dates: { happened: { edtf: "1917-04-16", cite: "Service" } }
`;
  const own = (text: string) => claimsAndConflicts(text, RETURN);

  it('is a second claim, and a gloss a day off is the writer’s slip', () => {
    assert.deepEqual(own('Lenin returned to Petrograd on 3 April 1917 (16 April NS).'), { claims: [['lenin-return', '3 April 1917'], ['lenin-return', '16 April NS']], conflicts: [] });
    assert.deepEqual(own('Lenin returned to Petrograd on 3 April 1917 (17 April NS).').conflicts, [['within-source', '3 April 1917'], ['source-vs-reference', '17 April NS']]);
    assert.deepEqual(own('Lenin returned to Petrograd on 16 April 1917 (4 April O.S.).').conflicts, [['within-source', '16 April 1917'], ['source-vs-reference', '4 April O.S.']]);
  });

  it('may be a bare day after a comma, "by our calendar", or a day after a dash, which makes no range', () => {
    assert.deepEqual(own('Lenin returned to Petrograd late on the night of 3 April 1917, the 17th by our calendar, and spoke.').conflicts, [['within-source', '3 April 1917'], ['source-vs-reference', 'the 17th by our calendar']]);
    assert.deepEqual(own('Lenin returned to Petrograd late on the night of 3 April 1917, the 16th by our calendar, and spoke.').conflicts, []);
    assert.deepEqual(own('Lenin returned to Petrograd on 16 April 1917 — the third of April by the old calendar — and spoke.'), { claims: [['lenin-return', '16 April 1917'], ['lenin-return', 'the third of April by the old calendar']], conflicts: [] });
  });
});

describe('claims: a count from a meeting named by its kind alone', () => {
  it('is checked against the one meeting of that kind that sat some weeks before the date written with it', () => {
    const rules = (text: string) => ruleConflicts(text, 'relative-vs-anchor').map((c) => c.a.text);
    assert.deepEqual(rules('Lenin died on 21 January 1924, ten days after the congress had opened.'), []);
    assert.deepEqual(rules('The Kronstadt rising was crushed on 18 March 1921, ten days after the congress had opened.'), []);
    assert.deepEqual(rules('The Kronstadt rising was crushed on 18 March 1921, five weeks after the congress had opened.'), ['five weeks after the congress']);
  });
});

describe('claims: what others asked or insisted, put right', () => {
  it('a quotation that asks, and what someone insisted that the next words put right, claim nothing', () => {
    assert.deepEqual(claims('Reporter: visitor, 3 May. "Surely the Tenth Congress met in 1922?" Curator: no, it was in March 1921.'), []);
    assert.deepEqual(claims('A visitor insisted that Lenin died on 22 January 1924, not on the 21st as the card says. Curator: the card is right.'), []);
    // (Said and left standing, it is a claim.)
    assert.deepEqual(claims('A visitor insisted that Lenin died on 22 January 1924. We changed the card.'), [['lenin-death', '22 January 1924']]);
  });

  it('what an earlier draft, caption or label said, unquoted, put right after it, claims nothing', () => {
    assert.deepEqual(claims('Ed. M: draft 2 said Lenin died on 24 January 1924; draft 3 has it right.'), []);
    assert.deepEqual(claims('Ed. F: draft 1 had the Fourth International founded in 1939; draft 2 gives 3 September 1938, which is right.'), []);
    assert.deepEqual(claims('Check R: the old caption said the Rapallo treaty was signed in May 1922 — it now says 16 April 1922, as it should.'), []);
    assert.deepEqual(claims('Caption check: the first draft had Trotsky put off the Political Bureau in 1927; draft 2 has October 1926.'), []);
    // (Said and left standing, or followed by something else, it is a claim.)
    assert.deepEqual(claims('The caption says Lenin died on 24 January 1924; it was a cold day.'), [['lenin-death', '24 January 1924']]);
    assert.deepEqual(claims('Draft 2 said Lenin died on 24 January 1924, and nobody queried it.'), [['lenin-death', '24 January 1924']]);
  });

  it('what another record says, put right in the next words, claims nothing', () => {
    assert.deepEqual(claims('One playtester’s sheet says Kornilov marched in July; no, the header is right.'), []);
    assert.deepEqual(claims('The old guide gives Lenin’s death as 22 January 1924. No: it was the 21st.'), []);
    // (Said and left standing, it is a claim.)
    assert.deepEqual(claims('The sheet says Lenin died on 22 January 1924, and the header agrees.'), [['lenin-death', '22 January 1924']]);
  });
});

describe('claims: a count of years is of whole years gone by', () => {
  it('"twelve years after" holds anything short of thirteen; a year too many or too few is still reported', () => {
    const rules = (text: string) => ruleConflicts(text, 'relative-vs-anchor').map((c) => c.a.text);
    assert.deepEqual(rules('Zinoviev and Kamenev were shot in August 1936, twelve years after Lenin’s death.'), []);
    assert.deepEqual(rules('Zinoviev and Kamenev were shot in August 1936, ten years after Lenin’s death.'), ['ten years after Lenin’s death']);
    assert.deepEqual(rules('Zinoviev and Kamenev were shot in August 1936, 14 years after Lenin’s death.'), ['14 years after Lenin’s death']);
  });

  it('a count in reported speech is from when it was said, not from the story’s last date before its sentence', () => {
    const rules = (text: string) => ruleConflicts(text, 'relative-vs-anchor').map((c) => c.a.text);
    const memoir = 'Written in 1960. The reporter spoke of Lenin’s death in January 1924. He said that Trotsky had been expelled from the party, two years before, in November 1927.';
    assert.deepEqual(rules(memoir), []);
    // Told as the story's own thread, the count is checked.
    assert.deepEqual(rules(memoir.replace('He said that Trotsky', 'Trotsky')), ['two years before']);
  });

  it('the ordinals of a list after a person’s numbered events stand for them, and a count from one of them is checked', () => {
    const text = 'Lenin’s two strokes: the first in May 1922; the second, on 16 December 1922, three months after the first, left him weak.';
    assert.deepEqual(claimsAndConflicts(text).claims, [['first-stroke', 'May 1922'], ['second-stroke', '16 December 1922']]);
    assert.deepEqual(ruleConflicts(text, 'relative-vs-anchor').map((c) => c.a.text), ['three months after the first']);
    assert.deepEqual(ruleConflicts(text.replace('three months', 'seven months'), 'relative-vs-anchor'), []);
    // Not ordinals with no list of that person's events before them.
    assert.deepEqual(claimsAndConflicts('Lenin wrote three letters: the first in May 1922, the second in June.').claims, []);
  });

  it('"to the day" makes a count exact, and a day counted from the dateline is a date to check it against', () => {
    const rules = (text: string) => ruleConflicts(text, 'relative-vs-anchor').map((c) => c.a.text);
    assert.deepEqual(rules('Zinoviev and Kamenev were shot on 25 January 1925, a year to the day after Lenin’s death.'), ['a year to the day after Lenin’s death']);
    assert.deepEqual(rules('Zinoviev and Kamenev were shot on 21 January 1925, a year to the day after Lenin’s death.'), []);
    assert.deepEqual(rules('Zinoviev and Kamenev were shot on 25 January 1925, a year after Lenin’s death.'), []);
    assert.deepEqual(rules('Wednesday 28 January 1925. They were shot yesterday, the 27th, a year to the day after Lenin’s death.'), ['a year to the day after Lenin’s death']);
  });
});

describe('claims: leaving a place is a journey’s setting out', () => {
  const DEPORTATION = `  - { id: alma-ata, type: place, name: Alma-Ata, aliases: [Alma-Ata] }
  - id: deportation
    type: event
    name: Trotsky's deportation from the Soviet Union
    participants: [trotsky, alma-ata]
    triggers: ["{trotsky} left {alma-ata}"]
    dates:
      happened: { edtf: "1929-01-20/1929-02-12", cite: "Deutscher" }
      departed: { edtf: "1929-01-22", cite: "Deutscher" }
`;
  it('dated against the register’s day of departure, not any day of the journey', () => {
    assert.deepEqual(claimsAndConflicts('Trotsky left Alma-Ata on 20 January 1929.', DEPORTATION).conflicts, [['source-vs-reference', '20 January 1929']]);
    assert.deepEqual(claimsAndConflicts('Trotsky left Alma-Ata on 22 January 1929.', DEPORTATION).conflicts, []);
  });
});

describe('claims: an event in a phrase of time fronting its sentence', () => {
  it('is when the main clause happened, not dated by its date', () => {
    assert.deepEqual(claims('Bot: "After the death of Lenin the party was purged on 17 January 1925 [...]" OK.'), []);
    // (Dated in the phrase itself, it is dated.)
    assert.deepEqual(claims('After the death of Lenin on 21 January 1924 the party was purged.'), [['lenin-death', '21 January 1924']]);
  });
});
