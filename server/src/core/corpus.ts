// The corpus index: every document's analysis, plus indexes keyed by entity and
// by event, so that hover, definition and references are lookups and an edit
// re-analyses one document and re-checks only the events it touches.
// Document keys are opaque strings (URIs in the server, paths in the CLI).

import { EventDescriptions } from './eventDescriptions';
import { documentClaims } from './documentClaims';
import { TriggerSet } from './triggers';
import { eventConflicts } from './conflicts';
import { compareIso, recognizeDates } from './dates';
import { retypeCandidates } from './typeModel';
import { findCandidates } from './candidates';
import { bodiesOfTheState, compoundNames, invertedNames, namesWithCommonHead } from './nameCompounds';
import { nameLexicon, typeByCoordination, typeLoneSurnames, type NameLexicon } from './candidateTypes';
import { extendTitles, registeredTitles, titlesWithTheirKind, titleSpans, titleType } from './titles';
import { frontMatter } from './frontMatter';
import { definedAbbreviations, formsOfAddress } from './layoutNames';
import { EntityMatcher } from './entities';
import { linkCandidates } from './candidateLinks';
import { EMPTY_REGISTER, isDatable, parseRegister, referenceDate, type Register, type RegisterEntry } from './register';
import { narrativeOutliers, type DateOutlier } from './narrative';
import { personAbbreviations, personByInitials, type PersonAbbreviations } from './personAbbreviations';
import { parseSourcesMeta, type SourceMeta } from './sources';
import { headingSpans, LineIndex, relativePath, sentenceSpans, spanAt } from './text';
import { BARE_MONTH, calendarMark, eventMonthsAsNames, monthOpenedEvents, monthReadsAsDate } from './monthsAsNames';
import { tokenize } from './tokens';
import type { Claim, Conflict, DateMention, DayInterval, EntityMention, Problem, Span } from './types';

export type DocumentRole = 'source' | 'note' | 'register' | 'sources-meta';

export interface DocumentAnalysis {
  key: string;
  role: DocumentRole;
  text: string;
  lines: LineIndex;
  headings: Span[];
  /** Linked, ambiguous and candidate mentions, sorted by offset. */
  entities: EntityMention[];
  dates: DateMention[];
  claims: Claim[];
  /** Dates far outside the text's own narrative: probable typos. */
  outliers: DateOutlier[];
  /** Conflicts inside this document alone: a relative date against the date written beside it. */
  ownConflicts: Conflict[];
  problems: Problem[];
}

export interface ChronologyClaim {
  source: string;
  sourceName: string;
  start: number;
  end: number;
  text: string;
  interval: DayInterval;
  conflicted: boolean;
  /** The source's reliability, from its metadata. */
  reliability?: string;
  /** The source's own date where the user has marked it an error: `interval` is then the corrected one. */
  sic?: { interval: DayInterval; note?: string };
}

/** One dated event, in the shape the Chronology views consume. */
export interface ChronologyEvent {
  event: string;
  name: string;
  /** The register's reference date, if any. */
  reference?: { edtf: string; interval: DayInterval; cite?: string };
  /** The earliest day any reading puts it at: the sort key. */
  sortKey: string;
  claims: ChronologyClaim[];
  conflicts: number;
}

export interface CorpusOptions {
  /** Check claims against the register's reference chronology as well as against each other. */
  referenceConflicts?: boolean;
  /** Let the learned type model (typeModel.ts) type candidates after the rules; off only to train it. */
  learnedTypes?: boolean;
}

/** Which documents' diagnostics may have changed after an update. */
export interface IndexChange {
  affected: Set<string>;
}

const REGISTER_NAME = /(^|[\\/])register\.ya?ml$/i;
const SOURCES_NAME = /(^|[\\/])sources\.ya?ml$/i;


/** Classifies a document by its path: the register, source metadata, a note (Markdown) or a source text. */
export function roleOf(path: string): DocumentRole {
  if (REGISTER_NAME.test(path)) return 'register';
  if (SOURCES_NAME.test(path)) return 'sources-meta';
  if (/\.(md|markdown|clio)$/i.test(path)) return 'note';
  return 'source';
}

