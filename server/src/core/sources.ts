// Source metadata (sources.yaml): title, author, when written, URL, kind and
// reliability of each text in the corpus.

import { isMap, isScalar, isSeq, parseDocument, type Node as YamlNode } from 'yaml';
import { parseEdtf } from './dates';
import { nodeSpan, scalarString } from './register';
import type { DayInterval, Granularity, Problem, Span } from './types';

export interface SourceMeta {
  /** Path relative to the metadata file. */
  path: string;
  title?: string;
  author?: string;
  about?: string;
  written?: string;
  writtenInterval?: DayInterval;
  /** Where the `written` value stands. */
  writtenSpan?: Span;
  /**
   * When the text at hand was last revised, or translated, where later than `written`: a later edition's notes may
   * cite books up to then ("written: 1948", "edition: 1986" for an essay of 1948 read in a collection of 1986).
   */
  edition?: { text: string; interval: DayInterval; span: Span };
  url?: string;
  kind?: string;
  reliability?: string;
  /** Why the source is rated so ("mostly reliable on dates, with a few slips"). */
  reliabilityNote?: string;
  /** Dates this source gives wrongly, with the right ones: stand-off, as the source text is evidence and never edited. */
  corrections: Correction[];
  span: Span;
}

/** "This source's `date` for `event` is an error; the right date is `when`." */
export interface Correction {
  event: string;
  /** The date as the source writes it. */
  date: string;
  /** The right date, EDTF. */
  when: string;
  interval: DayInterval;
  granularity?: Granularity;
  note?: string;
  span: Span;
}

export function parseSourcesMeta(text: string): { sources: SourceMeta[]; problems: Omit<Problem, 'source'>[] } {
  const problems: Omit<Problem, 'source'>[] = [];
  const doc = parseDocument(text, { prettyErrors: false });
  for (const err of doc.errors) {
    problems.push({ start: err.pos[0], end: Math.max(err.pos[1], err.pos[0] + 1), severity: 'error', code: 'sources-yaml', message: `Sources YAML: ${err.message.split('\n')[0]}` });
  }
  if (doc.errors.length || !isMap(doc.contents)) return { sources: [], problems };
  const list = doc.contents.get('sources', true);
  const sources: SourceMeta[] = [];
  for (const item of isSeq(list) ? list.items : []) {
    if (!isMap(item)) continue;
    const get = (k: string): string | undefined => {
      const n = item.get(k, true);
      return isScalar(n) && n.value !== null && n.value !== undefined ? String(n.value) : undefined;
    };
    const path = get('path');
    const span = nodeSpan(item);
    if (!path) {
      problems.push({ ...span, severity: 'warning', code: 'sources-entry', message: 'Source entry has no `path`.' });
      continue;
    }
    // A date field: its text, its interval where it is valid EDTF (else a problem on the entry), and where it stands.
    const dateField = (k: string): { text: string; interval?: DayInterval; span?: Span } | undefined => {
      const text = get(k);
      if (!text) return undefined;
      const parsed = parseEdtf(text);
      if ('error' in parsed) problems.push({ ...span, severity: 'warning', code: 'sources-date', message: `"${text}" is not a valid EDTF date (${parsed.error}).` });
      const node = item.get(k, true) as YamlNode | undefined;
      return { text, interval: 'error' in parsed ? undefined : parsed.interval, span: node?.range ? nodeSpan(node) : undefined };
    };
    const written = dateField('written');
    const e = dateField('edition');
    const edition = e?.interval ? { text: e.text, interval: e.interval, span: e.span ?? span } : undefined;
    const corrections = readCorrections(item.get('corrections', true), problems);
    sources.push({ path, title: get('title'), author: get('author'), about: get('about'), written: written?.text, writtenInterval: written?.interval, writtenSpan: written?.span, ...(edition ? { edition } : {}), url: get('url'), kind: get('kind'), reliability: get('reliability'), reliabilityNote: get('reliability_note'), corrections, span });
  }
  return { sources, problems };
}

function readCorrections(node: unknown, problems: Omit<Problem, 'source'>[]): Correction[] {
  if (node === undefined || node === null) return [];
  const out: Correction[] = [];
  for (const item of isSeq(node) ? node.items : [node]) {
    const span = nodeSpan(item as YamlNode);
    const get = (k: string) => (isMap(item) ? scalarString(item.get(k, true)) : undefined);
    const [event, date, when] = [get('event'), get('date'), get('when')];
    if (!event || !date || !when) {
      problems.push({ ...span, severity: 'warning', code: 'sources-correction', message: 'A correction needs `event` (an id), `date` (as the source writes it) and `when` (the right date, EDTF).' });
      continue;
    }
    const parsed = parseEdtf(when);
    if ('error' in parsed) {
      problems.push({ ...span, severity: 'warning', code: 'sources-correction', message: `Correction: "${when}" is not a valid EDTF date (${parsed.error}).` });
      continue;
    }
    out.push({ event, date, when, interval: parsed.interval, granularity: parsed.granularity, note: get('note'), span });
  }
  return out;
}
