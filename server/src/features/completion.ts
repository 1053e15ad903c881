// Completion of entity names in notes, and of ids in the register (inside a
// trigger's `{…}`, after `participants:` or `part_of:`), from the register.

import { CompletionItemKind, MarkupKind, type CompletionItem } from 'vscode-languageserver';
import type { EntityType } from '../core';
import { offsetIn, type Feature } from './context';

const KIND: Record<EntityType, CompletionItemKind> = {
  person: CompletionItemKind.Class,
  place: CompletionItemKind.Module,
  organization: CompletionItemKind.Interface,
  group: CompletionItemKind.Struct,
  event: CompletionItemKind.Event,
  work: CompletionItemKind.File,
};

const MAX_ITEMS = 1000;

export const completion: Feature = (ctx) => {
  ctx.connection.onCompletion((params): CompletionItem[] => {
    const uri = params.textDocument.uri;
    const index = ctx.corpus.index;
    const doc = index.get(uri);
    const offset = offsetIn(ctx, uri, params.position);
    if (!doc || offset === undefined || doc.role === 'source') return []; // sources are evidence: no typing aids there
    const lineStart = doc.lines.lineStart(params.position.line);
    const before = doc.text.slice(lineStart, offset);
    const wantIds = doc.role === 'register' && (/\{[\w-]*$/.test(before) || /\b(participants|part_of)\s*:.*$/.test(before));
    if (doc.role === 'register' && !wantIds) return [];
    const items: CompletionItem[] = [];
    for (const e of index.register.entries) {
      items.push({
        label: wantIds ? e.id : e.name,
        kind: KIND[e.type],
        detail: wantIds ? `${e.name} · ${e.type}` : `${e.type} · ${e.id}`,
        documentation: e.description ? { kind: MarkupKind.Markdown, value: e.description } : undefined,
        filterText: wantIds ? e.id : [e.name, ...e.aliases].join(' '),
      });
      if (items.length >= MAX_ITEMS) break;
    }
    return items;
  });
};
