// Conflicts: two claims about the same event whose intervals cannot both be true.
// Checked per event, so an edit re-checks only the events whose claims changed.

import { addDays, addMonths, intervalsOverlap, isoToDay, otherCalendarReading, parseEdtf, toEdtf } from './dates';
import { claimKey, lifeDates, referenceDate, referenceDates, type Register, type RegisterDate, type RegisterEntry } from './register';
import type { Claim, ClaimRef, Conflict, DateMention, DateQualifier, DayInterval, EntityMention, Granularity, Span } from './types';
import { spanAt } from './text';
import { COUNT_ANCHOR_DAYS, eventsOfKind, headNounAnchor, headNounNear } from './eventKinds';

export interface ConflictOptions {
  /** Compare claims with the register's reference chronology too. */
  reference: boolean;
  /** Display name of a source, for messages. */
  sourceName(source: string): string;
  /** The register's document key, for reference claims. */
  registerKey?: string;
  /** A document's path as the register's known discrepancies write it (relative to the register's folder). */
  claimPath?(key: string): string;
  /** When a source was written, from its metadata: a claim after it is an anachronism. */
  written?(key: string): { interval: DayInterval; text: string; at: ClaimRef['source']; start: number; end: number; edition?: { interval: DayInterval; text: string; start: number; end: number } } | undefined;
}

/** What the conflict rule needs to know of a dated statement. */
export interface Dated {
  interval: DayInterval;
  otherReading?: DayInterval;
  granularity?: Granularity;
  qualifiers?: DateQualifier[];
}

/** The readings a claim admits: as written, and in the other calendar (Old Style/New Style). */
function readings(c: Dated): DayInterval[] {
  return c.otherReading ? [c.interval, c.otherReading] : [c.interval];
}

/**
 * Slack for loose phrasing, as days before and after: "in July 1918" said of something done on 28 June (the month its
 * effects or its news came), but not "in February 1918" of a peace signed on 3 March, which puts it before it happened.
 * A plain month reaches 7 days back, a season 15 days either way; a day, a year or a part the writer chose on purpose
 * ("early January") gets none.
 */
export function toleranceDays(c: Dated): { before: number; after: number } {
  if (c.qualifiers?.some((q) => q === 'early' || q === 'mid' || q === 'late')) return { before: 0, after: 0 };
  return c.granularity === 'month' ? { before: 7, after: 0 } : c.granularity === 'season' ? { before: 15, after: 15 } : { before: 0, after: 0 };
}

/** True when some reading of `a` and some reading of `b` can both be true, allowing for either's loose phrasing. */
export function compatible(a: Dated, b: Dated): boolean {
  const widen = (c: Dated, x: DayInterval) => {
    const t = toleranceDays(c);
    return t.before || t.after ? { earliest: addDays(x.earliest, -t.before), latest: addDays(x.latest, t.after) } : x;
  };
  for (const x of readings(a)) for (const y of readings(b)) if (intervalsOverlap(widen(a, x), y) || intervalsOverlap(x, widen(b, y))) return true;
  return false;
}

/**
 * An opening or closing date is checked against the reference's first or last day; against its first or last month
 * or year, give or take half a year, where the register knows no closer ("1929-11/1933": a collectivisation "launched in
 * the spring of 1931" is wrong, one "begun in 1930" is the loose talk of a campaign that gathered pace over the winter).
 */
const PHASE_SLACK_DAYS = 183;
function phaseOf(r: RegisterDate, phase: NonNullable<Claim['phase']>, event: RegisterEntry): { interval: DayInterval; granularity: Granularity }[] | undefined {
  // A setting out is checked against the day the register says the event set out, where that is not its first
  // (a deportation that began with the decree served on 20 January and left Alma-Ata on the 22nd).
  const departed = phase === 'departure' ? event.dates.find((d) => d.role === 'departed' && d.interval) : undefined;
  if (departed) return [{ interval: departed.interval!, granularity: departed.granularity ?? 'day' }];
  const ends = r.edtf.split('/');
  if (ends.length !== 2) return undefined;
  const end = parseEdtf(ends[phase === 'end' ? 1 : 0]);
  if ('error' in end) return undefined;
  if (end.granularity === 'day') return [{ interval: end.interval, granularity: 'day' }];
  return [{ interval: { earliest: addDays(end.interval.earliest, -PHASE_SLACK_DAYS), latest: addDays(end.interval.latest, PHASE_SLACK_DAYS) }, granularity: end.granularity }];
}

/** An interval as messages show it; a claim dated by the news of its event says so ("news by 1924-01-10"). */
export function describeInterval(i: DayInterval, news?: boolean): string {
  if (news) return `the news by ${i.latest}`;
  return i.earliest === i.latest ? i.earliest : `${i.earliest} – ${i.latest}`;
}

/** Whether the user has accepted the disagreement between these two claims as a known discrepancy. */
export function isAccepted(event: RegisterEntry, a: ClaimRef, b: ClaimRef, claimPath: (key: string) => string = (k) => k): boolean {
  if (!event.discrepancies.length) return false;
  const ka = claimKey({ ...a, source: claimPath(a.source) });
  const kb = claimKey({ ...b, source: claimPath(b.source) });
  return event.discrepancies.some((d) => d.claims.includes(ka) && d.claims.includes(kb));
}

/** For claims read from free wording: which words were read as the event, so the user can judge the reading. */
function readAs(eventName: string, ...sides: { described?: string }[]): string {
  return sides
    .filter((c) => c.described)
    .map((c) => ` Clio read "${c.described}" as ${eventName}.`)
    .join('');
}

/** A register date as a conflict's side: where it stands in the register, with its citation. Only dates with an interval. */
export function registerSide(registerKey: string, date: RegisterDate): ClaimRef {
  return { source: registerKey, start: date.span.start, end: date.span.end, text: date.edtf, interval: date.interval!, reference: true, cite: date.cite };
}

function ref(c: Claim): ClaimRef {
  return { source: c.source, start: c.start, end: c.end, text: c.dateText, interval: c.interval, ...(c.news ? { news: true as const } : {}), ...(c.described ? { described: c.described } : {}) };
}

/**
 * Conflicts for one event. Source against source: claims from different
 * sources that cannot both hold (one conflict per pair of distinct readings).
 * Source against reference: a claim that contradicts the register's date.
 */
