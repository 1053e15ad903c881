// Events told in free wording (eventDescriptions.ts), on an invented register: which
// clauses describe a registered event plainly enough to date it, and which do not.
import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { CorpusIndex } from '../../server/src/core';
import { stem } from '../../server/src/core/eventWords';

const REGISTER = `entities:
  - { id: abel, type: person, name: Jonas Abel, aliases: [Abel] }
  - { id: brun, type: person, name: Karl Brun, aliases: [Brun] }
  - { id: orm, type: person, name: Petra Orm, aliases: [Orm], dates: { died: { edtf: "1933-09-01", cite: "Hale (1970)" } } }
  - { id: dorn, type: person, name: Lise Dorn, aliases: [Dorn] }
  - { id: carlsen, type: person, name: Ivar Carlsen, aliases: [Carlsen] }
  - { id: sand, type: person, name: Mikael Sand, aliases: [Sand] }
  - { id: lund, type: person, name: Erik Lund, aliases: [Lund] }
  - { id: vik, type: person, name: Oskar Vik, aliases: [Vik] }
  - { id: quay, type: place, name: Harbour Quay }
  - { id: league, type: organization, name: Northern League }
  - { id: council, type: organization, name: Harbour Council, aliases: [the Council] }
  - { id: guard, type: organization, name: Harbour Guard, aliases: [the Guard] }
  - { id: riverton, type: place, name: Riverton }
  - { id: vale, type: place, name: Vale }
  - { id: republic, type: place, name: Harbour Republic, aliases: [the Republic] }
  - { id: ledger, type: work, name: The Grey Ledger }
  - id: league-founding
    type: event
    name: Founding Congress of the Northern League
    aliases: ["founding conference of the Northern League"]
    participants: [league]
    dates: { happened: { edtf: "1931-05-10", cite: "Hale (1970)" } }
  - id: harbour-trials
    type: event
    name: Harbour Trials
    participants: [orm, dorn, abel, brun]
    dates: { happened: { edtf: "1933-08/1934-01", cite: "Hale (1970)" } }
  - id: first-trial
    type: event
    name: First Harbour Trial
    part_of: harbour-trials
    participants: [orm, dorn]
    dates: { happened: { edtf: "1933-08-19/1933-08-24", cite: "Hale (1970)" } }
  - id: second-trial
    type: event
    name: Second Harbour Trial
    part_of: harbour-trials
    participants: [abel, brun]
    dates: { happened: { edtf: "1934-01-23/1934-01-30", cite: "Hale (1970)" } }
  - id: orm-warden
    type: event
    name: Orm becomes General Warden
    participants: [orm]
    dates: { happened: { edtf: "1930-04-03", cite: "Hale (1970)" } }
  - id: sand-capitulation
    type: event
    name: Capitulation of Sand and Lund
    participants: [sand, lund]
    dates: { happened: { edtf: "1932-07", cite: "Hale (1970)" } }
  - id: quay-meeting
    type: event
    name: Opposition meeting at Harbour Quay
    participants: [quay]
    dates: { happened: { edtf: "1927-06", cite: "Hale (1970)" } }
  - id: sand-expulsion
    type: event
    name: Sand's expulsion from the Republic
    participants: [sand, republic]
    dates: { happened: { edtf: "1929-03-02", cite: "Hale (1970)" } }
  - id: carlsen-bloc
    type: event
    name: Bloc formed against Carlsen
    participants: [dorn, brun]
    dates: { happened: { edtf: "1926-04", cite: "Hale (1970)" } }
  - id: riverton-treaty
    type: event
    name: Treaty of Riverton
    aliases: ["peace of Riverton"]
    participants: [riverton, vale]
    triggers: ["treaty of {riverton} was signed"]
    dates: { happened: { edtf: "1918-03-03", cite: "Hale (1970)" } }
  - id: ledger-dictation
    type: event
    name: Dictation of Abel's Grey Ledger
    participants: [abel, ledger]
    dates: { happened: { edtf: "1922-12-23/1923-01-04", cite: "Hale (1970)" } }
  - id: abel-expulsion
    type: event
    name: Abel's expulsion from the Republic
    participants: [abel, republic]
    triggers: ["{abel} was expelled from {republic}"]
    dates: { happened: { edtf: "1929-02-10", cite: "Hale (1970)" } }
  - id: abel-disavowal
    type: event
    name: Abel's disavowal of Carlsen
    participants: [abel, carlsen]
    triggers: ["statement on {carlsen}"]
    dates: { happened: { edtf: "1925", cite: "Hale (1970)" } }
  - id: vale-uprising
    type: event
    name: Vale Uprising
    participants: [league]
    dates: { happened: { edtf: "1923-10-23", cite: "Hale (1970)" } }
  - id: vik-murder
    type: event
    name: Murder of Oskar Vik
    aliases: ["murder of Vik", "Vik's murder"]
    participants: [vik]
    dates: { happened: { edtf: "1934-06-02/1934-06-03", cite: "Hale (1970)" } }
  - id: press-raid
    type: event
    name: Raid on the League's printing press
    aliases: ["Carlsen officer affair"]
    participants: [guard, league]
    dates: { happened: { edtf: "1927-09", cite: "Hale (1970)" } }
`;

function claimsOf(text: string): string[] {
  const ix = new CorpusIndex();
  ix.setDocument('register.yaml', REGISTER);
  ix.setDocument('note.md', text);
  return ix.get('note.md')!.claims.map((c) => `${c.event}: ${c.dateText}${c.described !== undefined ? ' (described)' : ''}`);
}

/** What the anachronism rule says of a note, up to its first comma ("Petra Orm died 1933-09-01 (Hale (1970))"). */
function lifeConflicts(text: string): string[] {
  const ix = new CorpusIndex();
  ix.setDocument('register.yaml', REGISTER);
  ix.setDocument('note.md', text);
  return ix.conflicts().filter((c) => c.rule === 'anachronism').map((c) => c.message.split(',')[0]);
}

