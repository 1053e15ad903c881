// The discourse pass: turns the scan's candidates, in text order, into
// DateMentions. It tracks the section (headings), the discourse year that
// dates without a year take, and the last resolved mention that relative dates
// count from. This is the only place with state across mentions.
//
// Conventions:
//
// * Implied years: a date without a year ("October 25", "in January", "that spring",
//   "mid-January") takes the year of the nearest preceding explicit year in the same
//   section (`implied: true`, `anchor` = the mention that supplied it), or, before the
//   section has one, the year its enclosing Markdown section's own text set ("# July to
//   October 1917" over "## Timeline"). Sections
//   start at heading lines (markdown "#", numbered "12. Title", or a short line
//   without terminal punctuation standing between blank lines). Bare years in
//   parentheses, "(1931)", are citations and do not set the discourse year; decades
//   and centuries do not either, nor does an attributive year: a bare year (or
//   range of bare years) between a determiner (the/a/an/his/her/its/their/this/
//   that/...) and a following noun, "the 1911 Revolution", "a 1905 constitution",
//   "the 1914–1918 war". It names or qualifies something and says nothing about
//   when the surrounding sentences happen; it is still reported as a date, but
//   neither sets the discourse year nor anchors a following relative date.
//   Nor does a year that looks back within a sentence: one earlier than the year the
//   same sentence already set ("In 1923, … since the seizure of power in 1917").
//   Without a year: `options.defaultYear`, else no interval. When the discourse
//   year came from a range ("1918–21"), the implied year is the first one that
//   puts the date inside the range.
// * A relative date glossed by a parenthesised date right after it, "a few days
//   later (January 4, 1923)", "two years later (1919)", takes the date's interval
//   and granularity, with the date as its anchor.

import type { DateMention, Granularity, Span } from '../types';
import { civilFromDays, dayToIso, daysFromCivil, isoToDay, julianToGregorian } from './calendar';
import { otherCalendarOf } from './calendarMarks';
import { toEdtf } from './edtf';
import { ATTRIBUTIVE_DETERMINERS, MONTHS, NON_HEAD_WORDS, ORDINAL_WORDS, SEASONS, weekdayIndex } from './lexicon';
import { explicitY, ptBounds, resolveCand, type Cand, type Pt, type Rng } from './model';
import type { DateOptions } from './recognize';
import { UNIT_GRAN, relativeInterval } from './relative';
import { Scanner, isLetterCode } from './scanner';

/**
 * A dateline: a date opening its line, after at most a place and a comma ("MOSCOW, 22 JANUARY 1924 (ROSTA). —",
 * "CONSTANTINOPLE FEB 12 —", "Gorki, 10 March 1923.", "Annotation, written 28 January 1937."), closed by a stop, a dash or a colon.
 */
