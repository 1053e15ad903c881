// The token layer every part of the date grammar stands on: a Scanner over one
// text (whitespace skipping that never crosses a blank line, tokens forwards and
// backwards, sticky-regex matching at a position) and the character classes.
// It is kept apart so the grammar modules share one notion of "token" and of
// "the end of the last accepted mention" (`lastEnd`), which the backward walks
// must never cross.

export interface Tok {
  s: number;
  e: number;
  w: string; // lowercased text
}

/** A sticky-regex match, with the position the regex was applied at. */
export type Match = RegExpExecArray & { s: number };

const WORD_RE = /[A-Za-z\u00C0-\u024F]+/y;
const NUM_RE = /\d+/y;

export function isUpper(c: string): boolean {
  return c >= 'A' && c <= 'Z';
}
export function isLetterCode(c: number): boolean {
  return (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || (c >= 0xc0 && c <= 0x24f);
}
export function isDigitCode(c: number): boolean {
  return c >= 48 && c <= 57;
}

/** Where a match from `Scanner.re` was applied (after skipped whitespace). */
export function matchStart(m: RegExpExecArray): number {
  return (m as Match).s;
}

export class Scanner {
  /** End of the last accepted mention: candidates never start before it. */
  lastEnd = 0;

  constructor(readonly text: string) {}

  /** Skip spaces and at most one line break; stops before a blank line. */
  ws(pos: number): number {
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

  /** Apply a sticky regex at `pos` (after whitespace unless `skipWs` is false). */
  re(re: RegExp, pos: number, skipWs = true): RegExpExecArray | null {
    const p = skipWs ? this.ws(pos) : pos;
    re.lastIndex = p;
    const m = re.exec(this.text);
    if (m) (m as Match).s = p;
    return m;
  }

  /** The next token (a word, a number or one other character). */
  tok(pos: number): Tok | null {
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
  prev(pos: number): Tok | null {
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
  prevWord(pos: number): Tok | null {
    const t = this.prev(pos);
    return t && t.w === '.' ? this.prev(t.s) : t;
  }

  /** Whether a clause ends at `pos`: punctuation, the end of the line, "and", "but", "when". */
  isClauseEnd(pos: number): boolean {
    const t = this.tok(pos);
    if (!t) return true;
    return !isLetterCode(this.text.charCodeAt(t.s)) && !isDigitCode(this.text.charCodeAt(t.s)) || t.w === 'and' || t.w === 'but' || t.w === 'when';
  }
}
