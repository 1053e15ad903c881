// Names set out by a text's layout rather than by their capitals alone: names in
// capitals in headlines and datelines, foreign bodies' names in their own language,
// an interview's speakers by their initials, users' handles, and publishers in imprints.

import { FOREIGN_BODY_OPENERS, guessType, places, type NameLexicon } from './candidateTypes';
import { isEnglishWord, overlapSweep } from './nameWords';
import { foldCase, isUpper } from './text';
import { joinable, nameTokens, type Token } from './tokens';
import type { EntityMention, EntityType, Span } from './types';

/** A word in capitals: three letters or more, none in lower case. */
const SHOUTED_WORD = /^\p{Lu}[\p{Lu}'’-]{2,}$/u;
/** "STOCKHOLM, Feb. 26 (Associated Press).--": a dispatch's dateline names its place. */
const DATELINE_AFTER = /^,?\s+(?:Jan|Feb|Mar|Apr|May|June?|July?|Aug|Sept?|Oct|Nov|Dec)[a-z]*\.?\s+\d/;

/**
 * Names in capitals where every word is in capitals: a headline ("LENINE SHOT BY
 * WOMAN; URITZKY ASSASSINATED") or a dispatch's dateline. There capitals tell
 * nothing, so the runs found above are dropped as headings; a word no English
 * dictionary has is a name here when the text names it elsewhere in ordinary
 * case ("Uritzky"), when it is a known place ("FINLAND"), or when it opens a
 * dateline ("STOCKHOLM, April 14").
 */
export function shoutedNames(text: string, tokens: Token[], found: EntityMention[], taken: Span[], lexicon?: NameLexicon): EntityMention[] {
  const out: EntityMention[] = [];
  let known: Map<string, EntityType | null> | undefined;
  // Most words open in lower case: no slice for them on this pass over every token.
  const shouted = (t: Token) => isUpper(text[t.start]) && SHOUTED_WORD.test(text.slice(t.start, t.end)) && !isEnglishWord(t.norm);
  // Both lists are sorted and the runs come in order.
  const takenAt = overlapSweep(taken);
  const foundAt = overlapSweep(found);
  const free = (s: number, e: number) => !takenAt(s, e) && !foundAt(s, e);
  // The line of the current run, and whether it is all in capitals, read once per line.
  let lineStart = 0;
  let lineEnd = -1;
  let lineShouted = false;
  for (let i = 0; i < tokens.length; i++) {
    if (!shouted(tokens[i])) continue;
    let j = i;
    while (j + 1 < tokens.length && shouted(tokens[j + 1]) && joinable(text, tokens[j].end, tokens[j + 1].start)) j++;
    const start = tokens[i].start;
    const end = tokens[j].end;
    i = j;
    if (!free(start, end)) continue;
    if (start > lineEnd) {
      lineStart = text.lastIndexOf('\n', start - 1) + 1;
      lineEnd = text.indexOf('\n', end);
      if (lineEnd < 0) lineEnd = text.length;
      const line = text.slice(lineStart, lineEnd);
      lineShouted = line === line.toUpperCase();
    }
    const dateline = start - lineStart <= 4 && /^\s*$/.test(text.slice(lineStart, start)) && DATELINE_AFTER.test(text.slice(end, end + 16));
    if (!dateline && !lineShouted) continue;
    const folded = nameTokens(text.slice(start, end)).join(' ');
    // The names the text writes in ordinary case, with the type found for them there.
    known ??= new Map(
      [...taken, ...found]
        .filter((m) => text.slice(m.start, m.end) !== text.slice(m.start, m.end).toUpperCase())
        .map((m) => [nameTokens(text.slice(m.start, m.end)).join(' '), 'type' in m ? (m as EntityMention).type : null]),
    );
    const place = places().places.has(folded);
    if (!dateline && !place && !known.has(folded)) continue;
    const surface = text.slice(start, end);
    const type = dateline || place ? 'place' : (known.get(folded) ?? guessType(text, start, end, surface, lexicon));
    out.push({ start, end, text: surface, id: null, type, derived: false });
  }
  return out;
}

/**
 * A party or league named in French, Spanish, Italian or German, whose words
 * after the first stay in lower case: "Parti ouvrier internationaliste",
 * "Parti socialiste ouvrier et paysan", "Partido obrero". English words end it.
 */
const FOREIGN_BODY = new RegExp(`(?<![\\p{L}-])(?:${FOREIGN_BODY_OPENERS.join('|')})(?:\\s(?:[a-zà-ÿ]+)){1,5}`, 'gu');
const ENGLISH_WORD = /^(?:of|and|the|a|an|in|on|at|to|for|from|with|by|was|were|is|are|had|has|which|that|who|its|their|his|her|as|or|but|into|under|after|before|led|formed|founded|joined|split|left|took|made|became)$/;
const FOREIGN_JOINERS = new Set(['et', 'e', 'y', 'und', 'de', 'des', 'du', 'la', 'le', 'les', 'del', 'dei', 'della', 'der', 'die', 'das', 'pour', 'per', 'para']);

/**
 * A Russian periodical's name in transliteration, its words after the first in lower case, ending in
 * the word that makes it a paper: "Poslednie novosti", "Sotsialisticheskii vestnik", "Sovremennye zapiski".
 */
const RUSSIAN_PERIODICAL = /(?<![\p{L}-])\p{Lu}[a-z'’]{2,}(?:\s[a-z'’]{2,})?\s(?:vestnik|novosti|zapiski|gazeta|mysl['’]?|slovo|delo|zhizn['’]?|golos|znamia|znamya|obozrenie|kurier|listok|nedelia|rech['’]?|sovremennik|izvestiia|izvestiya)(?![\p{L}'’])/gu;