const DATELINE_PLACE = /^[\s>*_#-]*(?:\p{Lu}[\p{L}.'’ -]{1,40},\s+|\p{Lu}[\p{Lu}.'’ -]{1,40}\s+)$/u;
const DATELINE_OPENING = /^[\s>*_#-]*(?:\p{Lu}[\p{L}.'’ -]{1,40},\s+|\p{Lu}[\p{Lu}.'’ -]{1,40}\s+)?(?:(?:written|dated)\s+)?$/u;
// (…or by its place after a comma: "Tuesday 30 March 1920, Moscow. Reader: …", a register's entry.)
const DATELINE_CLOSE = /^(?:,\s*\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*){0,2})?\s*(?:\([^()\n]{1,30}\))?\s*[.:—–-]/u;

/** How far past the text's own date a date with no year may be and still be read in its year: what is announced as coming. */
const FUTURE_DAYS = 62;

export function isDateline(text: string, span: Span, withPlace = false): boolean {
  const lineStart = text.lastIndexOf('\n', span.start - 1) + 1;
  const opening = text.slice(lineStart, span.start);
  return ((withPlace ? DATELINE_PLACE : DATELINE_OPENING).test(opening) || (!withPlace && LETTER_DATED.test(opening))) && DATELINE_CLOSE.test(text.slice(span.end, span.end + 40));
}

/** A letter's or a telegram's heading that gives its date: "**Letter to his brother, Moscow, dated Tuesday 22 December 1925.**". */
const LETTER_DATED = /^[\s>*_#-]*(?:\p{L}[\p{L}.'’ -]{0,30}:\s*)?[*_]*(?:(?:an?|the|his|her)\s+)?(?:letter|telegram|postcard|card|note|dispatch|despatch|cable|wire)\b[^\n"“]{0,60}\bdated\s+$/iu;

/**
 * The year of a date without one, read from the writer's present day: that day's year, or the year before for a date well
 * past it (more than FUTURE_DAYS, beyond what may be announced as coming).
 */
function yearFromPresent(c: Pt | Rng, present: number): number {
  const year = civilFromDays(present).y;
  const bounds = ptBounds(c.k === 'pt' ? c : c.a, year);
  return bounds && bounds[0] > present + FUTURE_DAYS ? year - 1 : year;
}

/** Whether a yearless day is `day`'s day and month. */
function sameDayOfYear(c: Pt, day: number): boolean {
  const at = civilFromDays(day);
  return c.m === at.m && c.d === at.d;
}

/** A day of the month glossing a weekday: ", the twenty-first", ", the 21st". */
function dayOfMonthAfter(text: string, at: number): number | undefined {
  const m = /^,?\s+the\s+(?:(\d{1,2})(?:st|nd|rd|th)|(?:(twenty|thirty)[\s-])?([a-z]+))\b/i.exec(text.slice(at, at + 30));
  if (!m) return undefined;
  if (m[1]) return Number(m[1]);
  const unit = ORDINAL_WORDS[m[3].toLowerCase()];
  if (unit === undefined) return undefined;
  const n = (m[2] ? (m[2].toLowerCase() === 'twenty' ? 20 : 30) : 0) + unit;
  return n >= 1 && n <= 31 ? n : undefined;
}

/** 0 for Monday … 6 for Sunday, of a day counted from 1 January 1970 (day 0, a Thursday). */
function weekdayOfDay(day: number): number {
  return (((day + 3) % 7) + 7) % 7;
}

/** The `weekday` that fell on day `n` of a month, the last on or before `day` within five weeks; none if no such. */
function weekdayNamed(day: number, weekday: number, n: number): [number, number, Granularity] | undefined {
  for (let d = day; d > day - 36; d--) {
    if (civilFromDays(d).d === n && weekdayOfDay(d) === weekday) return [d, d, 'day'];
  }
  return undefined;
}

/** The day of `weekday` (0 = Monday) on or before `day` (dir -1), or the first after it (dir 1). */
function weekdayBefore(day: number, weekday: number, dir: number): [number, number, Granularity] {
  let d = day;
  if (dir > 0) d++;
  while (weekdayOfDay(d) !== weekday) d += dir > 0 ? 1 : -1;
  return [d, d, 'day'];
}

/** Resolve candidates (sorted, non-overlapping) into mentions. */
export function resolve(sc: Scanner, cands: Cand[], options: DateOptions): DateMention[] {
  const text = sc.text;
  // The day the text was written, where the metadata gives one day (an issue, a letter).
  const writingDay = options.written && options.written.earliest === options.written.latest ? isoToDay(options.written.earliest) : undefined;
  // (Items under run-in titles are sections only in a text of one day, an issue's: see RUN_IN_TITLE.)
  const sections = new Sections(text, writingDay !== undefined);
  const out: DateMention[] = [];
  // (`present`: the text's own day, where the year is the writer's present, set by the dateline or counted from it.)
  let disc: { y: number; yLo: number; lo: number; hi: number; span: Span; sec: number; present?: number } | undefined;
  let last: { lo: number; hi: number; g: Granularity; span: Span } | undefined;
  // The last dateline's day, which "yesterday" and "on Monday" count from, whatever dates the dispatch has told since.
  let dateline: typeof last;
  // The text's own date written out elsewhere than as a dateline (an issue's masthead, "No. 14, Thursday 21 October 1926"), the day the
  // metadata gives: what "five days ago" and a yearless date count from, in a section that has told no other year.
  let masthead: typeof last;
  // The discourse year each section last set: an enclosing section's is the default of the sections under it.
  const ownDisc = new Map<number, NonNullable<typeof disc>>();
  // The days a log or a diary was written, where it has entries dated without a year (two at least: one such line may be a caption).
  const written = options.written && loggedDays(text, cands, [isoToDay(options.written.earliest), isoToDay(options.written.latest)]);
  // Yearless days and months whose year a phrase after them counts from the date told before ("in May and in December of the year before").
  const yearFrom = new Map<Cand, { y: number; end?: number; anchor: Span }>();
  const skipped = new Set<Cand>();
  for (const [i, c] of cands.entries()) {
    if (skipped.has(c)) continue;
    const mention: DateMention = { start: c.s, end: c.e, text: text.slice(c.s, c.e), kind: 'date', qualifiers: [] };
    if (last && !yearFrom.has(c) && c.k === 'pt' && c.y === undefined) {
      const counted = countedYear(text, cands, i, civilFromDays(last.lo).y, skipped);
      if (counted) for (const [k, v] of counted) yearFrom.set(k, { ...v, anchor: last.span });
    }
    const own = yearFrom.get(c);
    if (own?.end !== undefined) {
      mention.end = own.end;
      mention.text = text.slice(c.s, own.end);
    }
    if (c.k === 'duration' || c.k === 'set') {
      mention.kind = c.k;
      out.push(mention);
      continue;
    }
    const sec = sections.of(c.s);
    if (disc) ownDisc.set(disc.sec, disc);
    // A section with no year of its own yet reads its dates in the year its enclosing heading's text set
    // ("# Petrograd between July and October 1917" … "## Timeline" … "- 3–7 July (OS): the July Days").
    let discYear = disc && disc.sec === sec ? disc : undefined;
    for (let p = sections.parent(sec); !discYear && p !== undefined; p = sections.parent(p)) discYear = ownDisc.get(p);
    if (c.k === 'relative') {
      mention.kind = 'relative';
      mention.granularity = UNIT_GRAN[c.unit];
      if (c.approx) mention.qualifiers.push('approximate');
      let base: { lo: number; hi: number; g: Granularity; span: Span } | undefined = last;
      if (c.base) {
        const b = resolveCand(c.base, discYear?.y);
        base = b ? { lo: b.lo, hi: b.hi, g: b.g, span: { start: c.base.s, end: c.base.e } } : undefined;
      }
      // "yesterday", "today" count from a dateline only ("MOSCOW, 22 JANUARY 1924. — Lenin died yesterday"), never from a date of the story.
      // Elsewhere they are the writer's day, which the text does not give, or a figure of speech ("built for tomorrow"): no mention.
      const now = dateline ?? (masthead && (!discYear || discYear.span === masthead.span) ? masthead : undefined);
      // "this month", "this week": the writer's, where the text gives its day.
      // (Not from a dateline older than the last day told: "Petition No. 2, Thursday 18 July 1929 … This week", under an entry of May.)
      if (now && c.dir === 0 && /^this\s+(?:month|week)$/i.test(text.slice(c.s, c.e)) && (!last || last.lo <= now.lo)) {
        base = now;
        mention.deictic = true;
      }
      if (c.deictic) {
        if (!now) continue;
        base = now;
        mention.deictic = true;
      }
      // "Five days ago, on the 16th", under the date: days back from it. (Years and months ago are read with the
      // "today" or "this month" after them, in recognize.ts; bare, they are too loose to date from a day.)
      const ago = !!c.ago && !!now && c.unit === 'day';
      if (ago) {
        base = now;
        mention.deictic = true;
      }
      if ((!c.noInterval || ago) && base) {
        // "on Monday evening, the twenty-first": the Monday the day of the month names, not the last before the dateline.
        const named = c.weekday !== undefined ? dayOfMonthAfter(text, c.e) : undefined;
        const r = c.weekday !== undefined ? (named !== undefined ? weekdayNamed(base.lo, c.weekday, named) : weekdayBefore(base.lo, c.weekday, c.dir)) : relativeInterval(base, c);
        if (r) {
          mention.interval = { earliest: dayToIso(r[0]), latest: dayToIso(r[1]) };
          mention.granularity = r[2];
          mention.anchor = base.span;
          mention.edtf = toEdtf({ interval: mention.interval, granularity: r[2] });
          last = { lo: r[0], hi: r[1], g: r[2], span: { start: c.s, end: c.e } };
          const a = civilFromDays(r[0]);
          const b = civilFromDays(r[1]);
          // A window across New Year ("A few weeks before, on 19 December", from 20 January 1928) sets both its years: a date
          // without a year then takes the one that puts it inside the window (19 December 1927), as for a range. Only a window
          // counted from a day or a month: "a few months later" from "1917" is too loose to set the story's year.
          const precise = a.y === b.y || ((base.g === 'day' || base.g === 'month') && r[1] - r[0] <= 366);
          if (precise && (r[2] === 'day' || r[2] === 'month' || r[2] === 'year')) disc = { y: b.y, yLo: a.y, lo: r[0], hi: r[1], span: { start: c.s, end: c.e }, sec, ...(base === now && now && r[0] <= now.lo && now.lo <= r[1] ? { present: now.lo } : {}) };
        } else mention.anchor = base.span; // base too coarse (relative.ts): counted from it, no interval
      }
      // A time Clio cannot place ends the chain: "150 years ago today the mill burnt down. Twenty years later, on 2 April 1900"
      // counts from the fire, not from the date before it.
      if (!mention.interval) last = undefined;
      out.push(mention);
      continue;
    }
    // Points and ranges.
    const explicitYear = c.k === 'pt' ? explicitY(c) : explicitY(c.b) ?? explicitY(c.a);
    let year: number | undefined = undefined;
    let implied = false;
    const needYear = c.k === 'pt' ? c.y === undefined : c.a.y === undefined && c.b.y === undefined;
    // A log's or a diary's entry dated without a year, as a dateline ("Saturday, 19th January. Constantinople, Galata quay."),
    // is in the days the text was written, whatever year the story had reached; the entries after it follow it.
    let entryYear: number | undefined;
    if (needYear && c.k === 'pt' && c.t === 'day' && written && isDateline(text, { start: c.s, end: c.e })) entryYear = yearWithin(c, written);
    if (own) {
      year = own.y;
      mention.anchor = own.anchor;
    } else if (entryYear !== undefined) {
      year = entryYear;
      implied = true;
    } else if (needYear) {
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
        // "Wednesday, 16 March", "October the 16th, a Saturday": the weekday picks the year nearest the discourse's that has it;
        // past the next and the last, the year the text was written in, where the story has moved on to its own days.
        const weekday = c.k === 'pt' ? c.weekday ?? weekdayAfter(text, c.e) : undefined;
        if (c.k === 'pt' && weekday !== undefined && c.m !== undefined && c.d !== undefined && c.cal !== 'julian' && weekdayOf(year, c.m, c.d) !== weekday) {
          const writingYear = options.written ? Number(options.written.latest.slice(0, 4)) : undefined;
          const near = [1, -1].map((k) => discYear.y + k);
          const own = writingYear !== undefined && writingYear > discYear.y + 1 ? [writingYear, writingYear - 1] : [];
          for (const y of [...near, ...own, ...[2, -2, 3, -3, 4, -4, 5, -5, 6, -6].map((k) => discYear.y + k)]) {
            if (weekdayOf(y, c.m, c.d) !== weekday) continue;
            year = y;
            break;
          }
        }
        // (A year that is the writer's present, "this month" of a dispatch, leaves a month well past the dispatch's day in the year before.)
        if (discYear.present !== undefined && year === civilFromDays(discYear.present).y) year = yearFromPresent(c, discYear.present);
        implied = true;
        mention.anchor = discYear.span;
      } else if (writingDay !== undefined && c.k === 'pt' && c.t === 'day' && sameDayOfYear(c, writingDay)) {
        // The writing day itself, its year left out ("From our Correspondent. Riga, January 29."): the metadata's year, and the text's date.
        year = civilFromDays(writingDay).y;
      } else if (dateline ?? masthead) {
        // A section that has told no year yet is in the year of the text's own date: a newspaper's issue, a letter's head.
        // (…or the year before, for a month well past the text's: in a dispatch of January 1924, "the autumn" and "December" are
        // of 1923; "7 November", in an issue of 21 October, still of this year.)
        const own = (dateline ?? masthead)!;
        year = yearFromPresent(c, own.lo);
        implied = true;
        mention.anchor = own.span;
      } else if (options.defaultYear !== undefined) {
        year = options.defaultYear;
        implied = true;
      } else if (c.k === 'pt' && c.decadeShort !== undefined) {
        year = 1900;
      }
    }
    if (c.k === 'pt' && c.decadeShort !== undefined && !discYear) implied = false;
    const r = resolveCand(c, year);
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
      mention.otherCalendar = otherCalendarOf(cal, r.lo, r.hi);
    }
    out.push(mention);
    glossRelative(text, out);
    const attributive = attributiveYear(sc, c);
    if (!attributive) last = { lo: r.lo, hi: r.hi, g: r.g, span: { start: c.s, end: c.e } };
    if (r.g === 'day' && isDateline(text, { start: c.s, end: c.e })) dateline = { lo: r.lo, hi: r.hi, g: r.g, span: { start: c.s, end: c.e } };
    else if (r.g === 'day' && !implied && !masthead && writingDay !== undefined && r.lo === writingDay && r.hi === writingDay) masthead = { lo: r.lo, hi: r.hi, g: r.g, span: { start: c.s, end: c.e } };
    if (entryYear !== undefined) disc = { y: entryYear, yLo: entryYear, lo: r.lo, hi: r.hi, span: { start: c.s, end: c.e }, sec };
    else if (explicitYear !== undefined && (r.g === 'day' || r.g === 'month' || r.g === 'season' || r.g === 'year')) {
      const paren = c.k === 'pt' ? c.paren : c.a.paren || (text[c.s - 1] === '(' && text[c.e] === ')');
      // Within one sentence, a year earlier than the one the sentence already set looks back
      // ("In 1923, the proletariat was a shadow of its self of the seizure of power in 1917"):
      // the story stays in 1923.
      const lookingBack = disc !== undefined && disc.sec === sec && explicitYear < disc.y && !/[.!?]\s|\n/.test(text.slice(disc.span.end, c.s));
      if (!paren && !attributive && !lookingBack) {
        const yLo = Math.min(explicitYear, civilFromDays(r.lo).y);
        disc = { y: explicitYear, yLo: Math.max(yLo, explicitYear - 20), lo: r.lo, hi: r.hi, span: { start: c.s, end: c.e }, sec };
      }
    }
  }
  return out;
}


