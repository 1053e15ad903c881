// Starting a register from a newcomer's texts: the name-like candidates that
// recur across the corpus become draft entries for the user to check.

import { stringify } from 'yaml';
import type { CorpusIndex } from './corpus';
import { foldCase } from './text';

export interface DraftOptions {
  /** A name must occur at least this often to be proposed. */
  minMentions?: number;
  maxEntries?: number;
}

export function slugId(name: string): string {
  return foldCase(name).replace(/['’]/g, '').replace(/[^\p{L}\p{N}]+/gu, '-').replace(/^-+|-+$/g, '') || 'entry';
}

/** YAML for a new register.yaml, most-mentioned candidates first. */
export function draftRegister(index: CorpusIndex, opts: DraftOptions = {}): { yaml: string; entries: number } {
  const min = opts.minMentions ?? 2;
  const max = opts.maxEntries ?? 200;
  const byName = new Map<string, { name: string; count: number; types: Map<string, number> }>();
  for (const key of index.keys()) {
    const doc = index.get(key)!;
    for (const m of doc.entities) {
      if (m.id || m.candidates) continue;
      const k = foldCase(m.text);
      let e = byName.get(k);
      if (!e) byName.set(k, (e = { name: m.text, count: 0, types: new Map() }));
      e.count++;
      if (m.type) e.types.set(m.type, (e.types.get(m.type) ?? 0) + 1);
    }
  }
  const used = new Set(index.register.entries.map((e) => e.id));
  const entries = [...byName.values()]
    .filter((e) => e.count >= min)
    .sort((a, b) => b.count - a.count || a.name.localeCompare(b.name))
    .slice(0, max)
    .map((e) => {
      let id = slugId(e.name);
      for (let n = 2; used.has(id); n++) id = `${slugId(e.name)}-${n}`;
      used.add(id);
      const type = [...e.types].sort((a, b) => b[1] - a[1])[0]?.[0] ?? 'person';
      return { id, type, name: e.name, aliases: [], description: `TODO: check. Mentioned ${e.count} times; type guessed.` };
    });
  const header =
    '# Clio register, started from the names Clio found in your texts.\n' +
    '# Check each entry: fix its type (person, place, organization, group, event, work),\n' +
    '# add aliases and a description, delete what is not a name. Dates are EDTF with a citation:\n' +
    '#   dates: { born: { edtf: "1879-11-07", cite: "…" } }\n';
  return { yaml: header + stringify({ entities: entries }, { lineWidth: 0 }), entries: entries.length };
}
