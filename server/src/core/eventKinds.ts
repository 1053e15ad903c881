// Ways of naming an event without its name, narrower than free wording
// (eventDescriptions.ts): a meeting by its kind and date ("the Congress of March
// 1923"), a person's numbered event by its number ("the third stroke"), an event by
// its kind alone right after one of that kind was named ("the congress"), or dated in
// its sentence by a day inside one event of that kind ("the trial …, which opened on
// the 23rd January"), a series' part by its number ("the first of the Moscow trials"),
// a trial's verdict by its words alone ("the sentences were read out on …"), an
// event a count is made from by the head noun of its name ("a month after the demonstrations"),
// "it" for the one event just named ("From the day it opened, 27 December"), a man's staying in a
// body "until" a date as his removal from it, and a pronoun doing again what the sentence before told
// of an event ("They rose only after …", for ordering only).

import { isoToDay } from './dates';
import { referenceDate, type Register, type RegisterEntry } from './register';
import { nameTokens } from './tokens';
import { spanAt } from './text';
import type { DateMention, EntityMention, Span } from './types';
import { dayGap, nearestYear, type EventReference } from './claims';

/** "the Congress of March 1923": a meeting named by its kind alone, with the date that tells which. */
const GENERIC_MEETING = /\bthe\s+(?:(?:Party|party|Bolshevik)\s+)?(Congress|Conference|Plenum)\s+(?:of|in|held\s+in)\s+$/;

/**
 * References to meetings named by their kind and a date ("During the Congress of
 * March 1923"): the registered meeting of that kind whose date is nearest, if it is
 * clearly the nearest (the next is a month farther) and no more than two months off.
 * Its date then makes an ordinary claim, which conflicts where the month is wrong.
 */
export function genericMeetingReferences(text: string, dates: readonly DateMention[], mentions: readonly EntityMention[], register: Register): EventReference[] {
  const out: EventReference[] = [];
  for (const d of dates) {
    if (!d.interval || (d.granularity !== 'day' && d.granularity !== 'month')) continue;
    const m = GENERIC_MEETING.exec(text.slice(Math.max(0, d.start - 40), d.start));
    if (!m) continue;
    const start = d.start - m[0].length + m[0].indexOf('the');
    if (mentions.some((x) => x.start < d.start && x.end > start)) continue;
    const head = m[1].toLowerCase();
    const ranked = register.entries
      .filter((e) => e.type === 'event' && e.name.toLowerCase().endsWith(head))
      .flatMap((e) => {
        const r = referenceDate(e)?.interval;
        return r ? [{ e, gap: dayGap(r, d.interval!) }] : [];
      })
      .sort((a, b) => a.gap - b.gap);
    if (!ranked.length || ranked[0].gap > 62 || (ranked[1] && ranked[1].gap - ranked[0].gap < 31)) continue;
    const headEnd = start + m[0].trimEnd().replace(/\s+(?:of|in|held\s+in)$/, '').length - m[0].indexOf('the');
    out.push({ start, end: headEnd, event: ranked[0].e.id, via: 'mention' });
  }
  return out;
}

/**
 * A person's numbered events named without the person ("Lenin's third stroke" as "the
 * third stroke", "his third stroke"), where that person is named in the 300 characters
 * before: the passage is about them.
 */
