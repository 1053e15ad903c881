// Points that start with digits: ISO and numeric dates, day–month dates
// ("4 January 1923", "12–14 March 1921"), ordinal centuries ("19th century"),
// years with an era ("44 BC"), decades and centuries in figures ("1920s",
// "1800s", "the 30's") and bare years with their filters; also the year that may
// follow a month or day (", 1923", " of 1923", " 44 BC"). Everything here
// decides what a *number* in prose is, which is where most false positives live.
//
// Conventions:
//
// * Bare 4-digit numbers are years only in 1000–2099 and not after page/volume/number
//   words, not inside URLs or digit groups ("1,905", "700,000"), not before a count
//   noun ("1500 delegates") and not as prices, times or percentages. Two- and
//   three-digit years need an era ("AD 800", "44 BC").
// * Numeric dates are day-first ("8.10.1923" = 8 October) unless the first number
//   exceeds 12 as a month would not; "10/18" alone is not a date.
// * Centuries: "the 19th century" = 1800–1899; "the 5th century BC" = 500–401 BC
//   (-0499..-0400). "the 1800s" = 1800–1899; "the 1920s" = 1920–1929.
//   "the thirties", "the '30s", "the 30's": the century of the discourse year, else
//   1900s (resolved in discourse.ts).

import { daysInMonth, isValidCivil } from './calendar';
import {
  CENTURY_RE, COUNT_NOUNS, DAY_RE, DECADE_SUFFIX_RE, ERA_RE, MONTHS, MONTH_RE, QUANTITY_CUES, REF_WORDS,
  TEMPORAL_PREPS, YEARNUM_RE, monthName,
} from './lexicon';
import type { PointCtx, Pt, Rng } from './model';
import { Scanner, isDigitCode, isLetterCode, isUpper, matchStart, type Tok } from './scanner';

const DAYRANGE_RE = /(\d{1,2})(?:st|nd|rd|th)?[ \t]*(?:[-\u2013\u2014]|to|until|till|and)[ \t]*(?:the[ \t]+)?(\d{1,2})(?:st|nd|rd|th)?(?![\d\p{L}])(?:[ \t]+of)?/uy;
const ISO_RE = /(\d{4})-(\d{2})-(\d{2})(?![\d\p{L}])/uy;
const ISO_MONTH_RE = /(\d{4})-(\d{2})(?![\d\p{L}]|[-\u2013\/]\d)/uy;
const NUMERIC_RE = /(\d{1,2})([./-])(\d{1,2})\2(\d{4})(?![\d\p{L}])/uy;
const ORD_NUM_RE = /(\d{1,2})(st|nd|rd|th)(?![A-Za-z\d])/y;
/** 14.XI.1927, 21/I/1924: the month in Roman numerals, as Russian and German reference works write it; day first. */
const ROMAN_MONTH_RE = /(\d{1,2})([./])(XII|XI|X|IX|VIII|VII|VI|V|IV|III|II|I)\2(\d{4})(?![\d\p{L}])/uy;
const ROMAN_MONTHS: Record<string, number> = { I: 1, II: 2, III: 3, IV: 4, V: 5, VI: 6, VII: 7, VIII: 8, IX: 9, X: 10, XI: 11, XII: 12 };