describe('events told in free wording', () => {
  it('reads a killing by its blow, with its victim named, and dates the blow as its first moment', () => {
    assert.deepEqual(claimsOf('On 2 June 1934 Vik was struck down in his study.'), ['vik-murder: 2 June 1934 (described)']);
    assert.deepEqual(claimsOf("On 3 June 1934 an agent drove an ice axe into Vik's skull."), ['vik-murder: 3 June 1934 (described)']);
    const ix = new CorpusIndex();
    ix.setDocument('register.yaml', REGISTER);
    ix.setDocument('note.md', "- 3 June 1934: an agent attacks Vik in his study with an ice axe. Vik dies in hospital.");
    assert.deepEqual(ix.get('note.md')!.claims.map((c) => c.phase), ['start']);
    assert.deepEqual(ix.conflicts().map((c) => [c.rule, c.a.text]), [['source-vs-reference', '3 June 1934']], 'the blow fell on 2 June; Vik died on the 3rd');
      });

  it('equates the forms of a word by a crude stem', () => {
    assert.equal(stem('dictating'), stem('dictation'));
    assert.equal(stem('dictated'), stem('dictates'));
    assert.equal(stem('deportation'), stem('deported'));
    assert.equal(stem('disavowal'), stem('disavowed'));
    assert.equal(stem('trial'), stem('trials'));
    assert.equal(stem('expelled'), 'expel');
    assert.equal(stem('press'), 'press');
    assert.equal(stem('presses'), 'press');
  });

  it('dates an event its name does not name, from the words of its name and its participants', () => {
    assert.deepEqual(claimsOf('Our friends say the founding conference at the old farm on 10 June 1931 settled the programme.'), ['league-founding: 10 June 1931 (described)']);
    // The ordinal picks the trial, though Orm was tried in the first: she is named with the second's accused.
    assert.deepEqual(claimsOf('In January 1934 Abel, Brun and Orm stood in the dock of the second great trial, confessing.'), ['second-trial: January 1934 (described)']);
    assert.deepEqual(claimsOf('It will be a peace dictated by the victors, as it was at Riverton on 3 March 1918, when Vale gave away its coast.'), ['riverton-treaty: 3 March 1918 (described)']);
    // An event of a person's own needs that person: here "he" after Abel named just before.
    assert.deepEqual(claimsOf('Abel worked against the clock. From Christmas Day 1922, when he began dictating The Grey Ledger, he saw no one.'), ['ledger-dictation: Christmas Day 1922 (described)']);
  });

  it('makes the conflicts of any other claim', () => {
    const ix = new CorpusIndex();
    ix.setDocument('register.yaml', REGISTER);
    ix.setDocument('note.md', 'The founding conference on 10 June 1931 settled the programme.');
    const conflicts = ix.conflicts();
    assert.deepEqual(conflicts.map((c) => `${c.rule}: ${c.a.text}`), ['source-vs-reference: 10 June 1931']);
    // The message says which words were read as the event.
    assert.match(conflicts[0].message, /Clio read "founding conference" as Founding Congress of the Northern League\.$/);
  });

  it('leaves alone a clause about another event, another actor, or too little', () => {
    const none = [
      // Another kind of event at the same place and with the same verb.
      'The armistice signed at Riverton on 15 December 1917 gave the delegates a table.',
      // Someone the event lacks: a letter from Carlsen is not the League's congress.
      'A letter of June 1931 from Carlsen to the Northern League proposed a founding conference.',
      // Someone else's expulsion, with Abel nowhere in the sentence.
      'Dorn went to the capital in 1921, sided with the minority and was expelled from the Republic in 1930.',
      // The event bounds the date: the release came after the trial ("at the first trial" would date it).
      'Orm was released in August 1933 after the first trial.',
      // Remembrance dates nothing.
      'On the anniversary of the founding conference, in May 1932, the League met again.',
      // A participant and a word that tells nothing of what happened.
      'The Guard men of June 1927 were remembered as the press gang.',
      // Far from the event: another affair of the same kind.
      'The founding conference at the farm on 10 June 1935 settled the programme.',
    ];
    for (const text of none) assert.deepEqual(claimsOf(text).filter((c) => c.endsWith('(described)')), [], text);
  });

  it('reads the same clauses as claims once nothing bars them', () => {
    // The controls of the cases above: the same words, without what made them no claim.
    assert.deepEqual(claimsOf('Orm was released in August 1933 at the first trial.'), ['first-trial: August 1933 (described)']);
    assert.deepEqual(claimsOf('The peace signed at Riverton on 15 December 1917 gave the delegates a table.'), ['riverton-treaty: 15 December 1917 (described)']);
    assert.deepEqual(claimsOf('Abel sided with the minority and was expelled from the Republic in 1930.'), ['abel-expulsion: 1930 (described)']);
  });

  it('reads the dock and the court as a trial, a part before its whole, and keeps the people outside the words it read', () => {
    assert.deepEqual(claimsOf('Abel and Brun in the dock together in January 1934.'), ['second-trial: January 1934 (described)']);
    // Orm was tried in the first: the three together fit the trials as a whole better.
    assert.deepEqual(claimsOf('Abel, Brun and Orm in the dock together in January 1934.'), ['harbour-trials: January 1934 (described)']);
    // Orm died in 1933: the text has her in the dock after her death.
    assert.deepEqual(lifeConflicts('Abel, Brun and Orm in the dock together in January 1934.'), ['Petra Orm died 1933-09-01 (Hale (1970))']);
    // The commas of a long list of the accused do not part the date from the dock.
    assert.deepEqual(claimsOf('In January 1934 Abel, Brun, Henrik Green, Ole Black and a dozen others stood in the dock in the capital.'), ['second-trial: January 1934 (described)']);
    // A "beside" phrase after a comma is still the date's clause.
    assert.deepEqual(claimsOf('They were brought into court in January 1934, beside Abel and Brun, and confessed.'), ['second-trial: January 1934 (described)']);
    // A timeline's line: the trial named, then its accused after a colon.
    assert.deepEqual(lifeConflicts('- January 1934 — the Second Harbour Trial: Abel, Brun and Orm in the dock.\n'), ['Petra Orm died 1933-09-01 (Hale (1970))']);
    // What someone said at a trial dates what they said happened, not the trial.
    assert.deepEqual(claimsOf('Abel told the court that in December 1932 he had flown to Vale with Brun.'), []);
  });

  it('reads the event a "which opened" clause is about: the antecedent before its comma', () => {
    assert.deepEqual(claimsOf('Photographs of the trial of Abel and Brun, which opened on 23 January 1934, were offered.'), ['second-trial: 23 January 1934 (described)']);
    // Not a "which" clause about something else.
    assert.deepEqual(claimsOf('Photographs of the trial of Abel and Brun, which arrived on 23 January 1934, were offered.'), []);
  });

  it('reads a relative clause with its antecedent, judges as a court, and a plural as the whole', () => {
    assert.deepEqual(claimsOf('Few remember them now. Orm, who went before the judges in August 1933 with Dorn beside her, had been a printer.'), ['first-trial: August 1933 (described)']);
    // Without Orm, Dorn, whom both trials had, tells the first from the second only by the date inside the first.
    assert.deepEqual(claimsOf('Few remember them now. A clerk, who went before the judges in August 1933 with Dorn beside her, had been a printer.'), ['first-trial: August 1933 (described)']);
    assert.deepEqual(claimsOf('Few remember them now. A clerk, who went before the judges in October 1933 with Dorn beside her, had been a printer.'), []);
    assert.deepEqual(claimsOf('The trial of Abel and Brun ended in January 1934.'), ['second-trial: January 1934 (described)']);
    assert.deepEqual(claimsOf('The trials of Abel and Brun ended in January 1934.'), ['harbour-trials: January 1934 (described)']);
  });

  it('reads a surrender as a capitulation, and a declaration of it as no other kind of event', () => {
    assert.deepEqual(claimsOf('Sand and Lund put their names to a declaration of surrender in July 1932, and the colony argued.'), ['sand-capitulation: July 1932 (described)']);
    // A declaration that is not of what happened is another event.
    assert.deepEqual(claimsOf('Sand and Lund, who were to surrender later, put their names to a declaration in July 1932.'), []);
  });

  it('reads a date opening its sentence with the clause after its comma, across a short aside of place', () => {
    assert.deepEqual(claimsOf('In January 1934, Abel and Brun stood in the dock.'), ['second-trial: January 1934 (described)']);
    assert.deepEqual(claimsOf('Early in January 1934, at the Riverton court house, Abel and Brun stood in the dock.'), ['second-trial: Early in January 1934 (described)']);
    // An aside that is no place, or a long one, keeps its distance.
    assert.deepEqual(claimsOf('Early in January 1934, as the winter of hunger came on and the harbour froze, Abel and Brun stood in the dock.'), []);
  });

  it('reads a clause that leaves out its words with the dated clause before it', () => {
    assert.deepEqual(claimsOf('In those years the Guard grew. Abel was thrown out of the Republic in February 1929 and Sand on 2 March 1929.'), [
      'abel-expulsion: February 1929 (described)',
      'sand-expulsion: 2 March 1929 (described)',
    ]);
    // A clause with words of its own reads them alone.
    assert.deepEqual(claimsOf('In those years the Guard grew. Abel was thrown out of the Republic in February 1929 and Sand sailed on 2 March 1929.'), ['abel-expulsion: February 1929 (described)']);
  });

  it('reads names in apposition with the verb after them', () => {
    assert.deepEqual(claimsOf('Which two members of the League, Abel and Brun, faced the judges together in the dock in January 1934?'), ['second-trial: January 1934 (described)']);
    // A new clause after the names is not theirs.
    assert.deepEqual(claimsOf('I wrote to Abel and Brun, they faced the judges together in the dock in January 1934.'), []);
  });

  it('reads a gathering, a farewell and a send-off as a meeting', () => {
    assert.deepEqual(claimsOf('It is two years this month since the send-off at Harbour Quay on 28 June 1927.'), ['quay-meeting: 28 June 1927 (described)']);
    assert.deepEqual(claimsOf('Early in June 1927, at Harbour Quay, thousands gathered to see off their comrades.'), ['quay-meeting: Early in June 1927 (described)']);
    assert.deepEqual(claimsOf('It is two years this month since the sailing from Harbour Quay on 28 June 1927.'), []);
  });

  it('reads "came for our press" as a raid', () => {
    assert.deepEqual(claimsOf('It was the night of 12–13 September 1927 when the Guard came for our press.'), ['press-raid: 12–13 September 1927 (described)']);
    // A client who "came for her prints" is on an errand, not a raid.
    assert.deepEqual(claimsOf('On 12 September 1927 Mlle Z. came for her prints.'), []);
    assert.deepEqual(claimsOf('It was the night of 12–13 September 1927 when the Guard came to our press.'), []);
  });

  it('reads "thrown out" and "driven off" as an expulsion', () => {
    assert.deepEqual(claimsOf('The Guard stood by as Abel was thrown out of the Republic on 10 February 1929.'), ['abel-expulsion: 10 February 1929 (described)']);
    assert.deepEqual(claimsOf('The Guard stood by as Abel was carried out of the Republic on 10 February 1929.'), []);
  });

  it('reads "put out of" as an expulsion, and a pronoun as the person named last before it', () => {
    // Sand is named in the sentence before, and was expelled too; "he" is Abel.
    assert.deepEqual(claimsOf('Sand was feted that spring. Then it was Abel’s turn: in February 1929 he was put out of the Republic.'), ['abel-expulsion: February 1929 (described)']);
    assert.deepEqual(claimsOf('Abel was feted that spring. Then it was Sand’s turn: in March 1929 he was put out of the Republic.'), ['sand-expulsion: March 1929 (described)']);
  });

  it('takes no adjective in "-al" for what happened', () => {
    // "General" in "Orm becomes General Warden" is a title: a codicil proposing her removal does not date her appointment.
    assert.deepEqual(claimsOf('On 4 April 1931 he added a codicil proposing that Orm be moved from the post of General Warden.'), []);
  });

  it('counts a person whose name an event’s name writes out only as one of a pair', () => {
    // "Carlsen" is a word of the bloc's name, but a clause naming him and something formed is not the bloc.
    assert.deepEqual(claimsOf('The committee of Carlsen was formed in April 1926.'), []);
  });

  it('lets a person stand in the clause whose name the event’s own name writes out', () => {
    // Carlsen is no participant, but the raid is also "the Carlsen officer affair".
    assert.deepEqual(claimsOf('The Guard raided the printing press on the night of 12–13 September 1927 and found a former Carlsen officer among the printers.'), ['press-raid: 12–13 September 1927 (described)']);
    assert.deepEqual(claimsOf('The Guard raided the printing press on the night of 12–13 September 1927 and found Dorn among the printers.'), []);
  });

  it('reads a rising as an uprising, and two words with one short word between as a phrase', () => {
    assert.deepEqual(claimsOf('Only the Vale rising of 23 October 1923 went ahead.'), ['vale-uprising: 23 October 1923 (described)']);
    // A noun of another kind far from the date, in another role, does not bar it.
    assert.deepEqual(claimsOf('The longest letter in the bundle is written from the coast a week after the Vale rising of 23 October 1923, when few took part.'), ['vale-uprising: 23 October 1923 (described)']);
    assert.deepEqual(claimsOf('When the police raided its press on the night of 12–13 September 1927, nobody was surprised.'), ['press-raid: 12–13 September 1927 (described)']);
    // Two words apart, with no participant named, are no phrase.
    assert.deepEqual(claimsOf('The police raided the offices and then the press on the night of 12–13 September 1927.'), []);
  });

  it('reads a timeline line after its dash, and an event noun that takes the date at once', () => {
    assert.deepEqual(claimsOf('- 27 September 1927 — the Guard raids the printing press.\n'), ['press-raid: 27 September 1927 (described)']);
    assert.deepEqual(claimsOf('Hale wrote the best pages on the raid of 27 September 1927 on its secret press.'), ['press-raid: 27 September 1927 (described)']);
    // A dash inside a sentence still ends the clause.
    assert.deepEqual(claimsOf('It was 27 September 1927 — and the Guard raided the printing press.'), []);
  });

  it('dates a document’s appearing by its printing, through the comma before "published"', () => {
    assert.deepEqual(claimsOf('Under pressure Abel put his name to a statement disowning Carlsen, published in the Review on 1 September 1925.'), ['abel-disavowal: 1 September 1925 (described)']);
  });

  it('takes as actors only people named before the date or just after it', () => {
    assert.deepEqual(claimsOf('It will be a peace dictated by the victors, as it was at Riverton on 3 March 1918, when Vale gave away the coast that Dorn had won.'), ['riverton-treaty: 3 March 1918 (described)']);
    assert.deepEqual(claimsOf('At Riverton on 3 March 1918 Dorn signed a peace of his own.'), []);
  });

  it('reads a line’s label before its colon as what the line is about', () => {
    assert.deepEqual(claimsOf('- Riverton: the peace with the victors is signed on 3 March 1919.\n'), ['riverton-treaty: 3 March 1919 (described)']);
    assert.deepEqual(claimsOf('- Notes: the peace with the victors is signed on 3 March 1919.\n'), []);
  });

  it('tells a person’s own event by the person named in the clause with what happened and a participant', () => {
    // Removals of five people from one council: the verb and the body are common to them all, the person is not.
    const people = ['Abel', 'Brun', 'Orm', 'Dorn', 'Carlsen'];
    const register = [
      'entities:',
      '  - { id: council, type: organization, name: Harbour Council, aliases: [the Council] }',
      ...people.map((p) => `  - { id: ${p.toLowerCase()}, type: person, name: Jo ${p}, aliases: [${p}] }`),
      ...people.map((p, k) => `  - { id: ${p.toLowerCase()}-removed, type: event, name: "${p} removed from the Harbour Council", participants: [${p.toLowerCase()}, council], triggers: ["{${p.toLowerCase()}} was removed from the {council}"], dates: { happened: { edtf: "1926-0${k + 3}-01", cite: "Hale" } } }`),
    ].join('\n');
    const claimsWith = (text: string) => {
      const ix = new CorpusIndex();
      ix.setDocument('register.yaml', register + '\n');
      ix.setDocument('note.md', text);
      return ix.get('note.md')!.claims.map((c) => `${c.event}: ${c.dateText}${c.described !== undefined ? ' (described)' : ''}`);
    };
    assert.deepEqual(claimsWith('The turning point was July 1926, when Orm lost his seat on the Council.'), ['orm-removed: July 1926 (described)']);
    // A pronoun with only one of them named just before is that one; with two, the reading is left alone.
    assert.deepEqual(claimsWith('Orm was tired. The turning point was July 1926, when he lost his seat on the Council.'), ['orm-removed: July 1926 (described)']);
    assert.deepEqual(claimsWith('Orm and Brun were tired. The turning point was July 1926, when he lost his seat on the Council.'), []);
  });

  it('takes no word of a place’s name for what happened there', () => {
    const register = [
      'entities:',
      '  - { id: abel, type: person, name: Jonas Abel, aliases: [Abel] }',
      '  - { id: vale-station, type: place, name: Vale station }',
      '  - { id: gathering, type: event, name: Gathering at the Vale station, participants: [abel, vale-station], triggers: ["gathering at the {vale-station}"], dates: { happened: { edtf: "1927-06", cite: "Hale" } } }',
    ].join('\n');
    const ix = new CorpusIndex();
    ix.setDocument('register.yaml', register + '\n');
    ix.setDocument('note.md', 'In April 1928 Abel and two others were put on a coach at the Vale station, and the chapter on their exile is fine.');
    assert.deepEqual(ix.get('note.md')!.claims.map((c) => c.event), []);
    ix.setDocument('note.md', 'In April 1928 Abel spoke at the gathering at the Vale station.');
    assert.deepEqual(ix.get('note.md')!.claims.map((c) => c.event), ['gathering']);
  });

  it('tells one person’s events that share a verb apart by where the person was put out of, or by a date on one of them far from the rest', () => {
    const register = [
      'entities:',
      '  - { id: abel, type: person, name: Jonas Abel, aliases: [Abel] }',
      '  - { id: council, type: organization, name: Harbour Council, aliases: [the Council] }',
      '  - { id: league, type: organization, name: Northern League }',
      '  - { id: republic, type: place, name: Harbour Republic, aliases: [the Republic] }',
      '  - { id: abel-council, type: event, name: Abel removed from the Council, participants: [abel, council], triggers: ["{abel} was expelled from the {council}"], dates: { happened: { edtf: "1927-10-23", cite: "Hale" } } }',
      '  - { id: abel-league, type: event, name: Abel expelled from the League, participants: [abel, league], triggers: ["{abel} was expelled from the {league}"], dates: { happened: { edtf: "1928-11-14", cite: "Hale" } } }',
      '  - { id: abel-republic, type: event, name: Abel expelled from the Republic, participants: [abel, republic], triggers: ["{abel} was expelled from the {republic}"], dates: { happened: { edtf: "1929-06-10", cite: "Hale" } } }',
    ].join('\n');
    const claims = (text: string) => {
      const ix = new CorpusIndex();
      ix.setDocument('register.yaml', register + '\n');
      ix.setDocument('note.md', text);
      return ix.get('note.md')!.claims.map((c) => `${c.event}: ${c.dateText}`);
    };
    // Where from, in the event's own words; a date opening the sentence dates its main clause across an aside with a bound of its own.
    assert.deepEqual(claims('In 1928, two years after the strike, Abel was thrown out of the league he had built.'), ['abel-league: 1928']);
    assert.deepEqual(claims('In 1928, two years after the strike, Abel was thrown out.'), [], 'three events of his have the verb');
    // The date on one of them, and far from the others.
    assert.deepEqual(claims('Abel was expelled on 14 November 1928.'), ['abel-league: 14 November 1928']);
    assert.deepEqual(claims('Abel was expelled in 1929.'), [], 'the League’s expulsion, in November 1928, is too near to tell');
  });

  it('gives way to a name or trigger beside the same date', () => {
    assert.deepEqual(claimsOf('The treaty of Riverton was signed on 3 March 1918, and the peace held.'), ['riverton-treaty: 3 March 1918']);
  });

  it('reads no person’s own event where a subject pronoun means another and the owner is named only after it', () => {
    assert.deepEqual(claimsOf('Lund wrote a memoir. He was expelled from the Republic in March 1929, sided with Sand’s faction that winter, and recanted.'), []);
    assert.deepEqual(claimsOf('Lund wrote a memoir. Then it was Sand’s turn: he was expelled from the Republic in March 1929.'), ['sand-expulsion: March 1929 (described)']);
  });

  it('reads "the verdict of [the court of] DATE" as the trial whose days hold the date, dated by its last, and the accused it lists as taking part', () => {
    const ix = new CorpusIndex();
    ix.setDocument('register.yaml', REGISTER);
    ix.setDocument('note.md', 'Act No. 3. Ground: the verdict of the High Court of 30 January 1934 in the case of the harbour bloc.');
    assert.deepEqual(ix.get('note.md')!.claims.map((c) => [c.event, c.dateText, c.phase]), [['second-trial', '30 January 1934', 'end']]);
    // A date inside no trial names none.
    ix.setDocument('note.md', 'Act No. 3. Ground: the verdict of 30 March 1934 in the case of the harbour bloc.');
    assert.deepEqual(ix.get('note.md')!.claims, []);
    // Orm, dead since 1933, among the accused; a group named after a person ("the Abelist bloc") is no one standing between.
    ix.setDocument('note.md', 'Ground: the verdict of 30 January 1934 in the case of the Abelist bloc, whose accused included Brun and Orm.');
    assert.deepEqual(ix.conflicts().map((c) => [c.rule, c.a.text]), [['anachronism', '30 January 1934']]);
  });

  it('dates a trial read from the word "verdict" by its last day', () => {
    const ix = new CorpusIndex();
    ix.setDocument('register.yaml', REGISTER);
    ix.setDocument('note.md', 'Check: Abel and Brun, verdict 25 January 1934, shot the next day.');
    assert.deepEqual(ix.get('note.md')!.claims.map((c) => [c.event, c.dateText, c.phase]), [['second-trial', '25 January 1934', 'end']]);
    assert.deepEqual(ix.conflicts().map((c) => [c.rule, c.a.text]), [['source-vs-reference', '25 January 1934']]);
  });

  it('reads "sentences of death" as a verdict, no death that bars the trial', () => {
    assert.deepEqual(claimsOf('Photographs were taken at the trial of Abel and Brun, which opened on 23 January 1934 and ended with two sentences of death.'), ['second-trial: 23 January 1934 (described)']);
    assert.deepEqual(claimsOf('The trial of Abel and Brun, which opened on 23 January 1934, ended when both were condemned to death.'), ['second-trial: 23 January 1934 (described)']);
  });

  it('dates an event from a day and month whose year it guessed from older items, when the year nearest the event is the writer’s own', () => {
    // Minutes of July 1934: an item on 1931, then "25th January" of the trial, this year's.
    const ix = new CorpusIndex();
    ix.setDocument('register.yaml', REGISTER);
    ix.setDocument('sources.yaml', 'sources:\n  - path: minutes.txt\n    title: Minutes\n    written: "1934-07-14"\n', 'sources-meta', (p) => p);
    const minutes = 'Item 2. A card of the League, dated 10th May 1931, was accepted.\n\nItem 3. Photographs taken at the trial of Abel and Brun, which opened on 25th January, were bought.';
    ix.setDocument('minutes.txt', minutes);
    assert.deepEqual(ix.get('minutes.txt')!.claims.map((c) => `${c.event}: ${c.dateText} ${c.interval.earliest}`), ['second-trial: 25th January 1934-01-25']);
    // Written ten years on, the year is no one's guess to move: no claim.
    ix.setDocument('sources.yaml', 'sources:\n  - path: minutes.txt\n    title: Minutes\n    written: "1944-07-14"\n', 'sources-meta', (p) => p);
    assert.deepEqual(ix.get('minutes.txt')!.claims.map((c) => c.event), []);
  });

  it('reads "the trial" after a whole of trials as the one part a person named since took part in', () => {
    assert.deepEqual(claimsOf('Brun was the star defendant at the last of the Harbour Trials. The trial opened on 23 January 1934.'), ['second-trial: 23 January 1934']);
    // Named with both parts' accused, or with none, the people do not tell which; a day inside one part alone does
    // (kindByDateReferences), and one inside neither names none.
    assert.deepEqual(claimsOf('Orm and Brun were defendants in the Harbour Trials. The trial opened on 23 January 1934.'), ['second-trial: 23 January 1934 (described)']);
    assert.deepEqual(claimsOf('Many were tried in the Harbour Trials. The trial opened on 23 January 1934.'), ['second-trial: 23 January 1934 (described)']);
    assert.deepEqual(claimsOf('Many were tried in the Harbour Trials. The trial opened on 23 March 1934.'), []);
  });
});

