// Word tokens over normalised text: the unit that the entity matcher and the
// trigger patterns work on. "Trotsky’s" is the tokens "trotsky" and "s";
// "Alma-Ata" and "Alma Ata" are both "alma" "ata"; "Léon" is "leon".

import { foldCase } from './text';

export interface Token {
  /** Folded form: lower case, no diacritics. */
  norm: string;
  start: number;
  end: number;
}

const WORD = /[\p{L}\p{N}]+/gu;

export function tokenize(text: string, from = 0, to = text.length): Token[] {
  const tokens: Token[] = [];
  WORD.lastIndex = from;
  let m: RegExpExecArray | null;
  while ((m = WORD.exec(text)) && m.index < to) {
    const raw = m[0];
    // ASCII words skip the Unicode normalisation, which dominates the cost otherwise.
    const norm = /^[\x00-\x7f]*$/.test(raw) ? raw.toLowerCase() : foldCase(raw);
    tokens.push({ norm, start: m.index, end: m.index + raw.length });
  }
  return tokens;
}

/** The folded tokens of a name, for building the matcher. */
export function nameTokens(name: string): string[] {
  return tokenize(name).map((t) => t.norm).filter(Boolean);
}

/**
 * True when the characters between two tokens keep them in one name: spaces,
 * hyphens, full stops of initials and apostrophes, but no line break, comma or bracket.
 */
export function joinable(text: string, from: number, to: number): boolean {
  if (to - from > 3) return false;
  for (let i = from; i < to; i++) {
    const c = text[i];
    if (c !== ' ' && c !== '-' && c !== '‐' && c !== '.' && c !== '\'' && c !== '’' && c !== '\u00a0') return false;
  }
  return true;
}