const OF_COUNTED_YEAR = /^\s*,?\s*of\s+(?:the\s+(?:(year\s+before(?!\s+last)|previous\s+year|preceding\s+year)|(following\s+year|next\s+year|year\s+after)|same\s+year)|that\s+(?:same\s+)?year)\b/i;
const AND_THEN = /^\s*(?:,\s*)?(?:and|or|,)\s+(?:(?:again|then)\s+)?(?:(?:in|on)\s+)?(?:the\s+)?$/i;

/**
 * "There had been strokes in May and in December of the year before", "in March of the following year", "December of that year":
 * the yearless day or month at `i` (with those listed with it) is in the year the phrase counts from the last date told (`lastYear`),
 * not the story's year; the phrase's own mention (in `skipped`) joins the last of them.
 */
function countedYear(text: string, cands: readonly Cand[], i: number, lastYear: number, skipped: Set<Cand>): Map<Cand, { y: number; end?: number }> | undefined {
  let j = i;
  while (j + 1 < cands.length) {
    const n = cands[j + 1];
    if (n.k !== 'pt' || n.y !== undefined || !AND_THEN.test(text.slice(cands[j].e, n.s))) break;
    j++;
  }
  const m = OF_COUNTED_YEAR.exec(text.slice(cands[j].e, cands[j].e + 40));
  if (!m) return undefined;
  const end = cands[j].e + m[0].length;
  const y = lastYear + (m[1] ? -1 : m[2] ? 1 : 0);
  for (const c of cands.slice(j + 1)) {
    if (c.s >= end) break;
    skipped.add(c);
  }
  const out = new Map<Cand, { y: number; end?: number }>();
  for (let k = i; k <= j; k++) out.set(cands[k], k === j ? { y, end } : { y });
  return out;
}

