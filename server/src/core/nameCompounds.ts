// Names built out of other names, read after the register's mentions and the candidates are
// known: compounds on registered names ("Sixth World Congress of the Comintern"), inverted
// names of bibliographies, indexes and container lists ("Dan, Lidiia Osipovna"), bodies named
// with their state or party ("…of the Central Committee of the VKP(b)") and names completed by
// a lower-case head ("Kazan station"). corpus.ts runs them in that order.

import { guessType, headWordType, isGivenName, isPeriodGivenName, opensWithGivenName, places, type NameLexicon } from './candidateTypes';
import { transliterationKey } from './entities';
import { COMMON, isEnglishWord } from './nameWords';
import type { Register } from './register';
import { ENTRY_OPENER, foldCase, LINE_OPENER } from './text';
import { nameTokens, ORDINAL_NAMES } from './tokens';
import type { EntityMention, EntityType } from './types';

/** Head nouns that open a body's name in Spanish, Italian or French. */
const ROMANCE_HEAD = /^(?:museo|musée|instituto|institut|istituto|biblioteca|bibliothèque|archivo|arxiu|secretaría|ministerio|comité|comitato|comisión|universidad|université|università|partido|parti|partito|fundación|fondation|fondazione|casa)$/i;

/** A registered body's name of one word ("Opposition", "Soviet"), which other bodies' names end in. */
export function bodyOfOneWord(m: EntityMention | undefined): boolean {
  return !!m && !!m.id && !m.derived && (m.type === 'organization' || m.type === 'group') && !/\s/.test(m.text);
}

/** A record's field that lists people: "Related people:", "Correspondents:", "Sitters:". */
const PEOPLE_FIELD = new RegExp(String.raw`^${LINE_OPENER}[\p{L} ]{0,20}\b(?:[Pp]eople|[Pp]ersons|[Nn]ames|[Cc]orrespondents|[Aa]uthors|[Cc]reators|[Mm]akers|[Aa]rtists|[Pp]hotographers|[Ss]itters)\b[\p{L} ]{0,20}:`, 'u');

/** A capitalised ordinal, in words (first to tenth) or figures, right before a name: "First Duma", "2nd Army". */
const ORDINAL_BEFORE = new RegExp(`(?:^|[^\\p{L}\\d])((?:${ORDINAL_NAMES.slice(0, 10).map((w) => w[0].toUpperCase() + w.slice(1)).join('|')})|\\d{1,2}(?:st|nd|rd|th)) $`, 'u');

/** Words that name a part of a place: "Eastern Europe", "Upper Silesia", "Central Asia". */
const QUARTERS = /^(?:North|South|East|West|Northern|Southern|Eastern|Western|Central|Upper|Lower|Greater|Outer|Inner|Little)$/;

/**
 * A name the register lacks that is built on names it has: "St Petersburg
 * Soviet", "American Historical Review", "Sixth World Congress of the
 * Comintern". Adjacent mentions merge into one candidate when the last part is
 * an unregistered head word naming an organisation, event or place, or when
 * such a candidate continues with "of (the)" and a registered name.
 */