export class CorpusIndex {
  private readonly docs = new Map<string, DocumentAnalysis>();
  private registerValue: Register = EMPTY_REGISTER;
  private registerKeyValue: string | undefined;
  private matcher = new EntityMatcher(EMPTY_REGISTER);
  private lexicon: NameLexicon = nameLexicon(EMPTY_REGISTER);
  private abbreviations: PersonAbbreviations = personAbbreviations(EMPTY_REGISTER);
  private triggers = new TriggerSet(EMPTY_REGISTER);
  private descriptions = new EventDescriptions(EMPTY_REGISTER);
  private readonly mentionsByEntity = new Map<string, Map<string, EntityMention[]>>();
  private readonly claimsByEvent = new Map<string, Map<string, Claim[]>>();
  /** Conflicts a document finds alone, by event and document: kept with the document's analysis, indexed for the event's card and the Chronology. */
  private readonly ownConflictsByEvent = new Map<string, Map<string, Conflict[]>>();
  private readonly conflictsByEvent = new Map<string, Conflict[]>();
  private readonly meta = new Map<string, SourceMeta>();
  /** Each described document's sources.yaml: where its `written` date stands, for anachronisms. */
  private readonly metaFileOf = new Map<string, string>();
  /** Events with a reference date, sorted by its start: "which events fall inside this date". */
  private eventsByDate: { interval: DayInterval; entry: RegisterEntry }[] = [];
  private readonly metaFiles = new Map<string, { resolve: (path: string) => string; keys: string[] }>();

  constructor(private readonly options: CorpusOptions = {}) {}

  get register(): Register {
    return this.registerValue;
  }

  /** A document's path relative to the register's folder, as the register's known discrepancies name it. */
  registerRelative(key: string): string {
    return this.registerKeyValue ? relativePath(this.registerKeyValue, key) : key;
  }

  /** The key of the (first) sources.yaml, if the corpus has one. */
  get sourcesMetaKey(): string | undefined {
    return this.metaFiles.keys().next().value;
  }

  get registerKey(): string | undefined {
    return this.registerKeyValue;
  }

  get size(): number {
    return this.docs.size;
  }

  keys(): string[] {
    return [...this.docs.keys()];
  }

  get(key: string): DocumentAnalysis | undefined {
    return this.docs.get(key);
  }

  sourceMeta(key: string): SourceMeta | undefined {
    return this.meta.get(key);
  }

  /** A short human name for a document: its title from sources.yaml, else its file name. */
  sourceName(key: string): string {
    const m = this.meta.get(key);
    if (m?.title) return m.author ? `${m.title} (${m.author})` : m.title;
    return key.replace(/^.*[\\/]/, '');
  }

  /**
   * Adds or replaces a document. The register and the source metadata are
   * recognised by name; a register change re-links every document.
   */
  setDocument(key: string, text: string, role: DocumentRole = roleOf(key), resolve?: (path: string) => string): IndexChange {
    if (role === 'register') return this.setRegister(key, text);
    if (role === 'sources-meta') return this.setSourcesMeta(key, text, resolve ?? ((p) => p));
    const old = this.docs.get(key);
    const next = this.analyse(key, text, role);
    this.docs.set(key, next);
    return { affected: this.reindex(key, old, next) };
  }

  removeDocument(key: string): IndexChange {
    const old = this.docs.get(key);
    if (!old) return { affected: new Set() };
    this.docs.delete(key);
    if (old.role === 'register' && key === this.registerKeyValue) {
      this.registerKeyValue = undefined;
      this.applyRegister(EMPTY_REGISTER);
      return { affected: new Set([key, ...this.docs.keys()]) };
    }
    if (this.metaFiles.has(key)) {
      for (const k of this.metaFiles.get(key)!.keys) {
        this.meta.delete(k);
        this.metaFileOf.delete(k);
      }
      this.metaFiles.delete(key);
    }
    const affected = this.reindex(key, old, undefined);
    affected.add(key);
    return { affected };
  }

  /**
   * Reads a register. Malformed YAML keeps the last good register in force and
   * reports the problem at its line; a good one re-links every document.
   */
  setRegister(key: string, text: string): IndexChange {
    const { register, ok } = parseRegister(text);
    const problems: Problem[] = register.problems.map((p) => ({ ...p, source: key }));
    this.docs.set(key, this.emptyAnalysis(key, text, 'register', problems));
    this.registerKeyValue = key;
    if (!ok) return { affected: new Set([key]) };
    this.applyRegister(register);
    return { affected: new Set([key, ...this.docs.keys()]) };
  }

