// The register: the user's curated list of entities, read from YAML with the
// `yaml` package so that every entry keeps its position for go-to-definition.

import { isMap, isScalar, isSeq, LineCounter, parseDocument, type Node as YamlNode, type YAMLMap } from 'yaml';
import { parseEdtf } from './dates';
import { nameTokens } from './tokens';
import type { DayInterval, EntityType, Granularity, Problem, Span } from './types';
import { ENTITY_TYPES } from './types';

export interface RegisterDate {
  /** born, died, happened, published, founded… */
  role: string;
  edtf: string;
  cite?: string;
  interval?: DayInterval;
  granularity?: Granularity;
  /** Span of the EDTF value in the register file. */
  span: Span;
}

export interface RegisterEntry {
  id: string;
  type: EntityType;
  name: string;
  aliases: string[];
  derived: string[];
  /** Known misspellings in the sources ("Staling"): linked, but marked as such. */
  misspellings: string[];
  description?: string;
  dates: RegisterDate[];
  participants: string[];
  partOf?: string;
  triggers: string[];
  /** Words whose presence nearby points to this entry when a name is ambiguous. */
  context: string[];
  calendarNote?: string;
  /** Disagreements about this event the user has accepted as known, each with the reason. */
  discrepancies: Discrepancy[];
  /** Span of the whole entry, and of its id value (the definition target). */
  span: Span;
  idSpan: Span;
  /** Span of the `name` value, quotes included, when the entry writes one. */
  nameSpan?: Span;
}

/**
 * A conflict the user accepts as a known discrepancy: the claims it is between,
 * each as `claimKey` writes it ("sources/memoir.txt: early January 1924",
 * "register" for the reference chronology, "written" for the source's date of writing), and why.
 */
export interface Discrepancy {
  claims: string[];
  reason?: string;
  span: Span;
}

/** How a discrepancy names a claim: the document and the date as written, which survive edits elsewhere in the text. */
export function claimKey(claim: { source: string; text: string; reference?: boolean; metadata?: boolean }): string {
  return claim.reference ? 'register' : claim.metadata ? 'written' : `${claim.source}: ${claim.text}`;
}

export interface Register {
  entries: RegisterEntry[];
  byId: Map<string, RegisterEntry>;
  /** Names the user has told Clio to ignore as candidates. */
  ignored: string[];
  problems: Omit<Problem, 'source'>[];
}

export const EMPTY_REGISTER: Register = { entries: [], byId: new Map(), ignored: [], problems: [] };

/** Event dates that make up the reference chronology. */
export const EVENT_DATE_ROLES = new Set(['happened', 'date', 'began', 'ended']);

/**
 * Parses register YAML. Never throws: syntax errors come back as problems with
 * the faulty span, and `ok` is false so that callers can keep the last good register.
 */
export function parseRegister(text: string): { register: Register; ok: boolean } {
  const problems: Register['problems'] = [];
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, uniqueKeys: true, prettyErrors: false });
  for (const err of doc.errors) {
    const [start, end] = err.pos;
    problems.push({ start, end: Math.max(end, start + 1), severity: 'error', code: 'register-yaml', message: `Register YAML: ${firstLine(err.message)}` });
  }
  if (doc.errors.length) return { register: { ...EMPTY_REGISTER, problems }, ok: false };

  const entries: RegisterEntry[] = [];
  const byId = new Map<string, RegisterEntry>();
  const root = doc.contents;
  if (root !== null && !isMap(root)) {
    problems.push({ ...nodeSpan(root), severity: 'error', code: 'register-shape', message: 'The register must be a mapping with an `entities:` list.' });
    return { register: { ...EMPTY_REGISTER, problems }, ok: false };
  }
  const list = root ? root.get('entities', true) : undefined;
  if (list !== undefined && !isSeq(list)) {
    problems.push({ ...nodeSpan(list as YamlNode), severity: 'error', code: 'register-shape', message: '`entities` must be a list of entries.' });
  }
  for (const item of isSeq(list) ? list.items : []) {
    if (!isMap(item)) {
      problems.push({ ...nodeSpan(item as YamlNode), severity: 'error', code: 'register-entry', message: 'Each register entry must be a mapping with at least `id`, `type` and `name`.' });
      continue;
    }
    const entry = readEntry(item, problems);
    if (!entry) continue;
    if (byId.has(entry.id)) {
      problems.push({ ...entry.idSpan, severity: 'error', code: 'duplicate-id', message: `Duplicate id \`${entry.id}\`: another entry already uses it.` });
      continue;
    }
    byId.set(entry.id, entry);
    entries.push(entry);
  }
  // References between entries must resolve.
  for (const e of entries) {
    for (const ref of [...e.participants, ...(e.partOf ? [e.partOf] : [])]) {
      if (!byId.has(ref)) problems.push({ ...e.idSpan, severity: 'warning', code: 'unknown-reference', message: `\`${e.id}\` refers to unknown id \`${ref}\`.` });
    }
    for (const t of e.triggers) {
      for (const m of t.matchAll(/\{([^}]+)\}/g)) {
        if (!byId.has(m[1])) problems.push({ ...e.idSpan, severity: 'warning', code: 'unknown-reference', message: `Trigger "${t}" of \`${e.id}\` refers to unknown id \`${m[1]}\`.` });
      }
    }
  }
  problems.push(...sharedAliasProblems(entries));
  const ignoredNode = root ? root.get('ignore', true) : undefined;
  const ignored = isSeq(ignoredNode) ? ignoredNode.items.filter(isScalar).map((s) => String(s.value)) : [];
  return { register: { entries, byId, ignored, problems }, ok: true };
}