export function compoundNames(text: string, entities: EntityMention[], lexicon?: NameLexicon, register?: Register): EntityMention[] {
  const out: EntityMention[] = [];
  // Unlinked: a candidate, or a name the register leaves ambiguous ("October Manifesto").
  const isCand = (m: EntityMention) => m.id === null;
  const headType = (m: EntityMention): EntityType | undefined => {
    // The head of "Institute of Social History" is "Institute", of "Committee for the Defense", "Committee".
    const words = m.text.split(/[\s-]+/);
    const of = words.findIndex((w, k) => k > 0 && (w === 'of' || w === 'for'));
    const heads = of > 0 ? [words[of - 1], words[words.length - 1]] : [words[words.length - 1]];
    // In Spanish, Italian and French the head comes first: "Museo Casa", "Secretaría de Cultura".
    if (ROMANCE_HEAD.test(words[0])) heads.push(words[0]);
    for (const head of heads) {
      const type = headWordType(head);
      if (type) return type;
    }
    return undefined;
  };
  for (let i = 0; i < entities.length; i++) {
    // A given name before a registered person's surname: that person where the register gives them that
    // name or none, another person where it gives another ("Vladimir Smirnov" is not Ivan Smirnov).
    const given = entities[i];
    const surname = entities[i + 1];
    if (
      register && surname?.id && surname.type === 'person' && !surname.derived && isCand(given) && !given.candidates &&
      /^\p{Lu}\p{Ll}+$/u.test(given.text) && text.slice(given.end, surname.start) === ' ' && opensWithGivenName([given.text, surname.text], lexicon)
    ) {
      const entry = register.byId.get(surname.id);
      const names = [entry?.name ?? '', ...(entry?.aliases ?? [])].map((n) => nameTokens(n));
      const first = foldCase(given.text);
      const known = names.filter((n) => n.length > 1).map((n) => n[0]);
      const same = known.length === 0 || known.some((k) => k === first || (k.length === 1 && k === first[0]));
      out.push({ ...surname, start: given.start, text: text.slice(given.start, surname.end), ...(same ? {} : { id: null, type: 'person' as EntityType, derived: false }) });
      i++;
      continue;
    }
    let j = i;
    // Extend over mentions joined by a space or hyphen, or by an en dash where a name the register lacks ends
    // the run ("the Trotskyite–Zinovievite Terrorist Centre", "the Molotov–Ribbentrop Pact").
    for (;;) {
      while (j + 1 < entities.length && /^[ -]$/.test(text.slice(entities[j].end, entities[j + 1].start))) j++;
      let k = j;
      while (k + 1 < entities.length && /^[ –-]$/.test(text.slice(entities[k].end, entities[k + 1].start))) k++;
      if (k === j || !isCand(entities[k])) break;
      j = k;
    }
    let group = entities.slice(i, j + 1);
    // "the Old Bolsheviks Grigory Zinoviev, …": a body named with a word before it ends the name there.
    if (group.length > 2 && isCand(group[0]) && !group[0].candidates && bodyOfOneWord(group[1])) {
      j = i + 1;
      group = group.slice(0, 2);
    }
    let type: EntityType | undefined;
    // Built on a registered name or a nationality ("Norwegian Labour Party", "Russian State Library").
    if (group.length > 1 && isCand(group[group.length - 1]) && group.slice(0, -1).some((m) => m.id || (m.derived && m.type === 'place'))) type = headType(group[group.length - 1]);
    // A registered body's one-word name after words the register lacks: "Bulygin Duma", "Military Opposition" are
    // other bodies; after an ordinal ("First Duma") it is the same body, named in full.
    const tail = group[group.length - 1];
    const oneWordBody = bodyOfOneWord(tail);
    if (oneWordBody && group.length === 1) {
      const ordinal = ORDINAL_BEFORE.exec(text.slice(Math.max(0, tail.start - 12), tail.start));
      if (ordinal) {
        const start = tail.start - ordinal[1].length - 1;
        out.push({ ...tail, start, text: text.slice(start, tail.end) });
        continue;
      }
    }
    let keepType = false;
    // Another thing of the same kind, named after a nation or a quarter: "Spanish Civil War", "German Communist Party"
    // (the register's are Russian), "Eastern Europe", "Left Kuomintang". Not a group ("Georgian Bolsheviks" are Bolsheviks).
    if (group.length === 2 && !tail.derived && tail.id && !nameTokens(tail.text).some((w) => w === foldCase(group[0].text))) {
      const head = group[0];
      // A one-word event after a nationality is a likeness, not another event: "a Russian Thermidor".
      const nation = ((head.id && head.derived && head.type === 'place') || (isCand(head) && places().demonyms.has(foldCase(head.text)))) &&
        (tail.type === 'organization' || (tail.type === 'event' && /\s/.test(tail.text)));
      const quarter = isCand(head) && !head.candidates && QUARTERS.test(head.text) && tail.type === 'place';
      const wing = isCand(head) && !head.candidates && /^(?:Left|Right)$/.test(head.text) && tail.type === 'organization';
      if (nation || quarter || wing) {
        out.push({ start: head.start, end: tail.end, text: text.slice(head.start, tail.end), id: null, type: wing ? 'group' : tail.type, derived: false });
        i = j;
        continue;
      }
    }
    // …or after it: "the Communist Party of Poland" is not the registered "Communist Party" (the Russian one).
    const country = entities[j + 1];
    if (group.length === 1 && tail.id && !tail.derived && tail.type === 'organization' && /\bParty$/.test(tail.text) && country?.type === 'place' && !country.derived && text.slice(tail.end, country.start) === ' of ') {
      out.push({ start: tail.start, end: country.end, text: text.slice(tail.start, country.end), id: null, type: 'organization', derived: false });
      i = j + 1;
      continue;
    }
    // A body named after a place: "the Leningrad Opposition", "the Moscow Soviet".
    if (group.length === 2 && (isCand(group[0]) || (group[0].id && !group[0].derived && group[0].type === 'place')) && oneWordBody) {
      type = tail.type!;
      keepType = true;
    }
    // A word the register leaves ambiguous, after a name it lacks: "Zimmerwald Manifesto" is neither of the registered manifestos.
    if (group.length === 2 && isCand(group[0]) && !group[0].candidates && tail.candidates && headType(tail)) type = headType(tail);
    // "Sixth World Congress" + "of the" + "Comintern", "Movement for the Fourth International", "Museo Casa de León Trotsky".
    const next = entities[j + 1];
    // Not a place in a place: "the Catherine Hall of the Tauride Palace" names two.
    const placeInPlace = next?.type === 'place' && /\b(?:hall|halls|palace|square|street|station|cathedral|church|house|room|gate|bridge|fortress|prison|hotel|theatre|theater)$/i.test(tail.text);
    if (isCand(tail) && next?.id && !next.derived && !placeInPlace && /^ (?:of|for|de|de la|del) (?:the )?$/.test(text.slice(tail.end, next.start)) && (type ?? headType(tail))) {
      type = type ?? headType(tail);
      group = [...group, next];
      j++;
    }
    if (!type || group.length < 2) continue;
    const start = group[0].start;
    const end = group[group.length - 1].end;
    const surface = text.slice(start, end);
    // The whole name's words may say more than its head ("Sixth World Congress" is an event).
    out.push({ start, end, text: surface, id: null, type: keepType ? type : guessType(text, start, end, surface, lexicon) ?? type, derived: false });
    i = j;
  }
  return out;
}

