// Claims: a source's statement that an event happened at a time. An event is
// referred to by a mention of the event itself ("the Twelfth Congress"), by a
// trigger from the register ("{lenin} died", "death of {lenin}"; triggers.ts) or in
// free wording (eventDescriptions.ts); the claim's date is the nearest date in the
// same sentence, counting clause boundaries, that the syntax lets date it.

import { addDays, daysInMonth, isDateline, isoToDay, otherCalendarReading } from './dates';
import { IMPRINT_PLACE_PUBLISHER, isClauseBoundary } from './text';
import type { Claim, DateMention, DayInterval, EntityMention, Span } from './types';
import { BLOW, COMING_ASHORE } from './eventWords';
import { quotedAsError } from './quotedDates';

/** A place in the text that refers to an event: its name, or a trigger phrase. */
export interface EventReference extends Span {
  event: string;
  via: 'mention' | 'trigger' | 'description';
  /** The reference names a work: only its publication or writing can be dated. */
  work?: boolean;
  /** A description (`eventDescriptions.ts`) was read for one date: it dates nothing else. */
  forDate?: number;
  /** The words name a trial's verdict ("the verdict of 21 August"): its date is the trial's last day. */
  verdict?: true;
  /**
   * A passive trigger read in the active voice ("the conference had founded the Fourth International"): it orders events
   * (sequences.ts) but dates none, since the doer may be another event with its own date ("the Thirteenth Conference condemned the Opposition").
   */
  active?: true;
  /** A pronoun took the trigger's first slot for this person ("he died"): a date outside their life is not theirs. */
  pronoun?: string;
}

/**
 * Before a date, a noun phrase it closes: "The arrest of Danton in March 1794 and the fall of Robespierre that summer",
 * past a place the phrase names ("The arrest of Bukharin at the Central Committee plenum in February 1937 and …",
 * "The posting of Krasin to Paris in October 1924 and …"). The event after "and" takes its own date.
 */
