// A text's front matter: the lines above its first paragraph of prose, where a
// periodical or a site sets its masthead, section labels and navigation, then the
// text's own title, its standfirst and its byline. Read by layout alone: the
// masthead names the periodical (an organisation) and the title is the text itself
// (a work), whatever names they contain ("Ice and Ink: The Kronstadt Quarrel…").

import { yamlHeaderEnd } from './text';
import type { Span } from './types';

export interface FrontMatter {
  /** The periodical's or site's name opening the text: "THE LONG VIEW", "UNDERTOW | Long reads | History". */
  masthead?: Span;
  /** The text's own title: a headline, an essay's or a book's title. */
  title?: Span;
}

/** Front matter ends at the first paragraph of prose, and is never longer than this. */
const MAX_LINES = 30;
const PROSE_LINE = 300;

/** A line of navigation or an issue line: "History | Theory", "Books > History", "· No. 212 ·". */
const SEPARATORS = /\s(?:\||›|>|·|•|\/)\s/;
/** An issue, volume or episode line under a masthead. */
const ISSUE_LINE = /^(?:Vol\.|Volume|No\.|Issue|Episode|Number|Nos?\.)\s*\d/i;
/** What opens a byline, a credit or a date line; or ends a credit: "Selected, translated and annotated by Helen Voskuijlen". */
const BYLINE = /^(?:[Bb]y|Posted|Published|Reviewed|Compiled|Translated|Edited|Written|Words|Photo|Photographs?|Pictures?|Images?|Illustrations?|Interview|Introduced|Updated|Filed)\b|\bby\s+(?:\p{Lu}[\p{L}.'’-]*\s?){1,4}$/u;
/** An issue's or an episode's number anywhere on a masthead's second line: "Fault Lines — Series 6, Episode 3". */
const ISSUE_ANYWHERE = /\b(?:Vol\.|Volume|No\.|Issue|Episode|Series|Number)\s*\d/;
/** A forum's or a mail's label before the title itself: "Topic: Could Trotsky have beaten Stalin?". */
const TITLE_LABEL = /^(?:Topic|Subject|Thread|Title|Re):\s+/;
/**
 * A line that labels what follows: "Question: …", "Tutor: …", "Lecture 8: …", "Part Three: …", "CHAPTER 7",
 * "HIST 2217", and what a course's or an exhibition's papers call themselves ("Seminar paper", "Wall texts").
 * The label's word must be followed by its colon, number or full stop: "Notes on the Revolution" is a title.
 */
const LABEL = /^(?:Page\s+\d|(?:Question|Questions|Reading|Readings|Tutor|Student|Lecturer|Speakers?|Lecture|Episode|Chapter|Part|Section|Abstract|Keywords|Contents|Related|Note|Notes|Dates?|Location|Result|Source|Sources|Course|Module|Week|Session|Appendix|Table|Figure|Fig\.|Map|Plate|Caption|Summary|Synopsis|Tags?|Categories|Category|Shelves|Rating|Average)(?=\s*[:.]|\s+\d|\s+[IVXLC]+\b|\s+(?:One|Two|Three|Four|Five|Six|Seven|Eight|Nine|Ten)\b|\s*$)|(?:Seminar|Wall|Transcript|Infobox)\b|CHAPTER\b|PART\b|[A-Z]{2,6}\s?\d{2,4}\b)/;
/** A list item, a Markdown heading below the first level, a rule, an emphasised aside or a speaker's initials ("JW: …"): not a title. */
const NOT_TITLE_OPENING = /^(?:##|[-*•+]\s|\d{1,3}[.)]\s|[-—_=*]{3}|[_[(]|\*\*|\p{Lu}{2,4}:\s|\p{Ll})/u;
/** A letter's salutation ends the front matter: letters have no title. */
const SALUTATION = /^(?:Dear|My dear|Dearest|To)\s+\p{Lu}[^\n]{0,40},\s*$/u;
/** A day and a month: a date line or an encyclopedia's heading, not a title. */
const MONTH = String.raw`(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)`;
const DAY_MONTH = new RegExp(String.raw`\b\d{1,2}(?:st|nd|rd|th)?\s+${MONTH}\b|\b${MONTH}\.?\s+\d{1,2},`);
/** An institution's line in a byline block ("University of York", "Åbo Akademi University, Turku"), or a museum's guide under its name. */
const AFFILIATION = /^(?:[\p{L}-]+\s){0,3}(?:University|Universit[éy]|Universidad|Universität|College|Institute|Institut|Academy|Akademi|School|Department|Faculty|Museum|Museo|Musée|Library|Archive)\b/iu;
/** A book under review or a citation: an emphasised title, an imprint, a price or pages. */
const BOOK_HEADER = /(?:^|\s)[*_]\p{Lu}|\bpp\.|\d+\s?pp\b|[£$€]\s?\d|\bISBN\b|\(\p{Lu}[\p{L} ,]+:\s*\p{Lu}[^()\n]*?\d{4}\)|\(\s*eds?\.?\s*\)|\beds?\.,/u;
/** A person's name on a line of its own (an author): two to four capitalised words, no small word. */
const NAME_LINE = /^(?!(?:The|A|An|THE)\s)(?!.*\b(?:OF|IN|AND|AT|ON|TO|FOR|BY|AN?)\b)(?:(?:\p{Lu}\.\s?)+\s?|\p{Lu}[\p{L}'’-]+\s){1,3}\p{Lu}[\p{L}'’-]+$/u;

/** An author's line with a title before the name or an affiliation after it: "Dr Helen Marchetti, Carrow University". */
const PERSON_NAME = String.raw`(?:(?:\p{Lu}\.\s?)+\s?|\p{Lu}[\p{L}'’-]+\s){1,3}\p{Lu}[\p{L}'’-]+`;
const AFFILIATED = String.raw`,\s.*\b(?:University|Universit[éy]|Universidad|Universität|College|Institute|Institut|Academy|School|Department|Faculty|Museum|Library|Archive)\b.*`;
const AUTHOR_LINE = new RegExp(String.raw`^(?:(?:Dr|Prof|Professor|Mr|Mrs|Ms|Miss)\.?\s${PERSON_NAME}(?:${AFFILIATED})?|${PERSON_NAME}${AFFILIATED})$`, 'u');
const isAuthorLine = (line: string) => NAME_LINE.test(line) || AUTHOR_LINE.test(line);

/** The words of a periodical's section labels. */
const SECTION_WORDS = /^(?:BOOKS?|REVIEWS?|ESSAYS?|ARTICLES?|HISTORY|LONG|READS?|OPINION|FEATURES?|ARTS|CULTURE|COMMENT|ANALYSIS|RESEARCH|NOTES?|LETTERS?|OBITUAR(?:Y|IES)|INTERVIEWS?|LECTURES?|DOCUMENTS?|SPECIAL|REPORTS?|FICTION|POETRY|THEATRE|FILMS?|MUSIC|BRIEF|IN|THE|AND|&|DEBATES?|FORUM|SYMPOSIUM|ARCHIVE|NEWS|WORLD|POLITICS|IDEAS|PERSPECTIVES?|RETROSPECTIVE|COLUMN|CORRESPONDENCE|SATURDAY|SUNDAY|WEEKEND|MAGAZINE|BOOK)$/;

interface Line {
  start: number;
  text: string;
  /** The line's number in the text: a tagline stands on the line right under its masthead. */
  row: number;
}

function frontLines(text: string): Line[] {
  const lines: Line[] = [];
  let at = 0;
  for (let row = 0; at <= text.length && row < MAX_LINES; row++) {
    const nl = text.indexOf('\n', at);
    const end = nl < 0 ? text.length : nl;
    const raw = text.slice(at, end).replace(/\r$/, '');
    if (raw.length > PROSE_LINE) break;
    const trimmed = raw.trim();
    if (trimmed) lines.push({ start: at + raw.indexOf(trimmed), text: trimmed, row });
    if (nl < 0) break;
    at = nl + 1;
  }
  return lines;
}

/** A masthead's tagline or issue line: lower-case ("slow travel, old buildings…"), navigation, an issue, or a short motto. */
function isTagline(line: string): boolean {
  // A handle under a name ("@lferranwilde · Historian of the Comintern") is a profile's: the name is a person's.
  if (BYLINE.test(line) || NAME_LINE.test(line) || line.startsWith('@')) return false;
  if (/^\p{Ll}/u.test(line) || SEPARATORS.test(line) || ISSUE_LINE.test(line) || ISSUE_ANYWHERE.test(line)) return true;
  // "Notes on history and the people who write it", "Saturday edition": a motto in sentence case, not a sentence.
  const words = line.split(/\s+/);
  const lower = words.filter((w) => /^\p{Ll}/u.test(w)).length;
  return words.length >= 2 && lower >= words.length / 2 && !/[.!?:]$/.test(line) && !/\d/.test(line);
}

/** A periodical's or site's name: a few capitalised words, no digits, no brackets, no sentence. */
function isMastheadName(name: string): boolean {
  const words = name.split(/\s+/);
  if (words.length > 8 || /[\d()[\]"“”.,;!?]/.test(name) || words.every((w) => SECTION_WORDS.test(w))) return false;
  return /^\p{Lu}/u.test(name);
}

/** Reads the masthead and the text's own title from the lines before the first paragraph of prose. */
export function frontMatter(text: string): FrontMatter {
  const out: FrontMatter = {};
  // A YAML header holds the page's title and tags itself; the headings under it are the writer's, not a masthead or a title.
  if (yamlHeaderEnd(text)) return out;
  const lines = frontLines(text);
  if (!lines.length) return out;
  let i = 0;
  const first = lines[0];
  const firstName = first.text.split(SEPARATORS)[0].trim();
  if (SEPARATORS.test(first.text) && isMastheadName(firstName) && firstName.split(/\s+/).length <= 6) {
    // "UNDERTOW | Long reads | History": the site's name, then its sections.
    out.masthead = { start: first.start, end: first.start + firstName.length };
    i = 1;
  } else if (lines.length > 1 && lines[1].row === first.row + 1 && isTagline(lines[1].text)) {
    // "THE LONG VIEW" over "A monthly of politics, history and argument · No. 214"; "The Stoa - History Discussion
    // Forums" over its board's navigation, the site's name before the dash.
    const name = first.text.split(/\s[-–—]\s/)[0];
    if (isMastheadName(name)) {
      out.masthead = { start: first.start, end: first.start + name.length };
      i = 2;
    }
  }
  for (; i < lines.length; i++) {
    // "# Outcasts of Two Revolutions": a Markdown title, without its mark; a forum's topic without its label.
    const mark = /^#[ \t]+/.exec(lines[i].text)?.[0].length ?? TITLE_LABEL.exec(lines[i].text)?.[0].length ?? 0;
    const start = lines[i].start + mark;
    const line = lines[i].text.slice(mark);
    if (SALUTATION.test(line) || BYLINE.test(line)) break;
    // A name over its handle opens a post or a profile, which has no title: "Lucía Ferrán-Wilde" over "@lferranwilde · 20 Aug".
    if (lines[i + 1]?.row === lines[i].row + 1 && lines[i + 1].text.startsWith('@')) break;
    // "JOURNAL OF SOVIET POLITICAL HISTORY 14, no. 2 (2025): 211–24": the issue the text appeared in.
    if (/\b(?:[Vv]ol|[Nn]o)\.\s?\d/.test(line)) continue;
    if (BOOK_HEADER.test(line)) break;
    // A standfirst or a paragraph: the title, if any, came before it.
    if (/[.]$/.test(line) && !/\b(?:\p{Lu}|[Nn]o|[Vv]ol|pp?)\.$/u.test(line)) break;
    if (/:$/.test(line) || NOT_TITLE_OPENING.test(line) || LABEL.test(line) || SEPARATORS.test(line) || ISSUE_LINE.test(line)) continue;
    if (AFFILIATION.test(line) || isAuthorLine(line) || DAY_MONTH.test(line) || /[.;]\s/.test(line)) continue;
    // "Left Opposition 1923–27 — working notes": what a file is, not a title.
    if (/\s[–—]\s+\p{Ll}[^–—]*$/u.test(line)) continue;
    // "Eastern Front (Russian Civil War)", "RAKOVSKY, Christian (1873–1941)": an encyclopedia's headword, and an entry has no other title.
    if (/\)$/.test(line) && !/\((?:1[5-9]|20)\d\d(?:[–-]\d{2,4})?\)$/.test(line)) break;
    if (/\((?:1[5-9]|20)\d\d[–-](?:1[5-9]|20)\d\d\)$/.test(line) && /,/.test(line)) break;
    const words = line.split(/\s+/);
    // "BOOKS", "REVIEW ESSAY", "LONG READ": a section's label in capitals.
    if (words.length <= 3 && words.every((w) => SECTION_WORDS.test(w))) continue;
    if (words.length < 3 || words.length > 24 || line.length > 180) continue;
    // A title stands alone: a blank line, a byline or its author's name follows it, where a paragraph's
    // first line in hard-wrapped text runs on into the next.
    // (A line in capitals is no paragraph's first line: "A BIOGRAPHICAL DICTIONARY OF THE LEFT OPPOSITION, 1923–1938" over its subtitle.)
    const next = lines[i + 1];
    if (next && next.row === lines[i].row + 1 && line !== line.toUpperCase() && !(BYLINE.test(next.text) || isAuthorLine(next.text) || AFFILIATION.test(next.text) || SEPARATORS.test(next.text) || DAY_MONTH.test(next.text) || LABEL.test(next.text))) continue;
    // An encyclopedia's headword opens its first paragraph again: "Russian Revolution of 1905 … The Russian Revolution of 1905, known…".
    const rest = text.slice(start + line.length, start + line.length + 400).replace(/^\s*(?:The\s)?/, '');
    if (rest.startsWith(line.replace(/^The\s/, ''))) break;
    // "The Contradiction of Trotsky - Claude Lefort": the author after a dash is not part of the title.
    const author = /\s[-–—]\s+([^-–—]+)$/.exec(line);
    const end = author && NAME_LINE.test(author[1]) ? author.index : line.length;
    // A title quoted whole is the title without its quotation marks: “The Road to Novorossiisk”.
    const quoted = /^[“"‘][^“”"‘’]+[”"’]$/.test(line.slice(0, end)) ? 1 : 0;
    out.title = { start: start + quoted, end: start + end - quoted };
    break;
  }
  return out;
}