/**
 * The head of a bibliography entry, a headword or a catalogue entry ("Folder 13.
 * Sedov, Lev, 1906–1938."): a surname, then given names or initials, before a full
 * stop, a comma, a colon, a bracket or the line's end. "Conte, Francis. *Christian
 * Rakovski*…", "RAKOVSKY, Christian Georgievich (1873–1941)", "DEUTSCHER Isaac,";
 * also an index's cross-reference ("see also Trotsky, Leon: works").
 */
const INVERTED_NAME = new RegExp(String.raw`(?:^[ \t]*${ENTRY_OPENER}?|(?<=(?<![^\p{L}]\p{Lu})[.;:] )|(?<=\b[Ss]ee(?: also)? ))(\p{Lu}[\p{L}'’-]+)(,? )((?:\p{Lu}\.[ ]?)+\p{Lu}[\p{Ll}'’-]+(?=[.,;]|\s[([])|(?:\p{Lu}\.[ ]?)*\p{Lu}\.(?!\p{L})|\p{Lu}[\p{Ll}'’-]+(?:[ -]\p{Lu}[\p{Ll}'’-]+){0,2}(?: \p{Lu}\.(?=[\s,;]|$)|(?=[.,;:]|\s[([]|[ \t]*$)))`, 'gmu');
/** A line's start and an entry's opening, ending where a name starts. */
const ENTRY_AT_END = new RegExp(String.raw`\n[ \t]*${ENTRY_OPENER}?$`);

/**
 * A bibliography's inverted names are one person's: the surname (followed by a
 * comma, or in capitals) and the given names or initials after it, the first of
 * them a known given name (built in, or from the register's people) or an
 * initial. Where the surname is linked, the whole name is that person; otherwise
 * it is a candidate person. Mentions inside the name give way to it.
 */