describe('events told in free wording, on the sample register', () => {
  // The sample register's people take part in many events each, so naming them weighs little: the cases here need that.
  const register = readFileSync(path.join(__dirname, '..', '..', 'corpus', 'register.yaml'), 'utf8');
  /** An index of the sample register and one note. */
  const indexOf = (text: string) => {
    const ix = new CorpusIndex();
    ix.setDocument('register.yaml', register);
    ix.setDocument('note.md', text);
    return ix;
  };
  const claimsIn = (text: string) => indexOf(text).get('note.md')!.claims.map((c) => `${c.event}: ${c.dateText}`);

  it('reads "joined Lenin\'s party" as Trotsky\'s joining the Bolsheviks (a trigger of the sample register), ordered after the rising the wrong way', () => {
    assert.deepEqual(indexOf('Trotsky was a newspaperman in Paris. He joined Lenin\'s party only after the October rising.').conflicts().map((c) => [c.rule, c.eventName, c.a.text]), [
      ['sequence', 'Trotsky joins the Bolshevik party', 'only after the October rising'],
    ]);
    assert.deepEqual(indexOf('Trotsky joined Lenin\'s party only before the October rising.').conflicts(), []);
    // …and after "Kornilov's march on the capital", a trigger of the Kornilov affair.
    assert.deepEqual(indexOf('Trotsky joined the Bolshevik party only after Kornilov\'s march on the capital had failed.').conflicts().map((c) => [c.rule, c.a.text]), [['sequence', 'only after Kornilov\'s march on the capital']]);
  });

  it('reads a list of one man\'s steps by their participles: a date after the second step is not the first\'s', () => {
    assert.deepEqual(claimsIn('Trotsky was removed from the Politburo, expelled from the party in November 1927 and sent to Alma-Ata in January 1928.'), ['trotsky-exile-alma-ata: January 1928']);
    // …and the second step is the subject's too, read from its own words: a wrong year there is reported.
    assert.deepEqual(claimsIn('Trotsky was removed from the Politburo in October 1926, expelled from the party in November 1927.'), ['trotsky-removed-politburo: October 1926', 'trotsky-expelled-party: November 1927']);
    assert.deepEqual(indexOf('Trotsky was removed from the Politburo in October 1926, expelled from the party in November 1928 and sent to Alma-Ata in January 1928.').conflicts().map((c) => [c.rule, c.a.text]), [['source-vs-reference', 'November 1928']]);
    // (Not where another man is named for the second step.)
    assert.deepEqual(claimsIn('Trotsky was removed from the Politburo in October 1926, Zinoviev expelled from the party in November 1928.'), ['trotsky-removed-politburo: October 1926']);
    // A participle after the event's noun is the event's own: "peace treaty with Germany, signed June 1919".
    assert.deepEqual(claimsIn('- VERSAILLES (10) — peace treaty with Germany, signed June 1919 as the Paris conference closed.'), ['versailles-treaty: June 1919']);
  });

  it('reads a removal by what it is from, and those who underwent it together as all in it', () => {
    const reported = (text: string) => indexOf(text).conflicts().map((c) => `${c.rule}: ${c.eventName}`);
    // "expelled from the party" is no removal from the Politburo, though the register's removal says "expelled from the Politburo".
    assert.deepEqual(reported('Zinoviev was expelled from the party on 14 November 1927.'), []);
    assert.deepEqual(claimsIn('Zinoviev was expelled from the Politburo on 23 July 1927.'), ['zinoviev-removed-politburo: 23 July 1927']);
    // "expelled with Trotsky": an event of both, not Zinoviev's own removal.
    assert.deepEqual(claimsIn('Zinoviev was expelled with Trotsky on 14 November 1927.'), ['trotsky-expelled-party: 14 November 1927']);
    // A card whose subject is its heading: the companion of a later step owns no earlier one.
    assert.deepEqual(reported('ZINOVIEV. Removed from the Political Bureau in July 1926, expelled with Trotsky in November 1927, readmitted after recanting in 1928.'), []);
  });

  it('reads how long a man stayed in a body or an office, "until" a date, as the date of his one removal from it', () => {
    const reported = (text: string) => indexOf(text).conflicts().map((c) => `${c.rule}: ${c.eventName}: ${c.a.text}`);
    assert.deepEqual(reported('Trotsky remained a member of the Politburo until October 1927.'), ['source-vs-reference: Trotsky removed from the Politburo: October 1927']);
    assert.deepEqual(reported('Trotsky was Commissar of War until January 1926.'), ['source-vs-reference: Trotsky removed as People\'s Commissar of War: January 1926']);
    assert.deepEqual(claimsIn('Zinoviev kept his seat on the Politburo until July 1926.'), ['zinoviev-removed-politburo: July 1926']);
    // A stay with no "until", or a body he had no registered removal from, dates nothing.
    assert.deepEqual(claimsIn('Trotsky was in the Politburo in 1925.'), []);
    assert.deepEqual(claimsIn('Trotsky remained a member of the Central Committee until October 1927.'), []);
  });

  it('reads an event\'s noun across an "of" phrase set off by commas before its verb', () => {
    assert.deepEqual(claimsIn('The new trial, of Pyatakov, Radek and fifteen others, opened in Moscow on 23 January 1937.'), ['second-moscow-trial: 23 January 1937']);
    // …and a "which opened" clause is the event's own after "since" too.
    assert.deepEqual(claimsIn('Since the trial of Zinoviev and Kamenev, which opened in Moscow on 21 August 1936, no letters come.'), ['first-moscow-trial: 21 August 1936']);
    // (Not a date of its own before the verb: that clause is another's.)
    assert.deepEqual(claimsIn('The new trial, of Pyatakov and the rest, was quiet. Opened in Moscow on 23 January 1937, the exhibition closed.'), []);
  });

  it('gives a count in a clause that leaves out its verb ("and Trotsky two months after him") to the same thing done to the one named', () => {
    const relative = (text: string) => indexOf(text).conflicts().filter((c) => c.rule === 'relative-vs-anchor').map((c) => [c.eventName, c.a.text]);
    assert.deepEqual(relative('Zinoviev lost his seat on the Politburo on 23 July 1926 and Trotsky two months after him, on 23 October 1926.'), [['Trotsky removed from the Politburo', 'two months after']]);
    assert.deepEqual(relative('Zinoviev lost his seat on the Politburo on 23 July 1926 and Trotsky three months after him, on 23 October 1926.'), []);
  });

  it('reads a coffin, a bier or a burial with the dead man named as his funeral', () => {
    assert.deepEqual(claimsIn('On 26 January 1924 Lenin\'s coffin was carried from the Hall of Columns to a vault by the Kremlin wall.'), ['lenin-funeral: 26 January 1924']);
    assert.deepEqual(claimsIn('The burial of Lenin took place on 27 January 1924.'), ['lenin-funeral: 27 January 1924']);
    // Another's coffin, or a coffin with no one named, is no funeral of Lenin's.
    assert.deepEqual(claimsIn('The coffin of the old Tsar was carried out on 26 January 1924.'), []);
  });

  it('reads a person’s own event from words apart, with the person named', () => {
    assert.deepEqual(claimsIn('For the general reader, the addition demanding Stalin’s removal was dictated on 5 March 1923.'), ['testament-postscript: 5 March 1923']);
    assert.deepEqual(claimsIn('For the general reader, the addition demanding the secretary’s removal was dictated on 5 March 1923.'), []);
  });

  it('reads "the verdict", "the sentences" as the verdict of the one trial named before, dated by the trial’s last day; and "the first of the Moscow trials" by the number its part’s name gives', () => {
    const index = indexOf('My great-uncle covered the first of the Moscow trials for a London paper. He always said the sentences were read out on 21 August 1936.');
    assert.deepEqual(index.get('note.md')!.claims.map((c) => [c.event, c.dateText, c.phase]), [['first-moscow-trial', '21 August 1936', 'end']]);
    // The verdict read on the 21st, three days before the trial's last day in the register: a conflict.
    assert.equal(index.conflicts().length, 1);
    assert.deepEqual(claimsIn('The first Moscow trial opened on 19 August 1936. The Ministry notes that by the verdict of 24 August, delivered at Moscow, he stands accused.'), ['first-moscow-trial: 19 August 1936', 'first-moscow-trial: 24 August']);
    // The third of the trials the register numbers, not the third in time of its parts (the generals' secret trial came between).
    assert.deepEqual(claimsIn('He covered the third of the Moscow trials. The verdict was pronounced on 13 March 1938.'), ['third-moscow-trial: 13 March 1938']);
    // Two trials named: whose verdict it is the words do not say, only its date, inside the first trial's days.
    assert.deepEqual(claimsIn('The first Moscow trial and the second Moscow trial were shams. The verdict of 24 August 1936 was read in Oslo.'), ['first-moscow-trial: 24 August 1936']);
    assert.deepEqual(claimsIn('The first Moscow trial and the second Moscow trial were shams. The verdict of 24 December 1936 was read in Oslo.'), []);
    // "Sentence was pronounced in the early hours of …", without an article, at a sentence's opening.
    assert.deepEqual(claimsIn('The first Moscow trial opened on 19 August 1936. Sentence was pronounced in the early hours of 24 August 1936.'), ['first-moscow-trial: 19 August 1936', 'first-moscow-trial: 24 August 1936']);
    // A verdict months after the trial named is another trial's, told in words Clio does not know.
    assert.deepEqual(claimsIn('The first Moscow trial closed on 24 August 1936. In January 1937 a fresh group stood in the same hall, and the sentences were handed down on 30 January 1937.'), ['first-moscow-trial: 24 August 1936']);
  });

  it('reads a deportation’s leaving of a town ("taken from Alma-Ata") as its setting out, against the day the register gives for it', () => {
    const index = indexOf('The decree was read to Trotsky on 20 January 1929; he was removed from Alma-Ata on 28 January 1929, taken by train to Odessa.');
    assert.deepEqual(index.get('note.md')!.claims.filter((c) => c.event === 'trotsky-deportation-1929').map((c) => [c.dateText, c.phase]), [['28 January 1929', 'departure']]);
    assert.equal(index.conflicts().filter((c) => c.event === 'trotsky-deportation-1929').length, 1);
    assert.deepEqual(indexOf('Trotsky was taken from Alma-Ata on 22 January 1929.').conflicts(), []);
  });

  it('reads "the trial", "the congress" dated in its sentence by a day inside one registered event of that kind as that event', () => {
    assert.deepEqual(claimsIn('The trial of the so-called Parallel Centre, which opened in the October Hall on 23 January 1937, has ended.'), ['second-moscow-trial: 23 January 1937']);
    // A date inside no registered trial names none.
    assert.deepEqual(claimsIn('The trial of the so-called Parallel Centre, which opened in the October Hall on 23 October 1937, has ended.'), []);
    assert.deepEqual(claimsIn('The trial of the Industrial Party opened in Moscow on 25 November 1930.'), []);
  });

  it('dates a recantation, a statement, by its publication', () => {
    assert.deepEqual(claimsIn('We want a paragraph on the recantation of Preobrazhensky and Radek, published in Moscow in July 1929.'), ['preobrazhensky-capitulation: July 1929']);
  });

  it('reads a kind of event the happening is addressed to as no rival ("dictating his letter to the congress")', () => {
    assert.deepEqual(claimsIn('On 23 December 1922 Lenin began dictating his letter to the congress.'), ['lenin-testament-dictation: 23 December 1922']);
  });

  it('reads words apart with the two people the event’s name pairs, to the end of a list "and the others"', () => {
    assert.deepEqual(claimsIn('The sentences were read out in Moscow against Zinoviev, Kamenev and the others, on 24 August 1936.'), ['first-moscow-trial: 24 August 1936']);
    // One of the pair is not enough.
    assert.deepEqual(claimsIn('The sentences were read out in Moscow against Zinoviev and the others, on 24 August 1936.'), []);
  });

  it('reads a phrase only one person’s events have by the date that falls on one of them ("sailed with Trotsky aboard"), and a ship named after a man as no man', () => {
    // The deportation of 1929 and the exile of 1928 are both deportations: the date says which.
    assert.deepEqual(claimsIn('Before we cast off our agent had it that the Ilyich sailed with Trotsky aboard on 10 February 1929.'), ['trotsky-deportation-1929: 10 February 1929']);
    assert.deepEqual(claimsIn('Our agent had it that the Ilyich sailed with Trotsky aboard in June 1928.'), [], 'far from both');
    // The steamer Ilyich is not Lenin, dead five years: no anachronism of his life.
    assert.deepEqual(indexOf('Our agent had it that the Ilyich sailed with Trotsky aboard on 10 February 1929.').conflicts(), []);
  });

  it('reads the main clause of a cleft past a list of names, and "that founding conference" as the conference', () => {
    const order = (text: string) => indexOf(text).conflicts().filter((c) => c.rule === 'sequence').map((c) => `${c.event}: ${c.a.text}`);
    assert.deepEqual(order('It was only after that founding conference that Moscow put Bukharin, Rykov and Rakovsky in the dock.'), ['third-moscow-trial: only after that founding conference']);
  });

  it('reads "the one" after a comma as the noun phrase before it, and a person whose men did the deed as taking part', () => {
    const ix = indexOf('They set type for the Opposition’s secret press, the one Dzerzhinsky’s men raided in September 1927.');
    assert.deepEqual(ix.get('note.md')!.claims.map((c) => `${c.event}: ${c.dateText}`), ['printing-shop-raid: September 1927']);
    assert.deepEqual(ix.conflicts().map((c) => c.rule), ['anachronism'], 'Dzerzhinsky died in July 1926');
    assert.deepEqual(indexOf('They set type for the Opposition’s secret press, the one Yagoda’s men raided in September 1927.').conflicts(), []);
  });

  it('reads a person’s own event from one phrase for what happened that no other event has, with the person named', () => {
    // Trotsky takes part in too many events to count as a second cue: the phrase of the blow and his name suffice.
    assert.deepEqual(claimsIn("Mercader drove an ice axe into Trotsky's skull on 20 August 1940."), ['trotsky-assassination: 20 August 1940']);
    // Not a word of a trigger's that tells of something else: "deprived Lenin of speech" (the third stroke) makes no speech a stroke.
    assert.deepEqual(claimsIn('In a speech to the political education workers in October 1921, Lenin admitted that NEP was a retreat.'), []);
  });

  it('dates a setting out ("put him on a train") as the event’s first day, or as the day the register says it set out', () => {
    const phases = (text: string) => indexOf(text).get('note.md')!.claims.map((c) => `${c.event}: ${c.dateText} ${c.phase}`);
    const reported = (text: string) => indexOf(text).conflicts().map((c) => `${c.rule}: ${c.a.text}`);
    assert.deepEqual(phases('On 19 January 1928 GPU agents carried Trotsky out of his flat and put him on a train for Alma-Ata.'), ['trotsky-exile-alma-ata: 19 January 1928 departure']);
    assert.deepEqual(phases('On 17 January 1928 GPU men carried Trotsky bodily on to a train for Alma-Ata.'), ['trotsky-exile-alma-ata: 17 January 1928 departure']);
    assert.deepEqual(reported('On 19 January 1928 GPU agents carried Trotsky out of his flat and put him on a train for Alma-Ata.'), ['source-vs-reference: 19 January 1928']);
    // The deportation of 1929 began with the decree of 20 January; the register says the convoy left on the 22nd.
    assert.deepEqual(reported('Trotsky was put on a train for Odessa on 22 January 1929.'), []);
    assert.deepEqual(reported('Trotsky was put on a train for Odessa on 25 January 1929.'), ['source-vs-reference: 25 January 1929']);
  });

  it('reads a massacre told as guns turned or fire opened on people, or thousands had shot, and its doers as taking part', () => {
    assert.deepEqual(claimsIn('On 12 April 1927 Chiang Kai-shek opened fire on the Shanghai workers and their communist leaders.'), ['shanghai-massacre: 12 April 1927']);
    const life = indexOf('On 12 April 1927 Sun Yat-sen and Chiang Kai-shek turned the guns on the Shanghai unions.').conflicts().filter((c) => c.rule === 'anachronism');
    assert.deepEqual(life.map((c) => c.message.split(',')[0]), ['Sun Yat-sen died 1925-03-12 (Encyclopaedia Britannica']);
    // …past the force the doer led, between them and the verb.
    const led = indexOf('On 12 April 1927 Sun Yat-sen at the head of the Kuomintang armies turned his guns on the Shanghai workers.').conflicts().filter((c) => c.rule === 'anachronism');
    assert.deepEqual(led.map((c) => c.message.split(',')[0]), ['Sun Yat-sen died 1925-03-12 (Encyclopaedia Britannica']);
    // The passive subject of what the event does to people takes part too.
    const sentenced = indexOf('Renamed Trade Union Street in 1938, after Tomsky was sentenced with Bukharin and Rykov in March 1938.').conflicts().filter((c) => c.rule === 'anachronism');
    assert.deepEqual(sentenced.map((c) => c.message.split(' died')[0]), ['Mikhail Tomsky']);
    // …or as thousands had shot.
    const shot = indexOf('In China the communists stayed in the Kuomintang, and in April 1927 Sun Yat-sen turned on them and had thousands shot in Shanghai.');
    assert.deepEqual(shot.get('note.md')!.claims.map((c) => `${c.event}: ${c.dateText}`), ['shanghai-massacre: April 1927']);
    assert.deepEqual(shot.conflicts().filter((c) => c.rule === 'anachronism').map((c) => c.message.split(',')[0]), ['Sun Yat-sen died 1925-03-12 (Encyclopaedia Britannica']);
  });

  it('reads a deportation’s arrival told as a ship putting its man ashore', () => {
    assert.deepEqual(claimsIn('Trotsky sailed from Odessa. The steamer Ilyich put him ashore at Constantinople on 12 February 1929.'), ['trotsky-deportation-1929: 12 February 1929']);
  });

  it('a table’s cell ends the clause a description is read in', () => {
    const row = '| No. | Day | Event | Note |\n|---|---|---|---|\n| 41 | 1929-01-22 | Trotsky bundled onto a train for Odessa | arrives there on the 28th |';
    assert.deepEqual(indexOf(row).conflicts(), []);
  });

  it('a dispatch’s news, or a date closing the other noun phrase of a pair, dates nothing it did not see', () => {
    // "today" is when the rumour came, not the day of the execution the "that" clause tells.
    const diary = 'Embassy diary, 1937\n\nTuesday 15 June. The rumour reached the legation over tea today that Tukhachevsky was shot on Saturday with seven other commanders.';
    assert.deepEqual(indexOf(diary).conflicts().filter((c) => c.rule === 'source-vs-reference'), []);
    assert.deepEqual(claimsIn('The strikes in Petrograd in March 1917 and the return of Lenin, Zinoviev and Krupskaya that spring changed everything.'), ['lenin-return-1917: that spring']);
    // …past a place the first phrase names.
    assert.deepEqual(claimsIn('The arrest of Bukharin at the Central Committee plenum in February 1937 and the execution of Tukhachevsky, Yakir and Uborevich that summer broke the old guard.'), ['tukhachevsky-execution: that summer']);
    assert.deepEqual(indexOf('The posting of Krasin to Paris in October 1924 and the deposition of Trotsky, Sklyansky and Lashevich that winter left the Commissariat in new hands.').conflicts(), []);
  });

  it('reads a person’s own event from what is done to them as the verb’s object, where the register says it is done to them', () => {
    assert.deepEqual(claimsIn('In October 1926 the plenum removed Trotsky from the Politburo.'), ['trotsky-removed-politburo: October 1926']);
    assert.deepEqual(claimsIn('In November 1927 Stalin expelled Trotsky from the party.'), ['trotsky-expelled-party: November 1927']);
    assert.deepEqual(claimsIn('And on 23 October 1926 the plenum takes Trotsky out of the Political Bureau!'), ['trotsky-removed-politburo: 23 October 1926']);
    // A day counted from a date is as plain as the date; one counted from an event is the count's own matter (relativeConflicts).
    assert.deepEqual(claimsIn('On 16 October 1926 the leaders signed. One week later the plenum takes Trotsky out of the Political Bureau.'), ['trotsky-removed-politburo: One week later']);
    // …past a relative clause set off by commas after the subject.
    assert.deepEqual(claimsIn('Trotsky, who had not even joined the party yet, was arrested on 23 July 1917.'), ['trotsky-arrest-1917: 23 July 1917']);
    // …and in a script's historical present.
    assert.deepEqual(claimsIn('Ep 3. Moscow: on 15 January 1925 the plenum relieves Trotsky as Commissar of War; Natalia packs.'), ['trotsky-removed-war-commissariat: 15 January 1925']);
    // "from the party" is no deportation, and joining is something Trotsky did, not something done to him.
    assert.deepEqual(claimsIn('In December 1925 Zinoviev and Kamenev broke with Stalin and then joined Trotsky in the United Opposition.'), []);
  });

  it('what a named event did, or what was done at it, is that event’s, not another’s with like words', () => {
    // The joint plenum of October 1923 "condemning Trotsky" is not what the Thirteenth Congress did in May 1924.
    assert.deepEqual(claimsIn('In May 1924 Trotsky was condemned by the Thirteenth Congress.'), []);
    assert.deepEqual(claimsIn('In May 1924 Trotsky and his friends were condemned at the Thirteenth Congress.'), ['thirteenth-congress: May 1924']);
    assert.deepEqual(claimsIn('In October 1923 Trotsky was condemned by the joint plenum.'), ['cc-plenum-october-1923: October 1923']);
  });

  it('a sentence that opens with its participle is the item’s heading person’s; a day after a second participle is that one’s', () => {
    assert.deepEqual(claimsIn('- **Kamenev.** Chairman of the Moscow Soviet. Sentenced to death on 24 August 1936.'), ['first-moscow-trial: 24 August 1936']);
    assert.deepEqual(claimsIn('- **Trotsky.** Commissar of War. Removed from the Politburo on 23 October 1926.'), ['trotsky-removed-politburo: 23 October 1926']);
    assert.deepEqual(claimsIn('KAMENEV, Lev Borisovich (1883–1936). Sentenced to death on 24 August 1936.'), ['first-moscow-trial: 24 August 1936']);
    // Not a subject named before: "Zinoviev spoke in 1925." heads nothing.
    assert.deepEqual(claimsIn('Zinoviev spoke in 1925. Removed from the Politburo in October 1926, the others wept.'), []);
    // "Tried … and shot on 15 March 1938": the day is the shooting's, not the trial's; a month may be both's.
    assert.deepEqual(claimsIn('- **Rykov.** Chaired the council after Lenin. Tried with Bukharin and shot on 15 March 1938.'), []);
    assert.deepEqual(claimsIn('Bukharin and Rykov were tried and shot in March 1938.'), ['third-moscow-trial: March 1938']);
  });

  it('one participant named with the event’s word is enough on a date inside the event', () => {
    assert.deepEqual(claimsIn('Bukharin stood in the dock in March 1938.'), ['third-moscow-trial: March 1938']);
    // Outside it, or on a year Clio guessed, it is too little.
    assert.deepEqual(claimsIn('Bukharin stood in the dock in May 1938.'), []);
  });

  it('a mutiny is a revolt: "the mutiny at Kronstadt, which began on the 7th"', () => {
    assert.deepEqual(claimsIn('Sunday 20 March 1921. Remark: the mutiny at Kronstadt, which began on the 7th, is over.'), ['kronstadt-rebellion: the 7th']);
  });

  it('a decree told only by its issuer is no decree the register names by its subject', () => {
    assert.deepEqual(claimsIn('23 February 1919. The commissar said the army was born in January of last year by a decree of the Council of People’s Commissars.'), []);
    assert.deepEqual(claimsIn('In June 1918 a decree of the Council of People’s Commissars nationalised the factories.'), ['nationalization-1918: June 1918']);
  });

  it('a pronoun co-subject is another person the event must have', () => {
    assert.deepEqual(claimsIn('Trotsky lost everything in turn: the army in 1925, the Political Bureau in 1926, and the Communist party itself in November 1927, when he and Zinoviev were expelled for leading an opposition against Stalin.'), []);
  });

  it('reads a person’s own event from the person doing what it names, with no object', () => {
    assert.deepEqual(claimsIn('Come up beside the station. Lenin arrived here late on 3 April 1917, 16 April by our reckoning.'), ['lenin-return-1917: 3 April 1917', 'lenin-return-1917: 16 April by our reckoning']);
    // Proposing something else is not his proposal of a bloc.
    assert.deepEqual(claimsIn('Lenin proposed the abolition of the requisitions in February 1921.'), []);
    // Removed from another body than the event's: the Central Committee is not the Politburo.
    assert.deepEqual(claimsIn('Trotsky and Zinoviev were removed from the Central Committee on 23 October 1927.'), []);
  });

  it('keeps two people joined by "and" in one clause, beside another date on the line', () => {
    // The year opening the line does not cut the clause at "Zinoviev and Kamenev".
    assert.deepEqual(claimsIn('- 1936 — a letter (scan 4): after the trial of Zinoviev and Kamenev opened on 19 August 1936, the club met no more.'), ['first-moscow-trial: 19 August 1936']);
  });

  it('reads a recantation as a capitulation, dated by a document in apposition', () => {
    assert.deepEqual(claimsIn('Preobrazhensky recanted to Stalin, statement dated 13 July 1929, and was readmitted.'), ['preobrazhensky-capitulation: 13 July 1929']);
    // A document alone says nothing of what was done.
    assert.deepEqual(claimsIn('Preobrazhensky wrote to Stalin, statement dated 13 July 1929, and was readmitted.'), []);
    // "renounced the Opposition" and "broke with the Opposition" tell the same; not the breaking of something else.
    assert.deepEqual(claimsIn('Later note, same hand: Preobrazhensky and Radek renounced the Opposition and asked to be let back in July 1929.'), ['preobrazhensky-capitulation: July 1929']);
    assert.deepEqual(claimsIn('Preobrazhensky broke with the Opposition in July 1929.'), ['preobrazhensky-capitulation: July 1929']);
    assert.deepEqual(claimsIn('Preobrazhensky broke his leg in July 1929.'), []);
  });

  it('reads a line’s label before its dash, a treaty as signed, and a kind of event in a clause of time as when', () => {
    assert.deepEqual(claimsIn('- VERSAILLES (10) — peace treaty with Germany, signed June 1919 as the Paris conference closed.'), ['versailles-treaty: June 1919']);
    // Without the label, the treaty is any treaty with Germany: nothing is read.
    assert.deepEqual(claimsIn('- A peace treaty with Germany, signed June 1919 as the Paris conference closed.'), []);
  });

  it('reads a person’s own event with the person first of two subjects, whom the event must both have', () => {
    assert.deepEqual(claimsIn('Trotsky and Zinoviev were expelled on 14 November 1927.'), ['trotsky-expelled-party: 14 November 1927']);
    assert.deepEqual(claimsIn('Trotsky and Kamenev were expelled on 14 November 1927.'), [], 'Kamenev was expelled by the congress in December');
    // A co-subject's given name Clio does not link is part of the pair: this is no removal of Zinoviev's from the Politburo.
    assert.deepEqual(claimsIn('Leon Trotsky and Gregory Zinoviev were expelled on 14 November 1927.'), ['trotsky-expelled-party: 14 November 1927']);
    // Expelled "from the Communist party" (its head in lower case), by a body named after "by", which is the doer, no rival event.
    const ix = indexOf('MOSCOW, November 20, 1927. — Leon Trotsky and Gregory Zinoviev were expelled from the Communist party yesterday, on November 14, by a joint session of the Central Committee.');
    assert.deepEqual(ix.get('note.md')!.claims.map((c) => `${c.event}: ${c.dateText}`), ['trotsky-expelled-party: November 14']);
    assert.deepEqual(ix.conflicts().map((c) => c.rule), ['relative-vs-anchor'], '"yesterday" from the dateline is 19 November');
    // A chronicle's entry, its date a label before a full stop.
    assert.deepEqual(claimsIn('14.XI.1927. Trotsky expelled from the party at a joint plenum.'), ['trotsky-expelled-party: 14.XI.1927']);
  });

  it('reads a phrase that only one event has, however common its words ("the third trial")', () => {
    assert.deepEqual(claimsIn('When the third trial opened on 2 March 1938, the hall was full.'), ['third-moscow-trial: 2 March 1938']);
    // "the second congress" names several events: nothing is read.
    assert.deepEqual(claimsIn('When the second congress opened on 2 March 1938, the hall was full.'), []);
  });

  it('takes a verb whose trigger gives it an object as what happened only with that object', () => {
    // "{bolsheviks} seized power": a villa seized by the Bolsheviks is no revolution.
    assert.deepEqual(claimsIn('The villa was seized by the Bolsheviks as their headquarters in March 1917.'), []);
    assert.deepEqual(claimsIn('The Bolsheviks seized power on 7 November 1917.'), ['october-revolution: 7 November 1917']);
  });

  it('reads "landed at" as an arrival and "removed under escort to" as a deportation, neither barring another event', () => {
    assert.deepEqual(claimsIn('Trotsky landed at Constantinople in February 1929.'), ['trotsky-deportation-1929: February 1929']);
    assert.deepEqual(claimsIn('In January 1928 Trotsky was removed under escort to Alma Ata.'), ['trotsky-exile-alma-ata: January 1928']);
    assert.deepEqual(claimsIn('Trotsky was at home. In January 1928 the G.P.U. carried him off to Alma-Ata, near the Chinese frontier.'), ['trotsky-exile-alma-ata: January 1928']);
    // "removed to Gorki" tells what was done with Lenin after his stroke: the stroke is still read.
    assert.deepEqual(claimsIn('At the end of May 1922 Lenin suffered the first of his strokes and was removed to Gorki.'), ['lenin-first-stroke: the end of May 1922']);
  });

  it('reads past an anniversary in apposition to the date, and one word of what happened only one person’s events have by the date', () => {
    // Exile is the word of the deportation to Alma-Ata (January 1928) and of that from the Soviet Union (1929): the date tells which.
    assert.deepEqual(claimsIn('On 21 January 1928, the fourth anniversary of Lenin’s death, Trotsky was still in the train carrying him into exile.'), ['trotsky-exile-alma-ata: 21 January 1928']);
    assert.deepEqual(claimsIn('On 21 January 1928, the fourth anniversary of Lenin’s death, the streets were empty.'), []);
  });

  it('reads a participant undergoing what an event names as that event, the one of a whole and its parts they took part in; a verdict as a trial’s last day', () => {
    assert.deepEqual(claimsIn('Radek was sentenced in January 1937.'), ['second-moscow-trial: January 1937']);
    assert.deepEqual(claimsIn('Bukharin was tried in March 1938.'), ['third-moscow-trial: March 1938']);
    const ix = indexOf('Kamenev was sentenced to death on 21 August 1936.');
    assert.deepEqual(ix.get('note.md')!.claims.map((c) => [c.event, c.phase]), [['first-moscow-trial', 'end']]);
    assert.deepEqual(ix.conflicts().map((c) => c.rule), ['source-vs-reference'], 'the verdict came on the 24th');
  });

  it('reads defendants as a trial’s, across a list of names with their own and a cross-reference mark, "condemned on" as its verdict', () => {
    const ix = indexOf('The Presidium rejected the appeals for mercy of Zinoviev, *Kamenev and their fellow defendants, condemned on 21 August 1936.');
    assert.deepEqual(ix.get('note.md')!.claims.map((c) => [c.event, c.dateText, c.phase]), [['first-moscow-trial', '21 August 1936', 'end']]);
    assert.deepEqual(ix.conflicts().map((c) => c.rule), ['source-vs-reference'], 'the verdict came on the 24th');
    // A verb of what is done to papers is their own clause.
    assert.deepEqual(claimsIn('Lenin’s notes for the coming congress, dictated in the winter of 1922–23 and known to the world as Lenin’s Testament, said that Stalin was too rude.'), ['lenin-testament-dictation: the winter of 1922–23']);
  });

  it('reads a clause on past ", this time with" and the names after it', () => {
    assert.deepEqual(claimsIn('In March 1938 the dock filled again, this time with Bukharin, Rykov, Krestinsky and Rakovsky.'), ['third-moscow-trial: March 1938']);
  });

  it('reads making someone a body’s General Secretary as an appointment', () => {
    assert.deepEqual(claimsIn('On 3 April 1922 the new Central Committee made Stalin its General Secretary.'), ['stalin-general-secretary: 3 April 1922']);
  });

  it('reads stepping off the train as an arrival, with a calendar’s mark after the date inside the date’s clause', () => {
    assert.deepEqual(claimsIn('On 3 April 1917 (Old Style) Lenin stepped off the train at the Finland Station into a crowd of sailors.'), ['lenin-return-1917: 3 April 1917']);
  });

  it('reads taking to the streets as a rising, with a name the event’s name writes out as its participant', () => {
    assert.deepEqual(claimsIn('In Hamburg, on 23 October 1923, the dockers took to the streets.'), ['german-october: 23 October 1923']);
    assert.deepEqual(claimsIn('In October 1923 the workers of Hamburg took up arms.'), ['german-october: October 1923']);
    assert.deepEqual(claimsIn('In Hamburg, on 23 October 1923, the dockers went home.'), []);
  });

  it('reads being bundled onto a train as a deportation', () => {
    assert.deepEqual(claimsIn('On 17 January 1928 Trotsky was bundled onto a train for Alma-Ata.'), ['trotsky-exile-alma-ata: 17 January 1928']);
  });

  it('reads a person’s possessive with a noun of what happened, taking the date at once, as their one event', () => {
    assert.deepEqual(claimsIn('Trotsky, freed after Kornilov’s failed march of September 1917, chaired the Soviet.'), ['kornilov-affair: September 1917']);
    // Not a noun of something that happened, nor a span of years.
    assert.deepEqual(claimsIn('Trotsky, freed after Kornilov’s cavalry of September 1917 had gone, chaired the Soviet.'), []);
    assert.deepEqual(claimsIn('Kornilov’s march of the 1910s is forgotten.'), []);
  });

  it('reads a visit, a talk or a conversation as a meeting, and making one’s peace as a capitulation, with the names before a "whose" clause as subject', () => {
    assert.deepEqual(claimsIn('Bukharin’s secret visit to Kamenev on 11 July 1928 is the heart of the chapter.'), ['bukharin-kamenev-meeting: 11 July 1928']);
    // …and so is a talk or a conversation.
    assert.deepEqual(claimsIn('Crate 6: a copy of Kamenev’s note of his talk with Bukharin on 11 June 1928, as it reached Alma-Ata.'), ['bukharin-kamenev-meeting: 11 June 1928']);
    assert.deepEqual(claimsIn('Bukharin’s conversation with Kamenev in July 1928 frightened him.'), ['bukharin-kamenev-meeting: July 1928']);
    assert.deepEqual(claimsIn('Mr. Radek and Mr. Preobrazhensky, whose pamphlets we sold for years, made their peace with Stalin in July 1929.'), ['preobrazhensky-capitulation: July 1929']);
    // The "peace" of the phrase is no treaty: nothing else is read.
    assert.deepEqual(claimsIn('The Germans made their peace with the Soviets in July 1929.'), []);
  });

  it('reads an event whose actor the text names wrongly, if he was dead by then (the life check then reports him)', () => {
    assert.deepEqual(claimsIn('In September 1927, when Dzerzhinsky sent his men to break up the little press where the Platform was printed, Misha was taken.'), ['printing-shop-raid: September 1927']);
    // A living man the event lacks is a sign of another event.
    assert.deepEqual(claimsIn('In September 1927, when Bukharin sent his men to break up the little press where the Platform was printed, Misha was taken.'), []);
  });

  it('reads slaughter and butchery as a massacre', () => {
    assert.deepEqual(claimsIn('Chiang Kai-shek turned on the communists in Shanghai in April 1927 and slaughtered them.'), ['shanghai-massacre: April 1927']);
  });

  it('reads a participle in apposition after the subject with the verb after it, and a deported man coming ashore as the deportation’s end', () => {
    const ix = indexOf('Trotsky, deported from the Soviet Union, had stepped ashore at Constantinople from the steamer Ilyich on 2 February 1929, and stayed four years.');
    assert.deepEqual(ix.get('note.md')!.claims.map((c) => `${c.event}: ${c.dateText} ${c.phase}`), ['trotsky-deportation-1929: 2 February 1929 end']);
    // The end is the landing of 12 February: a day inside the deportation's span is still reported.
    assert.deepEqual(ix.conflicts().map((c) => `${c.rule}: ${c.a.text}`), ['source-vs-reference: 2 February 1929']);
    ix.setDocument('note.md', 'They put him off the boat at Constantinople at the end of January 1929, and Trotsky never went back.');
    assert.deepEqual(ix.get('note.md')!.claims.map((c) => `${c.event}: ${c.dateText} ${c.phase}`), ['trotsky-deportation-1929: the end of January 1929 end']);
    // Carried to the train on a day, reaching the town after it: the day is no arrival.
    ix.setDocument('note.md', 'Trotsky was deported to Alma-Ata: carried to the train on 17 January 1928, he reached the town on 25 January.');
    assert.deepEqual(ix.get('note.md')!.claims.map((c) => `${c.event}: ${c.dateText} ${c.phase}`)[0], 'trotsky-exile-alma-ata: 17 January 1928 undefined');
  });

  it('reads a tribunal as a trial, a finite verb after an aside with the sentence’s subject, and the execution of the commanders apart from their trial', () => {
    assert.deepEqual(claimsIn('Tukhachevsky, Yakir and six other commanders were condemned by a closed military tribunal on 11 June 1937 and shot within hours.'), ['tukhachevsky-trial: 11 June 1937']);
    assert.deepEqual(claimsIn('The commanders, Tukhachevsky among them, were tried in camera in June 1937.'), ['tukhachevsky-trial: June 1937']);
    // Shot the day after the trial: the execution, which no source dating the trial contradicts.
    const ix = indexOf('Tukhachevsky was shot on 12 June 1937, the day after the secret trial of the commanders.');
    assert.deepEqual(ix.get('note.md')!.claims.map((c) => `${c.event}: ${c.dateText}`), ['tukhachevsky-execution: 12 June 1937']);
    assert.deepEqual(ix.conflicts(), []);
  });

  it('reads a pronoun as the person the text is about, however far back named, as triggers do; and being relieved of a post, or having it taken away, as a removal', () => {
    const filler = 'The second part covers the years of argument, the long quarrel over the dues, the pamphlets and the counter-pamphlets, the meetings in back rooms and the resolutions that followed them, the votes, the walk-outs, the dinners at which nobody spoke, and a great deal of bad weather, which the letters describe at length.';
    assert.deepEqual(claimsIn(`Trotsky wrote these papers. ${filler} Then come the letters of that winter, when he was relieved of the War Commissariat on 26 January 1925.`), ['trotsky-removed-war-commissariat: 26 January 1925']);
    // "Since" bounds a date, but the "when" clause after it is what happened then.
    assert.deepEqual(claimsIn('Trotsky was idle. Since 26 January 1925, when the Central Committee took the War Commissariat away from him, he had held minor posts.'), ['trotsky-removed-war-commissariat: 26 January 1925']);
  });

  it('reads the tsar’s abdication as its own event, part of the February Revolution, whose day two dates in one text cannot both be', () => {
    const ix = indexOf('At Pskov the tsar signed his abdication late on 15 March 1917 (2 March by the Russian calendar).\n\nNobody knows what became of the saloon in which Nicholas signed away the throne on 12 March 1917.');
    assert.deepEqual(ix.get('note.md')!.claims.map((c) => `${c.event}: ${c.dateText}`), ['tsar-abdication: 15 March 1917', 'tsar-abdication: 2 March by the Russian calendar', 'tsar-abdication: 12 March 1917']);
    assert.deepEqual(ix.conflicts().map((c) => `${c.rule}: ${c.a.text} / ${c.b.text}`).sort(), ['source-vs-reference: 12 March 1917 / 1917-03-15', 'within-source: 15 March 1917 / 12 March 1917']);
  });

  it('reads a date opening its clause after short asides of place with the clause before them', () => {
    assert.deepEqual(claimsIn('The papers say that the mills were quiet, and that Trotsky had been put on a train for Alma-Ata, on the Chinese frontier, on the 17th January, 1928, with others.'), ['trotsky-exile-alma-ata: 17th January, 1928']);
    assert.deepEqual(claimsIn('Mr. Trotsky himself was sent to Alma-Ata, near the Chinese frontier, in January 1928, and hundreds of his followers were exiled.'), ['trotsky-exile-alma-ata: January 1928']);
  });

  it('gives a date opening its sentence to the clause past an aside of time with no count ("On 23 October 1926, after a stormy session, the plenum removed Trotsky")', () => {
    assert.deepEqual(claimsIn('On 23 October 1926, after a stormy session, the plenum removed Trotsky from the Political Bureau.'), ['trotsky-removed-politburo: 23 October 1926']);
    // …and past a longer aside with a count: the date is the removal's, not the statement's.
    assert.deepEqual(claimsIn('On 23 October 1926, three weeks after the Opposition leaders signed their statement, the plenum removed Trotsky from the Political Bureau.'), ['trotsky-removed-politburo: 23 October 1926']);
  });

  it('lets no kind of event done at an event bar it ("recanted from the dock … in March 1938" is a trial, not a capitulation)', () => {
    assert.deepEqual(claimsIn('Pyatakov recanted from the dock alongside Bukharin in March 1938.'), ['third-moscow-trial: March 1938']);
    // Near the capitulations, the word for one still bars the trial.
    assert.deepEqual(claimsIn('Pyatakov recanted in February 1928, long before anyone stood in the dock.'), []);
  });

  it('counts a count from the event a clause tells in free wording ("a fortnight after Trotsky had been thrown off the Politburo"), against the date beside it', () => {
    const ix = indexOf('On 14 November 1927, a fortnight after Trotsky had been thrown off the Politburo, he was expelled from the party.');
    assert.deepEqual(ix.conflicts().map((c) => `${c.rule}: ${c.a.text} / ${c.b.text}`), ['relative-vs-anchor: a fortnight after Trotsky had been thrown off / 14 November 1927']);
    // The same count where it holds: the removal was on 23 October 1926.
    ix.setDocument('note.md', 'On 6 November 1926, a fortnight after Trotsky had been thrown off the Politburo, he spoke at a meeting.');
    assert.deepEqual(ix.conflicts(), []);
  });

  it('counts a count from an event named by its head noun alone, the one such event within weeks before the date beside it ("a fortnight after their declaration, on the 23rd")', () => {
    const ix = indexOf('Saturday 30 October 1926. Olya taken by her mother. A fortnight after their declaration, on the 23rd, the plenum put Trotsky out of the Political Bureau.');
    assert.deepEqual(ix.conflicts().map((c) => `${c.rule}: ${c.a.text} / ${c.b.text}`), ['relative-vs-anchor: A fortnight after their declaration / the 23rd']);
    // The declaration of 16 October: a week after it is the 23rd.
    ix.setDocument('note.md', 'Saturday 30 October 1926. Olya taken by her mother. A week after their declaration, on the 23rd, the plenum put Trotsky out of the Political Bureau.');
    assert.deepEqual(ix.conflicts(), []);
  });

  it('reads a letter "read out" to the delegations as the reading of the Testament, a letter, whoever tells of it', () => {
    assert.deepEqual(claimsIn('Kuzmina says Ilyich’s letter about the leaders was read out to the delegations on 22 May 1924, with Stalin sitting there.'), ['testament-read-1924: 22 May 1924']);
    assert.deepEqual(claimsIn('Lenin’s letter was read to the delegations on 22 May 1924.'), ['testament-read-1924: 22 May 1924']);
    // "Read" alone is too common a word: "she read the letter on 22 May 1924" is no reading of it to anyone.
    assert.deepEqual(claimsIn('Kuzmina read Lenin’s letter on 22 May 1924.'), []);
  });

  it('reads a person "struck down" as their stroke, the date telling which, and "made Stalin General Secretary" without an article as his appointment', () => {
    assert.deepEqual(claimsIn('Lenin was struck down in May 1922.'), ['lenin-first-stroke: May 1922']);
    assert.deepEqual(claimsIn('In April 1922 the Central Committee made Stalin General Secretary.'), ['stalin-general-secretary: April 1922']);
    const ix = indexOf('Only once Lenin had been struck down in May 1922 did the Central Committee make Stalin General Secretary.');
    assert.deepEqual(ix.conflicts().map((c) => `${c.rule}: ${c.eventName}`), ['sequence: Stalin becomes General Secretary']);
    // Struck down in 1918 (by a bullet) is no stroke of 1922–23.
    assert.deepEqual(claimsIn('Lenin was struck down in August 1918.'), []);
  });

  it('reads "the general’s march" as the one event of the one person the register titles general, and "After that" opening a sentence as the event before it', () => {
    const sequences = (text: string) => indexOf(text).conflicts().map((c) => `${c.rule}: ${c.eventName}`);
    assert.deepEqual(sequences('Only after the general’s march had collapsed did Trotsky join the Bolsheviks.'), ['sequence: Trotsky joins the Bolshevik party']);
    assert.deepEqual(sequences('The general’s march on the capital has collapsed. After that they put Trotsky in the Kresty, to keep the balance.'), ["sequence: Trotsky's arrest by the Provisional Government (1917)"]);
    // In the register's order, nothing.
    assert.deepEqual(sequences('They put Trotsky in the Kresty. After that the general’s march on the capital collapsed.'), []);
    // A title no one in the register bears names no one.
    assert.deepEqual(sequences('Only after the admiral’s march had collapsed did Trotsky join the Bolsheviks.'), []);
  });

  it('checks a count set off after a dated clause against the clause’s date ("On 23 July 1917 Trotsky was arrested, ten days after the July Days")', () => {
    const ix = indexOf('On 23 July 1917 Trotsky was arrested, ten days after the July Days.');
    assert.deepEqual(ix.conflicts().map((c) => `${c.rule}: ${c.a.text} / ${c.b.text}`), ['relative-vs-anchor: ten days after the July Days / 23 July 1917']);
    // Old Style: the July Days ended on 7 July, and 17 July is ten days after.
    ix.setDocument('note.md', 'On 17 July 1917 Trotsky was arrested, ten days after the July Days.');
    assert.deepEqual(ix.conflicts().filter((c) => c.rule === 'relative-vs-anchor'), []);
  });

  it('gives a date alone between commas after a list of names to the noun phrase the names end ("the trial of Bukharin, Rykov and Tomsky, 2–13 March 1938, with …")', () => {
    assert.deepEqual(claimsIn('A copy of the trial of Bukharin, Rykov and Tomsky, 2–13 March 1938, with his crosses against the names.'), ['third-moscow-trial: 2–13 March 1938']);
    const ix = indexOf('A copy of the trial of Bukharin, Rykov and Tomsky, 2–13 March 1938, with his crosses against the names.');
    assert.deepEqual(ix.conflicts().map((c) => `${c.rule}: ${c.eventName}`), ['anachronism: Third Moscow Trial (Trial of the Twenty-One)']);
  });

  it('reads a participle of founding set off after a noun with that noun ("their new International, founded in France on Saturday the 10th"), no event far from the date sharing its words', () => {
    assert.deepEqual(claimsIn('Monday 12 September 1938. The secretaries drank to their new International, founded in France on Saturday the 10th, at a meeting near Paris.'), ['fi-founding-congress: Saturday the 10th']);
    // (With the date written in full too: the Comintern's founding of March 1919 shares the words, but is far from it.)
    assert.deepEqual(claimsIn('In 1938 the secretaries drank to their new International, founded in France on 3 September 1938.'), ['fi-founding-congress: 3 September 1938']);
  });

  it('reads "rise", "rose" and "risen" as a rising, and a rising told by "rise" as its beginning ("only once … did the sailors of Kronstadt rise")', () => {
    assert.deepEqual(claimsIn('In March 1921 the sailors of Kronstadt rise against the Bolsheviks.'), ['kronstadt-rebellion: March 1921']);
    const ix = indexOf('Only once the congress had banned factions did the sailors of Kronstadt rise.');
    assert.deepEqual(ix.conflicts().map((c) => `${c.rule}: ${c.eventName}`), ['sequence: Kronstadt rebellion']);
    ix.setDocument('note.md', 'Only once the sailors of Kronstadt had risen did the congress ban factions.');
    assert.deepEqual(ix.conflicts(), []);
  });

  it('checks a count against the date before it past an apposition of what the day was ("Sunday the 27th, the day of the funeral, four days after his death")', () => {
    const ix = indexOf('Monday 28 January 1924. All machines covered yesterday, Sunday the 27th, the day of the funeral, four days after Lenin’s death.');
    assert.deepEqual(ix.conflicts().map((c) => `${c.rule}: ${c.a.text} / ${c.b.text}`), ['relative-vs-anchor: four days after Lenin’s death / Sunday the 27th']);
    ix.setDocument('note.md', 'Monday 28 January 1924. All machines covered yesterday, Sunday the 27th, the day of the funeral, six days after Lenin’s death.');
    assert.deepEqual(ix.conflicts(), []);
  });

  it('takes the "that" of what was said only within a few words of its verb: "says there will be no more of that now that …" passes news on', () => {
    assert.deepEqual(claimsIn('The secretary says there will be no more of that now that Trotsky and Zinoviev were put out of the party on 14 November 1927.'), ['trotsky-expelled-party: 14 November 1927']);
    // What someone told the court is testimony, which dates nothing.
    assert.deepEqual(claimsIn('Pyatakov told the court that in December 1935 he had flown to Oslo.'), []);
  });

  it('lets no meeting held during an event bar it ("the mill meetings held during the trial of Bukharin, Rykov and Tomsky in March 1938")', () => {
    assert.deepEqual(claimsIn('The banner hung at the mill meetings held during the trial of Bukharin, Rykov and Tomsky in March 1938.'), ['third-moscow-trial: March 1938']);
    // A meeting after it is still another event: its date is its own.
    assert.deepEqual(claimsIn('The banner hung at the mill meetings held after the trial of Bukharin, Rykov and Tomsky, in April 1938.'), []);
  });

  it('reads "own" after a possessive as nothing ("Trotsky’s own letter to the Central Committee")', () => {
    assert.deepEqual(claimsIn('Trotsky’s own letter to the Central Committee of 8 October 1923 opened the quarrel.'), ['trotsky-letter-october-1923: 8 October 1923']);
  });

  it('reads a date alone in brackets as the gloss of the words before them, which a count after a possessive may start from', () => {
    const ix = indexOf('The send-off was in June 1927, a fortnight after Chiang’s massacre of the Shanghai communists (12 April 1927).');
    assert.deepEqual(ix.get('note.md')!.claims.map((c) => `${c.event}: ${c.dateText}`), ['shanghai-massacre: 12 April 1927']);
    assert.deepEqual(ix.conflicts().map((c) => `${c.rule}: ${c.a.text} / ${c.b.text}`), ['relative-vs-anchor: a fortnight after Chiang’s massacre of the Shanghai communists / June 1927']);
    ix.setDocument('note.md', 'The send-off was in late April 1927, a fortnight after Chiang’s massacre of the Shanghai communists (12 April 1927).');
    assert.deepEqual(ix.conflicts(), []);
  });

  it('reads a trigger whose subject has an adverb before its verb ("Stalin only became General Secretary")', () => {
    const ix = indexOf('Stalin only became General Secretary after Lenin died.');
    assert.deepEqual(ix.conflicts().map((c) => `${c.rule}: ${c.eventName}`), ['sequence: Stalin becomes General Secretary']);
  });

  it('gives a date past a clause of time ("shortly before X was shot, …") to what the clause is not about, and none to what the text quotes someone saying in order to correct it', () => {
    const conflicts = (text: string) => indexOf(text).conflicts().map((c) => `${c.rule}: ${c.a.text}`);
    // Emphasis on a word of the name keeps the name, which takes the date of its "which" clause.
    assert.deepEqual(conflicts('The trial that alarmed the commanders shortly before Tukhachevsky was shot was the Second Moscow *Trial*, which sat from 23 to 30 January 1937.'), []);
    assert.deepEqual(conflicts('The trial that alarmed the commanders shortly before Tukhachevsky was shot was the Pyatakov trial, which sat from 23 to 30 January 1937.'), []);
    assert.deepEqual(conflicts('You said Tukhachevsky was shot "a week after the Third Moscow Trial".'), []);
    assert.deepEqual(conflicts('You said Tukhachevsky was shot on 12 May 1937, but it was 12 June.'), []);
    assert.deepEqual(conflicts('Tukhachevsky was shot on 12 May 1937.'), ['source-vs-reference: 12 May 1937']);
  });

  it('reads no removal from the Politburo in an expulsion from a body the register does not link', () => {
    const ix = indexOf('Trotsky and Zinoviev were expelled from the Communist Party three weeks later, after the Opposition’s own columns had appeared in the tenth-anniversary demonstrations of 7 November 1927.');
    assert.deepEqual(ix.conflicts(), []);
  });

  it('gives a date set off by commas after a phrase of time to that phrase, and a relative clause’s order to what "which" stands for', () => {
    const conflicts = (text: string) => indexOf(text).conflicts().map((c) => `${c.rule}: ${c.eventName}`);
    // The date is the affair's, so no claim dates the arrest; the order the sentence tells is still wrong (the arrest came first).
    assert.deepEqual(conflicts('Trotsky spoke often in 1917. It was only after the Kornilov affair, at the end of August, that Trotsky himself was arrested and put in the Kresty.'), ["sequence: Trotsky's arrest by the Provisional Government (1917)"]);
    assert.deepEqual(conflicts('The Thirteenth Party Conference of 16 to 18 January 1924, which condemned Trotsky’s supporters three days before Lenin died, is not the same as the Thirteenth Party Congress of 23 to 31 May 1924.'), []);
    assert.deepEqual(conflicts('The Thirteenth Party Congress of 23 to 31 May 1924, which condemned Trotsky’s supporters three days before Lenin died, was long.'), ['sequence: Thirteenth Party Congress']);
  });

  it('reads an event reported over on a day as ended by then', () => {
    const ix = indexOf('On 14 September 1917 the Kornilov affair was over.');
    assert.deepEqual(ix.conflicts(), []);
    ix.setDocument('note.md', 'On 14 September 1917 the Kornilov affair began.');
    assert.deepEqual(ix.conflicts().map((c) => c.rule), ['source-vs-reference']);
  });

  it('reads two things one subject did, each with its date, apart; and taking up a post as an appointment', () => {
    assert.deepEqual(claimsIn('Stalin took up his post as General Secretary in April 1922, was appointed to chair the commission on the union of the republics in August 1922.'), ['stalin-general-secretary: April 1922']);
    // A relative clause is an aside, whatever it dates.
    assert.deepEqual(claimsIn('Pyatakov and Radek, who stood with Trotsky in 1926, were brought to trial with fifteen others in January 1937.'), ['second-moscow-trial: January 1937']);
  });

  it('reads co-subjects as sharing the verb, and a short form of a registered name ("LD") as that person', () => {
    // Both were expelled from the party: no removal of Zinoviev's alone from the Politburo.
    assert.deepEqual(indexOf('In November 1927 Trotsky and Zinoviev were expelled; the Fifteenth Congress expelled their followers.').conflicts(), []);
    // (The register's "{trotsky} reached {alma-ata}" tells the arrival, which the sentence dates.)
    assert.deepEqual(claimsIn('LD was bundled onto the train in Moscow on 17 Jan 1928 and reached Alma-Ata on the 25th.'), ['trotsky-exile-alma-ata: the 25th']);
    assert.deepEqual(claimsIn('LD was bundled onto the train in Moscow on 17 Jan 1928.'), ['trotsky-exile-alma-ata: 17 Jan 1928']);
  });

  it('reads a date closing its sentence after a comma with the clause before it', () => {
    assert.deepEqual(claimsIn('- Decree nationalising the big industrial enterprises, 28 June 1918. The workshops were already run by a committee.'), ['nationalization-1918: 28 June 1918']);
    // Not a date set off by commas inside its sentence, which the clause around it takes.
    assert.deepEqual(claimsIn('In the minutes, 28 June 1918, the decree nationalising the big industrial enterprises was read.'), ['nationalization-1918: 28 June 1918']);
  });

  it('reads a rising put down by troops under a commander the register names for it', () => {
    assert.deepEqual(claimsIn('A: the sailors’ rising was put down on 7 March 1921 by troops under Tukhachevsky, sent across the ice.'), ['kronstadt-rebellion: 7 March 1921']);
  });

  it('reads a subject and its passive verb as a phrase', () => {
    assert.deepEqual(claimsIn('The new Union of Soviet Republics was proclaimed on 30 December 1922.'), ['ussr-formation: 30 December 1922']);
  });

  it('reads "came home from exile" as a return, and "late on the night of" as its date', () => {
    assert.deepEqual(claimsIn('He was in the crowd at the Finland Station when Lenin came home from exile, late on the night of 3 April 1917, and heard him speak.'), ['lenin-return-1917: 3 April 1917']);
    assert.deepEqual(claimsIn('Lenin returned from exile on 3 April 1917.'), ['lenin-return-1917: 3 April 1917']);
  });

  it('reads "the party congress, which opened on …" as the congress, though a part of it (a letter read to its delegations) is told after', () => {
    assert.deepEqual(claimsIn('2 June 1924. Remark: they were at the party congress, which opened on Friday the 23rd and closed on Saturday the 31st; they say Lenin’s letter was read to the delegations.'), ['thirteenth-congress: Friday the 23rd', 'thirteenth-congress: Saturday the 31st']);
  });

  it('reads a meeting named by its kind and the place it sat as the one registered meeting of that kind with that place', () => {
    assert.deepEqual(claimsIn('He came to Vienna this summer from London, where his party held its great congress in May 1908 in a chapel.'), ['london-congress-1907: May 1908']);
    assert.deepEqual(claimsIn('Lenin was in London for the congress in May 1907.'), ['london-congress-1907: May 1907']);
    // Not another body's meeting there, nor a meeting with no place.
    assert.deepEqual(claimsIn('In May 1908 the printers held the congress of their union in London.'), []);
    assert.deepEqual(claimsIn('In May 1908 the party held its congress.'), []);
    // Nor where every date its sentence tells is years from that meeting: the place saw other meetings.
    assert.deepEqual(claimsIn('30 December 1922. Drove delegates to the Bolshoi Theatre for the congress which today proclaimed the Union of Soviet Republics.'), []);
  });

  it('tells two meetings that sat in one place by the dates of the sentence, and reads "it" after such a meeting and its place as the meeting', () => {
    // London saw the congresses of 1905 and 1907; the sentence's date tells which, and "it opened there" is that congress's opening.
    assert.deepEqual(claimsIn('The Social-Democrats are holding their congress in London; it opened there on 6 May 1907.'), ['london-congress-1907: 6 May 1907']);
    assert.deepEqual(claimsIn('The Bolsheviks held their congress in London; it opened on 25 April 1905.'), ['third-rsdlp-congress: 25 April 1905']);
    // With no date to tell them apart, neither.
    assert.deepEqual(claimsIn('The Bolsheviks held their congress in London.'), []);
  });
});