  private applyRegister(register: Register): void {
    this.registerValue = register;
    this.eventsByDate = register.entries
      .filter((e) => e.type === 'event')
      .flatMap((entry) => {
        const r = referenceDate(entry);
        return r?.interval ? [{ interval: r.interval, entry }] : [];
      })
      .sort((a, b) => compareIso(a.interval.earliest, b.interval.earliest));
    this.matcher = new EntityMatcher(register);
    this.lexicon = nameLexicon(register);
    this.abbreviations = personAbbreviations(register);
    this.triggers = new TriggerSet(register);
    this.descriptions = new EventDescriptions(register);
    this.mentionsByEntity.clear();
    this.claimsByEvent.clear();
    this.ownConflictsByEvent.clear();
    this.conflictsByEvent.clear();
    for (const [key, doc] of this.docs) {
      if (doc.role !== 'source' && doc.role !== 'note') continue;
      const next = this.analyse(key, doc.text, doc.role);
      this.docs.set(key, next);
      this.reindex(key, undefined, next, false);
    }
    for (const id of this.claimsByEvent.keys()) this.recheck(id);
  }

  setSourcesMeta(key: string, text: string, resolve: (path: string) => string): IndexChange {
    const { sources, problems } = parseSourcesMeta(text);
    const prev = this.metaFiles.get(key);
    // (What a changed entry re-reads: its date of writing, and whom its `about` names.)
    const readAs = (k: string) => {
      const m = this.meta.get(k);
      return m?.written === undefined && m?.about === undefined ? undefined : `${m.written}\0${m.about}`;
    };
    const writtenBefore = new Map((prev?.keys ?? []).map((k) => [k, readAs(k)]));
    for (const k of prev?.keys ?? []) {
      this.meta.delete(k);
      this.metaFileOf.delete(k);
    }
    const keys: string[] = [];
    for (const s of sources) {
      const k = resolve(s.path);
      this.meta.set(k, s);
      this.metaFileOf.set(k, key);
      keys.push(k);
    }
    this.metaFiles.set(key, { resolve, keys });
    this.docs.set(key, this.emptyAnalysis(key, text, 'sources-meta', problems.map((p) => ({ ...p, source: key }))));
    // A source's date of writing decides which of its dates are about the text itself.
    // …and the year of a date the text leaves out may be the writer's own: a changed date of writing re-reads the text's claims.
    for (const k of new Set([...(prev?.keys ?? []), ...keys])) {
      const doc = this.docs.get(k);
      if (!doc || (doc.role !== 'source' && doc.role !== 'note')) continue;
      if (writtenBefore.get(k) !== readAs(k)) {
        const next = this.analyse(k, doc.text, doc.role);
        this.docs.set(k, next);
        this.reindex(k, doc, next, false);
      } else doc.outliers = narrativeOutliers(doc.text, doc.dates, this.meta.get(k)?.writtenInterval);
    }
    // Titles appear in conflict messages everywhere, and corrections change claims' dates.
    for (const id of this.claimsByEvent.keys()) this.recheck(id);
    return { affected: new Set([key, ...this.docs.keys()]) };
  }

  private emptyAnalysis(key: string, text: string, role: DocumentRole, problems: Problem[]): DocumentAnalysis {
    return { key, role, text, lines: new LineIndex(text), headings: [], entities: [], dates: [], claims: [], outliers: [], ownConflicts: [], problems };
  }

