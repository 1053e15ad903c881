// Recognition of date expressions in historical English prose: the public entry
// points. The work is split by concern:
//
//   scan.ts          anchor regex, backward walk to candidate starts, URL/e-mail skipping
//   ranges.ts        expressions: a point or a range of two points ("from X to Y", "1914–18")
//   absolute.ts      the point grammar's dispatcher; approximation, parts, "the …", ordinal words
//   numerals.ts      digit-led points: numeric/ISO dates, day–month, years and their filters,
//                    decades and centuries in figures, eras
//   named.ts         months, seasons, holidays
//   calendarMarks.ts Old Style / New Style markers and double dates
//   relative.ts      relative dates, durations, sets, and relative arithmetic
//   discourse.ts     sections, the discourse year (implied years), the resolution pass
//   model.ts         the parse representation and its day-interval semantics (parts of periods)
//   lexicon.ts       word tables and shared token shapes
//   scanner.ts       tokens and character classes
//
// Design: a first pass (scan.ts) collects non-overlapping candidates left to
// right; a second, linear pass (discourse.ts) resolves years from the discourse
// and anchors relative dates. All intervals are closed day intervals, proleptic
// Gregorian, astronomical years (see calendar.ts and edtf.ts); each module
// documents the conventions it implements.

import type { DateMention, DayInterval, Granularity, Span } from '../types';
import { addDays, addMonths, civilFromDays, dayToIso, daysFromCivil, daysInMonth, formatYearMonth, gregorianToJulian, intervalFromDays, isoToDay, julianToGregorian, monthBounds } from './calendar';
import { otherCalendarOf } from './calendarMarks';
import { declaredCalendar, withDeclaredCalendar } from './calendarDeclaration';
import { inTextsPresent, isDateline, julianWeekdayOf, resolve, weekdayAfter, weekdayOf } from './discourse';
import { MONTHS, NUMBER_WORDS, weekdayIndex } from './lexicon';
import { scanCandidates } from './scan';
import { Scanner } from './scanner';

export interface DateOptions {
  /** Year for dates without one when the discourse supplies none. */
  defaultYear?: number;
  /** The year the text was written: "in June of this year" is in it. Without it, the last year of `written`. */
  writtenYear?: number;
  /** When the text was written (ISO days): a log's or a diary's entry dated without a year ("Saturday, 19th January.") is in it. */
  written?: { earliest: string; latest: string };
}

/** Recognise date expressions: sorted by start, non-overlapping. */
export function recognizeDates(text: string, options: DateOptions = {}): DateMention[] {
  const sc = new Scanner(text);
  // ("December last" is read before the weekdays: "the London congress of last May, which opened on Whit Sunday, the 19th" is in that May.)
  return weekdayCalendar(text, withDeclaredCalendar(text, ofThisYear(text, countToToday(text, onThisDay(text, weekdayDays(text, lastMonth(text, glossDays(text, clerksDays(text, resolve(sc, scanCandidates(sc), options), options.written)), options.written), options.written)), options.written), options.writtenYear ?? (options.written ? Number(options.written.latest.slice(0, 4)) : undefined))));
}

/**
 * A day before Russia's change of calendar written with its weekday ("Friday, March 16, 1917") is in the calendar whose
 * weekday it is, where only one has it: a New York register's Friday 16 March is no Old Style day. "Yesterday" and
 * "today" counted from it are in its calendar too.
 */
