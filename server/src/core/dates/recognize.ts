// Recognition of date expressions in historical English prose.
//
// Design: one global regex finds *anchors* (numbers, month names, season words,
// decade/century words, holiday names, time-unit words, "every"/"each"). At each
// anchor we walk back over a few prefix words ("the", "early", "c.", "from",
// "between", a weekday ...) and try a small recursive-descent grammar from the
// farthest plausible start, keeping the first parse that covers the anchor.
// Mentions never overlap: scanning resumes after each accepted mention. A second,
// linear pass resolves years from the discourse and anchors relative dates.
//
// Conventions (all intervals are closed day intervals, proleptic Gregorian,
// astronomical years; see calendar.ts and edtf.ts):
//
// * Parts of a period, by thirds: early / mid / late =
//     year:    Jan–Apr / May–Aug / Sep–Dec          (qualifier early/mid/late)
//     month:   days 1–10 / 11–20 / 21–end
//     season:  its 1st / 2nd / 3rd month
//     decade:  0–3 / 4–6 / 7–9                       ("early 1920s" = 1920–1923)
//     century: 00–33 / 34–66 / 67–99                 ("late 19th century" = 1867–1899)
//   beginning/start/end/close = first / last quarter (year: Jan–Mar / Oct–Dec;
//   decade: 3 years; century: 25 years; month: days 1–10 / 21–end), qualifier
//   early / late; "middle of" = mid; first / second (latter) half = halves, qualifier
//   early / late.
// * Seasons are meteorological: spring Mar–May, summer Jun–Aug, autumn/fall Sep–Nov,
//   winter = Dec of the year named – Feb of the next ("the winter of 1928" =
//   1928-12-01..1929-02-28; "winter 1920–21" = winter of 1920).
// * Centuries: "the 19th century" = 1800–1899; "the 5th century BC" = 500–401 BC
//   (-0499..-0400). "the 1800s" = 1800–1899; "the 1920s" = 1920–1929.
//   "the thirties", "the '30s", "the 30's": the century of the discourse year, else 1900s.
// * Approximation ("c.", "ca.", "circa", "about", "around", "approximately",
//   "roughly") adds qualifier 'approximate' and widens the interval: day ±3 days,
//   month/season ±15 days, year ±2 years, decade ±3 years, century ±15 years.
//   "some time in 1927" is just "1927".
// * Implied years: a date without a year ("October 25", "in January", "that spring",
//   "mid-January") takes the year of the nearest preceding explicit year in the same
//   section (`implied: true`, `anchor` = the mention that supplied it). Sections
//   start at heading lines (markdown "#", numbered "12. Title", or a short line
//   without terminal punctuation standing between blank lines). Bare years in
//   parentheses, "(1931)", are citations and do not set the discourse year; decades
//   and centuries do not either. Without a year: `options.defaultYear`, else no interval.
// * A bare month needs a cue ("in", "during", "by", "until", "since", "that", ...),
//   a day, a year, a part word or a range partner: "from dual power to October" and
//   "the October Revolution" are not dates; lowercase "march"/"may" never are.
// * Bare 4-digit numbers are years only in 1000–2099 and not after page/volume/number
//   words, not inside URLs or digit groups ("1,905", "700,000"), not before a count
//   noun ("1500 delegates") and not as prices, times or percentages. Two- and
//   three-digit years need an era ("AD 800", "44 BC").
// * Ranges: "1920-21", "1914–18", "1923-7", "from X to Y", "between X and Y",
//   "X–Y", "X to Y", "X/Y", "the period X–Y"; a missing year is taken from the other
//   end ("from March to May 1917", "November-December 1923"; "December to February
//   1921" starts in December 1920).
// * Numeric dates are day-first ("8.10.1923" = 8 October) unless the first number
//   exceeds 12 as a month would not; "10/18" alone is not a date.
// * Old Style / New Style: "(O.S.)", "O.S.", "[O.S.]", "Old Style" mark the date
//   as Julian: `interval` keeps the date as written, `calendar: 'julian'`,
//   `otherCalendar` gives the Gregorian reading (and vice versa for N.S.). A
//   bracketed marker stays outside the span; a bare one belongs to it.
// * Relative dates ("the next day", "two years later", "a week after 4 May 1920",
//   "that year", "in about a year") anchor to the previous resolved mention (or to
//   the date they name); few = 2–5, several = 3–7. With no anchor they have no
//   interval. Durations ("for three years" → "three years") and sets ("every May",
//   "annually") have no interval.

import type { DateMention, DateQualifier, DayInterval, Granularity, Span } from '../types';
import {
  civilFromDays,
  dayToIso,
  daysFromCivil,
  daysInMonth,
  gregorianToJulian,
  isValidCivil,
  isoToDay,
  julianToGregorian,
  monthBounds,
  yearBounds,
} from './calendar';
import { seasonBounds, toEdtf, widenApproximate } from './edtf';

export interface DateOptions {
  /** Year for dates without one when the discourse supplies none. */
  defaultYear?: number;
}

// ---------------------------------------------------------------------------
// Internal representation.

type PartKind = 'early' | 'mid' | 'late' | 'begin' | 'end' | 'half1' | 'half2';
type PtType = 'day' | 'month' | 'season' | 'year' | 'decade' | 'century';

interface Pt {
  k: 'pt';
  s: number;
  e: number;
  t: PtType;
  /** Astronomical year; undefined when the text leaves it to the discourse. */
  y?: number;
  m?: number;
  d?: number;
  season?: number; // 21..24
  /** "the thirties": decade within an unknown century. */
  decadeShort?: number;
  part?: PartKind;
  approx?: boolean;
  cal?: 'julian' | 'gregorian';
  /** A bare year written in parentheses, "(1931)". */
  paren?: boolean;
  /** A bare 4-digit year (candidate for "1920-21"). */
  bareYear?: boolean;
  /** Bare month/season accepted only if part of a range. */
  needsPartner?: boolean;
  /** Written "the 4th of January" (may take "the"). */
  viaOf?: boolean;
  /** Easter Sunday of the year (m/d computed per year). */
  easter?: boolean;
}

interface Rng {
  k: 'range';
  s: number;
  e: number;
  a: Pt;
  b: Pt;
  cal?: 'julian' | 'gregorian';
}

type Unit = 'day' | 'month' | 'year' | 'decade';

interface Rel {
  k: 'relative';
  s: number;
  e: number;
  unit: Unit;
  nLo: number;
  nHi: number;
  dir: -1 | 0 | 1;
  approx: boolean;
  base?: Pt | Rng; // an explicit date the expression counts from
  noInterval?: boolean;
}

interface Duration {
  k: 'duration';
  s: number;
  e: number;
}
interface SetExpr {
  k: 'set';
  s: number;
  e: number;
}
type Other = Duration | SetExpr;

type Cand = Pt | Rng | Rel | Other;

// ---------------------------------------------------------------------------
// Vocabulary.