  private read(key: string, text: string, role: DocumentRole): DocumentAnalysis {
    const tokens = tokenize(text);
    // In notes, [[id]] and [[id|label]] link explicitly; the name matcher stays out of them.
    const links = role === 'note' ? wikilinks(text, this.registerValue) : { mentions: [], problems: [] };
    const matched = this.matcher.match(text, tokens);
    const linked = links.mentions.length
      ? [...links.mentions, ...matched.filter((m) => !links.mentions.some((l) => l.start < m.end && m.start < l.end))].sort((a, b) => a.start - b.start)
      : matched;
    const written = this.meta.get(key)?.writtenInterval;
    const rawDates = eventMonthsAsNames(text, recognizeDates(text, written ? { written } : {}), linked);
    // A date inside a name ("the 1905 Revolution") is part of the name; a name inside a date ("around Christmas 1922") is part of the date.
    let dates = withoutContained(rawDates, linked, true);
    // A title quoted in a citation is a work, whatever names it contains; the register's own entry for it wins.
    // A source's own masthead and title are read from its layout; a note's first line is the user's own heading.
    const spans = titleSpans(text, role === 'source' ? frontMatter(text) : {});
    const kinded = titlesWithTheirKind(text, spans, (name) => {
      const [m, more] = this.matcher.match(name);
      return m && !more && m.id && m.type === 'work' && m.start === 0 && m.end === name.length ? m.id : undefined;
    });
    const { titles, named } = registeredTitles(text, spans, kinded.length ? [...linked, ...kinded].sort((a, b) => a.start - b.start) : linked);
    named.push(...kinded);
    const mentions = [...withoutContained(linked, dates, false).filter((m) => !(m.type === 'event' && BARE_MONTH.test(m.text) && monthReadsAsDate(text, m)) && !calendarMark(text, m, dates)).filter((m) => !titles.some((t) => t.start <= m.start && m.end <= t.end) && !named.some((t) => t.start <= m.start && m.end <= t.end)), ...named].sort((a, b) => a.start - b.start);
    const titleCandidates: EntityMention[] = titles.map((t) => ({ start: t.start, end: t.end, text: text.slice(t.start, t.end), id: null, type: titleType(text.slice(t.start, t.end), text, t), derived: false, ...(t.frame ? { frame: t.frame } : {}) }));
    const sentences = sentenceSpans(text);
    const sentenceStarts = new Set(sentences.map((s) => s.start));
    const headings = headingSpans(text);
    const candidates = findCandidates(text, tokens, {
      taken: [...mentions, ...dates, ...titles],
      sentenceStarts,
      ignored: this.matcher.ignored,
      keep: (word) => !!this.matcher.nearMiss(word) || !!personByInitials(this.abbreviations, word),
      headings,
      lexicon: this.lexicon,
    }).filter((c) => !calendarMark(text, c, dates));
    dates = monthOpenedEvents(text, candidates, dates, mentions);
    linkCandidates(text, candidates, mentions, this.matcher, this.abbreviations, this.registerValue);
    // Reading claims is the most heuristic step: a fault in it costs this text its claims, not its names, its dates or the session.
    const failures: Problem[] = [];
    const { claims, ownConflicts } = guarded(failures, key, text, 'claims', { claims: [], ownConflicts: [] }, () => documentClaims({
      key,
      text,
      tokens,
      // Candidates linked as short forms of registered names ("LD", "Zin.", "Natalia") name them as mentions do.
      mentions: candidates.some((c) => c.id) ? [...mentions, ...candidates.filter((c) => c.id)].sort((a, b) => a.start - b.start) : mentions,
      people: candidates.filter((c) => c.type === 'person' && !c.id),
      dates,
      sentences,
      register: this.registerValue,
      registerKey: this.registerKeyValue ?? '',
      triggers: this.triggers,
      descriptions: this.descriptions,
      nested: (m) => this.matcher.nested(text, tokens, m),
      written: this.meta.get(key)?.writtenInterval,
      subject: this.subjectOf(key),
    }));
    let entities = formsOfAddress(text, [...mentions, ...candidates, ...titleCandidates].sort((a, b) => a.start - b.start));
    const compounds = compoundNames(text, entities, this.lexicon, this.registerValue);
    // Compounds replace what they cover; one that extends a mention ("First Duma") replaces that mention.
    if (compounds.length) entities = [...entities.filter((m) => !compounds.some((c) => c.start <= m.start && m.end <= c.end)), ...compounds].sort((a, b) => a.start - b.start);
    const registeredNames = (id: string): readonly string[] => {
      const e = this.registerValue.byId.get(id);
      return e ? [e.name, ...e.aliases] : [];
    };
    entities = bodiesOfTheState(text, namesWithCommonHead(text, invertedNames(text, entities, this.lexicon, registeredNames)));
    entities = definedAbbreviations(text, entities);
    typeByCoordination(text, entities);
    typeLoneSurnames(text, entities);
    entities = extendTitles(text, entities, sentenceStarts);
    if (this.options.learnedTypes ?? true) retypeCandidates(text, entities);
    const outliers = narrativeOutliers(text, dates, this.meta.get(key)?.writtenInterval);
    const problems = [...links.problems.map((p) => ({ ...p, source: key })), ...failures];
    return { key, role, text, lines: new LineIndex(text), headings, entities, dates, claims, outliers, ownConflicts, problems };
  }

