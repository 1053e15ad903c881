// The order a text tells events in (sequences.ts), on an invented register: "A only after B"
// where the register has A first is a sequence conflict, whether A and B are named, told in
// free wording, stood for by a place, or pointed back to by "that" and "it".
import { strict as assert } from 'node:assert';
import { CorpusIndex } from '../../server/src/core';

const REGISTER = `entities:
  - { id: abel, type: person, name: Jonas Abel, aliases: [Abel] }
  - { id: brun, type: person, name: Karl Brun, aliases: [Brun] }
  - { id: orm, type: person, name: Petra Orm, aliases: [Orm] }
  - { id: stahl, type: person, name: Ivo Stahl, aliases: [Stahl] }
  - { id: directory, type: organization, name: Provisional Directory, aliases: [Directory] }
  - { id: presidium, type: organization, name: Presidium }
  - { id: board, type: organization, name: Central Board, aliases: [Board] }
  - { id: kessel, type: place, name: Kessel }
  - id: kessel-mutiny
    type: event
    name: Kessel mutiny
    participants: [kessel]
    triggers: ["the sailors of {kessel} rose"]
    dates: { happened: { edtf: "1921-03-01/1921-03-18", cite: "Hale (1970)" } }
  - id: ninth-assembly
    type: event
    name: Ninth Assembly
    aliases: [Ninth Assembly]
    dates: { happened: { edtf: "1921-03-08/1921-03-16", cite: "Hale (1970)" } }
  - id: brun-affair
    type: event
    name: Brun affair
    participants: [brun]
    dates: { happened: { edtf: "1917-09-09/1917-09-12", cite: "Hale (1970)" } }
  - id: abel-arrest
    type: event
    name: Abel's arrest by the Provisional Directory
    participants: [abel, directory]
    triggers: ["{abel} was imprisoned in the citadel"]
    dates: { happened: { edtf: "1917-08-05", cite: "Hale (1970)" } }
  - id: abel-removed
    type: event
    name: Abel removed from the Presidium
    participants: [abel, presidium]
    triggers: ["{abel} was removed from the {presidium}"]
    dates: { happened: { edtf: "1926-10-23", cite: "Hale (1970)" } }
  - id: orm-removed
    type: event
    name: Orm removed from the Presidium
    participants: [orm, presidium]
    triggers: ["{orm} was removed from the {presidium}"]
    dates: { happened: { edtf: "1926-07-23", cite: "Hale (1970)" } }
  - id: rimini-treaty
    type: event
    name: Treaty of Rimini
    dates: { happened: { edtf: "1922-04-16", cite: "Hale (1970)" } }
  - id: stahl-warden
    type: event
    name: Stahl becomes General Warden
    participants: [stahl, board]
    triggers: ["{stahl} was appointed general warden"]
    dates: { happened: { edtf: "1922-04-03", cite: "Hale (1970)" } }
  - id: union-formation
    type: event
    name: Formation of the Union
    aliases: ["First All-Union Assembly"]
    triggers: ["the union was proclaimed"]
    dates: { happened: { edtf: "1922-12-30", cite: "Hale (1970)" } }
  - id: orm-second-stroke
    type: event
    name: Orm's second stroke
    participants: [orm]
    triggers: ["{orm}'s second stroke"]
    dates: { happened: { edtf: "1922-12-16", cite: "Hale (1970)" } }
  - id: orm-third-stroke
    type: event
    name: Orm's third stroke
    participants: [orm]
    triggers: ["{orm}'s third stroke"]
    dates: { happened: { edtf: "1923-03-10", cite: "Hale (1970)" } }
  - { id: league, type: organization, name: Fifth League, aliases: [Fifth League] }
  - id: league-founding
    type: event
    name: Founding of the Fifth League
    participants: [league]
    triggers: ["{league} was founded"]
    dates: { happened: { edtf: "1938-09-03", cite: "Hale (1970)" } }
  - id: abel-expelled
    type: event
    name: Abel expelled from the party
    participants: [abel]
    triggers: ["{abel} was expelled from the party"]
    dates: { happened: { edtf: "1927-11-14", cite: "Hale (1970)" } }
  - id: abel-banished
    type: event
    name: Abel expelled from the country
    participants: [abel]
    triggers: ["{abel} was expelled from the country"]
    dates: { happened: { edtf: "1929-01-18", cite: "Hale (1970)" } }
  - id: tenth-assembly
    type: event
    name: Tenth Assembly
    aliases: [Tenth Assembly]
    dates: { happened: { edtf: "1927-12-02/1927-12-19", cite: "Hale (1970)" } }
  - id: orm-note
    type: work
    name: Orm's Note
    aliases: [the Note]
    participants: [orm]
    dates: { written: { edtf: "1923-01-04", cite: "Hale (1970)" } }
  - id: winter-conference
    type: event
    name: Thirteenth Conference
    dates: { happened: { edtf: "1924-01-16/1924-01-18", cite: "Hale (1970)" } }
  - id: orm-death
    type: event
    name: Death of Orm
    participants: [orm]
    triggers: ["{orm} died", "{orm}'s death", "{orm} was buried"]
    dates: { happened: { edtf: "1924-01-21", cite: "Hale (1970)" } }
  - id: free-art-manifesto
    type: work
    name: Manifesto for a Free Art
    aliases: [Manifesto for a Free Art]
    dates: { published: { edtf: "1938-07-25", cite: "Hale (1970)" } }
`;