/** The writing window, if at least two yearless days open their lines as datelines and fall in it. */
function loggedDays(text: string, cands: readonly Cand[], window: [number, number]): [number, number] | undefined {
  let entries = 0;
  for (const c of cands) {
    if (c.k !== 'pt' || c.t !== 'day' || c.y !== undefined || !isDateline(text, { start: c.s, end: c.e })) continue;
    if (yearWithin(c, window) !== undefined && ++entries >= 2) return window;
  }
  return undefined;
}

/** Before 1918 a Russian text's days may be Old Style, up to 13 days behind the New Style the metadata gives its window in. */
const OLD_STYLE_LAG = 13;

/** The year that puts a day without one inside a window of days, if any. */
function yearWithin(c: Pt, [lo, hi]: [number, number]): number | undefined {
  for (let y = civilFromDays(lo).y; y <= civilFromDays(hi).y; y++) {
    const r = ptBounds(c, y);
    // ("3 March" of an Old Style register whose window opens on 8 March 1917 New Style, its first entry's 23 February, is of 1917.)
    if (r && r[0] >= lo - (y <= 1918 ? OLD_STYLE_LAG : 0) && r[1] <= hi) return y;
  }
  return undefined;
}

/**
 * "A few days later (January 4, 1923)": a relative date directly followed by a
 * parenthesised date takes that date's interval, with the date as its anchor.
 */