export function eventConflicts(event: RegisterEntry, claims: readonly Claim[], opts: ConflictOptions): Conflict[] {
  const out: Conflict[] = [];
  // One representative per source and interval: repeating a date adds no new disagreement.
  const distinct = new Map<string, Claim>();
  for (const c of claims) {
    const key = `${c.source}\u0000${c.interval.earliest}\u0000${c.interval.latest}`;
    if (!distinct.has(key)) distinct.set(key, c);
  }
  const list = [...distinct.values()];
  // An event the register says lasted days ("1921-03-01/1921-03-18"), or months or years ("1921-03/1929"): dates within it may
  // date its different moments ("left Alma-Ata on 22 January 1929", "expelled from the Soviet Union in February 1929", of a journey
  // from 20 January to 12 February; the decree on the tax in kind and a speech on the NEP two months later).
  const lastedRef = referenceDates(event).find((r) => r.interval && r.interval.earliest !== r.interval.latest && (r.granularity === 'day' || r.edtf.includes('/')));
  const lasted = lastedRef?.interval;
  const inside = (c: Claim) => !!lasted && intervalsOverlap(c.interval, lasted);
  // Inside such an event, an opening date and a closing date are different moments; two opening dates are the same one.
  const sameMoment = (a: Claim, b: Claim) => !lasted || (a.phase !== undefined && a.phase === b.phase);
  // Two sources may cite different editions of a work: only the register decides about works.
  if (event.type !== 'work') for (let i = 0; i < list.length; i++) {
    for (let j = i + 1; j < list.length; j++) {
      const a = list[i];
      const b = list[j];
      // A gloss is compared with the date it glosses (and the register): with the rest, that date speaks for both.
      const glossed = (g: Claim, o: Claim) => !!g.glossOf && !(o.source === g.source && o.start === g.glossOf.start);
      if (glossed(a, b) || glossed(b, a)) continue;
      if (compatible(a, b) || (inside(a) && inside(b) && !sameMoment(a, b)) || isAccepted(event, ref(a), ref(b), opts.claimPath)) continue;
      const within = a.source === b.source;
      out.push({
        event: event.id,
        eventName: event.name,
        rule: within ? 'within-source' : 'source-vs-source',
        message: (within
          ? `${opts.sourceName(a.source)} dates ${event.name} two ways: "${a.dateText}" (${describeInterval(a.interval, a.news)}) and "${b.dateText}" (${describeInterval(b.interval, b.news)}).`
          : `Sources disagree on the date of ${event.name}: "${a.dateText}" (${describeInterval(a.interval, a.news)}) in ${opts.sourceName(a.source)}, but "${b.dateText}" (${describeInterval(b.interval, b.news)}) in ${opts.sourceName(b.source)}.`) + readAs(event.name, a, b),
        a: ref(a),
        b: ref(b),
      });
    }
  }
  // A source cannot report what happened after it was written, nor cite an edition that did not yet exist.
  if (opts.written) {
    for (const c of list) {
      const at = opts.written(c.source);
      // An edition cited counts against the text at hand's own edition, whose notes may be later than its writing.
      const w = at && (c.edition && at.edition ? { ...at.edition, at: at.at } : at);
      // (A span told as closed whose end is after the writing: the writer cannot know how it ended.)
      const endKnown = !!w && !!c.closed && c.interval.earliest <= w.interval.latest && c.interval.latest > w.interval.latest;
      if (!w || (!endKnown && readings(c).some((r) => r.earliest <= w.interval.latest)) || c.correction) continue;
      const written: ClaimRef = { source: w.at, start: w.start, end: w.end, text: w.text, interval: w.interval, metadata: true };
      if (isAccepted(event, ref(c), written, opts.claimPath)) continue;
      out.push({
        event: event.id,
        eventName: event.name,
        rule: 'anachronism',
        message: c.edition
          ? `${opts.sourceName(c.source)} cites an edition of ${event.name} of "${c.dateText}", after ${at.edition ? 'the edition of the text itself' : 'it was written'} (${w.text}).`
          : endKnown
            ? `${opts.sourceName(c.source)} tells ${event.name} as over, "${c.dateText}" (${describeInterval(c.interval, c.news)}), but it was written (${w.text}) before that end.`
            : `${opts.sourceName(c.source)} dates ${event.name} to "${c.dateText}" (${describeInterval(c.interval, c.news)}), after it was written (${w.text}).` + readAs(event.name, c),
        a: ref(c),
        b: written,
      });
    }
  }
  const refDates = opts.reference ? referenceDates(event) : [];
  const refDate = refDates[0];
  if (refDate?.interval && opts.registerKey) {
    // The register writes New Style; a claim's own Old Style reading covers texts that do not.
    const readings = refDates.map((r) => ({ interval: r.interval!, granularity: r.granularity }));
    const register = registerSide(opts.registerKey, refDate);
    // What an opening, a closing or a setting out is checked against, read from the register once per event.
    const byPhase = lasted && list.some((c) => c.phase) ? { start: phaseOf(lastedRef!, 'start', event), end: phaseOf(lastedRef!, 'end', event), departure: phaseOf(lastedRef!, 'departure', event) } : undefined;
    // No edition comes before the first: "Berlin: Granit, 1929" of a work first published in 1930.
    const first = event.type === 'work' ? event.dates.filter((d) => d.role === 'published' && d.interval).sort((a, b) => a.interval!.earliest.localeCompare(b.interval!.earliest))[0] : undefined;
    for (const c of list) {
      if (c.edition && first && c.interval.latest < first.interval!.earliest) {
        const side = registerSide(opts.registerKey, first);
        if (isAccepted(event, ref(c), side, opts.claimPath)) continue;
        out.push({
          event: event.id,
          eventName: event.name,
          rule: 'source-vs-reference',
          message: `${opts.sourceName(c.source)} cites an edition of ${event.name} of "${c.dateText}" (${describeInterval(c.interval)}), before its first publication: the register gives ${first.edtf}${first.cite ? ` (${first.cite})` : ''}.`,
          a: ref(c),
          b: side,
        });
        continue;
      }
      const phased = (byPhase && c.phase && byPhase[c.phase]) || readings;
      if (c.edition || phased.some((r) => compatible(c, r)) || isAccepted(event, ref(c), register, opts.claimPath)) continue;
      out.push({
        event: event.id,
        eventName: event.name,
        rule: 'source-vs-reference',
        message: `${opts.sourceName(c.source)} dates ${event.name} to "${c.dateText}" (${describeInterval(c.interval, c.news)}), but the register gives ${refDate.edtf}${refDate.cite ? ` (${refDate.cite})` : ''}.` + readAs(event.name, c),
        a: ref(c),
        b: register,
      });
    }
  }
  return out;
}

/** The other side of a conflict, seen from `here`. */
export function otherSide(c: Conflict, here: ClaimRef): ClaimRef {
  return here === c.a ? c.b : c.a;
}

/** Whether a side is a claim in a text, where a diagnostic or a report's result goes: not the register's date, nor a source's date of writing. */
export function inText(side: ClaimRef): boolean {
  return !side.reference && !side.metadata;
}

/**
 * The conflict as read from one side: what a diagnostic on that claim says.
 * "Death of Lenin: this text says "early January 1924" (…), but The Prophet Unarmed says "January 21, 1924" (…)."
 */
export function conflictMessageFrom(c: Conflict, here: ClaimRef, sourceName: (source: string) => string): string {
  const other = otherSide(c, here);
  if (c.rule === 'relative-vs-anchor' || c.rule === 'sequence' || (c.rule === 'anachronism' && other.reference)) return `${c.eventName}: ${c.message}`;
  const read = readAs(c.eventName, here, other);
  if (other.metadata) return `${c.eventName}: this text says "${here.text}" (${describeInterval(here.interval, here.news)}), but it was written ${/^\d/.test(other.text) ? 'in ' : ''}${other.text}, before that.${read}`;
  if (c.rule === 'within-source') return `${c.eventName}: this text says "${here.text}" (${describeInterval(here.interval, here.news)}) here, and "${other.text}" (${describeInterval(other.interval, other.news)}) elsewhere.${read}`;
  const theirs = other.reference
    ? `the register gives ${other.text}${other.cite ? ` (${other.cite})` : ''}`
    : `${sourceName(other.source)} says "${other.text}" (${describeInterval(other.interval, other.news)})`;
  return `${c.eventName}: this text says "${here.text}" (${describeInterval(here.interval, here.news)}), but ${theirs}.${read}`;
}

