// Semantic tokens: a distinct standard token type per entity type (so every
// theme colours them), `number` for dates, and modifiers for derived,
// ambiguous and candidate mentions.

import { SemanticTokensBuilder, type SemanticTokensLegend } from 'vscode-languageserver';
import type { EntityType, Span } from '../core';
import type { Feature } from './context';

const TYPES = ['class', 'enumMember', 'interface', 'type', 'event', 'string', 'number', 'variable'] as const;
const MODIFIERS = ['declaration', 'derived', 'ambiguous', 'candidate'] as const;

export const LEGEND: SemanticTokensLegend = { tokenTypes: [...TYPES], tokenModifiers: [...MODIFIERS] };

const TYPE_OF: Record<EntityType, (typeof TYPES)[number]> = {
  person: 'class',
  place: 'enumMember',
  organization: 'interface',
  group: 'type',
  event: 'event',
  work: 'string',
};

const typeIndex = (t: (typeof TYPES)[number]) => TYPES.indexOf(t);
const mod = (m: (typeof MODIFIERS)[number]) => 1 << MODIFIERS.indexOf(m);

export const semanticTokens: Feature = (ctx) => {
  ctx.connection.languages.semanticTokens.on((params) => {
    const uri = params.textDocument.uri;
    const doc = ctx.corpus.doc(uri);
    const builder = new SemanticTokensBuilder();
    if (!doc) return builder.build();
    const tokens: (Span & { type: number; mods: number })[] = [];
    for (const m of doc.entities) {
      if (m.id && m.type) tokens.push({ ...m, type: typeIndex(TYPE_OF[m.type]), mods: m.derived ? mod('derived') : 0 });
      else if (m.candidates) tokens.push({ ...m, type: typeIndex('variable'), mods: mod('ambiguous') });
      else tokens.push({ ...m, type: typeIndex(m.type ? TYPE_OF[m.type] : 'variable'), mods: mod('candidate') });
    }
    for (const d of doc.dates) tokens.push({ start: d.start, end: d.end, type: typeIndex('number'), mods: 0 });
    tokens.sort((a, b) => a.start - b.start);
    let lastEnd = 0;
    for (const t of tokens) {
      if (t.start < lastEnd) continue; // tokens may not overlap
      // A token may not span lines: split it at line breaks.
      const s = doc.lines.positionAt(t.start);
      const e = doc.lines.positionAt(t.end);
      if (s.line === e.line) builder.push(s.line, s.character, e.character - s.character, t.type, t.mods);
      else {
        for (let line = s.line; line <= e.line; line++) {
          const from = line === s.line ? s.character : 0;
          const to = line === e.line ? e.character : doc.lines.lineStart(line + 1) - doc.lines.lineStart(line) - 1;
          if (to > from) builder.push(line, from, to - from, t.type, t.mods);
        }
      }
      lastEnd = t.end;
    }
    return builder.build();
  });
};
