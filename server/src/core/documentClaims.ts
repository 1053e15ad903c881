// One document's claims and the conflicts it holds within itself: every reference to
// an event (its name, a register trigger, a meeting by kind and date, a numbered or
// kind-alone event, free wording) paired with the dates the syntax lets date it; then
// the checks a text can make alone: relative dates against their anchors, people
// outside their lives, and the order it tells events in.

import { AFTERLIFE_DAYS, afterlifeConflicts } from './afterlife';
import { extractClaims, itemSentences, type EventReference } from './claims';
import { addDays } from './dates';
import { compatible, durationConflicts, eventRelativeConflicts, lifeConflicts, relativeConflicts } from './conflicts';
import type { EventDescriptions } from './eventDescriptions';
import { genericMeetingReferences, eventPronounReferences, kindAloneReferences, kindAtPlaceReferences, kindByDateReferences, kindNearDateReferences, membershipEndReferences, repeatedVerbReferences, numberedEventReferences, orderedPartReferences, verdictReferences, workParaphraseReferences } from './eventKinds';
import { correctedQuotations } from './quotedDates';
import { lifeDates, referenceDate, referenceDates, type Register } from './register';
import { sequenceConflicts } from './sequences';
import { spanAt } from './text';
import type { Token } from './tokens';
import { PronounResolver, type TriggerSet } from './triggers';
import type { Claim, Conflict, DateMention, DayInterval, EntityMention, Span } from './types';

export interface ClaimContext {
  key: string;
  text: string;
  tokens: Token[];
  /** Linked mentions, sorted by offset. */
  mentions: EntityMention[];
  /** People the register lacks, named in the text. */
  people: EntityMention[];
  dates: DateMention[];
  sentences: Span[];
  register: Register;
  registerKey: string;
  triggers: TriggerSet;
  descriptions: EventDescriptions;
  /** Registered names inside a mention ("Lenin" in "Lenin's Testament"), for triggers' slots. */
  nested: (m: EntityMention) => EntityMention[];
  /** When the text was written (sources.yaml). */
  written?: DayInterval;
  /** The person the source's metadata says it is about (the first registered person its `about` names): "he" may be them. */
  subject?: string;
}

/**
 * What the text reports another as saying in order to correct it: "You said he was shot 'a week after the trial'",
 * "you wrote 12 May, but it was 12 June". From the reporting verb to the end of the sentence or its "but".
 */
const YOU_SAID = /\b[Yy]ou\s+(?:(?:have|had)\s+)?(?:said|say|wrote|written|write|claimed|claim|stated|state|suggested|suggest|asserted|assert|told\s+\w+|put|gave|give|dated|date)\b/g;

/**
 * A reading a label marks as the one corrected, before the label of its correction: a post-editor's "MT: … / PE: …",
 * a proof's "Was: … Now: …", an erratum's "For: … read: …". From the first label to the second.
 */
const CORRECTED_READING = /(?<![\p{L}\d])(?:MT|Machine\s+translation|Draft|Was|Before|Old|Error|Wrong|Incorrect|For)\s*:(?:(?!\n)[^])*?(?<![\p{L}\d])(?:PE|Post-?edit(?:ed)?|Corrected|Correction|Now|After|New|Fixed|Revised|Read|Should\s+read|Correct)\s*:/giu;

function rejectedSpans(text: string, sentences: readonly Span[]): Span[] {
  const out: Span[] = [];
  CORRECTED_READING.lastIndex = 0;
  for (let m = CORRECTED_READING.exec(text); m; m = CORRECTED_READING.exec(text)) out.push({ start: m.index, end: m.index + m[0].length });
  out.push(...correctedQuotations(text));
  YOU_SAID.lastIndex = 0;
  for (let m = YOU_SAID.exec(text); m; m = YOU_SAID.exec(text)) {
    const sentence = spanAt(sentences, m.index, false);
    const end = sentence?.end ?? text.length;
    const but = /[,;]?\s+but\b/.exec(text.slice(m.index, end));
    out.push({ start: m.index, end: but ? m.index + but.index : end });
  }
  return out;
}

/**
 * The mentions, and the personal pronouns of the sentences that make claims whose one person the resolver knows, as that
 * person's mentions: "ORDZHONIKIDZE. … in Ep 8, June 1937, he sits on the bench of the court that tries Tukhachevsky".
 */
