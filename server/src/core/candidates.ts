// Candidates: name-like sequences that the register lacks (people, places,
// organisations, events, works), with the sentence-initial, heading and
// stop-word pitfalls handled, and a guess at each one's type. Names built on
// other names (compounds, inverted names) are nameCompounds.ts's; titles set out
// by their form are titles.ts's.

import {
  APPOSITE_PERIODICAL,
  guessType,
  headWordType,
  isGivenName,
  isPeriodGivenName,
  OFFICES,
  opensWithGivenName,
  PERSON_TITLE_WORDS,
  PLACE_OPENERS,
  places,
  SURNAME_SHAPE,
  typeConsistently,
  WORK_OPENING,
  WORK_WORDS,
  type NameLexicon,
} from './candidateTypes';
import type { Register, RegisterEntry } from './register';
import { citedAuthors, foreignBodies, publisherSpans, scriptCues, shoutedNames, speakerInitials, userNames } from './layoutNames';
import { COMMON, isEnglishWord, overlapSweep } from './nameWords';
import { bodyOfOneWord } from './nameCompounds';
import { foldCase, isUpper, LINE_OPENER, yamlHeaderEnd } from './text';
import { joinable, nameTokens, ORDINAL_NAMES, PEOPLES_PREFIXES, type Token } from './tokens';
import type { EntityMention, Span } from './types';

