// A text's own word on its calendar: "All dates on this page are New Style", "dates before February 1918 are given in
// the Old Style, with the New Style in brackets". Where a text says which calendar its dates are in, a Russian date
// before the change (14 February 1918) has that one reading, not both: a New Style text that writes "25 October 1917"
// for the rising has slipped into the Old Style. Only a declaration that is one and whole counts: two that disagree, or
// one for part of the text ("From week 4 onwards all dates are New Style"), leave every date with both readings.

import type { DateMention } from '../types';
import { isoToDay } from './calendar';
import { otherCalendarOf } from './calendarMarks';

/** "dates … are (given) (in) the Old Style", "Dates here are New Style", "giving you dates in the Old Style", "dated in the New Style". */
const DECLARATION = new RegExp(
  [
    String.raw`\bdates\b[^.;:!?\n]{0,60}?\b(?:are|is|were)\s+(?:all\s+)?(?:given\s+|kept\s+|written\s+)?(?:(?:in|by|according\s+to)\s+)?(?:the\s+)?(?:Russian\s+or\s+|Western\s+or\s+)?(old|new)\s+style\b`,
    String.raw`\b(?:dated|giving\s+(?:you\s+)?dates|give\s+(?:you\s+)?dates|uses?|using|keeps?)\s+(?:(?:in|by)\s+)?(?:the\s+)?(old|new)\s+style\b`,
    String.raw`\bdates\s+(?:are\s+)?(old|new)\s+style\s+(?:unless|throughout)\b`,
    // "Every date is given as the writers gave it, in the Old Style".
    String.raw`\b(?:every|each)\s+date\s+is\s+(?:given|kept|written)\b[^.;:!?\n]{0,40}?\b(?:in|by|according\s+to)\s+(?:the\s+)?(old|new)\s+style\b`,
    // "He dated everything by the old (Julian) calendar", "dates are kept in the Julian calendar".
    String.raw`\b(?:dated|dates?|kept|written)\b[^.;:!?\n]{0,40}?\b(?:in|by|according\s+to)\s+the\s+(old|new|Julian|Gregorian)\s+(?:\((?:Julian|Gregorian)\)\s+)?calendar\b`,
  ].join('|'),
  'gi',
);
/** A declaration for part of the text only. */
const PARTIAL = /\b(?:onwards|from\s+now\s+on|hereafter|from\s+(?:week|chapter|part|page|entry)\s+\w+)\b/i;
const CHANGE = isoToDay('1918-02-14');

/** The calendar the text declares for its dates, where it declares one and only one. */
export function declaredCalendar(text: string): 'julian' | 'gregorian' | undefined {
  if (!/\bstyle\b|\bcalendar\b/i.test(text)) return undefined;
  const found = new Set<'julian' | 'gregorian'>();
  DECLARATION.lastIndex = 0;
  for (let m = DECLARATION.exec(text); m; m = DECLARATION.exec(text)) {
    const style = (m[1] ?? m[2] ?? m[3] ?? m[4] ?? m[5]).toLowerCase();
    const sentenceStart = Math.max(text.lastIndexOf('.', m.index), text.lastIndexOf('\n', m.index)) + 1;
    const sentenceEnd = text.slice(m.index).search(/[.!?\n]/);
    if (PARTIAL.test(text.slice(sentenceStart, sentenceEnd < 0 ? text.length : m.index + sentenceEnd))) return undefined;
    found.add(style === 'old' || style === 'julian' ? 'julian' : 'gregorian');
  }
  return found.size === 1 ? [...found][0] : undefined;
}

/**
 * The text's dates before the change, in the calendar it declares, as their one reading (`declared`). A date in brackets
 * right after another is its gloss in the other calendar ("25 October [7 November] 1917").
 */
export function withDeclaredCalendar(text: string, dates: DateMention[]): DateMention[] {
  const declared = declaredCalendar(text);
  if (!declared) return dates;
  return dates.map((d, i) => {
    // (…and a day counted from the text's dateline, "today", "yesterday": in the dateline's calendar.)
    if (d.calendar || !d.interval || (d.kind !== 'date' && d.kind !== 'range' && !(d.kind === 'relative' && d.deictic)) || (d.granularity !== 'day' && d.granularity !== 'month')) return d;
    const [lo, hi] = [isoToDay(d.interval.earliest), isoToDay(d.interval.latest)];
    if (hi >= CHANGE || hi - lo > 62) return d;
    const prev = dates[i - 1];
    const gloss = !!prev && prev.kind === 'date' && /^\s*[([]\s*$/.test(text.slice(prev.end, d.start));
    const calendar = gloss ? (declared === 'julian' ? 'gregorian' : 'julian') : declared;
    return { ...d, calendar, declared: true as const, ...(calendar === 'julian' ? { otherCalendar: otherCalendarOf('julian', lo, hi) } : {}) };
  });
}