export function numberedEventReferences(text: string, mentions: readonly EntityMention[], register: Register): EventReference[] {
  const out: EventReference[] = [];
  for (const e of register.entries) {
    const m = e.type === 'event' ? /^(.+?)['’]s\s+(first|second|third|fourth|fifth|last|final)\s+(\p{L}+)$/iu.exec(e.name) : null;
    const who = m ? e.participants.find((p) => register.byId.get(p)?.type === 'person') : undefined;
    if (!m || !who) continue;
    const phrase = new RegExp(`\\b(?:the|his|her)\\s+${m[2]}\\s+${m[3]}\\b`, 'gi');
    for (let f = phrase.exec(text); f; f = phrase.exec(text)) {
      const at = f.index;
      if (mentions.some((x) => x.start < at + f![0].length && x.end > at)) continue;
      // The person named before, or just after in the same sentence ("the third stroke had taken Ilyich's speech away").
      const end = at + f[0].length;
      const after = mentions.find((x) => x.id === who && x.start >= end && x.start - end < 60);
      if (mentions.some((x) => x.id === who && x.end <= at && at - x.end < 300) || (after && !/[.!?;]/.test(text.slice(end, after.start)))) out.push({ start: at, end, event: e.id, via: 'mention' });
    }
    // "Lenin's three strokes: the first in May 1922; the second on 16 December 1922; the third, on 10 March 1923": the
    // ordinals of a list after the person's events in the plural stand for them.
    const plural = new RegExp(`\\b${m[3]}s\\b`, 'gi');
    for (let f = plural.exec(text); f; f = plural.exec(text)) {
      const owner = mentions.find((x) => x.id === who && x.end <= f!.index && f!.index - x.end < 40 && !/[.!?;]/.test(text.slice(x.end, f!.index)));
      if (!owner) continue;
      const close = text.slice(f.index + f[0].length).search(/\n\s*\n/);
      const list = text.slice(f.index + f[0].length, close < 0 ? text.length : f.index + f[0].length + close).slice(0, 300);
      const k = new RegExp(`\\b[Tt]he\\s+${m[2]}\\b`).exec(list);
      if (!k || !/^\s*:/.test(list)) continue;
      const at = f.index + f[0].length + k.index;
      if (!mentions.some((x) => x.start < at + k[0].length && x.end > at) && !out.some((r) => r.start === at)) out.push({ start: at, end: at + k[0].length, event: e.id, via: 'mention' });
    }
  }
  return out;
}

/** "the congress", "the Congress", "the trial": a meeting, trial or treaty named by its kind alone, right after one of that kind was named. */
const KIND_ALONE = /\b[Tt]he\s+([Cc]ongress|[Cc]onference|[Pp]lenum|[Tt]rial|[Tt]reaty)\b(?!\s+(?:of|in|on|at|that|which)\b|['’]s?\b|-)/g;

/**
 * References to an event named by its kind alone ("The congress opened on 8 March 1921") that
 * stand for the event of that kind named last before them in the same paragraph, within a few
 * sentences: "Tenth Congress: … The congress opened on 8 March 1921". Not "the congress of 1922",
 * which names another, nor across a paragraph unless it says "itself".
 */
export function kindAloneReferences(text: string, mentions: readonly EntityMention[], register: Register, sentences: readonly Span[]): EventReference[] {
  const out: EventReference[] = [];
  const events = mentions.filter((m) => m.id && register.byId.get(m.id)?.type === 'event');
  KIND_ALONE.lastIndex = 0;
  for (let k = KIND_ALONE.exec(text); k; k = KIND_ALONE.exec(text)) {
    const at = k.index;
    const end = at + k[0].length;
    // (A registered name there is the name; a word Clio only guessed to be a name, "the Congress", is still the kind.)
    if (mentions.some((m) => m.id && m.start < end && m.end > at)) continue;
    const kind = k[1].toLowerCase();
    // "the congress itself" turns back to the one named before, even from the next paragraph.
    const itself = /^\s+itself\b/.test(text.slice(end, end + 8));
    let last: EntityMention | undefined;
    for (const m of events) if (m.end <= at && at - m.end <= (itself ? 1200 : 400) && nameTokens(register.byId.get(m.id!)!.name).some((w) => w === kind || w === `${kind}s`)) last = m;
    if (!last || (!itself && /\n\s*\n/.test(text.slice(last.end, at)))) continue;
    let event = last.id!;
    // "The trial" after "the Moscow trials" is one of them: the one part of that kind a person named since took part in
    // ("Bukharin was the star defendant at the last of the Moscow show trials. The trial opened on 2 March 1938").
    // Only for a series ("trials"): a congress's own parts ("the reading of the Testament to the congress delegations") are not what "the congress" names.
    const series = !nameTokens(register.byId.get(event)!.name).includes(kind);
    const parts = series ? register.entries.filter((e) => e.partOf === event && nameTokens(e.name).includes(kind)) : [];
    if (parts.length) {
      const from = spanAt(sentences, last.start)?.start ?? last.start;
      const people = new Set(mentions.filter((m) => m.id && m.start >= from && m.end <= at && register.byId.get(m.id)?.type === 'person').map((m) => m.id!));
      const fit = parts.filter((e) => e.participants.some((p) => people.has(p)));
      if (fit.length !== 1) continue;
      event = fit[0].id;
    }
    out.push({ start: at, end, event, via: 'mention' });
  }
  return out;
}

/** How far from its event's reference date a date may be, read with a weak name ("it", a meeting by its place): a year. */
const WEAK_NAME_DAYS = 366;

/** "it opened", "it had met", "it was finally crushed": an event's own phase told of "it". */
const IT_PHASE = /\b[Ii]t\s+(?:(?:had|has|was|had\s+been|first|finally|at\s+last)\s+)*(?:opened|began|met|closed|ended|sat|convened|assembled|broke\s+out|took\s+place|held|lasted|crushed|put\s+down|suppressed|signed|rose|adjourned)\b/g;

/**
 * "it" for the event named just before ("I drove a delegate to the Fourteenth Congress. From the day it opened, 27
 * December, …"), where "it" is the subject of the event's own phase ("opened", "met", "was crushed") and the event's name
 * is the last name before it: in its sentence or the one before, with no place, body or work named between that "it"
 * could be, and no other event. "It" is a weak name, so it dates only the first date after it in its sentence, and only one within a year
 * of the event's reference date: "It opened in 1825", after "the Tenth Congress in the theatre", is the theatre's.
 */
export function eventPronounReferences(text: string, mentions: readonly EntityMention[], register: Register, sentences: readonly Span[], dates: readonly DateMention[]): EventReference[] {
  const out: EventReference[] = [];
  IT_PHASE.lastIndex = 0;
  for (let k = IT_PHASE.exec(text); k; k = IT_PHASE.exec(text)) {
    const at = k.index;
    const here = spanAt(sentences, at);
    const si = here ? sentences.indexOf(here) : -1;
    const from = si > 0 ? sentences[si - 1].start : here?.start ?? at;
    // (The place an event sat, right after it, is its setting, not what "it" is: "their congress in London; it opened there …".)
    const setting = (m: EntityMention, i: number, all: EntityMention[]) => m.type === 'place' && i > 0 && all[i - 1].type === 'event' && /^\s+(?:in|at|near)\s+(?:the\s+)?$/.test(text.slice(all[i - 1].end, m.start));
    const before = mentions.filter((m) => m.end <= at && m.start >= from && !(m.type === 'person')).filter((m, i, all) => !setting(m, i, all));
    const last = before[before.length - 1];
    const entry = last?.id ? register.byId.get(last.id) : undefined;
    if (!entry || entry.type !== 'event' || /\n\s*\n/.test(text.slice(last.end, at))) continue;
    // Two events named there leave "it" open: "whether the Conference came after Lenin's death. … it closed on 18 January".
    if (before.some((m) => m.id !== entry.id && m.id && register.byId.get(m.id)?.type === 'event')) continue;
    const date = dates.find((d) => d.start > at && d.start < (here?.end ?? at + 200) && d.interval);
    const known = referenceDate(entry)?.interval;
    if (!date || !known || dayGap(known, date.interval!) > WEAK_NAME_DAYS) continue;
    out.push({ start: at, end: at + 2, event: entry.id, via: 'mention', forDate: date.start });
  }
  return out;
}

/**
 * A pronoun doing again what the sentence before told of an event, by the same verb: "the sailors of Kronstadt … rose
 * against the Bolsheviks. They rose only after the Tenth Congress had …". The same event, for ordering only (`active`):
 * a date there may be another time it happened.
 */
export function repeatedVerbReferences(text: string, refs: readonly EventReference[], sentences: readonly Span[]): EventReference[] {
  const out: EventReference[] = [];
  // (Refs are sorted: one pass over them, sentence by sentence.)
  const told: EventReference[] = [];
  let k = 0;
  for (let i = 0; i + 1 < sentences.length; i++) {
    told.length = 0;
    while (k < refs.length && refs[k].start < sentences[i].start) k++;
    for (let j = k; j < refs.length && refs[j].start < sentences[i].end; j++) {
      const r = refs[j];
      if (!r.work && !r.active && (r.via === 'trigger' || r.via === 'description') && r.end <= sentences[i].end) told.push(r);
    }
    if (!told.length || new Set(told.map((r) => r.event)).size !== 1) continue;
    const verb = /(\p{Ll}{3,})$/u.exec(text.slice(told[told.length - 1].start, told[told.length - 1].end))?.[1];
    if (!verb) continue;
    const next = sentences[i + 1];
    const again = new RegExp(`\\b(?:[Hh]e|[Ss]he|[Tt]hey|[Ii]t)\\s+(?:(?:had|have|has|only|then|first|finally)\\s+)*${verb}\\b`, 'u').exec(text.slice(next.start, next.end));
    if (again) out.push({ start: next.start + again.index, end: next.start + again.index + again[0].length, event: told[0].event, via: 'trigger', active: true });
  }
  return out;
}

/** A person's staying in a body or an office: "sat on the Politburo", "remained a member of", "kept his seat on", "was Commissar of War". */
const STAYED_IN = /\b(?:sat|served|remained|stayed|was|kept\s+(?:his|her)\s+(?:seat|place))\s+(?:(?:still|on|in|a\s+member\s+of|a\s+full\s+member\s+of)\s+)*(?:the\s+)?$/i;

/**
 * The end of a person's place in a body or an office, told by how long they stayed ("Trotsky sat on the Politburo from
 * 1919 until October 1927", "Trotsky was Commissar of War until January 1926"): the one registered event of that
 * person's removal or expulsion from that body, dated by the "until" date.
 */
export function membershipEndReferences(text: string, mentions: readonly EntityMention[], register: Register, sentences: readonly Span[], dates: readonly DateMention[]): EventReference[] {
  const out: EventReference[] = [];
  for (const body of mentions) {
    if (!body.id || register.byId.get(body.id)?.type !== 'organization') continue;
    const stayed = STAYED_IN.exec(text.slice(Math.max(0, body.start - 60), body.start));
    if (!stayed) continue;
    const s = spanAt(sentences, body.start, false);
    if (!s) continue;
    const verbAt = body.start - stayed[0].length;
    // The person just before the verb, in the sentence.
    const person = [...mentions].reverse().find((m) => m.id && m.end <= verbAt && m.start >= s.start && register.byId.get(m.id)?.type === 'person');
    if (!person || !/^[\s,]*(?:(?:had|has|then|still|only|also)\s+)*$/i.test(text.slice(person.end, verbAt))) continue;
    const until = dates.find((d) => d.start >= body.end && d.end <= s.end && !!d.interval && /\b(?:until|till|up\s+to)\s+(?:the\s+)?$/i.test(text.slice(Math.max(body.end, d.start - 12), d.start)) && !/[;.]/.test(text.slice(body.end, d.start)));
    if (!until) continue;
    const ends = register.entries.filter((e) => e.type === 'event' && e.participants.includes(person.id!) && e.participants.includes(body.id!) && /\b(?:removed|removal|expelled|expulsion|dropped|dismissed|ousted)\b/i.test(e.name));
    if (ends.length !== 1) continue;
    out.push({ start: verbAt, end: body.end, event: ends[0].id, via: 'trigger', forDate: until.start });
  }
  return out;
}

/** A meeting's word, with what may stand before it: "his party held its great congress", "the conference". */
const MEETING_WORD = /\b(?:the|its|their|his|her|our)\s+(?:(?:great|famous|party|Party|own|fifth|last|first|secret)\s+)*(congress|conference|Congress|Conference)\b/g;

/**
 * A meeting named by its kind and the place it sat ("from London, where his party held its great congress", "the
 * conference at Zimmerwald"): the one registered meeting of that kind whose name or places have the place. Not a
 * meeting of some other body ("a congress of the trade unions in London").
 */
export function kindAtPlaceReferences(text: string, mentions: readonly EntityMention[], register: Register, sentences: readonly Span[], dates: readonly DateMention[] = []): EventReference[] {
  const out: EventReference[] = [];
  const places = mentions.filter((m) => m.id && register.byId.get(m.id)?.type === 'place');
  if (!places.length) return out;
  MEETING_WORD.lastIndex = 0;
  for (let k = MEETING_WORD.exec(text); k; k = MEETING_WORD.exec(text)) {
    const at = k.index + k[0].length - k[1].length;
    const end = at + k[1].length;
    if (mentions.some((m) => m.id && m.start < end && m.end > k!.index)) continue;
    if (/^\s+of\s+(?!the\s+(?:party|Party|RSDLP|Bolsheviks?))/.test(text.slice(end, end + 30))) continue;
    const s = spanAt(sentences, at, false);
    if (!s) continue;
    // The place in the same clause, either side: no stop or semicolon between.
    const near = places.filter((p) => p.start >= s.start && p.end <= s.end && Math.abs((p.start < at ? at - p.end : p.start - end)) <= 50 && !/[.;:!?]/.test(p.start < at ? text.slice(p.end, at) : text.slice(end, p.start)));
    if (!near.length) continue;
    const kind = k[1].toLowerCase();
    const fits = eventsOfKind(register, kind).filter((e) => near.some((p) => e.participants.includes(p.id!) || nameTokens(e.name).some((w) => nameTokens(p.text).includes(w))));
    // A place sees many meetings: where its sentence tells dates, one must be within a year of the meeting's ("drove
    // delegates to the Bolshoi Theatre for the congress which today proclaimed the Union", under 30 December 1922, is no congress of 1924),
    // and where several sat there, the dates tell which ("their congress in London; it opened there on the 6th of May" of 1907).
    const told = dates.filter((d) => d.interval && d.start >= s.start && d.end <= s.end);
    const nearTold = (e: RegisterEntry) => {
      const known = referenceDate(e)?.interval;
      return !told.length || !known || told.some((d) => dayGap(known, d.interval!) <= WEAK_NAME_DAYS);
    };
    const fit = fits.filter(nearTold);
    if (fit.length !== 1) continue;
    out.push({ start: at, end, event: fit[0].id, via: 'mention' });
  }
  return out;
}

/** The head noun of an event's name, alias or trigger, singular: "demonstration" of "Opposition demonstrations of 7 November 1927". */
function headNoun(phrase: string): string | undefined {
  const words = phrase.replace(/\{[^}]*\}/g, ' ').split(/\s+(?:of|to|in|on|at|for|from|against|with|by|and)\s+/i)[0].split(/\s+/).filter(Boolean);
  const last = words[words.length - 1]?.toLowerCase().replace(/[^\p{L}-]/gu, '');
  return last && last.length > 2 ? singular(last) : undefined;
}

function singular(word: string): string {
  return word.replace(/ies$/, 'y').replace(/(?<!s)s$/, '');
}

const HEADS = new WeakMap<Register, Map<string, string[]>>();

/** Events by the head nouns of their names, aliases and triggers. */
function eventsByHead(register: Register): Map<string, string[]> {
  let heads = HEADS.get(register);
  if (heads) return heads;
  heads = new Map();
  for (const e of register.entries) {
    if (e.type !== 'event') continue;
    for (const phrase of [e.name, ...e.aliases, ...e.triggers]) {
      const h = headNoun(phrase);
      if (!h) continue;
      const ids = heads.get(h) ?? [];
      if (!ids.includes(e.id)) ids.push(e.id);
      heads.set(h, ids);
    }
  }
  HEADS.set(register, heads);
  return heads;
}

/**
 * The event a count is made from, named by the head noun of its name alone, "a month after the demonstrations" or
 * "a fortnight after the street demonstrations": among the events with that head noun, the one a date of the same
 * paragraph (not one of `except`, the date the count is checked against) falls on. "The march of the Oppositionists on
 * 7 November 1927 … a month after the demonstrations" is the Opposition's demonstration of that day, not the July Days.
 */
export function headNounAnchor(text: string, at: number, dates: readonly DateMention[], register: Register, except: readonly Span[]): EventReference | undefined {
  // The noun phrase: up to three words in lower case; its head is its last ("the street demonstrations"), unless "of" follows.
  const m = /^\s*the((?:\s+\p{Ll}[\p{L}-]*){1,3}?)(?=\s*(?:[,.;:!?)]|$)|\s+(?:on|in|at|and|when|which|that|had|was|were)\b)/u.exec(text.slice(at, at + 60));
  if (!m) return undefined;
  const head = m[1].trim().split(/\s+/).pop()!;
  const ids = eventsByHead(register).get(singular(head));
  if (!ids) return undefined;
  const from = text.lastIndexOf('\n\n', at) + 1;
  const end = text.indexOf('\n\n', at);
  const to = end < 0 ? text.length : end;
  const dated = dates.filter((d) => d.start >= from && d.end <= to && !except.some((x) => x.start === d.start) && d.interval && (d.kind === 'date' || d.kind === 'range') && (d.granularity === 'day' || d.granularity === 'month'));
  const fit = ids.filter((id) => {
    const known = referenceDate(register.byId.get(id)!)?.interval;
    return !!known && dated.some((d) => dayGap(d.interval!, known) === 0);
  });
  if (fit.length !== 1) return undefined;
  return { start: at + m[0].length - m[0].trimStart().length, end: at + m[0].length, event: fit[0], via: 'mention' };
}

/**
 * How near before (or after) the date beside a count the one event it counts from must be, named by its kind alone
 * ("ten days after the party conference", conflicts.ts) or by the head noun of its name ("a fortnight after their declaration").
 */
export const COUNT_ANCHOR_DAYS = 45;

/**
 * The event a count is made from, named by a head noun after "the" or a possessive ("a fortnight after their declaration"),
 * where no date of the paragraph dates one: the one event with that head noun that came within some weeks before the date
 * written beside the count (`dateAfter` gives it, for where the noun phrase ends), or after it for "before".
 */
export function headNounNear(text: string, at: number, register: Register, dateAfter: (end: number) => DateMention | undefined, after: boolean): EventReference | undefined {
  const m = /^\s*(?:the|their|his|her|its|our)((?:\s+\p{Ll}[\p{L}-]*){1,3}?)(?=\s*(?:[,.;:!?)]|$))/u.exec(text.slice(at, at + 60));
  if (!m) return undefined;
  const ids = eventsByHead(register).get(singular(m[1].trim().split(/\s+/).pop()!));
  const date = ids && dateAfter(at + m[0].length);
  if (!ids || !date?.interval) return undefined;
  const day = isoToDay(after ? date.interval.earliest : date.interval.latest);
  const fit = ids.filter((id) => {
    const known = referenceDate(register.byId.get(id)!)?.interval;
    if (!known) return false;
    const gap = after ? day - isoToDay(known.latest) : isoToDay(known.earliest) - day;
    return gap >= 0 && gap <= COUNT_ANCHOR_DAYS;
  });
  if (fit.length !== 1) return undefined;
  return { start: at + m[0].length - m[0].trimStart().length, end: at + m[0].length, event: fit[0], via: 'mention' };
}