/**
 * An archive or library named in a language that writes its later words in lower case:
 * "Arbeiderbevegelsens arkiv og bibliotek", "Rossiiskii gosudarstvennyi arkhiv".
 */
const FOREIGN_ARCHIVE = /(?<![\p{L}-])\p{Lu}\p{Ll}{2,}(?:\s\p{Ll}{2,}){0,2}\s(?:arkiv|arkhiv|archiv|archief|arkisto|bibliotek|bibliothek|biblioteka)(?:\s(?:og|och|und|en|i)\s\p{Ll}{3,})?(?![\p{L}])/gu;

export function foreignBodies(text: string, taken: Span[]): EntityMention[] {
  const out: EntityMention[] = [];
  for (const m of [...text.matchAll(RUSSIAN_PERIODICAL), ...text.matchAll(FOREIGN_ARCHIVE)]) {
    // Words of another language only: "the Shakhty trial put…" is English.
    if (m[0].split(/\s/).slice(1).some((w) => isEnglishWord(foldCase(w)))) continue;
    const start = m.index!;
    const end = start + m[0].length;
    if (taken.some((t) => t.start < end && start < t.end)) continue;
    out.push({ start, end, text: m[0], id: null, type: 'organization', derived: false });
  }
  for (const m of text.matchAll(FOREIGN_BODY)) {
    const words = m[0].split(/\s/);
    let n = 1;
    while (n < words.length && !ENGLISH_WORD.test(words[n])) n++;
    // Not ending on a joining word ("Parti socialiste et"), and with at least one word of its own after the first.
    while (n > 1 && FOREIGN_JOINERS.has(words[n - 1])) n--;
    if (n < 2) continue;
    const start = m.index!;
    const end = start + words.slice(0, n).join(' ').length;
    if (taken.some((t) => t.start < end && start < t.end)) continue;
    out.push({ start, end, text: text.slice(start, end), id: null, type: 'organization', derived: false });
  }
  return out;
}

/**
 * A user name in a comment thread or forum: words joined by underscores, at the
 * start of a line or after "@" ("marginalia_maria", "@Kolya_R", "ostranenie_77").
 * It names a person, whatever its case; a key before a colon (a note's
 * front matter: "source_type: essay") does not.
 */
/** "**RT:** Where did it begin?": an interview's or a transcript's speaker, by initials, opening a line. */
const SPEAKER_INITIALS = /^[ \t]*[*_]{0,2}(\p{Lu}{2,4})[*_]{0,2}:[*_]{0,2}[ \t]/gmu;
/** Labels of the same shape that name no one. */
const NOT_SPEAKERS = new Set(['PS', 'PPS', 'NB', 'RE', 'CC', 'BCC', 'FW', 'FWD', 'FYI', 'FAQ', 'TV', 'UK', 'US', 'USA', 'EU', 'UN', 'OK', 'AM', 'PM', 'AD', 'BC', 'CE', 'BCE', 'ID', 'TL', 'DR', 'URL', 'ISBN', 'DOI', 'NOTE', 'TEL', 'FAX', 'EDIT', 'TODO', 'ALL']);