const CONNECTORS = new Set(['of', 'de', 'von', 'van', 'der', 'den', 'la', 'le', 'du', 'del', 'di', 'da', 'y', 'the', 'and', 'for', 'on', 'des', 'los', 'las', 'les']);
/** A firm's name in an imprint runs up to the year, its pages or its price: "Fenwick & Hale, 1990", "Harbour & Lowe Education, 2019", "Harrow & Quill, 544pp". */
const IMPRINT_YEAR_AFTER = /^(?: \p{Lu}[\p{L}'’-]+){0,2}(?:, \p{Lu}[\p{L}'’-]+)?,\s*(?:(?:1[5-9]|20)\d\d\b|\d+\s?pp\b|[£$€]\s?\d)/u;
/** …or names of several words after it ("Lantern & Lark Audio", "Kessler & Vane Fine Art Logistics"), where a list names one word a side. */
const FIRM_WORDS_AFTER = /^ \p{Lu}[\p{L}'’-]+/u;
/** …or is said to publish: "published by Secker & Warburg", "came out with Simon & Schuster". */
const PUBLISHED_BY = /\b(?:published|issued|reissued|printed|produced|distributed|appeared|came out|brought out)\b[^.;\n]{0,30}?\b(?:by|with|from)\s+$/;
const SEASONS_AND_MONTHS = new Set(['spring', 'summer', 'autumn', 'winter', 'january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december']);
const SEASONED_HEAD = /^(?:war|offensive|revolution|uprising|rising|strike|crisis|campaign|palace|days)$/;
/** Russian initials of two letters for one sound: "Kh. Rakovsky", "Ya. M. Sverdlov". */
const DIGRAPH_INITIAL = /^(?:Kh|Ya|Yu|Ye|Yo|Zh|Sh|Ch|Ts|Shch)$/;
/** Small words that join a hyphenated place's name: "Seine-et-Oise", "Rostov-on-Don", "Stratford-upon-Avon", "Frankfurt-am-Main". */
const HYPHEN_JOINERS = new Set(['et', 'sur', 'on', 'upon', 'am', 'an', 'de', 'du', 'la', 'le', 'les', 'en', 'sous', 'in', 'by', 'the']);
/** Articles that, like "the", join only after another joining word: "Desierto de los Leones", "y las Libertades". */
const LATE_ARTICLES = new Set(['the', 'los', 'las', 'les']);
/** Words before an office that keep it an office: "Acting Minister of War", "Deputy Commissar for…". */
const OFFICE_QUALIFIERS = new Set(['acting', 'deputy', 'vice', 'assistant', 'first', 'second', 'under', 'prime', 'foreign', 'war', 'people', 's', 'supreme', 'military', 'high', 'grand', 'civil', 'political', 'provisional', 'imperial', 'royal', 'general']);
/** Heads that a possessive joins into one name: "People's Commissariat", "Scribner's Sons", "People's Army". */
const POSSESSIVE_HEAD = /^ (?:Sons|Commissariats?|Commissar(?:s|ies|y)?|Army|Will|Party|Republic|Militia|Guard|Court|Union|Council|Bank|Home|House|Battalions?|Brigade|Regiment|Day|Congress|League|Association|Federation|College|School|Realschule|Hospital|Cathedral|Chapel|Square|Hall|Theatre|Institute|Club|Hotel)\b/;
/** An epithet after "the": "Ivan the Terrible", "Peter the Great". */
const EPITHET = /^\s(?:Great|Terrible|Elder|Younger|Wise|Bold|Pious|Conqueror|Liberator|Red|Good|Fair|Just|Saint|Magnificent)\b/;
const CONTRACTIONS = new Set(['s', 't', 'll', 're', 've', 'd', 'm']);
// First to tenth: an ordinal that binds into a name ("Third Period", "1st Cavalry Army").
const ORDINAL_WORD = new RegExp(`^(?:${ORDINAL_NAMES.slice(0, 10).join('|')})$`);
const CALENDAR_WORD = /^(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)$/;
/** Particles that open a surname in lower case ("van Heijenoort", "von Papen"); not the Romance "de", as often "of" in a title ("procès de Moscou"). */
const LOWER_PARTICLES = new Set(['van', 'von', 'der', 'den', 'ter', 'ten']);
/** Particles of names in other languages, which open a name when written with a capital. */
const NAME_PARTICLES = new Set(['van', 'von', 'de', 'le', 'la', 'el', 'del', 'der', 'den', 'du', 'des', 'los', 'las', 'les', 'di', 'da']);
/** Words before a weekday that only say which one ("Last Sunday", "Every Friday"): no day's name. */
const DAY_QUALIFIERS = new Set(['last', 'next', 'this', 'that', 'every', 'each', 'early', 'late', 'until', 'till', 'since', 'before', 'after', 'from', 'one', 'same', 'following', 'previous', 'coming', 'past', 'whole', 'by', 'on', 'of', 'and', 'or', 'but', 'then', 'saturday', 'sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday']);
/** "Seminar Thurs": an abbreviated weekday in notes is no part of a name. */
const WEEKDAY_ABBREVIATION = /^(?:mon|tues?|wed|weds|thu|thur|thurs|fri|sat)$/;
/** Calendar terms that look like names: "New Style", "Old Style". */
const CALENDAR_TERMS = new Set(['new style', 'old style']);
/** Titles and institutions capitalised by convention, not names on their own. */
const TITLE_NOUNS = new Set(['tsar', 'czar', 'tsarina', 'king', 'queen', 'pope', 'popes', 'emperor', 'empress', 'kaiser', 'church', 'crown', 'state', 'party', 'people', 'gallery', 'museum', 'library', 'archive', 'archives', 'court', 'legation', 'embassy']);

/** The head of a production's credit, before the name of who holds it: "Director", "Lighting Designer", "Dialect Coach". */
const CREDIT_ROLES = /^(?:director|designer|coach|adviser|advisor|manager|producer|composer|choreographer|dramaturg|editor|photographer|curator|conductor|translator|narrator|presenter|researcher)$/;

/** The start of a line, perhaps after a bullet: where a record's field label stands. */
const FIELD_OPENING = new RegExp(String.raw`(?:^|\n)${LINE_OPENER}$`);
/** A field's label before its colon. */
const FIELD_LABEL = new RegExp(String.raw`^${LINE_OPENER}(\p{Lu}[\p{L} ]{0,29}?):`, 'gmu');

/** The labels that open two lines or more before a colon: a record's fields ("Date", "Object number"). */
function recurringFieldLabels(text: string): Set<string> {
  const seen = new Map<string, number>();
  for (const m of text.matchAll(FIELD_LABEL)) seen.set(m[1], (seen.get(m[1]) ?? 0) + 1);
  return new Set([...seen].filter(([, n]) => n >= 2).map(([label]) => label));
}

/** Rooms and halls that stand in a building named after them: "the Hall of Columns of the House of Unions". */
const ROOMS = new Set(['hall', 'halls', 'room', 'chamber', 'gallery', 'chapel', 'wing', 'columns']);
/** Buildings, which hold rooms and halls. */
const BUILDINGS = new Set(['house', 'palace', 'castle', 'building', 'hotel', 'theatre', 'theater', 'museum', 'kremlin']);

/** A letter's sign-off up to the writer's town: a dash opening the line, perhaps a title, the name and a comma. */
const SIGN_OFF_BEFORE = /(?:^|\n)[ \t]*[—–]{1,2}[ \t]*(?:(?:Dr|Prof|Mr|Mrs|Ms|Miss|Revd?)\.?[ \t])?\p{Lu}[\p{L}.'’ -]{1,40}, $/u;

/** A state's missions abroad, which a nation's adjective names ("the Norwegian Legation"); alone, a common noun. */
const MISSIONS = new Set(['legation', 'embassy', 'consulate']);

/** Words for a part of a text, a collection or a programme, which a number in Roman figures follows: "Series IV", "Part II". */
const TEXT_PARTS = new Set(['series', 'subseries', 'part', 'volume', 'vol', 'book', 'chapter', 'section', 'appendix', 'plate', 'act', 'scene', 'session', 'lecture', 'box', 'folder', 'record', 'group', 'fond', 'opis', 'delo']);

export interface CandidateOptions {
  /** Spans already taken by linked mentions and dates. */
  taken: Span[];
  sentenceStarts: Set<number>;
  ignored: Set<string>;
  /** Keeps a single sentence-initial word all the same (a near miss of a registered name). */
  keep?: (word: string) => boolean;
  /** Heading lines of the text. */
  headings?: Span[];
  /** What the register's own names teach about names: given names, head words' types. */
  lexicon?: NameLexicon;
}

/**
 * Headings in Title Case ("Battle for the Party"): most of their content words
 * are capitalised. A newspaper's deck, a one-line paragraph that ends with a full
 * stop ("Petrograd Council Backs Premier Against Cossack Chief's March."), is one
 * too where nearly all of them are.
 */
function titleCaseLines(text: string, headings: Span[]): Span[] {
  const share = (s: Span) => {
    const words = text.slice(s.start, s.end).match(/[\p{L}][\p{L}'’-]*/gu) ?? [];
    const content = words.filter((w) => w.length > 3);
    return { n: content.length, capitalised: content.filter((w) => /^\p{Lu}/u.test(w)).length / Math.max(1, content.length) };
  };
  const out = headings.filter((h) => {
    const { n, capitalised } = share(h);
    // A contents list's item with an author's affiliation and a quoted title is no heading:
    // "5. Rachel Adebayo (University of Bergen), “A Lawyer's Certainty”".
    const listed = /\([^()]+\)\s*,\s*["“‘]/.test(text.slice(h.start, h.end));
    return n >= 2 && capitalised >= 0.75 && !listed;
  });
  for (const m of text.matchAll(/(?:^|\n[^\S\n]*\n)[^\S\n]*([^\n]{20,200}?)[^\S\n]*(?=\n[^\S\n]*\n|\s*$)/g)) {
    const start = m.index! + m[0].lastIndexOf(m[1]);
    const line = { start, end: start + m[1].length };
    const { n, capitalised } = share(line);
    // Not a list of names ("See also: St Petersburg Soviet; Bloody Sunday."), and a long deck
    // may have commas where a sentence listing names would be short.
    const listLike = /[;:]/.test(m[1]) || (/,/.test(m[1]) && n < 7);
    if (n >= 5 && capitalised === 1 && !listLike && !out.some((h) => h.start === start)) out.push(line);
  }
  return out;
}

/**
 * Whether "General" at `at` opens the name of a body or an event ("General Labour Union",
 * "General Strike", "General Federation of Dockers") rather than standing as a rank: the
 * name's head, before its "of" or "for" or else last, heads such names.
 */
function generalNamesBody(words: Token[], at: number): boolean {
  const of = words.findIndex((w, k) => k > at + 1 && (w.norm === 'of' || w.norm === 'for'));
  return /^(?:organization|event)$/.test(headWordType(words[of > 0 ? of - 1 : words.length - 1].norm) ?? '');
}

/**
 * Where a word in lower case is a machine's, not the prose's: in a YAML header's tags and aliases
 * ("tags: [exile, trotsky, norway]"), a hashtag, a handle, a path or an address. Such a word
 * says nothing of whether the same word with its capital is a name.
 */
function machineWord(text: string, t: Token, header: number): boolean {
  if (t.start < header) return true;
  const before = text[t.start - 1];
  const after = text[t.end];
  return before === '#' || before === '@' || before === '/' || before === '_' || after === '_' || after === '@' || (before === '.' && /\p{L}/u.test(text[t.start - 2] ?? ''));
}

/**
 * Capitalised name sequences that no register entry covers. Sentence-initial
 * words, words that also appear in lower case in the same text, and common
 * function words are not names on their own.
 */
export function findCandidates(text: string, tokens: Token[], opts: CandidateOptions): EntityMention[] {
  const sentenceStarts = firstWords(text, opts.sentenceStarts);
  const lowerSeen = new Set<string>();
  const header = yamlHeaderEnd(text);
  for (const t of tokens) {
    const c = text[t.start];
    if (c === c.toLowerCase() && !machineWord(text, t, header)) lowerSeen.add(t.norm);
  }
  const taken = [...opts.taken].sort((a, b) => a.start - b.start);
  const takenAt = overlapSweep(taken);
  const isTaken = (t: Token): boolean => takenAt(t.start, t.end);
  const isMention = (s: Span): s is EntityMention => 'id' in s;
  // Where registered bodies of one word start ("Opposition", "Soviet"), and where linked names start and end.
  const bodyStarts = new Set(taken.filter((m) => isMention(m) && bodyOfOneWord(m)).map((m) => m.start));
  const linkedStarts = new Set(taken.filter((m) => isMention(m) && m.id).map((m) => m.start));
  const linkedEnds = new Set(taken.filter((m) => isMention(m) && m.id && !m.derived).map((m) => m.end));
  /**
   * A capitalised word mid-sentence that names a thing with a linked name beside it, though the text also has
   * the word in lower case: before a registered body of one word ("the Military Opposition"), as an event's head
   * before "of" and a linked name ("the Treaty of Moscow", beside "the Brest-Litovsk treaty"), or as a body's,
   * place's or event's head after one ("the Sun Yat-sen University", beside "a university in his name").
   */
  const besideLinked = (w: Token): boolean => {
    if (sentenceStarts.has(w.start)) return false;
    if (bodyStarts.has(w.end + 1)) return true;
    const word = text.slice(w.start, w.end);
    const head = headWordType(word);
    if (text[w.start - 1] === ' ' && linkedEnds.has(w.start - 1) && (head === 'organization' || head === 'place' || head === 'event')) return true;
    const of = (head === 'event' || word === 'Peace') && /^ of (?:the )?/.exec(text.slice(w.end, w.end + 8));
    return !!of && linkedStarts.has(w.end + of[0].length);
  };
  // Two capitals that are a registered name's initials in notes ("WO", "UO"); not an archive's or a catalogue's mark before a number ("PA I, Karton 1050").
  const twoLetterInitials = (w: Token): boolean =>
    /^\p{Lu}{2}$/u.test(text.slice(w.start, w.end)) && !/^\s*(?:[IVX]+\b|\d)/.test(text.slice(w.end, w.end + 6)) && !!opts.keep?.(text.slice(w.start, w.end));
  const out: EntityMention[] = [];
  let run: Token[] = [];
  let fieldLabels: Set<string> | undefined;
  const flush = () => {
    // Trim connectors and common words from both ends.
    let s = 0;
    let e = run.length;
    // A common word stays where it is bound into the name: "All-Russian", "Five-Year Plan",
    // an ordinal inside a sentence ("the Third Period"), a weekday after a name ("Bloody Sunday").
    const bound = (i: number) =>
      i + 1 < e && (text.slice(run[i].end, run[i + 1].start) === '-' ||
        // A saint's or a king's possessive inside a place's or a body's name: "St Paul's Cathedral", "King's College".
        (/^(?:st|saint|king|queen)$/.test(run[i].norm) && (run[i + 1].norm === 's' || (i + 2 < e && run[i + 2].norm === 's'))) ||
        // An initial, though its letter is also a word or a numeral: "A. M. Sheridan Smith", "V. A. Sakharov".
        (run[i].end - run[i].start === 1 && isUpper(text[run[i].start]) && /^\.\s?$/.test(text.slice(run[i].end, run[i + 1].start))) || (ORDINAL_WORD.test(run[i].norm) && !sentenceStarts.has(run[i].start) && !CONNECTORS.has(run[i + 1].norm)));
    // A compass point or "New" before another capitalised word opens a place's name, even first in a sentence ("New York: Harcourt…").
    const placeOpening = (i: number) => i + 1 < e && PLACE_OPENERS.has(run[i].norm) && isUpper(text[run[i + 1].start]);
    // "General" opens a body's or an event's name, where it is no rank; its head is read once per run.
    let bodyHead: boolean | undefined;
    const headed = (i: number) => i + 1 < e && run[i].norm === 'general' && (bodyHead ??= generalNamesBody(run, i));
    // "August" is a given name before a surname no dictionary has ("August Thalheimer"), unless a time preposition makes it the month.
    const givenMonth = (i: number) =>
      i + 1 < e && run[i].norm === 'august' && isUpper(text[run[i + 1].start]) && !isEnglishWord(run[i + 1].norm) && !/\b(?:in|on|by|from|until|till|during|since|of|early|late|mid|last|next|that|this|each|every)\s+$/i.test(text.slice(Math.max(0, run[i].start - 12), run[i].start));
    // A season or month that opens an event's or a building's name: "the Winter War", "the Spring Offensive".
    const seasoned = (i: number) => i + 1 < e && SEASONS_AND_MONTHS.has(run[i].norm) && SEASONED_HEAD.test(run[i + 1].norm) && isUpper(text[run[i + 1].start]);
    // A day named by the word before its weekday, even first in a sentence or a list: "Bloody Sunday, 9 January".
    const namedDay = (i: number) => i + 1 < e && CALENDAR_WORD.test(run[i + 1].norm) && !CONNECTORS.has(run[i].norm) && !COMMON.has(run[i].norm) && !DAY_QUALIFIERS.has(run[i].norm);
    // A foreign particle written with its capital opens the name before a word no English dictionary has: "Van Abbemuseum",
    // "Le Petit Journal", "Los Angeles", "Von Papen" (not a French tag on an English word: "La Society c'est moi").
    // (In lower case only where it opened the run: a name's own particle, "van Heijenoort".)
    const particle = (i: number) => i + 1 < e && NAME_PARTICLES.has(run[i].norm) && (isUpper(text[run[i].start]) || i === 0) && isUpper(text[run[i + 1].start]) && !isEnglishWord(run[i + 1].norm);
    // A registered name's initials in capitals are no common word, though a rank's abbreviation is spelt so ("LT", not "Lt.").
    const initials = (i: number) => /^\p{Lu}{2,4}$/u.test(text.slice(run[i].start, run[i].end)) && !!opts.keep?.(text.slice(run[i].start, run[i].end));
    while (s < e && !bound(s) && !placeOpening(s) && !headed(s) && !givenMonth(s) && !seasoned(s) && !namedDay(s) && !particle(s) && !initials(s) && (CONNECTORS.has(run[s].norm) || COMMON.has(run[s].norm) || isCommonAt(run[s], s === 0))) s++;
    // "Troops of the Savage Division": a sentence's first word joined by "of" to a name is a common noun, unless it heads a name itself ("Council of…").
    if (s === 0 && e > 2 && sentenceStarts.has(run[0].start) && CONNECTORS.has(run[1].norm) && headWordType(run[0].norm) === undefined && !WORK_WORDS.test(run[0].norm) && !/^(?:battle|siege|treaty|peace|storming|fall|capture|history|histories|life|lives|letters|memoirs|notes|problems)$/.test(run[0].norm)) {
      s = 1;
      while (s < e && CONNECTORS.has(run[s].norm)) s++;
    }
    // (Not a number joined by a hyphen to the one before: "the Declaration of the Twenty-Two".)
    while (e > s && !initials(e - 1) && !(e - s >= 2 && text.slice(run[e - 2].end, run[e - 1].start) === '-' && /^(?:one|two|three|four|five|six|seven|eight|nine)$/.test(run[e - 1].norm)) && (CONNECTORS.has(run[e - 1].norm) || WEEKDAY_ABBREVIATION.test(run[e - 1].norm) || (COMMON.has(run[e - 1].norm) && !(e - s >= 2 && CALENDAR_WORD.test(run[e - 1].norm) && !COMMON.has(run[e - 2].norm))))) e--;
    let words = run.slice(s, e);
    run = [];
    if (!words.length) return;
    // The words before and after a joining word at `at`, the joining words after it skipped; undefined when nothing follows.
    const around = (at: number): [Token[], Token[]] | undefined => {
      let r = at + 1;
      while (r < words.length && CONNECTORS.has(words[r].norm)) r++;
      return r < words.length ? [words.slice(0, at), words.slice(r)] : undefined;
    };
    // Two names, each read on its own.
    const asTwo = ([left, right]: [Token[], Token[]]) => {
      run = left;
      flush();
      run = right;
      flush();
    };
    // "the Hall of Columns of the House of Unions", "the October Hall of the House of Unions": a hall in a building, two places.
    const inBuilding = words.findIndex((w, k) => {
      if (k === 0 || w.norm !== 'of' || !ROOMS.has(words[k - 1].norm)) return false;
      // The building's head opens its name ("House of Unions") or ends it, before any further "of" ("Tauride Palace").
      const right = words.slice(words[k + 1]?.norm === 'the' ? k + 2 : k + 1);
      const next = right.findIndex((x) => x.norm === 'of');
      return right.length > 0 && (BUILDINGS.has(right[0].norm) || BUILDINGS.has(right[(next > 0 ? next : right.length) - 1].norm));
    });
    if (inBuilding > 0) {
      const parts = around(inBuilding);
      if (parts) return asTwo(parts);
    }
    // "Agnes E. Meyer of the Washington Post", "the RSP of Henk Sneevliet": "of" ties a person to a body or a
    // place, or a body to its leader; it does not make one name. The parts are names of their own.
    const of = words.findIndex((w, k) => k > 0 && w.norm === 'of');
    const ofParts = of > 0 ? around(of) : undefined;
    if (ofParts) {
      const initialled = (part: Token[]) => part.some((w) => w.end - w.start === 1 && text[w.end] === '.');
      // "Miss Sylvia Ageloff of Brooklyn": a courtesy title before the given name.
      const untitled = (part: Token[]) => (part.length > 2 && PERSON_TITLE_WORDS.has(part[0].norm) ? part.slice(1) : part);
      const personal = (part: Token[]) => untitled(part).length > 1 && (opensWithGivenName(untitled(part).map((w) => text.slice(w.start, w.end)), opts.lexicon) || initialled(part));
      // After "of", only the period's given names count: the English list also holds words that open bodies' names ("Court").
      const leader = (part: Token[]) => part.length > 1 && (isPeriodGivenName(part[0].norm, opts.lexicon) || initialled(part));
      // A body's acronym on one side and a name of two words that no dictionary has on the other: a person and
      // a body ("Andreu Nin of the POUM", "the RSP of Henk Sneevliet").
      const acronym = (part: Token[]) => part.length === 1 && /^\p{Lu}{2,6}$/u.test(text.slice(part[0].start, part[0].end));
      const unknownPair = (part: Token[]) => part.length === 2 && part.every((w) => !isEnglishWord(w.norm) && !headWordType(w.norm) && !isUpper(text[w.end - 1]));
      const [left, right] = ofParts;
      // A body or a group of people, then a person's name of unknown words: "the Green Gang of Du Yuesheng",
      // "the Assault Guards of Eusebio Rodríguez Salas".
      const bodyLeft = left.length > 1 && /^(?:organization|group)$/.test(String(headWordType(left[left.length - 1].norm) ?? (/(?:guards|gang|brigades?|militias?|squads?)$/.test(left[left.length - 1].norm) ? 'group' : '')));
      const unknownName = (part: Token[]) => part.length >= 2 && part.length <= 3 && part.every((w) => unknownNameWord(text.slice(w.start, w.end)));
      const personRight = unknownName(right) && !places().places.has(right.map((w) => w.norm).join(' '));
      // A person's name of unknown words, then a body whose head opens it: "Sunil Athwal of the University of Hull".
      const personLeft = unknownName(left);
      const bodyRight = right.length > 1 && headWordType(right[0].norm) === 'organization';
      if (personal(left) || leader(right) || (acronym(right) && unknownPair(left)) || (acronym(left) && unknownPair(right)) || (bodyLeft && personRight) || (personLeft && bodyRight)) return asTwo(ofParts);
    }
    // "Sukhum on the Black Sea": "on" before a sea, river or lake places a town, it does not name one.
    const on = words.findIndex((w, k) => k > 0 && w.norm === 'on' && text[w.start - 1] === ' ');
    // Nor does "on the" after a proper name, no dictionary word ("Cossacks on the Nevsky Prospect"); after a common
    // noun it makes a title or an event ("Miracle on the Vistula").
    const placed = /^(?:sea|river|lake|bay|gulf|coast|volga|don|dnieper|neva|danube|rhine)$/.test(words[words.length - 1].norm) || (words[on + 1]?.norm === 'the' && !isEnglishWord(words[on - 1].norm));
    // After a building's head, "on" says where it stands: "the Blue House on Londres", "the Winter Palace on the Neva"
    // (a body's name may hold "on": "the Committee on Foreign Affairs").
    const sited = on > 0 && (headWordType(words[on - 1].norm) === 'place' || words[on - 1].norm === 'house');
    // (A body on a river is placed there too: "the Tenth Army on the Volga".)
    const onParts = on > 0 && ((placed && headWordType(words[on - 1].norm) !== 'event' && headWordType(words[on - 1].norm) !== 'work') || sited) && !WORK_OPENING.test(`${words[0].norm} on `) ? around(on) : undefined;
    if (onParts) return asTwo(onParts);
    // An office ("Minister of Justice", "Commissar for War", "General Secretary", "Premier") names a post, not its holder.
    if (words.some((w, k) => k + 1 < words.length && (OFFICES.has(w.norm) || PERSON_TITLE_WORDS.has(w.norm)) && /^(?:of|for)$/.test(words[k + 1].norm) && words.slice(0, k).every((x) => OFFICE_QUALIFIERS.has(x.norm)))) return;
    // "a Labour MP": a party's member of parliament is named by the party.
    if (words.length > 1 && /^mps?$/.test(words[words.length - 1].norm) && /^MPs?$/.test(text.slice(words[words.length - 1].start, words[words.length - 1].end))) words = words.slice(0, -1);
    if (OFFICES.has(words[words.length - 1].norm)) {
      // "made Hitler Chancellor": a name before the office stays; "Military Governor" is all post.
      const rest = words.slice(0, -1);
      if (!rest.length || rest.every((x) => OFFICE_QUALIFIERS.has(x.norm) || PERSON_TITLE_WORDS.has(x.norm) || /(?:al|ary|ic|ive|ing|ed)$/.test(x.norm))) return;
      words = rest;
    }
    // A part of the text by its number in Roman figures ("Series IV", "Part II", "Series I. Correspondence"): a label,
    // and what follows it on its own only where a dictionary lacks it.
    if (words.length > 1 && TEXT_PARTS.has(words[0].norm) && isRomanNumeral(text.slice(words[1].start, words[1].end))) {
      if (words.slice(2).every((w) => isEnglishWord(w.norm))) return;
      words = words.slice(2);
    }
    // A record's field, dictionary words opening lines before a colon, record after record: "Object number:", "Date:", "Credit line:"
    // (a glossary's term opens one line: "Right Deviation: Stalin's name for…").
    if (words.every((w) => isEnglishWord(w.norm)) && FIELD_OPENING.test(text.slice(Math.max(0, words[0].start - 8), words[0].start))) {
      const label = /^[^:\n]{0,30}(?=:)/.exec(text.slice(words[0].start, words[0].start + 31))?.[0];
      if (label && (fieldLabels ??= recurringFieldLabels(text)).has(label)) return;
    }
    // A label and its letter ("Source B", "Figure A", "Appendix C") names a part of the text, not an entity.
    const lastWord = words[words.length - 1];
    if (words.length > 1 && lastWord.end - lastWord.start === 1 && isUpper(text[lastWord.start]) && text[lastWord.end] !== '.' && words.slice(0, -1).every((w) => isEnglishWord(w.norm))) return;
    // A calendar or a style named for someone is neither ("the Julian calendar", "Gregorian dating").
    if (words.length === 1 && /^ (?:calendars?|style|dating|reckoning)\b/.test(text.slice(lastWord.end, lastWord.end + 12))) return;
    // Words in capitals that a dictionary has are a label or a heading ("KEY TERMS", "ARCHIVE FILM:", "PANEL 5 — CAVALRY"),
    // whatever the register says of their words in ordinary case. (One short word may be an acronym: "SAP".)
    if ((words.length > 1 || words[0].end - words[0].start > 3) && words.every((w) => w.end - w.start > 1 && isEnglishWord(w.norm) && !/\p{Ll}/u.test(text.slice(w.start, w.end)))) return;
    let titled = false;
    // A credit's role before the name ("Casting Director Abel Mortimer", "Historical Adviser Ruth Kaminska-Lowe"): the name is a person's.
    const role = words.findIndex((w, k) => k < 3 && CREDIT_ROLES.test(w.norm) && !/^['’]/.test(text.slice(w.end, w.end + 1)));
    if (role >= 0 && words.length - role - 1 >= 2 && words.slice(0, role).every((w) => isEnglishWord(w.norm)) && isUpper(text[words[role + 1].start]) && (isGivenName(words[role + 1].norm) || !isEnglishWord(words[role + 1].norm))) {
      words = words.slice(role + 1);
      titled = true;
    }
    // A title alone is no name ("Prof.", "Comrade").
    if (words.length === 1 && PERSON_TITLE_WORDS.has(words[0].norm)) return;
    // A title before a name is not part of it ("Tsar Nicholas II", "General Wood"): the name is a person's.
    const generalOf = words.length > 1 && words[0].norm === 'general' && generalNamesBody(words, 0);
    // Not with a possessive after it, which makes it part of a place's or a body's name ("King's College", "St Paul's").
    const possessed = (k: number) => words[k + 1]?.norm === 's' && /^['’]$/.test(text.slice(words[k].end, words[k + 1].start));
    while (!generalOf && words.length > 1 && PERSON_TITLE_WORDS.has(words[0].norm) && !possessed(0) && !(/^(?:st|saint)$/.test(words[0].norm) && possessed(1))) {
      words = words.slice(1);
      titled = true;
    }
    // "the Canadian Maurice Spector": a nationality adjective before a name is a mention of its own, and so
    // before a known place ("Austrian Galicia").
    // "the Norwegian Legation", "the Turkish Embassy": a nation's mission, named by its adjective alone.
    const mission = words.length === 2 && MISSIONS.has(words[1].norm);
    if ((words.length > 2 || (words.length === 2 && (places().places.has(words[1].norm) || mission))) && places().demonyms.has(words[0].norm)) {
      const d = words[0];
      out.push({ start: d.start, end: d.end, text: text.slice(d.start, d.end), id: null, type: 'place', derived: true });
      if (mission) return;
      words = words.slice(1);
    }
    // A run ending in an -ic word is an adjective ("Social-Democratic programme"), not a name, unless it is a
    // republic or a known place ("Far Eastern Republic", "the Pacific", "the Baltic").
    const lastNorm = words[words.length - 1].norm;
    if (/(?:ic|ical)$/.test(lastNorm) && !(lastNorm === 'republic' && words.length > 1) && !places().places.has(lastNorm)) return;
    if (CALENDAR_TERMS.has(words.map((w) => w.norm).join(' '))) return;
    // "Anglo-Soviet", "Sino-Japanese": two peoples' adjective, not a name, unless a head follows ("Anglo-Russian Committee").
    // ("Austro-Hungarian", of one state, is a name: Austro is no people's prefix.)
    if (words.length === 2 && PEOPLES_PREFIXES.includes(words[0].norm) && text.slice(words[0].end, words[1].start) === '-') return;
    if (words.length === 1) {
      const w = words[0];
      // A mission after a nation's adjective that the register links ("the Soviet Consulate"): the adjective names it.
      if (MISSIONS.has(w.norm) && taken.some((m) => isMention(m) && m.derived && m.type === 'place' && m.end === w.start - 1) && text[w.start - 1] === ' ') return;
      // "the Right", "the Left" with their capitals: a party's wing, a group, though "right" and "left" are common words
      // (and with its name for a tendency: "the Right deviation").
      if (/^(?:right|left)$/.test(w.norm) && /^(?:Right|Left|RIGHT|LEFT)$/.test(text.slice(w.start, w.end)) && /\b[Tt]he $/.test(text.slice(Math.max(0, w.start - 4), w.start)) && !/^[ -]\p{Lu}/u.test(text.slice(w.end, w.end + 2))) {
        const tendency = /^ (?:deviation|opposition)\b/i.exec(text.slice(w.end, w.end + 12))?.[0] ?? '';
        out.push({ start: w.start, end: w.end + tendency.length, text: text.slice(w.start, w.end + tendency.length), id: null, type: 'group', derived: false });
        return;
      }
      // A hashtag of dictionary words run together is a topic, not a name ("#OnThisDay"; "#RamónMercader" is one).
      if (text[w.start - 1] === '#' && (text.slice(w.start, w.end).match(/\p{Lu}\p{Ll}*/gu) ?? []).every((part) => isEnglishWord(foldCase(part)))) return;
      if ((lowerSeen.has(w.norm) && !besideLinked(w)) || (w.norm.length < 3 && !twoLetterInitials(w)) || /^\d/.test(w.norm) || isRomanNumeral(text.slice(w.start, w.end))) return;
      // "Jan." is January ("1925, Jan. — Trotsky relieved…"); "Jan" alone is a given name.
      if (w.norm === 'jan' && text[w.end] === '.') return;
      // A clipped word set out as a label: "Bibl.: …", "Acc. no. L.2026.14", "Cat. 7".
      if (/^\.(?::|[ \t]+(?:no\.|No\.|\d))/.test(text.slice(w.end, w.end + 6)) && !opts.keep?.(text.slice(w.start, w.end))) return;
      // An editor's label opening a line: "Comp.--With Trotzky came…", "Ed.— See above".
      if (/^\.(?:--|—)/.test(text.slice(w.end, w.end + 3)) && /(?:^|\n)[ \t]*$/.test(text.slice(Math.max(0, w.start - 4), w.start))) return;
      // An -ism or -ist word names a doctrine or its followers, not an entity ("Tsarism", "Tsarist"), unless
      // the text calls it a paper ("their paper Kommunist") or it names a movement's members in the
      // plural after "the" ("the Spartacists", "the Decembrists") and its stem is no title ("the Tsarists"),
      // or after another party's name.
      if (/(isms?|ists?)$/.test(w.norm)) {
        const before = text.slice(Math.max(0, w.start - 24), w.start);
        // …or says so after it: "Kommunist, the Left Communists' daily".
        const periodical = /\b(?:paper|newspaper|journal|weekly|daily|organ|magazine|review)\s+$/i.test(before) ||
          APPOSITE_PERIODICAL.test(text.slice(w.end, w.end + 60));
        const stem = w.norm.replace(/ists$/, '');
        const members = /ists$/.test(w.norm) && /\bthe\s+$/i.test(before) && !TITLE_NOUNS.has(stem) && !lowerSeen.has(stem) && !lowerSeen.has(w.norm.replace(/s$/, ''));
        // …or listed after another party's name in the plural: "a cabinet of Kadets and Octobrists".
        const withParty = /ists$/.test(w.norm) && /\p{Lu}[\p{L}-]*[^s]s(?:\s+and|\s+or|,)\s+$/u.test(text.slice(Math.max(0, w.start - 40), w.start));
        // …or names an event with its head after it: "the Spartacist rising" (namesWithCommonHead joins them).
        const event = /ist$/.test(w.norm) && /\bthe\s+$/i.test(before) && /^ (?:rising|uprising|revolt|rebellion|insurrection|putsch|mutiny|plot|conspiracy)\b/.test(text.slice(w.end, w.end + 16));
        if (!periodical && !members && !withParty && !event) return;
      }
      // A title or institution used as a common noun ("the Tsar", "the Church").
      if (TITLE_NOUNS.has(w.norm)) return;
      // A role in brackets after a name ("Max Eastman (Translator)") or a numbered label ("Article 107"): a common word.
      if ((text[w.start - 1] === '(' && text[w.end] === ')') || /^ \d/.test(text.slice(w.end, w.end + 2))) {
        if (isEnglishWord(w.norm) && /^\p{Lu}\p{Ll}+$/u.test(text.slice(w.start, w.end))) return;
      }
    }
    const start = words[0].start;
    const last = words[words.length - 1];
    // A surname cut to its initial keeps its full stop: "Oksana M.", "Marta K.".
    const initialSurname = words.length === 2 && last.end - last.start === 1 && isUpper(text[last.start]) && text[last.end] === '.' && (opensWithGivenName(words.map((w) => text.slice(w.start, w.end)), opts.lexicon) || !isEnglishWord(words[0].norm));
    const end = last.end + (initialSurname ? 1 : 0);
    const surface = text.slice(start, end);
    if (opts.ignored.has(words.map((w) => w.norm).join(' '))) return;
    if (surface === surface.toUpperCase() && words.length > 4) return; // a shouted heading, not a name
    out.push({ start, end, text: surface, id: null, type: titled ? 'person' : guessType(text, start, end, surface, opts.lexicon), derived: false });
  };
  // Filled after the scan: single words that only ever start a sentence ("Draft.") are not names.
  const midSentence = new Set<string>();
  const isCommonAt = (t: Token, first: boolean): boolean => first && sentenceStarts.has(t.start) && (lowerSeen.has(t.norm) || COMMON.has(t.norm) || /ly$/.test(t.norm));

  // A hyphenated place's small word, with a capitalised word after it: "Seine-et-Oise", "Rostov-on-Don".
  const hyphenedPlaceWord = (t: Token, prev: Token) => HYPHEN_JOINERS.has(t.norm) && prev.end - prev.start >= 3 && /^-\p{Lu}/u.test(text.slice(t.end, t.end + 2));
  // The second syllable of an East Asian given name, after the surname: "Kim Il-sung", "Chiang Kai-shek",
  // …and of a given name before the surname: "Mei-ling Tsao", "Chiang Ching-kuo".
  // (Not a nation's compound adjective: "the Dutch-born Jean van Heijenoort".)
  const secondSyllable = (t: Token, prev: Token) =>
    (run.length >= 2 || (/^ \p{Lu}/u.test(text.slice(t.end, t.end + 2)) && !isEnglishWord(prev.norm) && !places().demonyms.has(prev.norm))) && prev.end - prev.start <= 5 && t.end - t.start <= 5 && !/^-\p{L}/u.test(text.slice(t.end, t.end + 2));
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    // An ordinal in figures opens a name as a capital does ("1st Cavalry Army").
    const capital = isUpper(text[t.start]) || (ORDINAL_WORD.test(t.norm) && /\d/.test(text[t.start]));
    const prev = run[run.length - 1];
    // A full stop joins only after an initial ("E. H. Carr"); otherwise it ends the name.
    const sep = prev ? text.slice(prev.end, t.start) : '';
    // "Carr, E. H. The Interregnum": after initials, an article opens the next thing.
    const adjacent =
      !!prev &&
      ((joinable(text, prev.end, t.start) && (!sep.includes('.') || ((prev.end - prev.start === 1 || DIGRAPH_INITIAL.test(text.slice(prev.start, prev.end))) && (!/^(?:the|a|an)$/.test(t.norm) || (t.end - t.start === 1 && text[t.end] === '.'))))) ||
        // A plural possessive inside a body's name: "Soldiers' Deputies", "Workers' Opposition".
        (/^['’] $/.test(sep) && /s$/.test(prev.norm) && capital) ||
        // An ampersand before a firm's word ("Harper & Brothers", "Scribner & Sons"), between the same names ("Faber & Faber"),
        // or after a name of several words ("Hoover Institution Library & Archives"); in notes "Kolchak & Denikin" is a list.
        (sep === ' & ' && (/^(?:sons?|brothers|co|company|partners)$/.test(t.norm) || t.norm === prev.norm || run.length >= 2 || FIRM_WORDS_AFTER.test(text.slice(t.end, t.end + 20)) || IMPRINT_YEAR_AFTER.test(text.slice(t.end, t.end + 40)) ||
          PUBLISHED_BY.test(text.slice(Math.max(0, prev.start - 60), prev.start)))));
    if (isTaken(t)) {
      flush();
      continue;
    }
    if (capital && run.length === 0 && t.end - t.start === 1 && text[t.start - 1] === '-') {
      // The last letter of an abbreviation like "C-in-C" opens no name.
      continue;
    } else if (capital && run.length === 0 && /^[IVX]$/.test(text[t.start]) && t.end - t.start === 1 && text.startsWith('. ', t.end) && /(?:^|\n)#{1,6}[ \t]+$/.test(text.slice(Math.max(0, t.start - 8), t.start))) {
      // A section's number in a Markdown heading, not an initial: "## V. Reading them now".
      continue;
    } else if (capital && (run.length === 0 || adjacent)) {
      run.push(t);
    } else if (!capital && prev && sep === '-' && isUpper(text[prev.start]) && (hyphenedPlaceWord(t, prev) || secondSyllable(t, prev))) {
      run.push(t);
    } else if (!capital && run.length === 0 && LOWER_PARTICLES.has(t.norm) && i + 1 < tokens.length && text.slice(t.end, tokens[i + 1].start) === ' ' && isUpper(text[tokens[i + 1].start]) && !isEnglishWord(tokens[i + 1].norm) && !isTaken(tokens[i + 1])) {
      // A surname's particle in lower case opens it: "with van Heijenoort", "von Papen".
      run.push(t);
    } else if (!capital && prev && /^['’]$/.test(sep) && !CONTRACTIONS.has(t.norm)) {
      // An apostrophe inside a transliterated name ("Zinov'ev", "Byulleten'") keeps it whole.
      run.push(t);
    } else if (t.norm === 's' && prev && /^['’]$/.test(sep) && (POSSESSIVE_HEAD.test(text.slice(t.end, t.end + 16)) || /^ and \p{Lu}\p{Ll}+s['’]/u.test(text.slice(t.end, t.end + 24)))) {
      // A possessive inside a body's name: "People's Commissariat of Health", "Charles Scribner's Sons".
      run.push(t);
    } else if (!capital && prev && isUpper(text[prev.start]) && t.norm === 'and' && sep === ' ' && /^ \p{Lu}\p{Ll}+ (?:Fortress|Cathedral|Church|Palace|Square|Bridge|Street|Island|Islands|Mountains|Company|Railway|Canal)\b/u.test(text.slice(t.end, t.end + 28))) {
      // Two names that one place or firm is named after: "Peter and Paul Fortress", "Volga and Don Canal".
      run.push(t);
    } else if (!capital && run.length && t.norm === 'and' && prev?.norm === 's' && /^\s\p{Lu}\p{Ll}+s['’]/u.test(text.slice(t.end, t.end + 24))) {
      // "Workmen's and Soldiers' Delegates": possessives coordinated inside one name.
      run.push(t);
    } else if (!capital && run.length && adjacent && ((CONNECTORS.has(t.norm) && t.norm !== 'and' && (!LATE_ARTICLES.has(t.norm) || CONNECTORS.has(prev.norm) || (t.norm === 'the' && EPITHET.test(text.slice(t.end, t.end + 12))))) || ((t.norm === 'a' || t.norm === 'an') && prev.norm === 'of'))) {
      // "the" joins after another joining word ("Council of the Republic") or before an epithet ("Peter the Great"), not between two names ("in Norway the Labour Party").
      run.push(t);
    } else {
      flush();
      if (capital) run.push(t);
    }
  }
  flush();
  for (const c of out) {
    if (!sentenceStarts.has(c.start)) midSentence.add(foldCase(c.text));
    // A surname that opens a sentence ("Sedova said…") after the full name appeared ("Natalia Sedova").
    const words = c.text.split(/\s+/);
    if (words.length > 1 && /^\p{Lu}\p{Ll}+$/u.test(words[words.length - 1])) midSentence.add(foldCase(words[words.length - 1]));
  }
  const titles = titleCaseLines(text, opts.headings ?? []);
  const bylined = (c: EntityMention) => {
    const words = c.text.split(/\s+/);
    return words.length > 1 && (opensWithGivenName(words, opts.lexicon) || /\bby\s+$/i.test(text.slice(Math.max(0, c.start - 4), c.start)));
  };
  const inTitle = (c: Span) => titles.some((h) => h.start <= c.start && c.end <= h.end);
  const unheaded = (c: EntityMention) => places().places.has(foldCase(c.text)) || nameTokens(c.text).every((w) => !isEnglishWord(w) && !COMMON.has(w));
  const inBody = new Set(out.filter((c) => (!sentenceStarts.has(c.start) || nameOpensSentence(text, c)) && !inTitle(c)).map((c) => foldCase(c.text)));
  // An acronym that stands only before numbers is a catalogue's prefix, not a body: "MCLT 0187", "MCLT 0533", "AMPA.1994.17".
  const numbered = new Map<string, boolean>();
  for (const c of out) {
    if (!/^\p{Lu}{2,6}$/u.test(c.text)) continue;
    numbered.set(c.text, (numbered.get(c.text) ?? true) && /^(?: |[./-](?=\d))(?:\d|…|\.\.\.)/.test(text.slice(c.end, c.end + 4)));
  }
  const publishers = publisherSpans(text, taken, opts.ignored);
  const found = out.filter(
    (c) =>
      (c.text.includes(' ') || !sentenceStarts.has(c.start) || midSentence.has(foldCase(c.text)) || !!opts.keep?.(c.text) || SURNAME_SHAPE.test(foldCase(c.text)) || nameOpensSentence(text, c) || speakerLabel(text, c)) &&
      // Words in a Title-Case heading are capitalised for the heading, not because they are names.
      // Unless the name also stands mid-sentence in the body of the text, or is a person's: a byline
      // ("Posted … by Jakob Lind") or an author's line ("Katharina Wolff-Mendes, University of Sheffield").
      // Nor is a known place or a word no dictionary has capitalised for a heading ("— Alan Prewett, Dundee").
      !(inTitle(c) && !opts.keep?.(c.text) && !inBody.has(foldCase(c.text)) && !bylined(c) && !unheaded(c)) &&
      !numbered.get(c.text),
  );
  const cues = scriptCues(text, taken);
  for (const c of found) {
    // A letter's sign-off gives the writer's town after the name: "— Dafydd Rees, Aberystwyth".
    if (SIGN_OFF_BEFORE.test(text.slice(Math.max(0, c.start - 60), c.start)) && /^[ \t]*(?:\n|$)/.test(text.slice(c.end, c.end + 4))) c.type = 'place';
    // A speaker's label is a person's name, whatever its letters suggest; so is a name before its handle ("Nadia @nadia_spb · 21 Aug").
    else if (speakerLabel(text, c) || /^[ \t]+@[\p{L}\p{N}_]+(?:[ \t]|$)/mu.test(text.slice(c.end, c.end + 40))) c.type = 'person';
  }
  const set = [...publishers, ...userNames(text, taken), ...speakerInitials(text, taken), ...foreignBodies(text, taken), ...cues.speakers, ...citedAuthors(text, taken)];
  // A script's directions ("(V.O.)", "(ARCHIVE, SYNC)") are apparatus.
  const apparatus = [...set, ...cues.directions];
  const all = apparatus.length ? [...found.filter((c) => !apparatus.some((p) => p.start < c.end && c.start < p.end)), ...set].sort((a, b) => a.start - b.start) : found;
  const shouted = shoutedNames(text, tokens, all, taken, opts.lexicon);
  const result = shouted.length ? [...all, ...shouted].sort((a, b) => a.start - b.start) : all;
  // Two or three capitalised words that no dictionary has and no cue typed are a person's full name
  // ("Eusebio Rodríguez Salas"), as one such word is a surname (typeLoneSurnames).
  for (const c of result) {
    if (c.type) continue;
    const words = c.text.split(' ');
    if (words.length >= 2 && words.length <= 3 && words.every(unknownNameWord)) c.type = 'person';
  }
  typeConsistently(result);
  return result;
}


/**
 * Where each sentence's first word begins: past opening brackets and quotes, a
 * footnote number ("21 Text of…", "(Reported by…"), and also after a colon
 * ("one rule: Fais ce que…"), where English capitalises a new clause too.
 */
function firstWords(text: string, sentenceStarts: Set<number>): Set<number> {
  const out = new Set<number>();
  const skip = (k: number) => {
    // Quotes, brackets, emphasis, a table's or an infobox's bar ("| Location = …"), a number ("12.", "2.1"), a bullet,
    // or a user's handle opening a comment ("@anna_k").
    // (A name at the head of a bullet, "- Kazan falls", stays a name: no dictionary has it.)
    // Also a Markdown heading's marks, a section's Roman numeral ("## V. Reading them now"), a forum post's
    // number ("#3  Posted by…") and a quoted reply's mark ("> anna_k wrote:"); a thread's post number and its emoji ("🧵 1/ Eighty-five years ago").
    const m = /^(?:[\s"'“‘(\[*_|]+|\d{1,3}(?:\.\d{1,3})*\.?\s+|\d{1,3}\/\d{0,3}\s+|\p{Extended_Pictographic}\uFE0F?\s*|[-–•]\s+|@[\w.]+\s+|#{1,6}\s+|#\d{1,5}\s+|>\s*|[IVXLC]{1,6}\.\s+)*/u.exec(text.slice(k, k + 24));
    return k + (m ? m[0].length : 0);
  };
  for (const s of sentenceStarts) {
    out.add(s);
    out.add(skip(s));
  }
  // Every line opens like a sentence: a header's label ("Translator: Anna Kell"), a list's item.
  for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) out.add(skip(i + 1));
  for (let i = text.indexOf(': '); i >= 0; i = text.indexOf(': ', i + 2)) out.add(skip(i + 2));
  // Items of a credits line or a menu: "Sound design: Tobias Greer · Producer: Owen Tranter", "News | Culture", "History / Asia".
  for (const m of text.matchAll(/ [·|/] /g)) out.add(skip(m.index! + 3));
  // A dispatch's first sentence after its dateline: "LONDON, Feb. 11 (Reuter's).--According to…".
  for (const m of text.matchAll(/\.--|\.—/g)) out.add(skip(m.index! + m[0].length));
  return out;
}

/** A capitalised word that no dictionary has and that heads no kind of name: a word of a person's name ("Eusebio", "Athwal"). */
function unknownNameWord(word: string): boolean {
  const norm = foldCase(word);
  return /^\p{Lu}\p{Ll}+$/u.test(word) && !isEnglishWord(norm) && !headWordType(norm);
}

/** A well-formed Roman numeral ("XIV", "MCMV"), not any run of its letters ("VIL" is someone's initials). */
function isRomanNumeral(s: string): boolean {
  return s.length > 0 && /^M{0,4}(?:CM|CD|D?C{0,3})(?:XC|XL|L?X{0,3})(?:IX|IV|V?I{0,3})$/.test(s);
}

/**
 * A capitalised word no English dictionary has: a name, even first in a sentence
 * ("Dvinsk fell on the first day", "Maring, that is, Henk Sneevliet").
 */
function nameOpensSentence(text: string, c: Span & { text: string }): boolean {
  // One word, or a double-barrelled name whose parts no dictionary has either ("Sørby-Kessler").
  if (!/^\p{Lu}\p{Ll}{2,}(?:-\p{Lu}\p{Ll}{2,})*$/u.test(c.text) || c.text.split('-').some((w) => isEnglishWord(foldCase(w)))) return false;
  // Not a sentence in another language, told by its small words ("Fais ce que tu dois"), nor a quoted exclamation ("“Unerhört!”").
  const next = /^\s+(\p{Ll}+)/u.exec(text.slice(c.end, c.end + 30));
  if (next && next[1].length <= 4 && !isEnglishWord(next[1])) return false;
  return !/["“‘'«„]$/.test(text.slice(Math.max(0, c.start - 1), c.start));
}
/** A speaker's label in capitals opening a line of a script or transcript, a word no dictionary has in it: "MELNYK-HART: The army was tiny." */
function speakerLabel(text: string, c: Span & { text: string }): boolean {
  return /^\p{Lu}{2,}(?:-\p{Lu}{2,})*$/u.test(c.text) && text[c.end] === ':' && /(?:^|\n)[ \t]*$/.test(text.slice(Math.max(0, c.start - 4), c.start)) && c.text.split('-').some((w) => !isEnglishWord(foldCase(w)));
}
/** Register entries that share a name word with a candidate ("Lev Trotsky" and Leon Trotsky): likely homes for it as an alias. */
export function aliasHomes(candidate: string, register: Register, limit = 2): RegisterEntry[] {
  const words = new Set(nameTokens(candidate).filter((w) => w.length > 3 && !CONNECTORS.has(w) && !COMMON.has(w)));
  if (!words.size) return [];
  const scored: { entry: RegisterEntry; shared: number }[] = [];
  for (const entry of register.entries) {
    const own = new Set([entry.name, ...entry.aliases].flatMap(nameTokens));
    let shared = 0;
    for (const w of words) if (own.has(w)) shared++;
    if (shared) scored.push({ entry, shared });
  }
  return scored.sort((a, b) => b.shared - a.shared || a.entry.name.localeCompare(b.entry.name)).slice(0, limit).map((s) => s.entry);
}
