// Word tokens over normalised text: the unit that the entity matcher and the
// trigger patterns work on. "Trotsky’s" is the tokens "trotsky" and "s";
// "Alma-Ata" and "Alma Ata" are both "alma" "ata"; "Léon" is "leon"; "10th" is "tenth".

import { foldCase } from './text';

export interface Token {
  /** Folded form: lower case, no diacritics. */
  readonly norm: string;
  readonly start: number;
  readonly end: number;
  /** `wordHash(norm)`, made while scanning: lets the matcher turn most words away without their folded string. */
  readonly hash: number;
  /** Whether the folded form is `word`, without making the folded string. */
  is(word: string): boolean;
}

/**
 * A 30-bit hash of a folded word, the same one the tokeniser computes as it scans
 * (30 bits keep it a small integer in V8).
 */
export function wordHash(norm: string): number {
  let h = 0;
  for (let k = 0; k < norm.length; k++) h = (Math.imul(h, 31) + norm.charCodeAt(k)) | 0;
  return h & 0x3fffffff;
}

/** What the tokens of one text share: the lower-cased copy of the range tokenised, from which ASCII words take their folded form. */
interface Folding {
  lower: string;
  /** The range's start in the text. */
  from: number;
}

/**
 * A word token. Most words are never looked at by their folded form (the matcher
 * turns them away by hash), so an ASCII word slices it from the shared lower-cased
 * text only when first asked; words with other letters fold at once.
 */
class WordToken implements Token {
  // Declared, not defined: class fields would be defined one by one before the constructor's assignments, which costs the hot loop.
  declare readonly start: number;
  declare readonly end: number;
  declare readonly hash: number;
  private declare readonly folding: Folding;
  private declare folded: string | undefined;

  constructor(folding: Folding, start: number, end: number, hash: number, folded: string | undefined) {
    this.folding = folding;
    this.start = start;
    this.end = end;
    this.hash = hash;
    this.folded = folded;
  }

  get norm(): string {
    return (this.folded ??= this.folding.lower.slice(this.start - this.folding.from, this.end - this.folding.from));
  }

  is(word: string): boolean {
    if (this.folded !== undefined) return this.folded === word;
    if (word.length !== this.end - this.start) return false;
    const { lower, from } = this.folding;
    for (let k = 0, at = this.start - from; k < word.length; k++, at++) if (lower.charCodeAt(at) !== word.charCodeAt(k)) return false;
    return true;
  }
}

const WORD_CHAR = /[\p{L}\p{N}]/u;

/**
 * The first halves of adjectives of two peoples ("Anglo-Soviet", "Sino-Japanese"), folded: the matcher
 * reads the name after one as part of a compound word, the candidates read the pair as no name.
 */
export const PEOPLES_PREFIXES = ['anglo', 'sino', 'franco', 'russo', 'indo', 'greco', 'italo', 'judeo', 'afro', 'euro', 'turco', 'polono', 'germano', 'hispano', 'luso', 'nippo', 'soviet'];

/** Ordinal numbers in words, first to twentieth, in order. */
export const ORDINAL_NAMES = 'first second third fourth fifth sixth seventh eighth ninth tenth eleventh twelfth thirteenth fourteenth fifteenth sixteenth seventeenth eighteenth nineteenth twentieth'.split(' ');

const ORDINAL_WORDS = new Map(ORDINAL_NAMES.map((w, i) => [`${i + 1}${i === 0 ? 'st' : i === 1 ? 'nd' : i === 2 ? 'rd' : 'th'}`, w]));

/** Abbreviations of the words in bodies' names that notes use, each with one reading. */
const NAME_WORD_ABBREVIATIONS = new Map([
  ['cttee', 'committee'],
  ['govt', 'government'],
  ['dept', 'department'],
]);

/**
 * Whether a non-ASCII character is a letter or digit. Latin letters with
 * diacritics and the General Punctuation block (’ “ ” – —, common in these texts)
 * are decided by code; only the rest pay for the Unicode class test.
 */
function isWideWordChar(text: string, i: number, c: number): boolean {
  // Superscript digits are note calls ("Khrustalev-Nosar²"), never part of a word.
  if (c < 0xc0) return c === 0xaa || c === 0xb5 || c === 0xba || (c >= 0xbc && c <= 0xbe);
  if (c < 0x250) return c !== 0xd7 && c !== 0xf7;
  if (c >= 0x2000 && c <= 0x209f) return false;
  // A surrogate pair is one character: test both halves together.
  const ch = c >= 0xd800 && c <= 0xdbff ? text.slice(i, i + 2) : text[i];
  return WORD_CHAR.test(ch);
}