/** Initials that open two lines or more as a speaker's label are a person's ("RT", "MOK"); once is too little to tell. */
export function speakerInitials(text: string, taken: Span[]): EntityMention[] {
  const labels = [...text.matchAll(SPEAKER_INITIALS)].filter((m) => !NOT_SPEAKERS.has(m[1]));
  const count = new Map<string, number>();
  for (const m of labels) count.set(m[1], (count.get(m[1]) ?? 0) + 1);
  const out: EntityMention[] = [];
  const takenAt = overlapSweep(taken);
  for (const m of labels) {
    if (count.get(m[1])! < 2) continue;
    const start = m.index! + m[0].indexOf(m[1]);
    const end = start + m[1].length;
    if (takenAt(start, end)) continue;
    out.push({ start, end, text: m[1], id: null, type: 'person', derived: false });
  }
  return out;
}

/**
 * A script's cue: a speaker in capitals alone on a line, with the script's direction in brackets
 * ("CARVAJAL (O.S.)", "NARRATOR (V.O.)", "TROTSKY (ARCHIVE, SYNC)"). The direction holds one of the
 * screen's own terms, so that a heading with a year in brackets is no cue.
 */
const SCRIPT_CUE = /^[ \t]*(\p{Lu}[\p{Lu}\p{M}'’.-]*(?:[ -]\p{Lu}[\p{Lu}\p{M}'’.-]*){0,3})[ \t]+\(([^()\n]{1,60})\)[ \t]*$/gmu;
const SCRIPT_DIRECTION = /\b(?:V\.?O\.?|O\.?S\.?|O\.?C\.?|O\.?O\.?V\.?|CONT['’]?D|SYNC|ARCHIVE|FILTERED|SUBTITLED)(?![\p{L}])/u;

/**
 * Script cues: their directions, which are apparatus and no names, and their speakers, a person
 * where no dictionary has the words ("REYES-WHITFIELD (SYNC)"; not "NARRATOR (V.O.)").
 */
export function scriptCues(text: string, taken: Span[]): { directions: Span[]; speakers: EntityMention[] } {
  const directions: Span[] = [];
  const speakers: EntityMention[] = [];
  if (!text.includes(')')) return { directions, speakers };
  const takenAt = overlapSweep(taken);
  for (const m of text.matchAll(SCRIPT_CUE)) {
    if (!SCRIPT_DIRECTION.test(m[2])) continue;
    const start = m.index! + m[0].indexOf(m[1]);
    const end = start + m[1].length;
    const open = text.indexOf('(', end);
    directions.push({ start: open, end: text.indexOf(')', open) + 1 });
    if (!takenAt(start, end) && nameTokens(m[1]).every((w) => !isEnglishWord(w))) speakers.push({ start, end, text: m[1], id: null, type: 'person', derived: false });
  }
  return { directions, speakers };
}

/** A handle with an underscore, opening a line, after "@", after a forum's "Posted by" or a quoted reply's ">": "anna_k", "kamenev_was_right". */
const USER_NAME = /(?:^|(?<=@)|(?<=\b[Bb]y )|(?<=^>[ \t]?))[ \t]*(\p{L}[\p{L}\p{N}]*(?:_[\p{L}\p{N}]+)+)(?![\p{L}\p{N}_:])/gmu;
/**
 * …and any handle in lower case after an "@" that opens a word ("Replying to @lferranwilde"), but not an
 * address's domain ("t.wielgosz@northmoor.ac.uk") and not a capitalised name addressed in a reply ("@Ines K.").
 */
const AT_HANDLE = /(?<=(?:^|[\s(>])@)(\p{Ll}[\p{Ll}\p{N}]{2,})(?![\p{L}\p{N}_@]|\.\p{L})/gmu;

export function userNames(text: string, taken: Span[]): EntityMention[] {
  const out: EntityMention[] = [];
  const takenAt = overlapSweep(taken);
  for (const m of [...text.matchAll(USER_NAME), ...text.matchAll(AT_HANDLE)]) {
    const start = m.index! + m[0].length - m[1].length;
    const end = start + m[1].length;
    if (takenAt(start, end) || out.some((u) => u.start === start)) continue;
    out.push({ start, end, text: m[1], id: null, type: 'person', derived: false });
  }
  return out.sort((a, b) => a.start - b.start);
}

// "(London: Faber and Faber, 1937)": the imprint of a citation names its publisher.
const IMPRINT = /\((?:[\p{Lu}][\p{L}.]*(?:(?:[ ,]+| and )[\p{Lu}][\p{L}.]*)*):\s*(\p{Lu}[^,():;\n]{0,60}?(?:,\s+\p{Lu}[^,():;\n]{0,40}?)?),\s*(?:[\[(]?\d)/gu;
/**
 * A bibliography's imprint, without brackets: "… Biography*. Boulder, CO: East
 * European Monographs, 1989." The place must look like one: the gazetteer knows
 * it, it opens with New, Port, San…, or a state or country follows it.
 */
// The place is at most four words of at most 30 letters: unbounded, a text of capitalised words and
// initials ("Oksana M. Oksana M. …") sent the engine back over every split of every run.
const BIBLIOGRAPHY_IMPRINT = /(?<=(?:^|[.!?*”"’]\s+))(\p{Lu}[\p{L}.]{0,30}(?:(?: | and )\p{Lu}[\p{L}.]{0,30}){0,3})(?:, \p{Lu}[\p{L}.]{0,30})?:\s+(\p{Lu}[^,():;\n]{0,60}?(?:,\s+\p{Lu}[^,():;\n]{0,40}?)?),\s+(?:1[5-9]\d\d|20\d\d)\b/gmu;

/** Publishers named in citation imprints, as organisation candidates, where no register entry covers them. */
export function publisherSpans(text: string, taken: Span[], ignored: Set<string>): EntityMention[] {
  const out: EntityMention[] = [];
  const imprints: RegExpMatchArray[] = [...text.matchAll(IMPRINT)];
  // The place must be a known one; where it is not, the search resumes one character on,
  // so that "Since Lenin Died. New York: Harcourt…" still finds New York.
  const bib = BIBLIOGRAPHY_IMPRINT;
  bib.lastIndex = 0;
  for (let m = bib.exec(text); m; m = bib.exec(text)) {
    if (places().places.has(nameTokens(m[1].split(' and ')[0]).join(' ')) || /^(?:New|Port|Fort|San|Santa|St\.?|Saint|Los|Las|Le|La)\s/.test(m[1]) || /,\s\p{Lu}/u.test(m[0].slice(0, m[0].indexOf(':')))) imprints.push(m);
    else bib.lastIndex = m.index + 1;
  }
  for (const m of imprints) {
    // A state after the city, abbreviated: "Cambridge, Mass.:", "Garden City, N.Y.:", "Boulder, CO:".
    const state = /,\s((?:\p{Lu}\.){1,2}|\p{Lu}\p{Ll}{1,4}\.|\p{Lu}{2}):/u.exec(m[0]);
    if (state) {
      const start = m.index! + state.index + state[0].indexOf(state[1]);
      const end = start + state[1].length;
      if (!taken.some((t) => t.start < end && start < t.end)) out.push({ start, end, text: state[1], id: null, type: 'place', derived: false });
    }
    const publisher = m.length > 2 ? m[2] : m[1];
    const start = m.index! + m[0].indexOf(publisher, m[0].indexOf(':'));
    const end = start + publisher.trimEnd().length;
    if (taken.some((t) => t.start < end && start < t.end)) continue;
    const surface = text.slice(start, end);
    if (ignored.has(nameTokens(surface).join(' '))) continue;
    out.push({ start, end, text: surface, id: null, type: 'organization', derived: false });
  }
  return out;
}

/** A lone "M." before a capitalised word: not an initial among others ("M. N. Roy", "S. M. Kirov"). */
const LONE_M = /(?<!\b\p{Lu}\.\s?)\bM\. (?=\p{Lu}\p{Ll})/gu;
/** How many different names after a lone "M." make it Monsieur throughout a text. */
const MONSIEUR_NAMES = 3;

/**
 * "M. Kameneff", "M. Rakovsky": where a lone "M." stands before three names or more, the text writes
 * Monsieur, as the period's diplomats and newspapers did, and the name is the one after it. (Before one
 * or two names "M." may be an initial, as in a biographical dictionary's "M. Ioffe".) Mentions that took
 * "M." in as an initial lose it; returns the entities, changed in place.
 */
export function formsOfAddress(text: string, entities: EntityMention[]): EntityMention[] {
  const names = new Set<string>();
  for (const m of text.matchAll(LONE_M)) names.add(/^\p{L}+/u.exec(text.slice(m.index! + 3))![0]);
  if (names.size < MONSIEUR_NAMES) return entities;
  for (const e of entities) {
    if (!/^M\. \p{Lu}\p{Ll}/u.test(e.text) || (e.type !== 'person' && e.type !== null)) continue;
    e.start += 3;
    e.text = e.text.slice(3);
  }
  return entities;
}

/** "LS = Lev Sedov": an abbreviation in capitals defined by an equals sign before the name it stands for. */
const DEFINITION = /(?<![\p{L}\p{N}])(\p{Lu}{2,5})[ \t]?=[ \t]?(?=\p{Lu})/gu;

/**
 * A note's own abbreviations ("Abbrev: LS = Lev Sedov, RB = Revolution Betrayed"): every use of one in the
 * text names what its definition names, the registered entry openly, as a short form, or the same name
 * the register lacks. An abbreviation defined twice over different names ("NS = Natalia Sedova", "NS =
 * Nasjonal Samling") is left as it is. Returns the entities with the uses added, sorted.
 */
export function definedAbbreviations(text: string, entities: EntityMention[]): EntityMention[] {
  const defined = new Map<string, { phrase: string; named?: EntityMention } | null>();
  for (const m of text.matchAll(DEFINITION)) {
    const at = m.index! + m[0].length;
    // What the definition says, to its comma or the line's end: two different sayings leave the abbreviation undefined.
    const phrase = foldCase(/^[^,;()\n]*/.exec(text.slice(at, at + 80))![0].trim());
    const named = entities.find((e) => e.start === at && !e.candidates);
    const earlier = defined.get(m[1]);
    defined.set(m[1], earlier === undefined ? { phrase, named } : earlier && earlier.phrase === phrase ? earlier : null);
  }
  if (![...defined.values()].some((d) => d?.named)) return entities;
  const out = [...entities];
  for (const [abbreviation, definition] of defined) {
    const named = definition?.named;
    if (!named) continue;
    for (const m of text.matchAll(new RegExp(`(?<![\\p{L}\\p{N}])${abbreviation}(?![\\p{L}\\p{N}])`, 'gu'))) {
      const start = m.index!;
      const end = start + abbreviation.length;
      const here = out.find((e) => e.start === start && e.end === end);
      const use = { id: named.id, type: named.type, derived: false, ...(named.id ? { variant: named.text, shortForm: 'defined' as const } : {}) };
      // A candidate of the same letters takes the definition's reading; a registered name keeps its own.
      if (here) {
        if (!here.id) Object.assign(here, use);
      } else if (!entities.some((e) => e.start < end && start < e.end)) out.push({ start, end, text: abbreviation, ...use });
    }
  }
  return out.sort((a, b) => a.start - b.start);
}

/** An author–date citation in brackets: "(Carr 1964: 631)", "(Wilbur and How 1956)", "(Titarenko et al. 1994–2007; cf. Smith 2000)". */
const AUTHOR_DATE = /\((?:(?:cf\.|see|e\.g\.)\s)?\p{Lu}[^()\n]{0,200}?\b(?:1[5-9]|20)\d\d[a-z]?[^()\n]{0,60}\)/gu;
/** One author or a pair before the year, inside such a citation. */
const CITED_AUTHORS = /(?<=^|[(;]\s?|\b(?:cf\.|see|e\.g\.)\s)(\p{Lu}[\p{L}'’-]+)(?:(?:,| and| &) (\p{Lu}[\p{L}'’-]+))?(?: et al\.)?(,?) (?=(?:1[5-9]|20)\d\d[a-z]?\b)/gu;

/**
 * The authors of author–date citations are people, whatever their names mean in English:
 * "(North 1953)", "(Wilbur and How 1956)", "(Kotkin 2014: 620; Smith 2000)". Registered names
 * and the register's own mentions keep their readings.
 */
export function citedAuthors(text: string, taken: Span[]): EntityMention[] {
  const out: EntityMention[] = [];
  const takenAt = overlapSweep(taken);
  for (const citation of text.matchAll(AUTHOR_DATE)) {
    const inner = citation[0];
    for (const m of inner.matchAll(CITED_AUTHORS)) {
      // A comma before the year is also an imprint's ("Harper & Brothers, 1937", "Verso, 1998"): there only one
      // author whose name is an English word, which nothing else would read as a name ("North, 1953").
      if (m[3] && (m[2] || !isEnglishWord(foldCase(m[1])))) continue;
      let at = citation.index! + m.index!;
      for (const name of [m[1], m[2]]) {
        if (!name) continue;
        const start = text.indexOf(name, at);
        const end = start + name.length;
        at = end;
        if (!takenAt(start, end)) out.push({ start, end, text: name, id: null, type: 'person', derived: false });
      }
    }
  }
  return out.sort((a, b) => a.start - b.start);
}