/** "the verdict", "the sentences", "Sentence was pronounced": a trial's end, by its words alone; not "the verdict of history" (a date may follow "of"). */
const VERDICT_ALONE = /\b(?:[Tt]he\s+(?:verdicts?|sentences)|(?:Verdict|Sentences?)(?=\s+(?:was|were)\s))\b(?!\s+(?:of|on|in|against|upon)\s+(?!\d|the\s+\d)|\s+(?:of|on)\s+(?:the\s+)?(?:\p{Lu}|history|the\s+court))/gu;

/**
 * "by the verdict of 21 August, delivered at Moscow"; "He always said the sentences were read out on 21 August 1936":
 * the verdict of the one trial the text has named before it (within a few paragraphs), dated by its last day. Not where
 * two trials were named: which one's verdict it is the words do not say.
 */
export function verdictReferences(text: string, refs: readonly EventReference[], register: Register, dates: readonly DateMention[], sentences: readonly Span[]): EventReference[] {
  const out: EventReference[] = [];
  const wholes = wholesOf(register);
  VERDICT_ALONE.lastIndex = 0;
  for (let m = VERDICT_ALONE.exec(text); m; m = VERDICT_ALONE.exec(text)) {
    const at = m.index;
    const end = at + m[0].length;
    if (refs.some((r) => r.start < end && r.end > at)) continue;
    const trials = new Set(refs.filter((r) => !r.work && r.end <= at && at - r.end <= VERDICT_REACH && TRIAL_NAME.test(register.byId.get(r.event)?.name ?? '') && !wholes.has(r.event)).map((r) => r.event));
    if (trials.size !== 1) continue;
    const event = [...trials][0];
    // Only for a date of its sentence near the trial: a verdict a year on is another trial's, told in words Clio did not know
    // ("A year later a fresh group stood in the same hall … the sentences were handed down on 30 January"). (A year Clio
    // guessed is moved nearest the trial first, as the claim will be.)
    const known = referenceDate(register.byId.get(event)!)?.interval;
    const s = spanAt(sentences, at, false);
    const date = known && s ? dates.find((d) => d.start >= end && d.end <= s.end && d.interval && (d.kind === 'date' || d.kind === 'range') && dayGap(d.implied ? nearestYear(d.interval, known) : d.interval, known) <= VERDICT_DAYS) : undefined;
    if (!date) continue;
    out.push({ start: at, end, event, via: 'mention', verdict: true, forDate: date.start });
  }
  return out;
}