  /** A text Clio cannot read at all still stays in the index, with a problem that says so, rather than failing the session. */
  private analyse(key: string, text: string, role: DocumentRole): DocumentAnalysis {
    const failures: Problem[] = [];
    return guarded(failures, key, text, 'text', undefined, () => this.read(key, text, role)) ?? this.emptyAnalysis(key, text, role, failures);
  }

  /** The first registered person that a source's `about` (sources.yaml) names: who its pronouns may stand for. */
  private subjectOf(key: string): string | undefined {
    const about = this.meta.get(key)?.about;
    if (!about) return undefined;
    return this.matcher.match(about, tokenize(about)).find((m) => m.id && this.registerValue.byId.get(m.id)?.type === 'person')?.id ?? undefined;
  }

  /** Moves one document's mentions and claims in the per-entity and per-event indexes; returns affected documents. */
  private reindex(key: string, old: DocumentAnalysis | undefined, next: DocumentAnalysis | undefined, recheck = true): Set<string> {
    const affected = new Set<string>([key]);
    for (const m of old?.entities ?? []) if (m.id) this.mentionsByEntity.get(m.id)?.delete(key);
    for (const m of next?.entities ?? []) {
      if (!m.id) continue;
      let byDoc = this.mentionsByEntity.get(m.id);
      if (!byDoc) this.mentionsByEntity.set(m.id, (byDoc = new Map()));
      let list = byDoc.get(key);
      if (!list) byDoc.set(key, (list = []));
      list.push(m);
    }
    for (const c of old?.ownConflicts ?? []) this.ownConflictsByEvent.get(c.event)?.delete(key);
    for (const c of next?.ownConflicts ?? []) {
      let byDoc = this.ownConflictsByEvent.get(c.event);
      if (!byDoc) this.ownConflictsByEvent.set(c.event, (byDoc = new Map()));
      byDoc.set(key, [...(byDoc.get(key) ?? []), c]);
    }
    const events = new Set<string>();
    for (const c of old?.claims ?? []) {
      events.add(c.event);
      this.claimsByEvent.get(c.event)?.delete(key);
    }
    for (const c of next?.claims ?? []) {
      events.add(c.event);
      let byDoc = this.claimsByEvent.get(c.event);
      if (!byDoc) this.claimsByEvent.set(c.event, (byDoc = new Map()));
      let list = byDoc.get(key);
      if (!list) byDoc.set(key, (list = []));
      list.push(c);
    }
    if (recheck) {
      for (const id of events) {
        for (const c of this.conflictsByEvent.get(id) ?? []) (affected.add(c.a.source), affected.add(c.b.source));
        this.recheck(id);
        for (const c of this.conflictsByEvent.get(id) ?? []) (affected.add(c.a.source), affected.add(c.b.source));
      }
    }
    return affected;
  }

  private recheck(eventId: string): void {
    const event = this.registerValue.byId.get(eventId);
    const claims = this.claims(eventId);
    if (!event) {
      this.conflictsByEvent.delete(eventId);
      return;
    }
    const found = eventConflicts(event, claims, {
      reference: this.options.referenceConflicts ?? true,
      sourceName: (k) => this.sourceName(k),
      registerKey: this.registerKeyValue,
      claimPath: (k) => this.registerRelative(k),
      written: (k) => {
        const meta = this.meta.get(k);
        if (!meta?.writtenInterval || !meta.written) return undefined;
        const at = this.metaFileOf.get(k);
        const span = meta.writtenSpan ?? meta.span;
        const edition = meta.edition && { interval: meta.edition.interval, text: meta.edition.text, start: meta.edition.span.start, end: meta.edition.span.end };
        return at ? { interval: meta.writtenInterval, text: meta.written, at, start: span.start, end: span.end, ...(edition ? { edition } : {}) } : undefined;
      },
    });
    if (found.length) this.conflictsByEvent.set(eventId, found);
    else this.conflictsByEvent.delete(eventId);
  }