function glossRelative(text: string, out: DateMention[]): void {
  const n = out.length;
  if (n < 2) return;
  const rel = out[n - 2];
  const d = out[n - 1];
  if (rel.kind !== 'relative' || !d.interval) return;
  let p = rel.end;
  while (text[p] === ' ' || text[p] === '\t') p++;
  if (text[p] !== '(') return;
  p++;
  while (text[p] === ' ') p++;
  if (p !== d.start) return;
  let q = d.end;
  while (text[q] === ' ') q++;
  if (text[q] !== ')') return;
  if (rel.interval && rel.anchor) rel.counted = { interval: rel.interval, granularity: rel.granularity, from: rel.anchor };
  rel.interval = { ...d.interval };
  rel.granularity = d.granularity;
  rel.edtf = d.edtf;
  rel.anchor = { start: d.start, end: d.end };
}

/**
 * "the 1911 Revolution", "a 1905 constitution", "their 1914–1918 war": a bare
 * year (or a range of bare years) used as a modifier, between a determiner and
 * the noun it modifies on the same line.
 */
function attributiveYear(sc: Scanner, c: Pt | Rng): boolean {
  const a = c.k === 'pt' ? c : c.a;
  const b = c.k === 'pt' ? c : c.b;
  if (!a.bareYear || a.s !== c.s || b.t !== 'year') return false;
  const pv = sc.prev(c.s);
  if (!pv || !ATTRIBUTIVE_DETERMINERS.has(pv.w)) return false;
  const text = sc.text;
  let p = c.e;
  while (text.charCodeAt(p) === 32 || text.charCodeAt(p) === 9 || text.charCodeAt(p) === 0xa0) p++;
  if (p === c.e || !isLetterCode(text.charCodeAt(p))) return false;
  const nt = sc.tok(p)!;
  return !NON_HEAD_WORDS.has(nt.w) && !Object.hasOwn(SEASONS, nt.w) && !Object.hasOwn(MONTHS, nt.w);
}