export function invertedNames(text: string, entities: EntityMention[], lexicon?: NameLexicon, registeredNames?: (id: string) => readonly string[]): EntityMention[] {
  const names: EntityMention[] = [];
  for (const m of text.matchAll(INVERTED_NAME)) {
    const [, surname, sep, given] = m;
    if (sep === ' ' && !/^\p{Lu}{2,}$/u.test(surname)) continue;
    if (COMMON.has(foldCase(surname))) continue;
    // A dateline's place and month, not a name: "COPENHAGEN, Jan. 13".
    if (/^\.?\s*\d/.test(text.slice(m.index! + m[0].length, m.index! + m[0].length + 4)) && /^(?:Jan|Mar|May|June|July|Aug)$/.test(given)) continue;
    const first = foldCase(given.split(/[ -]/)[0]).replace(/\.$/, '');
    const start = m.index! + m[0].length - surname.length - sep.length - given.length;
    const end = start + surname.length + sep.length + given.length;
    // An entry of its own ("4. Dobbs, Farrell. *Teamster Rebellion*."): a line opened by the name, a full stop
    // and the title after it. There any given name will do, or a word no dictionary has.
    // (Far enough back for a container list's label: "Folders 12–13. ".)
    const before = (start <= 24 ? '\n' : '') + text.slice(Math.max(0, start - 24), start);
    const entry = sep === ', ' && ENTRY_AT_END.test(before) && /^(?:\s\((?:1[5-9]|20)\d\d[a-z]?\))?\.?\s+[*_“"‘]?[\p{Lu}\d]/u.test(text.slice(end, end + 14));
    // A reference book's headword: the surname in capitals opening the line ("SMILGA, Ivar Tenisovich (1892–1938)").
    const headword = sep === ', ' && /^\p{Lu}{3,}$/u.test(surname) && ENTRY_AT_END.test(before);
    // A container list's correspondent, the line opened by the name and closed by its dates or nothing
    // ("Folder 5. Dan, Lidiia Osipovna, 1947–1963").
    // …or one of a record's people, listed after its label and parted by semicolons ("Related people: Klutsis, Gustav; Kulagina, Valentina").
    const correspondent = sep === ', ' && ((ENTRY_AT_END.test(before) && /^(?:,\s*(?:ca?\.\s*)?\d{4}|[ \t]*(?:\n|$))/.test(text.slice(end, end + 12))) ||
      (/[;:] $/.test(before) && /^(?:;|[ \t]*(?:\n|$))/.test(text.slice(end, end + 2)) && PEOPLE_FIELD.test(text.slice(text.lastIndexOf('\n', start) + 1, start))));
    // A given name with a middle initial after it is one whatever the word ("Holm, Kjersti A.").
    const initialled = sep === ', ' && / \p{Lu}\.$/u.test(given) && !isEnglishWord(first);
    if (!(first.length === 1 || initialled || isPeriodGivenName(first, lexicon) || ((entry || headword || correspondent) && (isGivenName(first) || !isEnglishWord(first))))) continue;
    // Not a registered place or body with a name after its comma ("In Moscow, Lev…"), nor a list of names
    // whose second is another registered person's in full ("Bukharin, Alexei Rykov, the head of the government").
    if (entities.some((e) => e.id && e.type !== 'person' && e.start <= start && start < e.end)) continue;
    const linked = entities.find((e) => e.id && e.type === 'person' && e.start === start && e.end <= start + surname.length);
    if (given.includes(' ') && entities.some((e) => e.id && e.id !== linked?.id && e.type === 'person' && e.start === end - given.length && e.end === end)) continue;
    // Another person of the same surname, by the given name the register has for the linked one: "Smirnov, Vladimir" is not Ivan Smirnov.
    const other = !!linked?.id && first.length > 1 && !!registeredNames && givenNamesDiffer(first, registeredNames(linked.id));
    names.push({ start, end, text: text.slice(start, end), id: other ? null : (linked?.id ?? null), type: 'person', derived: false });
  }
  if (!names.length) return entities;
  const covered = (e: EntityMention) => names.some((n) => n.start < e.end && e.start < n.end);
  return [...entities.filter((e) => !covered(e)), ...names].sort((a, b) => a.start - b.start);
}

/** Whether `given` (folded) is none of the given names or initials that open a registered person's names of several words. */
function givenNamesDiffer(given: string, names: readonly string[]): boolean {
  const firsts = names.filter((n) => n.trim().includes(' ')).map((n) => foldCase(n.trim().split(/\s+/)[0]).replace(/\.$/, '')).filter(Boolean);
  if (!firsts.length) return false;
  // Spellings differ by transliteration ("Aleksandra", "Alexandra"): compared by their keys.
  const key = transliterationKey(given);
  return !firsts.some((f) => (f.length === 1 ? given.startsWith(f) : transliterationKey(f) === key || f.startsWith(given) || given.startsWith(f)));
}

/** Lower-case heads that make a name of the word before them ("Kazan station", "Shakhty trial", "Zinoviev letter"). */
const COMMON_HEADS: Record<string, EntityType> = {
  station: 'place', forest: 'place', square: 'place', bridge: 'place', river: 'place', canal: 'place', gate: 'place',
  palace: 'place', fortress: 'place', cathedral: 'place', monastery: 'place', camp: 'place', cemetery: 'place',
  trial: 'event', trials: 'event', conference: 'event', affair: 'event', rising: 'event', uprising: 'event', rebellion: 'event', revolt: 'event',
  insurrection: 'event', plot: 'event', conspiracy: 'event',
  mutiny: 'event', massacre: 'event', pogrom: 'event', offensive: 'event', strike: 'event', treaty: 'event', case: 'event', putsch: 'event', coup: 'event', letter: 'work', manifesto: 'work', theses: 'work', resolution: 'work', declaration: 'work', memorandum: 'work', directive: 'work', party: 'organization',
  // A factory named after its founder or its place: "the Putilov works", "the Prokhorov mill".
  works: 'organization', mill: 'organization', mills: 'organization', factory: 'organization', plant: 'organization', shipyard: 'organization', shipyards: 'organization', zavod: 'organization',
};
const FACTORY_HEADS = new Set(['works', 'mill', 'mills', 'factory', 'plant', 'shipyard', 'shipyards']);
const COMMON_HEAD = new RegExp(`^ (${Object.keys(COMMON_HEADS).join('|')})\\b`);
/** A state or a party named after a body's name: "of the Republic", "of the USSR", "of the VKP(b)", "of the Central Committee of the RKP(b)". */
const PARTY_ACRONYM = String.raw`(?:VKP|RKP|RCP|AUCP|RSDLP|RSDRP)\(b\)|CPSU`;
const OF_THE_STATE = new RegExp(String.raw`^ of the (?:Central Committee(?: of the (?:${PARTY_ACRONYM}))?(?![\p{L}(])|(?:${PARTY_ACRONYM})(?![\p{L}(])|(?:Republic|USSR|U\.S\.S\.R\.|RSFSR|R\.S\.F\.S\.R\.|Soviet Union|Soviet Republic)\b)`, 'u');

/**
 * A party's acronym with its faction's mark in brackets is one name ("RCP(b)"), and
 * a registered body's name with its state after it ("the Revolutionary Military Council of the
 * Republic") is the same body named in full: the mention takes the state's words, and the state
 * is no mention of its own there.
 */
export function bodiesOfTheState(text: string, entities: EntityMention[]): EntityMention[] {
  const out: EntityMention[] = [];
  for (let i = 0; i < entities.length; i++) {
    const m = entities[i];
    // (A body the register lacks, too: "the Secret Department of the Central Committee" + "of the VKP(b)".)
    const state = !m.derived && !m.candidates && m.type === 'organization' ? OF_THE_STATE.exec(text.slice(m.end, m.end + 64)) : null;
    // A party's acronym keeps its faction's mark: "RCP(b)", "VKP(b)", "RSDLP(b)" for the Bolsheviks.
    if (!state && m.type === 'organization' && /^\([bB]\)/.test(text.slice(m.end, m.end + 3)) && /^\p{Lu}{2,6}$/u.test(m.text)) {
      out.push({ ...m, end: m.end + 3, text: text.slice(m.start, m.end + 3) });
      continue;
    }
    // …and a party's name its faction in brackets: "the All-Union Communist Party (Bolsheviks)".
    const faction = !state && m.type === 'organization' && /\bParty$/.test(m.text) ? /^ \((?:Bolsheviks|Mensheviks|b|B)\)/.exec(text.slice(m.end, m.end + 14)) : null;
    if (faction) {
      const end = m.end + faction[0].length;
      out.push({ ...m, end, text: text.slice(m.start, end) });
      while (i + 1 < entities.length && entities[i + 1].start < end) i++;
      continue;
    }
    if (!state) {
      out.push(m);
      continue;
    }
    const end = m.end + state[0].length;
    out.push({ ...m, end, text: text.slice(m.start, end) });
    while (i + 1 < entities.length && entities[i + 1].start < end) i++;
  }
  return out;
}

/** Lower-case street words before a name: "rue Lacretelle", "ulitsa Gorkogo" (not "via", which in English is "by way of"). */
const STREET_BEFORE = /(?:^|[^\p{L}])(rue|calle|ulitsa|ul\.|avenida|quai|boulevard) $/u;

/**
 * Names completed by a lower-case word: a head after a name ("Kazan station",
 * "Shakhty trial", "the Geneva conference") or a street word before one ("rue
 * Lacretelle"). The whole is one candidate, typed by its head: the conference is
 * another thing than Geneva, as annotators of historical text count it. A
 * registered name keeps its mention before "party" ("the Moscow party") and where
 * it has several words.
 */
export function namesWithCommonHead(text: string, entities: EntityMention[]): EntityMention[] {
  const out: EntityMention[] = [];
  for (const m of entities) {
    // A name the register lacks takes any of these heads. A registered name, or a nation's adjective, gives its
    // word to another thing's name before the head of an event, a work or a place ("the Geneva conference",
    // "the Zinoviev letter", "the Georgian case"), but not before "party": "the Moscow party" is Moscow's.
    const unregistered = m.id === null && !m.derived && !m.candidates && m.type !== 'work';
    // A registered name of several words gives its words only as an adjective before an event's head ("the Left SR rising").
    const registered = m.id !== null && !m.candidates && m.type !== 'work' && (!/\s/.test(m.text) || m.derived);
    let head = unregistered || registered ? COMMON_HEAD.exec(text.slice(m.end, m.end + 16)) : null;
    if (head && !unregistered && COMMON_HEADS[head[1]] === 'organization') head = null;
    if (head && registered && /\s/.test(m.text) && COMMON_HEADS[head[1]] !== 'event') head = null;
    // A body's resolution or declaration is the body's ("the Opposition declaration"); an unknown name's is a work ("the Petropavlovsk resolution").
    if (head && registered && /^(?:resolution|declaration|memorandum|directive)$/.test(head[1])) head = null;
    // A body's acronym before a place's head is the body's: "the NKVD station" is the NKVD's.
    if (head && COMMON_HEADS[head[1]] === 'place' && /^\p{Lu}{2,6}$/u.test(m.text)) head = null;
    // A party's adjective names its trial, not its camp: "the Menshevik trial", but "the White camp" is the Whites'.
    if (head && m.derived && m.type !== 'place' && COMMON_HEADS[head[1]] === 'place') head = null;
    // "works" and "mills" are verbs after a person ("Liova works in the office"): a factory has its article.
    if (head && FACTORY_HEADS.has(head[1]) && !/\bthe $/i.test(text.slice(Math.max(0, m.start - 4), m.start))) head = null;
    const street = unregistered ? STREET_BEFORE.exec(text.slice(Math.max(0, m.start - 10), m.start)) : null;
    if (!head && !street) {
      out.push(m);
      continue;
    }
    const start = street ? m.start - street[1].length - 1 : m.start;
    const end = head ? m.end + head[0].length : m.end;
    out.push({ start, end, text: text.slice(start, end), id: null, type: head ? COMMON_HEADS[head[1]] : 'place', derived: false });
  }
  return out;
}
