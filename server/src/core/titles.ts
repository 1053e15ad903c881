// Works named by the way a text sets them out: quoted in a citation, emphasised,
// followed by their year, between an author and an imprint, or opened by an article
// capitalised mid-sentence; and a work's title run on through its subtitle. These
// spans override the linked names inside them (corpus.ts decides against the register).

import { FOREIGN_BODY_OPENERS, headWordType, PERIODICAL_TITLE, PERIODICAL_WORDS, places } from './candidateTypes';
import type { FrontMatter } from './frontMatter';
import { ENTRY_OPENER, LINE_OPENER } from './text';
import { nameTokens } from './tokens';
import type { EntityMention, EntityType, Span } from './types';

/** A span set out as a title; `frame` where it is the text's own masthead or title (frontMatter.ts). */
export interface TitleSpan extends Span {
  frame?: 'masthead' | 'title';
}

// "R. V. Daniels, 'The Kronstadt Revolt of 1921', American Slavic…": an author's
// name (with an affiliation in brackets, as a contents list gives it), a comma, and a
// quoted capitalised title, closed before punctuation, "in" or the line's end.
// The title holds no double quotation mark, so that it cannot run on from one quoted title to the next.
const CITED_TITLE_QUOTE = /,\s+(['‘"“])(\p{Lu}[^\n"“”]{0,120}?)['’"”](?=\s*[,.;:)]|\s+in\s|[ \t]*(?:\n|$)|\s\((?:[^()\n]|\([^()\n]{1,4}\)){0,80}?\b(?:1[5-9]|20)\d\d\))/gu;
const CITED_AUTHOR = /(?:^|[^\p{L}'’-])(?:\p{Lu}\.\s?){0,3}(?:\p{Lu}[\p{Ll}'’-]+(?:-\p{Lu}[\p{Ll}'’]+)?\s){0,3}\p{Lu}[\p{Ll}'’-]+(?:-\p{Lu}[\p{Ll}'’]+)?(?:\s\([^()\n]{2,60}\))?$/u;

/**
 * Titles quoted in citations: the title of an article or chapter, a work even
 * where its words also name an event or place ('The Kronstadt Rising').
 */
export function citedTitles(text: string): Span[] {
  const out: Span[] = [];
  // The quoted title first, then the author before its comma: a pattern that opened with
  // the author would be tried at every position of the text.
  for (const m of text.matchAll(CITED_TITLE_QUOTE)) {
    if (!CITED_AUTHOR.test(text.slice(Math.max(0, m.index! - 80), m.index!))) continue;
    const start = m.index! + m[0].length - m[2].length - 1;
    out.push({ start, end: start + m[2].length });
  }
  return out;
}

/** "Results and Prospects (1906)": a Title-Case phrase followed by a year in brackets is a work. */
const TITLE_PHRASE = String.raw`(?:(?:The|A|An)\s)?\p{Lu}[\p{L}'’-]*(?:(?:[ ,:]\s?|\s(?:and|of|the|in|on|a|an|for|to|at|from|with|as|is|it|what|where|its|by)\s(?:(?:the|a|an)\s)?(?!(?:The|A|An)\s))(?:\p{Lu}[\p{L}'’?-]*|1\d{3}(?:[–-]\d{2,4})?)){0,12}`;
/**
 * "Bertrand M. Patenaude, Stalin's Nemesis: The Exile and Murder of Leon Trotsky
 * (London: Faber and Faber, 2009)": in a citation, what stands between the author's
 * comma (or a note's number) and the imprint is the title, whatever names it
 * contains, a party's "(b)" included; also after an editor's "(ed.)".
 */
const TITLE_BEFORE_IMPRINT = /(?<=\p{L}[.]?,\s|\((?:eds?|trans|comp)\.?\),\s|^[ \t]*\[?\d{1,3}[.\]]?[ \t]+)(\p{Lu}(?:[^()\n;]|\(\p{Ll}{1,2}\)){2,160}?)\s\((?:\p{Lu}[\p{L}.]*(?:(?:[ ,]+| and )\p{Lu}[\p{L}.]*)*):\s*[^()\n]{1,80}?\d{4}[^()\n]{0,20}\)/gmu;
/**
 * "Machiavelli's The Prince", "whose A History of Soviet Russia shared", "he wrote Their Morals and Ours": an article
 * or a possessive determiner capitalised mid-sentence, after a lower-case word, a comma or a possessive (not
 * in a Title-Case heading, "Congress Of The R.C.P."), opens a title, which runs on through its capitalised words,
 * their small joining words and a subtitle after a colon.
 */
const ARTICLE_TITLE = /(?<= )((?:The|A|An|Their|His|Her|Our) \p{Lu}[\p{L}'’-]+(?![.\p{L}])(?:(?: (?:of|and|in|on|to|for))?(?: (?:the|a|an))? (?!(?:The|A|An) )(?:\p{Lu}[\p{L}'’?-]*|\d{4}(?:[–-]\d{2,4})?))*(?:: (?:(?:The|A|An) )?\p{Lu}[\p{L}'’-]*(?:(?: (?:of|and|in|on|to|for))?(?: (?:the|a|an))? (?!(?:The|A|An) )(?:\p{Lu}[\p{L}'’?-]*|\d{4}(?:[–-]\d{2,4})?))*)?)/gu;
const ARTICLE_TITLE_BEFORE = /(?:(?<!\p{L})\p{Ll}+|\p{L},|\p{L}['’]s) $/u;
/** An author's name and a comma before a title: "Robert Conquest, The Great Terror". */
const AUTHOR_FIRST = /^(?!(?:The|A|An)\s)(?:\p{Lu}[\p{L}.'’-]*\s){0,3}\p{Lu}[\p{L}.'’-]*,\s+(?=[*_]?\p{Lu})/u;
/** The year in brackets is found first, then the title phrase that ends at it; a publisher or a place may stand before the year ("(Harper & Brothers, 1937)", "(Oak Park, Mich., 1995)"). */
const YEAR_IN_BRACKETS = /\s\((?:[\p{Lu}][\p{L}&.'’ ]+[:,]\s*){0,2}(?:1[5-9]\d\d|20\d\d)(?:[–-]\d{2,4})?[);,]/gu;
/** Years in brackets with a range follow a person's life as often ("Leon Trotsky (1879–1940)"): a title then needs an article or a word for writings first. */
const RANGED_TITLE = /^(?:(?:The|A|An)\s\p{Lu}|(?:Collected |Selected )?(?:Writings|Letters|Papers|Works|Notebooks|Diaries|Documents|Speeches)\b)/u;
const MONTH_YEAR = String.raw`(?:(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?\s)?\d{4}`;
/** A date or a span of dates, which no title is: "August 1917–February 1918". */
const DATE_ONLY = new RegExp(String.raw`^${MONTH_YEAR}(?:[–-](?:${MONTH_YEAR}|\d{2}))?$`);
/** Prepositions that stand inside a title, not before one. */
const MID_TITLE_BEFORE = /\b(?:against|into|towards?|upon|among|between|through|without|within|onto|across|along|despite|via) $/;
/** A Title-Case phrase after the word for its kind of work: "the novel Darkness at Noon", "his pamphlet Terrorism and Communism". */
const KIND_BEFORE = new RegExp(String.raw`\b(?:novel|book|pamphlet|essay|memoirs?|play|film|poem|biography|monograph|treatise|novella|documentary|opera)\s+(${TITLE_PHRASE})`, 'gu');
/** A Title-Case phrase after "published as": a work of two words or more. */
const PUBLISHED_AS = new RegExp(String.raw`\b(?:published|republished|reissued|translated|issued|printed|appeared|came out)(?: in (?:English|French|German|Russian|book form))? as (${TITLE_PHRASE})`, 'gu');
const TITLE_BEFORE_YEAR = new RegExp(String.raw`(?<![\p{L}'’])(${TITLE_PHRASE})$`, 'u');

/**
 * Matches of `body` that end where a match of `anchor` starts, within `window`
 * characters: for patterns whose rare, fixed part comes last, so that the engine
 * is not started at every position of the text.
 */
function* endingAt(text: string, anchor: RegExp, body: RegExp, window = 400): Generator<RegExpExecArray> {
  for (const a of text.matchAll(anchor)) {
    const from = Math.max(0, a.index! - window);
    const m = body.exec(text.slice(from, a.index!));
    if (!m) continue;
    // The slice hides the character before it from the lookbehind.
    if (from > 0 && m.index === 0 && /[\p{L}'’]/u.test(text[from - 1])) continue;
    m.index += from;
    yield m;
  }
}

/**
 * “Marxism and Insurrection”, "Who Led the February Insurrection?": a phrase in
 * double quotation marks whose words are all capitalised but the small joining
 * ones, where the text says it is a title: after "called", "the chapter", "his
 * article", "Lenin's reply,", "in". Without such a cue a quoted name is as often
 * a nickname, a term or an office ("Dual Power", Kolchak "Supreme Ruler"). A
 * nested quote may open the title (“‘Left-Wing’ Childishness…”).
 */
const QUOTED_TITLE = /(?<![\p{L}\d])(["“])((?:['‘](?=\p{Lu}))?\p{Lu}[^"“”\n]{2,140}?)["”]/gu;
/** "in English “Man’s Fate”": a translation's title. */
const IN_TRANSLATION = String.raw`in (?:English|French|German|Russian|Italian|Spanish|translation)`;
const QUOTED_TITLE_CUE = new RegExp(String.raw`(?:\b(?:titled?|entitled|called|named|chapters?|sections?|appendix|article|essay|pamphlet|brochure|book|novel|poem|play|film|collection|anthology|trilogy|memoirs?|biography|study|monograph|series|author of|lecture|speech|address|report|proclamation|manifesto|appeal|leaflet|letter|reply|answer|review|editorial|theses|resolution|declaration|story|volume|question|headline|in|see|cf\.|his|her|their|whose|(?:published|appeared|translated|reissued|issued) as|(?:spoke|wrote|lectured|reported) on|wrote|published|issued|reprinted|serialised|serialized|(?:reads?|quot(?:es|ed|ing)) from|cites|cited|citing|${IN_TRANSLATION})|\p{L}['’]s(?:\s+(?:own|new|first|last|later|early|famous|classic))?)\s*,?\s*$`, 'iu');
/**
 * Where the text all but says "a title" (an author's possessive, "whose", "called", "the novel"),
 * a quoted phrase need only open with a capital: titles in French and Russian capitalise their
 * first word alone (Malraux's “La Condition humaine”).
 */
const STRONG_TITLE_CUE = new RegExp(String.raw`(?:\b(?:titled?|entitled|called|whose(?:\s+(?:own|new|first|last|latest|later|early|famous))?|means|meaning|novel|book|poem|play|film|pamphlet|essay|article|${IN_TRANSLATION})|\p{Lu}[\p{L}-]*['’]s)\s*,?\s*$`, 'u');
/** A year in brackets after the closing quotation mark dates a work: “The Tragedy of the Chinese Revolution” (1938). */
const YEAR_AFTER = /^\s\((?:1[5-9]|20)\d\d\)|^,\s(?:1[5-9]|20)\d\d(?![\d–-])/;
/**
 * A publisher's imprint in brackets after it, ending in a year, makes a work of a quoted
 * phrase in any language and capitalisation: “Rabochaia oppozitsiia” (Moscow, 1921),
 * “Moscow, 1905: Working-Class Organization” (Stanford: Stanford University Press, 1982).
 */
const IMPRINT_AFTER = /^\s\((?:[^()\n]|\([^()\n]{1,4}\)){0,80}?\b(?:1[5-9]|20)\d\d\)/;
const TITLE_SMALL_WORDS = /^(?:a|an|the|and|or|but|nor|of|in|on|at|to|for|from|by|with|into|onto|as|is|are|was|vs?\.?|versus|over|under|after|before|against|between|through|without|within|beyond|about|upon|across|towards?|among|behind|during|until|via|than|de|du|des|la|le|les|et|von|der|die|das|und|zu|i|na|v|o)$/;

/** Two to sixteen words, all capitalised but the small joining ones, and no sentence inside. */
function titleCased(title: string): boolean {
  const words = title.split(/\s+/);
  if (words.length < 2 || words.length > 16) return false;
  // Speech and quoted prose run on through sentences and lower-case words.
  if (/[.;:,]\s/.test(title) && !/:\s/.test(title)) return false;
  return words.every((w, i) => {
    const bare = w.replace(/^['‘’(]+|['’)?!,:]+$/g, '');
    return !bare || /^[\p{Lu}\d]/u.test(bare) || (i > 0 && TITLE_SMALL_WORDS.test(bare));
  });
}

/** "Volume One: The Overthrow of Tsarism", "Part II. The Crisis": the title of a part of a work, on a line of its own. */
const PART_HEADING = /^[ \t]*(?:#{1,6}[ \t]+)?(?:Volume|Vol\.|Part|Book|Chapter|Section)[ \t]+(?:[IVXLC]+|\d{1,3}|One|Two|Three|Four|Five|Six|Seven|Eight|Nine|Ten)[ \t]*[:.–—-][ \t]+(\p{Lu}[^\n]{2,120}?)[ \t]*$/gmu;

function partTitles(text: string): Span[] {
  const out: Span[] = [];
  for (const m of text.matchAll(PART_HEADING)) {
    if (!titleCased(m[1])) continue;
    const start = m.index! + m[0].length - m[1].length - (m[0].length - m[0].trimEnd().length);
    out.push({ start, end: start + m[1].length });
  }
  return out;
}

/** At most ten words, the first capitalised, and no sentence inside: a title in a language that capitalises only its first word. */
function firstCapitalised(title: string): boolean {
  const words = title.split(/\s+/);
  return words.length >= 2 && words.length <= 10 && !/[.;!?]\s/.test(title) && !/,\s/.test(title);
}

/** At most sixteen words and no sentence inside: commas and a colon may run through a cited title and its subtitle. */
function citedAsWork(title: string): boolean {
  const words = title.split(/\s+/);
  return words.length <= 16 && !/[.;!?]\s/.test(title);
}

/**
 * ‘The Tale of the Unextinguished Moon’: a title in typographic single quotation marks. An apostrophe
 * inside a word (Trotsky’s) or after a plural before a capital (Workers’ Opposition) does not close it.
 */
const SINGLE_QUOTED_TITLE = /(?<![\p{L}\d])(‘)(\p{Lu}(?:[^‘’\n]|’(?=\p{L})|(?<=s)’(?= \p{Lu}))*?)(?:(?<!s)’|’(?! \p{Lu}))(?!\p{L})/gu;
/** A title is published, not said: “Notes of an Economist” appeared in Pravda. */
const PUBLISHED_AFTER = /^,?\s+(?:appeared|was (?:published|printed|reprinted|seriali[sz]ed|reissued|translated|banned)|came out|ran in)\b/;
/** The next title in a list of them: “The Interregnum” and “Socialism in One Country”. */
const LISTED_AFTER_TITLE = /^\s*(?:,|;|and|or|,\s*and|,\s*or)\s*$/;

/** Where a sentence or a list's item opens: the text's start, a sentence's end, a line with perhaps a bullet. */
const SENTENCE_OPENING = new RegExp(String.raw`(?:^|[.!?:;]\s+|\n${LINE_OPENER})$`, 'u');

/** A record's field whose values are works: "Title:", "Exhibition history:", "Published in:". */
const WORKS_FIELD = new RegExp(String.raw`^${LINE_OPENER}(?:Title|Titles|Exhibition history|Exhibitions?|Published in|Publications?|Literature|Bibliography|References?|Reproduced in)[ \t]*:`);

function quotedTitles(text: string): Span[] {
  const out: Span[] = [];
  const quoted = [...text.matchAll(QUOTED_TITLE), ...text.matchAll(SINGLE_QUOTED_TITLE)].sort((a, b) => a.index! - b.index!);
  let lastEnd = -1;
  for (const m of quoted) {
    const title = m[2].replace(/[,.;:]$/, '');
    const before = text.slice(Math.max(0, m.index! - 40), m.index!);
    const dated = YEAR_AFTER.test(text.slice(m.index! + m[0].length, m.index! + m[0].length + 8));
    const strong = STRONG_TITLE_CUE.test(before);
    const imprint = IMPRINT_AFTER.test(text.slice(m.index! + m[0].length, m.index! + m[0].length + 100));
    const listed = lastEnd >= 0 && m.index! - lastEnd <= 12 && LISTED_AFTER_TITLE.test(text.slice(lastEnd, m.index!));
    // What the text says of it next: “Notes of an Economist” appeared in Pravda.
    const published = PUBLISHED_AFTER.test(text.slice(m.index! + m[0].length, m.index! + m[0].length + 24));
    // “The Case of Leon Trotsky”, “A History of Soviet Russia”: an article before a capital opens a title wherever it is quoted.
    const articled = /^(?:The|A|An)\s\p{Lu}/u.test(title) && m[1] !== '‘';
    // A record's field for works: "Exhibition history: “Erased: Photography and the Purges”, Tate Modern, 2003; “…”".
    const fielded = WORKS_FIELD.test(text.slice(text.lastIndexOf('\n', m.index!) + 1, m.index!));
    if (!(titleCased(title) && (dated || listed || articled || published || fielded || QUOTED_TITLE_CUE.test(before))) && !(strong && firstCapitalised(title)) && !(imprint && citedAsWork(title))) continue;
    const start = m.index! + 1;
    out.push({ start, end: start + title.length });
    lastEnd = m.index! + m[0].length;
  }
  return out;
}

/**
 * "Reed's Ten Days That Shook the World", "Sukhanov's Notes on the Revolution",
 * "Fischer's Griff nach der Weltmacht": after someone's possessive, a run of
 * capitalised words and the small words of titles is a work, unless its head
 * names a body, an event or a place ("Trotsky's Red Army", "Stalin's Great
 * Purge") or it ends in a plural ("Lenin's Old Bolsheviks"). The register's
 * own names inside it still win (corpus.ts).
 */
// The possessive is found first and the words around it read from there: a pattern that opened
// with the owner's name would rescan every capitalised run of the text to its end.
const POSSESSIVE = /(?<=\p{L})['’]s (?=\p{Lu})/gu;
const OWNER = /(?<![\p{L}-])\p{Lu}[\p{L}-]{0,40}$/u;
/** The small words a title's capitalised words run on through, in English, German and French. */
const JOINERS = 'of|and|in|on|to|for|the|a|an|that|at|from|with|nach|der|die|das|de|la|le|du|des';
const TITLE_RUN = new RegExp(String.raw`^\p{Lu}[\p{L}'’-]{0,40}(?: (?:(?:${JOINERS}) )*\p{Lu}[\p{L}'’-]{0,40})+(?![\p{L}'’-])`, 'u');
const TITLE_JOINERS = new RegExp(`^(?:${JOINERS})$`);

/** A body's name in another language, or a union's, opens no title ("Partido Operário Leninista"). */
const FOREIGN_BODY_WORD = new Set([...FOREIGN_BODY_OPENERS, 'Union']);

/** Whether the line holding `at` is set in Title Case: four or more words besides the small ones, nearly all capitalised. */
function inTitleCaseLine(text: string, at: number): boolean {
  // A headline is short: a line of more than 300 characters is prose (and is not scanned again for every title in it).
  const back = text.slice(Math.max(0, at - 300), at).lastIndexOf('\n');
  if (back < 0 && at > 300) return false;
  const from = back < 0 ? 0 : Math.max(0, at - 300) + back + 1;
  const ahead = text.slice(at, from + 301).indexOf('\n');
  if (ahead < 0 && text.length > from + 300) return false;
  const to = ahead < 0 ? -1 : at + ahead;
  // Small joining words stay in lower case in a Title-Case line ("the", "for", "in").
  const words = (text.slice(from, to < 0 ? text.length : to).match(/\p{L}[\p{L}'’-]*/gu) ?? []).filter((w) => !TITLE_SMALL_WORDS.test(w));
  if (words.length < 4) return false;
  const capitalised = words.filter((w) => /^\p{Lu}/u.test(w)).length;
  return capitalised / words.length >= 0.9;
}

/** "Schwartz's Chinese Communism and the Rise of Mao (Schwartz 1951)": an author's possessive, a title, and the same author's citation. */
const CITED_BY_AUTHOR = /(?<![\p{L}'’-])(\p{Lu}[\p{L}'’-]+)['’]s ((?:\p{Lu}|\d)[^()\n;!?]{1,140}?) \((\p{Lu}[\p{L}'’-]+)(?: and \p{Lu}[\p{L}'’-]+| et al\.)?,? (?:1[5-9]|20)\d\d[a-z]?[:;,)]/gu;

/** The work an author–date citation stands after, where the text names it by its author's possessive. */
function authorDateTitles(text: string): Span[] {
  const out: Span[] = [];
  for (const m of text.matchAll(CITED_BY_AUTHOR)) {
    // The same author, and a title that reads as one: no full stop ending a sentence inside it.
    if (m[1] !== m[3] || /\.\s+\p{Lu}/u.test(m[2])) continue;
    const start = m.index! + m[1].length + 3;
    out.push({ start, end: start + m[2].length });
  }
  return out;
}

function possessiveTitles(text: string): Span[] {
  const out: Span[] = [];
  let covered = -1;
  for (const p of text.matchAll(POSSESSIVE)) {
    // A possessive inside the title just found belongs to it ("Reed's Lenin's Last Letters").
    if (p.index! < covered) continue;
    const owner = OWNER.exec(text.slice(Math.max(0, p.index! - 41), p.index!))?.[0];
    const run = owner && TITLE_RUN.exec(text.slice(p.index! + 3, p.index! + 403))?.[0];
    if (!run) continue;
    // "Reed's Ten Days That Shook the World and Sukhanov's Notes…": another owner starts another title.
    const title = run.replace(/ and \p{Lu}[\p{L}-]*['’]s .*$/u, '');
    // A place's or a people's possessive names what is there ("Moscow's Bolshoi Theatre").
    const folded = nameTokens(owner).join(' ');
    if (places().places.has(folded) || places().demonyms.has(folded)) continue;
    const words = title.split(' ');
    const last = words[words.length - 1];
    // The head of "Notes on the Revolution" is "Notes"; of "Red Army", "Army".
    const joiner = words.findIndex((w) => TITLE_JOINERS.test(w));
    const head = joiner > 0 ? words[joiner - 1] : last;
    const kind = headWordType(head);
    if (kind && kind !== 'work') continue;
    if (/[^s']s$/.test(last) && headWordType(last) !== 'work') continue;
    // A saint's or a king's possessive, or a body's head after it, names a place or a body: "King's College London", "St Paul's Realschule".
    const first = headWordType(words[0]);
    if (/^(?:St|Saint|King|Queen)$/.test(owner) || ((first === 'organization' || first === 'place') && words.length <= 3)) continue;
    // A body named in another language is no title ("Partido Operário Leninista").
    if (FOREIGN_BODY_WORD.has(words[0])) continue;
    // In a Title-Case headline every word is capitalised ("Once Lenin's Right Hand, He Lost…").
    if (inTitleCaseLine(text, p.index!)) continue;
    // "… in Brazil": a place after "in" ends the title.
    const where = words.length > 2 && words[words.length - 2] === 'in' && places().places.has(nameTokens(last).join(' ')) ? words.slice(0, -2).join(' ') : title;
    const start = p.index! + 3;
    out.push({ start, end: start + where.length });
    covered = start + where.length;
  }
  return out;
}

/**
 * A periodical's masthead: its name opens the line, before its volume or number
 * ("THE HOLLOWAY REVIEW OF BOOKS · Vol. 19 No. 22", "Slavic Review, Vol. 31, No. 2").
 */
const MASTHEAD = /^[ \t]*(\p{Lu}[\p{L}'’&-]*(?:[ ]+(?:\p{Lu}[\p{L}'’&-]*|of|and|the|for|on|in|&))*)[ \t]*[·|,–—][ \t]*(?:Vol\.|Volume|No\.|Issue)[ \t]*\d/gmu;

/** …or alone on its line in capitals, with its article: "THE ESTUARY TIMES". */
const MASTHEAD_LINE = /^[ \t]*(THE(?: [A-Z][A-Z'’&-]*){1,6})[ \t]*$/gm;

/** *Title* or _Title_ in Markdown: emphasis around a capitalised phrase marks a title. */
const EMPHASISED = /(?<![\p{L}*_])([*_])(\p{Lu}[^*_\n]{1,120}?)\1(?![\p{L}*_])/gu;

/**
 * A bibliography's entry in its own line, its author inverted: "Viola, Lynne. Peasant Rebels under
 * Stalin: Collectivization and the Culture of Peasant Resistance. New York: OUP, 1996." or, in the
 * author-year style, "Conquest, R. (1986) The Harvest of Sorrow: …. London: Hutchinson." What stands
 * between the author (or the year) and the imprint, an editor or a translator is the title.
 */
const BIBLIOGRAPHY_ENTRY = new RegExp(String.raw`^[ \t]*${ENTRY_OPENER}?\p{Lu}[\p{L}'’-]+,[ \t](?:\p{Lu}[\p{L}'’-]*\.?[ \t]?){1,4}(?:,[ \t]eds?\.[ \t]|[ \t]\(eds?\.\)\.?[ \t]|\.[ \t]|[ \t]\((?:1[5-9]|20)\d\d[a-z]?\)[ \t])`, 'gmu');
/** Where the title ends: a translator's or editor's credit after a comma, or a full stop (not an abbreviation's) before an imprint, a credit, an edition or a year. */
const BIBLIOGRAPHY_TITLE_END = /,[ \t]+(?:tr|trans|ed|eds)\.[ \t]|(?<!\b(?:Vol|vol|No|no|pp|Rev|St|Mt|[A-Z]))\.[ \t]+(?=\p{Lu}[\p{L}.'’ ]{0,30}(?:,[ \t]\p{Lu}[\p{L}.]*)?:[ \t]|\p{Lu}[\p{L}&.'’ ]{0,40},[ \t]*(?:1[5-9]|20)\d\d|(?:Trans|Tr|tr|Ed|ed|Rev|Repr|repr)\.|(?:Translated|Edited|Introduced)\b|(?:1[5-9]|20)\d\d\b|\p{Lu}[\p{L}&.'’ ]{0,40}\.[ \t]*$|\p{Lu}[\p{L}]*[ \t]UP\b)/mu;

export function bibliographyTitles(text: string): Span[] {
  const out: Span[] = [];
  for (const m of text.matchAll(BIBLIOGRAPHY_ENTRY)) {
    const start = m.index! + m[0].length;
    // Quoted or emphasised titles are read as such elsewhere.
    if (!/^\p{Lu}/u.test(text.slice(start, start + 1))) continue;
    // (Nor the author's last initial, before an index's colon: "Dzerzhinsky, F. E.: speech at Fifteenth Congress (Dec. 1927)".)
    if (/^\p{Lu}\.[\s:;,]/u.test(text.slice(start, start + 3))) continue;
    const lineEnd = text.indexOf('\n', start);
    const line = text.slice(start, lineEnd < 0 ? text.length : lineEnd);
    const end = BIBLIOGRAPHY_TITLE_END.exec(line);
    if (!end || end.index < 3) continue;
    out.push({ start, end: start + end.index });
  }
  return out;
}

/**
 * Works named by the way the text sets them out, whatever names they contain:
 * quoted in a citation, emphasised, or followed by their year. The register's
 * own entry for the work wins where one covers the span.
 */
export function titleSpans(text: string, front: FrontMatter = {}): TitleSpan[] {
  const out: TitleSpan[] = [...citedTitles(text), ...quotedTitles(text), ...partTitles(text), ...possessiveTitles(text), ...bibliographyTitles(text), ...authorDateTitles(text)];
  if (front.masthead) out.push({ ...front.masthead, frame: 'masthead' });
  if (front.title) out.push({ ...front.title, frame: 'title' });
  for (const m of endingAt(text, YEAR_IN_BRACKETS, TITLE_BEFORE_YEAR)) {
    // Not the title: a sentence's opening preposition ("In Left-Wing Communism…"), a reference entry's verb of writing
    // ("Wrote Results and Prospects (1906)") or its author's possessive ("Harcave's First Blood").
    const lead = /^(?:(?:In|On|At|By|From|With|For|See|Cf\.?|And|But|As|Also|Wrote|Published|Edited|Translated|Compiled|Reviewed|(?:Sources?|Readings?|Further [Rr]eading|Bibliography|References|Texts?|Books?|Literature):)\s+)?(?:(?:\p{Lu}[\p{L}.-]*\s){0,2}\p{Lu}[\p{L}-]*['’]s\s+)?/u.exec(m[1])![0];
    let title = m[1].slice(lead.length);
    let start = m.index! + m[0].indexOf(m[1]) + lead.length;
    // A date is no title: "…, August 1917–February 1918 (London: Pluto Press, 1974)".
    if (DATE_ONLY.test(title)) continue;
    // The tail of a longer title whose lower-case words the phrase cannot cross: "…the Charges Made against Leon Trotsky in the Moscow Trials (1938)".
    if (!lead.length && MID_TITLE_BEFORE.test(text.slice(Math.max(0, start - 12), start))) continue;
    // "Alexander Rabinowitch, The Bolsheviks Come to Power (1976)": the author's name comes first.
    const author = AUTHOR_FIRST.exec(title)?.[0].length ?? 0;
    start += author;
    title = title.slice(author);
    // "The Interregnum 1923-1924, Pelican (1969)": the publisher or place stands between the title and the year.
    // (Only where the brackets hold the year alone: "Back in Time: My Life, My Fate, My Epoch (Oak Park, Mich., 1995)".)
    const imprint = /,\s(?:\p{Lu}[\p{L}&'’.-]*\s?){1,3}$/u.exec(title);
    if (imprint && /\s/.test(title.slice(0, imprint.index)) && /^\s\(\d/.test(text.slice(start + title.length, start + title.length + 3))) title = title.slice(0, imprint.index);
    // With a range of years, an article or a word for writings must open the title; a bare range in brackets
    // then belongs to it, as a volume's years do ("Writings of Leon Trotsky (1934-35)").
    const range = /^\s\((?:1[5-9]|20)\d\d[–-]\d{2,4}\)/.exec(text.slice(start + title.length, start + title.length + 16));
    if (/^\s\([^)]*\d[–-]\d/.test(text.slice(start + title.length, start + title.length + 40)) && !RANGED_TITLE.test(title)) continue;
    if (range) title += range[0];
    // A single capitalised word before a year is as often a person or place ("Moscow (1924)"): not enough,
    // unless an author's possessive stands before it ("Miéville's October (2017)").
    if (!/\s/.test(title) && !/\p{L}['’]s\s$/u.test(text.slice(Math.max(0, start - 4), start))) continue;
    // A clause, not a title: a past-tense verb opening the sentence, then a word in lower case ("Moved from Kharkov to
    // London (1923)", "Negotiated the Treaty of Riga with Poland (1921)", as a reference book's entries write).
    if (/^\p{Lu}\p{Ll}+ed\s\p{Ll}/u.test(title) && SENTENCE_OPENING.test(text.slice(Math.max(0, start - 6), start))) continue;
    // A translator's or editor's name before the imprint: "trans. A. M. Sheridan Smith (London, 1970)".
    if (/(?:\b(?:by|trans\.?|ed\.?|eds\.?|translated|edited)|\p{Lu}\.)\s+$/u.test(text.slice(Math.max(0, start - 16), start))) continue;
    out.push({ start, end: start + title.length });
  }
  for (const m of text.matchAll(MASTHEAD_LINE)) {
    const name = m[1];
    if (!PERIODICAL_TITLE.test(name)) continue;
    const start = m.index! + m[0].indexOf(name);
    out.push({ start, end: start + name.length });
  }
  for (const m of text.matchAll(MASTHEAD)) {
    if (!PERIODICAL_TITLE.test(m[1])) continue;
    // A citation's opening word is not the periodical's: "See Slavic Review, Vol. 31".
    const lead = /^(?:See|Cf|In|From|Also)\s+/.exec(m[1])?.[0].length ?? 0;
    const start = m.index! + m[0].indexOf(m[1]) + lead;
    out.push({ start, end: start + m[1].length - lead });
  }
  for (const m of text.matchAll(EMPHASISED)) {
    const start = m.index! + 1;
    out.push({ start, end: start + m[2].length });
  }
  for (const m of text.matchAll(TITLE_BEFORE_IMPRINT)) {
    // An editor before the title: "Richard Pipes, ed., The Unknown Lenin (New Haven: …".
    const editor = /^(?:\p{Lu}[\p{L}.'’-]*\s){0,3}\p{Lu}[\p{L}.'’-]*,\s+eds?\.,\s+(?=\p{Lu})/u.exec(m[1])?.[0] ?? '';
    // The title stops before a volume, edition or page ("…, vol. 2 (London: …").
    let title = m[1].slice(editor.length).replace(/,\s+(?:vols?\.|ed\.|eds\.|trans\.|pp?\.|\d+\s+vols|\p{Ll}).*$/su, '');
    let start = m.index! + m[0].indexOf(m[1]) + editor.length;
    // A note's own sentence before the citation: "The Militant began in 1928. See Cannon, The History… (New York: …".
    const sentence = /^.*(?<=[\p{Ll}\d]{2}[.?!])\s+(?:(?:See|Cf\.?|Also)\s+)?(?=\p{Lu})/su.exec(title)?.[0].length ?? 0;
    start += sentence;
    title = title.slice(sentence);
    // "on the trials, Robert Conquest, The Great Terror (London: …": the author's name comes first.
    const author = AUTHOR_FIRST.exec(title)?.[0].length ?? 0;
    start += author;
    title = title.slice(author);
    // "Moshe Lewin, *Russian Peasants…*, trans. …": the emphasis marks the title, found as such; a date is none.
    if (/^[*_]/.test(title) || DATE_ONLY.test(title)) continue;
    // What a note opens with is a title only if it reads as one: not a quoted article with its
    // author ("V. I. Lenin, “Strange and Monstrous”, in…") nor a dated letter ("Lenin to Trotsky, 21 December 1922").
    const opensNote = /(?:^|\n)[ \t]*\[?\d{1,3}[.\]]?[ \t]+$/.test(text.slice(Math.max(0, m.index! - 8), m.index!));
    if (opensNote && (/["“”‘]/.test(title) || /,\s+\d{1,2}\s+\p{Lu}\p{Ll}+/u.test(title))) continue;
    // Several titles before one imprint: "The Prophet Armed, The Prophet Unarmed and The Prophet Outcast (London: …".
    let offset = 0;
    for (const part of title.split(/(?:,\s+|\s+and\s+)(?=(?:The|A|An)\s)/)) {
      const at = title.indexOf(part, offset);
      offset = at + part.length;
      if (/\s/.test(part)) out.push({ start: start + at, end: start + at + part.length });
    }
  }
  for (const m of text.matchAll(ARTICLE_TITLE)) {
    const start = m.index! + m[0].length - m[1].length;
    // Checked here rather than in a lookbehind, which would run at every position of the text.
    if (!ARTICLE_TITLE_BEFORE.test(text.slice(Math.max(0, start - 40), start))) continue;
    const words = m[1].split(/\s+/);
    // A possessive determiner opens a title after a verb ("wrote Their Morals and Ours"), not inside one after a preposition ("Deviation in Our Party").
    if (!/^(?:The|A|An)$/.test(words[0]) && /\b(?:in|of|on|to|for|by|with|from|at|into|and|or|against) $/.test(text.slice(Math.max(0, start - 8), start))) continue;
    // "His Majesty's Government": a form of address, not a title.
    if (/^(?:Majesty|Excellency|Holiness|Highness|Lordship|Grace)/.test(words[1])) continue;
    // "wrote The Prophet Armed in 1954": the year the sentence gives is not the title's.
    const title = m[1].replace(/\sin\s\d{4}(?:[–-]\d{2,4})?$/, '');
    // "The Times", "The Bulletin of …", "The Hague": a newspaper or a place, not a book.
    if (PERIODICAL_WORDS.test(words[1]) || PERIODICAL_WORDS.test(words[words.length - 1]) || places().places.has(nameTokens(m[1]).join(' '))) continue;
    out.push({ start, end: start + title.length });
  }
  // "the novel Darkness at Noon", "published as Not Guilty": a title of two words or more, whatever its words, after the word
  // for its kind or "published as" (one word may be its author's name), without the sentence's year after it.
  for (const m of [...text.matchAll(KIND_BEFORE), ...text.matchAll(PUBLISHED_AS)]) {
    const title = m[1].replace(/\s(?:in|of|by|from|to|at|on)\s1\d{3}(?:[–-]\d{2,4})?$/, '');
    const start = m.index! + m[0].length - m[1].length;
    if (/\s/.test(title)) out.push({ start, end: start + title.length });
  }
  // Sorted by start, the longer first, a span lies inside another exactly when an earlier one reaches
  // as far: one pass, where comparing every pair took minutes on a text of thousands of titles.
  out.sort((a, b) => a.start - b.start || b.end - a.end);
  let reach = -1;
  return out.filter((s) => {
    const inside = s.end <= reach;
    reach = Math.max(reach, s.end);
    return !inside;
  });
}

/** The type of a title the text sets out: a newspaper or journal (by its words, an issue number after it or the word for a paper before it) is an organisation, anything else a work. */
export function titleType(title: string, text?: string, span?: TitleSpan): EntityType {
  if (span?.frame) return span.frame === 'masthead' ? 'organization' : 'work';
  if (PERIODICAL_TITLE.test(title)) return 'organization';
  // What the text says of it: an issue's number after it ("*International Socialism*, no. 12"), or the
  // kind of paper before it ("the monthly *Clave*", "Quisling's paper, *Fritt Folk*").
  if (text && span && (ISSUE_AFTER.test(text.slice(span.end, span.end + 24)) || PAPER_BEFORE.test(text.slice(Math.max(0, span.start - 40), span.start)))) return 'organization';
  return 'work';
}
const ISSUE_AFTER = /^[*_"”’]?,?\s+(?:no\.|nos\.|issue)\s*\d/i;
const PAPER_BEFORE = /\b(?:monthly|weekly|daily|quarterly|fortnightly|newspaper|paper|journal|review|magazine|organ)\s*,?\s*[*_"“‘]?$/i;

const SUBTITLE = /^:\s(?:(?:The|A|An)\s)?\p{Lu}[\p{L}'’-]*(?:(?:\s(?:(?:and|of|the|in|on|a|an|for|to|at|from|with|as|is|it|what|where|its|by|between)\s)*)(?!(?:The|A|An)\s)(?:\p{Lu}[\p{L}'’?-]*|\d{4}(?:[–-]\d{2,4})?))*/u;

/**
 * A work's title runs on through its subtitle ("My Life: An Attempt at an
 * Autobiography") and keeps a capitalised "The" before it mid-sentence ("in The
 * Great Terror"). Names inside the subtitle belong to the title.
 */
export function extendTitles(text: string, entities: EntityMention[], sentenceStarts: Set<number>): EntityMention[] {
  const out: EntityMention[] = [];
  let covered = -1;
  for (const m of entities) {
    if (m.start < covered) continue;
    // A newspaper the register lacks keeps its capitalised "The" mid-sentence too: "in The Times".
    const paper = m.type === 'organization' && m.id === null && PERIODICAL_WORDS.test(m.text) && !/^the\s/i.test(m.text);
    if (m.type !== 'work' && !paper) {
      out.push(m);
      continue;
    }
    let { start, end } = m;
    const sub = paper ? null : SUBTITLE.exec(text.slice(end, end + 160));
    // Not a bare article, which opens a new sentence after a colon as often as a subtitle.
    // Nor one word that a sentence runs on from ("his Testament: Trotsky the most able man…").
    const runsOn = sub && !/\s\S+\s/.test(sub[0].slice(2)) && /^\s+\p{Ll}/u.test(text.slice(end + sub[0].length, end + sub[0].length + 3));
    if (sub && !/^:\s(?:The|A|An)$/.test(sub[0]) && !runsOn) end += sub[0].length;
    if (text.slice(start - 4, start) === 'The ' && !sentenceStarts.has(start - 4) && !/[\p{L}]/u.test(text[start - 5] ?? '')) start -= 4;
    if (start === m.start && end === m.end) {
      out.push(m);
      continue;
    }
    while (out.length && out[out.length - 1].end > start) out.pop();
    out.push({ ...m, start, end, text: text.slice(start, end) });
    covered = end;
  }
  return out;
}

/** A kind of writing before a quoted title that a registered name may begin with: "the manifesto "For an Independent Revolutionary Art"". */
const KIND_BEFORE_TITLE = /\b(manifesto|pamphlet|platform|declaration|appeal|letter|theses|resolution|article|essay|book)\s+["“‘'*_]$/i;

/**
 * Titles that with the kind of writing named before them are a registered work's name: the
 * manifesto "For an Independent Revolutionary Art" is the Manifesto for an Independent
 * Revolutionary Art. `work` gives the one registered work a whole name names, if any.
 */
export function titlesWithTheirKind(text: string, spans: readonly TitleSpan[], work: (name: string) => string | undefined): EntityMention[] {
  const out: EntityMention[] = [];
  for (const t of spans) {
    const kind = KIND_BEFORE_TITLE.exec(text.slice(Math.max(0, t.start - 14), t.start))?.[1];
    const id = kind ? work(`${kind[0].toUpperCase()}${kind.slice(1).toLowerCase()} ${text.slice(t.start, t.end)}`) : undefined;
    if (id) out.push({ start: t.start, end: t.end, text: text.slice(t.start, t.end), id, type: 'work', derived: false });
  }
  return out;
}

/**
 * Titles the text sets out, against the register's works: a title inside a
 * registered work's mention is that work; one that opens with a registered work's
 * name is that work's full title ("My Life: An Attempt at an Autobiography"), but not
 * with a place after a preposition ("The Revolution Betrayed in Norway");
 * one that holds two registered works is two titles run together ("The
 * Revolution Betrayed and My Life") and is dropped; an emphasised one that is exactly
 * a registered name of anything but a person keeps that name (*Pravda*). The rest are
 * candidate works.
 */
export function registeredTitles(text: string, spans: TitleSpan[], linked: EntityMention[]): { titles: TitleSpan[]; named: EntityMention[] } {
  const titles: TitleSpan[] = [];
  const named: EntityMention[] = [];
  for (const t of spans) {
    if (linked.some((m) => m.type === 'work' && m.id && m.start <= t.start && t.end <= m.end)) continue;
    // An emphasised word inside a longer registered name is part of it: the "*Trial*" of "the Second Moscow *Trial*".
    if (linked.some((m) => m.id && m.start <= t.start && t.end <= m.end && (m.start < t.start || t.end < m.end))) continue;
    // Emphasised like a title but registered as something else that is not a person: *Pravda* is the newspaper.
    // (A title quoted in a citation stays a work: 'Kronstadt' the article.)
    if (/[*_]/.test(text[t.start - 1] ?? '') && linked.some((m) => m.id && !m.derived && m.type !== 'person' && m.start === t.start && m.end === t.end)) continue;
    // Unmarked and without its year, a title read from its place alone ("the Directorate's Socialist Revolutionary
    // members") that is exactly a registered name of something else is that name; "Miéville's October (2017)" stays a book.
    if (!/["“‘'*_]/.test(text[t.start - 1] ?? '') && !/^\s\(\d{4}/.test(text.slice(t.end, t.end + 7)) && linked.some((m) => m.id && m.type !== 'work' && m.start === t.start && m.end === t.end)) continue;
    // A periodical's name with its article: "The New International" is the registered New International.
    const body = linked.find((m) => m.id && !m.derived && m.type === 'organization' && m.end === t.end && text.slice(t.start, m.start) === 'The ');
    if (body) {
      named.push({ ...body, start: t.start, text: text.slice(t.start, t.end) });
      continue;
    }
    const works = linked.filter((m) => m.type === 'work' && m.id && t.start <= m.start && m.end <= t.end);
    if (works.length > 1) continue;
    const [w] = works;
    // The registered title and a place after a preposition ("wrote The Revolution Betrayed in Norway"): the work as
    // registered, and the place read on its own.
    const after = w && w.start === t.start ? /^\s(?:in|at|from)\s(.+)$/.exec(text.slice(w.end, t.end)) : null;
    if (w && after && places().places.has(nameTokens(after[1]).join(' '))) named.push(w);
    // Only a subtitle or an alternative title runs on from the registered title ("…Nationalities or 'Autonomisation'");
    // "The Russian Revolution and the Baltic Fleet" is another book.
    else if (w && (w.start === t.start || text.slice(t.start, w.start) === 'The ') && /^(?:['’"”]*$|\s?(?:[:.]|or\s))/.test(text.slice(w.end, t.end))) named.push({ ...w, start: t.start, end: t.end, text: text.slice(t.start, t.end) });
    else titles.push(t);
  }
  return { titles, named };
}