  // --- Queries -----------------------------------------------------------

  entityAt(key: string, offset: number): EntityMention | undefined {
    const doc = this.docs.get(key);
    return doc ? spanAt(doc.entities, offset) : undefined;
  }

  dateAt(key: string, offset: number): DateMention | undefined {
    const doc = this.docs.get(key);
    return doc ? spanAt(doc.dates, offset) : undefined;
  }

  /** The register entry whose span contains `offset` in the register file. */
  entryAt(key: string, offset: number): RegisterEntry | undefined {
    if (key !== this.registerKeyValue) return undefined;
    return this.registerValue.entries.find((e) => e.span.start <= offset && offset <= e.span.end);
  }

  /** Every mention of an entity, grouped by document. */
  mentionsOf(id: string): Map<string, EntityMention[]> {
    return this.mentionsByEntity.get(id) ?? new Map();
  }

  /** The claims about an event, with the user's corrections applied (see `Claim.correction`) and each source's reliability. */
  claims(eventId: string): Claim[] {
    const byDoc = this.claimsByEvent.get(eventId);
    if (!byDoc) return [];
    const out: Claim[] = [];
    for (const [key, stored] of byDoc) {
      const meta = this.meta.get(key);
      const corrections = meta?.corrections.filter((c) => c.event === eventId) ?? [];
      // Read from the metadata each time, so a changed rating needs no re-analysis.
      const list = meta?.reliability ? stored.map((c) => ({ ...c, reliability: meta.reliability })) : stored;
      for (const claim of list) {
        const fix = corrections.length ? corrections.find((c) => c.date === claim.dateText) : undefined;
        out.push(
          fix
            ? {
                ...claim,
                interval: fix.interval,
                granularity: fix.granularity,
                otherReading: undefined,
                qualifiers: [],
                approximate: false,
                correction: { original: claim.interval, originalGranularity: claim.granularity, note: fix.note, when: fix.when },
              }
            : claim,
        );
      }
    }
    return out;
  }

  /** Claims that mention an entity as a participant of the event. */
  claimsAbout(entityId: string): Claim[] {
    const out: Claim[] = [];
    for (const e of this.registerValue.entries) {
      if (isDatable(e) && (e.id === entityId || e.participants.includes(entityId))) out.push(...this.claims(e.id));
    }
    return out;
  }

  conflicts(): Conflict[] {
    const own = [...this.ownConflictsByEvent.values()].flatMap((byDoc) => [...byDoc.values()].flat());
    return [...this.conflictsByEvent.values()].flat().concat(own);
  }

  /** Every conflict about an event: between its claims, and those each document finds alone (sequence, relative dates, lives). */
  conflictsOf(eventId: string): Conflict[] {
    const own = this.ownConflictsByEvent.get(eventId);
    const between = this.conflictsByEvent.get(eventId) ?? [];
    return own ? between.concat([...own.values()].flat()) : between;
  }

  /** Conflicts with a claim in this document. */
  conflictsIn(key: string): Conflict[] {
    const doc = this.docs.get(key);
    if (!doc) return [];
    const events = new Set(doc.claims.map((c) => c.event));
    if (key === this.registerKeyValue) for (const id of this.conflictsByEvent.keys()) events.add(id);
    const out: Conflict[] = [];
    for (const id of events) for (const c of this.conflictsByEvent.get(id) ?? []) if (c.a.source === key || c.b.source === key) out.push(c);
    return out.concat(doc.ownConflicts);
  }