/** How far from the trial's own dates its verdict may be dated: appeals and confirmations aside, the last day, or days after. */
const VERDICT_DAYS = 31;

const TRIAL_NAME = /\btrial\b/i;
/** How far back the trial may have been named. */
const VERDICT_REACH = 2500;

const ORDER_OF = /\b[Tt]he\s+(first|second|third|fourth|fifth|last|final)\s+of\s+(?:the\s+)?$/;
const ORDER: Record<string, number> = { first: 0, second: 1, third: 2, fourth: 3, fifth: 4 };
const NUMBERED_NAME = /\b(first|second|third|fourth|fifth)\b/i;

/** "the first of the Moscow trials", "the last of the show trials": a series' part by the number its name gives it. */
export function orderedPartReferences(text: string, mentions: readonly EntityMention[], register: Register): EventReference[] {
  const out: EventReference[] = [];
  for (const m of mentions) {
    if (!m.id) continue;
    const lead = ORDER_OF.exec(text.slice(Math.max(0, m.start - 30), m.start));
    if (!lead) continue;
    // By the numbers the parts' own names give: the register may hold a part the series is not counted by (the secret
    // trial of the generals among the three Moscow trials), so the order in time alone would miscount.
    const numbered = register.entries.flatMap((e) => {
      const n = e.partOf === m.id ? NUMBERED_NAME.exec(e.name) : null;
      return n ? [{ id: e.id, n: ORDER[n[1].toLowerCase()] }] : [];
    });
    if (!numbered.length) continue;
    const want = /^(?:last|final)$/i.test(lead[1]) ? Math.max(...numbered.map((x) => x.n)) : ORDER[lead[1].toLowerCase()];
    const part = numbered.filter((x) => x.n === want);
    if (part.length !== 1) continue;
    out.push({ start: m.start - lead[0].length, end: m.end, event: part[0].id, via: 'mention' });
  }
  return out;
}

