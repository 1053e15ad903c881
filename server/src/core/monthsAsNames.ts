// Months read as dates or as names: "in October" is a date, "the lessons of October" the
// October Revolution, "the May Days" an event the register lacks, "July '28" a date the
// recogniser misses, and "NS"/"OS" beside a date a calendar mark, not a name.

import { headWordType } from './candidateTypes';
import type { DateMention, EntityMention, Span } from './types';

/** The months' names in full, for the patterns below. */
const MONTH_NAMES = 'January|February|March|April|May|June|July|August|September|October|November|December';
export const BARE_MONTH = new RegExp(`^(?:${MONTH_NAMES})$`, 'i');
const TIME_PREPOSITION = /\b(?:in|on|by|until|till|since|from|during|early|late|mid|last|next|this|that|each|every)[\s-]+$/i;

const MONTH_STEM = '(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)';
/** A month after a dash: the other end of a span of months ("July–Sept."). */
const MONTH_AFTER_DASH = new RegExp(`^\\s*[–-]\\s*${MONTH_STEM}`, 'i');
/** A year or day before, or a month and a dash ("1929, July", "16–20 July", "Sept.–October"). */
const DATE_BEFORE_MONTH = new RegExp(`\\d[,.]?\\s+$|\\b${MONTH_STEM}[a-z]*\\.?\\s*[–-]\\s*$`, 'i');

/**
 * "NS" and "OS" after a date, or in a sentence that speaks of Old and New Style, mark the calendar a date
 * is in ("23 Aug. (5 Sept. NS)"), whatever the register names by them.
 */
export function calendarMark(text: string, m: EntityMention, dates: DateMention[]): boolean {
  if (!/^(?:NS|OS|N\.S\.|O\.S\.)$/.test(m.text)) return false;
  // The same sentence: the text since the last full stop or line break.
  const sentence = /[^.!?\n]*$/.exec(text.slice(Math.max(0, m.start - 200), m.start))![0];
  return dates.some((d) => d.end <= m.start && m.start - d.end <= 3) || /\b(?:Old|New)\s+Style\b/i.test(sentence);
}

/**
 * A month named with a year or day beside it, or as one end of a span of months,
 * is a date even where the date recogniser does not read it: "July '28", "July–Sept.",
 * "1929, July —", "16–20 July".
 */
export function monthReadsAsDate(text: string, m: Span): boolean {
  const after = text.slice(m.end, m.end + 8);
  const before = text.slice(Math.max(0, m.start - 8), m.start);
  // A month as a line's label: "SLIDE 10: October: the general strike", "4. October: …".
  const label = /^:\s/.test(after) && /(?:^|\n|:\s|\d\.\s)[ \t]*$/.test(text.slice(Math.max(0, m.start - 14), m.start));
  return label || /^\s*['’]\d\d\b|^\s+\d{1,4}\b/.test(after) || MONTH_AFTER_DASH.test(after) || DATE_BEFORE_MONTH.test(before) || MEETING_AFTER.test(text.slice(m.end, m.end + 16));
}

/** A meeting named by its month ("the July plenum" of 1926, "the October session"): the month it sat, not the event the register names by the month. */
const MEETING_AFTER = /^\s+(?:plenum|plenary|session|sitting|meeting|conference|congress)\b/i;

/**
 * "October" is a month, and where the register names an event by it (the October
 * Revolution), also that event. A bare month after a time preposition ("in
 * October") stays a date; elsewhere ("the lessons of October", "October's
 * promise") it names the event, and the date reading is dropped.
 */
export function eventMonthsAsNames(text: string, dates: DateMention[], mentions: EntityMention[]): DateMention[] {
  if (!mentions.some((m) => m.type === 'event' && BARE_MONTH.test(m.text))) return dates;
  const events = new Set(mentions.filter((m) => m.type === 'event' && BARE_MONTH.test(m.text)).map((m) => `${m.start}:${m.end}`));
  return dates.filter((d) => !(events.has(`${d.start}:${d.end}`) && !TIME_PREPOSITION.test(text.slice(Math.max(0, d.start - 12), d.start)) && !monthReadsAsDate(text, d)));
}

const MONTH_OR_SEASON = new RegExp(String.raw`(?:^|[^\p{L}])((?:${MONTH_NAMES}|Spring|Summer|Autumn|Winter) )$`, 'u');

/**
 * "the May Days", "the Autumn Harvest Uprising", "the May Thirtieth Movement": a
 * month or a season right before an event's name the register lacks is the first
 * word of that name, not a date. The candidate takes it in, typed as an event, and
 * the date mention goes. Returns the dates left.
 */
export function monthOpenedEvents(text: string, candidates: EntityMention[], dates: DateMention[], mentions: EntityMention[]): DateMention[] {
  let dropped: Set<DateMention> | undefined;
  for (const c of candidates) {
    if (c.id) continue;
    const last = /(\p{L}+)$/u.exec(c.text)?.[1].toLowerCase() ?? '';
    if (headWordType(last) !== 'event' && last !== 'movement') continue;
    const month = MONTH_OR_SEASON.exec(text.slice(Math.max(0, c.start - 11), c.start))?.[1];
    if (!month) continue;
    const start = c.start - month.length;
    const end = c.start - 1;
    // The word must be free, or a date of that word alone.
    const date = lastBefore(dates, c.start);
    const dated = !!date && date.end > start;
    if (dated && (date.start !== start || date.end !== end)) continue;
    if ((lastBefore(mentions, c.start)?.end ?? 0) > start || (lastBefore(candidates, c.start)?.end ?? 0) > start) continue;
    if (dated) (dropped ??= new Set()).add(date);
    Object.assign(c, { start, text: text.slice(start, c.end), type: 'event' });
  }
  return dropped ? dates.filter((d) => !dropped!.has(d)) : dates;
}

/** The last of spans sorted by start (and not overlapping) that starts before `offset`: the only one that can reach it. */
function lastBefore<T extends Span>(sorted: T[], offset: number): T | undefined {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sorted[mid].start < offset) lo = mid + 1;
    else hi = mid;
  }
  return lo > 0 ? sorted[lo - 1] : undefined;
}
