// Clio's settings (`clio.*`), with the defaults the client's manifest declares.

import { DEFAULT_SELECTION } from './host/files';

export type RuleSeverity = 'error' | 'warning' | 'information' | 'hint' | 'off';

export interface Settings {
  files: { include: string[]; exclude: string[]; maxSizeMB: number };
  diagnostics: { sourceConflict: RuleSeverity; referenceConflict: RuleSeverity; withinSource: RuleSeverity; anachronism: RuleSeverity; sequence: RuleSeverity; register: RuleSeverity; dateOutlier: RuleSeverity; candidate: RuleSeverity; possibleTypo: RuleSeverity; ambiguous: RuleSeverity };
  inlayHints: { dates: boolean };
}

export const DEFAULT_SETTINGS: Settings = {
  files: {
    include: DEFAULT_SELECTION.include,
    exclude: DEFAULT_SELECTION.exclude,
    maxSizeMB: DEFAULT_SELECTION.maxBytes / 1048576,
  },
  diagnostics: { sourceConflict: 'warning', referenceConflict: 'warning', withinSource: 'warning', anachronism: 'warning', sequence: 'information', register: 'error', dateOutlier: 'hint', candidate: 'hint', possibleTypo: 'hint', ambiguous: 'hint' },
  inlayHints: { dates: true },
};

const SEVERITIES = new Set(['error', 'warning', 'information', 'hint', 'off']);

/** Merges what the client sent over the defaults, ignoring values of the wrong shape. */
export function readSettings(raw: unknown): Settings {
  const r = (raw ?? {}) as { files?: Partial<Settings['files']>; diagnostics?: Partial<Settings['diagnostics']>; inlayHints?: Partial<Settings['inlayHints']> };
  const list = (v: unknown, d: string[]) => (Array.isArray(v) && v.every((x) => typeof x === 'string') ? v : d);
  const sev = (v: unknown, d: RuleSeverity) => (typeof v === 'string' && SEVERITIES.has(v) ? (v as RuleSeverity) : d);
  const D = DEFAULT_SETTINGS;
  return {
    files: {
      include: list(r.files?.include, D.files.include),
      exclude: list(r.files?.exclude, D.files.exclude),
      maxSizeMB: typeof r.files?.maxSizeMB === 'number' && r.files.maxSizeMB > 0 ? r.files.maxSizeMB : D.files.maxSizeMB,
    },
    diagnostics: {
      sourceConflict: sev(r.diagnostics?.sourceConflict, D.diagnostics.sourceConflict),
      referenceConflict: sev(r.diagnostics?.referenceConflict, D.diagnostics.referenceConflict),
      withinSource: sev(r.diagnostics?.withinSource, D.diagnostics.withinSource),
      anachronism: sev(r.diagnostics?.anachronism, D.diagnostics.anachronism),
      sequence: sev(r.diagnostics?.sequence, D.diagnostics.sequence),
      register: sev(r.diagnostics?.register, D.diagnostics.register),
      dateOutlier: sev(r.diagnostics?.dateOutlier, D.diagnostics.dateOutlier),
      candidate: sev(r.diagnostics?.candidate, D.diagnostics.candidate),
      possibleTypo: sev(r.diagnostics?.possibleTypo, D.diagnostics.possibleTypo),
      ambiguous: sev(r.diagnostics?.ambiguous, D.diagnostics.ambiguous),
    },
    inlayHints: { dates: typeof r.inlayHints?.dates === 'boolean' ? r.inlayHints.dates : D.inlayHints.dates },
  };
}
