import { strict as assert } from 'node:assert';
import { CorpusIndex, EntityMatcher, findCandidates, headingSpans, sentenceSpans, tokenize } from '../../server/src/core';
import { register } from './helpers';

/** Each name the matcher finds with `yaml` as the register, as [text, id]. */
function linksWith(yaml: string): (text: string) => [string, string | null][] {
  const m = new EntityMatcher(register(yaml));
  return (text) => m.match(text).map((x) => [x.text, x.id]);
}

const REG = register(`entities:
  - { id: trotsky, type: person, name: Leon Trotsky, aliases: [Trotsky, "Lev Davidovich Bronstein"] }
  - { id: carr, type: person, name: "E. H. Carr", aliases: ["E.H. Carr", Carr] }
  - { id: alma-ata, type: place, name: Alma-Ata, aliases: [Almaty] }
  - { id: zinoviev, type: person, name: Grigory Zinoviev, aliases: [Zinoviev, "Zinov'ev"] }
  - { id: cc, type: organization, name: Central Committee, aliases: [CC] }
  - { id: committee, type: organization, name: Committee }
  - { id: kulaks, type: group, name: kulaks, aliases: [kulak] }
  - { id: wrangel-general, type: person, name: Pyotr Wrangel, aliases: [Wrangel], context: [general, army, Crimea] }
  - { id: wrangel-officer, type: person, name: Wrangel officer, aliases: [Wrangel], context: [provocateur, officer, GPU] }
  - { id: stalin, type: person, name: Joseph Stalin, aliases: [Stalin] }
  - { id: stalin-book, type: work, name: Stalin (Trotsky), aliases: [Stalin] , context: [book, biography] }
`);
const matcher = new EntityMatcher(REG);
const ids = (text: string) => matcher.match(text).map((m) => [m.text, m.id ?? `?${(m.candidates ?? []).join('|')}`, m.derived]);

