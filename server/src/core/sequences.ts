// Sequence: a text that tells two events in the other order from the register's
// ("It was only after Kornilov's march had collapsed that the government dared to
// lay hands on Trotsky"). Each side is an event named or triggered in its clause, or
// failing that one the clause tells of in free wording (`EventDescriptions.describe`),
// a place that stands for the one event named after it ("after Kronstadt"), or, for
// "that" and "it", the event of the clause before.

import { isoToDay } from './dates';
import { registerSide } from './conflicts';
import { referenceDate, type Register, type RegisterDate, type RegisterEntry } from './register';
import type { EventReference } from './claims';
import type { Conflict, DayInterval, EntityMention, Span } from './types';

/** The event a clause tells of in free wording, if plainly one. */
export type DescribeClause = (clause: Span) => EventReference | undefined;

type Ref = Pick<EventReference, 'start' | 'end' | 'event' | 'work'>;

/** "then" after a comma, a semicolon or "and" orders what comes before it before what follows. */
const THEN_WORD = /(?:[,;]|\band)\s+(?:only\s+)?then\b(?![-–])/gi;
/** Words that order two events in a sentence: "only once the treaty was signed" and "only when" are "after". */
// ("Trotsky was only arrested once Kornilov's march had failed": "once" alone, before a pluperfect, is "after" too.)
const ORDER_WORD = /\b(?:(only\s+)?(after|before)(?:wards)?|afterwards|only\s+(?:once|when)|once(?=\s+[^.;,!?]{1,60}?\bhad\s+(?:been\s+)?[a-z]{3,})|by\s+the\s+time)\b/gi;
/** Words after an event's name that put its end, not its start, in question ("after Kronstadt was crushed"). */
const ENDED = /^[^,;.]*?\s(?:was|were|had\s+been|had)\s+(?:(?:already|finally|at\s+last)\s+)?(?:been\s+)?(?:crushed|suppressed|defeated|over|ended|finished|put\s+down|burnt\s+(?:itself\s+)?out|burned\s+(?:itself\s+)?out|concluded|closed|collapsed|fallen\s+silent|fell\s+silent|surrendered|broken)\b/i;
/** Words of an event's beginning: "rose", "broke out", "began", "opened". */
const STARTED = /\b(?:rose|risen|rise|rises|broke\s+out|began|begun|opened|started|erupted|mutinied|revolted)\b/i;
/** A counterfactual orders nothing: "if his third stroke had come after the Congress instead of before it". */
const COUNTERFACTUAL = /\b(?:if|would\s+have|could\s+have|might\s+have|instead\s+of|rather\s+than|suppose|imagine)\b/i;
/** A question whether things were so orders nothing: "A. asked whether the Conference came after Lenin's death", "Did the Conference come after it?". */
const ASKED = /\bwhether\b|^\s*(?:[-*>]\s*)?(?:[^.?!]{0,40}:\s*)?(?:Did|Does|Do|Was|Were|Is|Are|Had|Has|Have)\b[^?]*\?\s*$/;
/** "Had he lived …": an inverted "if" (not "had already been"). */
const INVERTED_IF = /\b[Hh]ad\s+(?:he|she|they|it|we|I|[A-Z]\p{Ll}+)\s+(?:had|been|not|lived|stayed|survived|died)\b/u;
/** Words between a work's name and the order word that tell its writing: "the postscript, came only after", "was drafted only after". */
const WRITTEN = /^["”’*_]*,?\s*(?:(?:was|were|had\s+been)\s+)?(?:only\s+|first\s+)?(?:written|drafted|dictated|composed|penned|added|came)\b[^,;:.]*$/i;
/** Where the clause after an order word ends: a stop, or the inverted main clause of "only after B did A", "it was only after B that A", "only after that was Zinoviev removed". */
const CLAUSE_END = /[,;:()—]|\s[–-]\s|\s(?:did|that)\s|\s(?:was|were|had)\s+(?=\p{Lu})/u;
/** A clause before the order word that only introduces it: "It was only after", "and only after that". */
const LEAD_IN = /^[\s"“‘(]*(?:(?:and|but|yet|so|it|was|is|only|even|just|shortly|soon|long|not|until|then)\s+)*$/i;
/** A short aside of speech between A and its order word: "was proclaimed, Mama insisted, only after …". */
const SPEECH_ASIDE = /^\s*(?:\S+\s+){0,3}(?:said|says|insisted|insists|recalled|recalls|wrote|writes|claimed|claims|remembered|remembers|thought|believed|added|argued|maintained|told\s+\w+)\s*$/i;

/**
 * A text that orders two events the other way round from the register ("It was after
 * Lenin's first stroke that Stalin was appointed General Secretary"; "Only after
 * Kronstadt was crushed did the Tenth Congress convene"): "A after B" where the
 * register has A wholly before B, or, where B's end is meant and both lasted days
 * at most a month, A beginning before B ended. "A before B" the other way round.
 */
export function sequenceConflicts(source: string, text: string, refs: readonly Ref[], sentences: readonly Span[], register: Register, registerKey: string, mentions: readonly EntityMention[] = [], describe?: DescribeClause, counterpart?: (event: string, person: string) => string | undefined): Conflict[] {
  const out: Conflict[] = [];
  const events = refs.filter((r) => !r.work && register.byId.get(r.event)?.type === 'event');
  const isEvent = (r: Ref | undefined): r is Ref => !!r && !r.work && register.byId.get(r.event)?.type === 'event';
  const works = refs.filter((r) => r.work && !!writing(register.byId.get(r.event)!, true));
  const described = (clause: Span) => {
    if (!describe || clause.end - clause.start < 8) return undefined;
    const r = describe(clause);
    return isEvent(r) ? r : undefined;
  };
  for (const [si, s] of sentences.entries()) {
    const said = text.slice(s.start, s.end);
    if (COUNTERFACTUAL.test(said) || INVERTED_IF.test(said) || ASKED.test(said)) continue;
    const here = events.filter((r) => r.start >= s.start && r.end <= s.end);
    ORDER_WORD.lastIndex = s.start;
    const sentence = text.slice(0, s.end);
    for (let m = ORDER_WORD.exec(sentence); m; m = ORDER_WORD.exec(sentence)) {
      const at = m.index;
      const wordEnd = at + m[0].length;
      // "By the time B, A had happened": A before B, told only with a pluperfect ("By the time the Congress met, Lenin was ill" orders nothing).
      const byTheTime = /time$/i.test(m[0]);
      if (byTheTime && !/\bhad\s+(?:already\s+|long\s+|just\s+)?\p{L}+/u.test(text.slice(wordEnd, s.end))) continue;
      const after = !/before/i.test(m[0]) && !byTheTime;
      let b: Ref | undefined;
      let a: Ref | undefined;
      if (/wards$/i.test(m[0])) {
        // "B; only afterwards did A": B is the event named last before it, A the next one after it.
        b = [...events].reverse().find((r) => r.end <= at && at - r.end < 200);
        a = here.find((r) => r.start >= wordEnd);
        // "B, and Y only afterwards": the same thing done to Y, told by Y's name alone.
        const y = !a && b && counterpart ? mentions.find((x) => x.id && x.type === 'person' && x.start >= b!.end && /,\s*(?:and|but)\s+$/.test(text.slice(Math.max(b!.end, x.start - 8), x.start)) && /^\s*(?:only|not\s+until)?\s*$/i.test(text.slice(x.end, at))) : undefined;
        const same = y && b ? counterpart!(b.event, y.id!) : undefined;
        if (same) a = { start: y!.start, end: y!.end, event: same };
      } else {
        // "after B" / "before B": B follows the word at once; A is the nearest other event in the sentence.
        b = here.find((r) => r.start >= wordEnd && /^\s*(?:the\s+)?$/i.test(text.slice(wordEnd, r.start)));
        // …in the same clause: "A met only after B", "after B, A …", "only after B did A"; not an event of the clause before ("At the Congress they …; after B they …").
        const others = here.filter((r) => r !== b && r.event !== b?.event && b !== undefined && sameClause(text, r, at, b));
        a = others.sort((x, y) => Math.abs(x.start - at) - Math.abs(y.start - at))[0];
        // Inside a relative clause ("the Conference of 16 to 18 January 1924, which condemned them three days before Lenin died, is not
        // the Congress"), A is what "which" stands for: the event named just before it.
        const which = /,\s*(?:which|who|that)\b[^,;]*$/i.exec(text.slice(s.start, at));
        if (which && b) {
          const opens = s.start + which.index;
          a = [...here].reverse().find((r) => r.end <= opens && r.event !== b!.event && !/[,;]/.test(text.slice(r.end, opens))) ?? (a && a.start < opens ? a : undefined);
        }
        // A work whose writing the clause tells, just before the order word, is A: "the postscript, came only after";
        // so is "it" opening "It was drafted only after …", where the work was named last with no event named since (a label's heading).
        let workA = a ? undefined : works.find((w) => w.start >= s.start && w.end <= at && WRITTEN.test(text.slice(w.end, at)));
        const it = a || workA ? null : /^[\s"“‘*_]*It\b/.exec(text.slice(s.start, at));
        if (it && WRITTEN.test(text.slice(s.start + it[0].length, at))) {
          const w = [...works].reverse().find((x) => x.end <= s.start && s.start - x.end < 600);
          if (w && !events.some((r) => r.start >= w.end && r.end <= s.start)) workA = { start: s.start + it[0].length - 2, end: s.start + it[0].length, event: w.event, work: true };
        }
        if (!a || !b) {
          const read = readOrder(text, s, at, wordEnd, here, si > 0 ? sentences[si - 1] : undefined, events, mentions, register, described);
          b ??= read.b;
          if (!a && b) a = read.a && read.a.event !== b.event ? read.a : undefined;
        }
        if (workA) a = workA;
      }
      if (!a || !b || a.event === b.event) continue;
      const ea = register.byId.get(a.event)!;
      const eb = register.byId.get(b.event)!;
      const refA = ea.type === 'work' ? writing(ea, after) : referenceDate(ea);
      const refB = referenceDate(eb);
      if (!refA?.interval || !refB?.interval) continue;
      const ra = refA.interval;
      const rb = refB.interval;
      const short = (i: DayInterval) => daysBetween(i) <= 31;
      // The ending may be in the event's own trigger ("after {kronstadt} was crushed") or just after its name.
      const ended = ENDED.test(text.slice(b.start, Math.min(s.end, b.end + 40)));
      // …and A's own words may tell its beginning ("They rose only after the Tenth Congress had …"): short events, A begun before B.
      const begun = STARTED.test(text.slice(a.start, a.end));
      const wrong = after
        ? ra.latest < rb.earliest || (ended && short(ra) && short(rb) && ra.earliest < rb.latest) || (begun && short(ra) && short(rb) && ra.earliest < rb.earliest)
        : ra.earliest > rb.latest;
      if (!wrong) continue;
      const end = Math.max(wordEnd, b.end);
      out.push({
        event: ea.id,
        eventName: ea.name,
        rule: 'sequence',
        message: `This text puts ${ea.name} ${after ? 'after' : 'before'} ${eb.name}${ended && after ? ' ended' : ''}, but the register dates ${ea.name} to ${refA.edtf} and ${eb.name} to ${refB.edtf}.`,
        a: { source, start: at, end, text: text.slice(at, end), interval: ra },
        b: registerSide(registerKey, refA),
      });
    }
    // "A, then B", "A and then B": the text tells A first. Not "since then", "by then", "the then chairman".
    THEN_WORD.lastIndex = s.start;
    for (let m = THEN_WORD.exec(sentence); m; m = THEN_WORD.exec(sentence)) {
      const at = m.index + m[0].search(/then/i);
      const wordEnd = at + 4;
      // Either side named, or told in free wording in its clause ("Lenin died, and then the conference branded the Opposition").
      const before = { start: Math.max(s.start, ...[';', ':'].map((c) => text.lastIndexOf(c, m!.index - 1) + 1)), end: m.index };
      const stop = /[,;:.]/.exec(text.slice(wordEnd, s.end));
      const after = { start: wordEnd, end: stop ? wordEnd + stop.index : s.end };
      const first = [...here].reverse().find((r) => r.end <= m!.index) ?? described(before);
      // (Not a list of places: "sent first to Barnaul, then to Tomsk, where he spent 1928 writing letters".)
      const next = here.find((r) => r.start >= wordEnd && r.start - wordEnd < 80 && !/[;:.]/.test(text.slice(wordEnd, r.start))) ?? (/^\s*(?:to|in|at|on|from|into|for|with|by|via|back)\b/i.test(text.slice(wordEnd, wordEnd + 8)) ? undefined : described(after));
      if (!first || !next || first.event === next.event) continue;
      const ea = register.byId.get(first.event)!;
      const eb = register.byId.get(next.event)!;
      const refA = referenceDate(ea);
      const refB = referenceDate(eb);
      if (!refA?.interval || !refB?.interval || refA.interval.earliest <= refB.interval.latest || ea.partOf === eb.id || eb.partOf === ea.id) continue;
      out.push({
        event: eb.id,
        eventName: eb.name,
        rule: 'sequence',
        message: `This text puts ${eb.name} after ${ea.name} ("then"), but the register dates ${ea.name} to ${refA.edtf} and ${eb.name} to ${refB.edtf}.`,
        a: { source, start: at, end: next.end, text: text.slice(at, next.end), interval: refB.interval },
        b: registerSide(registerKey, refB),
      });
    }
  }
  return out;
}

/**
 * When a work was written: its `written` date, or for "written after B" its first publication, by which it was written.
 * (Not for "written before B": a work published after B may still have been written before it.)
 */
function writing(work: RegisterEntry, after: boolean): RegisterDate | undefined {
  return work.dates.find((d) => d.role === 'written' && d.interval) ?? (after ? work.dates.find((d) => d.role === 'published' && d.interval) : undefined);
}

/**
 * The two sides of "A after B" where one is not named at once: B in the clause after the order
 * word ("only after the guns of Kronstadt had fallen silent"; "only after that", "after it had
 * collapsed": the event of the clause before), A in the main clause ("did the government throw
 * Trotsky into the Kresty"; "was proclaimed, Mama insisted, only after …").
 */
function readOrder(
  text: string,
  s: Span,
  at: number,
  wordEnd: number,
  here: readonly Ref[],
  previous: Span | undefined,
  events: readonly Ref[],
  mentions: readonly EntityMention[],
  register: Register,
  described: (clause: Span) => Ref | undefined,
): { a?: Ref; b?: Ref } {
  const anaphor = /^\s+(that|this|it)\b/i.exec(text.slice(wordEnd, wordEnd + 6));
  const from = anaphor ? wordEnd + anaphor[0].length : wordEnd;
  const stop = CLAUSE_END.exec(text.slice(from, s.end));
  const bClause = { start: wordEnd, end: stop ? from + stop.index : s.end };
  const inClause = (c: Span) => (r: Ref) => r.start >= c.start && r.end <= c.end;
  let b: Ref | undefined;
  // "after that founding conference": "that" is the determiner of the words that tell B, read first.
  const noun = anaphor && /^(?:that|this)$/i.test(anaphor[1]) ? /^\s+(?:\p{Lu}[\p{L}-]+\s+)?(\p{Ll}{3,})\b/u.exec(text.slice(from, from + 40)) : null;
  // (Not a pronoun or an article opening the main clause: "After that they put Trotsky in the Kresty".)
  const determiner = !!noun && !/^(?:was|were|had|has|have|is|are|did|came|happened|took|followed|they|he|she|we|you|the|his|her|their|its|our|there|one|nobody|everyone|all)$/.test(noun[1]);
  if (determiner) b = here.find(inClause(bClause)) ?? described(bClause);
  if (!b && anaphor) {
    // "that" and "it": the event told just before, in this sentence ("Kornilov's lunge … came first, she said, and only after it had collapsed"), or for "that" the sentence before.
    const before = { start: s.start, end: at };
    b = [...here].reverse().find(inClause(before)) ?? described(before);
    if (!b && previous && !/^it$/i.test(anaphor[1]) && /^[\s"“‘(]*(?:(?:and|but|yet|only)\s+)*$/i.test(text.slice(s.start, at))) b = [...events].reverse().find(inClause(previous)) ?? described(previous);
  } else if (!b) {
    b = here.find(inClause(bClause)) ?? described(bClause) ?? placeEvent(text, bClause, mentions, register);
  }
  if (!b) return {};
  // "After B, A" and "only after B did A" tell A after B's clause; "A only after B" before the order word.
  let a: Ref | undefined;
  // Where the clause ending at `k` begins: after the last comma, semicolon or colon of the sentence before it.
  const boundaryBefore = (k: number) => Math.max(s.start, ...[',', ';', ':'].map((c) => text.lastIndexOf(c, k - 1) + 1));
  const lead = text.slice(boundaryBefore(at), at);
  const inverted = /^\s*(?:did|that|was|were|had)\b/i.test(text.slice(bClause.end, bClause.end + 6));
  // "It was only after B, at the end of August, that A": a cleft whose "that" comes after an aside.
  const cleftThat = /^[\s"“‘(]*it\s+(?:was|is)\s+(?:only\s+)?$/i.test(text.slice(s.start, at)) && text[bClause.end] === ',' ? /^,[^,;:]{0,40},\s*that\b/i.exec(text.slice(bClause.end, bClause.end + 60)) : null;
  // "After that they put Trotsky in the Kresty": an anaphor opening the sentence stands for all of B; A is the clause right after it.
  const opening = anaphor && !determiner && /^[\s"“‘(]*$/.test(text.slice(s.start, at).replace(/\bonly\s*$/i, '')) && !/^\s*(?:did|was|were|had|that)\b/i.test(text.slice(from, from + 6));
  if (opening) {
    const start = /^\s*,/.test(text.slice(from, from + 3)) ? text.indexOf(',', from) + 1 : from;
    const aClause = { start, end: clauseEnd(text, start + 1, s.end, mentions) };
    a = here.find((r) => inClause(aClause)(r) && r !== b) ?? described(aClause);
  } else if (cleftThat || (LEAD_IN.test(lead) && (inverted || (text[bClause.end] === ',' && /^[\s"“‘(]*$/.test(text.slice(s.start, at).replace(/\bonly\s*$/i, '')))))) {
    let start = cleftThat ? bClause.end + cleftThat[0].length : bClause.end + (inverted ? 0 : 1);
    // Past a relative clause on B: "After the Opposition's declaration of 16 October 1926, in which its leaders promised …, Zinoviev lost his seat".
    if (!cleftThat && !inverted && /^\s*(?:in\s+which|which|who|whose|when|where)\b/i.test(text.slice(start, start + 12))) start = text.indexOf(',', start) + 1 || s.end;
    const aClause = { start, end: clauseEnd(text, start + 1, s.end, mentions) };
    a = here.find((r) => inClause(aClause)(r) && r !== b) ?? described(aClause);
  } else {
    let start = boundaryBefore(at);
    let end = at;
    // Past a short aside of speech, which is no part of A: "The new Union … was proclaimed, Mama insisted, only after …".
    if (/^\s*(?:only\s*)?$/i.test(text.slice(start, at)) && text[start - 1] === ',') start = boundaryBefore((end = start - 1));
    if (SPEECH_ASIDE.test(text.slice(start, end)) && text[start - 1] === ',') start = boundaryBefore((end = start - 1));
    const aClause = { start, end };
    a = [...here].reverse().find((r) => inClause(aClause)(r) && r !== b) ?? described(aClause);
  }
  return { a, b };
}

/**
 * Where a clause from `from` ends: at a semicolon, colon or dash, or a comma that does not just separate names in a list
 * ("that Moscow put Bukharin, Rykov and Rakovsky in the dock").
 */
function clauseEnd(text: string, from: number, to: number, mentions: readonly EntityMention[]): number {
  const re = /[,;:—]|\s[–-]\s/g;
  re.lastIndex = from;
  for (let m = re.exec(text); m && m.index < to; m = re.exec(text)) {
    const listed = m[0] === ',' && mentions.some((x) => x.type === 'person' && x.end === m!.index) && /^,\s*(?:and\s+)?\p{Lu}/u.test(text.slice(m.index, m.index + 8));
    if (!listed) return m.index;
  }
  return to;
}

/**
 * A place that stands for the one registered event named after it, at the head of the clause
 * ("after Kronstadt", "after the guns of Kronstadt had fallen silent"): "Kronstadt" is the rebellion.
 */
function placeEvent(text: string, clause: Span, mentions: readonly EntityMention[], register: Register): Ref | undefined {
  const place = mentions.find((m) => m.id && m.type === 'place' && m.start >= clause.start && m.end <= clause.end && /^\s*(?:the\s+)?(?:\p{Ll}+\s+of\s+)?$/u.test(text.slice(clause.start, m.start)));
  if (!place) return undefined;
  const name = register.byId.get(place.id!)?.name.toLowerCase();
  const named = register.entries.filter((e) => e.type === 'event' && e.participants.includes(place.id!) && !!name && e.name.toLowerCase().includes(name));
  return named.length === 1 ? { start: place.start, end: place.end, event: named[0].id } : undefined;
}

/** Whether event reference `a` is in the clause of the order word at `at`, whose own event `b` follows it. */
function sameClause(text: string, a: Span, at: number, b: Span): boolean {
  if (a.end <= at) return !/[,;:]|\band\b|\bbut\b/.test(text.slice(a.end, at));
  const between = text.slice(b.end, a.start);
  return !/[;:]|\band\b|\bbut\b/.test(between) && (between.match(/,/g) ?? []).length <= 1;
}

function daysBetween(i: DayInterval): number {
  return isoToDay(i.latest) - isoToDay(i.earliest);
}
