// `clio check`'s three outputs for the same conflicts, grouped by event: text for a
// person at a terminal, JSON for scripts, and SARIF 2.1.0 for code-scanning tools,
// so that a historians' repository can gate its pull requests on new contradictions.

import { createHash } from 'node:crypto';
import * as path from 'node:path';
import { conflictMessageFrom, describeInterval, inText, otherSide, outlierMessage, type ClaimRef, type Conflict, type DateOutlier } from '../core';

export type CheckFormat = 'text' | 'json' | 'sarif';
export const CHECK_FORMATS: readonly CheckFormat[] = ['text', 'json', 'sarif'];

/** What a report needs of the index: where a document's offsets fall, and what to call it. */
export interface ReportContext {
  /** 1-based line and column (UTF-16 code units, as LSP and SARIF count them) of an offset in a document. */
  position(key: string, offset: number): { line: number; column: number };
  sourceName(key: string): string;
  /** The document's path as the report names it. */
  uri(key: string): string;
  documents: number;
  /** Years far out of line with the rest of their text (likely slips of the pen), by document: listed, but they do not fail the check. */
  outliers: { source: string; outlier: DateOutlier }[];
}

/** The rules `clio check` reports, as SARIF describes them. */
const RULES: { id: Conflict['rule'] | 'date-outlier'; name: string; text: string }[] = [
  { id: 'source-vs-source', name: 'SourceVsSource', text: 'Two sources give dates for the same event that cannot both be true.' },
  { id: 'source-vs-reference', name: 'SourceVsReference', text: "A source dates an event in a way the register's reference chronology rules out." },
  { id: 'within-source', name: 'WithinSource', text: 'One source dates the same event in two ways that cannot both be true.' },
  { id: 'relative-vs-anchor', name: 'RelativeVsAnchor', text: 'A relative date ("three months later") does not fit the date written beside it.' },
  { id: 'anachronism', name: 'Anachronism', text: "A source dates an event after its own date of writing, or puts a person in an event outside their life." },
  { id: 'sequence', name: 'Sequence', text: "A text orders two events the other way round from the register's dates." },
  { id: 'date-outlier', name: 'DateOutlier', text: 'A year far out of line with the rest of its text, likely a slip of the pen.' },
];

export function groupByEvent(conflicts: readonly Conflict[]): { event: string; name: string; conflicts: Conflict[] }[] {
  const byEvent = new Map<string, Conflict[]>();
  for (const c of conflicts) byEvent.set(c.event, [...(byEvent.get(c.event) ?? []), c]);
  return [...byEvent].map(([event, list]) => ({ event, name: list[0].eventName, conflicts: list })).sort((x, y) => x.name.localeCompare(y.name));
}

export function textReport(conflicts: readonly Conflict[], ctx: ReportContext): string {
  const where = (r: ClaimRef) => {
    const p = ctx.position(r.source, r.start);
    return `${r.source}:${p.line}:${p.column}`;
  };
  const groups = groupByEvent(conflicts);
  const out: string[] = [];
  for (const g of groups) {
    out.push(`${g.name} (${g.event})`);
    for (const c of g.conflicts) {
      out.push(`  ${where(c.a)}  "${c.a.text}"  ${describeInterval(c.a.interval, c.a.news)}`);
      out.push(`  ${c.b.reference ? 'register' : c.b.metadata ? 'written' : 'vs'} ${where(c.b)}  "${c.b.text}"  ${describeInterval(c.b.interval, c.b.news)}`);
      out.push(`    ${c.message}`);
    }
    out.push('');
  }
  const n = conflicts.length;
  if (ctx.outliers.length) {
    out.push('Years out of line with the rest of their text (likely slips of the pen)');
    for (const { source, outlier } of ctx.outliers) {
      const p = ctx.position(source, outlier.date.start);
      out.push(`  ${source}:${p.line}:${p.column}  "${outlier.date.text}"`);
      out.push(`    ${outlierMessage(outlier)}`);
    }
    out.push('');
  }
  const docs = `${ctx.documents} document${ctx.documents === 1 ? '' : 's'}`;
  const years = ctx.outliers.length ? `; ${ctx.outliers.length} year${ctx.outliers.length === 1 ? '' : 's'} out of line with ${ctx.outliers.length === 1 ? 'its' : 'their'} text` : '';
  out.push(n ? `${n} conflict${n === 1 ? '' : 's'} in ${groups.length} event${groups.length === 1 ? '' : 's'} across ${docs}${years}.` : `No conflicting dates in ${docs}${years}.`);
  return out.join('\n') + '\n';
}

