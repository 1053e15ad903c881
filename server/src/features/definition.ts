// Go to definition: from any linked mention (derived forms included) to its
// register entry.

import type { Location } from 'vscode-languageserver';
import { offsetIn, type Feature, type FeatureContext } from './context';

export const definition: Feature = (ctx) => {
  ctx.connection.onDefinition((params): Location[] | null => {
    const uri = params.textDocument.uri;
    const offset = offsetIn(ctx, uri, params.position);
    if (offset === undefined) return null;
    const index = ctx.corpus.index;
    const m = index.entityAt(uri, offset);
    const ids = m?.id ? [m.id] : m?.candidates ?? [];
    const locations = ids.map((id) => entryLocation(ctx, id)).filter((l): l is Location => !!l);
    return locations.length ? locations : null;
  });
};

/** The register entry's id, where the definition lands. */
export function entryLocation(ctx: FeatureContext, id: string): Location | undefined {
  const index = ctx.corpus.index;
  const entry = index.register.byId.get(id);
  const key = index.registerKey;
  if (!entry || !key) return undefined;
  return ctx.corpus.location(key, entry.idSpan);
}

