import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { CorpusIndex, draftRegister, parseRegister, type EntityMention } from '../../server/src/core';
import { namesIn } from './names';

const FIXTURE = path.join(__dirname, '..', 'fixtures', 'mini');
const read = (p: string) => readFileSync(path.join(FIXTURE, p), 'utf8');

/** Show a name with its type, registered or not: "Kessel:place". */
const withType = (m: EntityMention) => `${m.text}:${m.type}`;

function fixtureIndex(): CorpusIndex {
  const index = new CorpusIndex();
  index.setDocument('register.yaml', read('register.yaml'));
  index.setDocument('sources.yaml', read('sources.yaml'), 'sources-meta', (p) => p);
  index.setDocument('sources/memoir.txt', read('sources/memoir.txt'));
  index.setDocument('sources/chronicle.txt', read('sources/chronicle.txt'));
  index.setDocument('notes/working-note.md', read('notes/working-note.md'));
  return index;
}

describe('corpus index', () => {
  it('links mentions across documents', () => {
    const index = fixtureIndex();
    const trotsky = index.mentionsOf('trotsky');
    assert.deepEqual([...trotsky.keys()].sort(), ['notes/working-note.md', 'sources/chronicle.txt', 'sources/memoir.txt']);
    assert.equal(trotsky.get('sources/memoir.txt')!.length, 2);
    const lenin = index.mentionsOf('lenin').get('sources/chronicle.txt')!;
    assert.ok(lenin.some((m) => m.text === 'Leninism' && m.derived), 'derived form counted');
  });

  it('keeps a text whose reading fails, with a warning on its first line, and the session goes on', () => {
    const index = fixtureIndex();
    // A fault in reading claims (simulated: Clio's own code, not the text, is at fault) costs the text its claims only.
    const internals = index as unknown as { descriptions: { references: () => never }; matcher: { match: () => never } };
    const references = internals.descriptions.references;
    internals.descriptions.references = () => {
      throw new Error('simulated fault');
    };
    index.setDocument('notes/new.md', 'Lenin died on 21 January 1923.\nTrotsky wrote it down.');
    const doc = index.get('notes/new.md')!;
    assert.deepEqual(doc.dates.map((d) => d.text), ['21 January 1923']);
    assert.ok(doc.entities.some((m) => m.id === 'trotsky'));
    assert.deepEqual(doc.claims, []);
    assert.deepEqual(doc.problems.map((p) => [p.code, p.severity, p.start, p.end]), [['read-failed', 'warning', 0, 30]]);
    assert.match(doc.problems[0].message, /could not read the claims in this text; its names and dates are shown.*untouched.*simulated fault/);
    // A fault earlier on leaves the text in the index with nothing read from it; the other texts keep theirs.
    internals.descriptions.references = references;
    internals.matcher.match = () => {
      throw new Error('simulated fault');
    };
    index.setDocument('notes/new.md', 'Lenin died on 21 January 1923.');
    assert.equal(index.get('notes/new.md')!.text, 'Lenin died on 21 January 1923.');
    assert.deepEqual(index.get('notes/new.md')!.dates, []);
    assert.match(index.get('notes/new.md')!.problems[0].message, /could not read this text; its names, dates and claims are not shown/);
    assert.ok(index.claims('lenin-death').length > 0);
  });

  it('extracts claims from triggers and event mentions', () => {
    const index = fixtureIndex();
    const claims = index.claims('lenin-death').map((c) => [c.source, c.dateText, c.interval.earliest, c.interval.latest]);
    assert.deepEqual(claims.sort(), [
      ['sources/chronicle.txt', 'early January 1924', '1924-01-01', '1924-01-10'],
      ['sources/memoir.txt', 'January 21, 1924', '1924-01-21', '1924-01-21'],
    ]);
    assert.deepEqual(index.claims('twelfth-congress').map((c) => c.dateText), ['April 1923']);
  });

  it('reports a conflict between two sources, named by their titles', () => {
    const index = fixtureIndex();
    const conflicts = index.conflicts().filter((c) => c.rule === 'source-vs-source');
    assert.equal(conflicts.length, 1);
    const c = conflicts[0];
    assert.equal(c.event, 'lenin-death');
    assert.match(c.message, /Death of Lenin/);
    assert.match(c.message, /A Memoir of the Twenties/);
    assert.match(c.message, /A Party Chronicle/);
    const between = (key: string) => index.conflictsIn(key).filter((x) => x.rule === 'source-vs-source');
    assert.deepEqual(between('sources/memoir.txt'), between('sources/chronicle.txt'));
  });

  it('checks claims against the reference chronology', () => {
    const index = fixtureIndex();
    const ref = index.conflicts().filter((c) => c.rule === 'source-vs-reference');
    assert.deepEqual(ref.map((c) => [c.event, c.a.text, c.b.text]), [['lenin-death', 'early January 1924', '1924-01-21']]);
    assert.equal(ref[0].b.source, 'register.yaml');
  });

  it('an edit re-checks only the events it touches and reports the affected documents', () => {
    const index = fixtureIndex();
    const fixed = read('sources/chronicle.txt').replace('early January 1924', 'late January 1924');
    const change = index.setDocument('sources/chronicle.txt', fixed);
    assert.deepEqual(index.conflicts(), []);
    assert.ok(change.affected.has('sources/memoir.txt'), 'the other side of the old conflict is re-published');
    // A new note creates a conflict live.
    const note = index.setDocument('notes/new.md', 'Lenin died on 21 January 1923.');
    assert.equal(index.conflictsOf('lenin-death').filter((c) => c.rule === 'source-vs-source').length, 2);
    assert.ok(note.affected.has('sources/memoir.txt') && note.affected.has('notes/new.md'));
    index.removeDocument('notes/new.md');
    assert.deepEqual(index.conflicts(), []);
  });

  it('keeps the last good register when the YAML breaks, and reports where', () => {
    const index = fixtureIndex();
    const broken = read('register.yaml').replace('aliases: [Lenin,', 'aliases: [Lenin,,,{');
    index.setDocument('register.yaml', broken);
    assert.ok(index.get('register.yaml')!.problems.some((p) => p.severity === 'error'));
    assert.ok(index.mentionsOf('lenin').size > 0, 'mentions still linked with the last good register');
  });

  it('re-links every document when the register changes', () => {
    const index = fixtureIndex();
    assert.equal(index.mentionsOf('radek').size, 0);
    const more = read('register.yaml') + '  - { id: caucasus, type: place, name: Caucasus }\n';
    const change = index.setDocument('register.yaml', more);
    assert.equal(index.mentionsOf('caucasus').get('sources/memoir.txt')!.length, 1);
    assert.ok(change.affected.has('sources/memoir.txt'));
  });

  it('reads a month the register gives to an event as that event, except after a time preposition', () => {
    const index = new CorpusIndex();
    index.setDocument('register.yaml', `entities:
  - { id: october-revolution, type: event, name: October Revolution, aliases: [October] }
`);
    index.setDocument('sources/a.txt', 'The lessons of October were plain. In October 1917 the Bolsheviks rose; in October they held the city, and October’s promise faded.');
    const doc = index.get('sources/a.txt')!;
    const at = (offset: number) => [doc.entities.find((m) => m.start === offset)?.id ?? null, doc.dates.find((d) => d.start <= offset && offset < d.end)?.text ?? null];
    const t = doc.text;
    assert.deepEqual(at(t.indexOf('October')), ['october-revolution', null], 'the lessons of October: the event');
    assert.deepEqual(at(t.indexOf('October 1917')), [null, 'October 1917'], 'with a year it is a date');
    assert.deepEqual(at(t.indexOf('October they')), [null, 'October'], 'in October: a date');
    assert.deepEqual(at(t.indexOf('October’s')), ['october-revolution', null], 'a possessive names the event');
    // With a year in figures beside it, or as one end of a span of months, it is a date, read or not.
    index.setDocument('sources/b.txt', "October '28, Bukharin went. 1929, October — the first issue. October–Dec. 1930 was cold.");
    assert.deepEqual(index.get('sources/b.txt')!.entities.filter((m) => m.id === 'october-revolution').map((m) => m.start), []);
    // After an author's possessive and before its year, it is a title.
    index.setDocument('sources/c.txt', "Read China Miéville's October (2017) on the lessons of October.");
    assert.deepEqual(index.get('sources/c.txt')!.entities.filter((m) => m.text === 'October').map((m) => `${m.id ?? m.type}`), ['work', 'october-revolution']);
  });

  it('reads a title quoted in a citation as a work, even where its words name an event', () => {
    const index = new CorpusIndex();
    index.setDocument('register.yaml', `entities:
  - { id: kronstadt-rebellion, type: event, name: Kronstadt rebellion, aliases: [Kronstadt Rising] }
  - { id: kronstadt, type: place, name: Kronstadt }
`);
    index.setDocument('sources/a.txt', "See George Katkov, 'The Kronstadt Rising', St Antony's Papers, no. 6 (1959). The Kronstadt Rising was crushed; 'Kronstadt' was his word for it.");
    const doc = index.get('sources/a.txt')!;
    const shown = doc.entities.filter((m) => /Kronstadt/.test(m.text)).map((m) => [m.text, m.id ?? `candidate ${m.type}`]);
    assert.deepEqual(shown, [
      ['The Kronstadt Rising', 'candidate work'],
      ['Kronstadt Rising', 'kronstadt-rebellion'],
      ['Kronstadt', 'kronstadt'],
    ]);
  });

  it('reads an event\'s head capitalised before "of" and a registered place as the event, though the text also has the head in lower case', () => {
    const shown = namesIn('They kept to the Brest-Litovsk treaty. Later the Treaty of Moscow was signed, and the treaty of Moscow was cited.', `entities:
  - { id: moscow, type: place, name: Moscow }
  - { id: brest, type: event, name: Treaty of Brest-Litovsk, aliases: [Brest-Litovsk treaty] }
`);
    assert.deepEqual(shown, ['Brest-Litovsk treaty:brest', 'Treaty of Moscow:event', 'Moscow:moscow']);
    // …and a body's head after a registered name, though the text also has it in lower case.
    assert.deepEqual(namesIn('They opened a university in his name, the Sun Yat-sen University, in Moscow.', `entities:
  - { id: sun, type: person, name: Sun Yat-sen }
  - { id: moscow, type: place, name: Moscow }
`), ['Sun Yat-sen University:organization', 'Moscow:moscow']);
  });

  it('reads the quoted titles of a contents list after each author and affiliation, and a title with a lower-case preposition', () => {
    const text = 'Contents\n\n1. Mara Lindholm-Achebe (University of Tartu), “Bread over Borders: Grain Talks and the Riga Peace”\n2. Oskar Veit (Åbo Akademi), “The Fleet and the Fortress”\n\nHe replied in “Smoke over Petrograd”, a short piece.';
    // The list's items are no headings: the affiliations are names.
    assert.ok(namesIn(text).includes('University of Tartu:organization'));
    assert.deepEqual(namesIn(text, undefined, withType).filter((n) => n.endsWith(':work')), [
      'Bread over Borders: Grain Talks and the Riga Peace:work',
      'The Fleet and the Fortress:work',
      'Smoke over Petrograd:work',
    ]);
  });

  it('reads a title before a range of years in brackets where an article or a word for writings opens it, the range included, and not a person\'s life', () => {
    assert.deepEqual(namesIn('See Writings of Pavel Orlov (1934-35) and The Challenge of the Kessel Left (1923-25); Victor Brandt (1890–1947) died; Grain and Guns (1906) followed.', undefined, withType), [
      'Writings of Pavel Orlov (1934-35):work',
      'The Challenge of the Kessel Left (1923-25):work',
      'Victor Brandt:person',
      'Grain and Guns:work',
    ]);
  });

  it('does not read a clause opened by a past-tense verb before a year in brackets as a title', () => {
    const shown = namesIn('Veltman, a doctor. Moved from Kessel to Lemberg (1923); later he read Banned in Vilafort (1965).', undefined, withType);
    assert.deepEqual(shown, ['Veltman:person', 'Kessel:place', 'Lemberg:place', 'Banned in Vilafort:work']);
  });

  it('reads an emphasised title as a periodical where an issue number follows or the word for a paper precedes it, and a publisher before a page count', () => {
    assert.deepEqual(namesIn('It ran in *Kessel Socialism*, no. 12 (1963), and in the monthly *Vilafort*; his *Collected Works*, vol. 33, did not. Orlova, *Grain*. Tamlin, 392 pp., £30.'), [
      'Kessel Socialism:organization',
      'Vilafort:organization',
      'Collected Works:work',
      'Orlova:person',
      'Grain:work',
      'Tamlin:organization',
    ]);
    // A place of publication before its colon, with no bracket; a known place's possessive before a quoted name, a name of
    // its own (whether a programme or a work is the learned type model's call, which retraining may change).
    const shown = namesIn('3. Orlova, Anna. *Grain*. Kesselburg: University of Vilafort Press, 1985.\nLater Prague’s “Russian Action” paid.');
    assert.deepEqual(shown.slice(0, 5), ['Orlova, Anna:person', 'Grain:work', 'Kesselburg:place', 'University of Vilafort Press:organization', 'Prague:place']);
    assert.match(shown[5], /^Russian Action:(?:event|work|organization)$/);
    assert.equal(shown.length, 6);
    // What the text calls it, with a comma before the name.
    assert.deepEqual(namesIn("Orlov's paper, Vasko Vestnik, agreed; the dockers' union, Portkom, struck."), ['Orlov:person', 'Vasko Vestnik:organization', 'Portkom:organization']);
    assert.deepEqual(namesIn('His book has just appeared from Tamlin; she wrote for the weekly "Ostrovia".'), ['Tamlin:organization', 'Ostrovia:organization']);
  });

  it('reads a periodical\'s masthead before its volume as an organisation, and not the volume', () => {
    const index = new CorpusIndex();
    index.setDocument('sources/a.txt', 'THE VILAFORT REVIEW OF BOOKS · Vol. 19 No. 22 · 20 November 2025\n\nEssay\n\nKessel Historical Quarterly, Vol. 4, No. 1\n\nThe argument runs on.\nSee Ostrov Review, Vol. 2.');
    const shown = index.get('sources/a.txt')!.entities.map(withType);
    assert.deepEqual(shown, ['THE VILAFORT REVIEW OF BOOKS:organization', 'Kessel Historical Quarterly:organization', 'Ostrov Review:organization']);
    // Alone on its line in capitals, with its article.
    index.setDocument('sources/b.txt', 'THE KESSEL TIMES \nSaturday edition\n\nThe argument runs on.');
    assert.deepEqual(index.get('sources/b.txt')!.entities.map(withType), ['THE KESSEL TIMES:organization']);
  });

  it('reads a quoted title before an imprint with its year as a work, in any language, and the bare name in that bracket as the publisher', () => {
    const index = new CorpusIndex();
    index.setDocument(
      'sources/a.txt',
      '4. Mara Voss, “Odessa 1919–1920: The Fall of a Port City” (Leeds: Harrow Press, 1991), p. 12; “Dokumenty o zabastovke 1905 goda” (Moscow, 1955); Karl Ott, “The Volga Flotilla”, p. 4.\n5. Ines Wald, "The Mensheviks and the Georgian Question, 1917-1921" (Tamlin, 2004).',
    );
    const shown = index.get('sources/a.txt')!.entities.map(withType);
    assert.deepEqual(shown, [
      'Mara Voss:person',
      // Commas and a colon run through a title and its subtitle; the names inside it are part of it.
      'Odessa 1919–1920: The Fall of a Port City:work',
      'Leeds:place',
      'Harrow Press:organization',
      'Dokumenty o zabastovke 1905 goda:work',
      'Moscow:place',
      'Karl Ott:person',
      // Two quoted titles in one note stay two.
      'The Volga Flotilla:work',
      'Ines Wald:person',
      'The Mensheviks and the Georgian Question, 1917-1921:work',
      'Tamlin:organization',
    ]);
  });

  it('reads titles cited with a publisher or a place in brackets, after an editor, after "published as", and opened by a possessive determiner after a verb', () => {
    const text = [
      'Further reading:',
      '- The Trial of the Sailors (Harrow & Quill, 1937)',
      '- Anna Vask, Back in Time: My Life, My Fate (Oak Park, Mich., 1995)',
      '- Ivo Brandt (ed.), Selected Letters on the Fleet 1921–30 (London: Allison & Busby, 1980)',
      '- Report of the Inquiry into the Charges Made against Ivo Brandt in the Fleet Trials (Harrow, 1938)',
      '- Minutes, August 1917–February 1918 (London: Pluto Press, 1974)',
      '',
      'The verdict was published as Not Guilty in 1938. Here he wrote Their Morals and Ours in 1938, a reply to the Deviation in Our Party.',
    ].join('\n');
    const works = namesIn(text, undefined, withType).filter((n) => n.endsWith(':work'));
    assert.deepEqual(works, [
      'The Trial of the Sailors:work',
      'Back in Time: My Life, My Fate:work',
      'Selected Letters on the Fleet 1921–30:work',
      'Not Guilty:work',
      'Their Morals and Ours:work',
    ]);
    // After the word for its kind of work, a title of two words or more; one word may be the author's name.
    assert.deepEqual(namesIn('He had read the novel Salt at Midnight in 1941 and the pamphlet Grain and Guns. The book Vasko wrote was long.', undefined, withType).filter((n) => n.endsWith(':work')), ['Salt at Midnight:work', 'Grain and Guns:work']);
    // A note's own sentence before its citation is no part of the title.
    const note = namesIn('Notes\n\n5. The Beacon began to appear in Oslo in November 1928. See Brandt, The History of the Beacon (Oslo: Nord, 1944).\n', undefined, withType);
    assert.deepEqual(note.filter((n) => n.endsWith(':work')), ['The History of the Beacon:work']);
  });

  it('reads no title in a reference entry\'s clause before a year in brackets, opened by a past-tense verb', () => {
    const shown = namesIn('Envoy in Berlin until expelled. Negotiated the Treaty of Tartu with Estonia (1920). Moved from Kharkov to London (1923). Wrote Results and Prospects (1906).', undefined, (m) => m.text);
    assert.deepEqual(shown, ['Berlin', 'Treaty of Tartu', 'Estonia', 'Kharkov', 'London', 'Results and Prospects']);
  });

  it('reads names built on names, works cited with their year or emphasis, and types names by the list they are in', () => {
    const shown = namesIn('The St Petersburg Soviet met before the Sixth World Congress of the Comintern. Trotsky set it out in Results and Prospects (1906) and in *The Case of Leon Trotsky*; Kolchak and Makhno fought on. In Sidney Harcave’s First Blood (1964) it is told.', `entities:
  - { id: petersburg, type: place, name: St Petersburg }
  - { id: comintern, type: organization, name: Comintern }
  - { id: kolchak, type: person, name: Alexander Kolchak, aliases: [Kolchak] }
  - { id: trotsky, type: person, name: Leon Trotsky, aliases: [Trotsky] }
`);
    assert.deepEqual(shown, [
      'St Petersburg Soviet:organization',
      'Sixth World Congress of the Comintern:event',
      'Trotsky:trotsky',
      'Results and Prospects:work',
      'The Case of Leon Trotsky:work',
      'Kolchak:kolchak',
      'Makhno:person',
      'Sidney Harcave:person',
      'First Blood:work',
    ]);
  });

  it('types a lone unknown word with no cue as a surname, after its other occurrences and its list have had their say', () => {
    const index = new CorpusIndex();
    index.setDocument('register.yaml', 'entities:\n  - { id: stalin, type: person, name: Joseph Stalin, aliases: [Stalin] }\n');
    index.setDocument('sources/a.txt', 'The KPD let Hitler take power. Later Frunze succeeded him. He spent years on Prinkipo and wrote from Prinkipo. He sailed past the Neva, where Blum and Stalin met.');
    assert.deepEqual(index.get('sources/a.txt')!.entities.map((m) => `${m.text}:${m.id ?? m.type}`), [
      'KPD:organization',
      'Hitler:person',
      'Frunze:person',
      'Prinkipo:place',
      'Prinkipo:place',
      'Neva:place',
      'Blum:person',
      'Stalin:stalin',
    ]);
  });

  it('reads a given name before a registered surname as that person only where the register gives them that name', () => {
    const index = new CorpusIndex();
    index.setDocument('register.yaml', `entities:
  - { id: smirnov-in, type: person, name: Ivan Smirnov, aliases: [Smirnov, I. N. Smirnov] }
  - { id: radek, type: person, name: Radek }
`);
    index.setDocument('sources/a.txt', 'They were Vladimir Smirnov, Ivan Smirnov and Karl Radek.');
    assert.deepEqual(index.get('sources/a.txt')!.entities.map((m) => `${m.text}:${m.id ?? m.type}`), ['Vladimir Smirnov:person', 'Ivan Smirnov:smirnov-in', 'Karl Radek:radek']);
  });

  it('reads a body\'s head noun alone as that body, openly, only where one registered name opens with it', () => {
    const index = new CorpusIndex();
    index.setDocument('register.yaml', `entities:
  - { id: secretariat, type: organization, name: Secretariat of the Central Committee }
  - { id: ecci, type: organization, name: Executive Committee of the Communist International }
  - { id: mrc, type: organization, name: Military Revolutionary Committee }
  - { id: cc, type: organization, name: Committee of Public Safety }
  - { id: trial, type: event, name: Case of the Military Organisation }
`);
    index.setDocument('sources/a.txt', 'Stalin ran the Secretariat. Later the Committee met, and the Case went on; Secretariat staff came.');
    const shown = index.get('sources/a.txt')!.entities.map((m) => `${m.text}:${m.id ?? m.type}${m.shortForm ? ' (short form of ' + m.variant + ')' : ''}`);
    assert.deepEqual(shown.filter((x) => /Secretariat|Committee/.test(x)), ['Secretariat:secretariat (short form of Secretariat of the Central Committee)', 'Committee:organization', 'Secretariat:organization']);
    // "Case" opens an event's name, not a body's: a candidate, not linked.
    const c = index.get('sources/a.txt')!.entities.find((m) => m.text === 'Case')!;
    assert.equal(c.id, null);
    assert.equal(c.variant, undefined);
  });

  it('reads one word of a registered person\'s name as that person where the text names them in full and no one else shares the word', () => {
    const index = new CorpusIndex();
    index.setDocument('register.yaml', `entities:
  - { id: sedova, type: person, name: Natalia Sedova }
  - { id: sun, type: person, name: Sun Yat-sen }
  - { id: radek, type: person, name: Karl Radek }
  - { id: marx, type: person, name: Karl Marx }
`);
    index.setDocument('sources/a.txt', 'Natalia Sedova met Sun Yat-sen. Later Natalia wrote that Sun had aged.');
    const a = index.get('sources/a.txt')!.entities;
    const natalia = a.find((m) => m.text === 'Natalia')!;
    assert.deepEqual([natalia.id, natalia.shortForm, natalia.variant], ['sedova', 'name-part', 'Natalia Sedova']);
    assert.equal(a.find((m) => m.text === 'Sun')!.id, 'sun');
    // Not named in full in this text: no one to refer to.
    index.setDocument('sources/b.txt', 'Later Natalia wrote to Radek.');
    assert.equal(index.get('sources/b.txt')!.entities.find((m) => m.text === 'Natalia')?.id ?? null, null);
    // Two Karls named in full: "Karl" alone stays unlinked.
    index.setDocument('sources/c.txt', 'Karl Radek quoted Karl Marx. Then Karl laughed.');
    assert.equal(index.get('sources/c.txt')!.entities.find((m) => m.text === 'Karl')?.id ?? null, null);
  });

  it('reads a registered person\'s initials and a surname clipped with a full stop in notes as that person, openly, only where one person fits', () => {
    const index = new CorpusIndex();
    index.setDocument('register.yaml', `entities:
  - { id: orlov, type: person, name: Pavel Orlov, aliases: [P. I. Orlov] }
  - { id: vasko, type: person, name: Anna Vaskovich }
  - { id: vasmer, type: person, name: Max Vasmer }
  - { id: brandt, type: person, name: Karl Brandt, aliases: [Karl Ivanovich Brandt] }
  - { id: bauer, type: person, name: Kurt Bauer, aliases: [Kurt Ivo Bauer] }
`);
    index.setDocument('notes/a.md', '- PIO at the plenum; Bran. and Orl. (with PIO) recant. Orl.’s letter. Vas. signed too.\n- Then KIB wrote. Then he met Orl. Later he left.');
    const shown = index.get('notes/a.md')!.entities.map((m) => `${m.text}:${m.id ?? m.type}${m.shortForm ? ` (${m.shortForm})` : ''}`);
    assert.deepEqual(shown, [
      'PIO:orlov (initials)',
      'Bran.:brandt (clipped)',
      'Orl.:orlov (clipped)',
      'PIO:orlov (initials)',
      'Orl.:orlov (clipped)',
      // Two registered surnames begin "Vas": not linked, but still a word cut short with its full stop.
      'Vas.:person',
      // Karl Ivanovich Brandt and Kurt Ivo Bauer share their initials.
      'KIB:organization',
      // A full stop that ends a sentence: the name is cut there, not short.
      'Orl:person',
    ]);
  });

  it('builds names on an abbreviated saint\'s name and on a word the register leaves ambiguous', () => {
    const index = new CorpusIndex();
    index.setDocument('register.yaml', `entities:
  - { id: petrograd, type: place, name: Petrograd, aliases: [St. Petersburg] }
  - { id: soviet-union, type: place, name: Soviet Union, derived: [Soviet] }
  - { id: m1, type: work, name: Manifesto of the Fourth International, aliases: [Manifesto], context: [1940] }
  - { id: m2, type: work, name: Manifesto for an Independent Art, aliases: [Manifesto], context: [Breton] }
`);
    index.setDocument('sources/a.txt', 'He led the St. Petersburg Soviet in 1905. The Zimmerwald Manifesto was signed.');
    assert.deepEqual(index.get('sources/a.txt')!.entities.map((m) => `${m.text}:${m.id ?? m.type}`), ['St. Petersburg Soviet:organization', 'Zimmerwald Manifesto:work']);
  });

  it('runs a work\'s title on through its subtitle, and keeps its article mid-sentence', () => {
    const index = new CorpusIndex();
    index.setDocument('register.yaml', `entities:
  - { id: my-life, type: work, name: My Life }
  - { id: trotsky, type: person, name: Leon Trotsky, aliases: [Trotsky] }
`);
    index.setDocument('sources/a.txt', 'He reread My Life: An Attempt at an Autobiography and The Prophet Outcast: Trotsky 1929–1940 (1963). He wrote My Life: The rest is silence. He called it My Life: Trotsky the exile.');
    const works = index.get('sources/a.txt')!.entities.filter((m) => m.type === 'work').map((m) => `${m.text}:${m.id ?? 'candidate'}`);
    assert.deepEqual(works, ['My Life: An Attempt at an Autobiography:my-life', 'The Prophet Outcast: Trotsky 1929–1940:candidate', 'My Life:my-life', 'My Life:my-life'], 'no subtitle: a bare article, or one word a sentence runs on from');
    // Nor a place after a preposition: where the work was written.
    index.setDocument('sources/b.txt', 'He had finished The Prophet Armed in Norway, and The Prophet Armed in Retreat was another book.');
    index.setDocument('register.yaml', 'entities:\n  - { id: armed, type: work, name: The Prophet Armed }\n');
    assert.deepEqual(index.get('sources/b.txt')!.entities.map((m) => `${m.text}:${m.id ?? m.type}`), ['The Prophet Armed:armed', 'Norway:place', 'The Prophet Armed in Retreat:work']);
  });

  it('reads unmarked titles: between an author and the imprint, and after an article capitalised mid-sentence', () => {
    const index = new CorpusIndex();
    index.setDocument('register.yaml', `entities:
  - { id: my-life, type: work, name: My Life }
  - { id: betrayed, type: work, name: The Revolution Betrayed }
  - { id: trotsky, type: person, name: Leon Trotsky, aliases: [Trotsky] }
`);
    index.setDocument(
      'sources/a.txt',
      "1 Bertrand M. Patenaude, Stalin's Nemesis: The Exile and Murder of Leon Trotsky (London: Faber and Faber, 2009), p. 3; Trotsky, My Life: An Attempt at an Autobiography (New York: Scribner, 1930); on the trials, Robert Conquest, The Great Terror (London: Macmillan, 1968); Isaac Deutscher, The Prophet Armed and The Prophet Outcast (London: Oxford University Press, 1954–63).\n" +
        'He quoted Machiavelli’s The Prince, and Carr, whose A History of Soviet Russia was long, read The Times in The Hague. He cited The Revolution Betrayed and My Life.\n' +
        '## Resolution Of The Tenth Congress Of The R.C.P.\nFurther reading: Alexander Rabinowitch, The Bolsheviks Come to Power (1976); CARR Edward, The Interregnum 1923-1924, Pelican (1969).',
    );
    const works = index.get('sources/a.txt')!.entities.filter((m) => m.type === 'work').map((m) => `${m.text}:${m.id ?? 'candidate'}`);
    assert.deepEqual(works, [
      "Stalin's Nemesis: The Exile and Murder of Leon Trotsky:candidate",
      'My Life: An Attempt at an Autobiography:my-life',
      'The Great Terror:candidate',
      'The Prophet Armed:candidate',
      'The Prophet Outcast:candidate',
      'The Prince:candidate',
      'A History of Soviet Russia:candidate',
      'The Revolution Betrayed:betrayed',
      'My Life:my-life',
      'The Bolsheviks Come to Power:candidate',
      'The Interregnum 1923-1924:candidate',
    ]);
  });

  it('reads a note that opens with a title before its imprint, a party\'s "(b)" and two places of publication included', () => {
    const index = new CorpusIndex();
    index.setDocument('register.yaml', 'entities:\n  - { id: lenin, type: person, name: Vladimir Lenin, aliases: [Lenin, V. I. Lenin] }\n');
    index.setDocument(
      'sources/a.txt',
      'Text.\n\n19. Protokoly Tsentral’nogo Komiteta RSDRP(b): Avgust 1917 – fevral’ 1918 (Moscow: Gospolitizdat, 1958), 167–73.\n' +
        '22. Winfried Baumgart, Deutsche Ostpolitik 1918: Von Brest-Litowsk bis zum Ende des Ersten Weltkrieges (Vienna and Munich: Oldenbourg, 1966), 13.\n' +
        '24. V. I. Lenin, “Strange and Monstrous”, in Collected Works, vol. 27 (Moscow: Progress Publishers, 1965), 68.\n' +
        '25. Lenin to Trotsky, 21 December 1922, Collected Works, vol. 45 (Moscow: Progress Publishers, 1970), 604.\n' +
        '[3] Richard Pipes, ed., The Unknown Lenin: From the Secret Archive (New Haven: Yale University Press, 1996), p. 50.\n' +
        '4. Anna Weber, *Grain and the Village: A Study of Requisitioning*, trans. Peter Hall (Leeds: Norfolk Press, 1981), 12.\n',
    );
    const works = index.get('sources/a.txt')!.entities.filter((m) => m.type === 'work').map((m) => m.text);
    assert.deepEqual(works, [
      'Protokoly Tsentral’nogo Komiteta RSDRP(b): Avgust 1917 – fevral’ 1918',
      'Deutsche Ostpolitik 1918: Von Brest-Litowsk bis zum Ende des Ersten Weltkrieges',
      'Strange and Monstrous',
      'Collected Works',
      'Collected Works',
      'The Unknown Lenin: From the Secret Archive',
      // Emphasis marks the title after its author's comma; the author stays a person.
      'Grain and the Village: A Study of Requisitioning',
    ]);
    assert.ok(index.get('sources/a.txt')!.entities.some((m) => m.text === 'Anna Weber' && m.type === 'person'));
  });

  it('reads a quoted Title-Case phrase as a title where the text says so, and not a quoted nickname or term', () => {
    const index = new CorpusIndex();
    index.setDocument('register.yaml', `entities:
  - { id: russia, type: place, name: Russia }
  - { id: marx, type: person, name: Karl Marx, aliases: [Marx], derived: [Marxism] }
  - { id: kolchak, type: person, name: Alexander Kolchak, aliases: [Kolchak] }
`);
    index.setDocument(
      'sources/a.txt',
      'As he put it in “Marxism and Insurrection”, the chapter "Who Led the Uprising?" and an article called "The Crisis Has Matured" agree. Bukharin’s "Notes of an Economist" and the proclamation “To the Citizens of Russia!” followed.\n' +
        'Kolchak "Supreme Ruler" ruled; the period of “Dual Power,” and the myth of “Lenin versus the Party” were quoted. He shouted “Down With the War!” and left.',
    );
    index.setDocument('sources/b.txt', 'A review.\n\nVolume One: The Overthrow of Tsarism\n\nIt opens in February.\n\nPart II. The Triumph of the Soviets\n\nChapter 7\n\nIt ends.');
    assert.deepEqual(index.get('sources/b.txt')!.entities.filter((m) => m.type === 'work').map((m) => m.text), ['The Overthrow of Tsarism', 'The Triumph of the Soviets'], 'a part of a work titled on a line of its own');
    const works = index.get('sources/a.txt')!.entities.filter((m) => m.type === 'work').map((m) => m.text);
    assert.deepEqual(works, ['Marxism and Insurrection', 'Who Led the Uprising?', 'The Crisis Has Matured', 'Notes of an Economist', 'To the Citizens of Russia!']);
    // Single typographic quotes, with an apostrophe inside; a title dated after a comma; the next title in a list;
    // a collection and an author's other books.
    index.setDocument(
      'sources/c.txt',
      'Orlova’s ‘The Tale of the Workers’ Quarrel’ hinted at it; the trilogy (“The Iron Road”, 1954; “The Salt Road”, 1959) followed. In “The Interregnum” and “Fields of Ash” he wrote little; the collection “Exodus to the North” and the author of “Kessel: A Biography” agree. His diary, published as “Days in Exile”, and Orlova’s own “Brandt and the Baltic Left” followed; Vasko spoke on “Leninism or Orlovism?”.',
    );
    assert.deepEqual(index.get('sources/c.txt')!.entities.filter((m) => m.type === 'work').map((m) => m.text), [
      'The Tale of the Workers’ Quarrel',
      'The Iron Road',
      'The Salt Road',
      'The Interregnum',
      'Fields of Ash',
      'Exodus to the North',
      'Kessel: A Biography',
      'Days in Exile',
      'Brandt and the Baltic Left',
      'Leninism or Orlovism?',
    ]);
      // An article before a capital opens a title wherever it is double-quoted; "whose own" is an author's.
    // So does "wrote" before a quoted title, and "means" before a translated one.
    index.setDocument('sources/d.txt', 'The evidence filled “The Case of Pavel Orlov”; readers of "A History of the Kessel Left" knew it. Brandt, whose own "Orlov: Downfall of a Leader" had appeared, said “no” and ‘The Old Man’ smiled. Vasko wrote "Leninism or Orlovism?"; the title means “Night over the fjord”. He read from “Salt over Kessel”; ‘Notes of a Stoker’ appeared in 1926.');
    assert.deepEqual(index.get('sources/d.txt')!.entities.filter((m) => m.type === 'work').map((m) => m.text), ['The Case of Pavel Orlov', 'A History of the Kessel Left', 'Orlov: Downfall of a Leader', 'Leninism or Orlovism?', 'Night over the fjord', 'Salt over Kessel', 'Notes of a Stoker']);
  });

  it('reads a title after someone\'s possessive or "whose", quoted or not, but not a body, an event, a people or a headline', () => {
    const index = new CorpusIndex();
    index.setDocument('register.yaml', `entities:
  - { id: red-army, type: organization, name: Red Army }
  - { id: volya, type: organization, name: Narodnaya Volya }
`);
    index.setDocument(
      'sources/a.txt',
      'Zheliabov\'s Narodnaya Volya struck. Isaacs, whose “The Tragedy of the Chinese Revolution” (1938) appeared late, and Malraux’s “La Condition humaine”, in English “Man’s Fate”, agree. ' +
        'Reed\'s Ten Days That Shook the World and Sukhanov\'s Notes on the Revolution are read; so is Fischer\'s Griff nach der Weltmacht. ' +
        'Trotsky\'s Red Army, Stalin\'s Great Purge, Lenin\'s Old Bolsheviks and Moscow\'s Bolshoi Theatre are no books.\n\nOnce Lenin\'s Right Hand, He Lost the Struggle for Power to Stalin\n',
    );
    const works = index.get('sources/a.txt')!.entities.filter((m) => m.type === 'work').map((m) => m.text);
    assert.deepEqual(works, ['The Tragedy of the Chinese Revolution', 'La Condition humaine', 'Man’s Fate', 'Ten Days That Shook the World', 'Notes on the Revolution', 'Griff nach der Weltmacht']);
    assert.ok(index.get('sources/a.txt')!.entities.some((m) => m.text === 'Red Army' && m.id === 'red-army'));
    // After a possessive, a registered body's name is that body.
    assert.deepEqual(index.get('sources/a.txt')!.entities.filter((m) => m.id === 'volya').map((m) => m.text), ['Narodnaya Volya']);
  });

  it('reads an inverted name that opens a bibliography entry before its title, whatever the given name', () => {
    const index = new CorpusIndex();
    index.setDocument('sources/a.txt', 'Reading\n\n1. Okafor, Chidi. *Grain and Guns*. Leeds: Harrow Press, 1988.\n2. Lindqvist, Bryan D. *The Long Strike*. Oslo: Nord, 2001.\n- Haverford, Constance Ashby. “The Depot”. 1979.\n\nIn Leeds, Chidi wrote.\n');
    const people = index.get('sources/a.txt')!.entities.filter((m) => m.type === 'person').map((m) => m.text);
    assert.deepEqual(people, ['Okafor, Chidi', 'Lindqvist, Bryan D.', 'Haverford, Constance Ashby', 'Chidi']);
    // Behind an en dash's bullet or a wiki note's caret, in a reading list's author-year style, and with an initial before the given name.
    index.setDocument('sources/b.txt', 'Reading\n\n– Okafor, C. (1994) *Grain and Guns*. Leeds: Harrow.\n2. ^ Lindqvist, Bryan. The Long Strike. Oslo: Nord, 2001.\n– Haverford, J. Arch. Origins of the Strike. 1985.\n');
    assert.deepEqual(index.get('sources/b.txt')!.entities.filter((m) => m.type === 'person').map((m) => m.text), ['Okafor, C.', 'Lindqvist, Bryan', 'Haverford, J. Arch']);
  });

  it('reads the title of a bibliography entry between its inverted author (or year) and its imprint or credits', () => {
    const text = [
      'Reading',
      '– Okafor, Chidi. Grain under Orlov: Requisition and the Culture of Resistance. New York: Harrow, 1996.',
      '– Lindqvist, B. (1994) The Long Strike: Resistance in the Kessel Mills. Oslo: Nord.',
      '– Haverford, J. Arch. Vasko, Vol. I: Paradoxes of Power, 1878–1928. Cambridge UP, 1985.',
      '– Brandt, Ivo, ed. Orlovism: Essays in Interpretation. New York: Norton, 1977.',
      '– Vask, Anna. Memoirs of a Revolutionary, tr. Peter Hale. Oxford UP, 1963.',
    ].join('\n');
    assert.deepEqual(namesIn(text, undefined, withType).filter((n) => n.endsWith(':work')), [
      'Grain under Orlov: Requisition and the Culture of Resistance:work',
      'The Long Strike: Resistance in the Kessel Mills:work',
      'Vasko, Vol. I: Paradoxes of Power, 1878–1928:work',
      'Orlovism: Essays in Interpretation:work',
      'Memoirs of a Revolutionary:work',
    ]);
    // An index's heading is no entry: its last initial before the colon opens no title.
    assert.deepEqual(namesIn('- Haverford, J. A.: speech at Kessel Mills (Dec. 1927), 204\n', undefined, withType).filter((n) => n.endsWith(':work')), []);
    // A registered title runs on through a subtitle, not into another book that opens with it.
    const register = 'entities:\n  - { id: strike, type: work, name: The Long Strike }\n';
    assert.deepEqual(namesIn('Reading\n– Vask, Anna. The Long Strike: A History. Oslo: Nord, 1990.\n– Vask, Anna. The Long Strike and the Fleet. Oslo: Nord, 1992.\n', register).filter((n) => !n.startsWith('Vask')), ['The Long Strike: A History:strike', 'Oslo:place', 'Nord:organization', 'The Long Strike and the Fleet:work', 'Oslo:place', 'Nord:organization']);
  });

  it('reads a bibliography\'s inverted names as one person, linked where the surname is registered', () => {
    const index = new CorpusIndex();
    index.setDocument('register.yaml', `entities:
  - { id: trotsky, type: person, name: Leon Trotsky, aliases: [Trotsky] }
  - { id: deutscher, type: person, name: Isaac Deutscher, aliases: [Deutscher] }
  - { id: moscow, type: place, name: Moscow }
`);
    index.setDocument('sources/a.txt', 'DEUTSCHER Isaac, Trotsky, 1979.\n\nTROTSKY Léon, Ma vie, Paris.\n\nSORLIN Pierre, La société, 1964.\n- Deutscher, Isaac. The Prophet Armed. 1954.\n3. Carr, E. H. The Interregnum. 1954.\nConte, Francis. *Christian Rakovski*. Boulder, 1989.\nTROTSKY, Leon Davidovich (1879–1940)\nFolder 13. Sedov, Lev, 1906–1938. In Moscow, Lev wrote.\n\nLater Trotsky, Isaac and Carr met. Cf. L. D. Trotskii, Moia zhizn\'. Lenin wrote to P. G. Mdivani, F. Y. Makharadze and others.\nCannon, James P. *The History of American Trotskyism*. New York, 1944.\nSee also: Moscow Trials; Sedov, Lev; Klement, Rudolf.');
    const shown = index.get('sources/a.txt')!.entities.filter((m) => m.type === 'person').map((m) => `${m.text}:${m.id ?? m.type}`);
    assert.deepEqual(shown, [
      'DEUTSCHER Isaac:deutscher',
      'Trotsky:trotsky',
      'TROTSKY Léon:trotsky',
      'SORLIN Pierre:person',
      'Deutscher, Isaac:deutscher',
      'Carr, E. H.:person',
      // Sentence-initial, but at the head of an entry before a given name.
      'Conte, Francis:person',
      'TROTSKY, Leon Davidovich:trotsky',
      // A catalogue entry's head, after its label.
      'Sedov, Lev:person',
      'Lev:person',
      // Mid-sentence, a comma lists names.
      'Trotsky:trotsky',
      'Isaac:person',
      'Carr:person',
      // Initials and another transliteration of a registered surname.
      'L. D. Trotskii:trotsky',
      // First in its sentence, but no English word: a name.
      'Lenin:person',
      // An initial's full stop opens no entry: two names in a list, not "Mdivani, F. Y.".
      'P. G. Mdivani:person',
      'F. Y. Makharadze:person',
      // A middle initial before an emphasised title; an entry in a list that semicolons separate.
      'Cannon, James P.:person',
      'Sedov, Lev:person',
      'Klement, Rudolf:person',
    ]);
  });

  it('reads a newspaper deck as a heading: its capitalised words are names only where the body has them too', () => {
    const shown = namesIn('KERENSKY DEFIES GENERAL\n\nPetrograd Council Backs Premier Against Cossack Chief’s March.\n\nThen General Kaledin did not march. The council met in Petrograd.', undefined, (m) => m.text);
    assert.deepEqual(shown, ['Kaledin', 'Petrograd']);
  });

  it('learns given names and head words\' types from the register\'s own names', () => {
    const shown = namesIn('Later Moshe wrote that the Synod of Arles was forgotten; Lewin agreed.', `entities:
  - { id: lewin, type: person, name: Moshe Lewin }
  - { id: constance, type: event, name: Synod of Constance }
  - { id: whitby, type: event, name: Synod of Whitby }
`);
    // A registered person's bare surname, where the register lists only the full name, is that person.
    assert.deepEqual(shown, ['Moshe:person', 'Synod of Arles:event', 'Lewin:lewin']);
  });

  it('reads an emphasised newspaper as an organisation, and keeps a registered one linked', () => {
    const shown = namesIn('It ran in *Pravda* and in *Byulleten’ Oppozitsii*, not in *Stalin* or *The Third International After Lenin*, nor in *Novy Mir* or *The New International*.', `entities:
  - { id: pravda, type: organization, name: Pravda }
  - { id: new-international, type: organization, name: New International }
  - { id: stalin, type: person, name: Joseph Stalin, aliases: [Stalin] }
`);
    assert.deepEqual(shown, ['Pravda:pravda', 'Byulleten’ Oppozitsii:organization', 'Stalin:work', 'The Third International After Lenin:work', 'Novy Mir:organization', 'The New International:new-international']);
  });

  it('reads a name completed by a lower-case head or street word, a registered name\'s too before an event\'s or a work\'s head, and bodies named after a nation or with a possessive', () => {
    const shown = namesIn('From the Kazan station he went to the rue Lacretelle, and wrote via Zorvan; the Zinoviev letter and the Shakhty trial followed. Zinoviev left Kazan; the Zinoviev party met in the Zinovievist camp. The Norwegian Labour Party wrote to the People’s Commissariat of Health and to Charles Scribner’s Sons, and cabled the Council of People’s Commissaries.', `entities:
  - { id: zinoviev, type: person, name: Grigory Zinoviev, aliases: [Zinoviev] }
`);
    assert.deepEqual(shown, [
      'Kazan station:place',
      'rue Lacretelle:place',
      // "via" in English is "by way of".
      'Zorvan:place',
      // A registered name gives its word to the letter named after him, as to a trial or a conference named after a place.
      'Zinoviev letter:work',
      'Shakhty trial:event',
      'Zinoviev:zinoviev',
      'Kazan:place',
      // Not before "party": a registered name keeps its mention there.
      'Zinoviev:zinoviev',
      // A follower's adjective names no place: the camp is the Zinovievists'.
      'Zinovievist:zinoviev',
      'Norwegian Labour Party:organization',
      'People’s Commissariat of Health:organization',
      'Charles Scribner’s Sons:organization',
      // The wire services' "Commissaries" for Commissars.
      'Council of People’s Commissaries:organization',
    ]);
  });

  it('reads two capitals as the initials of the one registered body or person of two words they fit, not before an archive\'s number', () => {
    const shown = namesIn('- WO theses at the plenum; KO (with AV) agreed; the UK sided; see PA I, Karton 10.', `entities:
  - { id: wo, type: group, name: Workers' Opposition }
  - { id: ko, type: group, name: Kessel Opposition }
  - { id: kv, type: group, name: Kessel Vanguard }
  - { id: avrich, type: person, name: Anna Vasko }
  - { id: pa, type: person, name: Pavel Arkin }
`, (m) => `${m.text}:${m.id ?? m.type}${m.shortForm ? ` (${m.shortForm})` : ''}`);
    assert.ok(shown.includes('KO:ko (initials)') && shown.includes('AV:avrich (initials)'), shown.join(', '));
    assert.ok(!shown.some((n) => n.startsWith('PA') || n.startsWith('UK')), shown.join(', '));
  });

  it('keeps a newspaper\'s capitalised "The" mid-sentence, and a number joined by a hyphen at a name\'s end', () => {
    assert.deepEqual(namesIn('He read it in The Kessel Times and signed the Declaration of the Twenty-Two with the Secretary-General.', undefined, withType), ['The Kessel Times:organization', 'Declaration of the Twenty-Two:work']);
  });

  it('reads a dispatch\'s dateline: its place, its agency\'s possessive name in brackets, and the first sentence after ".--"', () => {
    assert.deepEqual(namesIn("COPENHAGEN, Jan. 13 (Reuter's).--According to Kessel papers, Orlov left.", undefined, withType), ['COPENHAGEN:place', "Reuter's:organization", 'Kessel:place', 'Orlov:person']);
  });

  it('keeps the full stop of a word cut short in notes, but not of a name that ends a sentence', () => {
    assert.deepEqual(namesIn('Shl. and Kol. argued at the 10th Cong., where Vasko spoke. (He came from Kessel.) Then Brandt.', undefined, (m) => m.text), ['Shl.', 'Kol.', '10th Cong.', 'Vasko', 'Kessel', 'Brandt']);
  });

  it('reads a registered body named with its state as that body, the state inside its name', () => {
    const shown = namesIn('He sat on the Revolutionary Military Council of the Republic from 1918 and visited the Soviet Union.', `entities:
  - { id: rvs, type: organization, name: Revolutionary Military Council }
  - { id: ussr, type: place, name: Soviet Union }
`);
    assert.deepEqual(shown, ['Revolutionary Military Council of the Republic:rvs', 'Soviet Union:ussr']);
    // And with its party: "of the VKP(b)", "of the Central Committee of the VKP(b)"; not "of the Party", which annotators leave out.
    const party = namesIn('The Politburo of the Central Committee of the VKP(b) met; the Central Committee of the RKP(b) and the Central Committee of the Party agreed.', `entities:
  - { id: politburo, type: organization, name: Politburo }
  - { id: cc, type: organization, name: Central Committee }
`);
    assert.deepEqual(party, ['Politburo of the Central Committee of the VKP(b):politburo', 'Central Committee of the RKP(b):cc', 'Central Committee:cc']);
  });

  it('reads a school or a college as a body, with a saint\'s or a king\'s possessive inside its name', () => {
    const shown = namesIn('He taught at the Halvorsen School, then at King’s College and at St Anselm’s Realschule, near St Mark’s Square. King Haakon came.', undefined, withType);
    assert.deepEqual(shown, ['Halvorsen School:organization', 'King’s College:organization', 'St Anselm’s Realschule:organization', 'St Mark’s Square:place', 'Haakon:person']);
  });

  it('reads a plot or a rising named after a person or a party, a registered party\'s adjective of several words included, but not its other heads', () => {
    const shown = namesIn('In 1918 the Halvorsen plot was exposed and the Left SR rising failed, as did the Spartacist rising; the Left SR leaders fled. A Marxist crisis of faith followed.', `entities:
  - { id: left-srs, type: group, name: Left Socialist Revolutionaries, derived: [Left SR] }
`);
    assert.deepEqual(shown, ['Halvorsen plot:event', 'Left SR rising:event', 'Spartacist rising:event', 'Left SR:left-srs']);
    // An unknown name's resolution is a work; a registered body's is the body's.
    assert.deepEqual(namesIn('The crews passed the Vanadis resolution, and the Opposition declaration followed.', `entities:
  - { id: opp, type: group, name: Opposition }
`), ['Vanadis resolution:work', 'Opposition:opp']);
  });

  it('reads a factory named by a lower-case "works" or "mill" after its article, but not a person who works', () => {
    const shown = namesIn('The men of the Orlenko works and the Brandt mill struck; the Vasko-Ferris strike followed. Now Liova works in the office.', undefined, withType);
    assert.deepEqual(shown, ['Orlenko works:organization', 'Brandt mill:organization', 'Vasko-Ferris strike:event', 'Liova:person']);
  });

  it('types a ship named after its class word as an organisation, with its partner in a list', () => {
    const shown = namesIn('The crews of the battleships Petrovsk and Sevastopol met; the tanker Ruth sailed for Tampico.', undefined, withType);
    assert.deepEqual(shown, ['Petrovsk:organization', 'Sevastopol:organization', 'Ruth:organization', 'Tampico:place']);
  });

  it('reads a word before a registered body of one word as another body, even where the word is also common, and a body named after a place', () => {
    const shown = namesIn('The military men met. Then the Military Opposition spoke, and the Kessel Opposition; among the accused were the Old Bolsheviks Grigory Zinoviev and others. The Opposition lost.', `entities:
  - { id: opposition, type: group, name: Left Opposition, aliases: [Opposition] }
  - { id: bolsheviks, type: group, name: Bolsheviks }
  - { id: kessel, type: place, name: Kessel }
  - { id: zinoviev, type: person, name: Grigory Zinoviev }
`);
    assert.deepEqual(shown, ['Military Opposition:group', 'Kessel Opposition:group', 'Old Bolsheviks:group', 'Grigory Zinoviev:zinoviev', 'Opposition:opposition']);
  });

  it('reads a name built on derived forms joined by hyphens or an en dash, up to a head the register lacks, as one body or event', () => {
    const shown = namesIn('The Orlovite–Brandtist Terrorist Centre and the Anti-Soviet Orlovite Centre were tried after the Orlov–Vasko Pact; the Orlov–Brandt quarrel went on.', `entities:
  - { id: orlov, type: person, name: Pavel Orlov, aliases: [Orlov] }
  - { id: brandt, type: person, name: Karl Brandt, aliases: [Brandt] }
  - { id: ussr, type: place, name: Soviet Union, derived: [Soviet] }
`);
    assert.deepEqual(shown, ['Orlovite–Brandtist Terrorist Centre:organization', 'Anti-Soviet Orlovite Centre:organization', 'Orlov–Vasko Pact:event', 'Orlov:orlov', 'Brandt:brandt']);
  });

  it('reads a body named for a registered one, "for" or "de" between them, a firm with an ampersand in an imprint, and a body apart from the person who led it', () => {
    const shown = namesIn('The Movement for the Fourth International met at the Museo Casa de Pavel Orlov (Leeds: Brandt & Vasko, 1990); the Harbour Guards of Ilmar Vaskin Ruud fired; Kolchak & Denikin retreated.', `entities:
  - { id: fi, type: organization, name: Fourth International }
  - { id: orlov, type: person, name: Pavel Orlov, aliases: [Orlov] }
`);
    assert.deepEqual(shown, [
      'Movement for the Fourth International:organization',
      'Museo Casa de Pavel Orlov:organization',
      'Leeds:place',
      'Brandt & Vasko:organization',
      'Harbour Guards:organization',
      'Ilmar Vaskin Ruud:person',
      // In running text an ampersand lists two people.
      'Kolchak:person',
      'Denikin:person',
    ]);
  });

  it('reads a double-barrelled name that opens a sentence as a name, but not an adjective of two peoples', () => {
    assert.deepEqual(namesIn('He left. Sørby-Kessler shows that it was so. Anglo-Soviet trade grew; Sino-Japanese talks failed. Well-Known men came.', undefined, (m) => m.text), ['Sørby-Kessler']);
  });

  it('reads "August" as a given name before a surname but as the month after a preposition; a putsch by its place; a body by a place of two words; a hall and its palace as two', () => {
    assert.deepEqual(
      namesIn('After the Kessel putsch, Ilse Brandt and August Vaskov agreed; in August Vaskov left. The Nizhny Orlov Soviet met in the Vasko Hall of the Tauride Palace.', `entities:
  - { id: soviets, type: organization, name: soviets, aliases: [Soviet] }
  - { id: nizhny, type: place, name: Nizhny Orlov }
  - { id: tauride, type: place, name: Tauride Palace }
`),
      ['Kessel putsch:event', 'Ilse Brandt:person', 'August Vaskov:person', 'Vaskov:person', 'Nizhny Orlov Soviet:organization', 'Vasko Hall:place', 'Tauride Palace:tauride'],
    );
  });

  it('reads a word in -ists listed after another party\'s name as a party, never a surname', () => {
    const shown = namesIn('It was a cabinet of Kadets and Octobrists. He and Leninists argued.', `entities:
  - { id: lenin, type: person, name: Vladimir Lenin, aliases: [Lenin] }
`);
    assert.ok(shown.includes('Kadets:organization') && shown.some((x) => x.startsWith('Octobrists:') && x !== 'Octobrists:person'), shown.join(' | '));
    assert.ok(shown.includes('Leninists:lenin'), shown.join(' | '));
  });

  it('reads a season or a month that opens an event\'s name with it, but not before another name', () => {
    assert.deepEqual(namesIn('Her feature was on the Winter War; the Spring Offensive failed; in winter Vasko left after the May Days.', undefined, withType), ['Winter War:event', 'Spring Offensive:event', 'Vasko:person', 'May Days:event']);
  });

  it('reads a nationality adjective before a known place as a mention of its own', () => {
    assert.deepEqual(namesIn('They fought in Austrian Galicia; the Spanish Republic fell.', undefined, (m) => `${m.text}:${m.type}${m.derived ? ' (derived)' : ''}`), ['Austrian:place (derived)', 'Galicia:place', 'Spanish Republic:place']);
  });

  it('reads a person of unknown words "of" a body as two names, and a body\'s acronym before "station" as the body', () => {
    assert.deepEqual(namesIn('Ilmar Vaskin of the University of Kessel wrote of the NKVD station in Vilafort.', undefined, withType), ['Ilmar Vaskin:person', 'University of Kessel:organization', 'NKVD:organization', 'Vilafort:place']);
  });

  it('reads a hyphen typed with spaces as a dash between two names, not inside one, and keeps a hyphenated name\'s small words', () => {
    const shown = namesIn('Minutes: Kessel - Brandt Commission met the Vasko-Ferris group in Orlov-on-Vasa and Vaux-sur-Ombre; Pak Un-sok came, and the C-in-C Brell.', undefined, (m) => m.text);
    assert.deepEqual(shown, ['Kessel', 'Brandt Commission', 'Vasko-Ferris', 'Orlov-on-Vasa', 'Vaux-sur-Ombre', 'Pak Un-sok', 'Brell']);
  });

  it('types a candidate by its head word: streets, buildings, festivals, film companies and archives in other languages', () => {
    const shown = namesIn('Shots were fired on the Zorvanny Prospect and near the Cathedral of the Transfiguration, by the Ostrovian Rifles. The Kessel Film Festival chose a film by Ombra Films from the Arxiu Municipal de Vilafort. Police of the French Concession and the International Settlement met.', undefined, withType);
    assert.deepEqual(shown, [
      'Zorvanny Prospect:place',
      // The head before "of" names what the thing is.
      'Cathedral of the Transfiguration:place',
      'Ostrovian Rifles:organization',
      'Kessel Film Festival:event',
      'Ombra Films:organization',
      'Arxiu Municipal de Vilafort:organization',
      // A place's head word outweighs a body's word inside the name.
      'French Concession:place',
      'International Settlement:place',
    ]);
  });

  it('knows the period\'s names of places that the modern gazetteer lacks', () => {
    const index = new CorpusIndex();
    // No preposition or head word says so: only the name itself.
    index.setDocument('sources/a.txt', 'Helsingfors was quiet; Lemberg and Nanking waited. Kazimir Brell wrote. Ships crossed the Pacific; the Far Eastern Republic fell, and the Republic was saved by a Social-Democratic vote.');
    const shown = index.get('sources/a.txt')!.entities.map(withType);
    // A name ending in -ic is an adjective unless it is a known place or a republic of more than one word.
    assert.deepEqual(shown, ['Helsingfors:place', 'Lemberg:place', 'Nanking:place', 'Kazimir Brell:person', 'Pacific:place', 'Far Eastern Republic:place']);
  });

  it('reads another thing named after a nation or a quarter as a name of its own, and leaves a prison\'s common noun outside it', () => {
    const shown = namesIn('The Spanish Civil War and the Civil War, the Spanish Communist Party, a Spanish Thermidor, the Spanish Bolsheviks. They left Eastern Europe and Europe. He sat in Kresty prison.', `entities:
  - { id: civil-war, type: event, name: Russian Civil War, aliases: [Civil War] }
  - { id: cp, type: organization, name: Communist Party }
  - { id: thermidor, type: event, name: Thermidor }
  - { id: europe, type: place, name: Europe }
  - { id: spain, type: place, name: Spain, derived: [Spanish] }
  - { id: bolsheviks, type: group, name: Bolsheviks }
`);
    assert.deepEqual(shown, [
      'Spanish Civil War:event',
      'Civil War:civil-war',
      'Spanish Communist Party:organization',
      // A one-word event after a nationality is a likeness; a group keeps its nation apart.
      'Spanish:spain',
      'Thermidor:thermidor',
      'Spanish:spain',
      'Bolsheviks:bolsheviks',
      'Eastern Europe:place',
      'Europe:europe',
      'Kresty:place',
    ]);
  });

  it('reads a registered party with "of" and a country after it as another party', () => {
    const shown = namesIn('He joined the Communist Party of Poland, and later the Communist Party.', `entities:
  - { id: cp, type: organization, name: Communist Party }
  - { id: poland, type: place, name: Poland }
`);
    assert.deepEqual(shown, ['Communist Party of Poland:organization', 'Communist Party:cp']);
  });

  it('reads a 1917 dispatch: offices, bodies with possessives, a sentence\'s common noun before "of"', () => {
    const shown = namesIn('M. Savinkoff, Acting Minister of War, spoke. The Council of Workmen’s and Soldiers’ Delegates voted. Troops of the Savage Division advanced; the Soviet of Workers’ Deputies met.', undefined, withType);
    assert.deepEqual(shown, ['M. Savinkoff:person', 'Council of Workmen’s and Soldiers’ Delegates:organization', 'Savage Division:organization', 'Soviet of Workers’ Deputies:organization']);
  });

  it('reads a long newspaper deck with commas as a heading, and two titles joined by "and" as two', () => {
    const shown = namesIn('TROTSKY DIES IN MEXICO\n\nExiled Bolshevik Chief, Founder of the Red Army, Succumbs 26 Hours After Attack by Friend at Coyoacan Home\n\nHe had read The Prophet Unarmed and The Prophet Outcast with the Socialist Workers party.', `entities:
  - { id: unarmed, type: work, name: The Prophet Unarmed }
`);
    // The headline is the clipping's own title, a work; the deck's capitals tell nothing.
    assert.deepEqual(shown, ['TROTSKY DIES IN MEXICO:work', 'The Prophet Unarmed:unarmed', 'The Prophet Outcast:work', 'Socialist Workers party:organization']);
  });

  it('reads names in a headline set in capitals where the text names them elsewhere or they are known places, and a dispatch\'s dateline', () => {
    const index = new CorpusIndex();
    index.setDocument('register.yaml', 'entities:\n  - { id: lenin, type: person, name: Vladimir Lenin, aliases: [Lenin, Lenine] }\n');
    index.setDocument(
      'sources/a.txt',
      '12. LENINE WOUNDED; VOLODARSKY SLAIN; MOB AT SMOLNY GATES\n\nCOPENHAGEN, Aug. 31 (United Press).--Lenine was wounded today, and Volodarsky, the commissar, was killed in June.\n\nTHE GREAT RETREAT BEGINS\n',
    );
    const shown = index.get('sources/a.txt')!.entities.map((m) => `${m.text}:${m.id ?? m.type}`);
    assert.deepEqual(shown, ['LENINE:lenin', 'VOLODARSKY:person', 'COPENHAGEN:place', 'United Press:organization', 'Lenine:lenin', 'Volodarsky:person']);
  });

  it('names a body in full after an ordinal, and a different body after other words; keeps a heading\'s known places and names seen in the body', () => {
    const shown = namesIn('## The South: Tsaritsyn and Denikin\n\nThe First Duma met; the Bulygin Duma never did, and the 1st Cavalry Army rode while Denikin waited.', `entities:
  - { id: duma, type: organization, name: State Duma, aliases: [Duma] }
`);
    assert.deepEqual(shown, ['Tsaritsyn:place', 'Denikin:person', 'First Duma:duma', 'Bulygin Duma:organization', '1st Cavalry Army:organization', 'Denikin:person']);
  });

  it('reads a month or season before an event\'s name as its first word, not a date', () => {
    const index = new CorpusIndex();
    index.setDocument('sources/a.txt', 'After the March Days in Baku and the Winter Offensive, the May Fourth Movement spread. In May Lenin wrote; the Kapp Putsch came in March.');
    const doc = index.get('sources/a.txt')!;
    assert.deepEqual(doc.entities.map(withType), ['March Days:event', 'Baku:place', 'Winter Offensive:event', 'May Fourth Movement:event', 'Lenin:person', 'Kapp Putsch:event']);
    assert.deepEqual(doc.dates.map((d) => d.text), ['May', 'March']);
  });

  it('reads an interview\'s speakers by their initials when they open two lines or more, but not a postscript or a lone label', () => {
    const index = new CorpusIndex();
    index.setDocument('sources/a.txt', '**JW:** When did you start?\n\n**EKB:** In Kharkov, in 1931.\n\nJW: And then?\n\nEKB: Then the famine.\n\nPS: See the notes.\nPS: And the maps.\nUN: one line only.\n');
    assert.deepEqual(index.get('sources/a.txt')!.entities.map(withType), ['JW:person', 'EKB:person', 'Kharkov:place', 'JW:person', 'EKB:person']);
  });

  it('does not take the first word of a numbered caption, a credits item or a comment for a name', () => {
    const index = new CorpusIndex();
    index.setDocument('sources/a.txt', '2.1 Photograph: Trotsky and Natalia Sedova in the garden.\n3.1 Brass samovar, Tula.\nMusic: Lan Xiaofei · Producer: Owen Tranter\n@anna_k Agreed about Ludendorff.\nClosed on Mondays.\n');
    assert.deepEqual(index.get('sources/a.txt')!.entities.map((m) => m.text), ['Trotsky', 'Natalia Sedova', 'Tula', 'Lan Xiaofei', 'Owen Tranter', 'anna_k', 'Ludendorff']);
      // A forum's post number and quoted reply open a line; its handles after "Posted by" and ">" are names; an editor's "Comp.--" is none.
    index.setDocument('sources/c.txt', '#3  Posted by anna_kessel » Sun Nov 29, 2026\n\n> ivo_brandt wrote:\n> Orlov won.\n\nComp.--With Orlov came Vasko.\n');
    assert.deepEqual(index.get('sources/c.txt')!.entities.map((m) => m.text), ['anna_kessel', 'ivo_brandt', 'Orlov', 'Orlov', 'Vasko']);
    // Nor a Markdown heading's first word after its section number, a menu's item after a slash, or a note's "Compare".
    index.setDocument('sources/b.txt', '## V. Reading the exiles\n\nHistory / Asia / Revolutions\n\n### Bibliography\n\n10. Compare Jonathan Aves, *Workers Against Lenin*.\n11. V. Serge, *Memoirs*.\n');
    // (A menu's place is a place: "Asia".)
    assert.deepEqual(index.get('sources/b.txt')!.entities.map((m) => m.text), ['Asia', 'Jonathan Aves', 'Workers Against Lenin', 'V. Serge', 'Memoirs']);
  });

  it('reads no name in a label of dictionary words in capitals or a clipped word set out as a label, but keeps a short acronym', () => {
    const text = 'The catalogue follows the rooms.\n\nKEY TERMS\nPANEL 5 — CAVALRY\nARCHIVE FILM: Orlov at the station.\nBibl.: Vasko wrote on the courier.\nAcc. no. L.2026.14\nCat. 7\nThe SAP split.\n';
    assert.deepEqual(namesIn(text, undefined, (m) => m.text), ['Orlov', 'Vasko', 'SAP']);
  });

  it('reads a script\'s cues: the direction in brackets is no name, a speaker no dictionary has is a person', () => {
    const text = 'The film opens in the garden.\n\nNARRATOR (V.O.)\nFor two years they lived here.\n\nMARTÍNEZ-OYARZUN (O.S.)\nThe walls were raised.\n\nVOLKOV (ARCHIVE, SYNC)\nWe knew him.\n';
    assert.deepEqual(namesIn(text, undefined, withType), ['MARTÍNEZ-OYARZUN:person', 'VOLKOV:person']);
    // A speaker's label in capitals with a colon opens a line: a person where a word of it is no dictionary's.
    const radio = 'The programme opens with music.\n\nNARRATOR: In February the officers walked south.\n\nKOVALENKO-HART: The army was tiny.\n\nLIANG: And poorly armed.\n\nNOTE: music.\n';
    assert.deepEqual(namesIn(radio, undefined, withType), ['KOVALENKO-HART:person', 'LIANG:person']);
  });

  it('reads a reference book\'s headword, the surname in capitals, as one name, and a party\'s acronym with its faction\'s mark', () => {
    const text = 'Entries\n\nVASKIS, Ivar Tenisovich (1892–1938). Latvian.\nORLOVA, Anna Lvovna [m. name Vaskis]. Secretary of the RKP(b) in 1920, then of the VKP(b).\n';
    assert.deepEqual(namesIn(text, undefined, (m) => m.text), ['VASKIS, Ivar Tenisovich', 'Latvian', 'ORLOVA, Anna Lvovna', 'Vaskis', 'RKP(b)', 'VKP(b)']);
    // An index's inverted names: after "see also", before a colon or the line's end, with the registered given name in
    // another spelling; another given name is another person of that surname.
    const people = 'entities:\n  - { id: orlov, type: person, name: Aleksandr Ivanovich Orlov, aliases: [Orlov, Alexandr Orlov] }\n';
    assert.deepEqual(namesIn('Index\n\nKessel, 12; see also Orlov, Alexandr: letters\nOrlov, Aleksandr Ivanovich (1881-1936), 152\nNKVD, 276; see also Orlov, Pavel Petrovich\n', people).filter((n) => n.startsWith('Orlov')), ['Orlov, Alexandr:orlov', 'Orlov, Aleksandr Ivanovich:orlov', 'Orlov, Pavel Petrovich:person']);
    // A list whose second name is a registered person's in full is no inverted name.
    const register = 'entities:\n  - { id: orlov, type: person, name: Alexei Orlov, aliases: [Orlov] }\n  - { id: vasko, type: person, name: Ivan Vasko, aliases: [Vasko] }\n';
    assert.deepEqual(namesIn('The protest.\n\nVasko, Alexei Orlov, the head of the government, and others protested.\n', register), ['Vasko:vasko', 'Alexei Orlov:orlov']);
  });

  it('keeps a foreign particle written with its capital at the head of a name, but not before an English word', () => {
    const text = 'The poster came from the Van Abbemuseum; Le Petit Journal printed it, and La Follette read it in Los Angeles. He said “La Society c’est moi” in jest.';
    assert.deepEqual(namesIn(text, undefined, (m) => m.text), ['Van Abbemuseum', 'Le Petit Journal', 'La Follette', 'Los Angeles', 'Society']);
    // A Dutch or German particle in lower case opens a surname; an East Asian given name keeps its second syllable before the surname.
    assert.deepEqual(namesIn('He worked with van Heijenoort and met Mei-ling Tsao in Hankou.', undefined, (m) => m.text), ['van Heijenoort', 'Mei-ling Tsao', 'Hankou']);
    // Not a nation's compound adjective before a name.
    assert.deepEqual(namesIn('Until 1939 there was the Dutch-born Jan van Hoorn.', undefined, (m) => m.text).filter((n) => n.includes('Hoorn')), ['Jan van Hoorn']);
  });

  it('reads a month as a line\'s label and "NS" after a date or beside "Old Style" as dates\' marks, not the names the register gives them', () => {
    const register = 'entities:\n  - { id: october-revolution, type: event, name: October Revolution, aliases: [October] }\n  - { id: nazis, type: group, name: National Socialists }\n';
    const text = 'Dates are Old Style throughout unless marked NS.\n\nSLIDE 10: October: the general strike\n- Treaty of Portsmouth, 23 Aug. (5 Sept. NS)\n\nThe lessons of October were drawn by the National Socialists, the NS.\n';
    assert.deepEqual(namesIn(text, register), ['Treaty of Portsmouth:event', 'October:october-revolution', 'National Socialists:nazis', 'NS:nazis']);
  });

  it('reads names in a numbered line that is no Title-Case heading, its content words mostly in lower case', () => {
    const text = 'The lecture runs in four parts, as follows.\n\n3. Spring and summer: the mutiny, the peasants, the Union of Unions\n4. The Great Strike And Its Soviets\n\nThe lecture follows.\n';
    assert.deepEqual(namesIn(text, undefined, (m) => m.text), ['Union of Unions']);
  });

  it('reads no name in an infobox\'s field labels', () => {
    const text = 'Kessel fortress\n\n| Location        = Kotlin Island, Gulf of Finland\n| Type            = Naval base\n| Commanders      = Ivo Brandt (1909–1917)\n\nKessel is a fortress.\n';
    assert.deepEqual(namesIn(text, undefined, (m) => m.text).filter((n) => /^(?:Location|Type|Commanders)$/.test(n)), []);
  });

  it('reads a day named by the word before its weekday, the date after it, but not a weekday that a word only picks out', () => {
    assert.deepEqual(namesIn('Outline\n\nSLIDE 5: Bloody Sunday, 9 January 1905\nThey marched on Black Thursday. On Sunday, 9 January, it rained. Last Sunday we met.\n', undefined, (m) => m.text), ['Bloody Sunday', 'Black Thursday']);
  });

  it('reads a word that opens a sentence as a name where no English dictionary has it, but not a sentence in another language', () => {
    const index = new CorpusIndex();
    index.setDocument('sources/a.txt', 'Dvinsk fell on the first day. However, nothing moved. Maring, that is, the envoy, came. Fais ce que tu dois. He shouted: “Unerhört!” Agreed.');
    assert.deepEqual(index.get('sources/a.txt')!.entities.map((m) => m.text), ['Dvinsk', 'Maring']);
  });

  it('keeps an ampersand inside a body\'s name of several words and a surname\'s initial with its full stop', () => {
    const index = new CorpusIndex();
    index.setDocument('sources/a.txt', 'Lent by the Hoover Institution Library & Archives and by Faber & Faber; Kolchak & Denikin did not. We thank Oksana M. for the photograph from Part I.');
    assert.deepEqual(index.get('sources/a.txt')!.entities.map((m) => m.text), ['Hoover Institution Library & Archives', 'Faber & Faber', 'Kolchak', 'Denikin', 'Oksana M.']);
    // A firm of two names is one where the text says it publishes, or its pages or price follow.
    index.setDocument('sources/b.txt', 'It was published by Tarrow & Vale in 1938 and came out in two volumes with Hesketh & Lunn later. Brandt & Vasko, 412pp, £25.');
    assert.deepEqual(index.get('sources/b.txt')!.entities.map((m) => m.text), ['Tarrow & Vale', 'Hesketh & Lunn', 'Brandt & Vasko']);
    // …or several words follow the ampersand, or a place stands between it and the year; a firm is an organisation.
    index.setDocument('sources/c.txt', 'The show was produced by Tallow & Reed Audio for the museum. Transport of the loans was by Kessel & Vane Fine Art Logistics.\n\nEntries by the editors.\nHarwell & Dunne, London, 2019.\n');
    assert.deepEqual(index.get('sources/c.txt')!.entities.map(withType), ['Tallow & Reed Audio:organization', 'Kessel & Vane Fine Art Logistics:organization', 'Harwell & Dunne:organization', 'London:place']);
  });

  it('reads long names of bodies and places joined by "for", by Spanish and French articles', () => {
    const index = new CorpusIndex();
    index.setDocument('register.yaml', `entities:
  - { id: trotsky, type: person, name: Leon Trotsky }
  - { id: usa, type: place, name: United States, derived: [American] }
`);
    index.setDocument('sources/a.txt', 'The American Committee for the Defense of Leon Trotsky met. It came from the Instituto del Derecho de Asilo y las Libertades Públicas, near the Desierto de los Leones.');
    assert.deepEqual(index.get('sources/a.txt')!.entities.map((m) => `${m.text}:${m.id ?? m.type}`), [
      'American Committee for the Defense of Leon Trotsky:organization',
      'Instituto del Derecho de Asilo y las Libertades Públicas:organization',
      'Desierto de los Leones:place',
    ]);
  });

  it('reads a name at the head of a bullet but not a common word there, nor a role in brackets or a numbered label', () => {
    const index = new CorpusIndex();
    index.setDocument('sources/a.txt', '## The south: Tsaritsyn\n- Tsaritsyn (later held), summer 1918\n- Earlier on this blog: more\nby Leon Trotsky (Author), Max Eastman (Translator)\nThey applied Article 107 of the code.\n');
    assert.deepEqual(index.get('sources/a.txt')!.entities.map((m) => m.text), ['Tsaritsyn', 'Tsaritsyn', 'Leon Trotsky', 'Max Eastman']);
    // An acronym only ever before numbers is a catalogue's prefix; one used otherwise is a body.
    index.setDocument('sources/b.txt', 'Inventory numbers (MCLT …) are ours. Ink on paper, MCLT 0187. Steel, MCLT 0412. The files of the GPU, GPU 12, were lost.');
    assert.deepEqual(index.get('sources/b.txt')!.entities.map((m) => m.text), ['GPU', 'GPU']);
  });

  it('works without a register: dates and candidate names still appear', () => {
    const index = new CorpusIndex();
    index.setDocument('a.txt', 'Karl Radek arrived in Berlin in March 1921.');
    const doc = index.get('a.txt')!;
    assert.deepEqual(doc.dates.map((d) => d.text), ['March 1921']);
    assert.deepEqual(doc.entities.map((m) => [m.text, m.id]), [['Karl Radek', null], ['Berlin', null]]);
  });

  it('links [[id]] and [[id|label]] in notes, and warns about unknown ids', () => {
    const index = fixtureIndex();
    index.setDocument('notes/links.md', 'See [[lenin|the old man]], [[trotsky]] and [[nobody]].');
    const doc = index.get('notes/links.md')!;
    assert.deepEqual(doc.entities.filter((m) => m.id).map((m) => [m.text, m.id]), [['[[lenin|the old man]]', 'lenin'], ['[[trotsky]]', 'trotsky']]);
    assert.deepEqual(doc.problems.map((p) => [p.code, doc.text.slice(p.start, p.end)]), [['unknown-id', 'nobody']]);
  });

  it('drafts a register from recurring candidate names for a newcomer', () => {
    const index = new CorpusIndex();
    index.setDocument('a.txt', 'Karl Radek arrived in Berlin. Later Karl Radek left Berlin for Moscow.');
    index.setDocument('b.txt', 'In Berlin, Karl Radek met Comrade Joffe.');
    const { yaml, entries } = draftRegister(index);
    const { register, ok } = parseRegister(yaml);
    assert.ok(ok);
    assert.equal(entries, 2);
    assert.deepEqual(register.entries.map((e) => [e.id, e.type, e.name]).sort(), [['berlin', 'place', 'Berlin'], ['karl-radek', 'person', 'Karl Radek']]);
    // Once it is the register, those names link.
    index.setDocument('register.yaml', yaml);
    assert.equal(index.mentionsOf('karl-radek').get('a.txt')!.length, 2);
  });

  it('lists the chronology in order with each source’s claims', () => {
    const index = fixtureIndex();
    const chron = index.chronology();
    const names = chron.map((e) => e.name);
    assert.deepEqual(names, ['October Revolution', 'Twelfth Party Congress', 'Death of Lenin']);
    const death = chron[2];
    assert.equal(death.claims.length, 2);
    assert.ok(death.claims.every((c) => c.conflicted));
  });
});