export function jsonReport(conflicts: readonly Conflict[], ctx: ReportContext): string {
  const side = (r: ClaimRef) => {
    const p = ctx.position(r.source, r.start);
    return { path: ctx.uri(r.source), line: p.line, column: p.column, start: r.start, end: r.end, text: r.text, earliest: r.interval.earliest, latest: r.interval.latest, ...(r.reference ? { reference: true, cite: r.cite ?? null } : {}), ...(r.metadata ? { written: true } : {}) };
  };
  const events = groupByEvent(conflicts).map((g) => ({
    event: g.event,
    name: g.name,
    conflicts: g.conflicts.map((c) => ({ rule: c.rule, message: c.message, a: side(c.a), b: side(c.b) })),
  }));
  const outliers = ctx.outliers.map(({ source, outlier: o }) => {
    const p = ctx.position(source, o.date.start);
    return { path: ctx.uri(source), line: p.line, column: p.column, start: o.date.start, end: o.date.end, text: o.date.text, suggestion: o.suggestion ?? null, message: outlierMessage(o) };
  });
  return JSON.stringify({ version: 1, count: conflicts.length, documents: ctx.documents, events, outliers }, null, 2) + '\n';
}

/**
 * SARIF 2.1.0. One result per claim a conflict involves in a source (the register's
 * reference date and a source's date of writing are related locations, not results), as the editor puts one
 * diagnostic on each: a pull request that adds a contradicting note shows the result
 * in the note. The fingerprint leaves out line numbers, so an edit above a claim
 * does not make its conflict new.
 */
export function sarifReport(conflicts: readonly Conflict[], ctx: ReportContext, version: string): string {
  const location = (r: ClaimRef) => {
    const start = ctx.position(r.source, r.start);
    const end = ctx.position(r.source, r.end);
    return {
      physicalLocation: {
        artifactLocation: { uri: ctx.uri(r.source) },
        region: { startLine: start.line, startColumn: start.column, endLine: end.line, endColumn: end.column, snippet: { text: r.text } },
      },
    };
  };
  const results = [];
  for (const c of conflicts) {
    for (const here of [c.a, c.b]) {
      if (!inText(here)) continue;
      const other = otherSide(c, here);
      results.push({
        ruleId: c.rule,
        ruleIndex: RULES.findIndex((r) => r.id === c.rule),
        level: 'warning',
        message: { text: conflictMessageFrom(c, here, ctx.sourceName) },
        locations: [location(here)],
        relatedLocations: [{ id: 1, ...location(other), message: { text: other.reference ? `the register's date${other.cite ? ` (${other.cite})` : ''}` : other.metadata ? `the source's date of writing (${other.text})` : `the other claim, in ${ctx.sourceName(other.source)}` } }],
        partialFingerprints: { 'clioConflict/v1': fingerprint(c.event, c.rule, here.source, here.text, other.source, other.text) },
        properties: { event: c.event, eventName: c.eventName },
      });
    }
  }
  for (const { source, outlier } of ctx.outliers) {
    const r = { source, start: outlier.date.start, end: outlier.date.end, text: outlier.date.text, interval: outlier.date.interval! };
    results.push({
      ruleId: 'date-outlier',
      ruleIndex: RULES.findIndex((x) => x.id === 'date-outlier'),
      level: 'note',
      message: { text: outlierMessage(outlier) },
      locations: [location(r)],
      partialFingerprints: { 'clioConflict/v1': fingerprint('date-outlier', source, outlier.date.text) },
    });
  }
  const sarif = {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: 'Clio',
            version,
            rules: RULES.map((r) => ({ id: r.id, name: r.name, shortDescription: { text: r.text }, defaultConfiguration: { level: r.id === 'date-outlier' ? 'note' : 'warning' } })),
          },
        },
        columnKind: 'utf16CodeUnits',
        results,
      },
    ],
  };
  return JSON.stringify(sarif, null, 2) + '\n';
}

/** A result's identity without line numbers: what it is about and the dates as written. */
function fingerprint(...parts: string[]): string {
  return createHash('sha256').update(parts.join('\u0000')).digest('hex').slice(0, 32);
}

/** A document's path for a report: relative to the working folder with forward slashes, as code-scanning tools expect, or a file URI outside it. */
export function reportUri(abs: string, cwd = process.cwd()): string {
  const rel = path.relative(cwd, abs);
  if (!rel.startsWith('..') && !path.isAbsolute(rel)) return rel.split(path.sep).join('/');
  return 'file://' + abs.split(path.sep).join('/');
}