describe('entity matcher', () => {
  it('matches possessives, straight and curly, without the possessive', () => {
    assert.deepEqual(ids("Trotsky's army and Trotsky’s pen"), [["Trotsky", 'trotsky', false], ['Trotsky', 'trotsky', false]]);
  });

  it('treats hyphens, spaces and initials as the same name', () => {
    assert.deepEqual(ids('From Alma Ata and Alma-Ata, E. H. Carr and E.H. Carr wrote.'), [
      ['Alma Ata', 'alma-ata', false],
      ['Alma-Ata', 'alma-ata', false],
      ['E. H. Carr', 'carr', false],
      ['E.H. Carr', 'carr', false],
    ]);
  });

  it('tells apart two names whose first words share a hash', () => {
    // "ana" and "c0a" hash alike (97·31² + 110·31 + 97 = 99·31² + 48·31 + 97): the trie keys words by hash and must check the word.
    const at = linksWith(`entities:
  - { id: ana, type: person, name: Ana Rosa, aliases: [Ana] }
  - { id: c0a, type: organization, name: C0a Group }
`);
    assert.deepEqual(at('Ana Rosa met Ana and the C0a Group; c0a rosa is nobody.'), [['Ana Rosa', 'ana'], ['Ana', 'ana'], ['C0a Group', 'c0a']]);
  });

  it('keeps a comma inside a name only where an alias has one', () => {
    const at = linksWith(`entities:
  - { id: wstb, type: work, name: "The Workers' State, Thermidor and Bonapartism" }
  - { id: thermidor, type: event, name: Thermidor }
`);
    assert.deepEqual(at("in 'The Workers' State, Thermidor and Bonapartism' he wrote"), [["The Workers' State, Thermidor and Bonapartism", 'wstb']]);
    assert.deepEqual(at('the State, Thermidor, and the rest'), [['Thermidor', 'thermidor']]);
  });

  it('reads a registered name written in lower case where no dictionary has the word, but not inside an address or a handle, nor a derived adjective', () => {
    const at = linksWith(`entities:
  - { id: kamenev, type: person, name: Lev Kamenev, aliases: [Kamenev] }
  - { id: ussr, type: place, name: Soviet Union, derived: [Soviet] }
  - { id: white, type: group, name: Whites, aliases: [White] }
`);
    assert.deepEqual(at('honestly kamenev was right, see marxists.org/kamenev/1926 or kamenev_fan; the soviet delegates and a white flag'), [['kamenev', 'kamenev']]);
  });

  it('keeps a colon inside a title only where an alias has one, emphasised or not', () => {
    const at = linksWith(`entities:
  - { id: sword, type: work, name: "Trotsky: The Sword of the Revolution 1917–1923" }
  - { id: trotsky, type: person, name: Trotsky }
`);
    assert.deepEqual(at("Cliff's *Trotsky: The Sword of the Revolution 1917-1923* followed"), [['Trotsky: The Sword of the Revolution 1917-1923', 'sword']]);
    assert.deepEqual(at('Trotsky: he said so.'), [['Trotsky', 'trotsky']]);
  });

  it('joins a person\'s own initials to the name, and reads another\'s as a different person', () => {
    const m = new EntityMatcher(register(`entities:
  - { id: kamenev, type: person, name: Lev Kamenev, aliases: [Kamenev, "Lev Borisovich Kamenev"] }
  - { id: radek, type: person, name: Radek }
  - { id: russia, type: place, name: Russia, derived: [Russian] }
`));
    const at = (text: string) => m.match(text).map((x) => `${x.text}:${x.id}`);
    assert.deepEqual(at('L. B. Kamenev and L. Kamenev met S. S. Kamenev, M. Kamenev and K. Radek at the All-Russian congress, with Russian delegates.'), [
      'L. B. Kamenev:kamenev',
      'L. Kamenev:kamenev',
      'S. S. Kamenev:null',
      // "Monsieur", in the period's press.
      'Kamenev:kamenev',
      // The register gives no given name: the initials cannot tell.
      'K. Radek:radek',
      'Russian:russia',
    ]);
  });

  it('reads an acronym\'s singular from its plural, and a movement\'s doctrine from its followers', () => {
    const m = new EntityMatcher(register(`entities:
  - { id: srs, type: organization, name: Socialist Revolutionaries, aliases: [SRs] }
  - { id: nazis, type: group, name: National Socialists }
`));
    assert.deepEqual(m.match('The SRs and an SR; National Socialists and National Socialism.').map((x) => `${x.text}:${x.id}:${x.derived}`), [
      'SRs:srs:false',
      'SR:srs:false',
      'National Socialists:nazis:false',
      'National Socialism:nazis:true',
    ]);
  });

  it('reads a registered name of several words in lower case after "the", but not a work\'s title', () => {
    const m = new EntityMatcher(register(`entities:
  - { id: civil-war, type: event, name: Russian Civil War, aliases: [Civil War] }
  - { id: betrayed, type: work, name: The Revolution Betrayed, aliases: [Revolution Betrayed] }
`));
    assert.deepEqual(m.match('During the civil war, a civil war, the Civil War, the revolution betrayed its hopes.').map((x) => `${x.text}:${x.id}`), ['civil war:civil-war', 'Civil War:civil-war']);
  });

  it('keeps the last full stop of a dotted abbreviation, not of a plain acronym', () => {
    const m = new EntityMatcher(register(`entities:
  - { id: cc, type: organization, name: Central Committee, aliases: ["C.C."] }
  - { id: ussr, type: place, name: Soviet Union, aliases: ["U.S.S.R.", USSR] }
`));
    assert.deepEqual(m.match('The C.C. met. In the U.S.S.R. and the USSR. Also the C. C. then.').map((x) => x.text), ['C.C.', 'U.S.S.R.', 'USSR', 'C. C.']);
    const gpu = new EntityMatcher(register(`entities:\n  - { id: gpu, type: organization, name: "G.P.U.", aliases: [GPU] }\n`));
    assert.deepEqual(gpu.match('The O.G.P.U. and the G.P.U. and A. G.P.U. met.').map((x) => x.text), ['O.G.P.U.', 'G.P.U.', 'G.P.U.'], 'a letter joined before it belongs to it');
  });

  it('reads ordinals in figures and in words as the same name', () => {
    const m = new EntityMatcher(register(`entities:
  - { id: tenth-congress, type: event, name: Tenth Party Congress, aliases: [Tenth Congress] }
`));
    assert.deepEqual(m.match('At the 10th Congress and the Tenth Congress.').map((x) => [x.text, x.id]), [['10th Congress', 'tenth-congress'], ['Tenth Congress', 'tenth-congress']]);
  });

  it('ignores diacritics and accepts declared transliterations', () => {
    assert.deepEqual(ids('Léon Trotsky met Zinov’ev and Zinoviev.'), [
      ['Léon Trotsky', 'trotsky', false],
      ['Zinov’ev', 'zinoviev', false],
      ['Zinoviev', 'zinoviev', false],
    ]);
  });

  it('reads a ship named for a person as no mention of them', () => {
    assert.deepEqual(ids('He sailed on the steamer Trotsky, and the cruiser "Zinoviev" passed; Trotsky waved.'), [['Trotsky', 'trotsky', false]]);
    // …nor, in a corpus, as another spelling of their name.
    const ix = new CorpusIndex();
    ix.setDocument('register.yaml', 'entities:\n  - { id: lenin, type: person, name: Vladimir Lenin, aliases: [Lenin, Ilyich] }\n');
    ix.setDocument('n.md', 'The steamer Ilyich left Odessa in February 1929.');
    assert.deepEqual(ix.get('n.md')!.entities.filter((m) => m.id === 'lenin'), []);
  });

  it('reads a name with one word emphasised as the name, emphasis and all', () => {
    const m = new EntityMatcher(register('entities:\n  - { id: trial, type: event, name: Second Moscow Trial }\n'));
    assert.deepEqual(m.match('It was the Second Moscow *Trial*, which sat in January.').map((x) => [x.text, x.id]), [['Second Moscow *Trial*', 'trial']]);
  });

  it('prefers the longest match', () => {
    assert.deepEqual(ids('The Central Committee and the Committee; Leon Trotsky.'), [
      ['Central Committee', 'cc', false],
      ['Committee', 'committee', false],
      ['Leon Trotsky', 'trotsky', false],
    ]);
  });

  it('leaves the article out of a name, but not out of a work’s title', () => {
    const reg = register(`entities:
  - { id: kremlin, type: place, name: the Kremlin }
  - { id: betrayed, type: work, name: The Revolution Betrayed }
`);
    const got = new EntityMatcher(reg).match('From the Kremlin he read The Revolution Betrayed.').map((m) => m.text);
    assert.deepEqual(got, ['Kremlin', 'The Revolution Betrayed']);
  });

  it('keeps acronyms case-sensitive, and a capitalised name in lower case only where no dictionary has the word', () => {
    // An acronym in lower case is another word; a surname in lower case that no dictionary has is still the name.
    assert.deepEqual(ids('the CC met; cc: the clerk; stalin in lower case'), [['CC', 'cc', false], ['stalin', 'stalin', false]]);
  });

  it('matches lower-case register names in any case', () => {
    assert.deepEqual(ids('The kulaks resisted; a Kulak family.'), [['kulaks', 'kulaks', false], ['Kulak', 'kulaks', false]]);
     // Registered in both cases, a name matches in lower case too, whichever the register lists first.
    const m = new EntityMatcher(register(`entities:
  - { id: politburo, type: organization, name: Politburo, aliases: [Politbureau, politbureau] }
  - { id: kulaks, type: group, name: Kulaks, aliases: [kulaks] }
`));
    assert.deepEqual(m.match('the politbureau and the kulaks').map((x) => [x.text, x.id]), [['politbureau', 'politburo'], ['kulaks', 'kulaks']]);
  });

  it('reads a group\'s name in the singular as one of its members, derived', () => {
    const m = new EntityMatcher(register(`entities:
  - { id: nepmen, type: group, name: Nepmen }
  - { id: left-srs, type: group, name: Left SRs }
  - { id: srs, type: organization, name: Socialist Revolutionaries, aliases: [SRs] }
  - { id: left-communists, type: group, name: Left Communists }
  - { id: greens, type: group, name: Green armies }
  - { id: pacific, type: organization, name: Pacific Islands }
`));
    assert.deepEqual(m.match('A Nepman, a Left SR, an SR and a Left Communist met a Socialist Revolutionary of a Green army from the Pacific Island.').map((x) => [x.text, x.id, x.derived]), [
      ['Nepman', 'nepmen', true],
      ['Left SR', 'left-srs', true],
      ['SR', 'srs', false],
      ['Left Communist', 'left-communists', true],
      // A party named for its members names one of them too; a body not so named does not ("Pacific Island").
      ['Socialist Revolutionary', 'srs', true],
      ['Green army', 'greens', true],
    ]);
  });

  it('joins Russian initials of two letters to a registered surname, and to a name the register lacks', () => {
    const m = new EntityMatcher(register(`entities:
  - { id: rakovsky, type: person, name: Khristian Rakovsky, aliases: [Rakovsky] }
`));
    assert.deepEqual(m.match('Signed Kh. Rakovsky; later Dr. Rakovsky.').map((x) => [x.text, x.id]), [['Kh. Rakovsky', 'rakovsky'], ['Rakovsky', 'rakovsky']]);
    const index = new CorpusIndex();
    index.setDocument('sources/a.txt', 'Letters of Ya. M. Orlovsky and Jan Brell reached us in Jan. 1930.');
    assert.deepEqual(index.get('sources/a.txt')!.entities.map((x) => x.text), ['Ya. M. Orlovsky', 'Jan Brell']);
  });

  it('links derived forms and marks them derived', () => {
    assert.deepEqual(ids('Trotskyism and the Trotskyists; a Stalinist.'), [
      ['Trotskyism', 'trotsky', true],
      ['Trotskyists', 'trotsky', true],
      // Derivation follows people's and events' names: a Stalinist follows the man, not the book.
      ['Stalinist', 'stalin', true],
    ]);
    const m = new EntityMatcher(register(`entities:
  - { id: thermidor, type: event, name: Thermidor }
  - { id: poland, type: place, name: Poland, derived: [Pole, Polish] }
  - { id: soviet-union, type: place, name: Soviet Union, derived: [Soviet] }
`));
    const at = (text: string) => m.match(text).map((x) => [x.text, x.id, x.derived]);
    assert.deepEqual(at('After Thermidor the Thermidorians and Thermidoreans ruled; Poles and a Pole spoke Polish.'), [
      ['Thermidor', 'thermidor', false],
      ['Thermidorians', 'thermidor', true],
      ['Thermidoreans', 'thermidor', true],
      ['Poles', 'poland', true],
      ['Pole', 'poland', true],
      ['Polish', 'poland', true],
    ]);
    // A body's followers, after the stem's last vowel ("Chekists" of Cheka), and a place's people ("Kronstadters").
    const b = new EntityMatcher(register(`entities:
  - { id: cheka, type: organization, name: Cheka }
  - { id: kronstadt, type: place, name: Kronstadt }
  - { id: nazis, type: group, name: National Socialists, aliases: [Nazis] }
`));
    assert.deepEqual(
      b.match('The Chekists met the Kronstadters at Kronstadt. Nazism rose.').map((x) => [x.text, x.id, x.derived]),
      [['Chekists', 'cheka', true], ['Kronstadters', 'kronstadt', true], ['Kronstadt', 'kronstadt', false], ['Nazism', 'nazis', true]],
    );
  });

  it('reads a declared adjective as derived only where it is one, and leaves its plural to the entry that owns it', () => {
    const m = new EntityMatcher(register(`entities:
  - { id: soviet-union, type: place, name: Soviet Union, derived: [Soviet] }
  - { id: soviets, type: organization, name: Soviets }
  - { id: bolsheviks, type: group, name: Bolsheviks, derived: [Bolshevik] }
`));
    const at = (text: string) => m.match(text).map((x) => [x.text, x.id, x.derived]);
    assert.deepEqual(at('The Soviet economy grew; the Soviet of Workers’ Deputies and the Petrograd Soviet met; the Soviets ruled.'), [
      ['Soviet', 'soviet-union', true],
      ['Soviets', 'soviets', false],
    ]);
    // With no noun after it, "the Soviet" is one of the councils whose plural the register names.
    assert.deepEqual(at('The leaders of the Soviet, and the Soviet answered; the Soviet delegation sat.'), [
      ['Soviet', 'soviets', true],
      ['Soviet', 'soviets', true],
      ['Soviet', 'soviet-union', true],
    ]);
    // A group's adjective used as a noun still names one of the group.
    assert.deepEqual(at('The Georgian Bolshevik leaders objected.'), [['Bolshevik', 'bolsheviks', true]]);
  });

  it('reads a capitalised gloss in a register name as another name, not a qualifier or a description', () => {
    const m = new EntityMatcher(register(`entities:
  - { id: whites, type: group, name: Whites (White Guards) }
  - { id: nazis, type: group, name: National Socialists (Nazis) }
  - { id: soviets, type: organization, name: "Soviets (workers' councils)" }
  - { id: vyborg, type: place, name: Vyborg district (Petrograd) }
  - { id: petrograd, type: place, name: Petrograd }
  - { id: stalin-book, type: work, name: Stalin (Trotsky) }
`));
    const at = (text: string) => m.match(text).map((x) => `${x.text}:${x.id}`);
    assert.deepEqual(at('The Whites, the White Guards, the Nazis and National Socialists; the Soviets; Vyborg district in Petrograd; Trotsky.'), [
      'Whites:whites',
      'White Guards:whites',
      'Nazis:nazis',
      'National Socialists:nazis',
      'Soviets:soviets',
      'Vyborg district:vyborg',
      'Petrograd:petrograd',
    ]);
  });

  it('resolves a shared name by context words, or leaves it ambiguous', () => {
    assert.deepEqual(ids('The general Wrangel held the Crimea.'), [['Wrangel', 'wrangel-general', false]]);
    assert.deepEqual(ids('Wrangel, a provocateur for the GPU, spoke.'), [['Wrangel', 'wrangel-officer', false]]);
    assert.deepEqual(ids('Wrangel spoke.'), [['Wrangel', '?wrangel-general|wrangel-officer', false]]);
    // An entry without context hints is the default reading.
    assert.deepEqual(ids('Stalin spoke.'), [['Stalin', 'stalin', false]]);
    assert.deepEqual(ids('In his biography, the book Stalin was unfinished.'), [['Stalin', 'stalin-book', false]]);
  });
});