/** A phrase of time opening a sentence (or a quotation), before an event's words: "After his …", "“Before the …". */
const FRONTED_TIME = /(?:^|[.!?:]\s+|["“(]\s*|\n\s*)(?:After|Before|Since|Until|Following)\s+(?:the\s+|his\s+|her\s+|their\s+|its\s+)?$/;
/** The main clause's subject and verb after such a phrase: "… he was put", ", Trotsky had gone". */
const MAIN_CLAUSE_OPENS = /(?:^|[\s,])(?:he|she|they|we|I|\p{Lu}\p{Ll}+|(?:the|a|an|his|her|their|its)\s+\p{L}+)\s+(?:(?:was|were|had|has|is)\s+\p{Ll}{2,}|\p{Ll}+(?:ed|ent|ook|ew|ot|ame))\b/u;

/** Before a date, the head of the list item it ends: "…, the dictations of " (the date text may hold "the winter of"). */
const LIST_ITEM_OF = /(?:^|,\s*|\band\s+)(?:the|his|her|their|its)\s+\p{Ll}{3,}\s+(?:of|from|in)\s+$/u;
const FIRST_OF_PAIR = /(?:^|[.;:!?]\s+|\b(?:[Tt]he|[Aa]n?|[Hh]is|[Hh]er|[Tt]heir|[Ii]ts)\s+)\p{L}\p{Ll}+\s+(?:of|in|at|by|against)\s+(?:the\s+)?(?:\p{Lu}[\p{L}'’-]*\s+){1,3}(?:(?:at|in|of|by|before|during|from|to|into|towards|for)\s+(?:the\s+)?(?:[\p{L}'’-]+\s+){1,5})?(?:in|on)\s+$/u;
/** Before an event's words, after its date: the event was still to come, meant or stopped then. */
const INTENDED = /\b(?:(?:was|were)\s+(?:due\s+|meant\s+|supposed\s+|about\s+|going\s+)?to\s+\p{Ll}+|(?:to|trying\s+to|tried\s+to|failed\s+to)\s+(?:stop|prevent|block|halt|delay|avert|forestall))\b[^.;:!?]*$/iu;
/** Right before an event's words, a verb of preparing or planning it: "are preparing a", "will convene the", "plan to hold a". */
const PREPARED = /\b(?:(?:is|are|was|were)\s+(?:preparing|planning|organi[sz]ing)|(?:will|shall)\s+(?:hold|convene|call|summon)|plans?\s+to\s+(?:hold|convene|call|summon))\s+(?:(?:a|an|the|their|its|his|her)\s+)?$/i;
/** A count forward or back from the date before: "five days later", "the next day", "a fortnight afterwards". */
const STEP = /^(?:(?:only|just|barely|exactly|some)\s+)?(?:(?:a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\d{1,2})\s+(?:days?|weeks?|fortnights?|months?|years?)\s+(?:later|afterwards|earlier|on)|(?:the\s+)?(?:next|following)\s+(?:day|morning|afternoon|evening|night|week|month|year))$/i;
/**
 * A relative date that opens its clause and counts from the date told just before it ("On 5 March 1923 Lenin wrote to Stalin
 * … Five days later a third stroke deprived him of speech"; "removed on 23 October 1927; three weeks later the party threw him
 * out") dates its clause as the date it counts to. Not one after a noun ("his expulsion two years earlier"), whose anchor may
 * be an event, and not a count from now ("four years ago this month").
 */
function narrativeStep(text: string, d: DateMention): boolean {
  if (d.kind !== 'relative' || !d.anchor || d.counted || d.anchor.end > d.start) return false;
  // "yesterday", "today", "on Monday" are days counted from a dateline ("MOSCOW, 22 JANUARY 1924. — Lenin died yesterday").
  if (d.deictic) return true;
  if (d.start - d.anchor.end > 200) return false;
  return STEP.test(d.text) && /(?:^|[.;:!?]["”’)]?\s+|[,—–]\s*(?:and\s+|but\s+|then\s+)?|\n\s*)$/.test(text.slice(Math.max(0, d.start - 12), d.start));
}

/** A date after these words bounds the event rather than dating it ("until 1924"); "did not open until the 18th" dates it. */
const BOUNDING_WORDS = /\b(since|(?<!\bnot\s+(?:\w+\s+)?)until|(?<!\bnot\s+(?:\w+\s+)?)till|before|after|by|prior to|as early as|as late as|up to)\s+(the\s+)?(end\s+of\s+|beginning\s+of\s+)?$/i;
/** A register's or a catalogue's note of what was done with the thing it lists, opening its clause: "Made 22 January 1924", "used 23 and 26 January", "put up 23 January". */
const RECORD_ACT = /(?:^|[.;:(]\s*|\n\s*|,\s*)(?:made|used|printed|posted|put\s+up|pasted\s+up|issued|withdrawn|returned|received|filed|cut|engraved|cast|reused|re-used|lent|borrowed|bought|sold|repaired|rebound|shown|screened|hung)\s+(?:(?:again|first|last|only)\s+)?(?:on|in)?\s*(?:the\s+)?$/i;
/** A date after these words dates the writing or publication of a text ("this study, written in 1948"). */
const WRITING_WORDS = /\b(written|wrote|published|composed|printed|translated|reprinted|revised|edited|dated|issued|presented|prepared|delivered)\s+(in|on)\s+(the\s+)?$/i;
/**
 * Words before an event's name that make the date the day its news came ("We heard of
 * Lenin's death on 22 January", "Stalin cabled him the news of Lenin's death"): the
 * event happened on that day or up to NEWS_DAYS before it.
 */
const NEWS_BEFORE = /\b(?:heard|hear|learn(?:ed|t)|told|informed|news|word|reports?|rumou?rs?|telegrams?|cabled|wired)\b[^.;!?]{0,60}?\b(?:of|about|that)\s+(?:the\s+)?$/i;
const NEWS_DAYS = 30;
/** An event's words ending in a participle of what was done (and where), with the date after it: "the treaty … signed at Rapallo on". */
const OWN_PARTICIPLE = /\b(?:signed|concluded|held|opened|proclaimed|declared|founded|passed|adopted|crushed|suppressed|launched|staged|convened)(?:\s+(?:at|in|near)\s+\p{Lu}[\p{L}-]+(?:\s+\p{Lu}[\p{L}-]+)?)?\s+(?:on|in)\s+(?:the\s+)?$/u;
/**
 * Between a date and an event, words that make the date a report's: "the Daily Herald of the 16th inst. stating that Trotsky and
 * Zinoviev had been expelled", "an article of 16 August said that Radek, Preobrazhensky and Smilga recanted".
 */
const NEWS_BETWEEN = /\b(?:stating|saying|announcing|reporting|(?:which\s+)?(?:said|says|stated|states|reported|reports|announced|announces|claimed|claims|wrote|writes|alleged|alleges))\s+that\b/i;
/** After an event's name: it is over by the date ("the Kornilov affair over", "the rising is at an end", "the strike has collapsed"). */
const OVER_AFTER = /^\s+(?:(?:is|was|now|already|finally|all)\s+)*(?:over|at\s+an\s+end|(?:has|had)\s+(?:ended|collapsed|failed|fizzled\s+out))\b/i;
/** Verbs that make a date an event's first day, or its last. */
const START_WORDS = /\b(?:opened|opens|not\s+open|began|begins|begun|convened|convenes|started|starts|broke\s+out|assembled|opening|launched|launch\s+of)\b(?!\s+in\s+earnest)/i;
/** "dictated from 29 December 1922": a date after "from", with no "to" or "until" after it, is when the event began. */
const FROM_ONLY = /\bfrom\s+(?:the\s+)?$/i;
const UNTIL = /^\s*(?:to|till|until|through|and|or|[-–—])\s/i;
// (A meeting "rose" when it closed: "after the congress rose on Saturday the 3rd"; a city or a fleet rose when it began.)
const END_WORDS = /\b(?:closed|closes|ended|ends|concluded|(?:congress|conference|plenum|session|sitting)\s+(?:rose|adjourned|dispersed)|(?:was|were)\s+(?:crushed|suppressed|put\s+down)|collapsed|fell|closing)\b/i;
/** A deportation ends where the deported man comes ashore ("deported from the Soviet Union, had stepped ashore at Constantinople on 12 February", "put him off the boat at Constantinople"). */
const ARRIVAL_WORDS = new RegExp(`\\b(?:${COMING_ASHORE.source}|put\\s+ashore|disembarked|arrived|arrives|reached|put\\s+(?:him|her|them)\\s+off\\s+the\\s+(?:boat|ship|steamer))\\b`, 'i');
/** A trigger that tells an arrival ("{trotsky} arrived in {alma-ata}", "ashore at {constantinople}") dates its journey's last day. */
/** Free wording of an arrival at a named place, "reached Alma-Ata", "arrived safely in Alma-Ata": a journey's last day, as a trigger's. */
const ARRIVED_AT_PLACE = /^(?:arrived|arrives|reached|reaches|landed|lands)\s+(?:(?:safely|at\s+last|finally)\s+)?(?:(?:in|at)\s+)?\p{Lu}/u;
const ARRIVED = /\b(?:arrived|arrives|ashore|landed|lands|reached|reaches|disembarked)\b/i;
const DEPORT_WORDS = /\b(?:deport\w*|banish\w*|put\s+(?:him|her|them)\s+off\s+the\s+(?:boat|ship|steamer)|expelled\s+from\s+the\s+(?:Soviet\s+Union|USSR)|expulsion\s+from\s+the\s+(?:Soviet\s+Union|USSR))\b/i;
/** Words of an event's own that tell it set out then: "put him on a train for Alma-Ata" (not "aboard a steamer", which may be a later leg). */
// …or the leaving of a place: "he was taken from Alma-Ata", "removed from Alma-Ata", "left Alma-Ata".
const SETTING_OUT = /\b(?:put|bundled|placed|pushed|forced|carried|taken|sent)\s+(?:him|her|them)?\s*(?:[^.;:!?]{0,40}?\s)?(?:on|onto|on\s+to|into|aboard|on\s+board)\s+(?:a|the)\s+train\b|\b(?:taken|removed|carried|driven)\s+(?:away\s+)?from\s+\p{Lu}|\b(?:left|leaves|leaving)\s+\p{Lu}\p{Ll}/u;
/** How far (in characters, plus a penalty per clause boundary) a date may sit from the trigger it dates. */
const MAX_COST = 160;
const BOUNDARY_COST = 60;
const PAREN_COST = 20;
/** A semicolon parts two clauses more surely than a comma does: "Trotsky's letter 8 October 1923; the 46 sent theirs a week later, on 15 October". */
const SEMICOLON_COST = 90;
/** Before an event, a count of years to the day since it: "six years today since", "ten years ago this day since". */
const YEARS_SINCE = /\b(?:years?|months?|weeks?)\s+(?:(?:ago\s+)?today|(?:ago\s+)?yesterday|to\s+the\s+day|(?:ago\s+)?this\s+(?:very\s+)?day)\s+since\s+(?:the\s+)?$/i;

const COUNTED_TO_TODAY = /\b(?:years?|months?|weeks?)\s+(?:ago\s+)?(?:today|yesterday)$/i;
/** "Two years today, he said, since the steamer put him ashore": a count back to the day, then "since" and the event it dates. */
function countedSince(text: string, date: Span, ref: Span): boolean {
  return date.end <= ref.start && COUNTED_TO_TODAY.test(text.slice(date.start, date.end)) && /^\s*,?\s*(?:[^,.;:!?]{1,30},\s*)?since\b[^,.;:!?]{0,40}$/i.test(text.slice(date.end, ref.start));
}

/** Between a meeting's month and a day after it, its opening: ", which opened on Whit Sunday, the". */
const OPENED_ON = /^\s*,\s*(?:which|that)\s+(?:had\s+)?(?:opened|began|met|convened|assembled)\s+(?:on|in)\s+(?:\p{Lu}\p{Ll}+\s+)?(?:the\s+)?$/u;
/** Between an opening's date and the next date: "… on 2nd December and closed on the 19th". */
const CLOSED_AFTER = /^\s*,?\s*and\s+(?:was\s+|were\s+)?(?:closed|ended|finished|concluded|dissolved|wound\s+up|rose)\s+(?:on|in)\s+$/i;

/** A trial's verdict, its last day, after its opening in the same sentence: "Opens 19 Aug 1936: Zinoviev, Kamenev … all sentenced to death 21 Aug 1936". */
const VERDICT_AFTER = /^(?:[^.!?]|(?<=\b\p{Lu})\.){0,120}?\b(?:sentenced|condemned|sentences?\s+(?:was|were)\s+(?:passed|pronounced|read(?:\s+out)?)|verdicts?\s+(?:was|were)\s+(?:given|delivered|pronounced|read(?:\s+out)?))(?:\s+to\s+(?:death|be\s+shot))?\s+(?:(?:on|in)\s+)?(?:the\s+)?$/iu;
const TRIAL_NAMED = /\b(?:trials?|tribunal|court)\b/i;
/** Just before a date, the verdict on those just named: ", condemned on", "were sentenced to death on". */
const VERDICT_ON = /^\s*,?\s*(?:and\s+)?(?:(?:were|was)\s+)?(?:sentenced|condemned)(?:\s+to\s+(?:death|be\s+shot))?\s+(?:on|in)\s+(?:the\s+)?$/i;

/** Words that make the event after them the time of something else ("reached after the Eleventh Congress", "the congress that followed the treaty"). */
const TIME_REFERENCE = /\b(?:after|following|followed|before|preceding|preceded|since|until)\s+(?:the\s+|its\s+|his\s+|her\s+|their\s+)?$/i;

/** "After", "Before" opening a sentence or a line: the event named after it sets the main clause in time. */
const SETTING_TIME = /(?:^|[.!?:]\s+|\n\s*(?:[-*•]\s+)?)(?:After|Before|Following)\s+(?:the\s+|its\s+|his\s+|her\s+|their\s+)?$/;

/** A phrase of time and a comma before a date set off as its apposition: "after the Kornilov business, at the end of August,". */
const APPOSED_TO_TIME = /\b(?:after|before|since|until|following)\s+[^,;:.()]{2,60},\s*(?:(?:at|in|on|by|towards?)\s+)?(?:the\s+)?$/i;

/** A clause of time with its own subject and verb: "only after the Forty-Six had sent theirs", "before he was expelled". */
const TIME_CLAUSE = /\b(?:after|before|until|till|once)\s+(?:the\s+)?(?:\p{Lu}[\p{L}'’-]*|he|she|they|it|we)(?:[\s-]+[\p{L}'’-]+){0,3}?\s+(?:had|has|was|were|did|\p{Ll}+ed)\b/u;

/** A description is a guess: a name or trigger beside the same date has it first. */
const DESCRIPTION_COST = 40;
/**
 * An event's name is dated only by a date attached to it: "the Twelfth Congress
 * met in April 1923", "… of the Communist International, held in Moscow in the
 * summer of 1921", "the Kronstadt
 * rising of March 1921", "the Fifteenth Congress (December 1927)", "in March 1921,
 * the Kronstadt rising". A date that
 * belongs to another verb ("In 1923, he rejected any analogy with Thermidor")
 * does not date the name.
 */
const ATTACHED_AFTER = /^(?:\s+(?:of|from|to)\s+the\s+(?:\p{Lu}[\p{L}'’-]*\s+){0,3}\p{Lu}[\p{L}'’-]*)?\s*(?:,\s*|\(\s*)?(?:[^,;:.()[\]]{2,50},\s*(?=(?:(?:which|that|was|were|had|has|is)\s+)*(?:held|met|meeting|convened|took\s+place|began|ended|opened|closed|sat|sitting|lasted|lasting|raged|ran|running|continued|assembled|gathered)\b))?(?:(?:which|that)\s+)?(?:(?:was|were|had|has|is|been)\s+){0,2}(?:(?:held|met|meeting|convened|took\s+place|taken\s+place|began|begun|ended|opened|closed|opens|closes|meets|begins|ends|happened|occurred|broke\s+out|erupted|started|signed|proclaimed|founded|assembled|gathered|sat|sitting|came|followed|collapsed|failed|fell|crushed|suppressed|defeated|put\s+down|launched|called|dissolved|rose|adjourned|announced|adopted|passed|ratified|concluded|staged|lasted|lasting|raged|ran|running|continued|dragged\s+on)(?:\s*,)?\s+)?(?:(?:in|at|near|outside)\s+\p{Lu}[\p{L}-]+(?:\s+\p{Lu}[\p{L}-]+)?\s+|(?:here|there)\s+)?(?:(?:in|on|of|at|during|from|between|since|by|through|throughout)\s+)?$/iu;
/** After a verdict's words, the verbs of its giving: "were read out in Moscow on", "was pronounced on". */
const VERDICT_GIVEN = /^\s+(?:was|were)\s+(?:read\s+out|read|pronounced|delivered|handed\s+down|passed|announced)\s+(?:(?:in|at)\s+\p{Lu}[\p{L}-]+\s+)?(?:on|in)\s+(?:the\s+)?(?:(?:early|small)\s+hours|night|morning|evening|afternoon)?(?:\s+of\s+(?:the\s+)?)?$/u;
/** The event's own opening or close, by "its" with no other name between to take it: "the congress itself, in the week that followed its opening on 27 May 1924". */
const ITS_PHASE = /^(?:\s+itself)?\s*,?(?:\s+\p{Ll}[\p{L}'’-]*){0,8}\s+its\s+(?:opening|first\s+(?:day|session|sitting)|beginning|outbreak|closing|close|last\s+(?:day|session|sitting)|end)\s+(?:on|in)\s+$/u;
const ATTACHED_BEFORE = /^[*_]*(?:\s*[([][^()[\]\n]{1,30}[)\]])*\s*(?:[,:—–]\s*|-\s+)?[*_]*(?:(?:came|began|opened|followed|started|there\s+(?:was|were|came))\s+)?(?:(?:the|a|an)\s+)?$/i;
/** Words after "the 1918 …" that show the year describes a noun ("the 1918 constitution"), not an event. */
const NOT_A_NOUN = /^\s+(?:and|or|to|in|on|of|at|for|with|when|was|were|is|are|by|as|after|before|until|but|had|has)\b/i;

/** The forms of "be" before a participle: a note's "Zinoviev is removed" is the register's "{zinoviev} was removed". */
/**
 * Pairs event references with dates in the same sentence. Each date dates at
 * most one event (the cheapest), and each reference takes its cheapest date.
 */
export function extractClaims(
  source: string,
  text: string,
  refs: EventReference[],
  dates: DateMention[],
  mentions: EntityMention[],
  sentences: Span[],
  fits?: (event: string, date: DayInterval) => boolean,
  reference?: (event: string) => DayInterval | undefined,
  /** When the text was written: a year it leaves out may be the writer's own. */
  written?: DayInterval,
  /** Whether a person may be the subject of an event at a date (alive then, or not long dead): a pronoun is no one who was not. */
  alive?: (person: string, date: DayInterval) => boolean,
): Claim[] {
  // (A bound is an event's date where a reference was read for it: "sat on the Politburo until October 1927" is when he was put off it.)
  // (Free wording is read for every date, bounds too: only a trigger read for its date counts.)
  const readFor = new Set(refs.flatMap((r) => (r.forDate !== undefined && r.via === 'trigger' ? [r.forDate] : [])));
  const usable = dates.filter(
    // ("Since 15 January 1925, when the Central Committee took the War Commissariat away from him": the "when" clause is what happened then.)
    (d) => d.interval && (d.kind === 'date' || d.kind === 'range' || narrativeStep(text, d)) && !insideMention(d, mentions) && (!BOUNDING_WORDS.test(text.slice(Math.max(0, d.start - 30), d.start)) || /^\s*,\s*when\b/.test(text.slice(d.end, d.end + 8)) || readFor.has(d.start)) && !quotedAsError(text, d),
  );
  // A count back from a date earlier in the sentence, straight after the words of an event ("notes that Lenin had died two
  // nights before"): it dates that event alone.
  // (Not from a date whose year the text leaves out: the claim could not move that year nearer the event's.)
  const impliedAt = new Set(dates.filter((a) => a.implied).map((a) => a.start));
  const backCounts = new Set(dates.filter((d) => d.kind === 'relative' && d.interval && d.anchor && d.anchor.end < d.start && !impliedAt.has(d.anchor.start) && /\b(?:earlier|before|previously)$|^the\s+(?:previous|preceding)\b/i.test(d.text) && /\p{L}\s+$/u.test(text.slice(Math.max(0, d.start - 4), d.start)) && !usable.includes(d)));
  if (backCounts.size) usable.push(...backCounts), usable.sort((a, b) => a.start - b.start);
  const claims: Claim[] = [];
  let ri = 0;
  let di = 0;
  for (const s of sentences) {
    const sRefs: EventReference[] = [];
    while (ri < refs.length && refs[ri].start < s.end) {
      if (refs[ri].start >= s.start) sRefs.push(refs[ri]);
      ri++;
    }
    const sDates: DateMention[] = [];
    while (di < usable.length && usable[di].start < s.end) {
      if (usable[di].start >= s.start) sDates.push(usable[di]);
      di++;
    }
    if (!sRefs.length || !sDates.length) continue;
    const pairs: { ref: EventReference; date: DateMention; cost: number; edition?: boolean; closing?: DateMention; opening?: DateMention; glossOf?: DateMention }[] = [];
    for (const ref of sRefs) for (const date of sDates) {
      if (ref.forDate !== undefined && ref.forDate !== date.start) continue;
      // A date inside the words that name the event is an aside's ("Trotsky, born at Yanovka in 1879, was murdered").
      if (date.start >= ref.start && date.end <= ref.end && ref.via === 'trigger') continue;
      const work = ref.work ? datesWork(text, ref, date) : undefined;
      // "on 23 December, the day the Fourteenth Congress opened": the date is the day of the event after it.
      const dayOf = !ref.work && date.end <= ref.start && DAY_OF_EVENT.test(text.slice(date.end, ref.start));
      if (ref.work ? !work : !dayOf && !datesEvent(text, ref, date)) continue;
      // An event counted from ("A year after he reached Alma-Ata, on 22 January 1929, he was put on a bus") is the count's
      // anchor: the date set off by a comma after it is what the count reaches, the main clause's.
      if (date.start >= ref.end && /^\s*,\s*(?:on|in|by)?\s*(?:the\s+)?$/i.test(text.slice(ref.end, date.start)) && dates.some((o) => o.kind === 'relative' && o.start >= s.start && /\b(?:after|before)$/i.test(o.text) && o.end <= ref.start && ref.start - o.end <= 40 && !/[,;:]/.test(text.slice(o.end, ref.start)))) continue;
      // A colon after the event's words that opens a list of dated participles: each date is its item's ("the struggle that followed
      // Lenin's death: put off the Politburo in July 1926, expelled from the party in November 1927, …").
      if (date.start >= ref.end) {
        const colon = text.slice(ref.end, date.start).indexOf(':');
        // (Only where the event is named inside a clause about something else, "that followed …", "which …": a list after
        // "Trotsky was deported to Alma-Ata:" tells the stages of that deportation.)
        const embedded = /\b(?:that|which|who)\s+\p{Ll}+\s+(?:the\s+)?$/u.test(text.slice(Math.max(0, ref.start - 30), ref.start));
        const item = colon >= 0 && embedded ? /^:\s*\p{Ll}+(?:ed|en|t|wn)\b/u.test(text.slice(ref.end + colon, ref.end + colon + 24)) : false;
        if (item && sDates.filter((o) => o.start > ref.end + colon).length >= 2) continue;
      }
      // Free wording read across a list of one man's steps ("was removed from the Politburo, expelled from the party in
      // November 1927 and sent to Alma-Ata") spans two steps: a date after its first is the later step's.
      if (ref.via === 'description' && date.start >= ref.start && LATER_STEP.test(text.slice(ref.start, ref.end))) continue;
      // "The attack was on 20 August 1940; he died the next day": "he" is not Lenin, dead since 1924.
      if (ref.pronoun && alive && !alive(ref.pronoun, date.interval!)) continue;
      // (An item's head dates the item's later sentences, past their stops: "— 23 July: the plenum closes. …, Zinoviev is put out of the Political Bureau".)
      const head = date.end <= ref.start && headsItem(text, date) && !text.slice(date.end, ref.start).includes('\n') && /[.!?]\s/.test(text.slice(date.end, ref.start));
      // What a meeting of the date decided, after a colon: "The plenum, meeting on the 23rd, drew the conclusions: Trotsky is removed from the Political Bureau".
      const decided = date.end <= ref.start && DECIDED_COLON.test(text.slice(date.end, ref.start));
      if (ref.via === 'trigger' && !head && !decided && !dayOf && opensOtherClause(text, date, ref)) continue;
      // A date that another event's words right before it take ("only after the party congress of December 1927 had …") is theirs.
      if (sRefs.some((o) => o.event !== ref.event && o.start >= ref.end && o.end <= date.start && /^\s+(?:of|in|on)\s+(?:the\s+)?$/.test(text.slice(o.end, date.start)))) continue;
      // A date closing one noun phrase of a pair is that phrase's (FIRST_OF_PAIR).
      if (date.end <= ref.start && /^\s*,?\s+and\s+(?:the\s+|his\s+|her\s+|their\s+|its\s+)?$/i.test(text.slice(date.end, ref.start)) && FIRST_OF_PAIR.test(text.slice(Math.max(0, date.start - 80), date.start))) continue;
      // …and a date an item of a list ends, after its noun and "of", is that item's: "the dictations of the winter of 1922–23, his death at Gorki and the funeral".
      if (date.end <= ref.start && /^\s*,\s*(?:and\s+)?$/.test(text.slice(date.end, ref.start)) && LIST_ITEM_OF.test(text.slice(Math.max(0, date.start - 40), date.start))) continue;
      // An event in a phrase of time fronting its sentence is when the main clause happened, not dated by the main clause's date:
      // "After his expulsion from the party he was put on a train on 17 January 1928" (the train is the 17th's).
      if (date.start >= ref.end && FRONTED_TIME.test(text.slice(Math.max(s.start, ref.start - 24), ref.start)) && MAIN_CLAUSE_OPENS.test(text.slice(ref.end, date.start))) continue;
      // What was yet to happen at the date ("On 16 January a crowd lay across the rails to stop the train that was to carry him into exile").
      if (date.end <= ref.start && INTENDED.test(text.slice(date.end, ref.start))) continue;
      // "who signed his abdication fifteen years ago, which falls today on our calendar": beside a count of years ago, "today" is the anniversary.
      if (date.deictic && /^(?:today|this\s+(?:very\s+)?day)$/i.test(date.text) && dates.some((o) => o !== date && o.start >= s.start && o.end <= s.end && o.kind === 'relative' && /\bago$/i.test(o.text))) continue;
      // …or what was being prepared, no report that it happened: "The Old Man's people are preparing a founding conference for their new International in the autumn".
      if (PREPARED.test(text.slice(Math.max(s.start, ref.start - 60), ref.start))) continue;
      // A count from the date before dates what its own clause goes on to tell, not what came before it.
      // …but one just after the event's words, counted from a date before them, dates it: "on Wednesday 23 January the diary
      // notes that Lenin had died two nights before".
      const countedFromBefore = date.kind === 'relative' && date.start >= ref.end && /^\s*$/.test(text.slice(ref.end, date.start)) && !!date.anchor && date.anchor.end <= ref.start && date.anchor.start >= s.start;
      if (date.kind === 'relative' && !date.deictic && !countedFromBefore && (ref.start < date.end || /[.;:!?]/.test(text.slice(date.end, ref.start)) || backCounts.has(date))) continue;
      // A name that holds its own year ("the Kronstadt Revolt of 1921") is not dated by a date of another year beside it (a list's neighbour: "the strikes of 1923, the Kronstadt Revolt of 1921").
      if (ref.via === 'mention' && !ref.work && !namesYearOf(text.slice(ref.start, ref.end), date.interval!)) continue;
      if (belongsToTime(text, ref, date)) continue;
      // An event named as the time of something else ("On 3 March 1927 the union met after Lenin's death") is not dated by a
      // date before that phrase: the date is the main clause's.
      if (date.end <= ref.start && date.kind !== 'relative' && TIME_REFERENCE.test(text.slice(Math.max(date.end, ref.start - 40), ref.start))) continue;
      // A description was read for its date from the date's own clause: commas inside it ("Zinoviev, Kamenev, I. N. Smirnov
      // and thirteen others stood in the dock") are no boundaries to charge for; only the distance, capped, and the guess.
      // A work's date read through its signers or its place of writing ("…, signed by … and dated Mexico, 25th July 1938") costs its distance alone, capped.
      // …as does an edition's imprint after the title ("*The Interregnum* (Carr). London: Macmillan, 1969").
      const signed = work && (/\bsigned\s+by\b|\bdated\s+\p{Lu}/u.test(text.slice(ref.end, date.start)) || IMPRINT.test(text.slice(ref.end, date.start)));
      // So does an answer to a question about the event: its marks ("? ::", "? A.") are no clause boundaries.
      const answer = date.start >= ref.end && ANSWERED.test(text.slice(ref.end, date.start));
      // …nor a count back to the day before "since" and the event, past a speaker's aside: only its distance, capped.
      const counted = countedSince(text, date, ref);
      let cost = dayOf ? 1 : head ? ITEM_HEAD_COST : decided ? Math.min(MAX_COST, ref.start - date.end) : ref.via === 'description' ? DESCRIPTION_COST + Math.min(100, Math.max(0, Math.max(ref.start, date.start) - Math.min(ref.end, date.end))) : signed || answer ? Math.min(MAX_COST, date.start - ref.end) : counted ? Math.min(MAX_COST, ref.start - date.end) : pairCost(text, ref, date, dates);
      // One phrase, several events (numbered ones share a generic trigger): the one whose date the date fits goes first.
      if (fits && sRefs.some((o) => o !== ref && o.start === ref.start && o.end === ref.end && o.event !== ref.event) && !fits(ref.event, date.interval!)) cost += 1;
      if (cost <= MAX_COST) pairs.push({ ref, date, cost, ...(work === 'edition' ? { edition: true } : {}) });
    }
    pairs.sort((a, b) => a.cost - b.cost);
    const usedRefs = new Set<EventReference>();
    const usedDates = new Set<DateMention>();
    // "which opened in Moscow on 2nd December and closed on the 19th": the end of an event whose opening the sentence dated.
    const closing = (p: (typeof pairs)[number]) => {
      const next = sDates.find((n) => n.start > p.date.end && !usedDates.has(n));
      if (!next) return;
      const between = text.slice(p.date.end, next.start);
      // ("the London congress of last May, which opened on Whit Sunday, the 19th": the day it opened, inside the month.)
      if (OPENED_ON.test(between) && p.date.granularity === 'month' && next.granularity === 'day') {
        usedDates.add(next);
        pairs.push({ ref: p.ref, date: next, cost: p.cost, opening: p.date });
        return;
      }
      if (!CLOSED_AFTER.test(between) && !(TRIAL_NAMED.test(text.slice(p.ref.start, p.ref.end)) && VERDICT_AFTER.test(between))) return;
      usedDates.add(next);
      pairs.push({ ref: p.ref, date: next, cost: p.cost, closing: p.date });
    };
    // "on 3 April 1917 (17 April NS)", "3 April 1917, the 17th by our calendar": the same day in the other calendar, the text's
    // own gloss, is a second claim about the event; a gloss that is not the same day is the writer's slip between calendars.
    const gloss = (p: (typeof pairs)[number]) => {
      const next = sDates.find((n) => n.start > p.date.end && !usedDates.has(n));
      if (!next || !next.calendar || next.calendar === p.date.calendar || !/^\s*[([,—–]\s*$/.test(text.slice(p.date.end, next.start))) return;
      usedDates.add(next);
      pairs.push({ ref: p.ref, date: next, cost: p.cost, glossOf: p.date });
    };
    // The year Clio moved an opening's date by, for its closing date read from the same discourse.
    const moved = new Map<DateMention, number>();
    for (const p of pairs) {
      // (A closing, an opening or a gloss follows the pair it was read from: its reference and date are taken by that pair.)
      const follows = !!(p.closing || p.opening || p.glossOf);
      if (!follows && (usedRefs.has(p.ref) || usedDates.has(p.date))) continue;
      // Two references to one event in a sentence share its date.
      for (const r of sRefs) if (r.event === p.ref.event) usedRefs.add(r);
      usedDates.add(p.date);
      if (!follows) closing(p), gloss(p);
      const d = p.date;
      // …and a report that the event is over ("1 Sept. KORNILOV AFFAIR OVER"): it ended by then, on that day or before.
      // …and a dispatch's dateline, a place and a day, dates what its body reports on or before that day ("MOSCOW, 22 JANUARY 1924. —
      // Lenin died on Monday"); not a chronology's entry ("- 21 August 1940: Mercader attacks Trotsky").
      // (Not a date the event's own participle takes: "the news of the treaty with Germany signed at Rapallo on 16 April 1922".)
      const ownVerb = d.start >= p.ref.end && OWN_PARTICIPLE.test(text.slice(p.ref.start, d.start));
      // (Not a count back from the day of the news: "cabled on 16 November that Trotsky was expelled two days earlier".)
      const news = !backCounts.has(d) && ((NEWS_BEFORE.test(text.slice(Math.max(0, p.ref.start - 90), p.ref.start)) && !ownVerb) || (d.end <= p.ref.start && NEWS_BETWEEN.test(text.slice(d.end, p.ref.start))) || /^news\b/i.test(text.slice(p.ref.start, p.ref.end)) || OVER_AFTER.test(text.slice(p.ref.end, p.ref.end + 24)) || (d.end <= p.ref.start && d.kind === 'date' && d.granularity === 'day' && isDateline(text, d, true)));
      // A year the text does not write ("on 22 January", read from the years around it) is Clio's guess: it takes the
      // year that brings the date nearest the event's reference date, so a guess never raises an alarm about the year.
      const known = reference?.(p.ref.event);
      const ref = d.implied ? known : undefined;
      let asWritten = ref ? nearestYear(d.interval!, ref) : d.interval!;
      if (ref) moved.set(d, Number(asWritten.earliest.slice(0, 4)) - Number(d.interval!.earliest.slice(0, 4)));
      // A closing day read against its opening's month takes the opening's year as Clio moved it ("opened … on 2nd December and closed on the 19th").
      const by = p.closing && !ref ? moved.get(p.closing) : undefined;
      if (by) asWritten = { earliest: shiftYears(asWritten.earliest, by), latest: shiftYears(asWritten.latest, by) };
      // A span of years beside an event of days or months is the period a text covers ("The Defeat of the Opposition, 1927–1929"), not its date.
      if (known && d.kind === 'range' && isoToDay(d.interval!.latest) - isoToDay(d.interval!.earliest) > 1000 && isoToDay(known.latest) - isoToDay(known.earliest) <= 366) continue;
      // …but a passage set two years or more away from the event is about another one of the name ("the sailors of Kronstadt rose in October", in 1905).
      const movedYear = Number(asWritten.earliest.slice(0, 4));
      const inWriting = (year: number) => !!written && year >= Number(written.earliest.slice(0, 4)) && year <= Number(written.latest.slice(0, 4));
      // (Not where the year Clio guessed is the writer's present, read from a post's or a letter's own date: "(17 March 2015):
      // the Fifteenth Congress opened on 12 December, not the 2nd" is about 1927.)
      const guessed = Number(d.interval!.earliest.slice(0, 4));
      if (ref && !inWriting(movedYear) && !inWriting(guessed) && Math.abs(movedYear - guessed) >= 2) continue;
      // A count of days or weeks is loose by a day or three ("three weeks later" of 22 days; counted with the first day or without).
      const loose = d.kind !== 'relative' ? 0 : /\b(?:weeks?|fortnights?)\b/i.test(d.text) ? 3 : /\b(?:days?|morning|afternoon|evening|night)\b/i.test(d.text) ? 1 : 0;
      // (A year Clio moved moves the other calendar's reading with it: "(28–31 August O.S.)" read in 1917, not in the text's wrong 1918.)
      // (A calendar known without another reading, as of a day counted from a New Style dateline, has none.)
      const other = d.otherCalendar ? { earliest: shiftYears(d.otherCalendar.earliest, movedYear - guessed), latest: shiftYears(d.otherCalendar.latest, movedYear - guessed) } : d.calendar ? undefined : otherCalendarReading(asWritten);
      // A calendar the text declares is the date's one reading: an Old Style date is read as its New Style day only.
      const reading = d.declared && d.calendar === 'julian' && other ? other : asWritten;
      const calendar = d.declared ? undefined : other;
      const counted = loose ? { earliest: addDays(reading.earliest, -loose), latest: addDays(reading.latest, loose) } : reading;
      const interval = news ? { earliest: addDays(counted.earliest, -NEWS_DAYS), latest: counted.latest } : counted;
      // "opened on", "began in", "was crushed on": the date is the event's start or end, not any day of it.
      // (Up to the clause's end: "the sailors rose on 1 March; the fortress fell on 18 March" is no closing on the 1st.)
      const tail = text.slice(Math.max(p.ref.end, d.end), Math.max(p.ref.end, d.end) + 20);
      const stop = tail.search(/[;.!?]/);
      const around = text.slice(Math.min(p.ref.start, d.start), Math.max(p.ref.end, d.end)) + (stop >= 0 ? tail.slice(0, stop) : tail);
      // "put down on the 17th and 18th": days named one by one are a span, whose end is not the first.
      const spanOfDays = /^\s+(?:and|or|to)\s+(?:the\s+)?\d{1,2}(?:st|nd|rd|th)?\b/.test(text.slice(d.end, d.end + 16));
      // The blow of a killing is its first moment: the victim may die the next day.
      // …and a deportation's or a journey's setting out: "put him on a train for Alma-Ata".
      const named = text.slice(p.ref.start, p.ref.end);
      // A trial read from its verdict ("Kamenev was sentenced to death on 24 August 1936") is dated by its last day.
      // …as is one whose accused are "condemned on" the date.
      const verdict = p.ref.verdict || (p.ref.via === 'description' && (/^(?:sentenced|condemned|verdicts?)$/i.test(named) || (/\b(?:trials?|defendants?|accused|dock)\b/i.test(named) && d.start >= p.ref.end && VERDICT_ON.test(text.slice(p.ref.end, d.start)))));
      const phase = p.closing ? 'end' : p.opening ? 'start' : spanOfDays ? undefined : SETTING_OUT.test(named) ? 'departure' : START_WORDS.test(around) || BLOW.test(named) || (d.start >= p.ref.end && d.kind === 'date' && FROM_ONLY.test(text.slice(p.ref.end, d.start)) && !UNTIL.test(text.slice(d.end, d.end + 8))) ? 'start' : END_WORDS.test(around) || verdict || (ARRIVAL_WORDS.test(text.slice(Math.min(p.ref.start, d.start), d.start)) && DEPORT_WORDS.test(around)) || ((p.ref.via === 'trigger' || ARRIVED_AT_PLACE.test(named)) && ARRIVED.test(named)) ? 'end' : undefined;
      // A span of days told as past, to its end: "which sat from 22 June to 12 July".
      const closed = d.kind === 'range' && d.granularity === 'day' && d.start >= p.ref.end && SAT_UNTIL.test(text.slice(p.ref.end, d.start));
      claims.push({
        ...(phase ? { phase } : {}),
        ...(closed ? { closed: true as const } : {}),
        ...(p.glossOf ? { glossOf: { start: p.glossOf.start, end: p.glossOf.end } } : {}),
        event: p.ref.event,
        source,
        start: d.start,
        end: d.end,
        trigger: { start: p.ref.start, end: p.ref.end },
        dateText: d.text,
        interval,
        otherReading: calendar && news ? { earliest: addDays(calendar.earliest, -NEWS_DAYS), latest: calendar.latest } : calendar,
        granularity: d.granularity,
        qualifiers: d.qualifiers,
        approximate: d.qualifiers.includes('approximate'),
        ...(news ? { news: true } : {}),
        ...(p.edition ? { edition: true } : {}),
        ...(p.ref.via === 'description' ? { described: text.slice(p.ref.start, p.ref.end).replace(/\s+/g, ' ').slice(0, 80) } : {}),
      });
    }
  }
  return claims.sort((a, b) => a.start - b.start);
}

/**
 * Whether the date goes with a phrase or clause of time rather than with the event `ref` beside it:
 * - set off by commas right after a phrase of time ("only after the Kornilov business, at the end of August, that Trotsky was arrested");
 * - after a clause of time between the event and the date ("wrote his letter only after the Forty-Six had sent theirs (15 October 1923)");
 * - closing the phrase that names the event as a time ("the agreement reached after the Eleventh Congress, 16 April 1922."), or
 *   after it inside a clause about something else ("Mass recruitment of workers after Lenin's death, spring 1924, roughly 240,000");
 *   a date set off as its apposition at a sentence's opening still dates it ("After Lenin's death, on 21 January 1924, the triumvirs …");
 * - further on, in the clause an opening "After X" sets in time ("After Lenin's first stroke he recovered over the summer, gave his
 *   last public speech in November 1922"), or past a clause boundary after "before X" inside a sentence ("shortly before
 *   Tukhachevsky was shot was the Pyatakov trial, which sat …").
 */
function belongsToTime(text: string, ref: Span, date: Span): boolean {
  const phraseOfTime = APPOSED_TO_TIME.exec(text.slice(Math.max(0, date.start - 90), date.start));
  if (phraseOfTime && /^\s*,/.test(text.slice(date.end, date.end + 2)) && (ref.start >= date.end || ref.end <= date.start - phraseOfTime[0].length)) return true;
  if (date.start < ref.end) return false;
  const between = text.slice(ref.end, date.start);
  if (TIME_CLAUSE.test(between)) return true;
  const before = text.slice(Math.max(0, ref.start - 40), ref.start);
  const lead = TIME_REFERENCE.exec(before);
  if (!lead) return false;
  if (/^\s*,\s*(?:(?:in|on)\s+)?$/.test(between)) {
    const at = ref.start - (before.length - lead.index);
    return /^\s*(?:[.;:!?]|$)/.test(text.slice(date.end, date.end + 3)) || /\p{Ll}[\p{L}'’]*\s+$/u.test(text.slice(Math.max(0, at - 30), at));
  }
  // ("kept the envelopes until after his death and handed them to the Central Committee in May 1924": the date is the next verb's.)
  if (/^\s+(?:and|then|but)\s+(?:then\s+)?\p{Ll}{3,}(?:ed|ent|ought|ook|ave|ew)\b/u.test(between)) return true;
  // A relative clause of the event's own sitting dates it, after "since" too: "since the trial of Zinoviev and Kamenev, which opened in Moscow on 21 August 1936".
  if (/^(?:\s+of\s+[^,;:.]{1,60})?\s*,\s*which\s+(?:(?:was|were)\s+)?(?:opened|began|met|closed|ended|held|convened|sat|took\s+place)\b[^,;:.]*$/.test(between)) return false;
  return SETTING_TIME.test(before) ? /,|\b(?:he|she|they|it|we)\s+\p{Ll}/u.test(between) : /[,;]/.test(between) && !/^\s*,\s*(?:which|that)\b/.test(between);
}

/** Whether a name's own years, if it writes any, meet the interval. */
function namesYearOf(name: string, interval: DayInterval): boolean {
  const years = [...name.matchAll(/\b(1[5-9]\d\d|20\d\d)\b/g)].map((m) => Number(m[1]));
  if (!years.length) return true;
  return Number(interval.earliest.slice(0, 4)) <= Math.max(...years) && Number(interval.latest.slice(0, 4)) >= Math.min(...years);
}

/** A day moved by whole years; 29 February falls on the 28th in a common year. */
function shiftYears(iso: string, k: number): string {
  const y = Number(iso.slice(0, 4)) + k;
  const md = iso.slice(5) === '02-29' && daysInMonth(y, 2) < 29 ? '02-28' : iso.slice(5);
  return `${String(y).padStart(4, '0')}-${md}`;
}

/** `interval` moved by whole years to lie nearest `target` (an interval within a year or two of it). */
export function nearestYear(interval: DayInterval, target: DayInterval): DayInterval {
  const year = (iso: string) => Number(iso.slice(0, 4));
  let best = interval;
  for (let k = year(target.earliest) - year(interval.earliest) - 1; k <= year(target.latest) - year(interval.earliest) + 1; k++) {
    const moved = { earliest: shiftYears(interval.earliest, k), latest: shiftYears(interval.latest, k) };
    if (dayGap(moved, target) < dayGap(best, target)) best = moved;
  }
  return best;
}

/** Days between two intervals, 0 where they overlap. */
export function dayGap(a: DayInterval, b: DayInterval): number {
  return Math.max(0, isoToDay(b.earliest) - isoToDay(a.latest), isoToDay(a.earliest) - isoToDay(b.latest));
}

/**
 * Words read as one event that open with a participle and go on past a comma to another: the next step of a list
 * ("removed from the Politburo, expelled"), not a participle after a noun ("peace treaty with Germany, signed").
 */
const LATER_STEP = /^\p{L}\p{Ll}{2,}(?:ed|en|wn)\b[^,;:.]*,\s+(?:and\s+|then\s+)?\p{Ll}{3,}(?:ed|en|wn)\b/u;

/** Between a date and an event's words, "the day" it happened: ", the day the Fourteenth Congress opened", ", the very day Lenin died". */
const DAY_OF_EVENT = /^,?\s*(?:the|that)\s+(?:very\s+|same\s+)?(?:day|night|morning|evening|afternoon)\s+(?:that\s+|when\s+|on\s+which\s+)?(?:the\s+)?$/i;

/** Between a meeting's name and its span of days, the past of its sitting: "which sat from", ", held from", "lasted from". */
const SAT_UNTIL = /^[^.;:!?]{0,30}\b(?:sat|lasted|ran|met|was\s+held|were\s+held|went\s+on|continued|raged)\s+(?:from\s+|between\s+)?$/;

/** Verbs between an event's name and a date after it that date something done to the event later: its annulment, its commemoration, a book about it ("appeared in 1959 and is still the best account of the defeat"). */
const LATER_ACTS = /\b(?:accounts?\s+of|histor(?:y|ies)\s+of|stud(?:y|ies)\s+of|annul|abrogat|repudiat|renounc|revok|commemorat|celebrat|remember|marked|mourn|recall|publish|republish|reprint|revis|translat|discuss|debat|studied|describ|analys|analyz|investigat|rehabilitat|filmed|staged|dramati[sz])\w*/i;

/** An event named as what an anniversary or a commemoration is of. */
const ANNIVERSARY_OF = /\b(?:anniversary|anniversaries|jubilee|centenary|centennial|bicentenary|commemoration|memory|eve)\s+of\s+(?:the\s+)?(?:great\s+)?$/i;

/** An event named as what a proposal, plan or draft was for: a date there is the proposal's. */
const PROPOSAL_OF = /\b(?:proposals?|proposed|plans?|planned|drafts?|drafted|projects?|suggest(?:ion|ed)|called\s+for|calls?\s+for|demand(?:s|ed)?|urged)\b[^.;:]{0,40}?\b(?:for|of|to\s+(?:introduce|adopt|hold|convene|form))\s+(?:an?\s+|the\s+)?$/i;

/** A date of a proposal, plan or motion ("his proposal of April 1840 to …"), not of what it proposed. */
const PROPOSAL_DATE = /\b(?:proposals?|plans?|drafts?|projects?|suggestions?|motions?)\s+(?:of|in|on|dated)\s+$/i;

/** A month's name alone. */
const MONTH_WORD = /^(?:January|February|March|April|May|June|July|August|September|October|November|December)$/;

/** Words of an event that is a document's appearing: its printing dates it. */
const DOCUMENT_EVENT = /\b(?:statement|declaration|open\s+letter|article|manifesto|appeal|disavowal|recantation|retraction)s?\b/i;

/** Whether a date can date an event: not the writing of a text, not a citation, not an adjective, not a later act upon it. */
function datesEvent(text: string, ref: EventReference, date: DateMention): boolean {
  // "the March Charter", "the October Manifesto": a month the register uses as an event's name, opening another name.
  if (ref.via === 'mention' && MONTH_WORD.test(text.slice(ref.start, ref.end)) && /^\s+\p{Lu}\p{Ll}/u.test(text.slice(ref.end, ref.end + 3))) return false;
  // An event that is a document's appearing ("his statement disowning Eastman, published in Bolshevik on 1 September 1925") is dated by its printing.
  const document = DOCUMENT_EVENT.test(text.slice(ref.start, ref.end));
  if ((!document && (WRITING_WORDS.test(text.slice(Math.max(0, date.start - 30), date.start)) || RECORD_ACT.test(text.slice(Math.max(0, date.start - 40), date.start)))) || isCitation(text, date)) return false;
  // "Abel's proposal of April 1840 to replace tolling with a duty in grain": the date is the proposal's.
  if (PROPOSAL_DATE.test(text.slice(Math.max(0, date.start - 30), date.start))) return false;
  const later = LATER_ACTS.exec(date.start >= ref.end ? text.slice(ref.end, date.start) : text.slice(date.end, ref.start));
  if (later && !(document && /^(?:publish|print|reprint)/i.test(later[0]))) return false;
  // "On the tenth anniversary of October, 7 November 1927": the date is the anniversary's;
  // "his proposal of February 1921 for a tax in kind": the proposal's, not the policy's.
  if (ANNIVERSARY_OF.test(text.slice(Math.max(0, ref.start - 40), ref.start)) || PROPOSAL_OF.test(text.slice(Math.max(0, ref.start - 60), ref.start))) return false;
  // "it is six years today since Lenin died": "today" is the day of the count, an anniversary; the count back from it to the day
  // ("six years today", recognizeDates) dates the event.
  if (YEARS_SINCE.test(text.slice(Math.max(0, ref.start - 60), ref.start)) && !(date.end <= ref.start && COUNTED_TO_TODAY.test(date.text))) return false;
  // …and the event as the object of such an act ("obliged Germany to renounce the treaty of Brest-Litovsk").
  if (/\b(?:to|and)\s+\w+\s+(?:the\s+)?$/i.test(text.slice(Math.max(0, ref.start - 30), ref.start)) && LATER_ACTS.test(text.slice(Math.max(0, ref.start - 30), ref.start))) return false;
  if (isAttributive(text, date) && !(date.end <= ref.start && ref.start - date.end <= 1)) return false;
  return ref.via !== 'mention' || attached(text, ref, date);
}

/** Between a title and its year, an imprint: the title's close (and a gloss in brackets), a stop, the place, a colon and the publisher ("). Berlin: Granit, "). */
const IMPRINT = new RegExp(String.raw`^[)*_"”’']*\s*(?:\([^()]{1,60}\)[*_]*)?\s*[.,]\s*${IMPRINT_PLACE_PUBLISHER}$`, 'u');

/**
 * A work is dated by its publication in brackets after the title — "The Technique
 * of Coup d'Etat (1931)", but not an imprint's year, "(Paris, 1969)", which may be any
 * edition's — or by "published in 1931". A range
 * after a title is the period it covers ("The Interregnum 1923–1924"), not its date.
 */
function datesWork(text: string, ref: EventReference, date: DateMention): 'work' | 'edition' | false {
  if (date.kind !== 'date' || date.start < ref.end) return false;
  const between = text.slice(ref.end, date.start);
  // A translation's or a later edition's year is not the work's own date, but the edition cited existed by then
  // ("(London, 1968)", "(tr. Max Eastman, 1932)", "reprinted in 1969"), which a text written before it cannot know.
  const edition = /^\s*[,.]?\s*\([^()]{2,80}$/.test(between) || /^\s*,?\s*(?:was\s+)?(?:translated|reprinted|republished|reissued)(?:\s+[\p{L}.]+){0,4}?\s+(?:in\s+)?$/iu.test(between);
  if (/\b(?:translat|trans\.|tr\.|edition|edn\.|ed\.|reprint|repr\.|rpt\.|reissue|facsimile)/i.test(between)) return edition && 'edition';
  // An imprint after the title, as a bibliography writes it: "*Moya zhizn'* (My Life). Berlin: Granit, 1929".
  if (IMPRINT.test(between)) return 'edition';
  // A bare year in brackets ("The Technique of Coup d'Etat (1931)"). Not an imprint's ("(Paris: Bélibaste, 1969)",
  // "(Greyfield, 1960)"): a reference list gives the year of the edition it cites, which is no claim about the work's first.
  if (/^\s*[,.]?\s*\(\s*$/.test(between)) return 'work';
  // (After the title's closing quote or emphasis: "'Professional Dangers of Power', written in the last week of August 1928".)
  // (…and with its signers and the place of writing: "…Art", signed by André Breton and Diego Rivera and dated Mexico, 25th July 1938".)
  const place = /(?:dated|written|signed)\s+(\p{Lu}[\p{L}-]+(?:\s\p{Lu}[\p{L}-]+)?,\s+)$/u.exec(between)?.[1] ?? '';
  if (/^["”’'*_]*\s*,?\s*(?:was\s+|first\s+)?(?:(?:signed|written)\s+by\s+[^,;:.()"“”]{2,60}?\s+and\s+)?(?:published|written|appeared|issued|dictated|signed|dated|came\s+out)\s+(?:in\s+\p{Lu}[\p{L}-]+\s+)?(?:in\s+|on\s+)?$/iu.test(between.slice(0, between.length - place.length))) return 'work';
  // "the postscript of 4 January 1923", "the letter of 8 October": a document's own day.
  if (date.granularity === 'day' && /^\s+of\s+$/.test(between)) return 'work';
  return edition && 'edition';
}

/**
 * "on 8 March, the Communist Party opened its Tenth Congress": the date of a verb that
 * holds the event dates the event; a short subject may stand between.
 */
const HELD_BY = /^\s*,?\s*(?:[^,;:.()]{1,40}?\s)?(?:opened|convened|held|summoned|staged|launched|began|assembled\s+for)\s+(?:(?:its|their|the|a|his|her)\s+)?$/i;
/** "the Third World Congress, Moscow, 22 June – 12 July 1922": a place between the name and its date, as a heading writes it. */
const PLACE_BETWEEN = /^\s*,\s*\p{Lu}[\p{L}-]+(?:\s\p{Lu}[\p{L}-]+)?\s*,\s*$/u;

/**
 * A question about an event answered by a date: "When did the Fifteenth Congress meet? A. From 2 to 19 December 1927";
 * a flashcard's "Trial of the Sixteen? :: Opens 19 Aug 1936".
 */
const ANSWERED = /^[^.;!?\n]{0,40}\?\s*(?:::|A[.:]|Ans(?:wer)?[.:])\s*(?:(?:opens|opened|began|met|meets|signed|held|convened)\s+)?(?:(?:on|in)\s+)?$/i;

/** An act that enacts what it is on: "the decree of …", "the resolution of …". */
const ACT_OF = /\b(?:decree|resolution|law|edict|ukase|directive)\s+of\s+(?:the\s+)?$/i;
const ENACTED_ON = /^\s+on\s+(?:the\s+)?$/i;

function attached(text: string, ref: Span, date: Span): boolean {
  // "The Fifteenth Congress did not open until the 18th": its opening day.
  if (date.start >= ref.end && /^\s+did\s+not\s+(?:open|meet|convene|begin|start|assemble|gather|sit)\s+(?:until|till)\s+$/i.test(text.slice(ref.end, date.start))) return true;
  // "the sentences were read out on 21 August 1936": a verdict's own verbs.
  if (date.start >= ref.end && (ref as EventReference).verdict && VERDICT_GIVEN.test(text.slice(ref.end, date.start))) return true;
  if (date.start >= ref.end) return ATTACHED_AFTER.test(text.slice(ref.end, date.start)) || ITS_PHASE.test(text.slice(ref.end, date.start)) || PLACE_BETWEEN.test(text.slice(ref.end, date.start)) || ANSWERED.test(text.slice(ref.end, date.start));
  // A date before a colon dates what follows only as a line's opening or a short label ("- 3 March 1918: the peace is signed",
  // "Kronstadt, March 1921: the rising"), not as the end of a label of its own ("- Lenin to the Tenth Conference, 26 May 1921: the NEP as a retreat").
  if (date.end <= ref.start && text.slice(date.end, ref.start).includes(':') && !shortLabel(text, date)) return false;
  // "the decree of 28 June 1918 on the nationalisation of large-scale industry": an act's date is the date of what it enacts.
  if (date.end <= ref.start && ENACTED_ON.test(text.slice(date.end, ref.start)) && ACT_OF.test(text.slice(Math.max(0, date.start - 24), date.start))) return true;
  if (date.end <= ref.start) return ATTACHED_BEFORE.test(text.slice(date.end, ref.start)) || HELD_BY.test(text.slice(date.end, ref.start)) || scopesTaking(text, ref, date) || (acrossAside(text, date, ref) && !/^\s*(?:of\b|['’]s\b|and\b|,)/.test(text.slice(ref.end, ref.end + 6)));
  return false;
}

/** Whether a date stands at its line's opening, or after at most three words of it. */
function shortLabel(text: string, date: Span): boolean {
  const lineStart = text.lastIndexOf('\n', date.start - 1) + 1;
  const label = text.slice(lineStart, date.start).replace(/^[\s>*_#-]*(?:\d+[.)]\s*)?/, '');
  return label.split(/\s+/).filter(Boolean).length <= 3;
}

/** A date that opens its sentence, or follows only a relative phrase that does ("Three weeks later, on 8 March, …"). */
const OPENS_SENTENCE = /(?:^|[.!?]["”’]?\s+|\n\s*)(?:\p{Lu}[\p{L} ]{0,30}?\b(?:later|earlier|afterwards)\s*,\s*(?:(?:in|on|by)\s+)?|(?:(?:Early|Late)\s+(?:on|in)\s+)|(?:In|On|By)\s+)?$/u;

/**
 * "In 1927, three years after Lenin's death, Trotsky was expelled"; "In January 1924,
 * only days before Lenin died, the Thirteenth Party Congress condemned the Opposition":
 * a date opening its sentence, then an aside between commas, dates the main clause
 * that follows the aside, not the aside.
 */
function acrossAside(text: string, date: Span, ref: Span): boolean {
  return OPENS_SENTENCE.test(text.slice(Math.max(0, date.start - 48), date.start)) && /^\s*,\s*[^,;:()]{1,80},\s*(?:(?:the|a|an)\s+)?$/.test(text.slice(date.end, ref.start));
}

/**
 * A date opening its sentence dates what the sentence's people do at an event named
 * in the same clause: "In March 1938 Bukharin, Rykov and Tomsky stood in the dock of
 * the third Moscow trial". Not "after"/"before" an event, which only bounds it.
 */
function scopesTaking(text: string, ref: Span, date: Span): boolean {
  if (!OPENS_SENTENCE.test(text.slice(Math.max(0, date.start - 48), date.start))) return false;
  const between = text.slice(date.end, ref.start);
  return between.length <= 100 && !/[;:]|\b(?:after|before|since|until|anniversary|jubilee|centenary|centennial|commemorat\w*|memory|eve|history|story|lessons|legacy|aftermath)\b/i.test(between) && (between.match(/,/g) ?? []).length <= 2 && /\b(?:at|of|during)\s+(?:the\s+)?$/i.test(between);
}

/** After a date, a subject and its verb: a clause of its own ("he was sent", "Stalin expelled"). */
const NEW_SUBJECT = /^\s*,?\s*(?:he|she|they|it|we|I|\p{Lu}\p{Ll}+|(?:his|her|their|the)\s+\p{Ll}+)\s+(?:was|were|had|has|have|\p{Ll}+ed)\b/u;

/**
 * "On December 8, he sent a letter … on the Politburo's resolution": a date that
 * opens a sentence before a comma dates the clause's own verb, unless the event
 * is that clause's subject ("In 1924, Lenin's death shocked the party"). A date
 * after the trigger and a comma with "and" dates the next verb.
 */
function opensOtherClause(text: string, date: Span, ref: Span): boolean {
  // "exiled to Alma-Ata, and put across the frontier in February 1929": the date after a new coordinated verb is that verb's.
  // …and so is one that opens a coordinated clause with a subject of its own: "…, and in January 1928 he was sent under guard to Alma-Ata".
  // …and so is one after the next participle of a list of one man's steps: "was removed from the Politburo, expelled from the party in November 1927".
  if (date.start >= ref.end && /\b\p{Ll}{3,}(?:ed|en|wn)\b/u.test(text.slice(ref.start, ref.end)) && /^\s*,\s+\p{Ll}{3,}(?:ed|en|wn)\s/u.test(text.slice(ref.end, date.start))) return true;
  if (date.start >= ref.end) return /,\s+(?:and|then|but)\s+(?!(?:in|on|at|during)\b)\p{Ll}+/u.test(text.slice(ref.end, date.start)) || (/,\s+(?:and|then|but)\s+(?:(?:in|on|at|during|by)\s+(?:the\s+)?)?$/.test(text.slice(ref.end, date.start)) && NEW_SUBJECT.test(text.slice(date.end, date.end + 40)));
  const gap = text.slice(date.end, ref.start);
  // "Since January 1924, when Lenin died": the clause of "when" is what happened then.
  if (/^\s*,\s*when\s+$/i.test(gap)) return false;
  // "Two years today, he said, since the steamer put him ashore": the count is of the clause of "since".
  if (countedSince(text, date, ref)) return false;
  // "sailed from Odessa on 10 February 1929 and landed at Constantinople two days later": the date closes the clause of the
  // verb before it, and "and" opens another verb's.
  if (/^\s+and\s+$/.test(gap) && /^\p{Ll}+ed\b/u.test(text.slice(ref.start, ref.end)) && /\b\p{Ll}{2,}ed\b[^.;:!?]*$/u.test(text.slice(Math.max(0, date.start - 80), date.start))) return true;
  return /[,;:]/.test(gap) && !/^\s*[,;:]\s*(?:(?:the|a|an)\s+)?$/i.test(gap) && !acrossAside(text, date, ref);
}

/** "the 1918 constitution": a year used as an adjective dates its noun. */
function isAttributive(text: string, d: Span): boolean {
  return /\b(?:the|a|an|his|her|its|their|this|that|whose)\s+$/i.test(text.slice(Math.max(0, d.start - 8), d.start)) && /^\s+[a-z]/.test(text.slice(d.end, d.end + 2)) && !NOT_A_NOUN.test(text.slice(d.end, d.end + 8));
}

/** A date in a bibliographic parenthesis — "(Paris: Bélibaste, 1969)", "'The Kronstadt Rising' (1959)" — dates a publication. */
function isCitation(text: string, d: Span): boolean {
  const before = text.slice(Math.max(0, d.start - 120), d.start);
  const open = before.lastIndexOf('(');
  if (open < 0 || before.indexOf(')', open) >= 0) return false;
  const inner = before.slice(open + 1);
  if (/:|\bed\.|\beds\.|\bpp?\.|\bPress\b|\bvol\.|\btrans\./.test(inner)) return true;
  // A bare year in brackets right after a title or quotation.
  return inner.trim() === '' && /["'”’]\s*\($/.test(before);
}

function insideMention(d: Span, mentions: EntityMention[]): boolean {
  return mentions.some((m) => m.start <= d.start && d.end <= m.end);
}

/** A chronology's item headed by its date: "— 23 July: the July plenum closes. …", "- **12 Nov 1927** — …". */
const ITEM_HEAD = /^[ \t]*(?:[-–—*•][ \t]+)?(?:\*\*)?$/;
const ITEM_HEAD_CLOSE = /^(?:\*\*)?[ \t]*[:—–-][ \t]/;

/**
 * The sentences claims are read in: those of an item a date heads, that tell no date of their own, join the sentence before
 * them, so the item's date dates them too ("— 23 July: the July plenum closes. With …, Zinoviev is put out of the Political Bureau").
 */
export function itemSentences(text: string, sentences: Span[], dates: readonly DateMention[]): Span[] {
  const heads = dates.filter((d) => d.interval && d.kind !== 'relative' && headsItem(text, d));
  if (!heads.length) return sentences;
  const out: Span[] = [];
  let h = 0;
  let di = 0;
  for (const s of sentences) {
    // (Past the heads whose line ended before this sentence.)
    while (h < heads.length && heads[h].end <= s.start && text.lastIndexOf('\n', s.start - 1) >= heads[h].end) h++;
    const head = heads[h];
    const prev = out[out.length - 1];
    while (di < dates.length && dates[di].start < s.start) di++;
    const ownDate = di < dates.length && dates[di].start < s.end;
    // (The same line as the head, after the head's own sentence.)
    const inItem = !!head && !!prev && head.start >= prev.start && head.end <= prev.end && !text.slice(head.end, s.start).includes('\n');
    if (inItem && !ownDate) out[out.length - 1] = { start: prev.start, end: s.end };
    else out.push(s);
  }
  return out;
}

/** Between a meeting's date and what it decided: a word of deciding in the date's clause, and a colon (no other clause's stop). */
const DECIDED_COLON = /^[^.;:!?]{0,60}\b(?:decided|decides|resolved|resolves|ruled|rules|decreed|decrees|drew\s+the\s+conclusions?|draws\s+the\s+conclusions?|adopted\s+(?:the|a)\s+(?:resolution|decision)|voted)\b[^.;:!?]{0,40}:\s*$/i;

/** Whether a date heads its chronology item (ITEM_HEAD). */
function headsItem(text: string, date: Span): boolean {
  return ITEM_HEAD.test(text.slice(text.lastIndexOf('\n', date.start - 1) + 1, date.start)) && ITEM_HEAD_CLOSE.test(text.slice(date.end, date.end + 6));
}

/** What an item's head costs to date a sentence of the item after its first: more than a date in the event's own clause. */
const ITEM_HEAD_COST = 120;

/** Distance in characters between the two spans, plus a penalty for each clause boundary between them outside any date. */
function pairCost(text: string, ref: Span, date: Span, dates: DateMention[]): number {
  const from = Math.min(ref.end, date.end);
  const to = Math.max(ref.start, date.start);
  if (to <= from) return 0;
  const between = dates.filter((d) => d.end > from && d.start < to);
  let penalty = 0;
  for (let i = from; i < to; i++) {
    const ch = text[i];
    if (!isClauseBoundary(ch) || between.some((d) => d.start <= i && i < d.end)) continue;
    penalty += ch === '(' || ch === ')' ? PAREN_COST : ch === ';' ? SEMICOLON_COST : BOUNDARY_COST;
  }
  return to - from + penalty;
}