/** Section numbers by offset: the count of heading lines at or before it. */
class Sections {
  private headings: Heading[] | undefined;

  constructor(
    private readonly text: string,
    private readonly runIn = false,
  ) {}

  of(pos: number): number {
    const h = this.list();
    let lo = 0;
    let hi = h.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (h[mid].start <= pos) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }

  /**
   * The section a section sits under: the nearest Markdown heading before it of a higher level.
   * Other headings (a numbered or short line) sit under the last Markdown heading. The text before
   * the first heading encloses nothing: a plain text's opening may be another piece's end.
   */
  parent(sec: number): number | undefined {
    const h = this.list();
    const level = sec > 0 ? h[sec - 1].level : 0;
    for (let k = sec - 1; k >= 1; k--) if (h[k - 1].level < level) return k;
    return undefined;
  }

  private list(): Heading[] {
    return (this.headings ??= findHeadings(this.text, this.runIn));
  }
}

let presentSections: { text: string; sections: Sections } | undefined;

/**
 * Whether the text at `at` is still in the present of its own date (`masthead`): no other date with a year has been told in
 * its section before it. A wall newspaper's item of this week is; a eulogy's memory of 1924 under its date of 1974 is not, nor
 * a planning sheet's row under its own day ("Wed 8 Oct 2025 … 102 years ago today").
 */