function weekdayCalendar(text: string, dates: DateMention[]): DateMention[] {
  const settled = new Map<number, DateMention['calendar']>();
  const out = dates.map((d): DateMention => {
    if (d.calendar || d.declared || d.kind !== 'date' || d.granularity !== 'day' || !d.interval || d.interval.earliest !== d.interval.latest || d.interval.earliest >= GREGORIAN_IN_RUSSIA) return d;
    const first = /^(monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b/i.exec(d.text);
    const weekday = first ? weekdayIndex(first[1].toLowerCase()) : weekdayAfter(text, d.end, true);
    if (weekday === undefined) return d;
    const day = isoToDay(d.interval.earliest);
    const [y, m, dd] = d.interval.earliest.split('-').map(Number);
    const gregorian = weekdayOf(y, m, dd) === weekday;
    const julian = julianWeekdayOf(y, m, dd) === weekday;
    if (gregorian === julian) return d;
    settled.set(d.start, gregorian ? 'gregorian' : 'julian');
    return gregorian ? { ...d, calendar: 'gregorian' } : { ...d, calendar: 'julian', otherCalendar: otherCalendarOf('julian', day, day) };
  });
  if (!settled.size) return out;
  return out.map((d) => {
    const cal = d.deictic && !d.calendar && d.anchor && d.interval ? settled.get(d.anchor.start) : undefined;
    if (!cal) return d;
    return cal === 'gregorian' ? { ...d, calendar: cal } : { ...d, calendar: cal, otherCalendar: otherCalendarOf('julian', isoToDay(d.interval!.earliest), isoToDay(d.interval!.latest)) };
  });
}

/**
 * "Last December", "next March": a month counted from the day of writing (an entry's dateline, or a text written within a
 * year), the last such month before it or the next after it, not a month of the story's year.
 */
function lastMonth(text: string, dates: DateMention[], written: DayInterval | undefined): DateMention[] {
  if (!/\b(?:[Ll]ast|[Nn]ext)\s+\p{Lu}\p{Ll}+|\p{Lu}\p{Ll}+\s+(?:last|next)\b/u.test(text)) return dates;
  const writing = written && isoToDay(written.latest) - isoToDay(written.earliest) <= 366 ? written.latest : undefined;
  let dateline: string | undefined;
  return dates.map((d) => {
    if (isDatelineDay(text, d)) dateline = d.interval!.earliest;
    const word = /\b(last|next)\s+$/i.exec(text.slice(Math.max(0, d.start - 8), d.start));
    const which = (word?.[1] ?? /\s(last|next)$/i.exec(d.text)?.[1])?.toLowerCase();
    const now = dateline ?? writing;
    // (A month the text gave no year at all is counted too: "December last" in a newsreel log of 23 February 1928.)
    const yearless = !d.interval && d.kind === 'date' && d.granularity === 'month' ? MONTHS[/\p{L}+/u.exec(d.text)![0].toLowerCase()] : undefined;
    if (!which || !now || (!d.implied && !yearless) || d.granularity !== 'month' || (!d.interval && !yearless)) return d;
    const [y, m] = [Number(now.slice(0, 4)), Number(now.slice(5, 7))];
    const month = yearless ?? Number(d.interval!.earliest.slice(5, 7));
    const year = which === 'last' ? (month < m ? y : y - 1) : month > m ? y : y + 1;
    const { implied: _implied, anchor: _anchor, ...rest } = d;
    const start = word ? d.start - word[0].length : d.start;
    return { ...rest, start, text: text.slice(start, d.end), interval: intervalFromDays(...monthBounds(year, month)), edtf: formatYearMonth(year, month) };
  });
}

/**
 * "in June of this year", "on 3 May this year" ("of last year", "of next year"): a day or month in the year the text was written (or either side of it), whatever year the
 * story had reached ("… since Yakir and Tukhachevsky were tried and shot in June of this year", in a transcript of 1937).
 */
function ofThisYear(text: string, dates: DateMention[], writtenYear: number | undefined): DateMention[] {
  if (writtenYear === undefined || !/\b(?:(?:this|last|next)\s+year|year\s+before\s+last)\b/i.test(text)) return dates;
  // The words "of the year before last" become the date's: "the year before" in them is no date of its own.
  const taken: Span[] = [];
  // Under an entry's dateline, "this year" is the entry's ("Sat 2 March 1918. … on this day last year"), not the last year the log was kept in.
  let entryYear: number | undefined;
  let entryGregorian = false;
  const out = dates.map((d): DateMention => {
    if (isDatelineDay(text, d)) {
      entryYear = Number(d.interval!.earliest.slice(0, 4));
      entryGregorian = !d.calendar && d.interval!.earliest >= GREGORIAN_IN_RUSSIA;
    }
    const year = entryYear ?? writtenYear;
    // "this year" itself is the year of writing.
    if (d.kind === 'relative' && /^this\s+year$/i.test(d.text)) {
      const y = String(year).padStart(4, '0');
      const { anchor: _anchor, ...rest } = d;
      return { ...rest, interval: { earliest: `${y}-01-01`, latest: `${y}-12-31` }, granularity: 'year', edtf: y };
    }
    // "in June of this year"; "in October of last year", "in March of next year": the year before or after the writing.
    // …and "in December of the year before last": two years before.
    const phrase = /^\s*,?\s*(?:of\s+)?(?:(this|last|next)\s+year|the\s+year\s+(before)\s+last)\b/i.exec(text.slice(d.end, d.end + 28));
    const which = (phrase?.[1] ?? phrase?.[2])?.toLowerCase();
    if (!which || !d.interval || (d.granularity !== 'day' && d.granularity !== 'month')) return d;
    const y = String(year + (which === 'before' ? -2 : which === 'last' ? -1 : which === 'next' ? 1 : 0)).padStart(4, '0');
    const move = (iso: string) => y + iso.slice(iso.indexOf('-', 1));
    const { implied: _implied, anchor: _anchor, ...rest } = d;
    const moved = { ...rest, interval: { earliest: move(d.interval.earliest), latest: move(d.interval.latest) }, ...(d.edtf ? { edtf: d.edtf.replace(/^-?\d{4}/, y) } : {}) };
    if (which === 'before') {
      const end = d.end + phrase![0].length;
      taken.push({ start: d.end, end });
      return { ...moved, end, text: text.slice(d.start, end) };
    }
    // "on this day last year": one date, the day of the dateline a year before, no longer a count from it; counted
    // from a dateline of the new calendar, it is in that calendar, with no Old Style reading ("Sat 2 March 1918. … on
    // this day last year" is 2 March 1917 in the West, not the Russian 2 March).
    if (d.kind !== 'relative') return moved;
    const { deictic: _deictic, ...date } = moved;
    const end = d.end + phrase![0].length;
    return { ...date, kind: 'date' as const, end, text: text.slice(d.start, end), ...(entryGregorian && /^this\s+(?:very\s+)?day$/i.test(d.text) ? { calendar: 'gregorian' as const } : {}) };
  });
  return taken.length ? out.filter((d) => !taken.some((t) => d.start >= t.start && d.end <= t.end)) : out;
}

/** A day-sized date that is its entry's dateline: what "today", "this year", "last December" and a bare day count from. */
function isDatelineDay(text: string, d: DateMention): boolean {
  return d.kind === 'date' && d.granularity === 'day' && !!d.interval && isDateline(text, d);
}

/**
 * The text's own date written out before `at` elsewhere than as a dateline (an issue's masthead: "Wall newspaper …, No. 14,
 * Thursday 21 October 1926"), the day the metadata gives, where the text at `at` is still in its present (`inTextsPresent`).
 */
function mastheadFor(text: string, dates: readonly DateMention[], at: number, written: DayInterval | undefined): DateMention | undefined {
  if (!written || written.earliest !== written.latest) return undefined;
  const own = dates.find((d) => d.start < at && d.kind === 'date' && d.granularity === 'day' && !d.implied && d.interval?.earliest === written.earliest && d.interval.latest === written.latest && !isDateline(text, d));
  return own && inTextsPresent(text, dates, at, own) ? own : undefined;
}

/** The first day of the new calendar in Russia: a dateline from then on is New Style. */
const GREGORIAN_IN_RUSSIA = '1918-02-14';

const COUNT_TO_TODAY = /^(\d{1,3}|[a-z]+)\s+(year|month|week)s?(\s+ago)?$/i;

/**
 * "Two years today, he said, since the steamer put him ashore", "six years ago today", "two years ago this month": a count
 * back from the day (or month) of the dateline, to the day (or month), not a count of years and the writer's day apart.
 * Without "ago" only before "since", which makes it a count back ("two years today" may be two years from now).
 */
function countToToday(text: string, dates: DateMention[], written?: DayInterval): DateMention[] {
  const out: DateMention[] = [];
  // The counts merged with their "today", and how many days back they moved it: a count after, "two days later", counted from
  // that "today", moves with it ("ten years ago today the Ilyich carried him out of Odessa; two days later he landed").
  const moved: { from: DateMention; to: DateMention; days: number }[] = [];
  for (let i = 0; i < dates.length; i++) {
    let d = dates[i];
    let now = dates[i + 1];
    // "today is five years since …": the same count, told after its "today".
    const after = !!now && !!d.interval && /^(?:today|yesterday)$/i.test(d.text) && !now.interval && /^\s+(?:it\s+)?(?:is|was|makes|made|marks)\s+$/i.test(text.slice(d.end, now.start)) && /^\s+since\b/i.test(text.slice(now.end, now.end + 8));
    if (after) [d, now] = [now, d];
    const month = !!now && /^this\s+month$/i.test(now.text);
    // ("Ten years yesterday since Lenin died", under an entry of 22 January 1934: counted back from the day before.)
    const count = !d.interval && now && (month || /^(?:today|yesterday|this\s+(?:very\s+)?day)$/i.test(now.text)) && (after || /^\s+$/.test(text.slice(d.end, now.start))) ? COUNT_TO_TODAY.exec(d.text) : null;
    const n = count ? (/^\d/.test(count[1]) ? Number(count[1]) : NUMBER_WORDS[count[1].toLowerCase()]) : undefined;
    // "today" is the dateline's day; "this month", read after a count that placed nothing, the month of the dateline before it.
    const dateline = count && !now.interval ? [...out].reverse().find((x) => isDatelineDay(text, x)) ?? mastheadFor(text, out, d.start, written) : undefined;
    const base = now?.interval ?? dateline?.interval;
    const end = after ? d.end : now?.end ?? 0;
    if (!count || !n || !base || !(count[3] || /^\s*,?\s*(?:[^,.;:!?]{1,30},\s*)?since\b/i.test(text.slice(end, end + 48)))) {
      out.push(dates[i]);
      continue;
    }
    const unit = count[2].toLowerCase();
    const back = (iso: string) => (unit === 'week' ? addDays(iso, -7 * n) : addMonths(iso, unit === 'year' ? -12 * n : -n));
    const from = civilFromDays(isoToDay(back(base.earliest)));
    const interval = month ? intervalFromDays(...monthBounds(from.y, from.m)) : { earliest: back(base.earliest), latest: back(base.latest) };
    const granularity: Granularity = month ? 'month' : 'day';
    const edtf = month ? formatYearMonth(from.y, from.m) : interval.earliest === interval.latest ? interval.earliest : `${interval.earliest}/${interval.latest}`;
    const start = Math.min(d.start, now.start);
    const merged: DateMention = { ...now, ...(dateline ? { anchor: { start: dateline.start, end: dateline.end }, deictic: true } : {}), start, end, text: text.slice(start, end), interval, granularity, edtf };
    out.push(merged);
    if (!month && now.interval) moved.push({ from: now, to: merged, days: isoToDay(interval.earliest) - isoToDay(base.earliest) });
    i++;
  }
  if (!moved.length) return out;
  return out.map((x) => {
    const m = x.kind === 'relative' && x.interval && x.anchor ? moved.find((v) => v.from.start === x.anchor!.start && v.from.end === x.anchor!.end && x.start > v.to.end && !/[.!?]\s/.test(text.slice(v.to.end, x.start))) : undefined;
    if (!m) return x;
    const shift = (iso: string) => dayToIso(isoToDay(iso) + m.days);
    const interval = { earliest: shift(x.interval!.earliest), latest: shift(x.interval!.latest) };
    return { ...x, interval, anchor: { start: m.to.start, end: m.to.end }, edtf: interval.earliest === interval.latest ? interval.earliest : `${interval.earliest}/${interval.latest}` };
  });
}

/**
 * "On this day in 1846": an anniversary's formula, one date: the day and month of "this day" (the post's, the dateline's)
 * in the year written after it, not "this day" and a year of its own. Without a day for "this day", the year alone.
 */
function onThisDay(text: string, dates: DateMention[]): DateMention[] {
  const out: DateMention[] = [];
  for (let i = 0; i < dates.length; i++) {
    const d = dates[i];
    const y = dates[i + 1];
    if (d.kind === 'relative' && /^this\s+(?:very\s+)?day$/i.test(d.text) && y?.granularity === 'year' && y.kind === 'date' && y.interval && /^\s+in\s+$/.test(text.slice(d.end, y.start))) {
      // (Not 29 February in a year without one.)
      const [year, month, day] = [Number(y.interval.earliest.slice(0, 4)), Number(d.interval?.earliest.slice(5, 7)), Number(d.interval?.earliest.slice(8, 10))];
      if (d.interval && day <= daysInMonth(year, month)) {
        const iso = `${y.interval.earliest.slice(0, 4)}${d.interval.earliest.slice(4)}`;
        const { anchor: _anchor, deictic: _deictic, ...rest } = d;
        out.push({ ...rest, kind: 'date', end: y.end, text: text.slice(d.start, y.end), interval: { earliest: iso, latest: iso }, granularity: 'day', edtf: iso });
      } else out.push(y);
      i++;
      continue;
    }
    out.push(d);
  }
  return out;
}

/** The matches of a global pattern that overlap none of `dates`: what a later pass may still read as a date. */
function freeMatches(re: RegExp, text: string, dates: readonly DateMention[]): RegExpExecArray[] {
  const out: RegExpExecArray[] = [];
  re.lastIndex = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const [start, end] = [m.index, m.index + m[0].length];
    if (!dates.some((d) => d.start < end && d.end > start)) out.push(m);
  }
  return out;
}

