// Names in the apparatus of notes, posts and letters: headers, tags, handles,
// glossaries of abbreviations and forms of address. Every name here is invented
// or outside the sample register, so the tests say how Clio reads a layout, not
// what it knows.

import { strict as assert } from 'node:assert';
import { CorpusIndex } from '../../server/src/core';
import { namesIn, textAndId, withShortForm } from './names';

describe('names in the apparatus of notes and posts', () => {
  it('does not let a note\'s YAML tags, a hashtag or an address in lower case unmake a name', () => {
    // "norway" as a tag, "#kessel" as a hashtag and "vardo.no" as an address say nothing of "Norway" or "Kessel" in the prose.
    const note = '---\ntitle: Exile notes\ntags: [exile, norway, kessel]\n---\n\n# Exile notes\n\nHe reached Norway in June and met Ilse Kessel there. #kessel\nWrite to archive@vardo.no about Norway.\n';
    assert.deepEqual(namesIn(note, undefined, textAndId, 'notes/exile.md'), ['Norway:place', 'Ilse Kessel:person', 'Norway:place']);
    // The heading under a YAML header is the writer's own, not the text's title as a work.
    assert.deepEqual(namesIn('---\ntags: [exile]\n---\n\n# Tuldin in Bergen, May 1935\n\nTuldin was a Labour MP in Bergen.\n'), ['Tuldin:person', 'Bergen:place', 'Tuldin:person', 'Labour:organization', 'Bergen:place']);
    // In the prose itself a word also written in lower case is still a common word: "the Party" beside "the party".
    assert.deepEqual(namesIn('The Party met in Oslo. The party was small.\n'), ['Oslo:place']);
  });

  it('reads a post\'s handles after "@" as people, and the name above or before a handle as a person\'s', () => {
    const thread = 'Maren Tveit-Holm 🔎\n@mtveitholm · Historian of the Baltic\n\n1/ The ship left Riga in May.\n\nOskar @oskar_reads · 21 Aug 2025\nReplying to @mtveitholm\nWhich ship?\n\nWrite to m.tveit@uni-bergen.no, or ask @Ines K. here.\n';
    assert.deepEqual(namesIn(thread), ['Maren Tveit-Holm:person', 'mtveitholm:person', 'Baltic:place', 'Riga:place', 'Oskar:person', 'oskar_reads:person', 'mtveitholm:person', 'Ines K.:person']);
    // A hashtag of dictionary words run together is a topic; one of a name is a name.
    assert.deepEqual(namesIn('Eighty years on, wrote #OskarTuldin today. #OnThisDay #HistoryThread\n'), ['OskarTuldin:person']);
  });

  it('reads a lone "M." as Monsieur where it stands before three names or more, and as an initial otherwise', () => {
    const dispatch = 'Sir,\nM. Varnakov called on me today. M. Ossipenko and M. Tuldin were not present, and M. Varnakov said little.\n';
    assert.deepEqual(namesIn(dispatch), ['Varnakov:person', 'Ossipenko:person', 'Tuldin:person', 'Varnakov:person']);
    // A dictionary's entry with one "M." keeps it as an initial: it is the person's given name.
    assert.deepEqual(namesIn('VARNAKOVA, Mariia. Sister of M. Varnakov; see also S. Ossipenko.\n').filter((n) => n.includes('Varnakov ') || n.startsWith('M.')), ['M. Varnakov:person']);
  });

  it('reads a note\'s own abbreviations as what it defines them to name, and leaves one defined twice over alone', () => {
    const register = 'entities:\n  - id: forest-road\n    type: work\n    name: The Forest Road\n  - id: tveit\n    type: person\n    name: Tor Tveit\n';
    const note = 'Abbrev: FRD = The Forest Road, KV = Karl Vinter, NT = Tor Tveit, NT = Nordisk Tidende\n\n- KV reviewed FRD in May; NT did not.\n';
    const index = new CorpusIndex();
    index.setDocument('register.yaml', register);
    index.setDocument('notes/n.md', note);
    const entities = index.get('notes/n.md')!.entities;
    const names = entities.map(withShortForm);
    assert.deepEqual(names.filter((n) => /^(?:FRD|KV):/.test(n)), ['FRD:forest-road:defined', 'KV:person', 'KV:person', 'FRD:forest-road:defined']);
    assert.ok(entities.filter((m) => m.text === 'NT').every((m) => !m.id), 'NT, defined twice over, names neither');
  });

  it('reads a container list\'s correspondents and a reading list\'s authors as inverted names, initials after the given name included', () => {
    const list = 'Box 1\nFolder 1. Varnakov, Petr N., 1923–1955\nFolders 2–3. Tuldin, Oskar, 1934–1962\nFolder 4. Ossipenko, Mariia Ivanovna\n\nReading: Holm, Kjersti A., Exiles and Archives (Bergen, 1999).\n';
    assert.deepEqual(namesIn(list).filter((n) => n.includes(',')), ['Varnakov, Petr N.:person', 'Tuldin, Oskar:person', 'Ossipenko, Mariia Ivanovna:person', 'Holm, Kjersti A.:person']);
    // A record's people after its label, and a numbered reference with its year in brackets; not a record's place.
    const record = 'Two records follow.\n\nRelated people: Klutsovs, Gunnar; Kuldiga, Valentina\nPlace made: Tampico, Mexico\n\n3. Rogalev, Vadim (1998). *1937: The Year*. Oslo.\n';
    assert.deepEqual(namesIn(record).filter((n) => n.includes(',')), ['Klutsovs, Gunnar:person', 'Kuldiga, Valentina:person', 'Rogalev, Vadim:person']);
  });

  it('reads a thread\'s post numbers as a sentence\'s opening, and a series by its Roman number as a label', () => {
    assert.deepEqual(namesIn('🧵 1/ Eighty years ago today Oskar Tuldin left Bergen.\n\n8/ Worth quoting Tuldin here.\n'), ['Oskar Tuldin:person', 'Bergen:place', 'Tuldin:person']);
    assert.deepEqual(namesIn('ARRANGEMENT\n\nSeries I. Correspondence, 1922–1970\nSeries II. Writings\n\nSeries IV holds the files on Varnakov.\n'), ['Varnakov:person']);
  });

  it('reads a letter\'s sign-off as the writer and the writer\'s town, though the line stands alone like a heading', () => {
    const page = 'LETTERS\n\nThe sailors were right.\n\n— Dr Alan Prewitt, Dunmore\n\nThey were not.\n\n— Ffion Varnakova, Tregaron\n';
    assert.deepEqual(namesIn(page), ['Alan Prewitt:person', 'Dunmore:place', 'Ffion Varnakova:person', 'Tregaron:place']);
  });

  it('reads a record\'s field labels and its catalogue prefix as no names, but keeps a glossary\'s term', () => {
    // The query writes the fields mid-line, which would make them look like names where they open a line.
    const records = 'Two records follow, where Object type is poster AND Date is 1920.\n\nObject number: VMPA.1994.17\nDate: 1920\nPlace made: Bergen\n\nObject number: VMPA.1972.3\nDate: 1921\nPlace made: Tromsø\n\nLeft Turn: the name Tuldin gave the change.\n';
    const index = new CorpusIndex();
    index.setDocument('sources/a.txt', records);
    const atLineStart = index.get('sources/a.txt')!.entities.filter((m) => m.start > 70 && records[m.start - 1] === '\n').map((m) => m.text);
    assert.deepEqual(atLineStart, ['Left Turn']);
    assert.ok(!index.get('sources/a.txt')!.entities.some((m) => m.text === 'VMPA'));
  });

  it('reads a production\'s credits as the person after the role', () => {
    assert.deepEqual(namesIn('CREATIVE TEAM\n\nDirector Miren Achterholt\nLighting Designer Declan Furlong\nHistorical Adviser Ruth Kaminska-Loewe\n'), [
      'Miren Achterholt:person',
      'Declan Furlong:person',
      'Ruth Kaminska-Loewe:person',
    ]);
  });

  it('reads the authors of author–date citations as people, whatever their names mean, but not a publisher before its year', () => {
    assert.deepEqual(namesIn('Early studies (North 1953; Wilbur and How 1956: 12) and later ones (cf. Smith, 2000) agree. See Tuldin, Exile (Fenwick & Hale, 1932).\n').filter((n) => /^(?:North|Wilbur|How|Smith|Fenwick|Hale):/.test(n)), [
      'North:person',
      'Wilbur:person',
      'How:person',
      'Smith:person',
    ]);
  });

  it('reads the title between an author\'s possessive and the same author\'s citation as a work', () => {
    assert.deepEqual(namesIn('Then came Oskar Tuldin’s Exile and Return: Bergen and the Varnian Left, 1920–1927 (Tuldin 1981), which Holm ignored (Holm 1990).\n').filter((n) => n.endsWith(':work')), [
      'Exile and Return: Bergen and the Varnian Left, 1920–1927:work',
    ]);
  });

  it('reads quoted titles in a record\'s fields for works as works, names inside and all', () => {
    const record = 'Two records follow.\n\nTitle: “Have You Volunteered?”\nExhibition history: “Red Ink: Varnian Graphic Art 1917–1941”, Bergen Kunsthall, 2009; “Erased: Photography and the Purges”, Oslo, 2003\n';
    assert.deepEqual(namesIn(record).filter((n) => n.endsWith(':work')), ['Have You Volunteered?:work', 'Red Ink: Varnian Graphic Art 1917–1941:work', 'Erased: Photography and the Purges:work']);
  });

  it('reads a note\'s and a mail\'s apparatus and forms of address as no names', () => {
    const note = 'Notes on the exile.\n\nAbbrev: NT = Nordisk Tidende\n\n## TODO\n\nSubject: Fwd: Tuldin\n\nALT: A photograph of Tuldin.\n\nHis Majesty’s Minister saw Tuldin, a Hero of the Varnian Union; Citizen Procurator, he said.\n';
    const names = namesIn(note).map((n) => n.replace(/:.*/, ''));
    for (const word of ['Abbrev', 'TODO', 'Fwd', 'ALT', 'Majesty', 'Hero', 'Citizen']) assert.ok(!names.includes(word), `${word} is no name: ${names.join(', ')}`);
    assert.ok(names.includes('Tuldin'));
  });

  it('reads a registered person\'s initials in capitals even where a rank\'s abbreviation is spelt with the same letters', () => {
    const register = 'entities:\n  - id: tuldin\n    type: person\n    name: Lars Tuldin\n';
    assert.deepEqual(namesIn('By the time LT noticed, it was over. Lt. Varnakov knew.\n', register).filter((n) => n.startsWith('LT') || n.startsWith('Lt')), ['LT:tuldin']);
  });

  it('reads the initials of a registered person\'s given name and patronymic', () => {
    const register = 'entities:\n  - id: tuldin\n    type: person\n    name: Lars Tuldin\n    aliases: ["Lars Petrovich Tuldin"]\n';
    assert.deepEqual(namesIn('LP was bundled onto the train on 17 January.\n', register).filter((n) => n.startsWith('LP')), ['LP:tuldin']);
  });
});