  /** Registered events whose reference date lies wholly inside `interval`, in order. */
  eventsWithin(interval: DayInterval, limit = 50): RegisterEntry[] {
    const list = this.eventsByDate;
    let lo = 0;
    let hi = list.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (compareIso(list[mid].interval.earliest, interval.earliest) < 0) lo = mid + 1;
      else hi = mid;
    }
    const out: RegisterEntry[] = [];
    for (let i = lo; i < list.length && compareIso(list[i].interval.earliest, interval.latest) <= 0 && out.length < limit; i++) {
      if (compareIso(list[i].interval.latest, interval.latest) <= 0) out.push(list[i].entry);
    }
    return out;
  }

  /** Registered events with a reference date or at least one claim, in chronological order. */
  chronology(): ChronologyEvent[] {
    const out: ChronologyEvent[] = [];
    for (const e of this.registerValue.entries) {
      if (e.type !== 'event') continue;
      const r = referenceDate(e);
      const claims = this.claims(e.id);
      if (!r && !claims.length) continue;
      const conflicts = this.conflictsOf(e.id);
      const conflictedAt = new Set(conflicts.flatMap((c) => [c.a, c.b]).map((x) => `${x.source}@${x.start}`));
      const items: ChronologyClaim[] = claims
        .map((c) => ({
          source: c.source,
          sourceName: this.sourceName(c.source),
          start: c.start,
          end: c.end,
          text: c.dateText,
          interval: c.interval,
          conflicted: conflictedAt.has(`${c.source}@${c.start}`),
          ...(c.reliability ? { reliability: c.reliability } : {}),
          ...(c.correction ? { sic: { interval: c.correction.original, note: c.correction.note } } : {}),
        }))
        .sort((a, b) => a.interval.earliest.localeCompare(b.interval.earliest) || a.sourceName.localeCompare(b.sourceName));
      const sortKey = r?.interval?.earliest ?? items[0].interval.earliest;
      out.push({ event: e.id, name: e.name, reference: r?.interval ? { edtf: r.edtf, interval: r.interval, cite: r.cite } : undefined, sortKey, claims: items, conflicts: conflicts.length });
    }
    return out.sort((a, b) => compareIso(a.sortKey, b.sortKey) || a.name.localeCompare(b.name));
  }
}

/**
 * The spans of `items` not contained in any span of `covers` (strictly longer
 * ones only, when `strict`). Both lists are sorted and non-overlapping, so one
 * sweep does it.
 */
function withoutContained<T extends Span>(items: T[], covers: Span[], strict: boolean): T[] {
  const out: T[] = [];
  let c = 0;
  for (const it of items) {
    while (c < covers.length && covers[c].end <= it.start) c++;
    const cov = covers[c];
    const inside = cov && cov.start <= it.start && it.end <= cov.end && (!strict || cov.end - cov.start > it.end - it.start);
    if (!inside) out.push(it);
  }
  return out;
}

const WIKILINK = /\[\[([^\[\]|\n]+?)(?:\|([^\]\n]*))?\]\]/g;

/**
 * Runs one step of reading a text; a fault in it becomes a problem on the text's first line (what failed and that the text
 * itself is untouched) and the step's `fallback`.
 */
function guarded<T>(failures: Problem[], key: string, text: string, step: 'claims' | 'text', fallback: T, run: () => T): T {
  try {
    return run();
  } catch (e) {
    const line = text.indexOf('\n');
    const what = step === 'claims' ? 'the claims in this text; its names and dates are shown, its claims and conflicts are not' : 'this text; its names, dates and claims are not shown';
    failures.push({ source: key, start: 0, end: line < 0 ? text.length : line, severity: 'warning', code: 'read-failed', message: `Clio could not read ${what}. The file itself is untouched. Please report this with the text (${e instanceof Error ? e.message : String(e)}).` });
    return fallback;
  }
}

/** `[[id]]` and `[[id|label]]` in a note: explicit mentions of register entries, and a warning for unknown ids. */
function wikilinks(text: string, register: Register): { mentions: EntityMention[]; problems: Omit<Problem, 'source'>[] } {
  const mentions: EntityMention[] = [];
  const problems: Omit<Problem, 'source'>[] = [];
  for (const m of text.matchAll(WIKILINK)) {
    const id = m[1].trim();
    const start = m.index!;
    const entry = register.byId.get(id);
    if (entry) mentions.push({ start, end: start + m[0].length, text: m[0], id, type: entry.type, derived: false });
    else if (register.entries.length) problems.push({ start: start + 2, end: start + 2 + m[1].length, severity: 'warning', code: 'unknown-id', message: `No register entry has the id \`${id}\`.` });
  }
  return { mentions, problems };
}



