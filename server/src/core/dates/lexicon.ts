// The date grammar's vocabulary: month, season, weekday, number and ordinal
// words, the cue and filter word lists (what makes a bare month or a bare number
// a date, and what makes it something else), and the sticky token shapes shared
// by several grammar modules. Tables only, no logic, so the word lists can be
// reviewed and extended in one place.

import type { Unit } from './model';

/**
 * A word table without a prototype: `'constructor' in TABLE` must be false,
 * or words like "constructor" and "toString" would read as date words.
 */
export function table<T>(entries: Record<string, T>): Record<string, T> {
  return Object.assign(Object.create(null) as Record<string, T>, entries);
}

export const MONTHS: Record<string, number> = table({
  january: 1, february: 2, march: 3, april: 4, may: 5, june: 6, july: 7, august: 8,
  september: 9, october: 10, november: 11, december: 12,
  jan: 1, feb: 2, mar: 3, apr: 4, jun: 6, jul: 7, aug: 8, sep: 9, sept: 9, oct: 10, nov: 11, dec: 12,
});
export const SEASONS: Record<string, number> = table({ spring: 21, summer: 22, autumn: 23, fall: 23, winter: 24 });
export const WEEKDAYS = new Set([
  'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday',
  'mon', 'tue', 'tues', 'wed', 'thu', 'thur', 'thurs', 'fri', 'sat', 'sun',
]);
/** 0 for Monday … 6 for Sunday, from a weekday's name or abbreviation. */
export function weekdayIndex(word: string): number {
  return ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'].indexOf(word.slice(0, 3));
}
export const ORDINAL_WORDS: Record<string, number> = table({
  first: 1, second: 2, third: 3, fourth: 4, fifth: 5, sixth: 6, seventh: 7, eighth: 8, ninth: 9, tenth: 10,
  eleventh: 11, twelfth: 12, thirteenth: 13, fourteenth: 14, fifteenth: 15, sixteenth: 16, seventeenth: 17,
  eighteenth: 18, nineteenth: 19, twentieth: 20, thirtieth: 30,
});
export const DECADE_WORDS: Record<string, number> = table({
  twenties: 20, thirties: 30, forties: 40, fifties: 50, sixties: 60, seventies: 70, eighties: 80, nineties: 90,
});
export const NUMBER_WORDS: Record<string, number> = table({
  a: 1, an: 1, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
  eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17, eighteen: 18,
  nineteen: 19, twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, hundred: 100,
});
/** Words before a bare month / season that make it a date ("in October"). */
export const MONTH_CUES = new Set([
  'in', 'during', 'by', 'until', 'till', 'til', 'since', 'before', 'after', 'throughout', 'from', 'on',
  'around', 'about', 'circa', 'early', 'late', 'mid', 'between', 'last', 'next', 'that', 'this', 'every', 'each',
]);
/** Words after a month that make it part of a name ("the October Revolution"). */
export const EVENT_HEADS = new Set([
  'revolution', 'revolutions', 'theses', 'days', 'manifesto', 'uprising', 'insurrection', 'plenum', 'crisis',
  'revolt', 'strike', 'offensive', 'coup', 'putsch', 'agreement', 'treaty', 'decree', 'decrees', 'events',
  'conference', 'rising', 'government', 'regime', 'monarchy', 'ordinances', 'constitution', 'declaration',
  'program', 'programme', 'platform', 'bloc', 'group', 'opposition', 'party', 'movement', 'square', 'street',
  'station', 'palace', 'committee', 'congress', 'war', 'battle', 'massacre', 'putsch', 'rebellion',
]);
/** Words before a number that make it a reference rather than a year. */
export const REF_WORDS = new Set([
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
export const COUNT_NOUNS = new Set([
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
export const QUANTITY_CUES = new Set([
  'about', 'around', 'some', 'over', 'nearly', 'almost', 'only', 'just', 'than', 'approximately', 'roughly',
  'exactly', 'total', 'all', 'were', 'are', 'had', 'have', 'has', 'with', 'another', 'additional', 'extra',
  'least', 'most', 'up', 'down', 'of', 'by', 'to', 'and', 'or', 'numbering', 'numbered', 'counted', 'counting',
]);
/** Words before a year that make it a date whatever follows. */
export const TEMPORAL_PREPS = new Set([
  'in', 'since', 'until', 'till', 'during', 'after', 'before', 'between', 'from', 'circa', 'c', 'ca', 'early',
  'late', 'mid', 'summer', 'spring', 'autumn', 'winter', 'fall', 'year', 'throughout',
]);
export const DETERMINERS = new Set(['the', 'a', 'an', 'his', 'her', 'its', 'their', 'this', 'these', 'those', 'our', 'my', 'your']);
/** Determiners before an attributive year ("the 1911 Revolution", "that 1905 constitution"). */
export const ATTRIBUTIVE_DETERMINERS = new Set([...DETERMINERS, 'that']);
/**
 * Words after "the/that <year>" that are not a noun the year modifies: "that 1911
 * was ...", "the 1911 and 1912 elections". After such a word the year is a date.
 */
export const NON_HEAD_WORDS = new Set([
  'and', 'or', 'nor', 'but', 'to', 'of', 'in', 'on', 'at', 'by', 'for', 'with', 'from', 'as', 'than', 'when', 'while',
  'which', 'who', 'that', 'the', 'a', 'an', 'i', 'he', 'she', 'it', 'we', 'they', 'there', 'then', 'also', 'not',
  'was', 'were', 'is', 'are', 'be', 'been', 'being', 'had', 'has', 'have', 'did', 'does', 'do', 'would', 'could',
  'should', 'will', 'shall', 'might', 'must', 'saw', 'sees', 'brought', 'brings', 'marked', 'marks', 'became',
  'becomes', 'began', 'begins', 'ended', 'ends', 'proved', 'seemed', 'remained', 'witnessed', 'changed',
]);
export const RANGE_WORDS = new Set(['to', 'until', 'till', 'through', 'thru']);
export const APPROX_WORDS = new Set(['c', 'ca', 'circa', 'about', 'around', 'approximately', 'approx', 'roughly', 'cca']);
export const UNIT_WORDS: Record<string, Unit | 'week' | 'fortnight' | 'hour'> = table({
  day: 'day', days: 'day', week: 'week', weeks: 'week', fortnight: 'fortnight', fortnights: 'fortnight',
  month: 'month', months: 'month', year: 'year', years: 'year', decade: 'decade', decades: 'decade',
  hour: 'hour', hours: 'hour',
  // "two nights before", "the previous evening": counted in days.
  night: 'day', nights: 'day', evening: 'day', evenings: 'day', mornings: 'day',
});
/**
 * Adjectives allowed between a count and its time unit: "two precious years",
 * "three long months later", "a few short weeks". One at most.
 */
export const UNIT_ADJECTIVES = new Set([
  'long', 'short', 'whole', 'full', 'entire', 'precious', 'difficult', 'hard', 'bitter', 'crucial', 'decisive',
  'critical', 'fateful', 'terrible', 'dark', 'lean', 'turbulent', 'eventful', 'brief', 'weary', 'painful', 'formative',
  'anxious', 'tense', 'hectic', 'busy', 'quiet', 'happy', 'miserable', 'stormy', 'troubled', 'further', 'more',
]);


// ---------------------------------------------------------------------------
// Token shapes shared by the grammar modules (sticky: applied at a position).

export const MONTH_RE = /(?:(january|february|march|april|may|june|july|august|september|october|november|december)|(sept|jan|feb|mar|apr|jun|jul|aug|sep|oct|nov|dec)\.?)(?![A-Za-z\u00C0-\u024F])/iy;
export function monthName(m: RegExpExecArray): string {
  return (m[1] || m[2]).toLowerCase();
}
export const SEASON_RE = /(spring|summer|autumn|fall|winter)(?![A-Za-z])/iy;
export const DAY_RE = /(\d{1,2})(st|nd|rd|th|d)?(?![\d\p{L}])/uy;
export const YEAR4_RE = /(\d{4})(?![\d])/y;
export const YEARNUM_RE = /(\d{1,4})(?!\d)/y;
export const ERA_RE = /(B\.[ ]?C\.(?:[ ]?E\.)?|BCE|BC|A\.[ ]?D\.|AD|C\.[ ]?E\.|CE)(?![A-Za-z])/y;
export const CENTURY_RE = /[ \t]*-?[ \t]*(centur(?:y|ies))(?![A-Za-z])/iy;
export const DECADE_SUFFIX_RE = /(?:['\u2019]s|s)(?![A-Za-z\d])/y;
