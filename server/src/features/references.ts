// References: every mention of an entity in every corpus file, from a mention
// or from its register entry.

import type { Location } from 'vscode-languageserver';
import { offsetIn, type Feature, type FeatureContext } from './context';
import { entryLocation } from './definition';

export const references: Feature = (ctx) => {
  ctx.connection.onReferences((params): Location[] | null => {
    const uri = params.textDocument.uri;
    const offset = offsetIn(ctx, uri, params.position);
    if (offset === undefined) return null;
    const index = ctx.corpus.index;
    const id = index.entityAt(uri, offset)?.id ?? index.entryAt(uri, offset)?.id;
    if (!id) return null;
    return mentionLocations(ctx, id, params.context.includeDeclaration);
  });
};

export function mentionLocations(ctx: FeatureContext, id: string, includeDeclaration: boolean, forms?: 'direct' | 'derived'): Location[] {
  const out: Location[] = [];
  if (includeDeclaration) {
    const decl = entryLocation(ctx, id);
    if (decl) out.push(decl);
  }
  const byDoc = ctx.corpus.index.mentionsOf(id);
  for (const key of [...byDoc.keys()].sort())
    for (const m of byDoc.get(key)!) if (!forms || m.derived === (forms === 'derived')) out.push(ctx.corpus.location(key, m));
  return out;
}
