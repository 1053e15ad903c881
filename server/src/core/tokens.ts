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

/** Ordinal numbers in words, first to twentieth, in order. */
export const ORDINAL_NAMES = 'first second third fourth fifth sixth seventh eighth ninth tenth eleventh twelfth thirteenth fourteenth fifteenth sixteenth seventeenth eighteenth nineteenth twentieth'.split(' ');

const ORDINAL_WORDS = new Map(ORDINAL_NAMES.map((w, i) => [`${i + 1}${i === 0 ? 'st' : i === 1 ? 'nd' : i === 2 ? 'rd' : 'th'}`, w]));

/** Letters and digits make words; ASCII is decided by code, the rest by Unicode class. */
function isWordChar(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  if (c < 128) return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57);
  // A surrogate pair is one character: test both halves together.
  const ch = c >= 0xd800 && c <= 0xdbff ? text.slice(i, i + 2) : text[i];
  return WORD_CHAR.test(ch);
}

/** One pass over the text; ASCII words skip the Unicode normalisation, which dominates the cost otherwise. */
export function tokenize(text: string, from = 0, to = text.length): Token[] {
  const tokens: Token[] = [];
  let i = from;
  while (i < to) {
    if (!isWordChar(text, i)) {
      i++;
      continue;
    }
    const start = i;
    let ascii = true;
    let upper = false;
    while (i < to && isWordChar(text, i)) {
      const c = text.charCodeAt(i);
      if (c >= 128) {
        ascii = false;
        i += c >= 0xd800 && c <= 0xdbff ? 2 : 1;
      } else {
        if (c <= 90 && c >= 65) upper = true;
        i++;
      }
    }
    const raw = text.slice(start, i);
    // Most words are already lower-case ASCII: they are their own normal form.
    let norm = !ascii ? foldCase(raw) : upper ? raw.toLowerCase() : raw;
    // "10th Congress" and "Tenth Congress" are the same name.
    const c0 = text.charCodeAt(start);
    if (c0 >= 48 && c0 <= 57) norm = ORDINAL_WORDS.get(norm) ?? norm;
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
  for (let i = from; i < to; i++) {
    const c = text[i];
    if (c !== ' ' && c !== '-' && c !== '‐' && (c !== '–' || !enDash) && c !== '.' && c !== '\'' && c !== '’' && c !== '\u00a0') return false;
  }
  return true;
}