/** 1 for the ASCII letters and digits: one read instead of three comparisons. */
const ASCII_WORD = new Uint8Array(128);
for (let c = 0; c < 128; c++) ASCII_WORD[c] = (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) ? 1 : 0;

/** The hashes of the abbreviated words: only a word with one of them is looked up. A few compares cost less than a set's lookup on every short word. */
const ABBREVIATION_HASHES = Int32Array.from([...NAME_WORD_ABBREVIATIONS.keys()].map(wordHash));

function isAbbreviationHash(h: number): boolean {
  for (let k = 0; k < ABBREVIATION_HASHES.length; k++) if (ABBREVIATION_HASHES[k] === h) return true;
  return false;
}

/**
 * One pass over the text. An ASCII word hashes its lower-cased letters as it is
 * scanned and allocates nothing but its token; words with other letters pay for the
 * Unicode normalisation, and words in figures for the ordinal lookup.
 */
export function tokenize(text: string, from = 0, to = text.length): Token[] {
  const tokens: Token[] = [];
  const lower = text.slice(from, to).toLowerCase();
  const folding: Folding = { lower, from };
  // A few characters lower-case to two ("İ"); then offsets would drift, so each word folds itself.
  const aligned = lower.length === to - from;
  // Scan the lower-cased copy where it is aligned: a fresh flat string, which reads faster than a text of any making.
  const scanned = aligned ? lower : text;
  const shift = aligned ? from : 0;
  let i = from;
  while (i < to) {
    let c = scanned.charCodeAt(i - shift);
    if (c < 128 ? ASCII_WORD[c] === 0 : !isWideWordChar(text, i, text.charCodeAt(i))) {
      i++;
      continue;
    }
    const start = i;
    let ascii = true;
    // The hash of the ASCII lower case: c | 32 lower-cases a letter and leaves a digit as it is.
    let h = 0;
    for (;;) {
      if (c < 128) {
        if (ASCII_WORD[c] === 0) break;
        h = (Math.imul(h, 31) + (c | 32)) | 0;
        i++;
      } else {
        if (!isWideWordChar(text, i, text.charCodeAt(i))) break;
        ascii = false;
        i += c >= 0xd800 && c <= 0xdbff ? 2 : 1;
      }
      if (i >= to) break;
      c = scanned.charCodeAt(i - shift);
    }
    h &= 0x3fffffff;
    // Words with other letters fold at once; so does every word where the lower case is out of line with the text.
    let norm = ascii && aligned ? undefined : foldCase(text.slice(start, i));
    const c0 = text.charCodeAt(start);
    // "10th Congress" and "Tenth Congress" are the same name (a number that ends in a figure is no ordinal: most are years and pages).
    if (c0 >= 48 && c0 <= 57) {
      if (text.charCodeAt(i - 1) > 57) norm = ORDINAL_WORDS.get(norm ?? lower.slice(start - from, i - from)) ?? norm;
    }
    // "Central Cttee" and "Central Committee" too: notes abbreviate the words of bodies' names.
    else if (i - start <= 5 && i - start >= 4 && (norm !== undefined || isAbbreviationHash(h))) norm = NAME_WORD_ABBREVIATIONS.get(norm ?? lower.slice(start - from, i - from)) ?? norm;
    if (norm !== undefined) h = wordHash(norm);
    tokens.push(new WordToken(folding, start, i, h, norm));
  }
  return tokens;
}

/** The folded tokens of a name, for building the matcher. */
export function nameTokens(name: string): string[] {
  return tokenize(name).map((t) => t.norm).filter(Boolean);
}

/**
 * True when the characters between two tokens keep them in one name: spaces,
 * hyphens, full stops of initials and apostrophes, but no line break, comma or
 * bracket. An en dash joins only inside a registered name (a title's
 * "1917–1923"): between two unknown names it separates them ("Molotov–Ribbentrop").
 */
export function joinable(text: string, from: number, to: number, enDash = false): boolean {
  if (to - from > 3) return false;
  let space = false;
  let dash = false;
  for (let i = from; i < to; i++) {
    const c = text[i];
    if (c !== ' ' && c !== '-' && c !== '‐' && (c !== '–' || !enDash) && c !== '.' && c !== '\'' && c !== '’' && c !== '\u00a0') return false;
    if (c === ' ' || c === '\u00a0') space = true;
    else if (c === '-' || c === '‐') dash = true;
  }
  // A hyphen with a space beside it is a dash typed between two things ("Aldermoor - Department of History");
  // a spaced en dash may still join inside a registered name.
  return !(space && dash);
}