function withPronouns(text: string, tokens: readonly Token[], mentions: readonly EntityMention[], claims: readonly Claim[], sentences: readonly Span[], register: Register, pronouns: PronounResolver): readonly EntityMention[] {
  if (!claims.length) return mentions;
  const claimed = new Set(claims.map((c) => spanAt(sentences, c.trigger.start, false)).filter((s): s is Span => !!s));
  const out: EntityMention[] = [];
  for (const t of tokens) {
    if (t.norm !== 'he' && t.norm !== 'she') continue;
    const s = spanAt(sentences, t.start, false);
    if (!s || !claimed.has(s)) continue;
    // One person, or the nearest (the first candidate) where it was named in the pronoun's own line: an entry's heading
    // ("ORDZHONIKIDZE. …") outweighs the person the whole text is about.
    const who = pronouns.candidates(t.start, undefined, t.norm);
    const named = who.length > 1 ? [...mentions].reverse().find((m) => m.id === who[0] && m.end <= t.start) : undefined;
    const one = who.length === 1 || (named && !text.slice(named.end, t.start).includes('\n')) ? who[0] : undefined;
    if (!one || register.byId.get(one)?.type !== 'person') continue;
    out.push({ start: t.start, end: t.end, text: text.slice(t.start, t.end), id: one, type: 'person', derived: false });
  }
  return out.length ? [...mentions, ...out].sort((a, b) => a.start - b.start) : mentions;
}

/**
 * The claims, and the events the text names in a sentence that dates them nowhere, at the register's date: one who takes part in
 * an event is checked against their life whether or not the text gives its date ("Dzerzhinsky spoke at the Fifteenth Congress").
 */
function withUndated(key: string, text: string, claims: readonly Claim[], refs: readonly EventReference[], sentences: readonly Span[], register: Register): (Claim & { undated?: true })[] {
  const dated = new Set(claims.map((c) => `${c.event}\u0000${spanAt(sentences, c.trigger.start, false)?.start}`));
  const out: (Claim & { undated?: true })[] = [...claims];
  for (const r of refs) {
    const entry = register.byId.get(r.event);
    const known = entry?.type === 'event' && !r.work ? referenceDate(entry) : undefined;
    const once = `${r.event}\u0000${spanAt(sentences, r.start, false)?.start}`;
    if (!known?.interval || dated.has(once)) continue;
    dated.add(once);
    out.push({ event: r.event, source: key, start: r.start, end: r.end, trigger: { start: r.start, end: r.end }, dateText: text.slice(r.start, r.end), interval: known.interval, granularity: known.granularity, qualifiers: [], approximate: false, undated: true, ...(r.via === 'description' ? { described: text.slice(r.start, r.end) } : {}) });
  }
  return out;
}

/** The ids of the names before `at` in its paragraph. */
function namedInParagraph(text: string, mentions: readonly EntityMention[], at: number): string[] {
  const start = text.lastIndexOf('\n\n', at) + 1;
  return mentions.filter((m) => m.id && m.start >= start && m.end <= at).map((m) => m.id!);
}

