// The point grammar's entry: `point` dispatches on the first token to the
// numeral, month/season/holiday or word-led parsers and itself handles the
// word-led forms that wrap another point: approximation ("c. 1920"), "that"/
// "this" + month or season, parts of periods ("early 1923", "mid-1920s", "the
// end of", "the first half of"), weekdays, "AD 800", ordinal words ("the
// nineteenth century", "the fourth of January") and "the …" forms ("the 1920s",
// "the thirties", "the nineteen-twenties").
//
// Conventions:
//
// * Approximation ("c.", "ca.", "circa", "about", "around", "approximately",
//   "roughly") adds qualifier 'approximate' and widens the interval: day ±3 days,
//   month/season ±15 days, year ±2 years, decade ±3 years, century ±15 years
//   (edtf.widenApproximate); a part of a period by the unit of its parts
//   ("c. early 1923" ±15 days; edtf.approximationGrain). It needs a year: "about October" is not a date.
//   "some time in 1927" is just "1927".
// * Parts of periods: see model.ts (applyPart).
// * "the year 1924", "that year 1925", "this year 1917" are the year, spanning the
//   words before it (relative.ts leaves "that year" alone when a year follows).
// * Decade words ("the thirties") need "the", also with a part word between:
//   "the early twenties" = 1920–1923, "the mid-thirties", "the late thirties"
//   (century from the discourse year, else the 1900s; see model.ts resolveCand).
//   Without "the" ("in her early twenties") they are ages, not dates.

import {
  APPROX_WORDS, CENTURY_RE, DECADE_SUFFIX_RE, DECADE_WORDS, ERA_RE, MONTHS, MONTH_RE, NUMBER_WORDS, ORDINAL_WORDS,
  SEASON_RE, WEEKDAYS, YEARNUM_RE, monthName, table, weekdayIndex } from './lexicon';
import type { PartKind, PointCtx, Pt, Rng } from './model';
import { holidayPoint, monthPoint, seasonPoint } from './named';
import { centuryFrom, dayMonth, numberPoint } from './numerals';
import { Scanner, isDigitCode, isLetterCode, isUpper, matchStart, type Tok } from './scanner';

