// Inlay hints: the normalised value after dates whose meaning is not on the
// page — fuzzy ("early 1928", "c. 1850"), implied ("on December 8") and
// relative ("two years later"). Switched by clio.inlayHints.dates.

import { InlayHintKind, type InlayHint } from 'vscode-languageserver';
import type { DateMention } from '../core';
import type { Feature } from './context';

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** Whether a reader gains anything from seeing the date's value spelled out. */
export function needsHint(d: DateMention): boolean {
  if (!d.interval) return false;
  return !!d.implied || d.kind === 'relative' || d.qualifiers.length > 0 || d.granularity === 'season' || d.granularity === 'decade' || d.granularity === 'century';
}

/** "1–10 Jan 1924", "Jan–Apr 1928", "1920–1921": short enough to sit in a line of prose. */
export function compactInterval(earliest: string, latest: string): string {
  const p = (iso: string) => {
    const m = /^(-?\d+)-(\d\d)-(\d\d)$/.exec(iso)!;
    const y = parseInt(m[1], 10);
    return { y, year: y <= 0 ? `${1 - y} BC` : String(y), m: parseInt(m[2], 10), d: parseInt(m[3], 10) };
  };
  const a = p(earliest);
  const b = p(latest);
  const wholeMonths = a.d === 1 && b.d >= 28 && new Date(Date.UTC(2001, b.m, 0)).getUTCDate() <= b.d;
  if (earliest === latest) return `${a.d} ${MONTHS[a.m - 1]} ${a.year}`;
  if (a.y === b.y && a.m === 1 && b.m === 12 && a.d === 1 && b.d === 31) return a.year;
  if (a.y === b.y && a.m === b.m) return wholeMonths ? `${MONTHS[a.m - 1]} ${a.year}` : `${a.d}–${b.d} ${MONTHS[a.m - 1]} ${a.year}`;
  if (a.y === b.y) return wholeMonths ? `${MONTHS[a.m - 1]}–${MONTHS[b.m - 1]} ${a.year}` : `${a.d} ${MONTHS[a.m - 1]} – ${b.d} ${MONTHS[b.m - 1]} ${a.year}`;
  if (a.m === 1 && a.d === 1 && b.m === 12 && b.d === 31) return `${a.year}–${b.year}`;
  return wholeMonths ? `${MONTHS[a.m - 1]} ${a.year} – ${MONTHS[b.m - 1]} ${b.year}` : `${a.d} ${MONTHS[a.m - 1]} ${a.year} – ${b.d} ${MONTHS[b.m - 1]} ${b.year}`;
}

export const inlayHints: Feature = (ctx) => {
  ctx.connection.languages.inlayHint.on((params): InlayHint[] => {
    if (!ctx.settings().inlayHints.dates) return [];
    const uri = params.textDocument.uri;
    const doc = ctx.corpus.doc(uri);
    if (!doc) return [];
    const from = doc.lines.offsetAt(params.range.start);
    const to = doc.lines.offsetAt(params.range.end);
    const out: InlayHint[] = [];
    for (const d of doc.dates) {
      if (d.end < from || d.start > to || !needsHint(d)) continue;
      const i = d.interval!;
      out.push({
        position: doc.lines.positionAt(d.end),
        label: `= ${compactInterval(i.earliest, i.latest)}`,
        kind: InlayHintKind.Type,
        paddingLeft: true,
        tooltip: `${d.text}: ${i.earliest} to ${i.latest}${d.edtf ? ` (EDTF ${d.edtf})` : ''}`,
      });
    }
    return out;
  });
};
