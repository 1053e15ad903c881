// Core domain types. The core imports neither `vscode` nor the LSP: offsets are
// UTF-16 code units (JavaScript string indices), days are ISO strings.

export type EntityType = 'person' | 'place' | 'organization' | 'group' | 'event' | 'work';
export const ENTITY_TYPES: readonly EntityType[] = ['person', 'place', 'organization', 'group', 'event', 'work'];

/** A half-open range [start, end) of UTF-16 code units in one document. */
export interface Span {
  start: number;
  end: number;
}

export type DateKind = 'date' | 'range' | 'relative' | 'duration' | 'set';
export type Granularity = 'day' | 'month' | 'season' | 'year' | 'decade' | 'century';
export type DateQualifier = 'approximate' | 'uncertain' | 'early' | 'mid' | 'late';

/**
 * A closed interval of whole days. `earliest`/`latest` are ISO 8601 calendar
 * dates in the proleptic Gregorian calendar with astronomical year numbering
 * ("0000" is 1 BC, "-0043" is 44 BC), exactly as EDTF writes them.
 */
export interface DayInterval {
  earliest: string;
  latest: string;
}

/** A date expression recognised in text. */
export interface DateMention extends Span {
  text: string;
  kind: DateKind;
  /** Absent when the expression could not be resolved (a relative date with no anchor, a bare duration). */
  interval?: DayInterval;
  granularity?: Granularity;
  qualifiers: DateQualifier[];
  edtf?: string;
  /** Set when the year (or the whole date) came from the discourse rather than the expression itself. */
  anchor?: Span;
  implied?: boolean;
  /** The calendar the text is written in, where it matters (Russia before 1918). */
  calendar?: 'julian' | 'gregorian';
  /** The same date read in the other calendar (Old Style / New Style), when one applies. */
  otherCalendar?: DayInterval & { calendar: 'julian' | 'gregorian' };
  /** The calendar is the one the text declares for its dates ("All dates are New Style"): its reading is the only one. */
  declared?: true;
  /**
   * A relative date glossed by a date in brackets ("six weeks later (23 Oct 1926)") takes the gloss's interval; what
   * counting from its anchor gave is kept here, so that a gloss contradicting it can be reported.
   */
  counted?: { interval: DayInterval; granularity?: Granularity; from: Span };
  /** "yesterday", "today", "on Monday": a day counted from the text's dateline (there is no such mention without one). */
  deictic?: true;
}

/** An entity mention recognised in text: linked (`id`), or a name-like candidate (`id: null`). */
export interface EntityMention extends Span {
  text: string;
  id: string | null;
  type: EntityType | null;
  /** A derived form: Trotskyism, Stalinist, Bolshevik as an adjective. */
  derived: boolean;
  /** Ids of every entry the name could belong to, when it stays ambiguous. */
  candidates?: string[];
  /** A known misspelling from the register's `misspellings:` ("Staling"). */
  misspelling?: boolean;
  /** Linked by transliteration ("Korniloff" for Kornilov), a spelling the register does not list: the registered form. */
  variant?: string;
  /**
   * The variant is a short form, not another spelling: a body's head noun used alone ("the Secretariat"),
   * one word of a person's name ("Natalia"), the initials of a person or a body ("LDT", "WO"), a clipped surname ("Zin.")
   * or an abbreviation the text defines ("LS = Lev Sedov").
   */
  shortForm?: 'head-noun' | 'name-part' | 'initials' | 'clipped' | 'defined';
  /** For a candidate: the entry whose name it nearly matches ("Staling" → stalin). */
  nearMiss?: string;
  /** Read from the text's layout alone: its periodical's masthead or its own title (frontMatter.ts). */
  frame?: 'masthead' | 'title';
}

/** A source's statement that an event happened at a time. */
export interface Claim {
  event: string;
  /** The document key (URI or path) that makes the claim. */
  source: string;
  /** The date mention's span: diagnostics sit here. */
  start: number;
  end: number;
  /** The span of the words that name the event. */
  trigger: Span;
  dateText: string;
  interval: DayInterval;
  /** Alternative reading (Old Style / New Style); the claim holds if either reading does. */
  otherReading?: DayInterval;
  granularity?: Granularity;
  qualifiers: DateQualifier[];
  approximate: boolean;
  /**
   * Set when the user has marked this date an error in its source (sources.yaml's
   * `corrections`): `interval` is then the right date, and this keeps what the source says.
   */
  correction?: { original: DayInterval; originalGranularity?: Granularity; note?: string; when: string };
  /** The date is when news of the event came ("we heard of Lenin's death on 22 January"): `interval` runs from a month before it. */
  news?: true;
  /**
   * The date is the event's first day ("opened on 2 December") or its last ("was crushed on 18 March"), not any day of it;
   * or the day it set out ("put him on a train for Alma-Ata"), which is its first day unless the register gives a `departed` date.
   */
  phase?: 'start' | 'end' | 'departure';
  /** The date is a range of days whose end the text tells as past ("the congress, which sat from 22 June to 12 July"): a text written before that end cannot know it. */
  closed?: true;
  /** The date glosses another claim's date in the other calendar ("3 April 1917 (16 April NS)"): where that date stands. */
  glossOf?: Span;
  /**
   * The date is an edition's of a work the text cites ("(London, 1968)", "tr. 1932"), not the work's first appearing:
   * it conflicts with nothing but the text's own date of writing, which it cannot postdate.
   */
  edition?: true;
  /** The event was read from the words around the date, not from a name or trigger: those words ("founding conference"). */
  described?: string;
  /** The source's reliability as its metadata rates it (sources.yaml `reliability`: "primary", "secondary", "tertiary" …). */
  reliability?: string;
}

/** Where a claim sits: a document and a span within it. */
export interface ClaimRef {
  source: string;
  start: number;
  end: number;
  text: string;
  interval: DayInterval;
  /** True when this is the register's reference chronology rather than a source. */
  reference?: boolean;
  /** Where the register's reference date comes from. */
  cite?: string;
  /** The claim dates the news of the event (see `Claim.news`). */
  news?: true;
  /** This side is a source's date of writing, in its metadata (sources.yaml). */
  metadata?: true;
  /** The claim was read from free wording: those words (see `Claim.described`). */
  described?: string;
}

/** The kinds of conflict: between sources, against the reference chronology, inside one source (an event dated two ways, a relative date against its gloss), a date after the source was written or outside a participant's life, and two events told in the wrong order. */
export type ConflictRule = 'source-vs-source' | 'source-vs-reference' | 'within-source' | 'relative-vs-anchor' | 'anachronism' | 'sequence';

export interface Conflict {
  event: string;
  eventName: string;
  rule: ConflictRule;
  message: string;
  a: ClaimRef;
  b: ClaimRef;
}

/** A problem found while reading the corpus (bad YAML, an unreadable file). */
export interface Problem extends Span {
  source: string;
  severity: 'error' | 'warning' | 'information' | 'hint';
  message: string;
  code: string;
}