/** A capitalised word before a weekday that names the day rather than saying which one ("Bloody Sunday", not "On Sunday"). */
const DAY_NAMED_BEFORE = /(?<![\p{L}'’])(?!(?:On|By|Last|Next|This|That|Every|Each|Early|Late|Until|Till|Since|From|Before|After|Of|And|Or|But|Then|The|One|Same|Following|Previous|Coming|Past|Whole)\s)\p{Lu}\p{Ll}+\s$/u;

/** Part words after "the": "the end of", "the beginning of", "the early …". */
const PART_AFTER_THE: Record<string, PartKind> = table({
  end: 'end', beginning: 'begin', start: 'begin', close: 'end', middle: 'mid', early: 'early', late: 'late', mid: 'mid',
});

/** A single point (or a day range within one month). */
export function point(sc: Scanner, p: number, ctx: PointCtx = {}): Pt | Rng | null {
  const t = sc.tok(p);
  if (!t) return null;
  const text = sc.text;
  const c0 = text.charCodeAt(t.s);
  const w = t.w;

  if (isDigitCode(c0)) return numberPoint(sc, t, ctx);
  if (c0 === 39 || c0 === 0x2019) {
    // '30s
    const n = sc.tok(t.e);
    if (n && n.s === t.e && /^\d\d$/.test(n.w)) {
      const suf = sc.re(DECADE_SUFFIX_RE, n.e, false);
      if (suf && n.w.endsWith('0') && DECADE_SUFFIX_RE.lastIndex - n.e === 1) {
        const pv = sc.prevWord(t.s);
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
    const inner = point(sc, q, { inner: true });
    if (!inner || inner.k !== 'pt') return null;
    if (inner.y === undefined) return null;
    inner.approx = true;
    inner.s = t.s;
    inner.bareYear = false;
    return inner;
  }

  if (w === 'the') return thePoint(sc, t, ctx);

  if (w === 'that' || w === 'this') {
    const n = sc.tok(t.e);
    if (!n) return null;
    if (n.w === 'year') return yearNamed(sc, t, n);
    const inner = point(sc, n.s, { inner: true, partner: false });
    if (inner && inner.k === 'pt' && inner.y === undefined && (inner.t === 'month' || inner.t === 'season') && !inner.part) {
      inner.s = t.s;
      inner.needsPartner = false;
      return inner;
    }
    return null;
  }

  // Parts: early / mid / late / end-
  if (w === 'early' || w === 'mid' || w === 'late' || w === 'middle' || w === 'end') {
    return partPoint(sc, t, t.s, w === 'early' ? 'early' : w === 'late' ? 'late' : w === 'end' ? 'end' : 'mid', w === 'end');
  }

  if (WEEKDAYS.has(w)) {
    let q = t.e;
    if (text[q] === '.') q++;
    if (text[q] === ',') q++;
    const inner = point(sc, q, { inner: true });
    if (inner && inner.k === 'pt' && inner.t === 'day' && !inner.part) {
      // A capitalised word before the weekday makes it a day's name, the date after it: "Bloody Sunday, 9 January 1905".
      if (!DAY_NAMED_BEFORE.test(text.slice(Math.max(0, t.s - 16), t.s))) {
        inner.s = t.s;
        inner.weekday = weekdayIndex(w);
      }
      return inner;
    }
    return null;
  }

  if (w in ORDINAL_WORDS || w === 'twenty') {
    return ordinalWordPoint(sc, t);
  }

  if (w === 'a' || w === 'ad') {
    // A.D. 800 / AD 800
    const em = sc.re(ERA_RE, t.s, false);
    if (em && (em[1][0] === 'A')) {
      const n = sc.re(YEARNUM_RE, ERA_RE.lastIndex);
      if (n) {
        const y = parseInt(n[1], 10);
        if (y >= 1) return { k: 'pt', s: t.s, e: YEARNUM_RE.lastIndex, t: 'year', y };
      }
    }
    return null;
  }

  if (w === 'christmas' || w === 'new' || w === 'easter' || w === 'good' || w === 'whit' || w === 'whitsun') return holidayPoint(sc, t, ctx);

  const mm = sc.re(MONTH_RE, t.s, false);
  if (mm) return monthPoint(sc, t, mm, ctx);

  const sm = sc.re(SEASON_RE, t.s, false);
  if (sm) return seasonPoint(sc, t.s, t, ctx, false);

  if (w in DECADE_WORDS) {
    let pv = sc.prevWord(t.s);
    // "the early twenties", "the mid-thirties": a part word between "the" and the decade word
    if (ctx.inner && pv && pv.w === '-') pv = sc.prev(pv.s);
    if (ctx.inner && pv && (pv.w === 'early' || pv.w === 'mid' || pv.w === 'late' || pv.w === 'middle')) pv = sc.prevWord(pv.s);
    if (pv && pv.w === 'the') return { k: 'pt', s: t.s, e: t.e, t: 'decade', decadeShort: DECADE_WORDS[w] };
    return null;
  }
  return null;
}

/** "the first week of …" to "the last week of …". */
const WEEK_OF: Record<string, PartKind> = { first: 'week1', second: 'week2', third: 'week3', fourth: 'week4', last: 'weekLast', final: 'weekLast' };

/** Points starting with "the". */
export function thePoint(sc: Scanner, t: Tok, ctx: PointCtx): Pt | Rng | null {
  const n = sc.tok(t.e);
  if (!n) return null;
  const w = n.w;
  const text = sc.text;
  // the end of / the beginning of / the first half of / the middle of
  if (w in PART_AFTER_THE) {
    return partPoint(sc, n, t.s, PART_AFTER_THE[w], w === 'end' || w === 'beginning' || w === 'start' || w === 'close' || w === 'middle');
  }
  // the first week of October 1923 / the last week of May
  if (w in WEEK_OF) {
    const h = sc.tok(n.e);
    const of = h && h.w === 'week' ? sc.tok(h.e) : undefined;
    if (of && of.w === 'of') return partInner(sc, of.e, t.s, WEEK_OF[w]);
  }
  if (w === 'first' || w === 'second' || w === 'latter' || w === 'last') {
    const h = sc.tok(n.e);
    if (h && (h.w === 'half' || h.w === 'part' || h.w === 'quarter')) {
      const of = sc.tok(h.e);
      if (of && of.w === 'of') {
        let part: PartKind;
        if (h.w === 'half') part = w === 'first' ? 'half1' : 'half2';
        else if (h.w === 'quarter') part = w === 'first' ? 'begin' : 'end';
        else part = w === 'first' ? 'early' : 'late';
        if (h.w === 'quarter' && w === 'second') return null;
        return partInner(sc, of.e, t.s, part);
      }
    }
  }
  if (w === 'year') return yearNamed(sc, t, n);
  // the 4th of January / the 19th century / the 1920s
  if (isDigitCode(text.charCodeAt(n.s))) {
    const inner = numberPoint(sc, n, { inner: true, afterThe: true });
    if (!inner || inner.k !== 'pt') return null;
    if (inner.t === 'century' || inner.t === 'decade' || (inner.t === 'day' && inner.viaOf)) {
      inner.s = t.s;
      return inner;
    }
    return null;
  }
  if (n.w === "'" || n.w === '\u2019') {
    const inner = point(sc, n.s, { inner: true });
    if (inner && inner.k === 'pt' && inner.t === 'decade') {
      inner.s = t.s;
      return inner;
    }
    return null;
  }
  if (w in DECADE_WORDS) return { k: 'pt', s: t.s, e: n.e, t: 'decade', decadeShort: DECADE_WORDS[w] };
  if (w === 'nineteen' || w === 'eighteen' || w === 'seventeen' || w === 'sixteen') {
    // the nineteen-twenties
    const dash = sc.tok(n.e);
    const d = dash && (dash.w === '-' ? sc.tok(dash.e) : dash);
    if (d && d.w in DECADE_WORDS) {
      const base = NUMBER_WORDS[w] * 100 + DECADE_WORDS[d.w];
      return { k: 'pt', s: t.s, e: d.e, t: 'decade', y: base };
    }
    return null;
  }
  if (w in ORDINAL_WORDS || w === 'twenty') {
    const inner = ordinalWordPoint(sc, n);
    if (inner && inner.k === 'pt' && (inner.t === 'century' || inner.t === 'day')) {
      inner.s = t.s;
      return inner;
    }
    return null;
  }
  const sm = sc.re(SEASON_RE, n.s, false);
  if (sm) return seasonPoint(sc, t.s, n, ctx, true);
  return null;
}

/** "the year 1924", "that year 1925": the year, spanning from the determiner `t`. */
function yearNamed(sc: Scanner, t: Tok, yearTok: Tok): Pt | null {
  const n = sc.tok(yearTok.e);
  if (!n || !/^\d{4}$/.test(n.w)) return null;
  const inner = numberPoint(sc, n, { inner: true });
  if (!inner || inner.k !== 'pt' || inner.t !== 'year' || inner.y === undefined || inner.approx) return null;
  inner.s = t.s;
  return inner;
}

/** After a part word at `pt` (early, mid-, the end ...): "of"? then the period. */
export function partPoint(sc: Scanner, pt: Tok, s: number, part: PartKind, needOf: boolean): Pt | null {
  let q = pt.e;
  const text = sc.text;
  if (text[q] === '-' || text[q] === '\u2013') q++;
  else if (needOf) {
    const of = sc.tok(q);
    if (!of || of.w !== 'of') return null;
    q = of.e;
  } else {
    const n = sc.tok(q);
    if (n && n.w === 'in') q = n.e; // early in 1923
  }
  if (pt.w === 'end' && !needOf && text[pt.e] !== '-') return null;
  return partInner(sc, q, s, part);
}

/** The period a part word applies to: not a day, not already parted. */
export function partInner(sc: Scanner, q: number, s: number, part: PartKind): Pt | null {
  const inner = point(sc, q, { inner: true, partner: false });
  if (!inner || inner.k !== 'pt' || inner.part || inner.t === 'day') return null;
  inner.part = part;
  inner.s = s;
  inner.needsPartner = false;
  inner.bareYear = false;
  return inner;
}

/** "nineteenth century", "fourth of January", "twenty-first century". */
export function ordinalWordPoint(sc: Scanner, t: Tok): Pt | null {
  let n = ORDINAL_WORDS[t.w];
  let e = t.e;
  if (t.w === 'twenty') {
    const d = sc.tok(e);
    const o = d && (d.w === '-' ? sc.tok(d.e) : d);
    if (!o || !(o.w in ORDINAL_WORDS) || ORDINAL_WORDS[o.w] > 9) return null;
    n = 20 + ORDINAL_WORDS[o.w];
    e = o.e;
  } else if (t.w === 'thirtieth') n = 30;
  const cm = sc.re(CENTURY_RE, e, false);
  if (cm) {
    if (cm[1].toLowerCase() !== 'century') return null;
    return centuryFrom(sc, t.s, CENTURY_RE.lastIndex, n);
  }
  const of = sc.tok(e);
  if (of && of.w === 'of' && n <= 31) {
    const mm = sc.re(MONTH_RE, of.e);
    if (mm && isUpper(sc.text[matchStart(mm)])) {
      const r = dayMonth(sc, t.s, n, MONTH_RE.lastIndex, MONTHS[monthName(mm)]);
      if (r) r.viaOf = true;
      return r;
    }
  }
  return null;
}