describe('works known by a short title', () => {
  const reg = register(`entities:
  - { id: trotsky, type: person, name: Leon Trotsky, aliases: [Trotsky] }
  - { id: souvarine, type: person, name: Boris Souvarine, aliases: [Souvarine] }
  - { id: lenin, type: person, name: Vladimir Lenin, aliases: [Lenin] }
  - { id: stalin, type: person, name: Joseph Stalin, aliases: [Stalin] }
  - { id: trotsky-stalin, type: work, name: "Stalin: An Appraisal of the Man and His Influence (Trotsky)", participants: [trotsky] }
  - { id: souvarine-stalin, type: work, name: "Stalin: A Critical Survey of Bolshevism", participants: [souvarine] }
  - { id: schapiro-cpsu, type: work, name: "The Communist Party of the Soviet Union (Schapiro)", participants: [] }
  - { id: cpsu, type: organization, name: Communist Party of the Soviet Union }
`);
  const m = new EntityMatcher(reg);
  const links = (text: string) => m.match(text).filter((x) => /Stalin|Communist/.test(x.text)).map((x) => [x.text, x.id ?? `?${(x.candidates ?? []).join('|')}`]);

  it('reads the bare name as the person where nothing marks it as a title', () => {
    assert.deepEqual(links('Stalin cabled the news to Trotsky.'), [['Stalin', 'stalin']]);
    assert.deepEqual(links('Lenin, Trotsky, Stalin and the others met.'), [['Stalin', 'stalin']], 'a list of names is not a citation');
    assert.deepEqual(links('Delegates of the Communist Party of the Soviet Union met.'), [['Communist Party of the Soviet Union', 'cpsu']]);
  });

  it('reads it as the cited author\'s work after "Author," or "Author\'s"', () => {
    assert.deepEqual(links('5 Trotsky, Stalin, p. xv.'), [['Stalin', 'trotsky-stalin']]);
    assert.deepEqual(links('15 Boris Souvarine, Stalin, pp. 362-3.'), [['Stalin', 'souvarine-stalin']]);
    assert.deepEqual(links("the final lines of Trotsky's Stalin contradict it"), [['Stalin', 'trotsky-stalin']]);
  });

  it('reads it as a title after "his", in quotation marks or emphasis, or before a page reference, choosing by authors named nearby', () => {
    assert.deepEqual(links('Trotsky wrote much. When we open his Stalin, we find him there.'), [['Stalin', 'trotsky-stalin']]);
    assert.deepEqual(links('As Souvarine argued in *Stalin*, the party changed.'), [['Stalin', 'souvarine-stalin']]);
    assert.deepEqual(links('Trotsky said so. (Stalin, p. 421)'), [['Stalin', 'trotsky-stalin']]);
    // No author nearby: both books remain, and Clio says so rather than guess.
    assert.deepEqual(links('The book "Stalin" was long.'), [['Stalin', '?trotsky-stalin|souvarine-stalin']]);
  });
});

