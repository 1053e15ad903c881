// Points named by a word: months (with a day, a day range or a year, or bare
// with a cue), seasons and holidays. These are the anchors most often used
// in a non-date sense ("the October Revolution", "the fall of the government",
// "the Winter Palace", "May Day"), so each carries its own rules for when the
// word alone is a date.
//
// Conventions:
//
// * Seasons are meteorological: spring Mar–May, summer Jun–Aug, autumn/fall Sep–Nov,
//   winter = Dec of the year named – Feb of the next ("the winter of 1928" =
//   1928-12-01..1929-02-28; "winter 1920–21" = winter of 1920).
// * A season "of" a part of a year ("the spring of late 1921", "the summer of
//   mid-1927", "the winter of early 1928") is that season of that year, without
//   a qualifier: the part word places the season in the year, it does not narrow
//   it. The one exception is the winter of *early* Y, which is the winter ending
//   in Y (Dec Y-1 – Feb Y: "the winter of early 1928" = 1927-12-01..1928-02-29);
//   the winter of mid/late Y is the winter starting in December Y. The written
//   year Y is still the discourse year.
// * A bare month needs a cue ("in", "during", "by", "until", "since", "that", ...),
//   a day, a year, a part word or a range partner: "from dual power to October" and
//   "the October Revolution" are not dates; lowercase "march"/"may" never are.
// * Holidays: Christmas (Day/Eve), New Year's Day/Eve, Easter (Gregorian computus
//   from 1583, Julian before, as written); "May Day 1920" = 1 May; bare "May Day" is
//   not a date, "every May Day" is a set.

import { daysInMonth, isValidCivil } from './calendar';
import { DAY_RE, EVENT_HEADS, MONTHS, MONTH_CUES, MONTH_RE, SEASONS, YEAR4_RE, monthName } from './lexicon';
import type { PointCtx, Pt, Rng } from './model';
import { yearAfter } from './numerals';
import { Scanner, isDigitCode, isLetterCode, isUpper, type Tok } from './scanner';

/** "the 23rd" after a month: "July the 23rd", "October the 16th" (the ordinal's suffix required). */
const THE_DAY_RE = /the[ \t]+(\d{1,2})(?:st|nd|rd|th)(?![\d\p{L}])/uy;

/** "-21" in "winter 1920-21": the year the winter ends in. */
const WINTER_SPAN_RE = /[-\u2013/](\d{2}|\d{4})(?!\d)/y;
const DAY2_RE = /[ \t]*([-\u2013]|and|&)[ \t]*(\d{1,2})(?:st|nd|rd|th)?(?![\d\p{L}])/uy;

