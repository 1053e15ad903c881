// Document symbols (register entries; sections and dated claims in texts) and
// workspace symbols (entities, searched by any alias).

import { SymbolKind, type DocumentSymbol, type WorkspaceSymbol } from 'vscode-languageserver';
import { foldCase, type EntityType } from '../core';
import type { Feature } from './context';
import { entryLocation } from './definition';

const KIND: Record<EntityType, SymbolKind> = {
  person: SymbolKind.Class,
  place: SymbolKind.Namespace,
  organization: SymbolKind.Module,
  group: SymbolKind.Struct,
  event: SymbolKind.Event,
  work: SymbolKind.File,
};

const MAX_WORKSPACE_SYMBOLS = 500;

export const symbols: Feature = (ctx) => {
  ctx.connection.onDocumentSymbol((params): DocumentSymbol[] => {
    const uri = params.textDocument.uri;
    const index = ctx.corpus.index;
    const doc = index.get(uri);
    if (!doc) return [];
    if (uri === index.registerKey) {
      return index.register.entries.map((e) => ({
        name: e.name,
        detail: `${e.type} · ${e.id}`,
        kind: KIND[e.type],
        range: ctx.corpus.range(uri, e.span),
        selectionRange: ctx.corpus.range(uri, e.idSpan),
      }));
    }
    // Sections from headings, each holding the dated claims made inside it.
    const claimSymbol = (c: (typeof doc.claims)[number]): DocumentSymbol => ({
      name: `${index.register.byId.get(c.event)?.name ?? c.event}: ${c.dateText}`,
      detail: c.interval.earliest === c.interval.latest ? c.interval.earliest : `${c.interval.earliest} – ${c.interval.latest}`,
      kind: SymbolKind.Event,
      range: ctx.corpus.range(uri, { start: Math.min(c.start, c.trigger.start), end: Math.max(c.end, c.trigger.end) }),
      selectionRange: ctx.corpus.range(uri, c),
    });
    if (!doc.headings.length) return doc.claims.map(claimSymbol);
    const out: DocumentSymbol[] = [];
    const before = doc.claims.filter((c) => c.start < doc.headings[0].start);
    out.push(...before.map(claimSymbol));
    doc.headings.forEach((h, i) => {
      const end = i + 1 < doc.headings.length ? doc.headings[i + 1].start : doc.text.length;
      const children = doc.claims.filter((c) => c.start >= h.start && c.start < end).map(claimSymbol);
      out.push({
        name: doc.text.slice(h.start, h.end).replace(/^#+\s*/, '') || '(untitled section)',
        kind: SymbolKind.String,
        range: ctx.corpus.range(uri, { start: h.start, end: Math.max(h.end, end - 1) }),
        selectionRange: ctx.corpus.range(uri, h),
        children,
      });
    });
    return out;
  });

  ctx.connection.onWorkspaceSymbol((params): WorkspaceSymbol[] => {
    const q = foldCase(params.query.trim());
    const out: WorkspaceSymbol[] = [];
    for (const e of ctx.corpus.index.register.entries) {
      const names = [e.name, ...e.aliases, e.id];
      const hit = !q || names.some((n) => foldCase(n).includes(q));
      if (!hit) continue;
      const loc = entryLocation(ctx, e.id);
      if (!loc) continue;
      const alias = q ? names.find((n) => foldCase(n).includes(q) && n !== e.name) : undefined;
      out.push({ name: e.name, kind: KIND[e.type], containerName: alias ? `${e.type} · ${alias}` : e.type, location: loc });
      if (out.length >= MAX_WORKSPACE_SYMBOLS) break;
    }
    return out;
  });
};