function readEntry(map: YAMLMap, problems: Register['problems']): RegisterEntry | undefined {
  const span = nodeSpan(map);
  const idNode = map.get('id', true);
  if (!isScalar(idNode) || typeof idNode.value !== 'string' || !idNode.value.trim()) {
    problems.push({ ...span, end: Math.min(span.end, span.start + 40), severity: 'error', code: 'register-entry', message: 'Register entry has no `id`.' });
    return undefined;
  }
  const id = idNode.value.trim();
  const idSpan = nodeSpan(idNode);
  const typeNode = map.get('type', true);
  const type = isScalar(typeNode) ? String(typeNode.value) : '';
  if (!(ENTITY_TYPES as readonly string[]).includes(type)) {
    problems.push({ ...(typeNode ? nodeSpan(typeNode as YamlNode) : idSpan), severity: 'error', code: 'register-type', message: `\`${id}\`: type must be one of ${ENTITY_TYPES.join(', ')}.` });
    return undefined;
  }
  const nameNode = map.get('name', true);
  const name = scalarString(nameNode) ?? id;
  const dates: RegisterDate[] = [];
  const datesNode = map.get('dates', true);
  if (isMap(datesNode)) {
    for (const pair of datesNode.items) {
      const role = isScalar(pair.key) ? String(pair.key.value) : '?';
      const v = pair.value as YamlNode | null;
      const edtfNode = isMap(v) ? v.get('edtf', true) : v;
      const edtfText = isScalar(edtfNode) ? String(edtfNode.value) : undefined;
      if (!edtfText || !isScalar(edtfNode)) {
        problems.push({ ...(v ? nodeSpan(v) : idSpan), severity: 'warning', code: 'register-date', message: `\`${id}\`: date \`${role}\` needs an \`edtf\` value.` });
        continue;
      }
      const cite = isMap(v) ? scalarString(v.get('cite', true)) : undefined;
      const dspan = nodeSpan(edtfNode);
      const parsed = parseEdtf(edtfText);
      if ('error' in parsed) {
        problems.push({ ...dspan, severity: 'error', code: 'register-date', message: `\`${id}\`: "${edtfText}" is not a valid EDTF date (${parsed.error}).` });
        dates.push({ role, edtf: edtfText, cite, span: dspan });
      } else {
        dates.push({ role, edtf: edtfText, cite, interval: parsed.interval, granularity: parsed.granularity, span: dspan });
      }
      if (!cite) problems.push({ ...dspan, severity: 'hint', code: 'register-cite', message: `\`${id}\`: date \`${role}\` does not cite where it comes from.` });
    }
  }
  return {
    id,
    type: type as EntityType,
    name,
    aliases: stringList(map.get('aliases', true)),
    derived: stringList(map.get('derived', true)),
    misspellings: stringList(map.get('misspellings', true)),
    description: scalarString(map.get('description', true)),
    dates,
    participants: stringList(map.get('participants', true)),
    partOf: scalarString(map.get('part_of', true)),
    triggers: stringList(map.get('triggers', true)),
    context: stringList(map.get('context', true)),
    calendarNote: scalarString(map.get('calendar_note', true)),
    discrepancies: readDiscrepancies(id, map.get('discrepancies', true), problems),
    span,
    idSpan,
    nameSpan: isScalar(nameNode) ? nodeSpan(nameNode) : undefined,
  };
}