const MONTHS: Record<string, number> = {
  january: 1, february: 2, march: 3, april: 4, may: 5, june: 6, july: 7, august: 8,
  september: 9, october: 10, november: 11, december: 12,
  jan: 1, feb: 2, mar: 3, apr: 4, jun: 6, jul: 7, aug: 8, sep: 9, sept: 9, oct: 10, nov: 11, dec: 12,
};
const SEASONS: Record<string, number> = { spring: 21, summer: 22, autumn: 23, fall: 23, winter: 24 };
const WEEKDAYS = new Set([
  'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday',
  'mon', 'tue', 'tues', 'wed', 'thu', 'thur', 'thurs', 'fri', 'sat', 'sun',
]);
const ORDINAL_WORDS: Record<string, number> = {
  first: 1, second: 2, third: 3, fourth: 4, fifth: 5, sixth: 6, seventh: 7, eighth: 8, ninth: 9, tenth: 10,
  eleventh: 11, twelfth: 12, thirteenth: 13, fourteenth: 14, fifteenth: 15, sixteenth: 16, seventeenth: 17,
  eighteenth: 18, nineteenth: 19, twentieth: 20, thirtieth: 30,
};
const DECADE_WORDS: Record<string, number> = {
  twenties: 20, thirties: 30, forties: 40, fifties: 50, sixties: 60, seventies: 70, eighties: 80, nineties: 90,
};
const NUMBER_WORDS: Record<string, number> = {
  a: 1, an: 1, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
  eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17, eighteen: 18,
  nineteen: 19, twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, hundred: 100,
};
/** Words before a bare month / season that make it a date ("in October"). */
const MONTH_CUES = new Set([
  'in', 'during', 'by', 'until', 'till', 'til', 'since', 'before', 'after', 'throughout', 'from', 'on',
  'around', 'about', 'circa', 'early', 'late', 'mid', 'between', 'last', 'next', 'that', 'this', 'every', 'each',
]);
/** Words after a month that make it part of a name ("the October Revolution"). */
const EVENT_HEADS = new Set([
  'revolution', 'revolutions', 'theses', 'days', 'manifesto', 'uprising', 'insurrection', 'plenum', 'crisis',
  'revolt', 'strike', 'offensive', 'coup', 'putsch', 'agreement', 'treaty', 'decree', 'decrees', 'events',
  'conference', 'rising', 'government', 'regime', 'monarchy', 'ordinances', 'constitution', 'declaration',
  'program', 'programme', 'platform', 'bloc', 'group', 'opposition', 'party', 'movement', 'square', 'street',
  'station', 'palace', 'committee', 'congress', 'war', 'battle', 'massacre', 'putsch', 'rebellion',
]);
/** Words before a number that make it a reference rather than a year. */
const REF_WORDS = new Set([
  'p', 'pp', 'pg', 'pgs', 'page', 'pages', 'no', 'nos', 'nr', 'n', 'number', 'numbers', 'vol', 'vols', 'volume',
  'volumes', 'ch', 'chap', 'chapter', 'chapters', 'art', 'article', 'articles', 'fig', 'figure', 'figs', 'table',
  'note', 'notes', 'fn', 'footnote', 'line', 'lines', 'l', 'll', 'verse', 'col', 'cols', 'column', 'para', 'paragraph',
  'section', 'sec', 'sect', 'issue', 'issues', 'tel', 'phone', 'fax', 'isbn', 'issn', 'op', 'opus', 'route', 'room',
  'flight', 'file', 'folio', 'fol', 'fols', 'f', 'ff', 'box', 'item', 'items', 'doc', 'document', 'series', 'cat',
  'catalogue', 'bus', 'highway', 'version', 'v', 'ref', 'id', 'fond', 'opis', 'delo', 'd', 'op', 'sheet', 'plate',
  'plates', 'map', 'code', 'codes', 'postcode', 'zip', 'appendix', 'ex', 'exhibit', 'rule', 'law', 'act', 'order',
  'decree', 'resolution', 'paragraphs', 'part', 'book', 'tome', 'bd', 'jg', 'heft', 'nr', 'tab', 'ms', 'mss', 'cod',
  'lot', 'reg', 'regiment', 'division', 'army', 'corps', 'hill', 'height', 'km', 'kilometre', 'kilometer', 'mile',
  'km²', 'kg', 'us', 'usd', 'rs', 'rub', 'fr', 'dm', 'model', 'type', 'class', 'locomotive', 'unit', 'ward', 'cell',
]);
/** Nouns that make a preceding number a count ("1500 delegates"). */
const COUNT_NOUNS = new Set([
  'members', 'delegates', 'people', 'persons', 'men', 'women', 'children', 'workers', 'soldiers', 'sailors',
  'copies', 'pages', 'votes', 'troops', 'deaths', 'dead', 'casualties', 'prisoners', 'inhabitants', 'families',
  'peasants', 'students', 'strikers', 'demonstrators', 'communists', 'bolsheviks', 'mensheviks', 'deputies',
  'signatures', 'signatories', 'participants', 'comrades', 'militants', 'cadres', 'officers', 'officials', 'employees',
  'words', 'letters', 'items', 'books', 'titles', 'volumes', 'documents', 'articles', 'issues', 'units', 'cases',
  'dollars', 'roubles', 'rubles', 'pounds', 'francs', 'marks', 'kopecks', 'lire', 'euros', 'yen', 'crowns', 'florins',
  'shillings', 'ducats', 'livres', 'tons', 'tonnes', 'kilometres', 'kilometers', 'km', 'miles', 'metres', 'meters',
  'feet', 'ft', 'yards', 'acres', 'hectares', 'kg', 'kilos', 'kilograms', 'grams', 'litres', 'liters', 'poods', 'versts',
  'hours', 'minutes', 'seconds', 'times', 'villages', 'towns', 'cities', 'factories', 'plants', 'enterprises',
  'rifles', 'guns', 'tanks', 'planes', 'aircraft', 'ships', 'horses', 'cattle', 'head', 'points', 'percent',
  'per', 'cells', 'branches', 'locals', 'sections', 'organizations', 'organisations', 'unions', 'soviets',
  'regiments', 'divisions', 'battalions', 'companies', 'men', 'individuals', 'voters', 'readers', 'subscribers',
  'priests', 'monks', 'nuns', 'knights', 'slaves', 'citizens', 'refugees', 'emigrants', 'immigrants', 'jews',
  'arrests', 'executions', 'victims', 'killed', 'wounded', 'strong', 'households', 'homes', 'houses', 'schools',
  'years', 'months', 'weeks', 'days', 'verses', 'lines', 'entries', 'names', 'signatures', 'steps', 'miles',
]);
/** Words before a number suggesting a quantity ("over 1500 ..."). */
const QUANTITY_CUES = new Set([
  'about', 'around', 'some', 'over', 'nearly', 'almost', 'only', 'just', 'than', 'approximately', 'roughly',
  'exactly', 'total', 'all', 'were', 'are', 'had', 'have', 'has', 'with', 'another', 'additional', 'extra',
  'least', 'most', 'up', 'down', 'of', 'by', 'to', 'and', 'or', 'numbering', 'numbered', 'counted', 'counting',
]);
/** Words before a year that make it a date whatever follows. */
const TEMPORAL_PREPS = new Set([
  'in', 'since', 'until', 'till', 'during', 'after', 'before', 'between', 'from', 'circa', 'c', 'ca', 'early',
  'late', 'mid', 'summer', 'spring', 'autumn', 'winter', 'fall', 'year', 'throughout',
]);
const DETERMINERS = new Set(['the', 'a', 'an', 'his', 'her', 'its', 'their', 'this', 'these', 'those', 'our', 'my', 'your']);
const RANGE_WORDS = new Set(['to', 'until', 'till', 'through', 'thru']);
const APPROX_WORDS = new Set(['c', 'ca', 'circa', 'about', 'around', 'approximately', 'approx', 'roughly', 'cca']);
const UNIT_WORDS: Record<string, Unit | 'week' | 'fortnight'> = {
  day: 'day', days: 'day', week: 'week', weeks: 'week', fortnight: 'fortnight', fortnights: 'fortnight',
  month: 'month', months: 'month', year: 'year', years: 'year', decade: 'decade', decades: 'decade',
};

/** Words the backward walk may cross while looking for the start of an expression. */
const PREFIX_WORDS = new Set<string>([
  'the', 'early', 'mid', 'late', 'end', 'beginning', 'start', 'middle', 'close', 'first', 'second', 'latter',
  'half', 'part', 'quarter', 'of', 'in', 'c', 'ca', 'circa', 'about', 'around', 'approximately', 'approx', 'roughly', 'from', 'between',
  'period', 'years', 'that', 'this', 'twenty', ...WEEKDAYS, ...Object.keys(ORDINAL_WORDS),
]);
/** Words an expression may start with. */
const START_WORDS = new Set<string>([
  'the', 'early', 'mid', 'late', 'end', 'c', 'ca', 'circa', 'about', 'around', 'approximately', 'approx', 'roughly',
  'from', 'between', 'that', 'this', 'twenty', ...WEEKDAYS, ...Object.keys(ORDINAL_WORDS),
]);

function alts(words: string[], cases: 'cap' | 'all'): string {
  const out: string[] = [];
  for (const w of words) {
    const cap = w[0].toUpperCase() + w.slice(1);
    out.push(cap, w.toUpperCase());
    if (cases === 'all') out.push(w);
  }
  return out.join('|');
}

const ANCHOR_RE = new RegExp(
  [
    '\\d+',
    "['\u2019]\\d\\d",
    '\\b(?:' +
      alts(['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december',
        'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec', 'christmas', 'easter'], 'cap') +
      '|' +
      alts(['spring', 'summer', 'autumn', 'fall', 'winter', 'century', 'centuries', 'day', 'days', 'week', 'weeks', 'fortnight',
        'month', 'months', 'year', 'years', 'decade', 'decades', 'annually', 'yearly', 'every', 'each',
        ...Object.keys(DECADE_WORDS)], 'all') +
      '|New Year|AD)\\b|A\\.\\s?D\\.',
  ].join('|'),
  'g',
);

