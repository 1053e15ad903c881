// Word tokens over normalised text: the unit that the entity matcher and the
// trigger patterns work on. "Trotsky’s" is the tokens "trotsky" and "s";
// "Alma-Ata" and "Alma Ata" are both "alma" "ata"; "Léon" is "leon"; "10th" is "tenth".

import { foldCase } from './text';

export interface Token {
  /** Folded form: lower case, no diacritics. */
  norm: string;
  start: number;
  end: number;
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

/** Their last letters: most words end otherwise, and skip the lookup. */
const ABBREVIATION_LAST = new Set([...NAME_WORD_ABBREVIATIONS.keys()].map((k) => k.charCodeAt(k.length - 1)));

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

const isAsciiWordChar = (c: number): boolean => ASCII_WORD[c] === 1;

/**
 * One pass over the text. ASCII words take their folded form from one
 * lower-casing of the whole range, which costs less than lower-casing each
 * capitalised word; words with other letters pay for the Unicode normalisation.
 */
export function tokenize(text: string, from = 0, to = text.length): Token[] {
  const tokens: Token[] = [];
  const lower = text.slice(from, to).toLowerCase();
  // A few characters lower-case to two ("İ"); then offsets would drift, so each word folds itself.
  const aligned = lower.length === to - from;
  let i = from;
  while (i < to) {
    let c = text.charCodeAt(i);
    if (c < 128 ? !isAsciiWordChar(c) : !isWideWordChar(text, i, c)) {
      i++;
      continue;
    }
    const start = i;
    let ascii = true;
    for (;;) {
      if (c < 128) {
        if (!isAsciiWordChar(c)) break;
        i++;
      } else {
        if (!isWideWordChar(text, i, c)) break;
        ascii = false;
        i += c >= 0xd800 && c <= 0xdbff ? 2 : 1;
      }
      if (i >= to) break;
      c = text.charCodeAt(i);
    }
    let norm = ascii && aligned ? lower.slice(start - from, i - from) : foldCase(text.slice(start, i));
    // "10th Congress" and "Tenth Congress" are the same name.
    const c0 = text.charCodeAt(start);
    if (c0 >= 48 && c0 <= 57) norm = ORDINAL_WORDS.get(norm) ?? norm;
    // "Central Cttee" and "Central Committee" too: notes abbreviate the words of bodies' names.
    else if (i - start <= 5 && i - start >= 4 && ABBREVIATION_LAST.has(norm.charCodeAt(norm.length - 1))) norm = NAME_WORD_ABBREVIATIONS.get(norm) ?? norm;
    tokens.push({ norm, start, end: i });
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