describe('near misses and known misspellings', () => {
  it('finds the registered name one letter away, and only an unambiguous one', () => {
    assert.equal(matcher.nearMiss('Trotksy')?.id, 'trotsky', 'swapped letters');
    assert.equal(matcher.nearMiss('Zinovieff')?.id, undefined, 'two letters away is too far');
    assert.equal(matcher.nearMiss('Stalinn')?.id, undefined, 'Stalin names two entries: no single suggestion');
    assert.equal(matcher.nearMiss('Wrangle')?.id, undefined, 'ambiguous as well');
    assert.equal(matcher.nearMiss('Carrs')?.id, undefined, 'names under five letters are not fuzzed');
    assert.equal(matcher.nearMiss('Trotsky'), undefined, 'an exact name is not a near miss');
    assert.equal(matcher.nearMiss('Trotskys'), undefined, 'a plural is not a slip of the pen');
    assert.equal(matcher.nearMiss("Zinov’iev")?.id, 'zinoviev', 'an apostrophe inside a name is part of one word');
  });

  it('links a known misspelling and marks it', () => {
    const reg = register(`entities:
  - { id: rykov, type: person, name: Alexei Rykov, aliases: [Rykov], misspellings: [Ryokov] }
`);
    const [m] = new EntityMatcher(reg).match('Ryokov agreed.');
    assert.deepEqual([m.text, m.id, m.misspelling], ['Ryokov', 'rykov', true]);
  });
});

