// Document highlights: every mention of the same entity in this file.

import { DocumentHighlightKind, type DocumentHighlight } from 'vscode-languageserver';
import { offsetIn, type Feature } from './context';

export const highlights: Feature = (ctx) => {
  ctx.connection.onDocumentHighlight((params): DocumentHighlight[] => {
    const uri = params.textDocument.uri;
    const offset = offsetIn(ctx, uri, params.position);
    if (offset === undefined) return [];
    const index = ctx.corpus.index;
    const id = index.entityAt(uri, offset)?.id ?? index.entryAt(uri, offset)?.id;
    if (!id) return [];
    const out: DocumentHighlight[] = (index.mentionsOf(id).get(uri) ?? []).map((m) => ({ range: ctx.corpus.range(uri, m), kind: DocumentHighlightKind.Read }));
    const entry = index.register.byId.get(id);
    if (entry && uri === index.registerKey) out.push({ range: ctx.corpus.range(uri, entry.idSpan), kind: DocumentHighlightKind.Write });
    return out;
  });
};