export function documentClaims(c: ClaimContext): { claims: Claim[]; ownConflicts: Conflict[] } {
  const { key, text, tokens, mentions, people, sentences, register, registerKey } = c;
  // A date the text quotes someone as saying, or a draft as reading, to correct it, is no claim of its own.
  const rejected = rejectedSpans(text, sentences);
  const inside = (x: Span) => rejected.some((r) => r.start <= x.start && x.end <= r.end);
  const dates = rejected.length ? c.dates.filter((d) => !inside(d)) : c.dates;
  // Who pronouns stand for, once for the text: registered people, and people the register lacks (a pronoun may be theirs);
  // triggers and free wording read them alike.
  // …and people named inside an event's or a work's name ("Lenin's third stroke came on 10 March 1923. He lived on").
  const named = mentions.filter((m) => m.id && register.byId.get(m.id)?.type !== 'person').flatMap((m) => c.nested(m).filter((n) => n.id && register.byId.get(n.id)?.type === 'person'));
  const pronouns = new PronounResolver([...mentions, ...people, ...named].sort((a, b) => a.start - b.start), register, sentences, c.subject);
  // A meeting named by its kind and place is a name "it" may stand for after it ("their congress in London; it opened there on …").
  const atPlace = kindAtPlaceReferences(text, mentions, register, sentences, dates);
  const itMayBe = atPlace.length ? [...mentions, ...atPlace.map((r): EntityMention => ({ start: r.start, end: r.end, text: text.slice(r.start, r.end), id: r.event, type: 'event', derived: false }))].sort((a, b) => a.start - b.start) : mentions;
  let refs = c.triggers
    .references(text, tokens, mentions, register, sentences, c.nested, pronouns)
    .concat(
      genericMeetingReferences(text, dates, mentions, register),
      numberedEventReferences(text, mentions, register),
      kindAloneReferences(text, mentions, register, sentences),
      eventPronounReferences(text, itMayBe, register, sentences, dates),
      membershipEndReferences(text, mentions, register, sentences, dates),
      atPlace,
      orderedPartReferences(text, mentions, register),
      // (Whose "his history of the revolution" it is: the pronoun's people, or anyone named before it in its paragraph; the title's words decide.)
      workParaphraseReferences(text, mentions, register, (at, pronoun) => [...pronouns.candidates(at, undefined, pronoun), ...namedInParagraph(text, mentions, at)]),
      c.descriptions.references(text, tokens, mentions, dates, sentences, people, pronouns),
    )
    .sort((a, b) => a.start - b.start);
  // …as does a pronoun doing again what the sentence before told ("They rose only after …").
  refs.push(...repeatedVerbReferences(text, refs, sentences));
  refs.sort((a, b) => a.start - b.start);
  // Triggers read in the active voice only order events (sequences.ts).
  const active = refs.filter((r) => r.active);
  if (active.length) refs = refs.filter((r) => !r.active);
  // …a meeting or a trial by its kind, dated in its sentence by a day inside one such event ("the trial …, which opened on the 23rd January");
  // …and a trial's verdict by its words alone ("the verdict of 21 August"), once the trial was named.
  const byDate = kindByDateReferences(text, dates, refs, register, sentences);
  if (byDate.length) {
    // A free-wording guess over the same words gives way to the meeting they name.
    refs = refs.filter((r) => r.via !== 'description' || !byDate.some((b) => b.start < r.end && b.end > r.start));
    refs.push(...byDate), refs.sort((a, b) => a.start - b.start);
  }
  const verdicts = verdictReferences(text, refs, register, dates, sentences);
  if (verdicts.length) refs.push(...verdicts), refs.sort((a, b) => a.start - b.start);
  // …and a meeting by its kind alone near a date of the story, for ordering only ("Settled 4th February 1924: … The Conference met only after Lenin was buried").
  active.push(...kindNearDateReferences(text, dates, [...refs, ...active], register, sentences));
  const claims = extractClaims(key, text, refs, dates, mentions, itemSentences(text, sentences, dates), (id, interval) => {
    const entry = register.byId.get(id);
    const known = entry ? referenceDates(entry) : [];
    return !known.length || known.some((r) => r.interval && compatible({ interval }, { interval: r.interval, granularity: r.granularity }));
  }, (id) => {
    const entry = register.byId.get(id);
    // A year the text leaves out is read nearest the event's date, or the work's first date.
    return entry?.type === 'event' ? referenceDate(entry)?.interval : entry?.type === 'work' ? referenceDates(entry)[0]?.interval : undefined;
  }, c.written, (person, interval) => {
    const entry = register.byId.get(person);
    const { born, died } = entry ? lifeDates(entry) : {};
    return !(born && interval.latest < born.interval!.earliest) && !(died && interval.earliest > addDays(died.interval!.latest, AFTERLIFE_DAYS));
  });
  // The event a clause tells in free wording: a count's anchor, an order word's sides.
  const describe = (clause: Span) => c.descriptions.describe(text, tokens, mentions, clause, people);
  const ownConflicts = [
    ...relativeConflicts(key, text, dates, claims, (id) => register.byId.get(id)?.name, refs, sentences, (at, event) => {
      // "… and Trotsky two months after him": the person named just before the count, after "and".
      const person = [...mentions].reverse().find((m) => m.id && m.end <= at && register.byId.get(m.id)?.type === 'person');
      return person && /^\s+$/.test(text.slice(person.end, at)) && /\band\s+$/.test(text.slice(Math.max(0, person.start - 6), person.start)) ? c.descriptions.counterpart(event, person.id!) : undefined;
    }),
    ...eventRelativeConflicts(key, text, dates, refs, claims, register, describe),
    ...durationConflicts(key, text, dates, claims, sentences, (id) => register.byId.get(id)?.name),
    ...lifeConflicts(key, text, withUndated(key, text, claims, refs, sentences, register), withPronouns(text, tokens, mentions, claims, sentences, register, pronouns), register, registerKey),
    ...afterlifeConflicts(key, text, dates, mentions, sentences, register, registerKey),
    ...sequenceConflicts(key, text, active.length ? [...refs, ...active].sort((a, b) => a.start - b.start) : refs, sentences, register, registerKey, mentions, describe, (event, person) => c.descriptions.counterpart(event, person)),
  ];
  return { claims, ownConflicts: rejected.length ? ownConflicts.filter((x) => !inside(x.a)) : ownConflicts };
}
