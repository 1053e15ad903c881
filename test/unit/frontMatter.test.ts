import { strict as assert } from 'node:assert';
import { CorpusIndex } from '../../server/src/core';
import { frontMatter } from '../../server/src/core/frontMatter';

/** The masthead and title frontMatter reads, as text. */
function front(text: string): { masthead?: string; title?: string } {
  const f = frontMatter(text);
  return {
    ...(f.masthead ? { masthead: text.slice(f.masthead.start, f.masthead.end) } : {}),
    ...(f.title ? { title: text.slice(f.title.start, f.title.end) } : {}),
  };
}

const PROSE = 'In the spring of 1921 the sailors of the island fortress sent a delegation to the mainland, and what they heard there decided them. ' +
  'The delegates came back with stories of strikes broken by cadets and of arrests in the factories, and within the week the fleet had its own resolution. ' +
  'Nobody on either side expected what followed.';

const REGISTER = `entities:
  - id: trotsky
    type: person
    name: Leon Trotsky
    aliases: [Trotsky]
  - id: kronstadt
    type: place
    name: Kronstadt
`;

describe('front matter: a text\'s own masthead and title', () => {
  it('takes the title over an author\'s line with a title or an affiliation, and a title in capitals over its subtitle', () => {
    assert.deepEqual(front(`HIST 2215 | Week 3, Lecture 5 | Slide deck outline\nSalt and Iron: Kronstadt in 1921\nDr Ada Lindqvist, Carrow University\nLast revised: 14 October 2026\n\n${PROSE}\n`), { title: 'Salt and Iron: Kronstadt in 1921' });
    assert.deepEqual(front(`A DICTIONARY OF THE BALTIC FLEET, 1917–1921\nSelected entries: the sailors and their officers\n\n${PROSE}\n`), { title: 'A DICTIONARY OF THE BALTIC FLEET, 1917–1921' });
  });

  it('reads a magazine\'s masthead over its tagline, skips the section label, and takes the headline before the standfirst and byline', () => {
    const text = `THE GREY HERON\nA quarterly of history and argument · No. 88 · Spring 2027\n\nFEATURES\n\nSalt and Iron: The Fleet That Turned on Its Makers\n\nA rising that both sides remembered wrongly.\n\nBy Ada Lindqvist\n\n${PROSE}\n`;
    assert.deepEqual(front(text), { masthead: 'THE GREY HERON', title: 'Salt and Iron: The Fleet That Turned on Its Makers' });
  });

  it('takes a site\'s name from its navigation line, and a headline in sentence case with a colon', () => {
    const text = `MARGINALIA | Essays | History | About\n\nLONG READ\n\nThe winter nobody wanted: a fortress, a fleet and a decision\n\nPosted on 3 March 2021 by Jo Marsh\n\n${PROSE}\n`;
    assert.deepEqual(front(text), { masthead: 'MARGINALIA', title: 'The winter nobody wanted: a fortress, a fleet and a decision' });
  });

  it('skips a journal\'s issue line, and an author and affiliation after the title', () => {
    const text = `Northern Journal of Modern History 12, no. 3 (2024): 301–29\n\n“A Sailor's Question”: Petitions and Power, 1917–1921\n\nMaria Ekdahl\nUniversity of Tromsø\n\n${PROSE}\n`;
    assert.deepEqual(front(text), { title: '“A Sailor\'s Question”: Petitions and Power, 1917–1921' });
  });

  it('takes a Markdown title without its mark, under a site\'s name and a navigation line with slashes', () => {
    const text = `FAR SHORE READS\nHistory / Asia / Revolutions\n\n# Exiles of Two Parties: The Left in Shanghai, 1929-1949\n\nBy Wen Li | 2 May 2026\n\n${PROSE}\n`;
    assert.deepEqual(front(text), { masthead: 'FAR SHORE READS', title: 'Exiles of Two Parties: The Left in Shanghai, 1929-1949' });
  });

  it('does not take the first line of a hard-wrapped paragraph, nor what a file of notes says it is, for a title', () => {
    const wrapped = PROSE.replace(/(.{60}\S*) /g, '$1\n');
    assert.deepEqual(front(`${wrapped}\n`), {});
    assert.deepEqual(front(`# Fleet petitions 1921 — working notes\n\n${PROSE}\n`), {});
  });

  it('takes a title that opens with a label\'s word but no colon or number', () => {
    assert.deepEqual(front(`Notes on the Fortress and the Fleet\n\nBy Ada Lindqvist\n\n${PROSE}\n`), { title: 'Notes on the Fortress and the Fleet' });
  });

  it('reads a forum\'s name before its description and its topic without the label, past the page count', () => {
    const text = `The Agora - History Discussion Forums\nBoard index > Modern History > Russia\n\nTopic: Could Orlov have beaten Brandt in 1925?\nPage 1 of 1 - 8 replies\n\n#1  Posted by anna_k » Sun Nov 29, 2026\n\n${PROSE}\n`;
    assert.deepEqual(front(text), { masthead: 'The Agora', title: 'Could Orlov have beaten Brandt in 1925?' });
  });

  it('takes a title over its credit line, and a title quoted whole without its marks under a station\'s name and episode line', () => {
    assert.deepEqual(front(`Between Kessel and the Sea: Letters, 1926–1928\nSelected and translated by Helen Vos\n\n${PROSE}\n`), { title: 'Between Kessel and the Sea: Letters, 1926–1928' });
    assert.deepEqual(front(`HARBOUR RADIO\nFault Lines — Series 6, Episode 3\n“The Road to the Sea: The War in the South”\nTRANSMISSION SCRIPT\n\n${PROSE}\n`), { masthead: 'HARBOUR RADIO', title: 'The Road to the Sea: The War in the South' });
  });

  it('leaves the author after a dash out of the title', () => {
    assert.deepEqual(front(`The Fortress and the Party - Helmut Brenner\n\n${PROSE}\n`), { title: 'The Fortress and the Party' });
  });

  it('finds no title in a letter, an encyclopedia entry, working notes or a text that opens with prose', () => {
    assert.deepEqual(front(`Oslo, 4 March 1936\n\nDear Henrik,\n\n${PROSE}\n`), {});
    assert.deepEqual(front(`Kronstadt rebellion\n\nThe Kronstadt rebellion was a rising of sailors in March 1921. ${PROSE}\n`), {});
    assert.deepEqual(front(`MARTOV, Julius Osipovich (1873–1923)\n\n${PROSE}\n`), {});
    assert.deepEqual(front(`# Fleet notes — working file\n\n- [ ] check the petition's date\n- [ ] ask about the delegates\n\n${PROSE}\n`), {});
    assert.deepEqual(front(`${PROSE}\n`), {});
  });

  it('does not take a course line, a seminar label or a lecture label for a title', () => {
    const text = `HIST 2210: Revolution and Civil War\nSeminar paper, autumn term\nStudent: Aoife Byrne\n\n${PROSE}\n`;
    assert.deepEqual(front(text), {});
  });

  it('in a source, makes the title one work and the masthead one organisation, with the registered names inside left unlinked', () => {
    const index = new CorpusIndex();
    index.setDocument('register.yaml', REGISTER);
    index.setDocument('sources/essay.txt', `THE GREY HERON\nA quarterly of history and argument · No. 88\n\nTrotsky and Kronstadt: The Quarrel That Would Not End\n\nBy Ada Lindqvist\n\n${PROSE} Trotsky wrote about it later.\n`);
    const shown = index.get('sources/essay.txt')!.entities.map((m) => `${m.text}:${m.id ?? m.type}`);
    assert.deepEqual(shown.slice(0, 3), ['THE GREY HERON:organization', 'Trotsky and Kronstadt: The Quarrel That Would Not End:work', 'Ada Lindqvist:person']);
    assert.ok(shown.includes('Trotsky:trotsky'), 'the name in the prose is still linked');
  });

  it('reads no front matter in a note, whose first line is the user\'s own heading', () => {
    const index = new CorpusIndex();
    index.setDocument('register.yaml', REGISTER);
    index.setDocument('notes/n.md', `Trotsky and Kronstadt: what the sources say\n\n${PROSE}\n`);
    const shown = index.get('notes/n.md')!.entities.map((m) => `${m.text}:${m.id ?? m.type}`);
    assert.deepEqual(shown.slice(0, 2), ['Trotsky:trotsky', 'Kronstadt:kronstadt']);
  });
});