/** A month name at `t` (matched by MONTH_RE as `mm`): "March 12, 1921", "May 1917", "in October". */
export function monthPoint(sc: Scanner, t: Tok, mm: RegExpExecArray, ctx: PointCtx): Pt | Rng | null {
  const text = sc.text;
  if (!isUpper(text[t.s])) return null;
  const name = monthName(mm);
  const m = MONTHS[name];
  const abbrev = name.length <= 4 && name !== 'may' && name !== 'june' && name !== 'july';
  const e = MONTH_RE.lastIndex;
  // "May Day"
  const nx = sc.tok(e);
  if (m === 5 && nx && nx.w === 'day' && isUpper(text[nx.s])) {
    const y = yearAfter(sc, nx.e, true);
    if (y) return { k: 'pt', s: t.s, e: y.e, t: 'day', y: y.y, m: 5, d: 1 };
    return null;
  }
  // Month day; "July the 23rd", as a speaker says it
  const theDay = sc.re(DAY_RE, e) ? null : sc.re(THE_DAY_RE, e);
  const dm = theDay ?? sc.re(DAY_RE, e);
  if (dm) {
    const d = +dm[1];
    let de = theDay ? THE_DAY_RE.lastIndex : DAY_RE.lastIndex;
    const after = text.charCodeAt(de);
    if (d >= 1 && d <= 31 && !(after === 58 && isDigitCode(text.charCodeAt(de + 1))) && !(after === 44 && isDigitCode(text.charCodeAt(de + 1)))) {
      // March 12–14, 1921
      const dr = sc.re(DAY2_RE, de, false);
      let d2: number | undefined;
      let d2s = 0;
      if (dr) {
        const v = +dr[2];
        if (v > d && v <= 31 && (dr[1] !== 'and' && dr[1] !== '&' || yearAfter(sc, DAY2_RE.lastIndex, true))) {
          d2 = v;
          d2s = de + dr[0].lastIndexOf(dr[2]);
          de = dr.index + dr[0].length;
        }
      }
      const pt: Pt = { k: 'pt', s: t.s, e: de, t: 'day', m, d };
      const y = yearAfter(sc, de, true);
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
  const y = yearAfter(sc, e, true);
  if (y) return { k: 'pt', s: t.s, e: y.e, t: 'month', y: y.y, m };
  if (abbrev) {
    // "Sept.-Oct. 1947"
    if (ctx.partner && /^[ \t]*[-\u2013]/.test(text.slice(e, e + 3))) return { k: 'pt', s: t.s, e, t: 'month', m, needsPartner: true };
    return null;
  }
  // Bare month: needs a cue.
  if (nx && EVENT_HEADS.has(nx.w) && isUpper(text[nx.s])) return null;
  if (nx && (nx.w === "'" || nx.w === '\u2019') && sc.tok(nx.e)?.w === 's') return null; // October's
  if (ctx.inner || ctx.inRange) return { k: 'pt', s: t.s, e, t: 'month', m };
  const pv = sc.prevWord(t.s);
  // "December last", "March next": the clerk's and the newsman's order for "last December" (recognize.ts's lastMonth counts it).
  if (nx && (nx.w === 'last' || nx.w === 'next') && isUpper(text[t.s]) && /^\s*(?:[,;:.)!?]|$)/.test(text.slice(nx.e, nx.e + 2))) return { k: 'pt', s: t.s, e: nx.e, t: 'month', m };
  if (pv && MONTH_CUES.has(pv.w) && pv.w !== 'from') return { k: 'pt', s: t.s, e, t: 'month', m };
  if (ctx.partner && (m !== 5 || /^[ \t]*[-\u2013]/.test(text.slice(e, e + 3)))) return { k: 'pt', s: t.s, e, t: 'month', m, needsPartner: true };
  return null;
}

/** A season word at `st` (expression starting at `s`, after "the" if `withThe`). */
export function seasonPoint(sc: Scanner, s: number, st: Tok, ctx: PointCtx, withThe: boolean): Pt | null {
  const text = sc.text;
  const code = SEASONS[st.w];
  if (code === undefined) return null;
  const cap = isUpper(text[st.s]);
  let e = st.e;
  const n = sc.tok(e);
  // the spring of 1921 / spring 1921
  let q = e;
  let ofYearPart: Pt['ofYearPart'];
  if (n && n.w === 'of') {
    q = n.e;
    // the winter of early 1928 / the summer of mid-1927
    const pw = sc.tok(q);
    if (pw && (pw.w === 'early' || pw.w === 'mid' || pw.w === 'late')) {
      ofYearPart = pw.w;
      q = text[pw.e] === '-' || text[pw.e] === '\u2013' ? pw.e + 1 : pw.e;
    }
  }
  const ym = sc.re(YEAR4_RE, q);
  if (ym) {
    const y = +ym[1];
    let ye = YEAR4_RE.lastIndex;
    if (y >= 1000 && y <= 2099 && !isLetterCode(text.charCodeAt(ye)) && !(text[ye] === ',' && isDigitCode(text.charCodeAt(ye + 1)))) {
      // winter 1920–21 / winter of 1920-1921 = the winter starting in 1920
      if (code === 24 && !ofYearPart) {
        WINTER_SPAN_RE.lastIndex = ye;
        const r = WINTER_SPAN_RE.exec(text);
        if (r) {
          const v = +r[1];
          if ((r[1].length === 2 && v === (y + 1) % 100) || v === y + 1) ye = WINTER_SPAN_RE.lastIndex;
        }
      }
      const pt: Pt = { k: 'pt', s, e: ye, t: 'season', y, season: code };
      if (ofYearPart) pt.ofYearPart = ofYearPart;
      return pt;
    }
  }
  if (n && n.w === 'of') return null; // "the fall of the government"
  if (n && cap && isUpper(text[n.s]) && /^[a-z]+$/.test(n.w) && !(n.w in MONTHS)) return null; // "Winter Palace"
  if (st.w === 'fall' && !withThe) return null;
  if (ctx.inner || ctx.inRange) return { k: 'pt', s, e, t: 'season', season: code };
  const pv = sc.prevWord(s);
  if (pv && (MONTH_CUES.has(pv.w) || pv.w === 'through' || pv.w === 'over') && pv.w !== 'from') return { k: 'pt', s, e, t: 'season', season: code };
  return null;
}

/** "Christmas (Day/Eve)", "New Year's Day/Eve", "Easter (Sunday)", "Easter Monday", "Good Friday", "Whit Sunday", with a year or a cue. */
export function holidayPoint(sc: Scanner, t: Tok, ctx: PointCtx): Pt | null {
  let m = 12;
  let d = 25;
  let e = t.e;
  let easter = false;
  let offset = 0;
  if (t.w === 'easter' || t.w === 'good' || t.w === 'whit' || t.w === 'whitsun') {
    // Movable feasts, counted from Easter Sunday: "Easter Monday", "Good Friday", "Whit Sunday", "Whitsun".
    if (!isUpper(sc.text[t.s])) return null;
    easter = true;
    const n = sc.tok(e);
    const day = n && isUpper(sc.text[n.s]) ? n.w : undefined;
    const feast = t.w === 'easter' ? (day === 'monday' ? 1 : 0) : t.w === 'good' ? (day === 'friday' ? -2 : undefined) : day === 'monday' ? 50 : day === 'sunday' || t.w === 'whitsun' ? 49 : undefined;
    if (feast === undefined) return null;
    offset = feast;
    if (day && (day === 'sunday' || day === 'monday' || day === 'friday' || (day === 'day' && t.w === 'easter'))) e = n!.e;
  } else if (t.w === 'christmas') {
    const n = sc.tok(e);
    if (n && (n.w === 'day' || n.w === 'eve') && isUpper(sc.text[n.s])) {
      if (n.w === 'eve') d = 24;
      e = n.e;
    }
  } else {
    // New Year's Day / Eve
    const mt = /New Year['\u2019]s (Day|Eve)\b/y;
    mt.lastIndex = t.s;
    const r = mt.exec(sc.text);
    if (!r) return null;
    e = mt.lastIndex;
    if (r[1] === 'Day') (m = 1), (d = 1);
    else (m = 12), (d = 31);
  }
  const pt: Pt = { k: 'pt', s: t.s, e, t: 'day', m, d };
  if (easter) pt.easter = true;
  if (offset) pt.easterOffset = offset;
  const ym = sc.re(YEAR4_RE, e);
  if (ym) {
    pt.y = parseInt(ym[1], 10);
    pt.e = YEAR4_RE.lastIndex;
    return pt;
  }
  const pv = sc.prevWord(t.s);
  if (ctx.inRange || (pv && ['at', 'by', 'before', 'after', 'until', 'till', 'since', 'around', 'on', 'over', 'from', 'about'].includes(pv.w))) return pt;
  return null;
}