const SITTING = /^[^.;:!?]*\b(?:opened|began|met|sat|closed|ended|held|convened|took\s+place|assembled|started|lasted|ran|rose|adjourned)\b[^.;:!?]*$/;
/** "the trial", "the congress": a meeting or trial by its kind, in lower case or capitals; "the verdict", a trial's last day. */
const KIND_WORD = /\b[Tt]he\s+(?:[Pp]arty\s+)?(trial|congress|conference|plenum|verdict)\b/gi;
/** Between a verdict and its date, the court that gave it: "the verdict of the Military Collegium of the Supreme Court of 24 August 1936". */
const VERDICT_BY = /^\s+of\s+the\s+(?:(?:\p{Lu}[\p{L}'’-]*|of|the)\s+){1,8}of\s+$/u;

/**
 * A meeting or trial named by its kind alone and dated in its sentence, where the date falls inside one registered event of
 * that kind ("the trial of the so-called Parallel Centre …, which opened in the October Hall on the 23rd January": the
 * second Moscow trial). A date outside every such event names none: the reading never disagrees with the register about
 * which days the event took, only, through its phrase, about which of them it opened or closed on.
 * A reading by the date is a guess, as free wording is, and is told as one.
 */
export function kindByDateReferences(text: string, dates: readonly DateMention[], refs: readonly EventReference[], register: Register, sentences: readonly Span[]): EventReference[] {
  const out: EventReference[] = [];
  KIND_WORD.lastIndex = 0;
  for (let m = KIND_WORD.exec(text); m; m = KIND_WORD.exec(text)) {
    const at = m.index;
    const end = at + m[0].length;
    // (A guess from free wording yields to the meeting its own words date: "the party congress, which opened on Friday the 23rd".)
    if (refs.some((r) => r.via !== 'description' && r.start < end + 40 && r.end > at)) continue;
    const s = spanAt(sentences, at, false);
    if (!s) continue;
    const verdict = m[1].toLowerCase() === 'verdict';
    const kind = verdict ? 'trial' : m[1].toLowerCase();
    const kinds = eventsOfKind(register, kind);
    const fits = new Map<string, DateMention>();
    for (const d of dates) {
      if (d.start < end || d.end > s.end || !d.interval || (d.kind !== 'date' && d.kind !== 'range') || (d.granularity !== 'day' && d.granularity !== 'month')) continue;
      // The date must be the meeting's: by a verb of its sitting ("which opened … on"), or right after it, perhaps past its
      // place ("the trial in Moscow this January"); not a clause about something else ("photographs of the trial, which arrived on").
      // (An abbreviation's full stops are no sentence's: "before the Supreme Court of the U.S.S.R., which opened".)
      const between = text.slice(end, d.start).replace(/\b(\p{L}{1,3})\./gu, '$1');
      if (!(verdict ? VERDICT_BY.test(between) || /^\s+(?:of|on)\s+(?:the\s+)?$/.test(between) : SITTING.test(between) || /^\s+(?:(?:in|at)\s+\p{Lu}[\p{L}-]+\s+)?(?:(?:of|in|on|during)\s+)?(?:the\s+)?$/u.test(between))) continue;
      for (const e of kinds) {
        const known = referenceDate(e)?.interval;
        if (known && dayGap(d.implied ? nearestYear(d.interval, known) : d.interval, known) === 0 && !fits.has(e.id)) fits.set(e.id, d);
      }
    }
    if (fits.size !== 1) continue;
    const [[event, date]] = [...fits];
    out.push(verdict ? { start: at, end, event, via: 'description', forDate: date.start, verdict: true } : { start: at, end, event, via: 'description', forDate: date.start });
  }
  return out;
}

/** "the party conference", "The Conference": a meeting or trial by its kind alone, not "the conference of the trade unions". */
const KIND_NEAR = /\b[Tt]he\s+(?:[Pp]arty\s+)?([Cc]ongress|[Cc]onference|[Pp]lenum|[Tt]rial)\b(?!\s+of\s+(?!the\s+(?:party|Party)\b))(?!['’]s?\b|-)/g;
/** How near the date before it the one event of its kind must be. */
const KIND_NEAR_DAYS = 31;

/**
 * A meeting or trial named by its kind alone, where the last date told before it in its paragraph (or, failing one, the
 * first after it in its sentence) is within a month of one registered event of that kind and of no other: "Settled 4th
 * February 1924: … The Conference met only after Lenin was buried" is the Thirteenth Conference of 16–18 January. The
 * date is the story's, not the meeting's, so the reference only orders events (`active`): it dates nothing.
 */
export function kindNearDateReferences(text: string, dates: readonly DateMention[], refs: readonly EventReference[], register: Register, sentences: readonly Span[]): EventReference[] {
  const out: EventReference[] = [];
  const dated = (d: DateMention) => !!d.interval && (d.kind === 'date' || d.kind === 'range') && (d.granularity === 'day' || d.granularity === 'month');
  KIND_NEAR.lastIndex = 0;
  for (let m = KIND_NEAR.exec(text); m; m = KIND_NEAR.exec(text)) {
    const at = m.index;
    const end = at + m[0].length;
    if (refs.some((r) => r.start < end && r.end > at)) continue;
    const paragraph = text.lastIndexOf('\n\n', at) + 1;
    const s = spanAt(sentences, at, false);
    const date = [...dates].reverse().find((d) => d.end <= at && d.start >= paragraph && dated(d)) ?? dates.find((d) => s && d.start >= end && d.end <= s.end && dated(d));
    if (!date) continue;
    const fit = eventsOfKind(register, m[1].toLowerCase()).filter((e) => {
      const known = referenceDate(e)?.interval;
      return !!known && dayGap(known, date.interval!) <= KIND_NEAR_DAYS;
    });
    if (fit.length !== 1) continue;
    out.push({ start: at, end, event: fit[0].id, via: 'mention', active: true });
  }
  return out;
}

const WHOLES = new WeakMap<Register, Set<string>>();
const OF_KIND = new WeakMap<Register, Map<string, RegisterEntry[]>>();

/** The events the register has parts of (a series: "the Moscow trials"), once per register. */
function wholesOf(register: Register): Set<string> {
  let wholes = WHOLES.get(register);
  if (!wholes) WHOLES.set(register, (wholes = new Set(register.entries.flatMap((e) => (e.partOf ? [e.partOf] : [])))));
  return wholes;
}

/** The events whose names have the word of a kind ("trial", "congress"), not a series, once per register and kind. */
export function eventsOfKind(register: Register, kind: string): RegisterEntry[] {
  let byKind = OF_KIND.get(register);
  if (!byKind) OF_KIND.set(register, (byKind = new Map()));
  let list = byKind.get(kind);
  if (!list) {
    const wholes = wholesOf(register);
    // (The kind is the name's head: "Thirteenth Party Congress", "Fifth (London) Congress of the RSDLP"; not "Reading of Lenin's
    // Testament to … the congress delegations".)
    // (Not a series, "the Moscow trials", whose name is plural; a congress with parts, the reading of a letter to it, is still one.)
    const series = (e: RegisterEntry) => wholes.has(e.id) && !nameTokens(e.name).includes(kind);
    byKind.set(kind, (list = register.entries.filter((e) => e.type === 'event' && headNoun(e.name) === kind && !series(e))));
  }
  return list;
}

/** A possessive and the lower-case words after it: "his history of the revolution", "Trotsky's history of the revolution". */
const POSSESSED = /\b(?:(his|her)|(\p{Lu}[\p{L}'’-]+)['’]s)\s+(\p{Ll}[\p{Ll}-]*(?:\s+\p{L}[\p{L}-]*){0,5})/gu;
/** Words a title's paraphrase may add or drop without naming another work. */
const TITLE_FILLERS = new Set(['the', 'of', 'a', 'an', 'on', 'in', 'and', 'to', 'for']);

/**
 * A work named in lower case by its author's possessive and the words of its title, its head word first: "his history of
 * the revolution" for Trotsky's The History of the Russian Revolution. At least two of the title's words, and none it lacks
 * (the phrase ends at the first word the title does not have); the possessor must be one of the work's people.
 */
export function workParaphraseReferences(text: string, mentions: readonly EntityMention[], register: Register, who: (at: number, pronoun: string) => string[]): EventReference[] {
  const works = worksWithPeople(register);
  if (!works.length) return [];
  const out: EventReference[] = [];
  POSSESSED.lastIndex = 0;
  const heads = new Set(works.map((w) => w.title[0]));
  for (let m = POSSESSED.exec(text); m; m = POSSESSED.exec(text)) {
    // (Whose it is is asked only where a title's head word follows: "his history", not every "his".)
    if (!heads.has(/^\p{L}[\p{L}-]*/u.exec(m[3])![0].toLowerCase())) continue;
    const owners = m[1] ? who(m.index, m[1].toLowerCase()) : [mentions.find((x) => x.start === m!.index && x.id)?.id].filter((x): x is string => !!x);
    if (!owners.length) continue;
    const phraseStart = m.index + m[0].length - m[3].length;
    // (The head in lower case, the rest as the text writes it: "history of the Russian revolution".)
    const words = [...m[3].matchAll(/\p{L}[\p{L}-]*/gu)].map((x) => ({ word: x[0].toLowerCase(), index: x.index!, length: x[0].length }));
    for (const w of works) {
      if (!w.people.some((p) => owners.includes(p)) || words[0]?.word !== w.title[0]) continue;
      let end = 0;
      let content = 0;
      for (const x of words) {
        if (TITLE_FILLERS.has(x.word)) continue;
        if (!w.title.includes(x.word)) break;
        content++;
        end = x.index + x.length;
      }
      if (content >= 2) out.push({ start: phraseStart, end: phraseStart + end, event: w.id, via: 'mention', work: true });
    }
  }
  return out;
}

const WORKS_WITH_PEOPLE = new WeakMap<Register, { id: string; people: string[]; title: string[] }[]>();

/** The register's works with their people and the content words of their titles, once per register. */
function worksWithPeople(register: Register): { id: string; people: string[]; title: string[] }[] {
  let list = WORKS_WITH_PEOPLE.get(register);
  if (!list) {
    list = register.entries
      .filter((e) => e.type === 'work' && e.participants.length)
      .map((e) => ({ id: e.id, people: e.participants, title: nameTokens(e.name).map((t) => t.toLowerCase()).filter((t) => !TITLE_FILLERS.has(t)) }))
      .filter((w) => w.title.length >= 2);
    WORKS_WITH_PEOPLE.set(register, list);
  }
  return list;
}