export function inTextsPresent(text: string, dates: readonly DateMention[], at: number, masthead: DateMention): boolean {
  // (Asked once per bare day or count of a text: its headings are found once.)
  if (presentSections?.text !== text) presentSections = { text, sections: new Sections(text, true) };
  const { sections } = presentSections;
  const sec = sections.of(at);
  let told: DateMention | undefined;
  for (const d of dates) {
    if (d.start >= at) break;
    if (d !== masthead && (d.kind === 'date' || d.kind === 'range') && d.interval && !d.implied && !d.deictic && sections.of(d.start) === sec) told = d;
  }
  return !told;
}

/** A line that starts a section, with its Markdown level (7 for a heading by layout alone). */
interface Heading {
  start: number;
  level: number;
}

/**
 * A run-in title: two words or more in capitals, closed by a stop, before the paragraph's text ("FROM THE PLENUM. The joint
 * plenum …"): an item of a newspaper's or a bulletin's issue, dated by the issue, not by the item before it. Not a script's
 * speaker ("VOICE OF A HISTORIAN:"), nor a heading line in capitals ("SCENE FOUR. MOSCOW.").
 */
const RUN_IN_TITLE = /^(?:[*_]{1,2})?\p{Lu}[\p{Lu}'’!-]+(?:\s+[\p{Lu}'’!-]+)+\.(?:[*_]{1,2})?\s+.*\p{Ll}/u;

/** Lines that start a new section (headings). */
function findHeadings(text: string, runIn: boolean): Heading[] {
  const out: Heading[] = [];
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
      let level = 7;
      const hashes = /^(#{1,6})\s/.exec(line);
      if (hashes) (heading = true), (level = hashes[1].length);
      else if (line.length <= 120 && /^(?:\d{1,3}(?:\.\d{1,3})*\.?|[IVXLC]{1,6}\.)\s+\S/.test(line)) heading = true;
      // A paragraph under a run-in title in capitals ("FROM THE PLENUM. The joint plenum …"): a wall newspaper's or a bulletin's item.
      else if (runIn && prevBlank && RUN_IN_TITLE.test(line)) heading = true;
      else if (prevBlank && line.length <= 80 && !/[.!?;:,\u2026"\u201d'\u2019]$/.test(line)) {
        let ne = end + 1;
        const nextEnd = text.indexOf('\n', ne);
        const next = ne > n ? '' : text.slice(ne, nextEnd < 0 ? n : nextEnd).trim();
        heading = next.length === 0;
      }
      if (heading) out.push({ start, level });
      prevBlank = false;
    }
    start = end + 1;
  }
  return out;
}

/** A weekday set off after a day: "October the 16th, a Saturday", "the 16th (Saturday)"; in any case where `caseless`. */
export function weekdayAfter(text: string, end: number, caseless = false): number | undefined {
  const m = (caseless ? WEEKDAY_AFTER_CASELESS : WEEKDAY_AFTER).exec(text.slice(end, end + 16));
  return m ? weekdayIndex(m[1].toLowerCase()) : undefined;
}
const WEEKDAY_AFTER = /^\s*(?:,\s*(?:a\s+)?|\(\s*)(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b/;
const WEEKDAY_AFTER_CASELESS = new RegExp(WEEKDAY_AFTER.source, 'i');

/** 0 for Monday … 6 for Sunday (1 January 1970, day 0, was a Thursday). */
export function weekdayOf(y: number, m: number, d: number): number {
  return weekdayOfDay(daysFromCivil(y, m, d));
}

/** The weekday of a day written in the Old Style (Julian) calendar. */
export function julianWeekdayOf(y: number, m: number, d: number): number {
  return weekdayOfDay(julianToGregorian(daysFromCivil(y, m, d)));
}