describe('other transliterations', () => {
  it('reads the spellings of older texts as the registered name, and only an unambiguous one', () => {
    const m = new EntityMatcher(register(`entities:
  - { id: trotsky, type: person, name: Leon Trotsky, aliases: [Trotsky] }
  - { id: kornilov, type: person, name: Lavr Kornilov, aliases: [Kornilov] }
  - { id: lenin, type: person, name: Vladimir Lenin, aliases: [Lenin] }
  - { id: zinoviev, type: person, name: Grigory Zinoviev, aliases: [Zinoviev] }
`));
    assert.equal(m.variantOf('Trotzky')?.entry.id, 'trotsky');
    assert.equal(m.variantOf('Korniloff')?.entry.id, 'kornilov');
    assert.equal(m.variantOf('Lenine')?.entry.id, 'lenin');
    assert.equal(m.variantOf('Zinovieff')?.entry.id, 'zinoviev');
    // The soft sign of Library of Congress transliteration.
    assert.equal(m.variantOf("Zinov'ev")?.entry.id, 'zinoviev');
    assert.equal(m.variantOf('Kerensky'), undefined);
    const groups = new EntityMatcher(register(`entities:\n  - { id: bolsheviks, type: group, name: Bolsheviks }\n  - { id: gpu, type: organization, name: OGPU }\n`));
    assert.equal(groups.variantOf('Bolsheviki')?.entry.id, 'bolsheviks', 'a Russian plural in -i');
    assert.deepEqual(groups.match('The Ogpu, the OGPU, the ogpu.').map((x) => x.text), ['Ogpu', 'OGPU'], 'a longer acronym written as a word');
    const ussr = new EntityMatcher(register(`entities:\n  - { id: ussr, type: place, name: Soviet Union, aliases: [URSS] }\n`));
    assert.equal(ussr.variantOf('Ours'), undefined, 'an acronym has no other spellings');
    // A full name: every word must belong to the same registered person.
    assert.equal(m.variantOf('Leon Trotzky')?.entry.id, 'trotsky');
    assert.equal(m.variantOf('Lavr Trotzky'), undefined);
    // French and Polish spellings of the period.
    assert.equal(m.variantOf('Korniloff')?.entry.id, 'kornilov');
    const other = new EntityMatcher(register(`entities:
  - { id: ordzhonikidze, type: person, name: Sergo Ordzhonikidze }
  - { id: chelyabinsk, type: place, name: Chelyabinsk }
  - { id: rakovsky, type: person, name: Christian Rakovsky }
`));
    assert.equal(other.variantOf('Ordjonikidze')?.entry.id, 'ordzhonikidze');
    assert.equal(other.variantOf('Tcheliabinsk')?.entry.id, 'chelyabinsk');
    assert.equal(other.variantOf('Rakovski')?.entry.id, 'rakovsky');
  });
});