const URL_RE = /(?:https?:\/\/|www\.)[^\s<>"')\]]+|<[^<>\s]*[/.:][^<>\s]*>|(?<![\w.+-])[\w.+-]{1,64}@[\w-]{1,63}\.[\w.]{1,63}/g;

// Sticky token regexes (applied at a token start).
const WORD_RE = /[A-Za-z\u00C0-\u024F]+/y;
const NUM_RE = /\d+/y;
const MONTH_RE = /(?:(january|february|march|april|may|june|july|august|september|october|november|december)|(sept|jan|feb|mar|apr|jun|jul|aug|sep|oct|nov|dec)\.?)(?![A-Za-z\u00C0-\u024F])/iy;
function monthName(m: RegExpExecArray): string {
  return (m[1] || m[2]).toLowerCase();
}
const SEASON_RE = /(spring|summer|autumn|fall|winter)(?![A-Za-z])/iy;
const DAY_RE = /(\d{1,2})(st|nd|rd|th|d)?(?![\d\p{L}])/uy;
const DAYRANGE_RE = /(\d{1,2})(?:st|nd|rd|th)?[ \t]*(?:[-\u2013\u2014]|to|until|till|and)[ \t]*(\d{1,2})(?:st|nd|rd|th)?(?![\d\p{L}])/uy;
const YEAR4_RE = /(\d{4})(?![\d])/y;
const YEARNUM_RE = /(\d{1,4})(?!\d)/y;
const ISO_RE = /(\d{4})-(\d{2})-(\d{2})(?![\d\p{L}])/uy;
const NUMERIC_RE = /(\d{1,2})([./-])(\d{1,2})\2(\d{4})(?![\d\p{L}])/uy;
const ERA_RE = /(B\.[ ]?C\.(?:[ ]?E\.)?|BCE|BC|A\.[ ]?D\.|AD|C\.[ ]?E\.|CE)(?![A-Za-z])/y;
const ORD_NUM_RE = /(\d{1,2})(st|nd|rd|th)(?![A-Za-z\d])/y;
const CENTURY_RE = /[ \t]*-?[ \t]*(centur(?:y|ies))(?![A-Za-z])/iy;
const DECADE_SUFFIX_RE = /(?:['\u2019]s|s)(?![A-Za-z\d])/y;
const OSNS_RE = /([ \t]*)([([])?[ \t]*(O\.[ ]?S\.|N\.[ ]?S\.|o\.[ ]?s\.|n\.[ ]?s\.|Old Style|New Style|old style|new style)[ \t]*([)\]])?/y;
const SEP_RE = /[ \t]*([-\u2013\u2014/])[ \t]*|[ \t]+(to|until|till|through|thru)[ \t]+/y;
const DAY2_RE = /[ \t]*([-\u2013]|and|&)[ \t]*(\d{1,2})(?:st|nd|rd|th)?(?![\d\p{L}])/uy;
const SHORT_YEAR_RE = /([-\u2013/])(\d{1,2})(?![\d\p{L}])/uy;

function isUpper(c: string): boolean {
  return c >= 'A' && c <= 'Z';
}
function isLetterCode(c: number): boolean {
  return (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || (c >= 0xc0 && c <= 0x24f);
}
function isDigitCode(c: number): boolean {
  return c >= 48 && c <= 57;
}

interface Tok {
  s: number;
  e: number;
  w: string; // lowercased text
}

// ---------------------------------------------------------------------------

class Recognizer {
  private lastEnd = 0;
  private headings: number[] | undefined;

  constructor(
    private readonly text: string,
    private readonly options: DateOptions,
  ) {}

  // --- low-level scanning --------------------------------------------------

  /** Skip spaces and at most one line break; stops before a blank line. */
  private ws(pos: number): number {
    const t = this.text;
    let nl = false;
    while (pos < t.length) {
      const c = t.charCodeAt(pos);
      if (c === 32 || c === 9 || c === 0xa0 || c === 0x2009 || c === 0x202f || c === 13) pos++;
      else if (c === 10) {
        if (nl) return pos - 1 >= 0 && t.charCodeAt(pos - 1) === 10 ? pos - 1 : pos;
        nl = true;
        pos++;
      } else break;
    }
    return pos;
  }

  private re(re: RegExp, pos: number, skipWs = true): RegExpExecArray | null {
    const p = skipWs ? this.ws(pos) : pos;
    re.lastIndex = p;
    const m = re.exec(this.text);
    if (m) (m as RegExpExecArray & { s: number }).s = p;
    return m;
  }

  private static st(m: RegExpExecArray): number {
    return (m as RegExpExecArray & { s: number }).s;
  }

  /** The next token (a word, a number or one other character). */
  private tok(pos: number): Tok | null {
    const p = this.ws(pos);
    const t = this.text;
    if (p >= t.length) return null;
    const c = t.charCodeAt(p);
    if (c === 10) return null;
    let e = p + 1;
    if (isLetterCode(c)) {
      WORD_RE.lastIndex = p;
      WORD_RE.exec(t);
      e = WORD_RE.lastIndex;
    } else if (isDigitCode(c)) {
      NUM_RE.lastIndex = p;
      NUM_RE.exec(t);
      e = NUM_RE.lastIndex;
    }
    return { s: p, e, w: t.slice(p, e).toLowerCase() };
  }

  /** The token ending before `pos` (crossing spaces and at most one line break). */
  private prev(pos: number): Tok | null {
    const t = this.text;
    let p = pos;
    let nl = 0;
    while (p > 0) {
      const c = t.charCodeAt(p - 1);
      if (c === 32 || c === 9 || c === 0xa0 || c === 13 || c === 0x2009 || c === 0x202f) p--;
      else if (c === 10) {
        if (++nl > 1) return null;
        p--;
      } else break;
    }
    if (p <= 0) return null;
    const e = p;
    const c = t.charCodeAt(p - 1);
    if (isLetterCode(c)) {
      while (p > 0 && isLetterCode(t.charCodeAt(p - 1))) p--;
    } else if (isDigitCode(c)) {
      while (p > 0 && isDigitCode(t.charCodeAt(p - 1))) p--;
    } else p--;
    return { s: p, e, w: t.slice(p, e).toLowerCase() };
  }

  /** Previous word, skipping one abbreviation dot ("p." → "p"). */
  private prevWord(pos: number): Tok | null {
    const t = this.prev(pos);
    return t && t.w === '.' ? this.prev(t.s) : t;
  }

  // --- main loop -------------------------------------------------------------

  run(): DateMention[] {
    const text = this.text;
    const urls: Array<[number, number]> = [];
    URL_RE.lastIndex = 0;
    for (let m = URL_RE.exec(text); m; m = URL_RE.exec(text)) urls.push([m.index, m.index + m[0].length]);
    let ui = 0;
    const cands: Cand[] = [];
    const re = ANCHOR_RE;
    re.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = re.exec(text))) {
      const as = m.index;
      const ae = as + m[0].length;
      while (ui < urls.length && urls[ui][1] <= as) ui++;
      if (ui < urls.length && urls[ui][0] <= as) {
        re.lastIndex = Math.max(urls[ui][1], ae);
        continue;
      }
      if (as < this.lastEnd) {
        re.lastIndex = this.lastEnd;
        continue;
      }
      let c: Cand | null = null;
      try {
        c = this.atAnchor(as, ae);
      } catch {
        c = null;
      }
      if (c && ui < urls.length && c.e > urls[ui][0]) c = null; // never run into a URL
      if (c) {
        cands.push(c);
        this.lastEnd = c.e;
        re.lastIndex = Math.max(c.e, ae);
      } else {
        re.lastIndex = ae;
      }
    }
    return this.resolve(cands);
  }

  private atAnchor(as: number, ae: number): Cand | null {
    const text = this.text;
    const first = text.charCodeAt(as);
    const word = isLetterCode(first) ? text.slice(as, ae).toLowerCase() : '';
    if (word) {
      const u = UNIT_WORDS[word];
      if (u) return this.relativeAt(as, ae, u);
      if (word === 'annually' || word === 'yearly') return { k: 'set', s: as, e: ae };
      if (word === 'every' || word === 'each') return this.setAt(as, ae);
    }
    // Candidate starts: walk back over prefix words.
    const starts: number[] = [];
    let pos = as;
    for (let i = 0; i < 6; i++) {
      const t = this.prev(pos);
      if (!t || t.s < this.lastEnd) break;
      const w = t.w;
      if (!(PREFIX_WORDS.has(w) || w === '.' || w === ',' || w === '-' || w === '\u2013')) break;
      if (w === '.' && !(this.prev(t.s)?.w === 'c' || this.prev(t.s)?.w === 'ca' || this.prev(t.s)?.w === 'approx')) break;
      pos = t.s;
      if (START_WORDS.has(w)) starts.push(pos);
    }
    for (let i = starts.length - 1; i >= 0; i--) {
      const c = this.expr(starts[i]);
      if (c && c.e > as) return c;
    }
    const c = this.expr(as);
    return c && c.e > as ? c : null;
  }

  // --- grammar -----------------------------------------------------------------

  /** An expression: a point, or a range built from points. */
  private expr(p: number): Cand | null {
    const t = this.tok(p);
    if (!t) return null;
    if (t.w === 'from') {
      const r = this.rangeAfter(t.e, t.s, RANGE_WORDS, true);
      return r;
    }
    if (t.w === 'between') {
      let q = t.e;
      const n = this.tok(q);
      const n2 = n && n.w === 'the' ? this.tok(n.e) : null;
      if (n2 && (n2.w === 'years' || n2.w === 'period')) q = n2.e;
      return this.rangeAfter(q, t.s, new Set(['and']), false);
    }
    if (t.w === 'the') {
      const n = this.tok(t.e);
      if (n && (n.w === 'period' || n.w === 'years')) {
        const r = this.rangeAfter(n.e, t.s, RANGE_WORDS, true);
        if (r) return r;
      }
    }
    const a = this.point(p, { partner: true });
    if (!a) return null;
    if (a.k !== 'pt') return this.withCalendar(a);
    if (a.t === 'day' && a.y === undefined && !a.easter) {
      const dd = this.doubleDate(a);
      if (dd) return dd;
    }
    // "1920-21", "1914–18", "1923-7"
    if (a.bareYear && a.y !== undefined) {
      const sm = this.re(SHORT_YEAR_RE, a.e, false);
      if (sm) {
        const dd = parseInt(sm[2], 10);
        const mod = sm[2].length === 2 ? 100 : 10;
        const by = a.y - (a.y % mod) + dd;
        if (by > a.y && !(sm[1] === '-' && sm[2].length === 2 && /^\d/.test(this.text.slice(SHORT_YEAR_RE.lastIndex, SHORT_YEAR_RE.lastIndex + 1)))) {
          const b: Pt = { k: 'pt', s: Recognizer.st(sm) + 1, e: SHORT_YEAR_RE.lastIndex, t: 'year', y: by };
          return { k: 'range', s: a.s, e: b.e, a, b };
        }
      }
    }
    const sep = this.re(SEP_RE, a.e, false);
    if (sep) {
      const b = this.point(SEP_RE.lastIndex, { inRange: true });
      if (b && b.k === 'pt') {
        const r = this.makeRange(a, b, a.s);
        if (r) return this.withCalendar(r);
      }
    }
    if (a.needsPartner) return null;
    if (a.bareYear) {
      // "1917-1905", "2017-555-1234": a dash-joined number that is not a range
      const c = this.text.charCodeAt(a.e);
      if ((c === 45 || c === 0x2013 || c === 47) && isDigitCode(this.text.charCodeAt(a.e + 1))) return null;
    }
    return this.withCalendar(a);
  }

  /** "25 October/7 November 1917", "25 October (7 November) 1917": Old Style / New Style. */
  private doubleDate(a: Pt): Pt | null {
    const m = this.re(/[ \t]*(\/|\()[ \t]*/y, a.e, false);
    if (!m) return null;
    const b = this.point(m.index + m[0].length, { inner: true });
    if (!b || b.k !== 'pt' || b.t !== 'day' || b.m === undefined || b.d === undefined) return null;
    let e = b.e;
    let y = b.y;
    if (m[1] === '(') {
      if (y !== undefined || this.text[e] !== ')') return null;
      e++;
      const ya = this.yearAfter(e, true);
      if (!ya) return null;
      y = ya.y;
      e = ya.e;
    }
    if (y === undefined || !isValidCivil(y, a.m!, a.d!) || !isValidCivil(y, b.m, b.d)) return null;
    const jul = daysFromCivil(y, a.m!, a.d!);
    const greg = daysFromCivil(y, b.m, b.d);
    if (julianToGregorian(jul) !== greg) return null;
    return { ...a, y, e, cal: 'julian' };
  }

  private rangeAfter(p: number, s: number, seps: Set<string>, dashOk: boolean): Rng | null {
    const a = this.point(p, { partner: true });
    if (a && a.k === 'range' && (seps.has('and') ? /\band\b/.test(this.text.slice(a.s, a.e)) : !/\band\b/.test(this.text.slice(a.s, a.e)))) {
      // "between 20 and 25 October 1917", "from 12 to 14 March"
      a.s = s;
      return this.withCalendar(a);
    }
    if (!a || a.k !== 'pt') return null;
    let q = a.e;
    const t = this.tok(q);
    if (!t) return null;
    if (seps.has(t.w) || (dashOk && (t.w === '-' || t.w === '\u2013' || t.w === '\u2014'))) q = t.e;
    else if (dashOk && a.bareYear) {
      // "from 1914-18"
      const sm = this.re(SHORT_YEAR_RE, a.e, false);
      if (sm && a.y !== undefined) {
        const dd = parseInt(sm[2], 10);
        const mod = sm[2].length === 2 ? 100 : 10;
        const by = a.y - (a.y % mod) + dd;
        if (by > a.y) return { k: 'range', s, e: SHORT_YEAR_RE.lastIndex, a, b: { k: 'pt', s: Recognizer.st(sm) + 1, e: SHORT_YEAR_RE.lastIndex, t: 'year', y: by } };
      }
      return null;
    } else return null;
    const b = this.point(q, { inRange: true });
    if (!b || b.k !== 'pt') return null;
    const r = this.makeRange(a, b, s);
    return r ? (this.withCalendar(r) as Rng) : null;
  }

  private makeRange(a: Pt, b: Pt, s: number): Rng | null {
    if (a.t === 'day' && b.t === 'year') return null;
    if (a.y !== undefined && b.y !== undefined) {
      const ra = ptBounds(a, a.y);
      const rb = ptBounds(b, b.y);
      if (!ra || !rb || ra[0] > rb[1]) return null;
    }
    if (a.y === undefined && b.y === undefined && (a.t === 'year' || b.t === 'year')) return null;
    a.needsPartner = false;
    b.needsPartner = false;
    return { k: 'range', s, e: b.e, a, b };
  }

  /** Attach an Old Style / New Style marker after a date. */
  private withCalendar<T extends Cand>(c: T): T {
    if (c.k !== 'pt' && c.k !== 'range') return c;
    const fine = c.k === 'pt' ? c.t === 'day' || c.t === 'month' : c.a.t === 'day' || c.a.t === 'month' || c.b.t === 'day';
    if (!fine) return c;
    const m = this.re(OSNS_RE, c.e, false);
    if (!m) return c;
    const open = m[2];
    const close = m[4];
    if (!!open !== !!close) {
      if (open) return c;
    }
    const cal = m[3][0].toLowerCase() === 'o' ? 'julian' : 'gregorian';
    if (c.k === 'pt') c.cal = cal;
    else {
      (c as Rng).cal = cal;
    }
    if (!open) {
      // bare marker belongs to the span; a trailing ')' does not
      let e = OSNS_RE.lastIndex;
      if (close) e = this.text.lastIndexOf(close, e - 1);
      while (e > c.e && /\s/.test(this.text[e - 1])) e--;
      c.e = e;
    }
    return c;
  }

  /** A single point (or a day range within one month). */
  private point(p: number, ctx: { partner?: boolean; inRange?: boolean; inner?: boolean } = {}): Pt | Rng | null {
    const t = this.tok(p);
    if (!t) return null;
    const text = this.text;
    const c0 = text.charCodeAt(t.s);
    const w = t.w;

    if (isDigitCode(c0)) return this.numberPoint(t, ctx);
    if (c0 === 39 || c0 === 0x2019) {
      // '30s
      const n = this.tok(t.e);
      if (n && n.s === t.e && /^\d\d$/.test(n.w)) {
        const suf = this.re(DECADE_SUFFIX_RE, n.e, false);
        if (suf && n.w.endsWith('0') && DECADE_SUFFIX_RE.lastIndex - n.e === 1) {
          const pv = this.prevWord(t.s);
          if (pv && pv.w === 'the') return { k: 'pt', s: t.s, e: DECADE_SUFFIX_RE.lastIndex, t: 'decade', decadeShort: parseInt(n.w, 10) };
        }
      }
      return null;
    }
    if (!isLetterCode(c0)) return null;

    // Approximation
    if (APPROX_WORDS.has(w) && !ctx.inner) {
      let q = t.e;
      if (w === 'c' || w === 'ca' || w === 'approx' || w === 'cca') {
        if (text[q] !== '.') {
          if (w !== 'ca' && w !== 'cca') return null;
        } else q++;
      }
      const inner = this.point(q, { inner: true });
      if (!inner || inner.k !== 'pt') return null;
      if (inner.y === undefined) return null;
      inner.approx = true;
      inner.s = t.s;
      inner.bareYear = false;
      return inner;
    }

    if (w === 'the') return this.thePoint(t, ctx);

    if (w === 'that' || w === 'this') {
      const n = this.tok(t.e);
      if (!n) return null;
      const inner = this.point(n.s, { inner: true, partner: false });
      if (inner && inner.k === 'pt' && inner.y === undefined && (inner.t === 'month' || inner.t === 'season') && !inner.part) {
        inner.s = t.s;
        inner.needsPartner = false;
        return inner;
      }
      return null;
    }

    // Parts: early / mid / late / end-
    if (w === 'early' || w === 'mid' || w === 'late' || w === 'middle' || w === 'end') {
      return this.partPoint(t, t.s, w === 'early' ? 'early' : w === 'late' ? 'late' : w === 'end' ? 'end' : 'mid', w === 'end');
    }

    if (WEEKDAYS.has(w)) {
      let q = t.e;
      if (text[q] === '.') q++;
      if (text[q] === ',') q++;
      const inner = this.point(q, { inner: true });
      if (inner && inner.k === 'pt' && inner.t === 'day' && !inner.part) {
        inner.s = t.s;
        return inner;
      }
      return null;
    }

    if (w in ORDINAL_WORDS || w === 'twenty') {
      return this.ordinalWordPoint(t);
    }

    if (w === 'a' || w === 'ad') {
      // A.D. 800 / AD 800
      const em = this.re(ERA_RE, t.s, false);
      if (em && (em[1][0] === 'A')) {
        const n = this.re(YEARNUM_RE, ERA_RE.lastIndex);
        if (n) {
          const y = parseInt(n[1], 10);
          if (y >= 1) return { k: 'pt', s: t.s, e: YEARNUM_RE.lastIndex, t: 'year', y };
        }
      }
      return null;
    }

    if (w === 'christmas' || w === 'new' || w === 'easter') return this.holidayPoint(t, ctx);

    const mm = this.re(MONTH_RE, t.s, false);
    if (mm) return this.monthPoint(t, mm, ctx);

    const sm = this.re(SEASON_RE, t.s, false);
    if (sm) return this.seasonPoint(t.s, t, ctx, false);

    if (w in DECADE_WORDS) {
      const pv = this.prevWord(t.s);
      if (pv && pv.w === 'the') return { k: 'pt', s: t.s, e: t.e, t: 'decade', decadeShort: DECADE_WORDS[w] };
      return null;
    }
    return null;
  }

  private holidayPoint(t: Tok, ctx: { inRange?: boolean }): Pt | null {
    let m = 12;
    let d = 25;
    let e = t.e;
    let easter = false;
    if (t.w === 'easter') {
      if (!isUpper(this.text[t.s])) return null;
      easter = true;
      const n = this.tok(e);
      if (n && (n.w === 'sunday' || n.w === 'day') && isUpper(this.text[n.s])) e = n.e;
    } else if (t.w === 'christmas') {
      const n = this.tok(e);
      if (n && (n.w === 'day' || n.w === 'eve') && isUpper(this.text[n.s])) {
        if (n.w === 'eve') d = 24;
        e = n.e;
      }
    } else {
      // New Year's Day / Eve
      const mt = /New Year['\u2019]s (Day|Eve)\b/y;
      mt.lastIndex = t.s;
      const r = mt.exec(this.text);
      if (!r) return null;
      e = mt.lastIndex;
      if (r[1] === 'Day') (m = 1), (d = 1);
      else (m = 12), (d = 31);
    }
    const pt: Pt = { k: 'pt', s: t.s, e, t: 'day', m, d };
    if (easter) pt.easter = true;
    const ym = this.re(YEAR4_RE, e);
    if (ym) {
      pt.y = parseInt(ym[1], 10);
      pt.e = YEAR4_RE.lastIndex;
      return pt;
    }
    const pv = this.prevWord(t.s);
    if (ctx.inRange || (pv && ['at', 'by', 'before', 'after', 'until', 'till', 'since', 'around', 'on', 'over', 'from', 'about'].includes(pv.w))) return pt;
    return null;
  }

  /** Points starting with "the". */
  private thePoint(t: Tok, ctx: { inRange?: boolean; inner?: boolean }): Pt | Rng | null {
    const n = this.tok(t.e);
    if (!n) return null;
    const w = n.w;
    const text = this.text;
    // the end of / the beginning of / the first half of / the middle of
    const partWord: Record<string, PartKind> = { end: 'end', beginning: 'begin', start: 'begin', close: 'end', middle: 'mid', early: 'early', late: 'late', mid: 'mid' };
    if (w in partWord) {
      return this.partPoint(n, t.s, partWord[w], w === 'end' || w === 'beginning' || w === 'start' || w === 'close' || w === 'middle');
    }
    if (w === 'first' || w === 'second' || w === 'latter' || w === 'last') {
      const h = this.tok(n.e);
      if (h && (h.w === 'half' || h.w === 'part' || h.w === 'quarter')) {
        const of = this.tok(h.e);
        if (of && of.w === 'of') {
          let part: PartKind;
          if (h.w === 'half') part = w === 'first' ? 'half1' : 'half2';
          else if (h.w === 'quarter') part = w === 'first' ? 'begin' : 'end';
          else part = w === 'first' ? 'early' : 'late';
          if (h.w === 'quarter' && w === 'second') return null;
          return this.partInner(of.e, t.s, part);
        }
      }
    }
    // the 4th of January / the 19th century / the 1920s
    if (isDigitCode(text.charCodeAt(n.s))) {
      const inner = this.numberPoint(n, { inner: true, afterThe: true });
      if (!inner || inner.k !== 'pt') return null;
      if (inner.t === 'century' || inner.t === 'decade' || (inner.t === 'day' && inner.viaOf)) {
        inner.s = t.s;
        return inner;
      }
      return null;
    }
    if (n.w === "'" || n.w === '\u2019') {
      const inner = this.point(n.s, { inner: true });
      if (inner && inner.k === 'pt' && inner.t === 'decade') {
        inner.s = t.s;
        return inner;
      }
      return null;
    }
    if (w in DECADE_WORDS) return { k: 'pt', s: t.s, e: n.e, t: 'decade', decadeShort: DECADE_WORDS[w] };
    if (w === 'nineteen' || w === 'eighteen' || w === 'seventeen' || w === 'sixteen') {
      // the nineteen-twenties
      const dash = this.tok(n.e);
      const d = dash && (dash.w === '-' ? this.tok(dash.e) : dash);
      if (d && d.w in DECADE_WORDS) {
        const base = NUMBER_WORDS[w] * 100 + DECADE_WORDS[d.w];
        return { k: 'pt', s: t.s, e: d.e, t: 'decade', y: base };
      }
      return null;
    }
    if (w in ORDINAL_WORDS || w === 'twenty') {
      const inner = this.ordinalWordPoint(n);
      if (inner && inner.k === 'pt' && (inner.t === 'century' || inner.t === 'day')) {
        inner.s = t.s;
        return inner;
      }
      return null;
    }
    const sm = this.re(SEASON_RE, n.s, false);
    if (sm) return this.seasonPoint(t.s, n, ctx, true);
    return null;
  }

  /** After a part word at `pt` (early, mid-, the end ...): "of"? then the period. */
  private partPoint(pt: Tok, s: number, part: PartKind, needOf: boolean): Pt | null {
    let q = pt.e;
    const text = this.text;
    if (text[q] === '-' || text[q] === '\u2013') q++;
    else if (needOf) {
      const of = this.tok(q);
      if (!of || of.w !== 'of') return null;
      q = of.e;
    } else {
      const n = this.tok(q);
      if (n && n.w === 'in') q = n.e; // early in 1923
    }
    if (pt.w === 'end' && !needOf && text[pt.e] !== '-') return null;
    return this.partInner(q, s, part);
  }

  private partInner(q: number, s: number, part: PartKind): Pt | null {
    const inner = this.point(q, { inner: true, partner: false });
    if (!inner || inner.k !== 'pt' || inner.part || inner.t === 'day') return null;
    inner.part = part;
    inner.s = s;
    inner.needsPartner = false;
    inner.bareYear = false;
    return inner;
  }

  /** "nineteenth century", "fourth of January", "twenty-first century". */
  private ordinalWordPoint(t: Tok): Pt | null {
    let n = ORDINAL_WORDS[t.w];
    let e = t.e;
    if (t.w === 'twenty') {
      const d = this.tok(e);
      const o = d && (d.w === '-' ? this.tok(d.e) : d);
      if (!o || !(o.w in ORDINAL_WORDS) || ORDINAL_WORDS[o.w] > 9) return null;
      n = 20 + ORDINAL_WORDS[o.w];
      e = o.e;
    } else if (t.w === 'thirtieth') n = 30;
    const cm = this.re(CENTURY_RE, e, false);
    if (cm) {
      if (cm[1].toLowerCase() !== 'century') return null;
      return this.centuryFrom(t.s, CENTURY_RE.lastIndex, n);
    }
    const of = this.tok(e);
    if (of && of.w === 'of' && n <= 31) {
      const mm = this.re(MONTH_RE, of.e);
      if (mm && isUpper(this.text[Recognizer.st(mm)])) {
        const r = this.dayMonth(t.s, n, MONTH_RE.lastIndex, MONTHS[monthName(mm)]);
        if (r) r.viaOf = true;
        return r;
      }
    }
    return null;
  }

  private centuryFrom(s: number, e: number, n: number): Pt | null {
    if (n < 1 || n > 21) return null;
    const em = this.re(ERA_RE, e);
    if (em) {
      const bc = em[1][0] === 'B';
      e = ERA_RE.lastIndex;
      if (bc) {
        // nth century BC: (n*100) BC .. ((n-1)*100+1) BC
        return { k: 'pt', s, e, t: 'century', y: 1 - n * 100 };
      }
    }
    return { k: 'pt', s, e, t: 'century', y: (n - 1) * 100 };
  }

  /** Day number then month: "4 January 1923", "4th of January", "12–14 March 1921". */
  private dayMonth(s: number, d: number, q: number, m: number): Pt | null {
    if (d < 1 || d > 31) return null;
    const pt: Pt = { k: 'pt', s, e: q, t: 'day', m, d };
    const y = this.yearAfter(q, true);
    if (y) {
      pt.y = y.y;
      pt.e = y.e;
    }
    if (pt.y !== undefined && !isValidCivil(pt.y, m, d)) return null;
    if (pt.y === undefined && d > daysInMonth(2000, m)) return null;
    return pt;
  }

  /** An optional ", 1923" / " 1923" / " of 1923" / " 44 BC" after a month or day. */
  private yearAfter(q: number, commaOk: boolean): { y: number; e: number } | null {
    let p = this.ws(q);
    const text = this.text;
    if (commaOk && text[p] === ',') p = this.ws(p + 1);
    else {
      const of = this.tok(p);
      if (of && of.w === 'of') p = this.ws(of.e);
    }
    const m = this.re(YEARNUM_RE, p, false);
    if (!m) return null;
    const digits = m[1];
    let e = YEARNUM_RE.lastIndex;
    const em = this.re(ERA_RE, e);
    let y = parseInt(digits, 10);
    if (em) {
      e = ERA_RE.lastIndex;
      if (em[1][0] === 'B') y = 1 - y;
      else if (y < 1) return null;
    } else {
      if (digits.length !== 4) return null;
      const c = text.charCodeAt(e);
      if (isLetterCode(c) || c === 44 && isDigitCode(text.charCodeAt(e + 1)) || (c === 46 && isDigitCode(text.charCodeAt(e + 1))) || c === 58 && isDigitCode(text.charCodeAt(e + 1))) return null;
    }
    return { y, e };
  }

  private numberPoint(t: Tok, ctx: { inRange?: boolean; inner?: boolean; partner?: boolean; afterThe?: boolean }): Pt | Rng | null {
    const text = this.text;
    const s = t.s;
    // Digits glued to letters or other digits-groups are not dates.
    const before = s > 0 ? text.charCodeAt(s - 1) : 32;
    if (isLetterCode(before) || before === 36 || before === 163 || before === 0x20ac || before === 35 || before === 61 || before === 95 || before === 0xb0 || before === 0x2116 || before === 92) return null;
    if ((before === 44 || before === 46 || before === 58) && s > 1 && isDigitCode(text.charCodeAt(s - 2))) return null;
    if ((before === 45 || before === 0x2013 || before === 47) && s > 1 && isDigitCode(text.charCodeAt(s - 2)) && !ctx.inRange) return null;
    const len = t.e - t.s;

    // ISO 1923-10-08
    if (len === 4) {
      const im = this.re(ISO_RE, s, false);
      if (im) {
        const y = +im[1], m = +im[2], d = +im[3];
        if (isValidCivil(y, m, d)) return { k: 'pt', s, e: ISO_RE.lastIndex, t: 'day', y, m, d };
        return null;
      }
    }
    // 8.10.1923 / 08/10/1923
    if (len <= 2) {
      const nm = this.re(NUMERIC_RE, s, false);
      if (nm) {
        let a = +nm[1], b = +nm[3];
        const y = +nm[4];
        let d = a, m = b;
        if (b > 12 && a <= 12) (d = b), (m = a);
        if (isValidCivil(y, m, d)) return { k: 'pt', s, e: NUMERIC_RE.lastIndex, t: 'day', y, m, d };
        return null;
      }
    }
    // Ordinals: 19th century / 19th-century / 4th of January
    const om = this.re(ORD_NUM_RE, s, false);
    if (om) {
      const n = +om[1];
      const cm = this.re(CENTURY_RE, ORD_NUM_RE.lastIndex, false);
      if (cm) {
        if (cm[1].toLowerCase() !== 'century') return null;
        return this.centuryFrom(s, CENTURY_RE.lastIndex, n);
      }
    }
    // Day ranges: 12–14 March 1921
    if (len <= 2) {
      const dr = this.re(DAYRANGE_RE, s, false);
      if (dr) {
        const mm = this.re(MONTH_RE, DAYRANGE_RE.lastIndex);
        if (mm && isUpper(text[Recognizer.st(mm)])) {
          const m = MONTHS[monthName(mm)];
          const d1 = +dr[1];
          const d2 = +dr[2];
          const b = this.dayMonth(s, d2, MONTH_RE.lastIndex, m);
          if (b && d1 >= 1 && d1 < d2) {
            const a: Pt = { k: 'pt', s, e: s + dr[1].length, t: 'day', m, d: d1, y: b.y };
            b.s = s + dr[0].length - dr[2].length - (dr[0].length - dr[0].trimEnd().length);
            const r: Rng = { k: 'range', s, e: b.e, a, b };
            a.y = undefined;
            return r;
          }
        }
      }
      // Day month: 4 January 1923 / 4th of January
      const dm = this.re(DAY_RE, s, false);
      if (dm) {
        let q = DAY_RE.lastIndex;
        let viaOf = false;
        const of = this.tok(q);
        if (of && of.w === 'of') {
          q = of.e;
          viaOf = true;
        }
        const mm = this.re(MONTH_RE, q);
        if (mm && isUpper(text[Recognizer.st(mm)])) {
          const r = this.dayMonth(s, +dm[1], MONTH_RE.lastIndex, MONTHS[monthName(mm)]);
          if (r) {
            r.viaOf = viaOf;
            return r;
          }
        }
      }
    }
    // Years with an era: 44 BC, 800 AD
    if (len <= 4) {
      const em = this.re(ERA_RE, t.e);
      if (em) {
        let y = parseInt(t.w, 10);
        if (y < 1) return null;
        if (em[1][0] === 'B') y = 1 - y;
        return { k: 'pt', s, e: ERA_RE.lastIndex, t: 'year', y };
      }
    }
    // Decades and centuries: 1920s, 1920's, 1800s, the 30's
    if (len >= 2 && len <= 4 && t.w.endsWith('0')) {
      const suf = this.re(DECADE_SUFFIX_RE, t.e, false);
      if (suf) {
        const n = parseInt(t.w, 10);
        const e = DECADE_SUFFIX_RE.lastIndex;
        if (len === 2) {
          const pv = this.prevWord(s);
          if ((pv && pv.w === 'the') || ctx.afterThe) return { k: 'pt', s, e, t: 'decade', decadeShort: n };
          return null;
        }
        if (len === 3 && !ctx.afterThe) return null;
        if (n % 100 === 0 && n >= 100) return { k: 'pt', s, e, t: 'century', y: n };
        return { k: 'pt', s, e, t: 'decade', y: n };
      }
    }
    // Bare years
    if (len === 4) {
      const y = parseInt(t.w, 10);
      if (y < 1000 || y > 2099) return null;
      if (!this.yearOk(s, t.e, !!ctx.inRange)) return null;
      const pt: Pt = { k: 'pt', s, e: t.e, t: 'year', y, bareYear: true };
      if (before === 40 && text.charCodeAt(t.e) === 41) pt.paren = true;
      return pt;
    }
    return null;
  }

  /** Filters for a bare 4-digit year at [s, e). */
  private yearOk(s: number, e: number, inRange: boolean): boolean {
    const text = this.text;
    const c = text.charCodeAt(e);
    if (isLetterCode(c)) return false;
    const c1 = text.charCodeAt(e + 1);
    if ((c === 44 || c === 46 || c === 58) && isDigitCode(c1)) return false; // 1905,000 / 1923.5 / 19:30
    if (c === 37 || c === 0x2030) return false; // %
    const pv = this.prevWord(s);
    const pvw = pv ? pv.w : '';
    if (pv && REF_WORDS.has(pvw)) {
      // "in the year 1917" is fine, "p. 1917", "No. 1917", "page 1917" are not.
      return false;
    }
    if (pv && (pvw === '°' || pvw === '\u2116' || pvw === '#' || pvw === '§' || pvw === '$' || pvw === '£' || pvw === '€' || pvw === '+' || pvw === '×')) return false;
    // "555 1923 444": a run of plain digit groups (not a table of formatted numbers)
    const plain = (t: Tok) => /^\d{1,4}$/.test(t.w) && !/[.,'\u2019]\d/.test(text.slice(t.e, t.e + 2)) && !/\d[.,'\u2019]$/.test(text.slice(Math.max(0, t.s - 2), t.s));
    if (pv && /^\d+$/.test(pvw) && pv.e < s && /^[ \t]+$/.test(text.slice(pv.e, s)) && plain(pv)) return false;
    const nt = this.tok(e);
    if (nt && /^\d+$/.test(nt.w) && nt.s > e && /^[ \t]+$/.test(text.slice(e, nt.s)) && plain(nt)) return false;
    if (inRange) return !(nt && COUNT_NOUNS.has(nt.w));
    if (nt && isLetterCode(text.charCodeAt(nt.s))) {
      const nw = nt.w;
      const strong = TEMPORAL_PREPS.has(pvw);
      if (!strong && COUNT_NOUNS.has(nw)) return false;
      if (nw === 'per' || nw === 'percent') return false;
      if (
        !strong &&
        QUANTITY_CUES.has(pvw) &&
        !isUpper(text[nt.s]) &&
        nw.length > 3 &&
        nw.endsWith('s') &&
        !nw.endsWith('ss') &&
        !nw.endsWith('us') &&
        !nw.endsWith('is')
      )
        return false;
    }
    return true;
  }

  private monthPoint(t: Tok, mm: RegExpExecArray, ctx: { partner?: boolean; inRange?: boolean; inner?: boolean }): Pt | Rng | null {
    const text = this.text;
    if (!isUpper(text[t.s])) return null;
    const name = monthName(mm);
    const m = MONTHS[name];
    const abbrev = name.length <= 4 && name !== 'may' && name !== 'june' && name !== 'july';
    const e = MONTH_RE.lastIndex;
    // "May Day"
    const nx = this.tok(e);
    if (m === 5 && nx && nx.w === 'day' && isUpper(text[nx.s])) {
      const y = this.yearAfter(nx.e, true);
      if (y) return { k: 'pt', s: t.s, e: y.e, t: 'day', y: y.y, m: 5, d: 1 };
      return null;
    }
    // Month day
    const dm = this.re(DAY_RE, e);
    if (dm) {
      const d = +dm[1];
      let de = DAY_RE.lastIndex;
      const after = text.charCodeAt(de);
      if (d >= 1 && d <= 31 && !(after === 58 && isDigitCode(text.charCodeAt(de + 1))) && !(after === 44 && isDigitCode(text.charCodeAt(de + 1)))) {
        // March 12–14, 1921
        const dr = this.re(DAY2_RE, de, false);
        let d2: number | undefined;
        let d2s = 0;
        if (dr) {
          const v = +dr[2];
          if (v > d && v <= 31 && (dr[1] !== 'and' && dr[1] !== '&' || this.yearAfter(DAY2_RE.lastIndex, true))) {
            d2 = v;
            d2s = de + dr[0].lastIndexOf(dr[2]);
            de = dr.index + dr[0].length;
          }
        }
        const pt: Pt = { k: 'pt', s: t.s, e: de, t: 'day', m, d };
        const y = this.yearAfter(de, true);
        if (y) {
          pt.y = y.y;
          pt.e = y.e;
        }
        if (pt.y !== undefined ? !isValidCivil(pt.y, m, d) : d > daysInMonth(2000, m)) return null;
        if (d2 !== undefined) {
          const b: Pt = { k: 'pt', s: d2s, e: pt.e, t: 'day', m, d: d2, y: pt.y };
          if (pt.y !== undefined && !isValidCivil(pt.y, m, d2)) return null;
          const a: Pt = { ...pt, e: d2s - 1 };
          return { k: 'range', s: t.s, e: pt.e, a, b };
        }
        return pt;
      }
    }
    // Month year
    const y = this.yearAfter(e, true);
    if (y) return { k: 'pt', s: t.s, e: y.e, t: 'month', y: y.y, m };
    if (abbrev) {
      // "Sept.-Oct. 1947"
      if (ctx.partner && /^[ \t]*[-\u2013]/.test(text.slice(e, e + 3))) return { k: 'pt', s: t.s, e, t: 'month', m, needsPartner: true };
      return null;
    }
    // Bare month: needs a cue.
    if (nx && EVENT_HEADS.has(nx.w) && isUpper(text[nx.s])) return null;
    if (nx && (nx.w === "'" || nx.w === '\u2019') && this.tok(nx.e)?.w === 's') return null; // October's
    if (ctx.inner || ctx.inRange) return { k: 'pt', s: t.s, e, t: 'month', m };
    const pv = this.prevWord(t.s);
    if (pv && MONTH_CUES.has(pv.w) && pv.w !== 'from') return { k: 'pt', s: t.s, e, t: 'month', m };
    if (ctx.partner && (m !== 5 || /^[ \t]*[-\u2013]/.test(text.slice(e, e + 3)))) return { k: 'pt', s: t.s, e, t: 'month', m, needsPartner: true };
    return null;
  }

  private seasonPoint(s: number, st: Tok, ctx: { partner?: boolean; inRange?: boolean; inner?: boolean }, withThe: boolean): Pt | null {
    const text = this.text;
    const code = SEASONS[st.w];
    if (code === undefined) return null;
    const cap = isUpper(text[st.s]);
    let e = st.e;
    const n = this.tok(e);
    // the spring of 1921 / spring 1921 / spring, 1921
    let q = e;
    if (n && n.w === 'of') q = n.e;
    const ym = this.re(YEAR4_RE, q);
    if (ym) {
      const y = +ym[1];
      let ye = YEAR4_RE.lastIndex;
      if (y >= 1000 && y <= 2099 && !isLetterCode(text.charCodeAt(ye)) && !(text[ye] === ',' && isDigitCode(text.charCodeAt(ye + 1)))) {
        // winter 1920–21 / winter of 1920-1921 = the winter starting in 1920
        if (code === 24) {
          const nx = /[-\u2013/](\d{2}|\d{4})(?!\d)/y;
          nx.lastIndex = ye;
          const r = nx.exec(text);
          if (r) {
            const v = +r[1];
            if ((r[1].length === 2 && v === (y + 1) % 100) || v === y + 1) ye = nx.lastIndex;
          }
        }
        return { k: 'pt', s, e: ye, t: 'season', y, season: code };
      }
    }
    if (n && n.w === 'of') return null; // "the fall of the government"
    if (n && cap && isUpper(text[n.s]) && /^[a-z]+$/.test(n.w) && !(n.w in MONTHS)) return null; // "Winter Palace"
    if (st.w === 'fall' && !withThe) return null;
    if (ctx.inner || ctx.inRange) return { k: 'pt', s, e, t: 'season', season: code };
    const pv = this.prevWord(s);
    if (pv && (MONTH_CUES.has(pv.w) || pv.w === 'through' || pv.w === 'over') && pv.w !== 'from') return { k: 'pt', s, e, t: 'season', season: code };
    return null;
  }

  // --- relative, durations, sets ------------------------------------------------

  private setAt(as: number, ae: number): Cand | null {
    const n = this.tok(ae);
    if (!n) return null;
    const text = this.text;
    let e = -1;
    if (n.w in UNIT_WORDS && !n.w.endsWith('s')) e = n.e;
    else if (n.w in SEASONS) e = n.e;
    else if (WEEKDAYS.has(n.w) && n.w.length > 3 && isUpper(text[n.s])) e = n.e;
    else if (n.w === 'christmas') e = n.e;
    else {
      const mm = this.re(MONTH_RE, n.s, false);
      if (mm && mm[1] && isUpper(text[n.s])) {
        e = MONTH_RE.lastIndex;
        const d = this.tok(e);
        if (d && d.w === 'day' && isUpper(text[d.s])) e = d.e;
      }
    }
    if (e < 0) return null;
    return { k: 'set', s: as, e };
  }

  private relativeAt(us: number, ue: number, unitW: Unit | 'week' | 'fortnight'): Cand | null {
    const text = this.text;
    if (us > 0 && (text[us - 1] === '-' || text[us - 1] === "'" || text[us - 1] === '\u2019')) return null; // five-year plan
    const word = text.slice(us, ue).toLowerCase();
    const plural = word.endsWith('s');
    let unit: Unit = unitW === 'week' || unitW === 'fortnight' ? 'day' : unitW;
    const mult = unitW === 'week' ? 7 : unitW === 'fortnight' ? 14 : 1;
    const p1 = this.prev(us);
    if (!p1 || p1.s < this.lastEnd) return null;
    const nx = this.tok(ue);
    const nxw = nx ? nx.w : '';

    // the next day / the following year / the same day
    const DIR: Record<string, -1 | 0 | 1> = { next: 1, following: 1, subsequent: 1, previous: -1, preceding: -1, same: 0 };
    if (!plural && p1.w in DIR) {
      const p2 = this.prev(p1.s);
      if (p2 && p2.w === 'the' && p2.s >= this.lastEnd) {
        return { k: 'relative', s: p2.s, e: ue, unit, nLo: mult, nHi: mult, dir: DIR[p1.w], approx: false };
      }
      return null;
    }
    if (!plural && p1.w === 'the' && (nxw === 'before' || nxw === 'after' || nxw === 'later' || nxw === 'earlier')) {
      const dir = nxw === 'before' || nxw === 'earlier' ? -1 : 1;
      return this.relTail(p1.s, nx!, unit, mult, mult, dir, false);
    }
    if (!plural && (p1.w === 'that' || p1.w === 'this') && unitW !== 'fortnight' && unit !== 'decade') {
      if (nxw === 'of') return null;
      return { k: 'relative', s: p1.s, e: ue, unit, nLo: 0, nHi: 0, dir: 0, approx: false };
    }
    // counts: "two years", "a few days", "several weeks", "3 months"
    let nLo = 0;
    let nHi = 0;
    let s = p1.s;
    let hasNum = false;
    let strongNum = false;
    if (/^\d{1,3}$/.test(p1.w)) {
      nLo = nHi = parseInt(p1.w, 10);
      hasNum = strongNum = true;
    } else if (p1.w in NUMBER_WORDS) {
      nLo = nHi = NUMBER_WORDS[p1.w];
      hasNum = true;
      strongNum = p1.w !== 'a' && p1.w !== 'an';
      // "twenty-five"
    } else if (p1.w === 'few' || p1.w === 'several' || p1.w === 'many') {
      if (p1.w === 'many') return null;
      [nLo, nHi] = p1.w === 'few' ? [2, 5] : [3, 7];
      hasNum = true;
      const p2 = this.prev(p1.s);
      if (p1.w === 'few' && p2 && p2.w === 'a') s = p2.s;
      else if (p1.w === 'few') return null; // "few years" ≈ not many
    } else if (p1.w === 'of') {
      const p2 = this.prev(p1.s);
      const p3 = p2 && this.prev(p2.s);
      if (p2 && p2.w === 'couple' && p3 && p3.w === 'a') {
        nLo = nHi = 2;
        hasNum = true;
        s = p3.s;
      } else return null;
    } else if (p1.w === 'half' ) {
      return null;
    }
    if (!hasNum) return null;
    if (!plural && nHi > 1) return null; // "two year" is a typo or an adjective
    if (s < this.lastEnd) return null;
    // approximation before the count
    let approx = false;
    const pa = this.prev(s);
    if (pa && pa.s >= this.lastEnd && (pa.w === 'about' || pa.w === 'some' || pa.w === 'around' || pa.w === 'roughly' || pa.w === 'approximately' || pa.w === 'nearly' || pa.w === 'almost')) {
      approx = true;
      s = pa.s;
    }
    const pb = this.prev(s);
    nLo *= mult;
    nHi *= mult;
    if (nxw === 'old' || nxw === 'younger' || nxw === 'older' || nxw === 'senior' || nxw === 'junior') return null;
    if (nxw === 'later' || nxw === 'afterwards' || nxw === 'afterward' || nxw === 'after' || nxw === 'on' && this.isClauseEnd(nx!.e)) {
      return this.relTail(s, nx!, unit, nLo, nHi, 1, approx);
    }
    if (nxw === 'earlier' || nxw === 'before' || nxw === 'previously' || nxw === 'prior' || nxw === 'ago') {
      if (nxw === 'ago') return { k: 'relative', s, e: nx!.e, unit, nLo, nHi, dir: -1, approx, noInterval: true };
      if (nxw === 'prior') {
        const to = this.tok(nx!.e);
        if (to && to.w === 'to') {
          const r = this.relTail(s, to, unit, nLo, nHi, -1, approx);
          if (r && r.k === 'relative' && r.base) {
            r.e = r.base.e;
            return r;
          }
          return { k: 'relative', s, e: nx!.e, unit, nLo, nHi, dir: -1, approx, noInterval: true };
        }
      }
      return this.relTail(s, nx!, unit, nLo, nHi, -1, approx);
    }
    if (pb && pb.w === 'in' && pb.s >= this.lastEnd && nxw !== 'of' && nxw !== 'when' && nxw !== 'which' && nxw !== 'that' && nxw !== 'where') {
      if (!strongNum && !approx && nLo === 1 && nxw && /^[a-z]/.test(nxw) && !this.isClauseEnd(ue)) return null;
      return { k: 'relative', s: pb.s, e: ue, unit, nLo, nHi, dir: 1, approx };
    }
    // durations
    if ((strongNum && !(nLo === mult && p1.w === 'one')) || (pb && pb.w === 'for')) {
      if (nxw === 'of' && !strongNum) return null;
      return { k: 'duration', s, e: ue };
    }
    return null;
  }

  private isClauseEnd(pos: number): boolean {
    const t = this.tok(pos);
    if (!t) return true;
    return !isLetterCode(this.text.charCodeAt(t.s)) && !isDigitCode(this.text.charCodeAt(t.s)) || t.w === 'and' || t.w === 'but' || t.w === 'when';
  }

  /** After "later"/"after"/"before": an explicit base date, or the previous mention. */
  private relTail(s: number, cue: Tok, unit: Unit, nLo: number, nHi: number, dir: -1 | 1, approx: boolean): Cand {
    if (cue.w === 'after' || cue.w === 'before' || cue.w === 'to') {
      const saved = this.lastEnd;
      this.lastEnd = cue.e;
      let base: Cand | null = null;
      try {
        base = this.expr(this.ws(cue.e));
      } finally {
        this.lastEnd = saved;
      }
      if (base && (base.k === 'pt' || base.k === 'range') && (base.k !== 'pt' || base.y !== undefined || base.t === 'day' || base.t === 'month')) {
        return { k: 'relative', s, e: base.e, unit, nLo, nHi, dir, approx, base };
      }
      // "the day after the congress", "a week before Lenin's death": counted from an event
      const nt = this.tok(cue.e);
      if (nt && (DETERMINERS.has(nt.w) || isUpper(this.text[nt.s]))) return { k: 'relative', s, e: cue.e, unit, nLo, nHi, dir, approx, noInterval: true };
    }
    return { k: 'relative', s, e: cue.e, unit, nLo, nHi, dir, approx };
  }

  // --- resolution -----------------------------------------------------------------

  private sectionOf(pos: number): number {
    if (!this.headings) this.headings = findHeadings(this.text);
    const h = this.headings;
    let lo = 0;
    let hi = h.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (h[mid] <= pos) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }

  private resolve(cands: Cand[]): DateMention[] {
    const out: DateMention[] = [];
    let disc: { y: number; yLo: number; lo: number; hi: number; span: Span; sec: number } | undefined;
    let last: { lo: number; hi: number; g: Granularity; span: Span } | undefined;
    const text = this.text;
    for (const c of cands) {
      const mention: DateMention = { start: c.s, end: c.e, text: text.slice(c.s, c.e), kind: 'date', qualifiers: [] };
      if (c.k === 'duration' || c.k === 'set') {
        mention.kind = c.k;
        out.push(mention);
        continue;
      }
      const sec = this.sectionOf(c.s);
      const discYear = disc && disc.sec === sec ? disc : undefined;
      if (c.k === 'relative') {
        mention.kind = 'relative';
        mention.granularity = UNIT_GRAN[c.unit];
        if (c.approx) mention.qualifiers.push('approximate');
        let base: { lo: number; hi: number; g: Granularity; span: Span } | undefined = last;
        if (c.base) {
          const b = this.resolveCand(c.base, discYear?.y);
          base = b ? { lo: b.lo, hi: b.hi, g: b.g, span: { start: c.base.s, end: c.base.e } } : undefined;
        }
        if (!c.noInterval && base) {
          const r = relativeInterval(base, c);
          if (r) {
            mention.interval = { earliest: dayToIso(r[0]), latest: dayToIso(r[1]) };
            mention.granularity = r[2];
            mention.anchor = base.span;
            mention.edtf = toEdtf({ interval: mention.interval, granularity: r[2] });
            last = { lo: r[0], hi: r[1], g: r[2], span: { start: c.s, end: c.e } };
            const a = civilFromDays(r[0]);
            const b = civilFromDays(r[1]);
            if (a.y === b.y && (r[2] === 'day' || r[2] === 'month' || r[2] === 'year')) disc = { y: a.y, yLo: a.y, lo: r[0], hi: r[1], span: { start: c.s, end: c.e }, sec };
          }
        }
        out.push(mention);
        continue;
      }
      // Points and ranges.
      const explicitYear = c.k === 'pt' ? explicitY(c) : explicitY(c.b) ?? explicitY(c.a);
      let year: number | undefined = undefined;
      let implied = false;
      const needYear = c.k === 'pt' ? c.y === undefined : c.a.y === undefined && c.b.y === undefined;
      if (needYear) {
        if (discYear) {
          year = discYear.y;
          // a range in the discourse: the year that puts the date inside it
          for (let y = discYear.yLo; y < discYear.y; y++) {
            const pt = c.k === 'pt' ? c : c.a;
            const r = ptBounds(pt, y);
            if (r && r[0] <= discYear.hi && r[1] >= discYear.lo) {
              year = y;
              break;
            }
          }
          implied = true;
          mention.anchor = discYear.span;
        } else if (this.options.defaultYear !== undefined) {
          year = this.options.defaultYear;
          implied = true;
        } else if (c.k === 'pt' && c.decadeShort !== undefined) {
          year = 1900;
        }
      }
      if (c.k === 'pt' && c.decadeShort !== undefined && !discYear) implied = false;
      const r = this.resolveCand(c, year);
      if (c.k === 'range') mention.kind = 'range';
      if (implied) mention.implied = true;
      if (!r) {
        if (implied) delete mention.anchor;
        if (c.k === 'pt') mention.granularity = c.t;
        out.push(mention);
        continue;
      }
      mention.interval = { earliest: dayToIso(r.lo), latest: dayToIso(r.hi) };
      mention.granularity = r.g;
      mention.qualifiers = r.q;
      mention.edtf = r.edtf;
      const cal = c.cal;
      if (cal) {
        mention.calendar = cal;
        const conv = cal === 'julian' ? julianToGregorian : gregorianToJulian;
        mention.otherCalendar = {
          earliest: dayToIso(conv(r.lo)),
          latest: dayToIso(conv(r.hi)),
          calendar: cal === 'julian' ? 'gregorian' : 'julian',
        };
      }
      out.push(mention);
      last = { lo: r.lo, hi: r.hi, g: r.g, span: { start: c.s, end: c.e } };
      if (explicitYear !== undefined && (r.g === 'day' || r.g === 'month' || r.g === 'season' || r.g === 'year')) {
        const paren = c.k === 'pt' ? c.paren : c.a.paren || (text[c.s - 1] === '(' && text[c.e] === ')');
        if (!paren) {
          const yLo = Math.min(explicitYear, civilFromDays(r.lo).y);
          disc = { y: explicitYear, yLo: Math.max(yLo, explicitYear - 20), lo: r.lo, hi: r.hi, span: { start: c.s, end: c.e }, sec };
        }
      }
    }
    return out;
  }

  private resolveCand(c: Pt | Rng, year: number | undefined): { lo: number; hi: number; g: Granularity; q: DateQualifier[]; edtf?: string } | null {
    if (c.k === 'pt') {
      const y = c.y ?? (c.decadeShort !== undefined ? undefined : year);
      let r: [number, number] | null;
      if (c.decadeShort !== undefined) {
        const cent = year !== undefined ? year - (((year % 100) + 100) % 100) : 1900;
        r = ptBounds({ ...c, y: cent + c.decadeShort }, cent + c.decadeShort);
      } else {
        if (y === undefined) return null;
        r = ptBounds(c, y);
      }
      if (!r) return null;
      const g = c.t;
      const q = qualifiersOf(c);
      let [lo, hi] = r;
      if (c.approx) [lo, hi] = widenApproximate(lo, hi, g);
      const res = { lo, hi, g, q, edtf: undefined as string | undefined };
      res.edtf = toEdtf({ interval: { earliest: dayToIso(lo), latest: dayToIso(hi) }, granularity: g, qualifiers: q });
      return res;
    }
    // ranges: fill missing years from the other end
    const a = { ...c.a };
    const b = { ...c.b };
    if (a.y === undefined && b.y === undefined) {
      if (year === undefined) return null;
      b.y = year;
    }
    if (a.y === undefined && b.y !== undefined) {
      a.y = b.y;
      const ra = ptBounds(a, a.y);
      const rb = ptBounds(b, b.y);
      if (ra && rb && ra[0] > rb[0]) a.y = b.y - 1;
    } else if (b.y === undefined && a.y !== undefined) {
      b.y = a.y;
      const ra = ptBounds(a, a.y);
      const rb = ptBounds(b, b.y);
      if (ra && rb && rb[0] < ra[0]) b.y = a.y + 1;
    }
    const ra = this.resolveCand(a, a.y);
    const rb = this.resolveCand(b, b.y);
    if (!ra || !rb || ra.lo > rb.hi) return null;
    const order: Granularity[] = ['day', 'month', 'season', 'year', 'decade', 'century'];
    const g = order[Math.max(order.indexOf(ra.g), order.indexOf(rb.g))];
    const q: DateQualifier[] = [];
    for (const x of [...ra.q, ...rb.q]) if (!q.includes(x)) q.push(x);
    let edtf: string | undefined;
    if (ra.edtf && rb.edtf && !ra.edtf.includes('/') && !rb.edtf.includes('/')) edtf = `${ra.edtf}/${rb.edtf}`;
    else edtf = toEdtf({ interval: { earliest: dayToIso(ra.lo), latest: dayToIso(rb.hi) }, granularity: g, qualifiers: q });
    return { lo: ra.lo, hi: rb.hi, g, q, edtf };
  }
}

function explicitY(p: Pt): number | undefined {
  if (p.y === undefined || p.t === 'decade' || p.t === 'century') return undefined;
  return p.y;
}

function qualifiersOf(p: Pt): DateQualifier[] {
  const q: DateQualifier[] = [];
  if (p.approx) q.push('approximate');
  switch (p.part) {
    case 'early':
    case 'begin':
    case 'half1':
      q.push('early');
      break;
    case 'mid':
      q.push('mid');
      break;
    case 'late':
    case 'end':
    case 'half2':
      q.push('late');
      break;
  }
  return q;
}

/** Day bounds of a point for a given year, with parts applied; null if invalid. */
function ptBounds(p: Pt, y: number): [number, number] | null {
  let lo: number;
  let hi: number;
  if (p.easter) {
    const [em, ed] = easterDate(y);
    p = { ...p, m: em, d: ed };
  }
  switch (p.t) {
    case 'day':
      if (p.m === undefined || p.d === undefined || !isValidCivil(y, p.m, p.d)) return null;
      lo = hi = daysFromCivil(y, p.m, p.d);
      return [lo, hi];
    case 'month':
      [lo, hi] = monthBounds(y, p.m!);
      break;
    case 'season':
      [lo, hi] = seasonBounds(y, p.season!);
      break;
    case 'year':
      [lo, hi] = yearBounds(y);
      break;
    case 'decade':
      lo = daysFromCivil(y, 1, 1);
      hi = daysFromCivil(y + 9, 12, 31);
      break;
    case 'century':
      lo = daysFromCivil(y, 1, 1);
      hi = daysFromCivil(y + 99, 12, 31);
      break;
  }
  if (p.part) [lo, hi] = applyPart(p.t, lo, p.part);
  return [lo, hi];
}

/** Easter Sunday as written: Gregorian computus from 1583, Julian before. */
function easterDate(y: number): [number, number] {
  if (y < 1583) {
    const a = ((y % 4) + 4) % 4;
    const b = ((y % 7) + 7) % 7;
    const c = ((y % 19) + 19) % 19;
    const d = (19 * c + 15) % 30;
    const e = (((2 * a + 4 * b - d + 34) % 7) + 7) % 7;
    const f = d + e + 114;
    return [Math.floor(f / 31), (f % 31) + 1];
  }
  const a = y % 19;
  const b = Math.floor(y / 100);
  const c = y % 100;
  const d = Math.floor(b / 4);
  const e = b % 4;
  const f = Math.floor((b + 8) / 25);
  const g = Math.floor((b - f + 1) / 3);
  const h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4);
  const k = c % 4;
  const l = (32 + 2 * e + 2 * i - h - k) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const n = h + l - 7 * m + 114;
  return [Math.floor(n / 31), (n % 31) + 1];
}

function applyPart(t: PtType, lo: number, part: PartKind): [number, number] {
  if (t === 'month') {
    const c = civilFromDays(lo);
    const n = daysInMonth(c.y, c.m);
    const r: Record<PartKind, [number, number]> = {
      early: [1, 10], begin: [1, 10], mid: [11, 20], late: [21, n], end: [21, n], half1: [1, 15], half2: [16, n],
    };
    const [a, b] = r[part];
    return [lo + a - 1, lo + b - 1];
  }
  const byMonth = t === 'year' || t === 'season';
  const a = civilFromDays(lo);
  const n = byMonth ? (t === 'year' ? 12 : 3) : t === 'decade' ? 10 : 100;
  let i0: number;
  let i1: number;
  switch (part) {
    case 'early':
      [i0, i1] = [0, Math.ceil(n / 3) - 1];
      break;
    case 'late':
      [i0, i1] = [n - Math.floor(n / 3), n - 1];
      break;
    case 'mid':
      [i0, i1] = [Math.ceil(n / 3), n - Math.floor(n / 3) - 1];
      break;
    case 'begin':
      [i0, i1] = [0, Math.ceil(n / 4) - 1];
      break;
    case 'end':
      [i0, i1] = [n - Math.ceil(n / 4), n - 1];
      break;
    case 'half1':
      [i0, i1] = [0, Math.ceil(n / 2) - 1];
      break;
    case 'half2':
      [i0, i1] = [Math.ceil(n / 2), n - 1];
      break;
  }
  if (byMonth) {
    const m0 = a.y * 12 + a.m - 1 + i0;
    const m1 = a.y * 12 + a.m - 1 + i1;
    const y0 = Math.floor(m0 / 12);
    const y1 = Math.floor(m1 / 12);
    return [monthBounds(y0, m0 - y0 * 12 + 1)[0], monthBounds(y1, m1 - y1 * 12 + 1)[1]];
  }
  return [daysFromCivil(a.y + i0, 1, 1), daysFromCivil(a.y + i1, 12, 31)];
}

const GRAN_RANK: Record<Granularity, number> = { day: 0, month: 1, season: 2, year: 3, decade: 4, century: 5 };
const UNIT_GRAN: Record<Unit, Granularity> = { day: 'day', month: 'month', year: 'year', decade: 'decade' };

function shiftUnit(day: number, unit: Unit, n: number): number {
  if (unit === 'day') return day + n;
  const c = civilFromDays(day);
  const months = unit === 'month' ? n : unit === 'year' ? n * 12 : n * 120;
  const total = c.y * 12 + c.m - 1 + months;
  const y = Math.floor(total / 12);
  const m = total - y * 12 + 1;
  return daysFromCivil(y, m, Math.min(c.d, daysInMonth(y, m)));
}

function unitBounds(day: number, unit: Unit): [number, number] {
  const c = civilFromDays(day);
  switch (unit) {
    case 'day':
      return [day, day];
    case 'month':
      return monthBounds(c.y, c.m);
    case 'year':
      return yearBounds(c.y);
    case 'decade': {
      const y0 = c.y - (((c.y % 10) + 10) % 10);
      return [daysFromCivil(y0, 1, 1), daysFromCivil(y0 + 9, 12, 31)];
    }
  }
}

/** "about two years later": the count widened by a quarter (at least one unit). */
function approxCount(r: Rel): [number, number] {
  if (!r.approx) return [r.nLo, r.nHi];
  const d = Math.max(1, Math.round(r.nHi / 4));
  return [Math.max(0, r.nLo - d), r.nHi + d];
}

function relativeInterval(
  base: { lo: number; hi: number; g: Granularity },
  r: Rel,
): [number, number, Granularity] | null {
  const g = UNIT_GRAN[r.unit];
  if (GRAN_RANK[base.g] > GRAN_RANK.year && r.unit !== 'decade') return null;
  let lo: number;
  let hi: number;
  if (GRAN_RANK[base.g] > GRAN_RANK[g]) {
    // base coarser than the unit: shift it whole
    if (r.dir === 0) [lo, hi] = [base.lo, base.hi];
    else {
      const [nLo, nHi] = approxCount(r);
      lo = shiftUnit(base.lo, r.unit, r.dir * (r.dir > 0 ? nLo : nHi));
      hi = shiftUnit(base.hi, r.unit, r.dir * (r.dir > 0 ? nHi : nLo));
    }
    return [lo, hi, base.g];
  }
  const [nLo, nHi] = approxCount(r);
  if (r.dir === 0) {
    [lo, hi] = unitBounds(base.lo, r.unit);
  } else if (r.dir > 0) {
    lo = unitBounds(shiftUnit(base.hi, r.unit, nLo), r.unit)[0];
    hi = unitBounds(shiftUnit(base.hi, r.unit, nHi), r.unit)[1];
  } else {
    lo = unitBounds(shiftUnit(base.lo, r.unit, -nHi), r.unit)[0];
    hi = unitBounds(shiftUnit(base.lo, r.unit, -nLo), r.unit)[1];
  }
  return [lo, hi, g];
}

/** Offsets of lines that start a new section (headings). */
function findHeadings(text: string): number[] {
  const out: number[] = [];
  let start = 0;
  let prevBlank = true;
  const n = text.length;
  while (start <= n) {
    let end = text.indexOf('\n', start);
    if (end < 0) end = n;
    const line = text.slice(start, end).trim();
    if (line.length === 0) prevBlank = true;
    else {
      let heading = false;
      if (/^#{1,6}\s/.test(line)) heading = true;
      else if (line.length <= 120 && /^(?:\d{1,3}(?:\.\d{1,3})*\.?|[IVXLC]{1,6}\.)\s+\S/.test(line)) heading = true;
      else if (prevBlank && line.length <= 80 && !/[.!?;:,\u2026"\u201d'\u2019]$/.test(line)) {
        let ne = end + 1;
        const nextEnd = text.indexOf('\n', ne);
        const next = ne > n ? '' : text.slice(ne, nextEnd < 0 ? n : nextEnd).trim();
        heading = next.length === 0;
      }
      if (heading) out.push(start);
      prevBlank = false;
    }
    start = end + 1;
  }
  return out;
}

// ---------------------------------------------------------------------------

/** Recognise date expressions: sorted by start, non-overlapping. */
export function recognizeDates(text: string, options: DateOptions = {}): DateMention[] {
  return new Recognizer(text, options).run();
}

/**
 * For a day/month-sized interval before the Russian switch (14 Feb 1918 Gregorian),
 * the reading in the other calendar: the input is taken as Julian (Old Style) and
 * its Gregorian (New Style) reading is returned. Undefined otherwise.
 */
export function otherCalendarReading(interval: DayInterval, granularity?: Granularity): DayInterval | undefined {
  let lo: number;
  let hi: number;
  try {
    lo = isoToDay(interval.earliest);
    hi = isoToDay(interval.latest);
  } catch {
    return undefined;
  }
  if (granularity && granularity !== 'day' && granularity !== 'month') return undefined;
  if (hi - lo > 62) return undefined;
  if (hi >= isoToDay('1918-02-14')) return undefined;
  return { earliest: dayToIso(julianToGregorian(lo)), latest: dayToIso(julianToGregorian(hi)) };
}