/** The sequence conflicts of a note: the event put out of order, and the words that order it. */
function sequences(text: string): string[][] {
  const index = new CorpusIndex();
  index.setDocument('register.yaml', REGISTER);
  index.setDocument('note.md', text);
  return index.conflicts().filter((c) => c.rule === 'sequence').map((c) => [c.event, c.a.text]);
}

describe('sequence: the order a text tells events in', () => {
  it('reads "they rose" after a sentence that told the rising by that verb as the same event, and a beginning as its start', () => {
    assert.deepEqual(sequences('In March 1921 the sailors of Kessel rose against the Directory. They rose only after the Ninth Assembly had voted the tax.'), [['kessel-mutiny', 'only after the Ninth Assembly']]);
    // (Begun after the Assembly opened, or ended after it: no conflict.)
    assert.deepEqual(sequences('The Kessel mutiny was crushed only after the Ninth Assembly had met.'), []);
    // Not a pronoun of another verb, nor after a sentence that told two events.
    assert.deepEqual(sequences('In March 1921 the sailors of Kessel rose against the Directory. They wept only after the Ninth Assembly had voted the tax.'), []);
  });

  it('reads the main clause in free wording, and a person’s possessive as their one event', () => {
    assert.deepEqual(sequences('It was only after Brun’s adventure had collapsed that the Directory laid hands on Abel.'), [['abel-arrest', 'only after Brun’s adventure']]);
    assert.deepEqual(sequences('Only after Brun’s adventure had collapsed did the Directory throw Abel into the citadel.'), [['abel-arrest', 'Only after Brun’s adventure']]);
    // What the Directory did after is no arrest: nothing out of order.
    assert.deepEqual(sequences('It was only after Brun’s adventure had collapsed that the Directory let Abel go.'), []);
  });

  it('reads "only when" and "only once" as "after", a pact as a treaty, and handing someone a post as an appointment', () => {
    assert.deepEqual(sequences('Only when the Rimini pact had been signed did the Board give Stahl the post of General Warden.'), [['stahl-warden', 'Only when the Rimini pact had been signed']]);
    assert.deepEqual(sequences('Only once the Rimini pact was signed did the Board hand Stahl the new post of General Warden.'), [['stahl-warden', 'Only once the Rimini pact was signed']]);
    assert.deepEqual(sequences('Only when Stahl had been given the post of General Warden was the Rimini pact signed.'), []);
  });

  it('reads "after that Rimini pact" as the pact itself, "that" its determiner', () => {
    assert.deepEqual(sequences('The delegates went home, and it was only after that Rimini pact that the Board gave Stahl the post of General Warden.'), [['stahl-warden', 'only after that Rimini pact']]);
    assert.deepEqual(sequences('The delegates went home, and it was only after that Rimini pact that the Board met.'), []);
  });

  it('reads "only after that" as after the event of the clause before it', () => {
    assert.deepEqual(sequences('The Presidium first removed Abel; only after that was Orm removed from it as well.'), [['orm-removed', 'only after']]);
    assert.deepEqual(sequences('The Presidium first removed Orm; only after that was Abel removed from it as well.'), []);
    // "that" in a sentence with a clause of its own before it is not the sentence before.
    assert.deepEqual(sequences('The Presidium removed Abel. The summer was hot, and only after that was Orm removed from it.'), []);
  });

  it('reads "after it had collapsed" as after the event told before it in the sentence', () => {
    assert.deepEqual(sequences('Brun’s lunge at the capital came first, she said, and only after it had collapsed did the Directory throw Abel into the citadel.'), [['abel-arrest', 'only after']]);
  });

  it('reads a place as the one event named after it, and its guns falling silent as its end', () => {
    assert.deepEqual(sequences('The Ninth Assembly opened only after the guns of Kessel had fallen silent.'), [['ninth-assembly', 'only after the guns of Kessel']]);
    assert.deepEqual(sequences('The Ninth Assembly opened only after the Kessel mutiny had already been crushed.'), [['ninth-assembly', 'only after the Kessel mutiny']]);
    // "had closed" is its end too: the Assembly met during the mutiny.
    assert.deepEqual(sequences('The Ninth Assembly opened only after the Kessel mutiny had closed.'), [['ninth-assembly', 'only after the Kessel mutiny']]);
    // After it began is no error: the mutiny began a week before the Assembly.
    assert.deepEqual(sequences('The Ninth Assembly opened only after the guns of Kessel had begun to fire.'), []);
  });

  it('reads A across a short aside of speech, and a subject with its passive verb as a phrase', () => {
    assert.deepEqual(sequences('The new Union of Republics was proclaimed, my grandmother insisted, only after Orm’s third stroke.'), [['union-formation', 'only after Orm’s third stroke']]);
    assert.deepEqual(sequences('The new Union of Republics was proclaimed, my grandmother insisted, only after Orm’s second stroke.'), []);
    assert.deepEqual(sequences('Orm’s second stroke came only after the Union had been proclaimed.'), [['orm-second-stroke', 'only after the Union had been proclaimed']]);
    // Words apart, with no name between them to join them: the union of the print workers is no state.
    assert.deepEqual(sequences('The union of the print workers was proclaimed, my grandmother insisted, only after Orm’s third stroke.'), []);
  });

  it('reads the sides of "A, and then B" in free wording too, but not a list of places', () => {
    assert.deepEqual(sequences('Orm suffered her third stroke, and then the new Union of Republics was proclaimed.'), [['union-formation', 'then the new Union of Republics was proclaimed']]);
    assert.deepEqual(sequences('The new Union of Republics was proclaimed, and then Orm suffered her third stroke.'), []);
    assert.deepEqual(sequences('Orm suffered her third stroke, and then went to Kessel, where the Union of Republics was proclaimed.'), []);
  });

  it('reads a cleft whose "that" follows an aside, and a person’s name modifying "business" or "affair" as their one event', () => {
    assert.deepEqual(sequences('It was only after the Brun business, at the end of September, that the Directory laid hands on Abel.'), [['abel-arrest', 'only after the Brun business']]);
    assert.deepEqual(sequences('It was only after the Brun business, at the end of September, that the Directory let Abel go.'), []);
  });

  it('reads "B, and Y only afterwards" as the same thing done to Y after B', () => {
    assert.deepEqual(sequences('Abel was removed from the Presidium in October 1926, and Orm only afterwards.'), [['orm-removed', 'only afterwards']]);
    assert.deepEqual(sequences('Orm was removed from the Presidium in July 1926, and Abel only afterwards.'), []);
    // Someone with no such event of their own: nothing to order.
    assert.deepEqual(sequences('Abel was removed from the Presidium in October 1926, and Stahl only afterwards.'), []);
  });

  it('reads "By the time B, A had happened" as A before B', () => {
    assert.deepEqual(sequences('By the time the Ninth Assembly met, Orm’s third stroke had already come.'), [['orm-third-stroke', 'By the time the Ninth Assembly']]);
    assert.deepEqual(sequences('By the time Orm’s third stroke came, the Ninth Assembly had long dispersed.'), []);
    // Without a pluperfect it orders nothing.
    assert.deepEqual(sequences('By the time the Ninth Assembly met, Orm’s third stroke was feared.'), []);
  });

  it('orders nothing in a counterfactual, but "had already been" is no counterfactual', () => {
    assert.deepEqual(sequences('Had Orm lived, the Ninth Assembly would have opened only after the Kessel mutiny was crushed.'), []);
    assert.deepEqual(sequences('Had Orm been there, the Ninth Assembly opened only after the Kessel mutiny was crushed.'), []);
  });

  it('orders nothing in a question whether things were so', () => {
    assert.deepEqual(sequences('- 09:31. A student asked whether the Ninth Assembly opened only after the Kessel mutiny was crushed.'), []);
    assert.deepEqual(sequences('Q: Did the Ninth Assembly open only after the Kessel mutiny was crushed?'), []);
    // A statement still does.
    assert.equal(sequences('The Ninth Assembly opened only after the Kessel mutiny was crushed.').length, 1);
  });

  it('reads the bare verb after "did" and its subject as the trigger’s past ("only after it did Stahl become …")', () => {
    const index = new CorpusIndex();
    index.setDocument('register.yaml', REGISTER.replace('triggers: ["{stahl} was appointed general warden"]', 'triggers: ["{stahl} was appointed general warden", "{stahl} became general warden"]'));
    index.setDocument('note.md', 'Orm’s third stroke came in March 1923, and only after it did Stahl become General Warden.');
    assert.deepEqual(index.conflicts().filter((c) => c.rule === 'sequence').map((c) => [c.event, c.a.text]), [['stahl-warden', 'only after']]);
    index.setDocument('note.md', 'The Kessel mutiny broke out in March 1921, and only after it did Stahl become General Warden.');
    assert.deepEqual(index.conflicts().filter((c) => c.rule === 'sequence'), []);
  });

  it('reads "expelled from it" as "expelled from the party" where the sentence named the party before', () => {
    assert.deepEqual(sequences('Having led a faction against the majority of his party, Abel was expelled from it only after the Tenth Assembly had condemned that faction.'), [['abel-expelled', 'only after the Tenth Assembly']]);
    // "it" with nothing named before may be the party or the country (Abel was expelled from both).
    assert.deepEqual(sequences('Abel was expelled from it only after the Tenth Assembly had condemned his faction.'), []);
  });

  it('orders a work’s writing: "the Note, came only after", and "It was drafted only after" under the work’s heading', () => {
    assert.deepEqual(sequences('Orm’s warning about Stahl, the Note, came only after Orm’s third stroke.'), [['orm-note', 'only after Orm’s third stroke']]);
    assert.deepEqual(sequences('Orm’s warning about Stahl, the Note, came only after the Kessel mutiny.'), []);
    // Published on 25 July 1938, so written by then: not after a founding in September.
    const label = '## Manifesto for a Free Art\n\nLeaflet, 1938.\n\nSigned by Abel. It was drafted only after the conference at Lys had founded the Fifth League.';
    assert.deepEqual(sequences(label), [['free-art-manifesto', 'only after the conference at Lys had founded the Fifth League']]);
    // Written before a later event cannot be told from a publication date alone.
    assert.deepEqual(sequences(label.replace('only after', 'before')), []);
  });

  it('reads "once" before a pluperfect as "after", and an adverb between the auxiliary and its participle', () => {
    assert.deepEqual(sequences('Abel was only imprisoned in the citadel once Brun’s affair had collapsed.'), [['abel-arrest', 'once Brun’s affair']]);
    assert.deepEqual(sequences('Abel was imprisoned in the citadel once Brun’s affair had collapsed.'), [['abel-arrest', 'once Brun’s affair']]);
    // Not "once" that counts a time, nor in the right order.
    assert.deepEqual(sequences('Abel was imprisoned in the citadel once, and Brun’s affair came later.'), []);
    assert.deepEqual(sequences('Brun’s affair collapsed only once Abel had been imprisoned in the citadel.'), []);
  });

  it('reads a meeting named by its kind alone as the one of that kind within a month of the story’s last date, to order events only', () => {
    const entry = '10th January 1924. Brun bets Stahl a guinea that Abel will speak at the conference called for this month. Settled 4th February 1924: Stahl wins. Abel was ill. The Conference met only after Orm was buried.';
    assert.deepEqual(sequences(entry), [['winter-conference', 'only after Orm was buried']]);
    assert.deepEqual(sequences('In the frost of Sunday 27 January 1924 Orm was carried to his tomb. Abel missed it, as he had missed the party conference that met after Orm’s death.'), [['winter-conference', 'after Orm’s death']]);
    // In the right order, or with no date of the story near one conference (or near two), it orders nothing.
    assert.deepEqual(sequences(entry.replace('only after', 'before')), []);
    assert.deepEqual(sequences(entry.replace(/1924/g, '1926')), []);
    // The date of the story dates nothing about the conference.
    const index = new CorpusIndex();
    index.setDocument('register.yaml', REGISTER);
    index.setDocument('note.md', entry);
    assert.deepEqual(index.claims('winter-conference'), []);
  });

  it('reads a passive trigger in the active voice to order events, not to date them', () => {
    assert.deepEqual(sequences('Abel went abroad only after the conference at Lys had founded the Fifth League.'), []);
    assert.deepEqual(sequences('The Tenth Assembly met only after the party expelled Abel from the party.'), []);
    assert.deepEqual(sequences('The Tenth Assembly met only after the conference at Lys had founded the Fifth League.'), [['tenth-assembly', 'only after the conference at Lys had founded the Fifth League']]);
    const index = new CorpusIndex();
    index.setDocument('register.yaml', REGISTER);
    // The doer of an active verb may be another event with its own date: no claim about the founding.
    index.setDocument('note.md', 'The conference at Lys founded the Fifth League in September 1937.');
    assert.deepEqual(index.claims('league-founding'), []);
    index.setDocument('note.md', 'The Fifth League was founded in September 1937.');
    assert.equal(index.claims('league-founding').length, 1);
  });
});