describe('candidates', () => {
  const candidates = (text: string) => {
    const tokens = tokenize(text);
    const mentions = matcher.match(text, tokens);
    return findCandidates(text, tokens, { taken: mentions, sentenceStarts: new Set(sentenceSpans(text).map((s) => s.start)), ignored: new Set() }).map((m) => [m.text, m.type]);
  };

  it('finds capitalised names the register lacks', () => {
    assert.deepEqual(candidates('Trotsky met Karl Radek in Berlin with Comrade Joffe.'), [
      ['Karl Radek', 'person'],
      ['Berlin', 'place'],
      ['Joffe', 'person'],
    ]);
  });

  it('treats the first word after a bracket, a footnote number or a colon as sentence-initial', () => {
    assert.deepEqual(candidates("'We must wait.' (Reported by Radek.)\n\n21 Text of the letter.\n\nHis rule: Fais ce que tu dois."), [['Radek', null]]);
  });

  it('reads the publisher of a citation imprint as an organisation, "and" included', () => {
    assert.deepEqual(candidates('2 Isaac Deutscher, The Prophet Outcast (London: Faber and Faber, 1963), p. 12.'), [
      ['Isaac Deutscher', 'person'],
      ['Prophet Outcast', null],
      ['London', 'place'],
      ['Faber and Faber', 'organization'],
    ]);
  });

  it('reads a bibliography\'s imprint without brackets, and a publisher with a comma in its name', () => {
    const orgs = (text: string) => candidates(text).filter(([, t]) => t === 'organization').map(([n]) => n);
    assert.deepEqual(orgs('Eastman, Max. Since Lenin Died. New York: Harcourt, Brace and Company, 1928.'), ['Harcourt, Brace and Company']);
    assert.deepEqual(orgs('Conte. *Rakovski*. Boulder, CO: East European Monographs, 1989.'), ['East European Monographs']);
    // Not a place before the colon: no imprint.
    assert.deepEqual(orgs('He wrote. Source: Smith, 1990.'), []);
    const typed = (text: string) => candidates(text).map(([t, ty]) => `${t}:${ty}`);
    assert.deepEqual(typed('Deutscher. The Prophet. London and New York: Verso, 2003. Van Heijenoort, With Trotsky (Cambridge, Mass.: Harvard University Press, 1978).').filter((c) => /Verso|Mass|Harvard/.test(c)), [
      'Verso:organization',
      'Mass.:place',
      'Harvard University Press:organization',
    ]);
  });

  it('guesses a candidate\'s type from its words and its surroundings', () => {
    const typed = (text: string) => candidates(text).map(([t, ty]) => `${t}:${ty}`);
    assert.deepEqual(typed('The Treaty of Brest-Litovsk was signed; the Kronstadt Rising followed.'), ['Treaty of Brest-Litovsk:event', 'Kronstadt Rising:event']);
    assert.deepEqual(typed('Delegates came to the Ninth Congress from the Volga River.'), ['Ninth Congress:event', 'Volga River:place']);
    assert.deepEqual(typed('It was printed by Pathfinder Press and reviewed in the Manchester Guardian Weekly.'), ['Pathfinder Press:organization', 'Manchester Guardian Weekly:organization']);
    assert.deepEqual(typed('Natalia Sedova arrived. Sedova said nothing; Kuibyshev agreed.'), ['Natalia Sedova:person', 'Sedova:person', 'Kuibyshev:person']);
    assert.deepEqual(typed('They sailed from Odessa to Novorossiysk with the Cossacks.'), ['Odessa:place', 'Novorossiysk:place', 'Cossacks:group']);
    assert.deepEqual(typed('Then Budyonny\'s cavalry rode on; Ukrainians and Latvians watched.'), ['Budyonny:person', 'Ukrainians:place', 'Latvians:place']);
    assert.deepEqual(typed('Later Sergei wrote to his mother.'), ['Sergei:person'], 'a given name alone is a person');
    assert.deepEqual(typed('Guns fired from the Neva, and the Smolny was lit; the Kadet leaders met.'), ['Neva:place', 'Smolny:place', 'Kadet:null'], 'one unknown word after "the", before punctuation or a small word, is most often a place');
    assert.deepEqual(typed('Later Don Cossacks rode; Orlando Figes wrote of it; Narkomprod sent grain, and the Right, as ever, objected.'), ['Don Cossacks:group', 'Orlando Figes:person', 'Narkomprod:organization', 'Right:group']);
    assert.deepEqual(typed('Then the Blum government and the Norwegian government fell.'), ['Blum:person', 'Norwegian:place'], 'a government named after its head');
    assert.deepEqual(
      typed('He met Agnes E. Meyer of the Washington Post, the SAP of Jacob Walcher and the Council of People’s Commissars; see the Report of Court Proceedings.'),
      ['Agnes E. Meyer:person', 'Washington Post:organization', 'SAP:organization', 'Jacob Walcher:person', 'Council of People’s Commissars:organization', 'Report of Court Proceedings:organization'],
      '"of" ties a person to a body or a place, or a body to its leader: two names',
    );
    assert.deepEqual(
      typed('He met Miss Ilse Brandt of Odessa, then Oriol Vendrell of the POUM and the KAP of Jaap Oudegeest.'),
      ['Ilse Brandt:person', 'Odessa:place', 'Oriol Vendrell:person', 'POUM:organization', 'KAP:organization', 'Jaap Oudegeest:person'],
      'a courtesy title before a given name; a body\'s acronym with a name of two unknown words',
    );
    assert.deepEqual(
      typed('It came out from Gollancz in London; the Russian text was published in Berlin by Granit; its publisher, Suhrkamp, waited; mine is a Haymarket paperback.'),
      ['Gollancz:organization', 'London:place', 'Russian:place', 'Berlin:place', 'Granit:organization', 'Suhrkamp:organization', 'Haymarket:organization'],
      'a publisher by what the text says of it',
    );
    assert.deepEqual(typed('He wrote on Prinkipo, an island off Istanbul, and later in Kolpashevo, a small village; the island of Büyükada was calm.'), ['Prinkipo:place', 'Istanbul:place', 'Kolpashevo:place', 'Büyükada:place'], 'said to be a place in the same breath');
    assert.deepEqual(typed('Guns of the Peter and Paul Fortress fired; the Women’s Battalion held; it was International Women’s Day.'), [
      'Peter and Paul Fortress:place',
      'Women’s Battalion:organization',
      'International Women’s Day:event',
    ]);
    assert.deepEqual(
      typed('After the Zhongshan Incident came the Northern Expedition; later the Armistice of Compiègne. Northlight Radio asked whether the Reichstag or the Rada would vote.'),
      ['Zhongshan Incident:event', 'Northern Expedition:event', 'Armistice of Compiègne:event', 'Northlight Radio:organization', 'Reichstag:organization', 'Rada:organization'],
      'events and bodies by their head words, foreign parliaments included',
    );
    assert.deepEqual(typed('Then came Operation Faustschlag; the Central Powers and the Zimmerwald Left disagreed.'), ['Operation Faustschlag:event', 'Central Powers:group', 'Zimmerwald Left:group']);
    assert.deepEqual(typed('Lenin read the Decree on Land and the Theses on the Present Situation; Hoffmann kept War Diaries.').filter((t) => !/^(?:Hoffmann|Lenin):/.test(t)), [
      'Decree on Land:work',
      'Theses on the Present Situation:work',
      'War Diaries:work',
    ]);
    assert.deepEqual(
      typed('We thank Katharina Wolff-Mendes and Ann Bone. They sailed to Port Arthur.'),
      ['Katharina Wolff-Mendes:person', 'Ann Bone:person', 'Port Arthur:place'],
      'an English given name opens a person\'s name, unless it is also a place or a place\'s opener',
    );
    assert.deepEqual(
      typed('He wrote a letter to Valentinov. Word came from Kühlmann; then Ludendorff and Hindenburg spoke. They went from Tsaritsyn to Odessa, and a train to Tsaritsyn.'),
      ['Valentinov:person', 'Kühlmann:person', 'Ludendorff:person', 'Hindenburg:null', 'Tsaritsyn:place', 'Odessa:place', 'Tsaritsyn:place'],
      '"from" and "to" lead to people as often as to places: a surname\'s ending outweighs them; -burg alone makes no place',
    );
    assert.deepEqual(typed('Dear Sam, tell the others. Tell Max that Harper & Brothers printed Foundations of a Planned Economy; the Bolsheviki, Denikine and Kolchak & Makhno stayed at the Hotel Bristol.'), [
      'Sam:person',
      'Max:person',
      'Harper & Brothers:organization',
      'Foundations of a Planned Economy:null',
      'Bolsheviki:group',
      'Denikine:person',
      // In notes, an ampersand lists names.
      'Kolchak:null',
      'Makhno:null',
      'Hotel Bristol:place',
    ]);
    assert.deepEqual(typed('Its members were Benjamin Stolberg and Suzanne La Follette. Vyshinsky had accused him. Between them lay Stolberg.'), [
      'Benjamin Stolberg:person',
      'Suzanne La Follette:person',
      // First in its sentence, but shaped like a surname.
      'Vyshinsky:person',
      'Stolberg:person',
    ]);
    assert.deepEqual(typed('The Putilov Works and the Collected Works met on New Style dates at the Seminar Thurs, under the Supreme Ruler.'), ['Putilov Works:organization', 'Collected Works:work', 'Seminar:null']);
    assert.deepEqual(typed('He read Poslednia Novosti and România Muncitoare in the Donbass, among Persian and Yugoslav exiles.'), [
      'Poslednia Novosti:organization',
      'România Muncitoare:organization',
      'Donbass:place',
      'Persian:place',
      'Yugoslav:place',
    ]);
    assert.deepEqual(typed('Papers in the Houghton Library and the Hoover Institution, read by Alan M. Ball and Ramsay MacDonald in the Daily Mail, tell of Miliukoff near the Novodevichy Cemetery.'), [
      'Houghton Library:organization',
      'Hoover Institution:organization',
      'Alan M. Ball:person',
      'Ramsay MacDonald:person',
      'Daily Mail:organization',
      'Miliukoff:person',
      'Novodevichy Cemetery:place',
    ]);
    assert.deepEqual(typed('Unrest ran along the Volga. From Prinkipo he wrote; in the Cossacks’ land it was quiet.'), ['Volga:place', 'Prinkipo:place', 'Cossacks:group']);
    // (The titles themselves are titleSpans' to find.)
    assert.deepEqual(typed('See Figes, *A People’s Tragedy*, and Machiavelli’s The Prince.').filter((c) => /Figes|Machiavelli/.test(c)), ['Figes:person', 'Machiavelli:person']);
  });

  it('knows places from a gazetteer, acronyms as bodies, and splits a nationality off a name', () => {
    const typed = (text: string) => candidates(text).map(([t, ty]) => `${t}:${ty}`);
    assert.deepEqual(typed('The Whites took Voronezh; the NKVD came later.'), ['Whites:group', 'Voronezh:place', 'NKVD:organization']);
    assert.deepEqual(typed('where the Canadian Maurice Spector and James P. Cannon met'), ['Canadian:place', 'Maurice Spector:person', 'James P. Cannon:person']);
    assert.deepEqual(typed('the Minister of Justice wrote to him in Sept and to Gen. Wood later'), ['Wood:person']);
    assert.deepEqual(typed('the General Secretary told the Military Governor and the Premier to wait'), [], 'offices are posts, not names');
    assert.deepEqual(typed('As Commissar of Foreign Affairs he met Prof. Pokrovsky; they made Hitler Chancellor.'), ['Pokrovsky:person', 'Hitler:null']);
  });

  it('keeps words bound into a name, and leaves a title outside it', () => {
    const typed = (text: string) => candidates(text).map(([t, ty]) => `${t}:${ty}`);
    assert.deepEqual(typed('The All-Russian Peasant Union met after Bloody Sunday, in the Third Period.'), ['All-Russian Peasant Union:organization', 'Bloody Sunday:event', 'Third Period:event']);
    assert.deepEqual(typed('It was Tsar Nicholas II who signed the Financial Manifesto.'), ['Nicholas II:person', 'Financial Manifesto:work']);
    assert.deepEqual(typed('In Norway the Labour Party, like Peter the Great, sat in the Chamber of the Deputies.'), ['Norway:place', 'Labour Party:organization', 'Peter the Great:person', 'Chamber of the Deputies:organization']);
    assert.deepEqual(typed('On Sunday they met. First Radek spoke.'), ['Radek:null']);
  });

  it('keeps an apostrophe inside a transliterated name, not a possessive', () => {
    assert.deepEqual(candidates("Then Kollontai's friend Shlyapnikov met Ryazan'ev."), [['Kollontai', 'person'], ['Shlyapnikov', 'person'], ["Ryazan'ev", 'person']]);
  });

  it('skips sentence-initial common words and words also used in lower case', () => {
    assert.deepEqual(candidates('However, the party grew. The Party congress met. Meanwhile Bukharin wrote.'), [['Bukharin', 'person']]);
  });

  it('does not take doctrines or Title-Case headings for names', () => {
    assert.deepEqual(candidates('The peasants feared Tsarism, and the Tsarists feared Bukharin.'), [['Bukharin', 'person']]);
    // Initials whose letters are also words or numerals stay in the name; a translator before an imprint is no title.
    assert.deepEqual(candidates('Later, trans. A. M. Sheridan Smith (London, 1970), and V. A. Sakharov wrote.'), [['A. M. Sheridan Smith', 'person'], ['London', 'place'], ['V. A. Sakharov', 'person']]);
    // A party named in another language keeps its lower-case words; English ones end it.
    assert.deepEqual(candidates('Later the Parti socialiste ouvrier et paysan and the Parti ouvrier internationaliste joined, and the Bund was there.').filter(([t]) => !!t?.startsWith('Parti')), [
      ['Parti socialiste ouvrier et paysan', 'organization'],
      ['Parti ouvrier internationaliste', 'organization'],
    ]);
    // "on" before a sea or river places a town; a document "on" its subject stays whole.
    assert.deepEqual(candidates('He rested at Sukhum on the Black Sea and read the Decree on Land.'), [['Sukhum', 'place'], ['Black Sea', 'place'], ['Decree on Land', 'work']]);
    // A label with its letter and a calendar named for someone are no names.
    assert.deepEqual(candidates('Read Source C beside Figure B and Table D; dates follow the Julian calendar until Kerensky left; Appendix Z gives Gregorian dating.').map(([t]) => t), ['Kerensky']);
    // "General" is a rank before a person, and a word of the name before a body's or an event's head.
    assert.deepEqual(candidates('General Kuropatkin met the General Federation of Dockers before the General Strike.').map(([t]) => t), ['Kuropatkin', 'General Federation of Dockers', 'General Strike']);
    // After a proper name "on the" places it; after a common noun it makes a title or an event.
    assert.deepEqual(candidates('Police fired at Kazakovtsy on the Liteiny Prospect after the Miracle on the Vistula.').map(([t]) => t), ['Kazakovtsy', 'Liteiny Prospect', 'Miracle on the Vistula']);
    // After a building's head "on" places it; a body's name may hold "on".
    assert.deepEqual(candidates('We walked to the Blue House on Londres while the Commission on Grain Supply met.').map(([t]) => t), ['Blue House', 'Londres', 'Commission on Grain Supply']);
    // A user name in a comment thread names a person.
    assert.deepEqual(candidates('Great review.\nmarginalia_maria 8 Nov 2021\n@Kolya_R on the list! Also snake_case mid-line is no name.\nsource_type: essay'), [['marginalia_maria', 'person'], ['Kolya_R', 'person']]);
    // A movement's members after "the", and a paper the text calls one, are names.
    assert.deepEqual(candidates('Later the Spartacists rose, and the Leftists, on the left, wrote in their paper Kommunist.'), [['Spartacists', 'group'], ['Kommunist', 'organization']]);
    assert.deepEqual(candidates('They disagreed. Iskrovist, the exiles’ weekly paper, said so.'), [['Iskrovist', 'organization']]);
    // A Russian paper's name in transliteration, its later words in lower case; not English words after a name.
    assert.deepEqual(candidates('He wrote for Vechernie novosti and Nashe slovo; the Shakhtinsk trial put him off.').map(([t]) => t), ['Vechernie novosti', 'Nashe slovo', 'Shakhtinsk']);
    assert.deepEqual(candidates('Papers in the Vestlandets arkiv og bibliotek and the Rossiiskii gosudarstvennyi arkhiv.'), [['Vestlandets arkiv og bibliotek', 'organization'], ['Rossiiskii gosudarstvennyi arkhiv', 'organization']]);
    assert.deepEqual(candidates('Under the Tsar and the Church, a Social-Democratic paper went to Odessa.'), [['Odessa', 'place']]);
    const tokens = (t: string) => tokenize(t);
    const inText = (text: string) =>
      findCandidates(text, tokens(text), {
        taken: [],
        sentenceStarts: new Set(sentenceSpans(text).map((s) => s.start)),
        ignored: new Set(),
        headings: headingSpans(text),
      }).map((m) => m.text);
    assert.deepEqual(inText('Notes\n\nBattle for the Party\n\nIn Moscow the cells met.'), ['Moscow']);
    // A byline or an author's line looks like a Title-Case heading, but names a person.
    assert.deepEqual(inText('Battle for the Party\n\nPosted on 7 November by Jakob Lind · 3 Comments\n\nClaire Dunmore, Department of History\n\nIn Moscow the cells met.'), ['Jakob Lind', 'Claire Dunmore', 'Moscow']);
  });

  it('keeps connectors inside names and guesses organisations', () => {
    assert.deepEqual(candidates('He joined the Society of Friends and the Left Opposition.'), [
      ['Society of Friends', 'organization'],
      ['Left Opposition', 'organization'],
    ]);
  });
});