/**
 * "the 12th inst.", "the 3rd ult.", "the 1st prox.": a day of this month, the last or the next, in the style of minutes
 * and business letters; and a bare day after a preposition or a part of the day, "did not open until the 18th", "on the night of
 * the 10th", a day of the month just named.
 */
const CLERKS_DAY = /\b(?:the\s+)?(\d{1,2})(?:st|nd|rd|th)?\s+([Ii]nst|[Ii]nstant|[Uu]lt|[Uu]lto|[Uu]ltimo|[Pp]rox|[Pp]roximo)\b\.?|(?<=\b(?:[Oo]n|[Uu]ntil|[Tt]ill|[Bb]y|[Ff]rom|[Tt]o|[Bb]efore|[Aa]fter|(?:morning|afternoon|evening|night)\s+of)\s+)the\s+(\d{1,2})(?:st|nd|rd|th)\b(?!\s*(?:century|centuries|of\b|[-–]|\p{Lu}))/gu;

/** How many days past its dateline a bare day told in the past must be to be read in the month before. */
const PAST_MONTH_DAYS = 7;

/** A clause told in the past, not of what is still to come: "the porter says the exile reached", not "the congress will open". */
function toldInPast(clause: string): boolean {
  return /\b(?:was|were|had|\p{Ll}{3,}ed|met|sat|rose|began|fell|broke|went|came|took|gave|lost|fought|held|led|sent|shot|left|won|spoke|wrote)\b/u.test(clause) && !/\b(?:will|shall|is\s+to|are\s+to|is\s+due|are\s+due)\b/i.test(clause);
}