/** A point starting with the number token `t`. */
export function numberPoint(sc: Scanner, t: Tok, ctx: PointCtx): Pt | Rng | null {
  const text = sc.text;
  const s = t.s;
  // Digits glued to letters or other digits-groups are not dates.
  const before = s > 0 ? text.charCodeAt(s - 1) : 32;
  if (isLetterCode(before) || before === 36 || before === 163 || before === 0x20ac || before === 35 || before === 61 || before === 95 || before === 0xb0 || before === 0x2116 || before === 92) return null;
  if ((before === 44 || before === 46 || before === 58) && s > 1 && isDigitCode(text.charCodeAt(s - 2))) return null;
  if ((before === 45 || before === 0x2013 || before === 47) && s > 1 && isDigitCode(text.charCodeAt(s - 2)) && !ctx.inRange) return null;
  const len = t.e - t.s;

  // ISO 1923-10-08
  if (len === 4) {
    const im = sc.re(ISO_RE, s, false);
    if (im) {
      const y = +im[1], m = +im[2], d = +im[3];
      if (isValidCivil(y, m, d)) return { k: 'pt', s, e: ISO_RE.lastIndex, t: 'day', y, m, d };
      return null;
    }
    // ISO 1922-12 (a table's month cell): a month only where it cannot be a span of years, which runs forward ("1917-18").
    const mm = sc.re(ISO_MONTH_RE, s, false);
    if (mm) {
      const y = +mm[1], m = +mm[2];
      if (m >= 1 && m <= 12 && m <= y % 100) return { k: 'pt', s, e: ISO_MONTH_RE.lastIndex, t: 'month', y, m };
    }
  }
  // 8.10.1923 / 08/10/1923
  if (len <= 2) {
    const nm = sc.re(NUMERIC_RE, s, false);
    if (nm) {
      let a = +nm[1], b = +nm[3];
      const y = +nm[4];
      let d = a, m = b;
      if (b > 12 && a <= 12) (d = b), (m = a);
      if (isValidCivil(y, m, d)) return { k: 'pt', s, e: NUMERIC_RE.lastIndex, t: 'day', y, m, d };
      return null;
    }
    const rm = sc.re(ROMAN_MONTH_RE, s, false);
    if (rm) {
      const d = +rm[1], m = ROMAN_MONTHS[rm[3]], y = +rm[4];
      if (isValidCivil(y, m, d)) return { k: 'pt', s, e: ROMAN_MONTH_RE.lastIndex, t: 'day', y, m, d };
      return null;
    }
  }
  // Ordinals: 19th century / 19th-century / 4th of January
  const om = sc.re(ORD_NUM_RE, s, false);
  if (om) {
    const n = +om[1];
    const cm = sc.re(CENTURY_RE, ORD_NUM_RE.lastIndex, false);
    if (cm) {
      if (cm[1].toLowerCase() !== 'century') return null;
      return centuryFrom(sc, s, CENTURY_RE.lastIndex, n);
    }
  }
  // Day ranges: 12–14 March 1921
  if (len <= 2) {
    const dr = sc.re(DAYRANGE_RE, s, false);
    if (dr) {
      const mm = sc.re(MONTH_RE, DAYRANGE_RE.lastIndex);
      if (mm && isUpper(text[matchStart(mm)])) {
        const m = MONTHS[monthName(mm)];
        const d1 = +dr[1];
        const d2 = +dr[2];
        const b = dayMonth(sc, s, d2, MONTH_RE.lastIndex, m);
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
    const dm = sc.re(DAY_RE, s, false);
    if (dm) {
      let q = DAY_RE.lastIndex;
      let viaOf = false;
      const of = sc.tok(q);
      if (of && of.w === 'of') {
        q = of.e;
        viaOf = true;
      }
      const mm = sc.re(MONTH_RE, q);
      if (mm && isUpper(text[matchStart(mm)])) {
        const r = dayMonth(sc, s, +dm[1], MONTH_RE.lastIndex, MONTHS[monthName(mm)]);
        if (r) {
          r.viaOf = viaOf;
          return r;
        }
      }
    }
  }
  // Years with an era: 44 BC, 800 AD
  if (len <= 4) {
    const em = sc.re(ERA_RE, t.e);
    if (em) {
      let y = parseInt(t.w, 10);
      if (y < 1) return null;
      if (em[1][0] === 'B') y = 1 - y;
      return { k: 'pt', s, e: ERA_RE.lastIndex, t: 'year', y };
    }
  }
  // Decades and centuries: 1920s, 1920's, 1800s, the 30's
  if (len >= 2 && len <= 4 && t.w.endsWith('0')) {
    const suf = sc.re(DECADE_SUFFIX_RE, t.e, false);
    if (suf) {
      const n = parseInt(t.w, 10);
      const e = DECADE_SUFFIX_RE.lastIndex;
      if (len === 2) {
        const pv = sc.prevWord(s);
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
    if (!yearOk(sc, s, t.e, !!ctx.inRange)) return null;
    const pt: Pt = { k: 'pt', s, e: t.e, t: 'year', y, bareYear: true };
    if (before === 40 && text.charCodeAt(t.e) === 41) pt.paren = true;
    return pt;
  }
  return null;
}

/** Filters for a bare 4-digit year at [s, e). */
export function yearOk(sc: Scanner, s: number, e: number, inRange: boolean): boolean {
  const text = sc.text;
  const c = text.charCodeAt(e);
  if (isLetterCode(c)) return false;
  const c1 = text.charCodeAt(e + 1);
  if ((c === 44 || c === 46 || c === 58) && isDigitCode(c1)) return false; // 1905,000 / 1923.5 / 19:30
  if (c === 37 || c === 0x2030) return false; // %
  const pv = sc.prevWord(s);
  const pvw = pv ? pv.w : '';
  if (pv && REF_WORDS.has(pvw)) {
    // "in the year 1917" is fine, "p. 1917", "No. 1917", "page 1917" are not.
    return false;
  }
  if (pv && (pvw === '°' || pvw === '\u2116' || pvw === '#' || pvw === '§' || pvw === '$' || pvw === '£' || pvw === '€' || pvw === '+' || pvw === '×')) return false;
  // "555 1923 444": a run of plain digit groups (not a table of formatted numbers)
  const plain = (t: Tok) => /^\d{1,4}$/.test(t.w) && !/[.,'\u2019]\d/.test(text.slice(t.e, t.e + 2)) && !/\d[.,'\u2019]$/.test(text.slice(Math.max(0, t.s - 2), t.s));
  if (pv && /^\d+$/.test(pvw) && pv.e < s && /^[ \t]+$/.test(text.slice(pv.e, s)) && plain(pv)) return false;
  const nt = sc.tok(e);
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

/** An optional ", 1923" / " 1923" / " of 1923" / " 44 BC" after a month or day. */
export function yearAfter(sc: Scanner, q: number, commaOk: boolean): { y: number; e: number } | null {
  let p = sc.ws(q);
  const text = sc.text;
  if (commaOk && text[p] === ',') p = sc.ws(p + 1);
  else {
    const of = sc.tok(p);
    if (of && of.w === 'of') p = sc.ws(of.e);
  }
  const m = sc.re(YEARNUM_RE, p, false);
  if (!m) {
    // "January '29", "April ’27": a year cut to two figures, as people say it; read in the twentieth century, the period of
    // the texts Clio was built for (a text of another century writes its years in full often enough to carry its own).
    const short = /^['’](\d{2})(?![\d\p{L}'’])/u.exec(text.slice(p, p + 4));
    return short ? { y: 1900 + parseInt(short[1], 10), e: p + 3 } : null;
  }
  const digits = m[1];
  let e = YEARNUM_RE.lastIndex;
  const em = sc.re(ERA_RE, e);
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

/** Day number then month: "4 January 1923", "4th of January", "12–14 March 1921". */
export function dayMonth(sc: Scanner, s: number, d: number, q: number, m: number): Pt | null {
  if (d < 1 || d > 31) return null;
  const pt: Pt = { k: 'pt', s, e: q, t: 'day', m, d };
  const y = yearAfter(sc, q, true);
  if (y) {
    pt.y = y.y;
    pt.e = y.e;
  }
  if (pt.y !== undefined && !isValidCivil(pt.y, m, d)) return null;
  if (pt.y === undefined && d > daysInMonth(2000, m)) return null;
  return pt;
}

/** The n-th century, with an optional era after `e` ("5th century BC"). */
export function centuryFrom(sc: Scanner, s: number, e: number, n: number): Pt | null {
  if (n < 1 || n > 21) return null;
  const em = sc.re(ERA_RE, e);
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