function readDiscrepancies(id: string, node: unknown, problems: Register['problems']): Discrepancy[] {
  if (node === undefined || node === null) return [];
  if (!isSeq(node)) {
    problems.push({ ...nodeSpan(node as YamlNode), severity: 'warning', code: 'register-discrepancy', message: `\`${id}\`: \`discrepancies\` must be a list of \`{ claims: [...], reason: ... }\`.` });
    return [];
  }
  const out: Discrepancy[] = [];
  for (const item of node.items) {
    const span = nodeSpan(item as YamlNode);
    const claims = isMap(item) ? stringList(item.get('claims', true)) : [];
    if (claims.length < 2) {
      problems.push({ ...span, severity: 'warning', code: 'register-discrepancy', message: `\`${id}\`: a discrepancy names the two claims it accepts, as \`claims: ["sources/a.txt: 1923", "register"]\`.` });
      continue;
    }
    const reason = isMap(item) ? scalarString(item.get('reason', true)) : undefined;
    if (!reason) problems.push({ ...span, severity: 'hint', code: 'register-discrepancy', message: `\`${id}\`: say why this discrepancy is accepted (\`reason:\`).` });
    out.push({ claims, reason, span });
  }
  return out;
}

/** A YAML node's span in its file ({0, 0} where it has none). */
export function nodeSpan(node: YamlNode | null | undefined): Span {
  const r = node?.range;
  if (!r) return { start: 0, end: 0 };
  return { start: r[0], end: Math.max(r[1], r[0]) };
}

/** A scalar's value as trimmed text, or undefined where it is missing, null or blank. */
export function scalarString(node: unknown): string | undefined {
  if (!isScalar(node) || node.value === null || node.value === undefined) return undefined;
  const s = String(node.value).trim();
  return s || undefined;
}

function stringList(node: unknown): string[] {
  if (isSeq(node)) return node.items.filter(isScalar).map((s) => String(s.value).trim()).filter(Boolean);
  const one = scalarString(node);
  return one ? [one] : [];
}

function firstLine(s: string): string {
  return s.split('\n')[0];
}

/** A person's dates of birth and death, where the register gives them. */
export function lifeDates(entry: RegisterEntry): { born?: RegisterDate; died?: RegisterDate } {
  return { born: entry.dates.find((d) => d.role === 'born' && d.interval), died: entry.dates.find((d) => d.role === 'died' && d.interval) };
}

/** The reference date of an event entry (its `happened` date), if it has one. */
export function referenceDate(entry: RegisterEntry): RegisterDate | undefined {
  return entry.dates.find((d) => EVENT_DATE_ROLES.has(d.role) && d.interval);
}

/**
 * The dates a claim about this entry may match. An event has one (when it
 * happened); a work has all of its own (written, published, other editions),
 * since a source may cite any of them.
 */
export function referenceDates(entry: RegisterEntry): RegisterDate[] {
  if (entry.type === 'work') return entry.dates.filter((d) => d.interval);
  const r = referenceDate(entry);
  return r ? [r] : [];
}

/** Entries whose dates sources make claims about: events, and works (their writing or publication). */
export function isDatable(entry: RegisterEntry | undefined): boolean {
  return entry?.type === 'event' || entry?.type === 'work';
}

/**
 * A name that several entries claim can only be told apart by `context:`
 * hints. One entry may go without (it is the default reading); two or more
 * without hints leave every mention ambiguous.
 */
function sharedAliasProblems(entries: RegisterEntry[]): Register['problems'] {
  const byName = new Map<string, { alias: string; entries: Set<RegisterEntry> }>();
  for (const e of entries) {
    for (const alias of new Set([e.name, ...e.aliases])) {
      const key = nameTokens(alias).join(' ');
      if (!key) continue;
      let slot = byName.get(key);
      if (!slot) byName.set(key, (slot = { alias, entries: new Set() }));
      slot.entries.add(e);
    }
  }
  const out: Register['problems'] = [];
  for (const { alias, entries: shared } of byName.values()) {
    const list = [...shared];
    const unhinted = list.filter((e) => e.context.length === 0);
    if (list.length < 2 || unhinted.length < 2) continue;
    for (const e of unhinted.slice(1)) {
      const others = list.filter((o) => o !== e).map((o) => `\`${o.id}\``).join(', ');
      out.push({ ...e.idSpan, severity: 'warning', code: 'shared-alias', message: `"${alias}" also names ${others}; add a \`context:\` hint (words that point to this entry) so Clio can tell them apart.` });
    }
  }
  return out;
}