/**
 * What may stand between a relative date and the date that glosses it: "Three months later, in April 1923", "in about a year (early 1928)";
 * and the one a count after a person or a thing is made from, which is the date before ("Zinoviev lost his seat on 23 July 1926 and Trotsky two months after him, on 23 October").
 */
const GLOSS_GAP = /^\s*(?:(?:him|her|them|it|that|this)\s*(?=[,:(—–-]))?(?:[,:(—–-]\s*)?(?:(?:that\s+is|i\.e\.|namely)\s*,?\s*)?(?:(?:in|on|by|from)\s+)?(?:the\s+)?(?:(?:morning|afternoon|evening|night)\s+of\s+(?:the\s+)?)?$/i;

/**
 * A relative date that contradicts the date written beside it ("Three months later [than
 * 10 March 1923], in April 1923"): the text cannot mean both. Checked per document, as
 * the anchor and the gloss are its own; tied to the event whose claim either date makes.
 */
export function relativeConflicts(source: string, text: string, dates: readonly DateMention[], claims: readonly Claim[], eventName: (id: string) => string | undefined, refs: readonly { start: number; event: string; work?: boolean }[] = [], sentences: readonly Span[] = [], elided?: (at: number, event: string) => string | undefined): Conflict[] {
  // The one event a sentence names, for a count and its gloss whose own words name none ("the Declaration of the 46 followed a
  // month later, on 15 October"; "On 17 January GPU agents put him on a train … A month later, on 25 January, he reached Alma-Ata").
  // The clause up to the count first ("Lenin's third stroke … silenced him, and the Twelfth Congress met … two weeks later").
  const soleEvent = (at: number): string | undefined => {
    const s = spanAt(sentences, at, false);
    if (!s) return undefined;
    const named = (from: number, to: number) => new Set(refs.filter((x) => !x.work && x.start >= from && x.start < to).map((x) => x.event));
    const head = text.slice(s.start, at);
    const boundary = s.start + Math.max(head.lastIndexOf(';'), head.lastIndexOf(', and '), head.lastIndexOf('—'), head.lastIndexOf(', but '));
    const clause = boundary > s.start ? named(boundary, at) : new Set<string>();
    const inSentence = named(s.start, s.end);
    return clause.size === 1 ? [...clause][0] : inSentence.size === 1 ? [...inSentence][0] : undefined;
  };
  const out: Conflict[] = [];
  for (let i = 0; i < dates.length; i++) {
    // A relative date its bracketed gloss took over is compared as counted from its own anchor.
    const r = dates[i].counted ? { ...dates[i], interval: dates[i].counted!.interval, granularity: dates[i].counted!.granularity, anchor: dates[i].counted!.from } : dates[i];
    if (r.kind !== 'relative' || !r.interval || !r.anchor) continue;
    // (A count in reported speech is from when it was said, not from the story's last date outside the sentence: "… in March 1938.
    // He said the old man had founded a new International near Paris, two years before, in September 1938" was said in 1940.)
    const said = spanAt(sentences, r.start, false);
    if (said && r.anchor.start < said.start && /\b(?:said|says|told|tells|wrote|writes|explained|added|claimed|insisted)\b/i.test(text.slice(said.start, r.start))) continue;
    // …only where it counts exactly from an exact anchor: "a few days later (January 4, 1923)", after "Around Christmas 1922",
    // is the writer giving the day a loose phrase only pointed at.
    const anchor = dates.find((d) => d.start === r.anchor!.start);
    if (dates[i].counted && (/\b(?:few|several|some|many|couple|about|around|nearly|almost|roughly)\b/i.test(r.text) || anchor?.qualifiers.includes('approximate'))) continue;
    // A gloss whose year the text leaves out ("a week later, on 17 April") counts when Clio took its year from the anchor's.
    const anchorYear = anchor?.interval?.earliest.slice(0, 4);
    const gloss = [dates[i + 1], dates[i - 1]].find(
      (a) => a && a.interval && (a.kind === 'date' || a.kind === 'range') && (!a.implied || a.interval.earliest.slice(0, 4) === anchorYear) && GLOSS_GAP.test(a.start >= r.end ? text.slice(r.end, a.start) : text.slice(a.end, r.start)),
    );
    // (Not the anchor itself read back as the gloss: "on 23 July 1926, three months earlier" counts from another date.)
    if (!gloss?.interval || gloss.start === r.anchor.start) continue;
    // Between an anchor and a gloss that are days, a count of units is exact, give or take its slack: "a month later, on
    // 4 January" is no month after 26 December, though January is the month after December.
    const count = anchor?.granularity === 'day' && gloss.granularity === 'day' && !dates[i].counted ? countOf(r.text) : undefined;
    const interval = count && anchor?.interval ? counted(anchor.interval, count) : r.interval;
    // A count from an Old Style anchor may be glossed in New Style ("16 April (3 April OS) … four days later, on 20 April").
    const otherReading = otherCalendarReading(interval, count ? 'day' : r.granularity);
    if (compatible({ interval, granularity: count ? 'day' : r.granularity, qualifiers: r.qualifiers, ...(otherReading ? { otherReading } : {}) }, { interval: gloss.interval, granularity: gloss.granularity, qualifiers: gloss.qualifiers })) continue;
    // Tied to the event either date claims, or else to the one its anchor dates.
    // (…or, for a clause that leaves out its verb, the same thing done to the one named before the count: "Zinoviev lost his
    // seat on 23 July 1926 and Trotsky two months after him, on 23 October 1926" is Trotsky's removal.)
    const anchorEvent = claims.find((c) => c.start === r.anchor!.start)?.event;
    const own = claims.find((c) => c.start === gloss.start || c.start === r.start)?.event ?? (anchorEvent && elided?.(r.start, anchorEvent));
    const event = own ?? anchorEvent ?? soleEvent(r.start) ?? soleEvent(r.anchor.start);
    const name = event ? eventName(event) : undefined;
    if (!event || !name) continue;
    const anchorText = text.slice(r.anchor.start, r.anchor.end);
    out.push({
      event,
      eventName: name,
      rule: 'relative-vs-anchor',
      message: `"${r.text}", counted from "${anchorText}", is ${count && anchor?.interval ? `about ${describeInterval({ earliest: shiftBy(anchor.interval.earliest, count), latest: shiftBy(anchor.interval.latest, count) })}` : (toEdtf(r) ?? describeInterval(r.interval))}, but the text says "${gloss.text}" (${toEdtf(gloss) ?? describeInterval(gloss.interval)}).`,
      a: { source, start: r.start, end: r.end, text: r.text, interval },
      b: { source, start: gloss.start, end: gloss.end, text: gloss.text, interval: gloss.interval },
    });
  }
  return out;
}

/** "six weeks after", "three years before": a count of units from an event named after it. */
const COUNTED_FROM_EVENT = /^(?:only\s+|just\s+|barely\s+|exactly\s+)?(a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\d{1,2})\s+(day|week|fortnight|month|year)s?\s+(?:to\s+the\s+day\s+)?(after|before)$/i;
/** "three weeks later", "a month earlier", "two days afterwards": a count of units from the date before. */
const COUNTED_FROM_DATE = /^(?:only\s+|just\s+|barely\s+|exactly\s+)?(a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\d{1,2})\s+(day|week|fortnight|month|year)s?\s+(later|afterwards|on|earlier|before)$/i;
const COUNT_WORDS: Record<string, number> = { a: 1, an: 1, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11, twelve: 12 };

interface Count {
  n: number;
  unit: 'day' | 'week' | 'fortnight' | 'month' | 'year';
  sign: 1 | -1;
  /** "to the day": the count is exact, with no slack. */
  exact?: true;
}

function countOf(text: string, re = COUNTED_FROM_DATE): Count | undefined {
  const m = re.exec(text);
  if (!m) return undefined;
  return { n: COUNT_WORDS[m[1].toLowerCase()] ?? parseInt(m[1], 10), unit: m[2].toLowerCase() as Count['unit'], sign: /^(?:after|later|afterwards|on)$/i.test(m[3]) ? 1 : -1, ...(/\bto\s+the\s+day\b/i.test(text) ? { exact: true as const } : {}) };
}

/** A day moved by a count of units. */
function shiftBy(iso: string, c: Count): string {
  const k = c.sign * c.n;
  return c.unit === 'day' ? addDays(iso, k) : c.unit === 'week' ? addDays(iso, 7 * k) : c.unit === 'fortnight' ? addDays(iso, 14 * k) : addMonths(iso, k * (c.unit === 'year' ? 12 : 1));
}

/** An interval moved by a count, widened by the count's slack: a day for days, three for weeks, half a month for months, half a year for years. */
function counted(from: DayInterval, c: Count): DayInterval {
  // ("a year to the day after": a day either way, for the day the writer counts from.)
  if (c.exact) return { earliest: addDays(shiftBy(from.earliest, c), -1), latest: addDays(shiftBy(from.latest, c), 1) };
  const slack = c.unit === 'day' ? 1 : c.unit === 'week' || c.unit === 'fortnight' ? 3 : c.unit === 'month' ? 15 : 183;
  // "Twelve years after Lenin's death", of August 1936: years counted are whole years gone by, so up to a year more
  // ("ten years after" is anything short of eleven).
  const [before, after] = c.unit === 'year' ? (c.sign > 0 ? [slack, 364] : [364, slack]) : [slack, slack];
  return { earliest: addDays(shiftBy(from.earliest, c), -before), latest: addDays(shiftBy(from.latest, c), after) };
}

/**
 * A relative date counted from an event the text names, against the date written beside it: "signed on 3 March 1918,
 * only six weeks after the Bolsheviks took power" (the revolution of 7 November 1917 and six weeks make mid-December);
 * "In 1929, three years after Lenin's death". Only an exact count; a unit's slack either way (three days for weeks,
 * half a month for months, half a year for years), and the event's own span, keep loose phrasing quiet.
 */
export function eventRelativeConflicts(source: string, text: string, dates: readonly DateMention[], refs: readonly { start: number; end: number; event: string; work?: boolean }[], claims: readonly Claim[], register: Register, describe?: (clause: Span) => { start: number; end: number; event: string } | undefined): Conflict[] {
  const out: Conflict[] = [];
  for (let i = 0; i < dates.length; i++) {
    const r = dates[i];
    const count = r.kind === 'relative' && !r.interval ? countOf(r.text, COUNTED_FROM_EVENT) : undefined;
    if (!count) continue;
    // (A person's possessive may stand before the event's words: "a fortnight after Chiang's massacre of the Shanghai communists".)
    // …or by the head noun of its name alone, dated elsewhere in the paragraph ("a month after the demonstrations").
    // (…or its subject, when the words are its verb's: "a fortnight after the Tsar signed away his throne".)
    const named = refs.find((x) => !x.work && x.start >= r.end && (/^\s*(?:the\s+|\p{Lu}[\p{L}.-]*['’]s\s+)?$/u.test(text.slice(r.end, x.start)) || (/^\s*(?:the\s+)?(?:\p{Lu}[\p{L}.'’-]*\s+){1,3}$/u.test(text.slice(r.end, x.start)) && /^\p{Ll}+(?:ed|ew|ook|ot|ove|ent|ang|ose|ame)\b/u.test(text.slice(x.start, x.end)))));
    // …or by an ordinal that stood for one of a list's events before it: "the first in May 1922; …; the third, on 10 March 1923, three months after the first".
    const ordinal = named ? undefined : /^\s*(the\s+(?:first|second|third|fourth|fifth))\b/i.exec(text.slice(r.end, r.end + 20));
    const listed = ordinal ? refs.find((x) => x.end <= r.start && r.start - x.end < 300 && text.slice(x.start, x.end).toLowerCase() === ordinal[1].toLowerCase().replace(/\s+/g, ' ')) : undefined;
    const byOrdinal = listed ? { start: r.end + ordinal![0].length - ordinal![1].length, end: r.end + ordinal![0].length, event: listed.event } : undefined;
    const byHead = named || byOrdinal ? undefined : headNounAnchor(text, r.end, dates, register, []);
    const byKind = named || byOrdinal || byHead ? undefined : meetingByKind(text, r, dates[i - 1], register);
    // …or by a clause that tells it in free wording, up to the clause's end: "three weeks after the Opposition leaders signed their statement".
    const byClause = named || byOrdinal || byHead || byKind || !describe ? undefined : describe(anchorClause(text, r.end, dates[i + 1]));
    // The date written beside it: before, across a comma ("3 March 1918, only six weeks after"), or after the event's words (", in 1929").
    const prev = dates[i - 1];
    const next = dates[i + 1];
    // …or a dateline just before, of a place and the date alone ("Moscow, the sixteenth of December 1922. Four months after the first stroke, a second one.").
    const dateline = (d: DateMention) => /^[.:]\s+$/.test(text.slice(d.end, r.start)) && /(?:^|\n|[.!?:]\s)\s*(?:[\p{Lu}][\p{L}'’ -]{0,40},\s*)?$/u.test(text.slice(Math.max(0, d.start - 60), d.start));
    // (A year read from the entry's day above, weeks from it, is the text's own: "5 April 1917. … On the night of the 3rd of April, barely a fortnight after …".)
    const fromEntry = (d: DateMention | undefined) => {
      const entryDay = d?.implied && d.anchor ? dates.find((x) => x.start === d.anchor!.start && x.granularity === 'day' && !x.implied) : undefined;
      return !!entryDay?.interval && !!d!.interval && Math.abs(isoToDay(entryDay.interval.earliest) - isoToDay(d!.interval.earliest)) <= 62;
    };
    // ("yesterday, the 15th": a day counted from the dateline is as good as a date.)
    // (…or the date of the clause the count is set off after: "On 23 July 1917 Trotsky was arrested, ten days after the July Days".)
    const datesClause = (d: DateMention) => claims.some((c) => c.start === d.start) && /^[^.;:!?()]{1,80},\s*$/.test(text.slice(d.end, r.start));
    const before = prev && prev.interval && (prev.kind === 'date' || (prev.deictic && prev.granularity === 'day')) && (!prev.implied || fromEntry(prev)) && (/^\s*,\s*(?:the\s+\d{1,2}(?:st|nd|rd|th)\s*,\s*|the\s+day\s+of\s+(?:the\s+|his\s+|her\s+)?[\p{L}'’ -]{1,30},\s*)?$/u.test(text.slice(prev.end, r.start).replace(/\s+(?:only|just|barely|exactly)\s*$/i, '')) || dateline(prev) || datesClause(prev)) ? prev : undefined;
    const after = (end: number) => (next && next.interval && next.kind === 'date' && (!next.implied || fromEntry(next)) && next.start >= end && /^[^.;:!?]{0,40},\s*(?:in|on)\s+$/i.test(text.slice(end, next.start)) ? next : undefined);
    // …or by the head noun of its name alone, the one such event that came within weeks before that date: "A fortnight after their
    // declaration, on the 23rd (of October 1926), the plenum put Trotsky out" counts from the Opposition's declaration of the 16th.
    const byNear = named || byOrdinal || byHead || byKind || byClause ? undefined : headNounNear(text, r.end, register, (end) => before ?? after(end), count.sign > 0);
    const e = named ?? byOrdinal ?? byHead ?? byKind ?? byClause ?? byNear;
    const entry = e ? register.byId.get(e.event) : undefined;
    const ref = entry?.type === 'event' ? referenceDate(entry) : undefined;
    if (!e || !entry || !ref?.interval) continue;
    const gloss = before ?? after(e.end);
    if (!gloss?.interval) continue;
    // (The head noun's event must be dated by another date than the one the count is checked against.)
    if (byHead && headNounAnchor(text, r.end, dates, register, [gloss])?.event !== e.event) continue;
    const around = counted(ref.interval, count);
    // (The date beside it may be Old Style: the register counts in New Style.)
    const glossOther = gloss.otherCalendar ?? (gloss.calendar ? undefined : otherCalendarReading(gloss.interval, gloss.granularity));
    if (compatible({ interval: around }, { interval: gloss.interval, granularity: gloss.granularity, qualifiers: gloss.qualifiers, ...(glossOther ? { otherReading: glossOther } : {}) })) continue;
    const claim = claims.find((c) => c.start === gloss.start);
    const subject = claim ? register.byId.get(claim.event) : entry;
    if (!subject) continue;
    out.push({
      event: subject.id,
      eventName: subject.name,
      rule: 'relative-vs-anchor',
      message: `"${r.text} ${text.slice(e.start, e.end)}", counted from ${entry.name} (${ref.edtf}), is about ${describeInterval({ earliest: shiftBy(ref.interval.earliest, count), latest: shiftBy(ref.interval.latest, count) })}, but the text says "${gloss.text}" (${toEdtf(gloss) ?? describeInterval(gloss.interval)}).`,
      a: { source, start: r.start, end: e.end, text: text.slice(r.start, e.end), interval: around },
      b: { source, start: gloss.start, end: gloss.end, text: gloss.text, interval: gloss.interval },
    });
  }
  return out;
}

/** The clause after a count's "after" or "before" that tells its anchor: up to a stop, a comma or the next date. */
function anchorClause(text: string, from: number, next: DateMention | undefined): Span {
  const stop = /[.;:,!?()—]|\s[–-]\s|\n/.exec(text.slice(from, from + 160));
  const end = Math.min(from + (stop ? stop.index : 160), next && next.start >= from ? next.start : Infinity);
  return { start: from, end };
}

/** A meeting's kind right after a count: "ten days after the party conference had condemned …". */
const KIND_AFTER_COUNT = /^\s+(?:the\s+)?(?:(?:party|Party)\s+)?(congress|conference|plenum|Congress|Conference|Plenum)\b/;

/**
 * "He died on 21 January 1924, ten days after the party conference had condemned the Opposition": a meeting named by its
 * kind alone is the one registered meeting of that kind that sat within some weeks of the date written before the count, on
 * the count's side of it; the count is then checked against that meeting's date.
 */
function meetingByKind(text: string, r: DateMention, before: DateMention | undefined, register: Register): { start: number; end: number; event: string } | undefined {
  const k = KIND_AFTER_COUNT.exec(text.slice(r.end, r.end + 40));
  if (!k || !before?.interval || before.kind !== 'date' || before.implied || !/^\s*,\s*$/.test(text.slice(before.end, r.start))) return undefined;
  const after = /\bafter$/i.test(r.text);
  const at = isoToDay(before.interval.earliest);
  const near = eventsOfKind(register, k[1].toLowerCase()).filter((e) => {
    const known = referenceDate(e)?.interval;
    if (!known) return false;
    const [lo, hi] = [isoToDay(known.earliest), isoToDay(known.latest)];
    return after ? hi <= at && at - hi <= COUNT_ANCHOR_DAYS : lo >= at && lo - at <= COUNT_ANCHOR_DAYS;
  });
  if (near.length !== 1) return undefined;
  const start = r.end + k.index + k[0].length - k[1].length;
  return { start, end: start + k[1].length, event: near[0].id };
}

/** "for almost two more years", "for another three months": how long something went on, counted from the date before it. */
const LASTED = /^(?:(?:almost|nearly|about|some|roughly|around|another|a\s+further|only|just)\s+)?(a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\d{1,2})\s+(?:more\s+|further\s+)?(day|week|fortnight|month|year)s?$/i;

/**
 * A span of time between two dates of the text, against them: "10 March 1923 — Lenin's third stroke. He lived on,
 * speechless, for almost two more years, until his death on 21 January 1924" (ten months). The span runs from the
 * date before it, in its sentence or the one before, to the date its "until" clause gives in the same sentence; a
 * unit's slack either way (see `counted`) keeps "almost" and "some" quiet.
 */
export function durationConflicts(source: string, text: string, dates: readonly DateMention[], claims: readonly Claim[], sentences: readonly Span[], eventName: (id: string) => string | undefined): Conflict[] {
  const out: Conflict[] = [];
  for (let i = 1; i < dates.length - 1; i++) {
    const r = dates[i];
    const m = r.kind === 'duration' ? LASTED.exec(r.text) : null;
    if (!m || !/\bfor\s+$/i.test(text.slice(Math.max(0, r.start - 6), r.start))) continue;
    const [from, to] = [dates[i - 1], dates[i + 1]];
    if (!from.interval || !to.interval || from.kind === 'relative' || to.kind === 'relative' || (to.kind !== 'date' && to.kind !== 'range')) continue;
    if (!/^\s*,?\s*(?:until|till|up\s+to)\b[^.;:!?]{0,60}$/i.test(text.slice(r.end, to.start))) continue;
    // The date it runs from: in the sentence, or the one before in the same paragraph.
    const own = spanAt(sentences, r.start, false);
    const before = own ? [...sentences].reverse().find((x) => x.end <= own.start) : undefined;
    if (!own || from.start < (before ?? own).start || /\n\s*\n/.test(text.slice(from.end, r.start))) continue;
    const count = { n: COUNT_WORDS[m[1].toLowerCase()] ?? parseInt(m[1], 10), unit: m[2].toLowerCase() as Count['unit'], sign: 1 as const };
    const around = counted(from.interval, count);
    if (compatible({ interval: around }, { interval: to.interval, granularity: to.granularity, qualifiers: to.qualifiers })) continue;
    const event = (claims.find((c) => c.start === to.start) ?? claims.find((c) => c.start === from.start))?.event;
    const name = event ? eventName(event) : undefined;
    if (!event || !name) continue;
    out.push({
      event,
      eventName: name,
      rule: 'relative-vs-anchor',
      message: `"for ${r.text}" from "${from.text}" runs to about ${describeInterval({ earliest: shiftBy(from.interval.earliest, count), latest: shiftBy(from.interval.latest, count) })}, but the text says "${to.text}" (${toEdtf(to) ?? describeInterval(to.interval)}).`,
      a: { source, start: r.start, end: r.end, text: r.text, interval: around },
      b: { source, start: to.start, end: to.end, text: to.text, interval: to.interval },
    });
  }
  return out;
}

/** Between an event's name and a person after it: the person takes part ("the Congress, at which Dzerzhinsky spoke"; "the trial, with Bukharin and Tomsky in the dock"). */
const TAKES_PART_AFTER = /^[^.;!?]{0,80}?\b(?:at which|in which|during which|where|with|whose|on\s+the\s+orders?\s+of|by\s+order\s+of|ordered\s+by|at\s+the\s+hands\s+of|led\s+by|commanded\s+by|organi[sz]ed\s+by)\b[^.;!?]{0,60}$/i;
/**
 * A clause joined after the event's that has the person there, as its subject: "he was put aboard the steamer at Odessa, and his
 * younger daughter Nina stood on the quay as the ship pulled out". The gap before the name opens the clause; the verb after it is one of being there.
 */
const WITNESS_OPENS = /,\s*(?:and|while|as)\s+(?:(?:his|her|their)\s+(?:\p{Ll}+\s+){0,2})?$/u;
const WITNESS_VERB = /^\s*(?:stood|watched|waved|wept|looked\s+on|saw\s+(?:him|her|them)\s+off|came\s+to\s+see|was\s+(?:there|on\s+the|at\s+the|among|beside|with\s+(?:him|her|them))|went\s+with|travelled\s+with|traveled\s+with|sailed\s+with|accompanied)\b/i;
/** Co-defendants listed after one in the dock: "Bukharin sat in the dock with Rykov, with Krestinsky, and with his old co-author, Preobrazhensky". */
const DOCK_WITH = /\b(?:in\s+the\s+dock|on\s+trial|among\s+the\s+(?:accused|defendants))\s+(?:with|beside|alongside)\s[^.;!?]{0,160}$/i;
/** Between a person and an event's name after them: the person acts in it ("Dzerzhinsky spoke at the Fifteenth Congress"). */
/** Between the last of a list of names and the event's clause: they were the majority that voted it. */
const IN_THE_MAJORITY = /^(?:\s*(?:,|and)\s*(?:\p{Lu}[\p{Ll}.'’-]*\s*)+)*\s+(?:in|among)\s+(?:the|a)\s+(?:\p{Ll}+\s+)?majority\s*,\s*$/u;
const TAKES_PART_BEFORE = /^\s+(?:(?:was|were|had|also|then|himself|herself)\s+)*(?:spoke|attended|addressed|chaired|presided|denounced|opened|led|took\s+part|present|sat|sits|voted|votes|stood|stands|speaks|attends|chairs|presides|appeared|testified|confessed|faced|argued|defended|attacked|signed|delivered|sent\s+(?:his|her|their)\s+(?:men|agents|troops)|ordered|turned\s+on|crushed|organi[sz]ed|carried\s+out|launched|staged|raided|arrested)\b[^.;!?,]{0,50}$/i;
/** A person whose relative clause puts them at an event ("Dzerzhinsky, who from the platform of the Fifteenth Congress in December 1927 called for …"). */
const WHO_AT = /^\s*,\s*["“]?who\s+[^.;!?,()]{0,40}?\b(?:at|of|during|to|in|from|before)\s+(?:the\s+)?$/i;
/** A person in the dock, on trial or among the accused takes part without a verb ("Bukharin, Rykov and Tomsky in the dock together"). */
const IN_THE_DOCK = /^\s+(?:(?:was|were|stood|sat|appeared)\s+)?(?:in\s+the\s+dock|on\s+trial|among\s+the\s+(?:accused|defendants))\b/i;
/** A list of those present opening just before the names: "delegates on the steps, among them Radek, Rosmer and …", "In the front row, from left: Rykov, Stalin …". */
const PRESENT_LIST = /\b(?:among\s+them|amongst\s+them|from\s+(?:the\s+)?left|left\s+to\s+right|in\s+the\s+front\s+row)\s*[:,]?\s*$/i;
/** …of people at the event: its delegates, participants or speakers, or a photograph of them. */
const PRESENT_GROUP = /\b(?:delegates?|participants?|speakers?|defendants|accused|photograph(?:ed)?|group\s+portrait|assembled|gathered)\b/i;
/** Names and the commas and "and" of a list, at the end of a gap. (Each piece can be matched one way only: "ABC" is three capitals, never "AB" and "C", lest an all-capitals line backtrack for ever.) */
const NAME_LIST_END = /(?:[\s,]|\band\b|\p{Lu}[\p{Ll}.'’-]*)*$/u;
/** After an event, before the names listed up to the person (NAME_LIST_END): its date (in the first group) and a colon. */
const DATED_LIST = /^((?:\?\s*::)?[^.;!?\n]{0,40}):\s*$/u;

/** Words that put a person in an event without their being alive for it: their death, memory, absence. */
const NOT_ALIVE = /\b(?:death|died|dead|late|memory|memorial|funeral|buried|tomb|posthumous|killed|shot|executed|suicide|murder(?:ed)?|absence|absent|without|legacy|name|portrait|ghost|shadow|heirs?)\b/i;

/**
 * A claim that puts a person at an event after their death or before their birth
 * ("the Fifteenth Congress in December 1927, at which Dzerzhinsky denounced the
 * Opposition": he died in July 1926). Only people the text has taking part, by a
 * relative clause or "with" after the event's name or a verb of action before it.
 */
/** Between a doer and the verb, a phrase of the force they led: "at the head of the Kuomintang armies", "in command of the Guard". */
const AT_THE_HEAD = /^\s+(?:at\s+the\s+head\s+of|in\s+command\s+of|at\s+the\s+helm\s+of)\s+(?:the\s+|his\s+|her\s+)?[\p{L}'’ -]{1,40}?\s+$/u;

export function lifeConflicts(source: string, text: string, claims: readonly (Claim & { undated?: true })[], mentions: readonly EntityMention[], register: Register, registerKey: string): Conflict[] {
  const out: Conflict[] = [];
  for (const c of claims) {
    const event = register.byId.get(c.event);
    if (!event || event.type !== 'event') continue;
    const trial = /\btrials?$/i.test(text.slice(c.trigger.start, c.trigger.end));
    const meeting = MEETING_NAME.test(event.name);
    for (const m of mentions) {
      // A list of those present may run longer ("a group photograph of delegates on the steps of the Kremlin, among them …").
      const reach = Math.abs(m.start - c.trigger.start);
      if (!m.id || m.derived || m.type !== 'person' || reach > 320) continue;
      // "the Ilyich", "the Dzerzhinsky": a person's name after an article names a ship, a works or a street after them, not them.
      if (/\b[Tt]he\s+$/.test(text.slice(Math.max(0, m.start - 5), m.start))) continue;
      // "the press Dzerzhinsky's men raided in September 1927": whose men did it takes part, as their commander.
      if (m.start >= c.trigger.start - 40 && m.start < c.trigger.end && c.described !== undefined && HIS_MEN_DID.test(text.slice(m.end, m.end + 40)) && lifeConflict(m, c, event, source, registerKey, register, out)) continue;
      const afterEvent = m.start >= c.trigger.end;
      if (!afterEvent && m.end > c.trigger.start) continue;
      const [from, to] = afterEvent ? [c.trigger.end, m.start] : [m.end, c.trigger.start];
      // A person in another paragraph is at another scene, whatever the words between: a paragraph may end without a stop.
      if (/\n[ \t>]*\n/.test(text.slice(from, to))) continue;
      // An abbreviation's full stop before a word in lower case ends no sentence: "on the 12th inst. on the orders of".
      // A relative clause set off by commas after the person is an aside: "Pyatakov, whom Vera meets on the front, stood in the dock".
      const gap = text.slice(from, to).replace(/(\b\p{L}{1,5})\.(?=\s+\p{Ll})/gu, '$1 ').replace(afterEvent ? /^$/ : /^,\s*(?:who|whom|whose)\b[^,;:.]{0,100},/, '');
      // (Past the rest of a list the person ends: "Bukharin, Rykov, Tomsky and Krestinsky in the dock".)
      const listRest = /^(?:\s*(?:,\s*(?:and\s+)?|and\s+)\p{Lu}[\p{Ll}.'’-]*(?:\s+\p{Lu}[\p{Ll}.'’-]*)*)*/u.exec(text.slice(m.end, m.end + 160))![0].length;
      // (A person in the dock before the event's words is at it in the same sentence only: not "… stood in the dock. … Trotsky was murdered".)
      const inDock = IN_THE_DOCK.test(text.slice(m.end + listRest, m.end + listRest + 40)) && (afterEvent ? /^\s*[:—–,]/.test(gap) : !/[.!?;]\s/.test(gap));
      // "I remember Dzerzhinsky at the Fifteenth Congress": a person at an event, unless a portrait or memory of them.
      const lead = text.slice(Math.max(0, m.start - 25), m.start);
      const atEvent = !afterEvent && /^\s+at\s+(?:the\s+)?$/i.test(gap) && !NOT_ALIVE.test(lead) && !/\bof\s+$/i.test(lead);
      // Listed among those present, in this sentence or the next: "Delegates to the Fifteenth Congress … In the front row, from left: Rykov, Stalin, Felix Dzerzhinsky".
      const opening = afterEvent ? gap.replace(NAME_LIST_END, '') : '';
      const present = afterEvent && PRESENT_LIST.test(opening) && PRESENT_GROUP.test(text.slice(Math.max(0, c.trigger.start - 60), from + opening.length)) && (opening.match(/[.!?](?:\s|$)/g) ?? []).length <= 1;
      const dockWith = afterEvent && DOCK_WITH.test(gap) && !/\b(?:judges?|prosecutors?|court|bench)\b[^,]*$/i.test(gap.slice(-40));
      // A list of names after the event, its date and a colon: those who took part ("Trial of the Twenty-One? :: 2–13 Mar 1938: Bukharin, Rykov, … Pyatakov").
      const colon = afterEvent ? DATED_LIST.exec(opening) : null;
      const roll = !!colon && c.end <= from + colon[1].length && c.start >= from;
      // Co-subjects before the verb ("Sun Yat-sen and Chiang Kai-shek turned on the communists"): the verb is each one's.
      const coSubjects = !afterEvent ? /^(?:\s*(?:,|and)\s*(?:\p{Lu}[\p{Ll}.'’-]*\s*)+)+/u.exec(gap)?.[0] ?? '' : '';
      // (A list in apposition closes with a comma before its verb: "Which three members, Bukharin, Rykov and Tomsky, faced the prosecutor".)
      const inList = !afterEvent && /(?:,|\band)\s+$/.test(text.slice(Math.max(0, m.start - 6), m.start));
      const verbGap = inList ? gap.slice(coSubjects.length).replace(/^\s*,(?=\s*\p{Ll})/u, '') : gap.slice(coSubjects.length);
      // …or the subject of the words that tell the event in free wording, which begin with its verb ("turned the guns on the Shanghai unions").
      // (Past a phrase of command between: "Sun Yat-sen at the head of the Kuomintang armies turned his guns on …".)
      const doer = !afterEvent && c.described !== undefined && (/^\s*$/.test(verbGap) || AT_THE_HEAD.test(verbGap)) && /^\p{Ll}+(?:ed|ew|ook|ot|ove|ent|ang)\b/u.test(text.slice(c.trigger.start, c.trigger.end));
      // An index's heading and the subentry under it that puts them at the event ("Dzerzhinsky, F. E.: and the Georgian affair, 12; speech at Fifteenth Congress (Dec. 1927), 204").
      const indexed = !afterEvent && indexedAt(text, m, c.trigger.start);
      // Whose men did it, by "sent by" before the verb: "the GPU men sent by Dzerzhinsky carried him … and put him on a train".
      const sentBy = !afterEvent && SENT_BY.test(text.slice(Math.max(0, m.start - 40), m.start)) && gap.length <= 120 && !/[.;!?]/.test(gap);
      // The accused, named after the trial's word and "of": "the trial of Zinoviev, Radek and Pyatakov".
      // …or named after the trial's date in apposition: "the trial of 2 to 13 March 1938, Bukharin, Rykov, Krestinsky, Pyatakov and seventeen others".
      const accused = afterEvent && trial && (/^\s+of\s*$/.test(opening) || (/^\s+of\s+[^,;.]{1,40}$/.test(opening) && /^\s*,/.test(gap.slice(opening.length)) && c.start >= from && c.end <= from + opening.length));
      // …or its passive subject, what the event names done to them ("after Tomsky was sentenced with Bukharin and Rykov in March 1938").
      const undergoer = !afterEvent && c.described !== undefined && /^\s+(?:was|were|had\s+been)\s+$/.test(verbGap) && /^(?:sentenced|condemned|tried|shot|executed|arrested|expelled|deported|exiled|banished)\b/i.test(text.slice(c.trigger.start, c.trigger.end));
      const witness = afterEvent && reach <= 200 && !/[.;!?]/.test(gap) && WITNESS_OPENS.test(gap) && WITNESS_VERB.test(text.slice(m.end, m.end + 40)) && !NOT_ALIVE.test(text.slice(m.end, m.end + 60));
      // Of the majority that decided it: "With Comrades Stalin, …, Dzerzhinsky and Kalinin in the majority, Zinoviev is put out of the Political Bureau".
      const majority = !afterEvent && IN_THE_MAJORITY.test(gap) && !/[.;!?]/.test(gap);
      const speaks = meeting && speaksAt(text, m, c.trigger, afterEvent, gap);
      const takesPart = (present || witness || majority || dockWith || doer || undergoer || roll || indexed || sentBy || accused || speaks || (reach <= 200 && ((afterEvent ? TAKES_PART_AFTER.test(gap) : TAKES_PART_BEFORE.test(` ${verbGap}`)) || inDock || atEvent || (!afterEvent && WHO_AT.test(gap))))) && !NOT_ALIVE.test(gap);
      // Someone else named in between is the one the clause is about, unless the two are in one list ("with Bukharin, Rykov and Tomsky").
      // (Not a name made into a group's or a doctrine's: "the bloc of Rights and Trotskyists, whose accused included …".)
      const between = mentions.find((o) => o !== m && o.type === 'person' && !o.derived && o.start >= from && o.end <= to);
      const listed = between && afterEvent && /^(?:[\s,]|and\b|\p{Lu}[\p{Ll}.'’-]*)*$/u.test(text.slice(between.start, m.start));
      const coSubject = between && between.end <= from + coSubjects.length;
      if (!takesPart || text[m.end] === "'" || text[m.end] === '’' || (between && !listed && !dockWith && !coSubject && !roll && !indexed && !(accused && listed))) continue;
      lifeConflict(m, c, event, source, registerKey, register, out);
    }
  }
  return out;
}

/** A meeting's or a trial's name: people act there as speakers, voters, accused. */
const MEETING_NAME = /\b(?:[Cc]ongress|[Cc]onference|[Pp]lenum|[Tt]rial|[Ss]ession|[Mm]eeting)\b/;
/** A finite verb right after a subject: "rose", "demanded", "thunders", "had called". */
const FINITE_AFTER = /^\s+(?:(?:had|has|then|also|himself|herself|again|once\s+more)\s+)*(?:\p{Ll}{2,}ed|rose|rises|spoke|speaks|stood|stands|sat|sits|took|takes|gave|gives|made|makes|said|says|read|reads|\p{Ll}{3,}[^s\s]s)\b/u;
/** A meeting's place and date phrases, then a comma or nothing. */
const SETTING_ONLY = /^(?:\s+(?:in|of|on|at)\s+(?:the\s+)?(?:\p{Lu}[\p{L}-]*|\d{1,4}(?:st|nd|rd|th)?)(?:\s+(?:of\s+)?(?:\p{Lu}[\p{L}-]*|\d{1,4}))*)*\s*,?\s*$/u;
/** Words before a name that make it no subject: an object, a possessor, a portrait. */
const NOT_SUBJECT_BEFORE = /\b(?:of|to|with|by|for|against|on|about|from|like|than|under|after|before|and|or)\s+$/i;

/**
 * A person acting at a meeting that sets the scene: "At the Fifteenth Congress in December 1927, Dzerzhinsky demanded …"
 * (the meeting opening the sentence, the person its subject), "Dzerzhinsky rose to speak against the Opposition at the
 * Fifteenth Congress" (the person the subject, the meeting where the verb was done), "Dzerzhinsky, speaking at the …".
 */
function speaksAt(text: string, m: Span, trigger: Span, afterEvent: boolean, gap: string): boolean {
  if (/[.;!?]/.test(gap) || NOT_SUBJECT_BEFORE.test(text.slice(Math.max(0, m.start - 12), m.start))) return false;
  if (afterEvent) {
    const opens = /(?:^|[.!?:]\s+|\n\s*)(?:At|During)\s+(?:the\s+)?$/.test(text.slice(Math.max(0, trigger.start - 14), trigger.start));
    // (Between the meeting and the person only its place and date: "At the Fifteenth Congress in Moscow in December 1927, Dzerzhinsky …".)
    return opens && SETTING_ONLY.test(gap) && FINITE_AFTER.test(text.slice(m.end, m.end + 30));
  }
  if (/^\s*,\s*(?:speaking|presiding|sitting|standing|addressing\s+(?:the\s+)?delegates)\s+(?:at|to|before|of)\s+(?:the\s+)?$/.test(gap)) return true;
  // (The person opens the clause: nothing but a phrase of time before them in the sentence.)
  const lineStart = Math.max(text.lastIndexOf('\n', m.start - 1), 0);
  const before = text.slice(lineStart, m.start);
  const clauseStart = Math.max(before.search(/[^.!?:;]*$/), 0);
  if (!/^\s*(?:(?:In|On|By|Early\s+in|Late\s+in|Then|There)\b[^,]{0,30}?,?\s*)?$/.test(before.slice(clauseStart))) return false;
  return gap.length <= 90 && FINITE_AFTER.test(gap) && /\b(?:at|to|before|in)\s+(?:the\s+)?$/.test(gap) && !/\b(?:who|which|that|when|where|after|before\s+\p{L}+\s|since|until)\b/iu.test(gap.replace(/\bbefore\s+(?:the\s+)?$/, ''));
}

/** After a person's name opening its line, an index's heading: "- Dzerzhinsky, F. E.:", "Lenin, V. I.:" (the initials may be the mention's own). */
const INDEX_HEADING = /^(?:,\s*(?:\p{Lu}[\p{L}'’-]*\.?\s*){1,4})?:/u;
/** A subentry that puts the heading's person at the event after it: "speech at", "delegate to", "attends". */
const AT_IN_SUBENTRY = /^\s*(?:speech(?:es)?|address(?:es)?|report|spoke|speaks|attends|attended|present|delegate|votes?|voted)\s+(?:at|to|in|before)\s+(?:the\s+)?$/i;

/** Whether `m` heads an index entry on its line and the subentry that holds the event at `at` puts them there. */
function indexedAt(text: string, m: Span, at: number): boolean {
  const lineStart = text.lastIndexOf('\n', m.start - 1) + 1;
  if (!/^[\s>*_-]*$/.test(text.slice(lineStart, m.start)) || !INDEX_HEADING.test(text.slice(m.end, m.end + 40)) || text.slice(m.end, at).includes('\n')) return false;
  const head = text.slice(m.end, at);
  const sub = Math.max(head.lastIndexOf(';'), head.lastIndexOf(':'));
  return sub >= 0 && AT_IN_SUBENTRY.test(head.slice(sub + 1));
}

/** Subordinates sent by a person, before the person: "the GPU men sent by". */
const SENT_BY = /\b(?:men|agents|troops|police|policemen|chekists|gunmen|henchmen|soldiers|officers|guards|squads?|detachments?)\s+(?:sent|dispatched|commanded|led)\s+by\s+$/i;

/** Subordinates of a person's as the subject of a verb: "Dzerzhinsky's men raided". */
const HIS_MEN_DID = /^['’]s\s+(?:men|agents|troops|police|policemen|chekists|gunmen|henchmen|soldiers|officers|squads?)\s+(?:had\s+|have\s+)?\p{Ll}+ed\b/u;

/** Adds the anachronism of a person named as taking part in a claim's event outside their life, if they were dead or unborn; whether they were. */
function lifeConflict(m: EntityMention, c: Claim & { undated?: true }, event: RegisterEntry, source: string, registerKey: string, register: Register, out: Conflict[]): boolean {
  const person = register.byId.get(m.id!)!;
  const { born, died } = lifeDates(person);
  const after = died && c.interval.earliest > died.interval!.latest;
  const before = born && c.interval.latest < born.interval!.earliest;
  if (!after && !before) return false;
  const life = (after ? died : born)!;
  out.push({
    event: event.id,
    eventName: event.name,
    rule: 'anachronism',
    message: `${person.name} ${after ? 'died' : 'was born'} ${life.edtf}${life.cite ? ` (${life.cite})` : ''}, but this text has ${m.text} at ${event.name}${c.undated ? `, which the register dates ${describeInterval(c.interval)}` : ` in "${c.dateText}" (${describeInterval(c.interval, c.news)})`}.`,
    a: { source, start: c.start, end: c.end, text: c.dateText, interval: c.interval },
    b: registerSide(registerKey, life),
  });
  return true;
}