/**
 * Days written against the month of the date above them ("Wednesday 20th April 1927 … the butchery at Shanghai on
 * the 12th inst." is 12 April 1927). The month comes from the nearest day or month written out before, within a
 * few paragraphs; without one, the expression is left alone.
 */
function clerksDays(text: string, dates: DateMention[], written?: DayInterval): DateMention[] {
  const found = freeMatches(CLERKS_DAY, text, dates);
  if (!found.length) return dates;
  const out = [...dates];
  for (const m of found) {
    const start = m.index;
    const end = start + m[0].length;
    // A bare day reads against a day or month just named (in its paragraph); the clerk's, against the letter's date above.
    const bare = m[3] !== undefined;
    const near = (d: DateMention) => d.end <= start && start - d.end < (bare ? 400 : 3000) && !!d.interval && (d.granularity === 'day' || d.granularity === 'month');
    // A day of a part of the day ("on the evening of the 21st") reads against a date in its own sentence or a diary's
    // dateline only: a post's own date above it ("(15 March 2015): Lenin died on the evening of the 21st") is not its month.
    const partOfDay = bare && /(?:morning|afternoon|evening|night)\s+of\s+$/.test(text.slice(Math.max(0, start - 16), start));
    let anchor = [...dates].reverse().find((d) => near(d) && d.kind !== 'relative' && (!partOfDay || !/[.!?:;]\s/.test(text.slice(d.end, start)) || isDateline(text, d)));
    // Under an entry's dateline, a month of another year (or of the old calendar) told in an earlier sentence is a memory, not the day's month: "Sunday
    // 20 November 1927. An old member recalled October, by the old style. The papers say they were expelled on the 14th."
    // (A long entry's bare day far from any date reads against the entry's dateline, in its paragraph.)
    const entryDateline = bare ? [...dates].reverse().find((d) => d.end <= start && isDatelineDay(text, d) && !/\n\s*\n/.test(text.slice(d.end, start))) : undefined;
    if (!anchor && entryDateline && !partOfDay) anchor = entryDateline;
    const dateline = bare && anchor ? entryDateline : undefined;
    const recalled = !!dateline && anchor !== dateline && /[.!?]\s/.test(text.slice(anchor!.end, start)) && (anchor!.interval!.earliest.slice(0, 4) !== dateline.interval!.earliest.slice(0, 4) || anchor!.calendar === 'julian');
    if (recalled) anchor = dateline;
    // With no day or month in its paragraph, a bare day reads against the text's own date written above it, an issue's or a
    // letter's ("No. 14, Thursday 21 October 1926" … "FROM THE PLENUM. The joint plenum, meeting on the 23rd, …").
    const ownDate = bare && !partOfDay && (!anchor || /\n\s*\n/.test(text.slice(anchor.end, start))) ? mastheadFor(text, dates, start, written) : undefined;
    if (ownDate) anchor = ownDate;
    // The day's context (the anchor, or a relative date counted from it) is in its paragraph.
    const context = ownDate ?? [...dates].reverse().find(near) ?? (anchor && anchor === entryDateline ? anchor : undefined);
    if (!anchor?.interval || !context || (bare && !ownDate && /\n\s*\n/.test(text.slice(context.end, start)))) continue;
    const base = civilFromDays(isoToDay(anchor.interval.earliest));
    const day = parseInt(m[1] ?? m[3], 10);
    // (Read against the dateline, the day is the last of that number on or before it.)
    // …as is a day well past the dateline's (or an entry's date at its line's head) told in the past: an entry of 3 February says he "reached Alma-Ata on the 25th" of
    // January. (A day or a few past it stays in its month: a report of what had not yet happened is the writer's slip, an anachronism.)
    // (The entry's date heads what it reports, set off by a stop or a colon: not "which opened on 2 December 1927 and closed on the 29th".)
    const entryDate = !!anchor && anchor.granularity === 'day' && /[.:;]\s/.test(text.slice(anchor.end, start)) && (isDateline(text, anchor) || anchor.start - (text.lastIndexOf('\n', anchor.start - 1) + 1) <= 40);
    const clause = text.slice(Math.max(0, start - 100), start).split(/[.!?]\s/).pop()!;
    // …and, past any anchor, a day well past it told in the past where the paragraph has named the month before: "Made 19
    // December 1925; used … and again 3 January 1926 (the congress sat from the 18th to the 31st)" sat in December.
    const monthBefore = (d: DateMention) => {
      const c = civilFromDays(isoToDay(d.interval!.earliest));
      return (c.y * 12 + c.m) === base.y * 12 + base.m - 1;
    };
    const namedBefore = bare && !entryDate && [...dates].some((d) => d.end <= anchor!.start && !!d.interval && (d.granularity === 'day' || d.granularity === 'month') && !/\n\s*\n/.test(text.slice(d.end, start)) && monthBefore(d));
    const pastReport = (entryDate || namedBefore) && day - base.d > PAST_MONTH_DAYS && toldInPast(clause);
    const shift = bare ? ((recalled && day > base.d) || pastReport ? -1 : 0) : /^ult/i.test(m[2]) ? -1 : /^prox/i.test(m[2]) ? 1 : 0;
    const months = base.y * 12 + (base.m - 1) + shift;
    let [y, mo] = [Math.floor(months / 12), (months % 12) + 1];
    // After a relative date ("A few days later, on the 3rd", from 29 January), the month that puts the day inside its window.
    const relative = bare ? [...dates].reverse().find((d) => near(d) && d.kind === 'relative' && d.start > anchor.start) : undefined;
    if (relative?.interval) {
      const [lo, hi] = [isoToDay(relative.interval.earliest), isoToDay(relative.interval.latest)];
      for (const c of [civilFromDays(lo), civilFromDays(hi)]) {
        if (day > daysInMonth(c.y, c.m)) continue;
        const at = daysFromCivil(c.y, c.m, day);
        if (at >= lo && at <= hi) [y, mo] = [c.y, c.m];
      }
    }
    const d = day;
    if (d < 1 || d > daysInMonth(y, mo)) continue;
    const iso = dayToIso(daysFromCivil(y, mo, d));
    out.push({ start, end, text: m[0], kind: 'date', interval: { earliest: iso, latest: iso }, granularity: 'day', qualifiers: [], edtf: iso, anchor: { start: anchor.start, end: anchor.end } });
  }
  return recount(text, out.sort((a, b) => a.start - b.start), dates);
}

