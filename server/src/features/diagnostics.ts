// Diagnostics: date conflicts on each claim involved, with relatedInformation
// pointing at every other claim about the event; and problems in the register
// and the source metadata at their line. Published for every corpus document,
// open or not, so the Problems panel shows the whole corpus; an edit re-publishes
// only the documents whose conflicts it can change.

import { DiagnosticSeverity, type Diagnostic, type DiagnosticRelatedInformation } from 'vscode-languageserver';
import { conflictMessageFrom, contextCue, describeInterval, inText, otherSide, outlierMessage, toEdtf, type ClaimRef, type Conflict, type ConflictRule, type Problem } from '../core';
import type { RuleSeverity } from '../settings';
import type { FeatureContext } from './context';
import { shortFormReason } from './shortForms';

const SEVERITY: Record<Exclude<RuleSeverity, 'off'>, DiagnosticSeverity> = {
  error: DiagnosticSeverity.Error,
  warning: DiagnosticSeverity.Warning,
  information: DiagnosticSeverity.Information,
  hint: DiagnosticSeverity.Hint,
};

/** What a conflict's quick fixes need: the two claims, and the other's date as EDTF (the correction they offer). */
export interface ConflictData {
  event: string;
  here: { source: string; text: string; start: number };
  other: { source: string; text: string; start: number; reference: boolean; metadata?: boolean; edtf?: string };
}

function conflictData(c: Conflict, here: ClaimRef): ConflictData {
  const other = otherSide(c, here);
  return {
    event: c.event,
    here: { source: here.source, text: here.text, start: here.start },
    // A date of writing says only when the text was written, not when the event was: no right date to offer.
    other: { source: other.source, text: other.text, start: other.start, reference: !!other.reference, metadata: !!other.metadata, edtf: other.metadata ? undefined : other.reference ? other.text : toEdtf({ interval: other.interval }) },
  };
}

export class DiagnosticsPublisher {
  private readonly published = new Set<string>();
  constructor(private readonly ctx: FeatureContext) {}

  /** Re-publishes the given documents, and clears documents that left the index. */
  publish(keys: Iterable<string>): void {
    for (const uri of keys) {
      const diagnostics = this.ctx.corpus.doc(uri) ? this.compute(uri) : [];
      if (!diagnostics.length && !this.published.has(uri)) continue;
      if (diagnostics.length) this.published.add(uri);
      else this.published.delete(uri);
      void this.ctx.connection.sendDiagnostics({ uri, diagnostics });
    }
  }

  compute(uri: string): Diagnostic[] {
    const corpus = this.ctx.corpus;
    const doc = corpus.doc(uri)!;
    const settings = this.ctx.settings().diagnostics;
    const out: Diagnostic[] = [];
    for (const p of doc.problems) {
      const d = this.problem(uri, p, settings.register);
      if (d) out.push(d);
    }
    if (settings.dateOutlier !== 'off') {
      for (const o of doc.outliers) {
        out.push({ range: corpus.range(uri, o.date), severity: SEVERITY[settings.dateOutlier], source: 'clio', code: 'date-outlier', message: outlierMessage(o) });
      }
    }
    // Names the register lacks: a hint that carries the code actions to add, alias or ignore them.
    const register = corpus.index.register;
    for (const m of doc.entities) {
      if (m.candidates) {
        if (settings.ambiguous === 'off') continue;
        const choices = m.candidates.map((id) => register.byId.get(id)).filter((e) => !!e);
        out.push({
          range: corpus.range(uri, m),
          severity: SEVERITY[settings.ambiguous],
          source: 'clio',
          code: 'ambiguous',
          message: `"${m.text}" could be ${choices.map((e) => `${e.name} (${e.type})`).join(' or ')}; nothing nearby tells them apart.`,
          data: { text: m.text, candidates: m.candidates, cue: contextCue(doc.text, doc.entities, m, register) },
        });
        continue;
      }
      if (m.id && m.variant) {
        // Linked, but by a spelling the register does not list: say so, and offer to record it.
        if (settings.possibleTypo === 'off') continue;
        const entry = register.byId.get(m.id);
        out.push({
          range: corpus.range(uri, m),
          severity: SEVERITY[settings.possibleTypo],
          source: 'clio',
          code: 'variant',
          message: m.shortForm
            ? `"${m.text}" is read as ${entry?.name ?? m.variant}, ${shortFormReason(m.shortForm)}; the register does not list it as a short form.`
            : `"${m.text}" is read as ${entry?.name ?? m.variant}, another spelling of "${m.variant}" that the register does not list.`,
          data: { text: m.text, type: m.type, nearMiss: m.id, variant: true },
        });
        continue;
      }
      if (m.id) continue;
      const near = m.nearMiss ? register.byId.get(m.nearMiss) : undefined;
      const level = near ? settings.possibleTypo : settings.candidate;
      if (level === 'off') continue;
      out.push({
        range: corpus.range(uri, m),
        severity: SEVERITY[level],
        source: 'clio',
        code: near ? 'possible-typo' : 'candidate',
        message: near
          ? `"${m.text}" is not in the register. Did you mean ${near.name}?`
          : m.frame
            ? `"${m.text}" reads as ${m.frame === 'title' ? "this text's own title, a work" : 'the masthead of a periodical or site'} that the register lacks.`
            : `"${m.text}" looks like a name${m.type ? ` (${m.type}?)` : ''} that the register lacks.`,
        data: { text: m.text, type: m.type, nearMiss: near?.id },
      });
    }
    const LEVEL: Record<ConflictRule, RuleSeverity> = { 'source-vs-source': settings.sourceConflict, 'source-vs-reference': settings.referenceConflict, 'within-source': settings.withinSource, 'relative-vs-anchor': settings.withinSource, anachronism: settings.anachronism, sequence: settings.sequence };
    for (const c of corpus.index.conflictsIn(uri)) {
      const level = LEVEL[c.rule];
      if (level === 'off') continue;
      // The diagnostic sits on each of this document's claims; not on the register's date or the source's date of writing.
      for (const here of [c.a, c.b]) {
        if (here.source !== uri || !inText(here)) continue;
        out.push({
          range: corpus.range(uri, here),
          severity: SEVERITY[level],
          source: 'clio',
          code: c.rule,
          message: conflictMessageFrom(c, here, (k) => corpus.index.sourceName(k)),
          relatedInformation: this.related(c, here),
          data: conflictData(c, here),
        });
      }
    }
    return out;
  }

  private related(c: Conflict, here: Conflict['a']): DiagnosticRelatedInformation[] {
    const corpus = this.ctx.corpus;
    const index = corpus.index;
    const other = otherSide(c, here);
    const out: DiagnosticRelatedInformation[] = [
      { location: corpus.location(other.source, other), message: `${other.reference ? 'Register' : other.metadata ? 'Written' : index.sourceName(other.source)}: "${other.text}" (${describeInterval(other.interval)})` },
    ];
    // Every other claim about the event, so the reader sees the whole dispute.
    for (const claim of index.claims(c.event)) {
      if ((claim.source === here.source && claim.start === here.start) || (claim.source === other.source && claim.start === other.start)) continue;
      out.push({ location: corpus.location(claim.source, claim), message: `${index.sourceName(claim.source)}: "${claim.dateText}"` });
    }
    return out;
  }

  private problem(uri: string, p: Problem, level: RuleSeverity): Diagnostic | undefined {
    if (level === 'off') return undefined;
    const severity = p.severity === 'error' ? SEVERITY[level] : SEVERITY[p.severity];
    return { range: this.ctx.corpus.range(uri, p), severity, source: 'clio', code: p.code, message: p.message };
  }
}
