// Afterlife: a person a text has acting at a date long after their death ("Kornilov was arrested, escaped
// to the Don, and two years later, in the autumn of 1919, led the Whites' drive on Moscow": he died in
// April 1918). No registered event need be named for it: the clause is set in the registered event whose
// span holds the date and whose participants or context words the sentence names (the Civil War, by "Whites").

import { addDays, isoToDay } from './dates';
import { registerSide } from './conflicts';
import { lifeDates, referenceDate, type Register, type RegisterEntry } from './register';
import { spanAt } from './text';
import type { Conflict, DateMention, EntityMention, Span } from './types';

/** A year after a death still has a funeral, a burial, a will read, a body moved: only later is the person's acting wrong. */
export const AFTERLIFE_DAYS = 366;
/** Words that put the dead in a sentence without their acting: their death, memory, name, portrait, remains. */
const NOT_ACTING = /\b(?:death|died|dead|late|memory|memorial|remembered|funeral|buried|burial|tomb|grave|body|remains|ashes|posthumous\w*|killed|shot|executed|murder\w*|legacy|name[sd]?|portrait|statue|bust|ghost|shadow|heirs?|widow|rehabilitat\w*|commemorat\w*|anniversary|centenary|spirit|image|myth|cult|would|could|if|imagine)\b/i;
/** Right after the date, set off by a comma, the verb of the person's act: "…, in the autumn of 1919, led", "…, he was back at the head of". */
const ACT_AFTER = /^\s*,\s*(?:(he|she)\s+)?(?:\p{Ll}+ed|led|was\s+back|fought|came\s+back|returned|rode|took|made|spoke|wrote|stood|became|commanded|struck|won|met|gave|held|sent|signed|ordered)\b/u;
/** Before the date, after the subject: a chain of things the subject did, ending in a count from them ("was arrested, escaped to the Don, and two years later, in"). */
const CHAIN_TO_DATE = /^[^.;:!?]*,\s*(?:and\s+|then\s+)?(?:\p{L}+\s+){0,3}(?:later|after(?:wards)?)\s*,\s*(?:in|on|by)?\s*(?:the\s+)?$/u;

export function afterlifeConflicts(source: string, text: string, dates: readonly DateMention[], mentions: readonly EntityMention[], sentences: readonly Span[], register: Register, registerKey: string): Conflict[] {
  const out: Conflict[] = [];
  const people = mentions.filter((m) => m.id && !m.derived && register.byId.get(m.id)?.type === 'person');
  if (!people.length) return out;
  for (const d of dates) {
    if (!d.interval || (d.kind !== 'date' && d.kind !== 'range')) continue;
    const s = spanAt(sentences, d.start, false);
    if (!s || d.end > s.end) continue;
    const sentence = text.slice(s.start, s.end);
    if (NOT_ACTING.test(sentence)) continue;
    const act = ACT_AFTER.exec(text.slice(d.end, d.end + 40));
    if (!act) continue;
    // Who acts: the subject named before the date whose chain of acts leads to it, or for "he"/"she", the person named last before the date.
    const before = people.filter((m) => m.end <= d.start && d.start - m.end <= 300);
    const last = before[before.length - 1];
    if (!last || text[last.end] === "'" || text[last.end] === '’') continue;
    const subject = act[1] ? last : last.start >= s.start && CHAIN_TO_DATE.test(text.slice(last.end, d.start)) ? last : undefined;
    if (!subject) continue;
    const person = register.byId.get(subject.id!)!;
    const { died } = lifeDates(person);
    if (!died || d.interval.earliest <= addDays(died.interval!.latest, AFTERLIFE_DAYS)) continue;
    const event = settingOf(register, d, sentence, mentions.filter((m) => m.start >= s.start && m.end <= s.end));
    if (!event) continue;
    out.push({
      event: event.id,
      eventName: event.name,
      rule: 'anachronism',
      message: `${person.name} died ${died.edtf}${died.cite ? ` (${died.cite})` : ''}, but this text has ${subject.text} acting in "${d.text}", during ${event.name}.`,
      a: { source, start: d.start, end: d.end, text: d.text, interval: d.interval },
      b: registerSide(registerKey, died),
    });
  }
  return out;
}

/** The registered event a sentence is set in at a date: its span holds the date, and the sentence names a participant or a context word of it; the narrowest such. */
function settingOf(register: Register, d: DateMention, sentence: string, named: readonly EntityMention[]): RegisterEntry | undefined {
  let best: RegisterEntry | undefined;
  let bestDays = Infinity;
  for (const e of register.entries) {
    if (e.type !== 'event') continue;
    const r = referenceDate(e)?.interval;
    if (!r || d.interval!.earliest < r.earliest || d.interval!.latest > r.latest) continue;
    const pointedTo = named.some((m) => m.id && m.id !== e.id && e.participants.includes(m.id)) || e.context.some((w) => new RegExp(`\\b${w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\b`).test(sentence));
    if (!pointedTo) continue;
    const days = isoToDay(r.latest) - isoToDay(r.earliest);
    if (days < bestDays) (best = e), (bestDays = days);
  }
  return best;
}