/**
 * A count of days told after a bare day ("On the 23rd the plenum removed him; a week before that, …") was counted, when
 * the dates were first read, from the date before that day, which Clio had not yet read: it counts from the day.
 */
function recount(text: string, out: DateMention[], before: readonly DateMention[]): DateMention[] {
  const read = new Set(before);
  return out.map((r, i) => {
    if (r.kind !== 'relative' || r.deictic || r.granularity !== 'day' || !r.anchor || !r.interval || r.interval.earliest !== r.interval.latest) return r;
    if (!/^(?:\S+\s+){1,2}(?:days?|weeks?|fortnights?)\s+(?:later|afterwards|earlier|before)$/i.test(r.text)) return r;
    const from = out.find((d) => d.start === r.anchor!.start);
    let k = i - 1;
    while (k >= 0 && !(out[k].interval && out[k].kind !== 'duration')) k--;
    const day = k >= 0 ? out[k] : undefined;
    if (!from?.interval || from.granularity !== 'day' || !day || read.has(day) || day.start < from.end || /\n\s*\n/.test(text.slice(day.end, r.start))) return r;
    const shift = isoToDay(r.interval.earliest) - isoToDay(from.interval.earliest);
    const iso = dayToIso(isoToDay(day.interval!.earliest) + shift);
    return { ...r, interval: { earliest: iso, latest: iso }, edtf: iso, anchor: { start: day.start, end: day.end } };
  });
}

/** After a day and a comma, the same day as a bare number in the other calendar: ", the 17th by our calendar", ", the 16th New Style". */
const GLOSS_DAY = /,\s+(the\s+(\d{1,2})(?:st|nd|rd|th)\s+(by\s+our\s+(?:calendar|reckoning)|by\s+the\s+(?:new|old|[Ww]estern|[Rr]ussian|[Gg]regorian|[Jj]ulian)\s+(?:calendar|style|reckoning)|(?:in\s+the\s+)?(?:New|Old|new|old)\s+[Ss]tyle|\((?:N|O)\.?\s?S\.?\)))/g;

/**
 * "late on the night of 3 April 1917, the 17th by our calendar": a bare day glossing the day before it in the other calendar.
 * It takes the month that puts it nearest the other calendar's reading of that day (16 April), so a gloss a day off, the
 * writer's slip between calendars, stays a day off.
 */
function glossDays(text: string, dates: DateMention[]): DateMention[] {
  const found = freeMatches(GLOSS_DAY, text, dates);
  if (!found.length) return dates;
  const out = [...dates];
  for (const m of found) {
    const anchor = dates.find((d) => d.end === m.index && d.kind === 'date' && d.granularity === 'day' && !!d.interval);
    if (!anchor) continue;
    const cal: 'julian' | 'gregorian' = /old|russian|julian|^\(O/i.test(m[3]) ? 'julian' : 'gregorian';
    if (anchor.calendar === cal) continue;
    const day = isoToDay(anchor.interval!.earliest);
    // The anchor read in the other calendar than the gloss's, then written in the gloss's.
    const target = cal === 'gregorian' ? julianToGregorian(day) : gregorianToJulian(day);
    if (cal === 'gregorian' && day >= isoToDay('1918-02-14')) continue;
    const t = civilFromDays(target);
    const n = Number(m[2]);
    const options = [-1, 0, 1].map((k) => t.y * 12 + (t.m - 1) + k).map((x) => [Math.floor(x / 12), (x % 12) + 1]).filter(([y, mo]) => n <= daysInMonth(y, mo)).map(([y, mo]) => daysFromCivil(y, mo, n));
    if (!options.length) continue;
    const at = options.reduce((a, b) => (Math.abs(b - target) < Math.abs(a - target) ? b : a));
    if (Math.abs(at - target) > 15) continue;
    const start = m.index + m[0].length - m[1].length;
    const iso = dayToIso(at);
    const other = otherCalendarOf(cal, at, at);
    out.push({ start, end: m.index + m[0].length, text: m[1], kind: 'date', interval: { earliest: iso, latest: iso }, granularity: 'day', qualifiers: [], edtf: iso, calendar: cal, otherCalendar: other, anchor: { start: anchor.start, end: anchor.end } });
  }
  return out.sort((a, b) => a.start - b.start);
}

/** "on Tuesday the 12th", "Sunday, the 3rd": a day of the month named with its weekday, and no month. */
const WEEKDAY_DAY = /\b(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday),?\s+(?:the\s+)?(\d{1,2})(?:st|nd|rd|th)\b(?!\s*(?:century|centuries|of\b|[-–/]|\p{Lu}))/gu;
const WEEKDAY_NUMBER: Record<string, number> = { Monday: 0, Tuesday: 1, Wednesday: 2, Thursday: 3, Friday: 4, Saturday: 5, Sunday: 6 };

/**
 * Days named by weekday and day of the month ("put him ashore at Constantinople on Tuesday the 12th"): the weekday tells
 * the month, the one nearest the last day or month written before (or else the writing date) in which that day falls on
 * that weekday, this month first, then the next, the last, and two either side. Where none does, the day is left alone.
 */
function weekdayDays(text: string, dates: DateMention[], written?: DayInterval): DateMention[] {
  const found = freeMatches(WEEKDAY_DAY, text, dates);
  if (!found.length) return dates;
  const out = [...dates];
  // (Only a writing date of some weeks at most says which month: a daybook kept all year does not.)
  const near = !!written && isoToDay(written.latest) - isoToDay(written.earliest) <= 62;
  for (const m of found) {
    const start = m.index;
    const end = start + m[0].length;
    // (Not a month in an aside closed before the day: "used 27 and 31 May (the Conference block was made in January). The congress opened on Friday the 23rd".)
    const anchor = [...dates].reverse().find((d) => d.end <= start && d.kind !== 'relative' && !!d.interval && (d.granularity === 'day' || d.granularity === 'month') && !inClosedAside(text, d, start));
    // (An anchor whose year Clio guessed yields to the writing date: "On the twentieth of January" in a newsreel of February 1929.)
    // (…unless the year came from a date in the same paragraph: "Made 25 May 1924; used 27 and 31 May".)
    const guessed = near && !!anchor?.implied && !(anchor.anchor && !/\n\s*\n/.test(text.slice(anchor.anchor.end, start)));
    const bases = guessed ? [written?.latest, anchor!.interval!.earliest] : [anchor?.interval!.earliest, written?.latest];
    const day = parseInt(m[2], 10);
    // (Under an Old Style date the weekday is the Old Style day's: "Wednesday 30 August. … begun on Sunday the 27th" is 27 August O.S.)
    const julian = anchor?.calendar === 'julian' || (!anchor?.calendar && !!anchor?.interval && anchor.interval.latest < GREGORIAN_IN_RUSSIA && declaredCalendar(text) === 'julian');
    const weekday = (y: number, mo: number) => (julian ? julianWeekdayOf : weekdayOf)(y, mo, day);
    const found = bases.flatMap((from) => (from ? [civilFromDays(isoToDay(from))] : [])).flatMap((base) =>
      [0, 1, -1, 2, -2].map((k) => base.y * 12 + (base.m - 1) + k).map((n) => [Math.floor(n / 12), (n % 12) + 1]),
    ).find(([y, mo]) => day >= 1 && day <= daysInMonth(y, mo) && weekday(y, mo) === WEEKDAY_NUMBER[m[1]]);
    if (!found) continue;
    const iso = dayToIso(daysFromCivil(found[0], found[1], day));
    out.push({ start, end, text: m[0], kind: 'date', interval: { earliest: iso, latest: iso }, granularity: 'day', qualifiers: [], edtf: iso, ...(anchor ? { anchor: { start: anchor.start, end: anchor.end } } : {}) });
  }
  return out.sort((a, b) => a.start - b.start);
}

/** Whether `d` stands in brackets that close before `at`. */
function inClosedAside(text: string, d: Span, at: number): boolean {
  const open = text.lastIndexOf('(', d.start);
  if (open < 0 || text.lastIndexOf(')', d.start) > open) return false;
  const close = text.indexOf(')', d.end);
  return close >= 0 && close < at && !text.slice(open, close).includes('\n');
}

/**
 * For a day/month-sized interval before the Russian switch (14 Feb 1918 Gregorian),
 * the reading in the other calendar: the input is taken as Julian (Old Style) and
 * its Gregorian (New Style) reading is returned. Undefined otherwise.
 */
export function otherCalendarReading(interval: DayInterval, granularity?: Granularity): DayInterval | undefined {
  let lo: number;
  let hi: number;
  try {
    lo = isoToDay(interval.earliest);
    hi = isoToDay(interval.latest);
  } catch {
    return undefined;
  }
  if (granularity && granularity !== 'day' && granularity !== 'month') return undefined;
  if (hi - lo > 62) return undefined;
  if (hi >= isoToDay('1918-02-14')) return undefined;
  return { earliest: dayToIso(julianToGregorian(lo)), latest: dayToIso(julianToGregorian(hi)) };
}
